import { Prisma, type Db, PREPARED } from "@defuse/db";
import type { SessionUser } from "../../context";
import { contentTitle } from "../content/titles";

interface TrainerRows {
  cohorts: Array<{ id: string; name: string; memberCount: number; assignmentCount: number }>;
  recent: Array<{
    id: string;
    kind: "QUIZ" | "ROLEPLAY" | "BRANCHING";
    contentId: string;
    score: number | null;
    passed: boolean | null;
    outcome: string | null;
    reviewState: "NONE" | "PENDING" | "DRAFT" | "RELEASED";
    completedAt: string;
    learnerId: string;
    learnerName: string;
  }>;
  pendingReviews: number;
  canSeeAll: boolean;
}

export type CohortScope = "mine" | "all";

/**
 * The trainer's home: live cohorts with learner and assignment counts, the latest completed
 * attempts and how many wait for review. One statement (a trainer's most visited page): the
 * counts are per-cohort index probes, the latest attempts walk Attempt(orgId, kind, completedAt)
 * backwards. Trainers see the cohorts they belong to; with scope "all" the whole organisation's,
 * when they are an admin or the organisation allows it (Organization.trainersSeeAllCohorts).
 */
export async function trainerDashboard(db: Db, user: SessionUser, input: { scope?: CohortScope } = {}) {
  const isAdmin = user.role === "ADMIN";
  const canSeeAll = Prisma.sql`(${isAdmin} OR (SELECT o."trainersSeeAllCohorts" FROM "Organization" o WHERE o.id = ${user.orgId}))`;
  const seeAll = input.scope === "all" ? canSeeAll : Prisma.sql`false`;
  const [rows] = await db.$queryRaw<[TrainerRows]>`${PREPARED}
    SELECT ${canSeeAll} AS "canSeeAll",
      (SELECT coalesce(json_agg(json_build_object('id', c.id, 'name', c.name,
          'memberCount', (SELECT count(*) FROM "CohortMember" m JOIN "User" u ON u.id = m."userId"
                          WHERE m."cohortId" = c.id AND m."removedAt" IS NULL AND u.active AND u.role = 'LEARNER'),
          'assignmentCount', (SELECT count(*) FROM "Assignment" a WHERE a."cohortId" = c.id AND a."withdrawnAt" IS NULL))
          ORDER BY c.name), '[]'::json)
        FROM (SELECT id, name FROM "Cohort" k WHERE k."orgId" = ${user.orgId} AND k."archivedAt" IS NULL
                AND (${seeAll} OR EXISTS (SELECT 1 FROM "CohortMember" m WHERE m."cohortId" = k.id AND m."userId" = ${user.id} AND m."removedAt" IS NULL))
              ORDER BY name LIMIT 100) c) AS cohorts,
      (SELECT coalesce(json_agg(json_build_object('id', t.id, 'kind', t.kind, 'contentId', t."contentId", 'score', t.score,
          'passed', t.passed, 'outcome', t.outcome, 'reviewState', t."reviewState",
          'completedAt', t."completedAt" AT TIME ZONE 'UTC', 'learnerId', u.id, 'learnerName', u.name)
          ORDER BY t."completedAt" DESC, t.id DESC), '[]'::json)
        FROM (SELECT id, kind, "contentId", score, passed, outcome, "reviewState", "completedAt", "userId" FROM "Attempt"
              WHERE "orgId" = ${user.orgId} AND status = 'COMPLETED' AND "completedAt" IS NOT NULL
              ORDER BY "completedAt" DESC, id DESC LIMIT 10) t
        JOIN "User" u ON u.id = t."userId") AS recent,
      (SELECT count(*)::int FROM "Attempt" WHERE "orgId" = ${user.orgId} AND "reviewState" = 'PENDING') AS "pendingReviews"`;
  return {
    cohorts: rows.cohorts,
    recentAttempts: rows.recent.map((a) => ({
      id: a.id,
      kind: a.kind,
      title: contentTitle(a.kind === "QUIZ" ? "QUIZ" : "SCENARIO", a.contentId),
      learner: { id: a.learnerId, name: a.learnerName },
      score: a.score,
      passed: a.passed,
      outcome: a.outcome,
      reviewState: a.reviewState,
      completedAt: new Date(a.completedAt),
    })),
    pendingReviews: rows.pendingReviews,
    scope: input.scope === "all" && rows.canSeeAll ? ("all" as const) : ("mine" as const),
    canSeeAll: rows.canSeeAll,
  };
}
