import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { contentTitle } from "../content/titles";
import { toCsv } from "./csv";

export const EXPORT_HEADER = [
  "Learner",
  "Email",
  "Cohort",
  "Type",
  "Content ID",
  "Title",
  "Assigned",
  "Due",
  "Status",
  "Progress %",
  "Attempts",
  "Best score",
  "Latest score",
  "Passed",
  "First started",
  "Last completed",
];

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : "");

/**
 * A cohort's results as CSV: one row per current member × module or scenario (everything
 * assigned, plus scenarios they practised and modules they started), with scores and dates.
 * Four queries whatever the cohort's size; cells are neutralised against formula injection.
 */
export async function exportResults(db: Db, actor: SessionUser, input: { cohortId: string }) {
  const cohort = await db.cohort.findFirst({ where: { id: input.cohortId, orgId: actor.orgId }, select: { id: true, name: true } });
  if (!cohort) throw notFound("That cohort");
  const memberWhere = { orgId: actor.orgId, cohortId: cohort.id, removedAt: null };
  const [members, assignments, attempts, enrollments] = await Promise.all([
    db.cohortMember.findMany({ where: memberWhere, select: { user: { select: { id: true, name: true, email: true } } }, orderBy: { user: { name: "asc" } } }),
    db.assignment.findMany({
      where: { orgId: actor.orgId, cohortId: cohort.id, withdrawnAt: null },
      select: { kind: true, contentId: true, dueAt: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.$queryRaw<Array<{ userId: string; contentId: string; attempts: number; best: number | null; latest: number | null; passed: boolean | null; first: Date; last: Date | null }>>`
      SELECT t."userId", t."contentId", count(*)::int AS attempts, max(t.score) AS best,
        (array_agg(t.score ORDER BY t."completedAt" DESC NULLS LAST))[1] AS latest,
        bool_or(t.passed) AS passed, min(t."startedAt") AS first, max(t."completedAt") AS last
      FROM "Attempt" t
      WHERE t."orgId" = ${actor.orgId} AND t.status = 'COMPLETED' AND t.kind IN ('ROLEPLAY', 'BRANCHING')
        AND t."userId" IN (SELECT m."userId" FROM "CohortMember" m WHERE m."orgId" = ${actor.orgId} AND m."cohortId" = ${cohort.id} AND m."removedAt" IS NULL)
      GROUP BY t."userId", t."contentId"`,
    db.enrollment.findMany({
      where: { orgId: actor.orgId, user: { memberships: { some: memberWhere } } },
      select: { userId: true, moduleId: true, status: true, progress: true, startedAt: true, completedAt: true },
    }),
  ]);
  const attemptBy = new Map(attempts.map((a) => [`${a.userId}|${a.contentId}`, a]));
  const enrollmentBy = new Map(enrollments.map((e) => [`${e.userId}|${e.moduleId}`, e]));
  const group = <T extends { userId: string }>(list: T[]) => {
    const m = new Map<string, T[]>();
    for (const x of list) (m.get(x.userId) ?? m.set(x.userId, []).get(x.userId)!).push(x);
    return m;
  };
  const attemptsByUser = group(attempts);
  const enrollmentsByUser = group(enrollments);
  const rows: unknown[][] = [];
  for (const { user } of members) {
    const keys = new Map<string, { kind: "MODULE" | "SCENARIO"; contentId: string; assignedAt: Date | null; dueAt: Date | null }>();
    for (const a of assignments) keys.set(`${a.kind}|${a.contentId}`, { kind: a.kind, contentId: a.contentId, assignedAt: a.createdAt, dueAt: a.dueAt });
    for (const a of attemptsByUser.get(user.id) ?? []) if (!keys.has(`SCENARIO|${a.contentId}`)) keys.set(`SCENARIO|${a.contentId}`, { kind: "SCENARIO", contentId: a.contentId, assignedAt: null, dueAt: null });
    for (const e of enrollmentsByUser.get(user.id) ?? []) if (!keys.has(`MODULE|${e.moduleId}`)) keys.set(`MODULE|${e.moduleId}`, { kind: "MODULE", contentId: e.moduleId, assignedAt: null, dueAt: null });
    for (const k of keys.values()) {
      if (k.kind === "SCENARIO") {
        const a = attemptBy.get(`${user.id}|${k.contentId}`);
        rows.push([user.name, user.email, cohort.name, "Scenario", k.contentId, contentTitle("SCENARIO", k.contentId), iso(k.assignedAt), iso(k.dueAt), a ? "COMPLETED" : "NOT_STARTED", a ? 100 : 0, a?.attempts ?? 0, a?.best ?? "", a?.latest ?? "", a?.passed == null ? "" : a.passed ? "yes" : "no", iso(a?.first), iso(a?.last)]);
      } else {
        const e = enrollmentBy.get(`${user.id}|${k.contentId}`);
        rows.push([user.name, user.email, cohort.name, "Module", k.contentId, contentTitle("MODULE", k.contentId), iso(k.assignedAt), iso(k.dueAt), e?.status ?? "NOT_STARTED", e?.progress ?? 0, "", "", "", "", iso(e?.startedAt), iso(e?.completedAt)]);
      }
    }
  }
  const date = new Date().toISOString().slice(0, 10);
  const slug = cohort.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "cohort";
  return { filename: `defuse-results-${slug}-${date}.csv`, csv: toCsv(EXPORT_HEADER, rows), rowCount: rows.length };
}
