import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { toPage } from "../admin/paging";
import { contentTitle } from "../content/titles";

export interface ReviewQueueInput {
  scenarioId?: string | null;
  cohortId?: string | null;
  failedOnly?: boolean;
  cursor?: string | null;
  limit?: number;
}

/**
 * Role-play attempts waiting for a trainer (reviewState PENDING, which a saved draft keeps until
 * it is released), newest first. One indexed query on (orgId, reviewState, completedAt) with the
 * learner and draft joined in, whatever the page size.
 */
export async function reviewQueue(db: Db, actor: SessionUser, input: ReviewQueueInput) {
  const where: Prisma.AttemptWhereInput = {
    orgId: actor.orgId,
    reviewState: "PENDING",
    status: "COMPLETED",
    kind: { in: ["ROLEPLAY", "BRANCHING"] },
    ...(input.scenarioId ? { contentId: input.scenarioId } : {}),
    ...(input.failedOnly ? { autoPassed: false } : {}),
    ...(input.cohortId
      ? { user: { memberships: { some: { cohortId: input.cohortId, orgId: actor.orgId, removedAt: null } } } }
      : {}),
  };
  // Keyset on (completedAt, id) written out, with a redundant completedAt <= bound, so PostgreSQL
  // walks the (orgId, reviewState, completedAt) index from the cursor instead of re-scanning.
  const pageSize = Math.min(Math.max(input.limit ?? 25, 1), 100);
  const after = input.cursor
    ? await db.attempt.findFirst({ where: { id: input.cursor, orgId: actor.orgId }, select: { id: true, completedAt: true } })
    : null;
  if (after?.completedAt) {
    where.AND = [
      { completedAt: { lte: after.completedAt } },
      { OR: [{ completedAt: { lt: after.completedAt } }, { completedAt: after.completedAt, id: { lt: after.id } }] },
    ];
  }
  const rows = await db.attempt.findMany({
    where,
    select: {
      id: true,
      kind: true,
      contentId: true,
      completedAt: true,
      autoScore: true,
      autoPassed: true,
      outcome: true,
      user: { select: { id: true, name: true } },
      review: { select: { state: true, updatedAt: true } },
    },
    orderBy: [{ completedAt: "desc" }, { id: "desc" }],
    take: pageSize + 1,
  });
  const result = toPage(rows, pageSize);
  return {
    nextCursor: result.nextCursor,
    items: result.items.map((a) => ({
      attemptId: a.id,
      id: a.id,
      kind: a.kind,
      scenarioId: a.contentId,
      title: contentTitle("SCENARIO", a.contentId),
      learner: a.user,
      completedAt: a.completedAt,
      autoScore: a.autoScore,
      autoPassed: a.autoPassed,
      outcome: a.outcome,
      draftSavedAt: a.review?.state === "DRAFT" ? a.review.updatedAt : null,
    })),
  };
}
