import { rubricOf } from "../authoring/resolve";
import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { loadRealCall, realCallTitle, realCallTurns } from "../qa/realCallView";
import { autoCriticalOf, criticalStands, readTurnComments } from "./critical";
import { readStoredCriteria } from "./getReview";

interface StoredEvidence {
  turn?: unknown;
  quote?: unknown;
  label?: unknown;
  effect?: unknown;
}

/** The engine's quoted evidence per criterion ({turn, quote, label, effect}), whatever else autoResult holds. */
function evidenceByCriterion(autoResult: unknown): Map<string, { turn: number; quote: string; label: string; effect: "for" | "against" }[]> {
  const raw = (autoResult as { criteria?: unknown } | null)?.criteria;
  const out = new Map<string, { turn: number; quote: string; label: string; effect: "for" | "against" }[]>();
  for (const c of Array.isArray(raw) ? raw : []) {
    const x = c as { id?: unknown; criterionId?: unknown; evidence?: unknown };
    const id = typeof x.id === "string" ? x.id : typeof x.criterionId === "string" ? x.criterionId : null;
    if (!id) continue;
    const items = (Array.isArray(x.evidence) ? (x.evidence as StoredEvidence[]) : [])
      .filter((e) => typeof e?.quote === "string" && typeof e.turn === "number")
      .map((e) => ({ turn: e.turn as number, quote: e.quote as string, label: typeof e.label === "string" ? e.label : "", effect: e.effect === "against" ? ("against" as const) : ("for" as const) }));
    out.set(id, items);
  }
  return out;
}

/** The better phrasing the engine suggested for the weakest agent turn, if any. */
function improvementOf(autoResult: unknown) {
  const i = (autoResult as { improvement?: unknown } | null)?.improvement as { turn?: unknown; quote?: unknown; advice?: unknown; betterPhrasing?: unknown } | undefined;
  if (!i || typeof i !== "object") return null;
  const text = (v: unknown) => (typeof v === "string" ? v : "");
  if (!text(i.advice) && !text(i.betterPhrasing)) return null;
  return { turn: typeof i.turn === "number" ? i.turn : -1, quote: text(i.quote), advice: text(i.advice), betterPhrasing: text(i.betterPhrasing) };
}

/**
 * The learner-safe view of a review: only once released, only to the learner who made the attempt
 * (or staff of the same organisation). Drafts are invisible here, so saving one changes nothing a
 * learner sees. Returns null when there is no released review yet.
 *
 * For a real call it also carries the agent's own masked transcript with the analyser's labels and
 * the estimated tension per turn, the trainer's line comments and the quoted evidence: what the
 * agent needs to learn from the call. Nothing of a calibration session (other trainers' blind
 * levels) or of the review's draft history is read here, so none of it can reach the agent.
 */
export async function releasedReviewForAttempt(db: Db, user: SessionUser, attemptId: string) {
  const attempt = await db.attempt.findFirst({
    where: { id: attemptId, orgId: user.orgId, ...(user.role === "LEARNER" ? { userId: user.id } : {}) },
    select: {
      id: true,
      kind: true,
      rubricId: true,
      rubricVersion: true,
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
  const rubric = attempt.rubricId ? await rubricOf(db, user.orgId, attempt.rubricId, attempt.rubricVersion).catch(() => undefined) : undefined;
  const titles = new Map(rubric?.criteria.map((c) => [c.id, c]) ?? []);
  const evidence = evidenceByCriterion(attempt.autoResult);
  const turnComments = readTurnComments(review.turnComments);
  const realCall = attempt.kind === "REAL_CALL" ? await loadRealCall(db, user.orgId, attempt.id) : null;
  const call = realCall ? realCallTurns(realCall.turns, attempt.autoResult) : null;
  const commentOn = new Map(turnComments.map((c) => [c.turn, c.comment]));
  return {
    attemptId: attempt.id,
    source: attempt.kind === "REAL_CALL" ? ("real" as const) : ("practice" as const),
    title: attempt.kind === "REAL_CALL" ? realCallTitle(realCall?.fileName) : null,
    /** Real calls only (a practice attempt's page shows its own transcript); null once retention deleted it. */
    call: call
      ? {
          opening: call.opening,
          openingTension: call.openingTension,
          openingReason: call.openingReason,
          turns: call.turns.map((t) => ({
            index: t.index,
            agentText: t.agentText,
            customerLine: t.customerLine,
            techniques: t.techniques,
            pitfalls: t.pitfalls,
            tensionBefore: t.tensionBefore,
            tensionAfter: t.tensionAfter,
            reason: t.reason,
            comment: commentOn.get(t.index) ?? "",
          })),
        }
      : null,
    improvement: attempt.kind === "REAL_CALL" ? improvementOf(attempt.autoResult) : null,
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
    turnComments,
    criteria: readStoredCriteria(review.criteria).map((c) => ({
      criterionId: c.criterionId,
      title: titles.get(c.criterionId)?.title ?? c.criterionId,
      level: c.level,
      points: c.points,
      maxPoints: titles.get(c.criterionId)?.weight ?? null,
      levelDescription: titles.get(c.criterionId)?.levels[c.level] ?? null,
      autoLevel: c.autoLevel,
      comment: c.comment,
      evidence: evidence.get(c.criterionId) ?? [],
    })),
  };
}
