import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { contentTitle } from "../content/titles";
import { loadRealCall, realCallTitle, realCallTurns } from "../qa/realCallView";
import { loadAutoCriteria } from "./autoCriteria";
import { rubricFor } from "./scoring";

type Tx = Db | Prisma.TransactionClient;

export interface StoredReviewCriterion {
  criterionId: string;
  level: number;
  points: number;
  autoLevel: number | null;
  comment: string;
}

export function readStoredCriteria(json: unknown): StoredReviewCriterion[] {
  return Array.isArray(json) ? (json as StoredReviewCriterion[]) : [];
}

/** The pass mark that applies to an attempt: its assignment's, else the organisation's default. */
export async function passMarkFor(tx: Tx, orgId: string, assignmentId: string | null): Promise<number> {
  if (assignmentId) {
    const a = await tx.assignment.findFirst({ where: { id: assignmentId, orgId }, select: { passMark: true } });
    if (a?.passMark != null) return a.passMark;
  }
  const org = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { defaultPassMark: true } });
  return org.defaultPassMark;
}

/** The attempt as a reviewer needs it: scoped to the caller's organisation, completed role-plays only. */
export async function findReviewableAttempt(tx: Tx, orgId: string, attemptId: string) {
  const attempt = await tx.attempt.findFirst({
    where: { id: attemptId, orgId, status: "COMPLETED", kind: { in: ["ROLEPLAY", "BRANCHING", "REAL_CALL"] } },
    select: {
      id: true,
      orgId: true,
      userId: true,
      kind: true,
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
        select: { id: true, state: true, criteria: true, score: true, passed: true, comment: true, releasedAt: true, updatedAt: true, reviewerId: true, reviewer: { select: { name: true } } },
      },
    },
  });
  if (!attempt) throw notFound("That attempt");
  return attempt;
}

/** Everything the review screen shows: transcript with labels, tension curve, automatic and trainer scores. */
export async function getReview(db: Db, actor: SessionUser, attemptId: string) {
  const attempt = await findReviewableAttempt(db, actor.orgId, attemptId);
  const rubric = rubricFor(attempt.rubricId);
  const [practiceTurns, auto, passMark, realCall] = await Promise.all([
    db.attemptTurn.findMany({
      where: { attemptId: attempt.id },
      select: {
        index: true,
        agentText: true,
        customerLine: true,
        techniques: true,
        pitfalls: true,
        labels: true,
        tensionBefore: true,
        tensionAfter: true,
        reason: true,
        hinted: true,
      },
      orderBy: { index: "asc" },
    }),
    loadAutoCriteria(db, actor.orgId, attempt.id, attempt.autoResult),
    passMarkFor(db, actor.orgId, attempt.assignmentId),
    attempt.kind === "REAL_CALL" ? loadRealCall(db, actor.orgId, attempt.id) : null,
  ]);
  // a real call has no AttemptTurn rows: its masked transcript is read into the same shape
  const real = realCall ? realCallTurns(realCall.turns, attempt.autoResult) : null;
  const turns = real ? real.turns : practiceTurns;
  const autoById = new Map(auto.map((a) => [a.criterionId, a]));
  const stored = new Map(readStoredCriteria(attempt.review?.criteria).map((c) => [c.criterionId, c]));
  const tensionCurve = turns.length ? [turns[0]!.tensionBefore, ...turns.map((t) => t.tensionAfter)] : [];
  return {
    attempt: {
      id: attempt.id,
      kind: attempt.kind,
      scenarioId: attempt.contentId,
      title: attempt.kind === "REAL_CALL" ? realCallTitle(realCall?.fileName) : contentTitle("SCENARIO", attempt.contentId),
      source: attempt.kind === "REAL_CALL" ? ("real" as const) : ("practice" as const),
      opening: real?.opening ?? null,
      contentVersion: attempt.contentVersion,
      rubricVersion: attempt.rubricVersion,
      learner: attempt.user,
      completedAt: attempt.completedAt,
      outcome: attempt.outcome,
      autoScore: attempt.autoScore,
      autoPassed: attempt.autoPassed,
      score: attempt.score,
      passed: attempt.passed,
      reviewState: attempt.reviewState,
      techniques: attempt.techniques,
      pitfalls: attempt.pitfalls,
    },
    passMark,
    transcript: turns,
    tensionCurve,
    rubric: { id: rubric.id, version: rubric.version, title: rubric.title },
    criteria: rubric.criteria.map((c) => {
      const a = autoById.get(c.id);
      const s = stored.get(c.id);
      return {
        criterionId: c.id,
        title: c.title,
        description: c.description,
        weight: c.weight,
        levels: c.levels,
        autoLevel: a?.level ?? null,
        autoPoints: a?.points ?? null,
        evidence: a?.evidence ?? [],
        // Pre-filled from the automatic score until the trainer saves their own.
        level: s?.level ?? a?.level ?? 0,
        comment: s?.comment ?? "",
      };
    }),
    review: attempt.review
      ? {
          state: attempt.review.state,
          score: attempt.review.score,
          passed: attempt.review.passed,
          comment: attempt.review.comment,
          releasedAt: attempt.review.releasedAt,
          updatedAt: attempt.review.updatedAt,
          reviewer: attempt.review.reviewer.name,
        }
      : null,
  };
}
