import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { assignmentStatusOf } from "../assignments/completion";
import { titleLookup } from "../authoring/resolve";
import { learnerMembersSql } from "../trainer/members";
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
  "Requirement",
  "Overdue",
  "Progress %",
  "Attempts",
  "Best score",
  "Latest score",
  "Passed",
  "First started",
  "Last completed",
  "Latest scenario version",
  "Latest rubric",
  "Latest rubric version",
  "Scenario versions played",
];

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : "");

/**
 * A cohort's results as CSV: one row per current member × module or scenario (everything
 * assigned, plus scenarios they practised and modules they started), with scores and dates, and
 * for a scenario the versions played: the latest finished attempt's scenario and rubric version,
 * and every scenario version finished (so a score is never read against the wrong version).
 * Four queries whatever the cohort's size; cells are neutralised against formula injection.
 */
export async function exportResults(db: Db, actor: SessionUser, input: { cohortId: string }, now = new Date()) {
  const cohort = await db.cohort.findFirst({ where: { id: input.cohortId, orgId: actor.orgId }, select: { id: true, name: true } });
  if (!cohort) throw notFound("That cohort");
  // The same people as the dashboards: current members who are active learners.
  const memberWhere = { orgId: actor.orgId, cohortId: cohort.id, removedAt: null, user: { active: true, role: "LEARNER" as const } };
  const [members, assignments, attempts, enrollments] = await Promise.all([
    db.cohortMember.findMany({ where: memberWhere, select: { user: { select: { id: true, name: true, email: true } } }, orderBy: { user: { name: "asc" } } }),
    db.assignment.findMany({
      where: { orgId: actor.orgId, cohortId: cohort.id, withdrawnAt: null },
      select: { kind: true, contentId: true, requirement: true, dueAt: true, createdAt: true },
      orderBy: { createdAt: "asc" },
    }),
    db.$queryRaw<
      Array<{
        userId: string;
        contentId: string;
        attempts: number;
        inProgress: boolean;
        best: number | null;
        latest: number | null;
        passed: boolean | null;
        first: Date;
        last: Date | null;
        latestVersion: number | null;
        latestRubricId: string | null;
        latestRubricVersion: number | null;
        versions: number[] | null;
      }>
    >`
      SELECT t."userId", t."contentId", count(*) FILTER (WHERE t.status = 'COMPLETED')::int AS attempts,
        bool_or(t.status = 'IN_PROGRESS') AS "inProgress",
        max(t.score) FILTER (WHERE t.status = 'COMPLETED') AS best,
        (array_agg(t.score ORDER BY t."completedAt" DESC NULLS LAST) FILTER (WHERE t.status = 'COMPLETED'))[1] AS latest,
        bool_or(t.passed) FILTER (WHERE t.status = 'COMPLETED') AS passed, min(t."startedAt") AS first, max(t."completedAt") AS last,
        (array_agg(t."contentVersion" ORDER BY t."completedAt" DESC NULLS LAST) FILTER (WHERE t.status = 'COMPLETED'))[1] AS "latestVersion",
        (array_agg(t."rubricId" ORDER BY t."completedAt" DESC NULLS LAST) FILTER (WHERE t.status = 'COMPLETED'))[1] AS "latestRubricId",
        (array_agg(t."rubricVersion" ORDER BY t."completedAt" DESC NULLS LAST) FILTER (WHERE t.status = 'COMPLETED'))[1] AS "latestRubricVersion",
        array_agg(DISTINCT t."contentVersion" ORDER BY t."contentVersion") FILTER (WHERE t.status = 'COMPLETED') AS versions
      FROM "Attempt" t
      WHERE t."orgId" = ${actor.orgId} AND t.status IN ('COMPLETED', 'IN_PROGRESS') AND t.kind IN ('ROLEPLAY', 'BRANCHING')
        AND t."userId" IN (${learnerMembersSql(actor.orgId, cohort.id)})
      GROUP BY t."userId", t."contentId"`,
    db.enrollment.findMany({
      where: { orgId: actor.orgId, user: { memberships: { some: memberWhere } } },
      select: { userId: true, moduleId: true, status: true, progress: true, startedAt: true, completedAt: true },
    }),
  ]);
  const contentTitle = await titleLookup(
    db,
    actor.orgId,
    assignments.map((k) => k.contentId),
  );
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
    type Key = { kind: "MODULE" | "SCENARIO"; contentId: string; requirement: "PASS" | "COMPLETE" | null; assignedAt: Date | null; dueAt: Date | null };
    const keys = new Map<string, Key>();
    for (const a of assignments) keys.set(`${a.kind}|${a.contentId}`, { kind: a.kind, contentId: a.contentId, requirement: a.requirement, assignedAt: a.createdAt, dueAt: a.dueAt });
    for (const a of attemptsByUser.get(user.id) ?? []) {
      if (a.attempts > 0 && !keys.has(`SCENARIO|${a.contentId}`)) keys.set(`SCENARIO|${a.contentId}`, { kind: "SCENARIO", contentId: a.contentId, requirement: null, assignedAt: null, dueAt: null });
    }
    for (const e of enrollmentsByUser.get(user.id) ?? [])
      if (!keys.has(`MODULE|${e.moduleId}`)) keys.set(`MODULE|${e.moduleId}`, { kind: "MODULE", contentId: e.moduleId, requirement: null, assignedAt: null, dueAt: null });
    for (const k of keys.values()) {
      // Unassigned practice is reported as practice: finishing it is all there is to do.
      const requirement = k.requirement ?? "COMPLETE";
      const requirementText = k.requirement === null ? "not assigned" : k.requirement === "PASS" ? "pass" : "complete";
      if (k.kind === "SCENARIO") {
        const a = attemptBy.get(`${user.id}|${k.contentId}`);
        const status = assignmentStatusOf("SCENARIO", requirement, { completedAttempts: a?.attempts ?? 0, passedAny: !!a?.passed, inProgress: !!a?.inProgress });
        const overdue = !!k.dueAt && k.dueAt < now && status !== "COMPLETED";
        const progress = status === "COMPLETED" ? 100 : status === "NOT_STARTED" ? 0 : 50;
        const done = a && a.attempts > 0 ? a : null;
        rows.push([
          user.name,
          user.email,
          cohort.name,
          "Scenario",
          k.contentId,
          contentTitle("SCENARIO", k.contentId),
          iso(k.assignedAt),
          iso(k.dueAt),
          status,
          requirementText,
          overdue ? "yes" : "no",
          progress,
          done?.attempts ?? 0,
          done?.best ?? "",
          done?.latest ?? "",
          done?.passed == null ? "" : done.passed ? "yes" : "no",
          iso(a?.first),
          iso(done?.last),
          done?.latestVersion ?? "",
          done?.latestRubricId ?? "",
          done?.latestRubricVersion ?? "",
          (done?.versions ?? []).join("; "),
        ]);
      } else {
        const e = enrollmentBy.get(`${user.id}|${k.contentId}`);
        const status = assignmentStatusOf("MODULE", requirement, { completedAttempts: 0, passedAny: false, inProgress: false, enrollmentStatus: e?.status });
        const overdue = !!k.dueAt && k.dueAt < now && status !== "COMPLETED";
        rows.push([
          user.name,
          user.email,
          cohort.name,
          "Module",
          k.contentId,
          contentTitle("MODULE", k.contentId),
          iso(k.assignedAt),
          iso(k.dueAt),
          status,
          requirementText,
          overdue ? "yes" : "no",
          e?.progress ?? 0,
          "",
          "",
          "",
          "",
          iso(e?.startedAt),
          iso(e?.completedAt),
          "",
          "",
          "",
          "",
        ]);
      }
    }
  }
  const date = new Date().toISOString().slice(0, 10);
  const slug =
    cohort.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "cohort";
  return { filename: `defuse-results-${slug}-${date}.csv`, csv: toCsv(EXPORT_HEADER, rows), rowCount: rows.length };
}
