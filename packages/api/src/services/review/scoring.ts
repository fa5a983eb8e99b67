import type { Rubric } from "@defuse/content";

export const MAX_LEVEL = 4;

export interface CriterionLevel {
  criterionId: string;
  level: number;
}

/** The engine's result for one criterion: its level and the points it gave. */
export interface AutoPoints {
  level: number;
  points: number;
}

/** Points a criterion contributes at a level chosen by a trainer: its weight scaled by the level (0..4). */
export function criterionPoints(weight: number, level: number): number {
  return Math.round(((weight * level) / MAX_LEVEL) * 100) / 100;
}

/**
 * The one scoring rule for an attempt, used for the automatic result when a role-play finishes and
 * for the trainer's review. Per criterion: a level equal to the engine's keeps the engine's points
 * (its points follow a continuous evidence score inside the level's band), a changed level earns
 * weight × level / 4. The score is the rounded sum, so a review that changes nothing equals the
 * automatic score exactly. Passing needs the pass mark and no critical behaviour that stands.
 */
export function scoreAttempt(
  rubric: Rubric,
  levels: CriterionLevel[],
  auto: ReadonlyMap<string, AutoPoints>,
  opts: { passMark: number; criticalStands: boolean; /** The call ended in a way that can pass (engine's outcomeOk); default true. */ outcomeOk?: boolean },
) {
  const byId = new Map(levels.map((l) => [l.criterionId, l.level]));
  const criteria = rubric.criteria.map((c) => {
    const a = auto.get(c.id);
    const level = byId.get(c.id) ?? a?.level ?? 0;
    const points = a && a.level === level ? a.points : criterionPoints(c.weight, level);
    return { criterionId: c.id, level, points };
  });
  const score = Math.round(criteria.reduce((s, c) => s + c.points, 0));
  return { criteria, score, passed: score >= opts.passMark && !opts.criticalStands && opts.outcomeOk !== false };
}
