import { Prisma, type Db, PREPARED } from "@defuse/db";
import type { SessionUser } from "../../context";
import { toPage } from "../admin/paging";
import { titleLookup } from "../authoring/resolve";
import { realCallTitle } from "../qa/realCallView";

function queueKinds(source: ReviewQueueInput["source"]): Array<"ROLEPLAY" | "BRANCHING" | "REAL_CALL"> {
  if (source === "practice") return ["ROLEPLAY", "BRANCHING"];
  if (source === "real") return ["REAL_CALL"];
  return ["ROLEPLAY", "BRANCHING", "REAL_CALL"];
}

export interface ReviewQueueInput {
  scenarioId?: string | null;
  cohortId?: string | null;
  failedOnly?: boolean;
  /** PENDING (default): waiting for a trainer; RELEASED: reviews already done; ABANDONED: calls the learner started over. */
  state?: "PENDING" | "RELEASED" | "ABANDONED";
  /** practice attempts, real calls, or both (the default) */
  source?: "practice" | "real" | "all" | null;
  cursor?: string | null;
  limit?: number;
}

/**
 * A queue row with its learner, review, reviewer, reply count and transcript file name. Read by
 * one statement with joins (queueRows): Prisma's nested select sent five (the attempts, then the
 * learners, reviews, reviewers and transcripts by id), and the review queue is read on every view
 * (issue 16). Every table is joined on its key inside the caller's organisation.
 */
interface Row {
  id: string;
  kind: "ROLEPLAY" | "BRANCHING" | "REAL_CALL" | "QUIZ";
  contentId: string;
  completedAt: Date | null;
  autoScore: number | null;
  autoPassed: boolean | null;
  outcome: string | null;
  status: string;
  startedAt: Date;
  score: number | null;
  passed: boolean | null;
  user: { id: string; name: string };
  review: { state: string; updatedAt: Date; releasedAt: Date | null; reviewer: { name: string } } | null;
  _count: { turns: number };
  transcript: { fileName: string } | null;
}

interface RawRow {
  id: string;
  kind: Row["kind"];
  contentId: string;
  completedAt: Date | null;
  autoScore: number | null;
  autoPassed: boolean | null;
  outcome: string | null;
  status: string;
  startedAt: Date;
  score: number | null;
  passed: boolean | null;
  userId: string;
  userName: string;
  reviewState: string | null;
  reviewUpdatedAt: Date | null;
  reviewReleasedAt: Date | null;
  reviewerName: string | null;
  turns: number;
  fileName: string | null;
}

/** Queue rows matching `where` (a condition on attempt `t`), in `orderBy`, at most `limit`. */
async function queueRows(db: Db, orgId: string, where: Prisma.Sql, orderBy: Prisma.Sql, limit: number): Promise<Row[]> {
  const raw = await db.$queryRaw<RawRow[]>`${PREPARED}
    SELECT t.id, t.kind::text AS kind, t."contentId", t."completedAt", t."autoScore", t."autoPassed", t.outcome, t.status::text AS status,
           t."startedAt", t.score, t.passed, u.id AS "userId", u.name AS "userName",
           r.state::text AS "reviewState", r."updatedAt" AS "reviewUpdatedAt", r."releasedAt" AS "reviewReleasedAt", rv.name AS "reviewerName",
           (SELECT count(*)::int FROM "AttemptTurn" n WHERE n."attemptId" = t.id) AS turns,
           tr."fileName"
      FROM "Attempt" t
      JOIN "User" u ON u.id = t."userId" AND u."orgId" = ${orgId}
      LEFT JOIN "Review" r ON r."attemptId" = t.id AND r."orgId" = ${orgId}
      LEFT JOIN "User" rv ON rv.id = r."reviewerId"
      LEFT JOIN "Transcript" tr ON tr."attemptId" = t.id AND tr."orgId" = ${orgId}
     WHERE t."orgId" = ${orgId} AND ${where}
     ORDER BY ${orderBy}
     LIMIT ${limit}`;
  return raw.map((a) => ({
    id: a.id,
    kind: a.kind,
    contentId: a.contentId,
    completedAt: a.completedAt,
    autoScore: a.autoScore,
    autoPassed: a.autoPassed,
    outcome: a.outcome,
    status: a.status,
    startedAt: a.startedAt,
    score: a.score,
    passed: a.passed,
    user: { id: a.userId, name: a.userName },
    review: a.reviewState === null ? null : { state: a.reviewState, updatedAt: a.reviewUpdatedAt!, releasedAt: a.reviewReleasedAt, reviewer: { name: a.reviewerName ?? "" } },
    _count: { turns: a.turns },
    transcript: a.fileName === null ? null : { fileName: a.fileName },
  }));
}

/** The rows of these attempt ids, in the order given. */
async function rowsByIds(db: Db, orgId: string, ids: string[]): Promise<Row[]> {
  if (ids.length === 0) return [];
  const found = await queueRows(db, orgId, Prisma.sql`t.id IN (${Prisma.join(ids)})`, Prisma.sql`t.id`, ids.length);
  const byId = new Map(found.map((a) => [a.id, a]));
  return ids.map((id) => byId.get(id)).filter((a): a is Row => !!a);
}

/**
 * Calls a learner set aside with "Start over instead" (at least one reply), newest first, keyset on
 * (startedAt, id): they have no score to review, but a trainer can read what was said.
 */
async function abandonedCalls(db: Db, actor: SessionUser, input: ReviewQueueInput, pageSize: number) {
  const after = input.cursor ? await db.attempt.findFirst({ where: { id: input.cursor, orgId: actor.orgId }, select: { id: true, startedAt: true } }) : null;
  const ids = await db.attempt.findMany({
    where: {
      orgId: actor.orgId,
      status: "ABANDONED",
      kind: { in: ["ROLEPLAY", "BRANCHING"] },
      turns: { some: {} },
      ...(input.scenarioId ? { contentId: input.scenarioId } : {}),
      ...(input.cohortId ? { user: { memberships: { some: { orgId: actor.orgId, cohortId: input.cohortId, removedAt: null } } } } : {}),
      ...(after ? { OR: [{ startedAt: { lt: after.startedAt } }, { startedAt: after.startedAt, id: { lt: after.id } }] } : {}),
    },
    select: { id: true },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  return rowsByIds(
    db,
    actor.orgId,
    ids.map((a) => a.id),
  );
}

/**
 * Role-play attempts waiting for a trainer (reviewState PENDING, which a saved draft keeps until
 * it is released), newest first, keyset-paginated on (completedAt, id).
 *
 * Without a cohort: one indexed query on (orgId, reviewState, completedAt) with the learner and
 * draft joined in, whatever the page size. With a cohort: the page's ids are read through the
 * cohort's current members, at most one page per member on (userId, reviewState, completedAt)
 * (a LATERAL join), so the cost follows the cohort's size and not the organisation's whole queue
 * (a cohort with few pending attempts would otherwise walk every pending attempt of the org);
 * then one query loads those rows.
 */
export async function reviewQueue(db: Db, actor: SessionUser, input: ReviewQueueInput) {
  const pageSize = Math.min(Math.max(input.limit ?? 25, 1), 100);
  const state = input.state ?? "PENDING";
  if (state === "ABANDONED") return page(db, actor, await abandonedCalls(db, actor, input, pageSize), pageSize);
  const after = input.cursor ? await db.attempt.findFirst({ where: { id: input.cursor, orgId: actor.orgId }, select: { id: true, completedAt: true } }) : null;
  const kinds = queueKinds(input.source);
  let rows;
  if (input.cohortId) {
    const orgId = actor.orgId;
    const ids = await db.$queryRaw<Array<{ id: string }>>`${PREPARED}
      SELECT q.id
      FROM (SELECT DISTINCT m."userId" FROM "CohortMember" m
            WHERE m."orgId" = ${orgId} AND m."cohortId" = ${input.cohortId} AND m."removedAt" IS NULL) mem
      CROSS JOIN LATERAL (
        SELECT t.id, t."completedAt"
        FROM "Attempt" t
        WHERE t."userId" = mem."userId" AND t."userId" <> ${actor.id} AND t."orgId" = ${orgId} AND t."reviewState" = ${state}::"ReviewState"
          AND t.status = 'COMPLETED' AND t.kind::text IN (${Prisma.join(kinds)})
          ${input.scenarioId ? Prisma.sql`AND t."contentId" = ${input.scenarioId}` : Prisma.empty}
          ${input.failedOnly ? Prisma.sql`AND t."autoPassed" = false` : Prisma.empty}
          ${after?.completedAt ? Prisma.sql`AND t."completedAt" <= ${after.completedAt} AND (t."completedAt", t.id) < (${after.completedAt}, ${after.id})` : Prisma.empty}
        ORDER BY t."completedAt" DESC, t.id DESC
        LIMIT ${pageSize + 1}
      ) q
      ORDER BY q."completedAt" DESC, q.id DESC
      LIMIT ${pageSize + 1}`;
    rows = await rowsByIds(
      db,
      orgId,
      ids.map((r) => r.id),
    );
  } else {
    // Nobody reviews their own attempt (refuseOwnAttempt). Keyset on (completedAt, id) written out,
    // with a redundant completedAt <= bound, so PostgreSQL walks the (orgId, reviewState,
    // completedAt) index from the cursor instead of re-scanning.
    const where = Prisma.sql`t."reviewState" = ${state}::"ReviewState" AND t.status = 'COMPLETED' AND t."userId" <> ${actor.id}
      AND t.kind::text IN (${Prisma.join(kinds)})
      ${input.scenarioId ? Prisma.sql`AND t."contentId" = ${input.scenarioId}` : Prisma.empty}
      ${input.failedOnly ? Prisma.sql`AND t."autoPassed" = false` : Prisma.empty}
      ${after?.completedAt ? Prisma.sql`AND t."completedAt" <= ${after.completedAt} AND (t."completedAt" < ${after.completedAt} OR (t."completedAt" = ${after.completedAt} AND t.id < ${after.id}))` : Prisma.empty}`;
    rows = await queueRows(db, actor.orgId, where, Prisma.sql`t."completedAt" DESC, t.id DESC`, pageSize + 1);
  }
  return page(db, actor, rows, pageSize);
}

async function page(db: Db, actor: SessionUser, rows: Row[], pageSize: number) {
  const result = toPage(rows, pageSize);
  const contentTitle = await titleLookup(
    db,
    actor.orgId,
    result.items.map((a) => a.contentId),
  );
  return {
    nextCursor: result.nextCursor,
    items: result.items.map((a) => ({
      attemptId: a.id,
      id: a.id,
      kind: a.kind,
      scenarioId: a.contentId,
      title: a.kind === "REAL_CALL" ? realCallTitle(a.transcript?.fileName) : contentTitle("SCENARIO", a.contentId),
      source: a.kind === "REAL_CALL" ? ("real" as const) : ("practice" as const),
      learner: a.user,
      completedAt: a.completedAt,
      autoScore: a.autoScore,
      autoPassed: a.autoPassed,
      outcome: a.outcome,
      draftSavedAt: a.review?.state === "DRAFT" ? a.review.updatedAt : null,
      status: a.status,
      startedAt: a.startedAt,
      turns: a._count.turns,
      score: a.score,
      passed: a.passed,
      releasedAt: a.review?.state === "RELEASED" ? a.review.releasedAt : null,
      reviewer: a.review?.state === "RELEASED" ? a.review.reviewer.name : null,
    })),
  };
}
