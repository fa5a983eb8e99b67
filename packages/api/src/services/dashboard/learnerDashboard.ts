import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
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
  status: "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED";
  bestScore: number | null;
}

/**
 * What the learner has to do: every live assignment of every cohort they belong to, with their
 * own progress. Three queries regardless of the number of assignments (no N+1).
 */
export async function learnerDashboard(db: Db, user: SessionUser, now = new Date()) {
  const assignments = await db.assignment.findMany({
    where: {
      orgId: user.orgId,
      withdrawnAt: null,
      cohort: { archivedAt: null, members: { some: { userId: user.id, removedAt: null } } },
    },
    select: { id: true, kind: true, contentId: true, dueAt: true, cohort: { select: { name: true } } },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
  });
  const scenarioIds = assignments.filter((a) => a.kind === "SCENARIO").map((a) => a.contentId);

  const [enrollments, attempts] = await Promise.all([
    db.enrollment.findMany({
      where: { orgId: user.orgId, userId: user.id },
      select: { moduleId: true, status: true, progress: true, lastLessonId: true, updatedAt: true },
      orderBy: { updatedAt: "desc" },
    }),
    scenarioIds.length
      ? db.attempt.groupBy({
          by: ["contentId"],
          where: { orgId: user.orgId, userId: user.id, contentId: { in: scenarioIds }, status: "COMPLETED" },
          _max: { score: true },
          _count: { _all: true },
        })
      : Promise.resolve([]),
  ]);
  const enrollmentByModule = new Map(enrollments.map((e) => [e.moduleId, e]));
  const bestByScenario = new Map(attempts.map((a) => [a.contentId, a._max.score]));

  const rows: LearnerAssignmentRow[] = assignments.map((a) => {
    if (a.kind === "MODULE") {
      const e = enrollmentByModule.get(a.contentId);
      const status = e?.status ?? "NOT_STARTED";
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
        bestScore: null,
      };
    }
    const best = bestByScenario.get(a.contentId) ?? null;
    const status = best === null ? "NOT_STARTED" : "COMPLETED";
    return {
      assignmentId: a.id,
      kind: a.kind,
      contentId: a.contentId,
      title: contentTitle("SCENARIO", a.contentId),
      cohortName: a.cohort.name,
      dueAt: a.dueAt,
      overdue: !!a.dueAt && a.dueAt < now && status !== "COMPLETED",
      progress: best === null ? 0 : 100,
      status,
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
