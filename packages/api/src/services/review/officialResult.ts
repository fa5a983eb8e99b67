import { getRubric, type Rubric } from "@defuse/content";
import { autoCriticalOf, criticalStands, readTurnComments, type AutoCritical, type CriticalDecisionValue, type TurnComment } from "./critical";
import { readStoredCriteria } from "./getReview";

/** The engine's automatic result as stored (normalised by the caller to the engine's shape). */
export interface AutoResultView {
  score: number;
  passed: boolean;
  criteria: Array<{
    id: string;
    title: string;
    level: number;
    descriptor: string;
    points: number;
    maxPoints: number;
    /** Engine v2: why this criterion got its points, quoting the learner's words. */
    reason?: string;
    evidence: Array<{ turn: number; quote: string; label: string; effect: string }>;
    /** Rubric v2: "trainer" when the engine cannot score it and it waits for the trainer's review. */
    scoredBy?: "engine" | "trainer";
  }>;
  critical: unknown[];
  /** Engine v2: the replies scored, the first critical behaviour (quoted) and a one-line verdict. */
  turnsScored?: number;
  firstCritical?: { behaviour: string; turn: number; quote: string; reason: string } | null;
  verdict?: string;
  strengths: string[];
  improvement: { criterionId: string; turn: number; quote: string; betterPhrasing: string; advice: string };
}

export interface ReleasedReviewRow {
  criteria: unknown;
  score: number;
  passed: boolean;
  comment: string;
  criticalDecision: CriticalDecisionValue | null;
  criticalReason: string;
  turnComments: unknown;
  releasedAt: Date | null;
  reviewer: { name: string };
}

/**
 * What the learner's scorecard shows: the automatic result until a trainer releases a review, then
 * exactly what the trainer released (official level, points and comment per criterion, the overall
 * comment, the ruling on critical behaviour with its reason, line comments). Strengths and the top
 * improvement follow the official levels, so they never contradict the trainer.
 */
export function learnerScorecard(input: {
  rubricId: string | null;
  /** The exact rubric version it was scored with, when the caller has it (an organisation's rubric is not in the catalogue). */
  rubric?: Rubric | null;
  auto: AutoResultView;
  score: number | null;
  passed: boolean | null;
  passMark: number;
  review: ReleasedReviewRow | null;
}) {
  const { auto, review } = input;
  const rubric = input.rubric ?? (input.rubricId ? getRubric(input.rubricId) : undefined);
  const released = review ? new Map(readStoredCriteria(review.criteria).map((c) => [c.criterionId, c])) : null;
  const criteria = auto.criteria.map((c) => {
    const r = released?.get(c.id);
    const def = rubric?.criteria.find((x) => x.id === c.id);
    if (!r) return { ...c, autoLevel: c.level, comment: "", changed: false };
    return {
      ...c,
      // A level the trainer changed is explained by the trainer's comment, not the engine's reason.
      reason: r.level !== c.level ? r.comment || `Set to level ${r.level} by your trainer.` : c.reason,
      level: r.level,
      descriptor: def?.levels[r.level] ?? c.descriptor,
      points: r.points,
      autoLevel: c.level,
      comment: r.comment,
      changed: r.level !== c.level,
    };
  });
  const flagged = autoCriticalOf(auto);
  const decision = review?.criticalDecision ?? null;
  const critical: { flagged: AutoCritical[]; decision: CriticalDecisionValue | null; reason: string; stands: boolean } = {
    flagged,
    decision,
    reason: review?.criticalReason ?? "",
    stands: criticalStands(flagged.length > 0, decision),
  };

  let strengths = auto.strengths;
  let improvement = auto.improvement;
  if (review && criteria.some((c) => c.changed)) {
    const ranked = [...criteria].sort((a, b) => b.level - a.level || b.maxPoints - a.maxPoints);
    strengths = ranked.slice(0, 2).map((c) => {
      if (c.level === 0) return `${c.title}: not yet shown in this attempt.`;
      const ev = c.evidence.find((e) => e.effect === "for");
      return `${c.title} (level ${c.level}/4)${ev ? `: turn ${ev.turn + 1}, "${ev.quote}"` : c.comment ? `: ${c.comment}` : ""}.`;
    });
    const about = criteria.find((c) => c.id === auto.improvement.criterionId);
    if (about?.changed) {
      const weakest = [...criteria].sort((a, b) => b.maxPoints - b.points - (a.maxPoints - a.points) || a.level - b.level)[0];
      const def = weakest ? rubric?.criteria.find((x) => x.id === weakest.id) : undefined;
      improvement =
        !weakest || weakest.level >= 4
          ? { criterionId: "", turn: -1, quote: "", betterPhrasing: "", advice: "" }
          : {
              criterionId: weakest.id,
              turn: -1,
              quote: "",
              betterPhrasing: "",
              advice: weakest.comment
                ? `${weakest.title}: ${weakest.comment}`
                : `${weakest.title}: to reach the next level, ${(def?.levels[weakest.level + 1] ?? def?.description ?? "").replace(/^./, (x) => x.toLowerCase())}`,
            };
    }
  }

  return {
    source: review ? ("trainer" as const) : ("automatic" as const),
    score: review ? review.score : (input.score ?? auto.score),
    passed: review ? review.passed : (input.passed ?? auto.passed),
    passMark: input.passMark,
    rubric: rubric ? { id: rubric.id, title: rubric.title, version: rubric.version } : null,
    autoScore: auto.score,
    criteria,
    critical,
    turnsScored: auto.turnsScored ?? null,
    // Shown only while it stands: a trainer who cleared it has the last word.
    firstCritical: critical.stands ? (auto.firstCritical ?? null) : null,
    // The engine's sentence explains the automatic verdict; after a release the trainer's ruling replaces it.
    verdict: review ? null : (auto.verdict ?? null),
    strengths,
    improvement,
    review: review ? { comment: review.comment, reviewer: review.reviewer.name, releasedAt: review.releasedAt } : null,
    turnComments: review ? readTurnComments(review.turnComments) : ([] as TurnComment[]),
  };
}
export type LearnerScorecard = ReturnType<typeof learnerScorecard>;
