import { type Db, PREPARED, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";

/**
 * Live cohorts for pickers: an admin's are the whole organisation's (unless they ask for "mine");
 * a trainer's are the ones they belong to, or the whole organisation's with scope "all" when the
 * organisation lets trainers see every cohort.
 *
 * One statement (it was the organisation's setting, then the cohorts): the review queue and the
 * trainer's other pages read this list on every view (issue 16).
 */
export async function visibleCohorts(db: Db, actor: SessionUser, input: { scope?: "mine" | "all" } = {}) {
  return db.$queryRaw<Array<{ id: string; name: string }>>`${PREPARED}
    SELECT c.id, c.name FROM "Cohort" c
    WHERE ${visibleCohortCondition(actor, input.scope)}
    ORDER BY c.name ASC`;
}

/** The condition on a cohort `c` that visibleCohorts applies, for statements that read more beside it. */
export function visibleCohortCondition(actor: SessionUser, scope: "mine" | "all" | undefined): Prisma.Sql {
  const adminAll = actor.role === "ADMIN" && scope !== "mine";
  return Prisma.sql`c."orgId" = ${actor.orgId} AND c."archivedAt" IS NULL
      AND (${adminAll}::boolean
        OR (${scope === "all"}::boolean AND coalesce((SELECT o."trainersSeeAllCohorts" FROM "Organization" o WHERE o.id = ${actor.orgId}), false))
        OR EXISTS (SELECT 1 FROM "CohortMember" m WHERE m."cohortId" = c.id AND m."userId" = ${actor.id} AND m."removedAt" IS NULL))`;
}
