import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { guardedFetch, OutboundError } from "../outbound/guardedFetch";
import { visibleCohorts } from "../cohorts/visibleCohorts";
import { PassbackError, platformAccessToken } from "./gradePassback";
import { LTI, createLtiUser, type VerifiedLaunch } from "./launch";

/**
 * LTI Names and Role Provisioning Services 2.0: a trainer syncs an LMS course's roster into a
 * Defuse cohort. Learners in the roster are linked (or created) by the platform's user id, never by
 * email, and added; learners this platform put in the cohort who have left the course, or whose
 * membership became Inactive, are removed with the membership row kept (history stays). People
 * added to the cohort by hand, and members from other platforms, are never touched.
 */

export const NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
const MEMBERSHIP_MEDIA_TYPE = "application/vnd.ims.lti-nrps.v2.membershipcontainer+json";
const LEARNER_ROLE = /(^|[#/])Learner$/;
/** A roster larger than this is refused rather than half-synced. */
const MAX_MEMBERS = 5000;
const MAX_PAGES = 50;

/** Remembers the course a launch came from, with its NRPS memberships URL when the platform offers one. */
export async function captureContext(db: Db, launch: VerifiedLaunch) {
  const context = launch.claims[LTI.context] as { id?: unknown; title?: unknown; label?: unknown } | undefined;
  if (typeof context?.id !== "string" || !context.id) return null;
  const nrps = launch.claims[LTI.nrps] as { context_memberships_url?: unknown } | undefined;
  const membershipsUrl = typeof nrps?.context_memberships_url === "string" && /^https?:\/\//.test(nrps.context_memberships_url) ? nrps.context_memberships_url : null;
  const title = String((typeof context.title === "string" && context.title) || (typeof context.label === "string" && context.label) || context.id).slice(0, 200);
  const key = { registrationId: launch.registrationId, contextId: context.id.slice(0, 255) };
  return db.ltiContext.upsert({
    where: { registrationId_contextId: key },
    create: { ...key, orgId: launch.orgId, title, membershipsUrl },
    update: { title, ...(membershipsUrl ? { membershipsUrl } : {}) },
  });
}

/** The organisation's LMS courses, for the roster-sync picker. */
export async function listContexts(db: Db, actor: SessionUser) {
  const rows = await db.ltiContext.findMany({
    where: { orgId: actor.orgId },
    select: { id: true, title: true, contextId: true, membershipsUrl: true, cohortId: true, lastSyncedAt: true, registration: { select: { name: true } } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map(({ membershipsUrl, registration, ...r }) => ({ ...r, platform: registration.name, canSync: membershipsUrl !== null }));
}

interface Member {
  user_id: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  email?: string;
  roles?: string[];
  status?: string;
}

/** Every page of the memberships container, following `Link: <…>; rel="next"`. */
async function fetchMembers(url: string, token: string, doFetch: typeof fetch): Promise<Member[]> {
  const members: Member[] = [];
  let next: string | null = url;
  for (let page = 0; next && page < MAX_PAGES; page++) {
    const res: Response = await doFetch(next, { headers: { accept: MEMBERSHIP_MEDIA_TYPE, authorization: `Bearer ${token}` } });
    if (!res.ok) throw new PassbackError(`The platform's roster answered ${res.status}.`);
    const body = (await res.json()) as { members?: unknown };
    if (!Array.isArray(body.members)) throw new PassbackError("The platform's roster has no members list.");
    for (const m of body.members as Member[]) if (m && typeof m.user_id === "string" && m.user_id) members.push(m);
    if (members.length > MAX_MEMBERS) throw new AppError("PRECONDITION_FAILED", `This course has more than ${MAX_MEMBERS} members; sync it in smaller sections.`);
    next = /<([^>]+)>\s*;\s*rel="?next"?/.exec(res.headers.get("link") ?? "")?.[1] ?? null;
  }
  return members;
}

export async function syncRoster(db: Db, actor: SessionUser, input: { contextId: string; cohortId: string }, secret: string, doFetch: typeof fetch = guardedFetch) {
  const context = await db.ltiContext.findFirst({ where: { id: input.contextId, orgId: actor.orgId }, select: { id: true, registrationId: true, title: true, membershipsUrl: true } });
  if (!context) throw notFound("That LMS course");
  if (!context.membershipsUrl) {
    throw new AppError(
      "PRECONDITION_FAILED",
      "This course's launches did not offer its roster (Names and Role Provisioning), so it cannot be synced. Enable it for Defuse in the LMS and launch once.",
    );
  }
  const cohorts = await visibleCohorts(db, actor, { scope: "all" });
  const cohort = cohorts.find((c) => c.id === input.cohortId);
  if (!cohort) throw notFound("That cohort");

  let members: Member[];
  try {
    const token = await platformAccessToken(db, context.registrationId, [NRPS_SCOPE], secret, doFetch);
    members = await fetchMembers(context.membershipsUrl, token, doFetch);
  } catch (e) {
    if (e instanceof PassbackError || e instanceof OutboundError) throw new AppError("PRECONDITION_FAILED", `The roster could not be read: ${e.message}`);
    throw e;
  }
  const learners = new Map<string, Member>();
  for (const m of members) {
    const active = (m.status ?? "Active") === "Active";
    if (active && (m.roles ?? []).some((r) => LEARNER_ROLE.test(r))) learners.set(m.user_id, m);
  }

  return db.$transaction(
    async (tx) => {
      const links = await tx.ltiAccount.findMany({ where: { registrationId: context.registrationId, orgId: actor.orgId }, select: { sub: true, userId: true } });
      const userBySub = new Map(links.map((l) => [l.sub, l.userId]));
      let created = 0;
      for (const [sub, m] of learners) {
        if (userBySub.has(sub)) continue;
        const name = m.name?.trim() || [m.given_name, m.family_name].filter(Boolean).join(" ") || "LMS learner";
        const u = await createLtiUser(tx, { orgId: actor.orgId, registrationId: context.registrationId, sub, name, email: m.email, role: "LEARNER", actorId: actor.id });
        userBySub.set(sub, u.id);
        created++;
      }
      const wanted = new Set([...learners.keys()].map((sub) => userBySub.get(sub)!));
      const platformUsers = new Set(links.map((l) => l.userId));
      const current = await tx.cohortMember.findMany({ where: { orgId: actor.orgId, cohortId: cohort.id, removedAt: null }, select: { userId: true } });
      const inCohort = new Set(current.map((m) => m.userId));
      const toAdd = [...wanted].filter((id) => !inCohort.has(id));
      const toRemove = [...inCohort].filter((id) => platformUsers.has(id) && !wanted.has(id));
      if (toAdd.length) await tx.cohortMember.createMany({ data: toAdd.map((userId) => ({ orgId: actor.orgId, cohortId: cohort.id, userId })) });
      if (toRemove.length) await tx.cohortMember.updateMany({ where: { orgId: actor.orgId, cohortId: cohort.id, userId: { in: toRemove }, removedAt: null }, data: { removedAt: new Date() } });
      const now = new Date();
      await tx.ltiContext.update({ where: { id: context.id }, data: { cohortId: cohort.id, lastSyncedAt: now } });
      const result = { added: toAdd.length, removed: toRemove.length, unchanged: wanted.size - toAdd.length, created, rosterSize: members.length };
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.id,
        action: "lti.roster_sync",
        targetType: "Cohort",
        targetId: cohort.id,
        after: { context: context.title, ...result, addedIds: toAdd, removedIds: toRemove },
      });
      return { ...result, cohort: cohort.name, course: context.title, syncedAt: now };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
