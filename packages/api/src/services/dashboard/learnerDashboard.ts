import { authoredTitles } from "../authoring/resolve";
import { type Db, PREPARED, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { assignmentStatusSql, type AssignmentStatus } from "../assignments/completion";
import { contentTitle, moduleInfo } from "../content/titles";

export interface LearnerAssignmentRow {
  assignmentId: string;
  kind: "MODULE" | "SCENARIO";
  contentId: string;
  title: string;
  cohortName: string;
  dueAt: Date | null;
  overdue: boolean;
  progress: number; // percent
  status: AssignmentStatus;
  /** PASS: done once an attempt passes; COMPLETE: done once finished. */
  requirement: "PASS" | "COMPLETE";
  passMark: number | null;
  bestScore: number | null;
}

interface DashboardRows {
  assignments: Array<{ id: string; kind: "MODULE" | "SCENARIO"; contentId: string; dueAt: string | null; cohortName: string; status: AssignmentStatus; requirement: "PASS" | "COMPLETE"; passMark: number | null }>;
  enrollments: Array<{ moduleId: string; status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED"; progress: number; lastLessonId: string | null }>;
  best: Array<{ contentId: string; score: number | null }>;
}

/**
 * What the learner has to do: every live assignment of every cohort they belong to, with their
 * own progress. One statement whatever the number of assignments (no N+1): this page is what
 * every learner opens first, so it does not pay for four round trips through the ORM.
 */
export async function learnerDashboard(db: Db, user: SessionUser, now = new Date()) {
  const [found] = await db.$queryRaw<[DashboardRows]>`${PREPARED}
    WITH a AS (
      SELECT a.id, a.kind, a."contentId", a.requirement, a."passMark", a."dueAt", a."createdAt", c.name AS "cohortName",
        ${assignmentStatusSql(Prisma.sql`${user.id}`)} AS status
      FROM "Assignment" a
      JOIN "Cohort" c ON c.id = a."cohortId" AND c."orgId" = a."orgId" AND c."archivedAt" IS NULL
      WHERE a."orgId" = ${user.orgId} AND a."withdrawnAt" IS NULL
        AND EXISTS (SELECT 1 FROM "CohortMember" m WHERE m."cohortId" = a."cohortId" AND m."userId" = ${user.id} AND m."removedAt" IS NULL)
    )
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', a.id, 'kind', a.kind, 'contentId', a."contentId",
          'dueAt', a."dueAt" AT TIME ZONE 'UTC', 'cohortName', a."cohortName", 'status', a.status, 'requirement', a.requirement, 'passMark', a."passMark") ORDER BY a."dueAt" ASC NULLS LAST, a."createdAt" ASC, a.id ASC), '[]'::json)
        FROM a) AS assignments,
      (SELECT coalesce(json_agg(json_build_object('moduleId', e."moduleId", 'status', e.status, 'progress', e.progress, 'lastLessonId', e."lastLessonId")
          ORDER BY e."updatedAt" DESC), '[]'::json)
        FROM "Enrollment" e WHERE e."orgId" = ${user.orgId} AND e."userId" = ${user.id}) AS enrollments,
      (SELECT coalesce(json_agg(json_build_object('contentId', b."contentId", 'score', b.score)), '[]'::json) FROM (
          SELECT t."contentId", max(t.score) AS score FROM "Attempt" t
          WHERE t."orgId" = ${user.orgId} AND t."userId" = ${user.id} AND t.status = 'COMPLETED'
            AND t."contentId" IN (SELECT a."contentId" FROM a WHERE a.kind = 'SCENARIO')
          GROUP BY t."contentId") b) AS best`;
  const assignments = found.assignments.map((a) => ({ ...a, dueAt: a.dueAt === null ? null : new Date(a.dueAt), cohort: { name: a.cohortName } }));
  const enrollments = found.enrollments;
  const attempts = found.best.map((b) => ({ contentId: b.contentId, _max: { score: b.score } }));
  const enrollmentByModule = new Map(enrollments.map((e) => [e.moduleId, e]));
  const bestByScenario = new Map(attempts.map((a) => [a.contentId, a._max.score]));
  // only organisations with their own scenarios assigned pay for this query
  const authored = await authoredTitles(db, user.orgId, assignments.filter((a) => a.kind === "SCENARIO").map((a) => a.contentId));

  const rows: LearnerAssignmentRow[] = assignments.map((a) => {
    const status = a.status;
    if (a.kind === "MODULE") {
      const e = enrollmentByModule.get(a.contentId);
      return {
        assignmentId: a.id,
        kind: a.kind,
        contentId: a.contentId,
        title: contentTitle("MODULE", a.contentId),
        cohortName: a.cohort.name,
        dueAt: a.dueAt,
        overdue: !!a.dueAt && a.dueAt < now && status !== "COMPLETED",
        progress: e?.progress ?? 0,
        status,
        requirement: a.requirement,
        passMark: a.passMark,
        bestScore: null,
      };
    }
    const best = bestByScenario.get(a.contentId) ?? null;
    return {
      assignmentId: a.id,
      kind: a.kind,
      contentId: a.contentId,
      title: authored.get(a.contentId) ?? contentTitle("SCENARIO", a.contentId),
      cohortName: a.cohort.name,
      dueAt: a.dueAt,
      overdue: !!a.dueAt && a.dueAt < now && status !== "COMPLETED",
      progress: status === "COMPLETED" ? 100 : status === "NOT_STARTED" ? 0 : 50,
      status,
      requirement: a.requirement,
      passMark: a.passMark,
      bestScore: best,
    };
  });

  const last = enrollments.find((e) => e.status === "IN_PROGRESS" && e.lastLessonId);
  const lastModule = last ? moduleInfo(last.moduleId) : undefined;
  const lastLesson = lastModule?.lessons.find((l) => l.id === last?.lastLessonId);
  const continueWith =
    last && lastModule && lastLesson
      ? { moduleId: lastModule.id, moduleTitle: lastModule.title, lessonId: lastLesson.id, lessonTitle: lastLesson.title }
      : null;

  return { assignments: rows, continueWith };
}
