import { Prisma, type Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { invalid, notFound } from "../../errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../admin/paging";
import { assignmentStatusSql, type AssignmentStatus } from "../assignments/completion";
import { titleLookup } from "../authoring/resolve";
import { learnerMembersSql } from "./members";

export interface AssignmentStatusInput {
  cohortId: string;
  status?: AssignmentStatus | null;
  assignmentId?: string | null;
  overdueOnly?: boolean;
  /** `${userId}.${assignmentId}` of the last row of the previous page. */
  cursor?: string | null;
  limit?: number;
}

/**
 * Where each learner of a cohort stands on each live assignment (the shared status rule), filtered
 * by status, assignment or overdue, ordered by learner name then assignment, keyset-paginated.
 * A scenario row names the scenario and rubric version of the learner's latest finished attempt
 * (read for the page's rows only, on Attempt(userId, contentId, status, completedAt)).
 */
export async function assignmentStatus(db: Db, actor: SessionUser, input: AssignmentStatusInput, now = new Date()) {
  const cohort = await db.cohort.findFirst({ where: { id: input.cohortId, orgId: actor.orgId }, select: { id: true } });
  if (!cohort) throw notFound("That cohort");
  const limit = Math.min(Math.max(input.limit ?? DEFAULT_PAGE_SIZE, 1), MAX_PAGE_SIZE);
  let after = Prisma.empty;
  if (input.cursor) {
    const [userId, assignmentId] = input.cursor.split(".");
    const [u, a] = await Promise.all([
      userId ? db.user.findFirst({ where: { id: userId, orgId: actor.orgId }, select: { id: true, name: true } }) : null,
      assignmentId ? db.assignment.findFirst({ where: { id: assignmentId, orgId: actor.orgId }, select: { id: true, createdAt: true } }) : null,
    ]);
    if (!u || !a) throw invalid("That page no longer exists; start from the first page.", "cursor");
    after = Prisma.sql`AND (x.name, x."userId", x."createdAt", x."assignmentId") > (${u.name}, ${u.id}, ${a.createdAt}, ${a.id})`;
  }
  const rows = await db.$queryRaw<
    Array<{
      userId: string;
      name: string;
      assignmentId: string;
      kind: "MODULE" | "SCENARIO";
      contentId: string;
      requirement: "PASS" | "COMPLETE";
      dueAt: Date | null;
      createdAt: Date;
      status: AssignmentStatus;
      playedVersion: number | null;
      playedRubricId: string | null;
      playedRubricVersion: number | null;
    }>
  >`
    WITH mem AS (${learnerMembersSql(actor.orgId, cohort.id)}),
    a AS (
      SELECT id, kind, "contentId", requirement, "dueAt", "createdAt" FROM "Assignment"
      WHERE "orgId" = ${actor.orgId} AND "cohortId" = ${cohort.id} AND "withdrawnAt" IS NULL
        ${input.assignmentId ? Prisma.sql`AND id = ${input.assignmentId}` : Prisma.empty}
    ),
    x AS (
      SELECT u.id AS "userId", u.name, a.id AS "assignmentId", a.kind::text AS kind, a."contentId", a.requirement::text AS requirement,
        a."dueAt", a."createdAt", ${assignmentStatusSql(Prisma.sql`u.id`)} AS status
      FROM mem m JOIN "User" u ON u.id = m."userId" CROSS JOIN a
    ),
    page AS (
      SELECT * FROM x
      WHERE true
        ${input.status ? Prisma.sql`AND x.status = ${input.status}` : Prisma.empty}
        ${input.overdueOnly ? Prisma.sql`AND x.status <> 'COMPLETED' AND x."dueAt" < ${now}` : Prisma.empty}
        ${after}
      ORDER BY x.name, x."userId", x."createdAt", x."assignmentId"
      LIMIT ${limit + 1}
    )
    SELECT page.*, v."contentVersion" AS "playedVersion", v."rubricId" AS "playedRubricId", v."rubricVersion" AS "playedRubricVersion"
    FROM page
    LEFT JOIN LATERAL (
      SELECT t."contentVersion", t."rubricId", t."rubricVersion" FROM "Attempt" t
      WHERE page.kind = 'SCENARIO' AND t."userId" = page."userId" AND t."contentId" = page."contentId" AND t.status = 'COMPLETED'
        AND t.kind IN ('ROLEPLAY', 'BRANCHING') AND t."orgId" = ${actor.orgId}
      ORDER BY t."completedAt" DESC
      LIMIT 1
    ) v ON true
    ORDER BY page.name, page."userId", page."createdAt", page."assignmentId"`;
  const hasMore = rows.length > limit;
  const items = hasMore ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  const contentTitle = await titleLookup(
    db,
    actor.orgId,
    items.map((r) => r.contentId),
  );
  return {
    items: items.map((r) => ({
      learner: { id: r.userId, name: r.name },
      assignmentId: r.assignmentId,
      kind: r.kind,
      contentId: r.contentId,
      title: contentTitle(r.kind, r.contentId),
      requirement: r.requirement,
      dueAt: r.dueAt,
      status: r.status,
      overdue: r.status !== "COMPLETED" && !!r.dueAt && r.dueAt < now,
      /** The versions of the learner's latest finished attempt (scenarios only; null before any). */
      played: r.playedVersion == null ? null : { scenarioVersion: r.playedVersion, rubricId: r.playedRubricId, rubricVersion: r.playedRubricVersion },
    })),
    nextCursor: hasMore && last ? `${last.userId}.${last.assignmentId}` : null,
  };
}
