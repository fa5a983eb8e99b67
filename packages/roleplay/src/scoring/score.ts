import type { LabelId, Rubric, Scenario } from "@defuse/content";
import { getTechnique } from "@defuse/content";
import type { TurnRecord } from "../engine/conversation";
import { MODEL_SENTENCE } from "../engine/phrases";

export interface Evidence {
  /** 0-based index of the agent turn. */
  turn: number;
  /** The learner's own words that show the label. */
  quote: string;
  label: LabelId | "forbidden_promise";
  effect: "for" | "against";
}
export interface CriterionScore {
  id: string;
  title: string;
  /** 0..4, matching the rubric's level descriptors. */
  level: number;
  descriptor: string;
  points: number;
  maxPoints: number;
  evidence: Evidence[];
}
export interface CriticalFailure {
  id: string;
  description: string;
  trigger: string;
  evidence: Evidence[];
}
export interface Improvement {
  criterionId: string;
  /** The weakest turn (0-based), or -1 if there were no turns. */
  turn: number;
  quote: string;
  betterPhrasing: string;
  advice: string;
}
export interface ScoreResult {
  score: number;
  passed: boolean;
  criteria: CriterionScore[];
  critical: CriticalFailure[];
  strengths: [string, string];
  improvement: Improvement;
}

/** A turn as the scorer needs it: what was said and what was seen in it. */
export type ScorableTurn = Pick<TurnRecord, "agentText" | "labels"> & Partial<Pick<TurnRecord, "tensionBefore" | "tensionAfter" | "outcome">>;

/** Techniques that only count as expected evidence when the scenario calls for them. */
const SITUATIONAL = new Set<LabelId>(["boundary", "escalation"]);
const NEGATED_BEFORE = /(?:\bnot|n't|\bnever|\bno|\bcannot|\bunable to|\bwithout)\b[^.?!]{0,30}$/i;

/** Regexes from scenario.policy.forbidden that the agent's words match (a refusal does not count). */
export function forbiddenPromises(scenario: Scenario, text: string): { ruleId: string; quote: string }[] {
  const out: { ruleId: string; quote: string }[] = [];
  const t = text.slice(0, 2000);
  for (const rule of scenario.policy.forbidden) {
    for (const p of rule.patterns ?? []) {
      let re: RegExp;
      try {
        re = new RegExp(p, "i");
      } catch {
        continue;
      }
      const m = re.exec(t);
      if (m && !NEGATED_BEFORE.test(t.slice(Math.max(0, m.index - 40), m.index))) {
        out.push({ ruleId: rule.id, quote: m[0] });
        break;
      }
    }
  }
  return out;
}

/**
 * Level 0..4 from two kinds of evidence: techniques that count for the criterion (coverage of the
 * expected labels, then depth), and the absence of pitfalls that count against it. The weight of
 * "clean" grows with how many pitfalls the criterion watches (composure is mostly about what you
 * did not do). A lost call earns no credit for being clean, and pitfalls cap the level.
 */
function rawFor(
  expected: LabelId[],
  againstLabels: LabelId[],
  forHits: Evidence[],
  againstHits: Evidence[],
  turns: number,
  lost: boolean,
): number {
  if (turns === 0) return 0;
  const distinct = new Set(forHits.map((e) => e.label)).size;
  const needed = Math.max(1, Math.min(2, expected.length));
  const coverage = Math.min(1, distinct / needed);
  const depth = Math.min(1, forHits.length / 3);
  const forScore = expected.length === 0 ? 1 : 0.7 * coverage + 0.3 * depth;
  const wClean = againstLabels.length / Math.max(1, expected.length + againstLabels.length);
  const clean = againstHits.length > 0 || lost ? 0 : Math.min(1, turns / 3);
  let raw = (1 - wClean) * forScore + wClean * clean;
  if (againstHits.length === 1) raw = Math.min(raw, 0.5);
  if (againstHits.length >= 2) raw = Math.min(raw, 0.25);
  if (againstHits.length > 0 && forHits.length === 0) raw = 0;
  return Math.max(0, Math.min(1, raw));
}

/**
 * Scores a whole attempt against a rubric: per-criterion level with quoted evidence, a 0-100
 * total, critical failures, two strengths and the one improvement most worth making.
 * The same function scores free-text and branching attempts (branching turns carry choice labels).
 */
export function scoreConversation(scenario: Scenario, rubric: Rubric, turns: ScorableTurn[]): ScoreResult {
  const needLabels = new Set(scenario.engine.needs.flat());
  const criteria: CriterionScore[] = rubric.criteria.map((c) => {
    const evidence: Evidence[] = [];
    turns.forEach((t, i) => {
      for (const h of t.labels) {
        if (c.evidenceFor.includes(h.label)) evidence.push({ turn: i, quote: h.span.text, label: h.label, effect: "for" });
        else if (c.evidenceAgainst.includes(h.label)) evidence.push({ turn: i, quote: h.span.text, label: h.label, effect: "against" });
      }
    });
    const expected = c.evidenceFor.filter((l) => !SITUATIONAL.has(l) || needLabels.has(l));
    const forHits = evidence.filter((e) => e.effect === "for");
    const againstHits = evidence.filter((e) => e.effect === "against");
    const lost = turns.length > 0 && turns[turns.length - 1]!.outcome === "escalated";
    const raw = rawFor(expected, c.evidenceAgainst, forHits, againstHits, turns.length, lost);
    const level = Math.round(raw * 4);
    return {
      id: c.id,
      title: c.title,
      level,
      descriptor: c.levels[level] ?? "",
      // points follow the continuous evidence score so close attempts still separate; level is its band
      points: Math.round(c.weight * raw * 10) / 10,
      maxPoints: c.weight,
      evidence,
    };
  });

  const critical: CriticalFailure[] = [];
  for (const cb of rubric.critical) {
    const ev: Evidence[] = [];
    turns.forEach((t, i) => {
      if (cb.trigger === "forbidden_promise") {
        for (const f of forbiddenPromises(scenario, t.agentText)) {
          ev.push({ turn: i, quote: f.quote, label: "forbidden_promise", effect: "against" });
        }
      } else {
        for (const h of t.labels) if (h.label === cb.trigger) ev.push({ turn: i, quote: h.span.text, label: h.label, effect: "against" });
      }
    });
    if (ev.length > 0) critical.push({ id: cb.id, description: cb.description, trigger: cb.trigger, evidence: ev });
  }

  const total = Math.round(criteria.reduce((s, c) => s + c.points, 0));
  const passed = total >= rubric.passMark && critical.length === 0;

  const ranked = [...criteria].sort((a, b) => b.level - a.level || b.maxPoints - a.maxPoints);
  const strength = (c: CriterionScore | undefined): string => {
    if (!c) return "No strengths recorded yet.";
    const ev = c.evidence.find((e) => e.effect === "for");
    if (c.level === 0 || !ev) return `${c.title}: not yet shown in this attempt.`;
    return `${c.title} (level ${c.level}/4): turn ${ev.turn + 1}, "${ev.quote}".`;
  };
  const strengths: [string, string] = [strength(ranked[0]), strength(ranked[1])];

  return { score: total, passed, criteria, critical, strengths, improvement: improvementFor(rubric, criteria, turns, critical) };
}

function improvementFor(rubric: Rubric, criteria: CriterionScore[], turns: ScorableTurn[], critical: CriticalFailure[]): Improvement {
  // The weakest criterion is the one losing the most points; a critical failure trumps everything.
  const weakest = [...criteria].sort(
    (a, b) => b.maxPoints - b.points - (a.maxPoints - a.points) || a.level - b.level,
  )[0];
  const def = weakest ? rubric.criteria.find((c) => c.id === weakest.id) : undefined;
  if (!weakest || !def || turns.length === 0) {
    return { criterionId: weakest?.id ?? "", turn: -1, quote: "", betterPhrasing: MODEL_SENTENCE.empathy!, advice: def?.description ?? "" };
  }
  // The weakest turn: a critical one, else one with evidence against this criterion, else the one that raised tension most, else the first with no technique.
  const crit = critical[0]?.evidence[0];
  const against = weakest.evidence.find((e) => e.effect === "against");
  let turn = crit?.turn ?? against?.turn;
  if (turn === undefined) {
    let worst = -Infinity;
    turns.forEach((t, i) => {
      const d = (t.tensionAfter ?? 0) - (t.tensionBefore ?? 0);
      const score = d - t.labels.length;
      if (score > worst) {
        worst = score;
        turn = i;
      }
    });
  }
  const idx = turn ?? 0;
  const t = turns[idx]!;
  const used = new Set(t.labels.map((h) => h.label));
  const missing = def.evidenceFor.filter((l) => !used.has(l) && MODEL_SENTENCE[l]);
  const first = missing[0] ?? def.evidenceFor[0] ?? "empathy";
  const second = missing.find((l) => l !== first && l !== "escalation" && l !== "boundary");
  const betterPhrasing = [MODEL_SENTENCE[first], second ? MODEL_SENTENCE[second] : undefined].filter(Boolean).join(" ");
  const tech = getTechnique(first);
  const bad = t.labels.find((h) => def.evidenceAgainst.includes(h.label));
  const advice = `${def.title}: ${bad ? `instead of "${bad.span.text}", ` : ""}${tech ? tech.definition : def.description}`;
  return { criterionId: weakest.id, turn: idx, quote: t.agentText, betterPhrasing, advice };
}
