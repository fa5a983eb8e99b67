import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { forbidden, notFound } from "../../errors";

type Tx = Db | Prisma.TransactionClient;

/**
 * The attempt as a reviewer needs it: scoped to the caller's organisation, completed role-plays
 * only (with `allowAbandoned`, also calls the learner set aside, which can be read but not scored).
 */
export async function findReviewableAttempt(tx: Tx, orgId: string, attemptId: string, opts: { allowAbandoned?: boolean } = {}) {
  const attempt = await tx.attempt.findFirst({
    where: { id: attemptId, orgId, status: { in: opts.allowAbandoned ? ["COMPLETED", "ABANDONED"] : ["COMPLETED"] }, kind: { in: ["ROLEPLAY", "BRANCHING", "REAL_CALL"] } },
    select: {
      id: true,
      orgId: true,
      userId: true,
      kind: true,
      status: true,
      startedAt: true,
      contentId: true,
      contentVersion: true,
      rubricId: true,
      rubricVersion: true,
      assignmentId: true,
      outcome: true,
      tension: true,
      autoScore: true,
      autoPassed: true,
      autoResult: true,
      techniques: true,
      pitfalls: true,
      score: true,
      passed: true,
      reviewState: true,
      completedAt: true,
      user: { select: { id: true, name: true, email: true } },
      review: {
        select: {
          id: true,
          state: true,
          criteria: true,
          score: true,
          passed: true,
          comment: true,
          criticalDecision: true,
          criticalReason: true,
          turnComments: true,
          releasedAt: true,
          updatedAt: true,
          reviewerId: true,
          reviewer: { select: { name: true } },
        },
      },
    },
  });
  if (!attempt) throw notFound("That attempt");
  return attempt;
}

/** Nobody reviews (or raises) their own attempt: a trainer who practises is reviewed by someone else. */
export function refuseOwnAttempt(actor: SessionUser, attempt: { userId: string }) {
  if (attempt.userId === actor.id) throw forbidden("You cannot review your own attempt. Another trainer or an admin can review it.");
}
