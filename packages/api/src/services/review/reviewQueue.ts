import { Prisma, type Db } from "@defuse/db";
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

const select = {
  id: true,
  kind: true,
  contentId: true,
  completedAt: true,
  autoScore: true,
  autoPassed: true,
  outcome: true,
  status: true,
  startedAt: true,
  score: true,
  passed: true,
  user: { select: { id: true, name: true } },
  review: { select: { state: true, updatedAt: true, releasedAt: true, reviewer: { select: { name: true } } } },
  _count: { select: { turns: true } },
  transcript: { select: { fileName: true } },
} satisfies Prisma.AttemptSelect;

/**
 * Calls a learner set aside with "Start over instead" (at least one reply), newest first, keyset on
 * (startedAt, id): they have no score to review, but a trainer can read what was said.
 */
async function abandonedCalls(db: Db, actor: SessionUser, input: ReviewQueueInput, pageSize: number) {
  const after = input.cursor
    ? await db.attempt.findFirst({ where: { id: input.cursor, orgId: actor.orgId }, select: { id: true, startedAt: true } })
    : null;
  return db.attempt.findMany({
    where: {
      orgId: actor.orgId,
      status: "ABANDONED",
      kind: { in: ["ROLEPLAY", "BRANCHING"] },
      turns: { some: {} },
      ...(input.scenarioId ? { contentId: input.scenarioId } : {}),
      ...(input.cohortId ? { user: { memberships: { some: { orgId: actor.orgId, cohortId: input.cohortId, removedAt: null } } } } : {}),
      ...(after ? { OR: [{ startedAt: { lt: after.startedAt } }, { startedAt: after.startedAt, id: { lt: after.id } }] } : {}),
    },
    select,
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
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
  const after = input.cursor
    ? await db.attempt.findFirst({ where: { id: input.cursor, orgId: actor.orgId }, select: { id: true, completedAt: true } })
    : null;
  const kinds = queueKinds(input.source);
  let rows;
  if (input.cohortId) {
    const orgId = actor.orgId;
    const ids = await db.$queryRaw<Array<{ id: string }>>`
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
          ${
            after?.completedAt
              ? Prisma.sql`AND t."completedAt" <= ${after.completedAt} AND (t."completedAt", t.id) < (${after.completedAt}, ${after.id})`
              : Prisma.empty
          }
        ORDER BY t."completedAt" DESC, t.id DESC
        LIMIT ${pageSize + 1}
      ) q
      ORDER BY q."completedAt" DESC, q.id DESC
      LIMIT ${pageSize + 1}`;
    const found = await db.attempt.findMany({ where: { id: { in: ids.map((r) => r.id) }, orgId }, select });
    const byId = new Map(found.map((a) => [a.id, a]));
    rows = ids.map((r) => byId.get(r.id)).filter((a): a is (typeof found)[number] => !!a);
  } else {
    const where: Prisma.AttemptWhereInput = {
      orgId: actor.orgId,
      reviewState: state,
      status: "COMPLETED",
      userId: { not: actor.id }, // nobody reviews their own attempt (refuseOwnAttempt)
      kind: { in: kinds },
      ...(input.scenarioId ? { contentId: input.scenarioId } : {}),
      ...(input.failedOnly ? { autoPassed: false } : {}),
    };
    // Keyset on (completedAt, id) written out, with a redundant completedAt <= bound, so PostgreSQL
    // walks the (orgId, reviewState, completedAt) index from the cursor instead of re-scanning.
    if (after?.completedAt) {
      where.AND = [
        { completedAt: { lte: after.completedAt } },
        { OR: [{ completedAt: { lt: after.completedAt } }, { completedAt: after.completedAt, id: { lt: after.id } }] },
      ];
    }
    rows = await db.attempt.findMany({
      where,
      select,
      orderBy: [{ completedAt: "desc" }, { id: "desc" }],
      take: pageSize + 1,
    });
  }
  return page(db, actor, rows, pageSize);
}

type Row = Prisma.AttemptGetPayload<{ select: typeof select }>;

async function page(db: Db, actor: SessionUser, rows: Row[], pageSize: number) {
  const result = toPage(rows, pageSize);
  const contentTitle = await titleLookup(db, actor.orgId, result.items.map((a) => a.contentId));
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
