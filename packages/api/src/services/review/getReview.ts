import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { contentTitle } from "../content/titles";
import { scenarioOf } from "../authoring/resolve";
import type { ScenarioT } from "../learner/content";
import { loadRealCall, realCallTitle, realCallTurns } from "../qa/realCallView";
import { loadAutoCriteria } from "./autoCriteria";
import { autoCriticalOf, criticalStands, readTurnComments } from "./critical";
import { correctedLabels, LABEL_CATALOGUE, loadCorrections } from "./labelCorrections";
import { findReviewableAttempt, refuseOwnAttempt } from "./reviewable";
import { rubricOf } from "../authoring/resolve";
import { isBuiltInRubric } from "../authoring/rubricCheck";

export { findReviewableAttempt, refuseOwnAttempt };

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

/**
 * The pass mark that applies to an attempt: its assignment's, else the pass mark of the
 * organisation's own rubric it was scored with (an author set it on purpose), else the
 * organisation's default (built-in rubrics).
 */
export async function passMarkFor(tx: Tx, orgId: string, assignmentId: string | null, rubric?: { id: string; passMark: number } | null): Promise<number> {
  if (assignmentId) {
    const a = await tx.assignment.findFirst({ where: { id: assignmentId, orgId }, select: { passMark: true } });
    if (a?.passMark != null) return a.passMark;
  }
  if (rubric && !isBuiltInRubric(rubric.id)) return rubric.passMark;
  const org = await tx.organization.findUniqueOrThrow({ where: { id: orgId }, select: { defaultPassMark: true } });
  return org.defaultPassMark;
}

/** Everything the review screen shows: transcript with labels, tension curve, automatic and trainer scores. */
export async function getReview(db: Db, actor: SessionUser, attemptId: string) {
  const attempt = await findReviewableAttempt(db, actor.orgId, attemptId, { allowAbandoned: true });
  refuseOwnAttempt(actor, attempt);
  const rubric = await rubricOf(db, actor.orgId, attempt.rubricId ?? "", attempt.rubricVersion);
  const [practiceTurns, auto, passMark, extra, corrections, realCall] = await Promise.all([
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
    passMarkFor(db, actor.orgId, attempt.assignmentId, rubric),
    // What the learner saw before their first reply (the opening line depends on the intensity and
    // lives in the engine's memo) and what they wrote afterwards.
    db.attempt.findFirstOrThrow({ where: { id: attempt.id, orgId: actor.orgId }, select: { answers: true, reflection: true, intensity: true } }),
    loadCorrections(db, actor.orgId, attempt.id),
    attempt.kind === "REAL_CALL" ? loadRealCall(db, actor.orgId, attempt.id) : null,
  ]);
  // a real call has no AttemptTurn rows: its masked transcript is read into the same shape
  const real = realCall ? realCallTurns(realCall.turns, attempt.autoResult) : null;
  const turns = real ? real.turns : practiceTurns;
  const memo = extra.answers as { state?: { openingLine?: unknown } } | null;
  let scenario: ScenarioT | null = null;
  try {
    scenario = await scenarioOf(db, actor.orgId, attempt.contentId, attempt.contentVersion);
  } catch {
    scenario = null;
  }
  const openingLine = typeof memo?.state?.openingLine === "string" ? memo.state.openingLine : (scenario?.openingLine ?? null);
  const autoCritical = autoCriticalOf(attempt.autoResult);
  const turnComments = new Map(readTurnComments(attempt.review?.turnComments).map((c) => [c.turn, c.comment]));
  const autoById = new Map(auto.map((a) => [a.criterionId, a]));
  const stored = new Map(readStoredCriteria(attempt.review?.criteria).map((c) => [c.criterionId, c]));
  const tensionCurve = turns.length ? [turns[0]!.tensionBefore, ...turns.map((t) => t.tensionAfter)] : [];
  return {
    attempt: {
      id: attempt.id,
      kind: attempt.kind,
      status: attempt.status,
      startedAt: attempt.startedAt,
      scenarioId: attempt.contentId,
      title: attempt.kind === "REAL_CALL" ? realCallTitle(realCall?.fileName) : (scenario?.title ?? contentTitle("SCENARIO", attempt.contentId)),
      source: attempt.kind === "REAL_CALL" ? ("real" as const) : ("practice" as const),
      opening: real?.opening ?? null,
      openingTension: real?.openingTension ?? null,
      openingReason: real?.openingReason ?? null,
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
    customerName: scenario?.persona.name ?? "Customer",
    openingLine,
    intensity: extra.intensity,
    // a practice attempt's own reflection; a real call has none (the agent never wrote one)
    reflection: (attempt.kind === "REAL_CALL" ? null : (extra.reflection ?? null)) as { wentWell?: string; doDifferently?: string; feeling?: string; afterCall?: string; savedAt?: string } | null,
    critical: {
      flagged: autoCritical,
      decision: attempt.review?.criticalDecision ?? null,
      reason: attempt.review?.criticalReason ?? "",
      stands: criticalStands(autoCritical.length > 0, attempt.review?.criticalDecision),
    },
    transcript: turns.map((t) => {
      const c = corrections.get(t.index);
      return {
        ...t,
        comment: turnComments.get(t.index) ?? "",
        // The trainer's labels for the turn (the analyser's until corrected) and what changed.
        correctedLabels: correctedLabels([...t.techniques, ...t.pitfalls], c),
        added: c?.added ?? [],
        removed: c?.removed ?? [],
      };
    }),
    // Label corrections apply to free-text turns (branching replies carry the author's labels).
    labelCatalogue: attempt.kind === "ROLEPLAY" ? LABEL_CATALOGUE : [],
    // Every label's name, so labels read the same on every kind of attempt (real calls included).
    labelNames: Object.fromEntries(LABEL_CATALOGUE.map((l) => [l.id, l.name])) as Record<string, string>,
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
