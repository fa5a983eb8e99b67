import { getRubric, type Rubric } from "@defuse/content";
import { notFound } from "../../errors";

export const MAX_LEVEL = 4;

export interface CriterionLevel {
  criterionId: string;
  level: number;
}

/** The rubric an attempt was scored against (the current catalogue version of it). */
export function rubricFor(rubricId: string | null | undefined): Rubric {
  const rubric = rubricId ? getRubric(rubricId) : undefined;
  if (!rubric) throw notFound("The rubric of that attempt");
  return rubric;
}

/** Points a criterion contributes: its weight scaled by the level reached (0..4). */
export function criterionPoints(weight: number, level: number): number {
  return Math.round(((weight * level) / MAX_LEVEL) * 100) / 100;
}

/**
 * A trainer's score from their per-criterion levels: the weighted sum of levels, 0..100. Weights
 * add up to 100 (the content schema checks it), so the score reads as a percentage.
 */
export function scoreFromLevels(rubric: Rubric, levels: CriterionLevel[]) {
  const byId = new Map(levels.map((l) => [l.criterionId, l.level]));
  const criteria = rubric.criteria.map((c) => {
    const level = byId.get(c.id) ?? 0;
    return { criterionId: c.id, level, points: criterionPoints(c.weight, level) };
  });
  const score = Math.round(criteria.reduce((s, c) => s + c.points, 0));
  return { criteria, score };
}
