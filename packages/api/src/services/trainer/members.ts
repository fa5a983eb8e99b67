import { Prisma } from "@defuse/db";

/**
 * The people a cohort's numbers are about: current members who are active learners. Deactivated
 * people and members whose role became trainer or admin stay on the member list (and in history)
 * but out of denominators, overdue lists and averages. Optionally one learner.
 */
export function learnerMembersSql(orgId: string, cohortId: string, learnerId?: string | null) {
  return Prisma.sql`SELECT m."userId" FROM "CohortMember" m JOIN "User" lu ON lu.id = m."userId" AND lu."orgId" = m."orgId"
    WHERE m."orgId" = ${orgId} AND m."cohortId" = ${cohortId} AND m."removedAt" IS NULL AND lu.active AND lu.role = 'LEARNER'${
      learnerId ? Prisma.sql` AND m."userId" = ${learnerId}` : Prisma.empty
    }`;
}
