import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { invalid } from "../../errors";
import { toPage } from "../admin/paging";
import { likeLiteral } from "../people/managePeople";
import { titleLookup } from "../authoring/resolve";
import { realCallTitle } from "./realCallView";

/**
 * The pickers and lists of the QA screens: the calibration sessions the caller organised or was
 * invited to (newest first, keyset on createdAt and id), the trainers they can invite to a new one,
 * and the agents whose calls they can upload.
 */

export async function myCalibrations(db: Db, actor: SessionUser, input: { cursor?: string | null; limit?: number }) {
  const pageSize = Math.min(Math.max(input.limit ?? 20, 1), 50);
  const mine = { orgId: actor.orgId, scores: { some: { trainerId: actor.id } } };
  const after = input.cursor ? await db.calibrationSession.findFirst({ where: { ...mine, id: input.cursor }, select: { id: true, createdAt: true } }) : null;
  if (input.cursor && !after) throw invalid("That page is no longer available. Start again from the first page.", "cursor");
  const rows = await db.calibrationSession.findMany({
    where: { ...mine, ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}) },
    select: {
      id: true,
      state: true,
      createdAt: true,
      organiserId: true,
      organiser: { select: { name: true } },
      attempt: { select: { id: true, kind: true, contentId: true, user: { select: { name: true } }, transcript: { select: { fileName: true } } } },
      scores: { select: { trainerId: true, submittedAt: true } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  const page = toPage(rows, pageSize);
  const contentTitle = await titleLookup(db, actor.orgId, page.items.map((s) => s.attempt.contentId));
  return {
    nextCursor: page.nextCursor,
    items: page.items.map((s) => ({
      sessionId: s.id,
      state: s.state,
      createdAt: s.createdAt,
      organiser: s.organiser.name,
      mineToScore: s.state === "OPEN" && s.scores.some((x) => x.trainerId === actor.id && !x.submittedAt),
      scored: s.scores.filter((x) => x.submittedAt).length,
      invited: s.scores.length,
      attemptId: s.attempt.id,
      agent: s.attempt.user.name,
      title: s.attempt.kind === "REAL_CALL" ? realCallTitle(s.attempt.transcript?.fileName) : contentTitle("SCENARIO", s.attempt.contentId),
    })),
  };
}

/** Active trainers and admins of the organisation other than the caller, by name (at most 200). */
export async function calibrationColleagues(db: Db, actor: SessionUser) {
  return db.user.findMany({
    where: { orgId: actor.orgId, active: true, role: { in: ["TRAINER", "ADMIN"] }, id: { not: actor.id } },
    select: { id: true, name: true, role: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 200,
  });
}

/** Agents (active learners) whose name or email contains `q`, for choosing whose calls are uploaded (20 at most). */
export async function findAgents(db: Db, actor: SessionUser, input: { q: string }) {
  const q = likeLiteral(input.q.trim());
  return db.user.findMany({
    where: {
      orgId: actor.orgId,
      active: true,
      role: "LEARNER",
      ...(q ? { OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q.toLowerCase() } }] } : {}),
    },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 20,
  });
}
