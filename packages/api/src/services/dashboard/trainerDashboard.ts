import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { contentTitle } from "../content/titles";

/** The trainer's home: live cohorts with member counts, and the latest completed attempts. */
export async function trainerDashboard(db: Db, user: SessionUser) {
  const [cohorts, recent, pendingReviews] = await Promise.all([
    db.cohort.findMany({
      where: { orgId: user.orgId, archivedAt: null },
      select: {
        id: true,
        name: true,
        _count: { select: { members: { where: { removedAt: null } }, assignments: { where: { withdrawnAt: null } } } },
      },
      orderBy: { name: "asc" },
      take: 100,
    }),
    db.attempt.findMany({
      where: { orgId: user.orgId, status: "COMPLETED" },
      select: {
        id: true,
        kind: true,
        contentId: true,
        score: true,
        passed: true,
        outcome: true,
        reviewState: true,
        completedAt: true,
        user: { select: { id: true, name: true } },
      },
      orderBy: { completedAt: "desc" },
      take: 10,
    }),
    db.attempt.count({ where: { orgId: user.orgId, reviewState: "PENDING" } }),
  ]);
  return {
    cohorts: cohorts.map((c) => ({
      id: c.id,
      name: c.name,
      memberCount: c._count.members,
      assignmentCount: c._count.assignments,
    })),
    recentAttempts: recent.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: contentTitle(a.kind === "QUIZ" ? "QUIZ" : "SCENARIO", a.contentId),
      learner: a.user,
      score: a.score,
      passed: a.passed,
      outcome: a.outcome,
      reviewState: a.reviewState,
      completedAt: a.completedAt,
    })),
    pendingReviews,
  };
}
