import type { Db } from "@defuse/db";
import { getRubric } from "@defuse/content";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { autoCriticalOf, criticalStands, readTurnComments } from "./critical";
import { readStoredCriteria } from "./getReview";

/**
 * The learner-safe view of a review: only once released, only to the learner who made the attempt
 * (or staff of the same organisation). Drafts are invisible here, so saving one changes nothing a
 * learner sees. Returns null when there is no released review yet.
 */
export async function releasedReviewForAttempt(db: Db, user: SessionUser, attemptId: string) {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, orgId: user.orgId, ...(user.role === "LEARNER" ? { userId: user.id } : {}) },
    select: {
      id: true,
      rubricId: true,
      autoScore: true,
      autoResult: true,
      review: {
        select: {
          state: true,
          criteria: true,
          score: true,
          passed: true,
          comment: true,
          criticalDecision: true,
          criticalReason: true,
          turnComments: true,
          releasedAt: true,
          reviewer: { select: { name: true } },
        },
      },
    },
  });
  if (!attempt) throw notFound("That attempt");
  const review = attempt.review;
  if (!review || review.state !== "RELEASED") return null;
  const rubric = attempt.rubricId ? getRubric(attempt.rubricId) : undefined;
  const titles = new Map(rubric?.criteria.map((c) => [c.id, c]) ?? []);
  return {
    attemptId: attempt.id,
    score: review.score,
    passed: review.passed,
    autoScore: attempt.autoScore,
    comment: review.comment,
    releasedAt: review.releasedAt,
    reviewer: review.reviewer.name,
    critical: {
      flagged: autoCriticalOf(attempt.autoResult).map((c) => c.description),
      decision: review.criticalDecision,
      reason: review.criticalReason,
      stands: criticalStands(autoCriticalOf(attempt.autoResult).length > 0, review.criticalDecision),
    },
    turnComments: readTurnComments(review.turnComments),
    criteria: readStoredCriteria(review.criteria).map((c) => ({
      criterionId: c.criterionId,
      title: titles.get(c.criterionId)?.title ?? c.criterionId,
      level: c.level,
      points: c.points,
      maxPoints: titles.get(c.criterionId)?.weight ?? null,
      levelDescription: titles.get(c.criterionId)?.levels[c.level] ?? null,
      autoLevel: c.autoLevel,
      comment: c.comment,
    })),
  };
}
