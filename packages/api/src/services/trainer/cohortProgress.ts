import { Prisma, type Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../admin/paging";
import { assignmentStatusSql } from "../assignments/completion";
import { dashboardWindow } from "./cohortDashboard";

export interface CohortProgressInput {
  cohortId: string;
  from?: Date | null;
  to?: Date | null;
  cursor?: string | null;
  limit?: number;
}

/**
 * One row per current, active learner (deactivated people and trainers or admins who are members
 * are left out, as in every cohort number): assignments completed and overdue, role-play attempts
 * and average score in the window (knowledge checks are not role-plays), last activity.
 * Keyset-paginated on (name, id); each page is one query.
 */
export async function cohortProgress(db: Db, actor: SessionUser, input: CohortProgressInput, now = new Date()) {
  const cohort = await db.cohort.findFirst({ where: { id: input.cohortId, orgId: actor.orgId }, select: { id: true } });
  if (!cohort) throw notFound("That cohort");
  const { from, to } = dashboardWindow(input, now);
  const limit = Math.min(Math.max(input.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  let after = Prisma.empty;
  if (input.cursor) {
    const c = await db.user.findFirst({ where: { id: input.cursor, orgId: actor.orgId }, select: { id: true, name: true } });
    if (c) after = Prisma.sql`AND (u.name, u.id) > (${c.name}, ${c.id})`;
  }
  const rows = await db.$queryRaw<
    Array<{ userId: string; name: string; email: string; active: boolean; assigned: number; completed: number; overdue: number; attempts: number; avgScore: number | null; lastActivity: Date | null }>
  >`
    WITH page AS (
      SELECT u.id, u.name, u.email, u.active
      FROM "CohortMember" m JOIN "User" u ON u.id = m."userId"
      WHERE m."orgId" = ${actor.orgId} AND m."cohortId" = ${cohort.id} AND m."removedAt" IS NULL
        AND u.active AND u.role = 'LEARNER' ${after}
      ORDER BY u.name, u.id
      LIMIT ${limit + 1}
    ),
    a AS (SELECT id, kind, "contentId", requirement, "dueAt" FROM "Assignment" WHERE "orgId" = ${actor.orgId} AND "cohortId" = ${cohort.id} AND "withdrawnAt" IS NULL),
    d AS (
      SELECT p.id AS "userId", a."dueAt", (${assignmentStatusSql(Prisma.sql`p.id`)}) = 'COMPLETED' AS done
      FROM page p CROSS JOIN a
    )
    SELECT p.id AS "userId", p.name, p.email, p.active,
      (SELECT count(*) FROM d WHERE d."userId" = p.id)::int AS assigned,
      (SELECT count(*) FROM d WHERE d."userId" = p.id AND d.done)::int AS completed,
      (SELECT count(*) FROM d WHERE d."userId" = p.id AND NOT d.done AND d."dueAt" < ${now})::int AS overdue,
      s.attempts, s."avgScore", s."lastActivity"
    FROM page p
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS attempts, avg(t.score)::float AS "avgScore", max(t."completedAt") AS "lastActivity"
      FROM "Attempt" t
      WHERE t."userId" = p.id AND t.status = 'COMPLETED' AND t.kind IN ('ROLEPLAY', 'BRANCHING')
        AND t."completedAt" >= ${from} AND t."completedAt" < ${to}
    ) s
    ORDER BY p.name, p.id`;
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  return {
    items: items.map((r) => ({ ...r, avgScore: r.avgScore === null ? null : Math.round(r.avgScore * 10) / 10 })),
    nextCursor: hasMore ? items[items.length - 1]!.userId : null,
  };
}
