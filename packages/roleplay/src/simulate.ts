import type { Rubric, Scenario } from "@defuse/content";
import { getRubric, getScenario } from "@defuse/content";
import { replay, RoleplayInputError, type AgentInput, type Intensity, type Outcome } from "./engine/conversation";
import { scoreConversation, type CriticalSummary, type Evidence } from "./scoring/score";

export interface SimulateInput {
  scenario: string | Scenario;
  turns: AgentInput[];
  seed?: number;
  intensity?: Intensity;
  /** Defaults to the scenario's own rubric. */
  rubric?: Rubric;
}
export interface SimulateOutput {
  scenario: string;
  outcome: Outcome;
  finalTension: number;
  tensionTimeline: number[];
  score: number;
  passed: boolean;
  /** Why it passed or did not, in one sentence. */
  verdict: string;
  /** The first critical behaviour (its id, the learner's words, why), or null. */
  critical: CriticalSummary | null;
  /** Agent turns scored: every turn played, including turns after the customer was satisfied. */
  turnsScored: number;
  /** Set when the outcome is "ended": whether the agent ended the abusive call properly. */
  endedProperly?: boolean;
  criteria: { id: string; level: number; points: number; reason: string; evidence: Evidence[]; scoredBy?: "trainer" }[];
  customerLines: string[];
  reasons: string[];
}

export function resolveScenario(s: string | Scenario): Scenario {
  if (typeof s === "object" && s !== null) return s;
  const found = typeof s === "string" ? getScenario(s) : undefined;
  if (!found) throw new RoleplayInputError(`unknown scenario "${String(s)}"`);
  return found;
}

/** Plays a whole attempt and scores it: what the CLI's `simulate` prints. */
export function simulate(input: SimulateInput): SimulateOutput {
  const scenario = resolveScenario(input.scenario);
  const rubric = input.rubric ?? getRubric(scenario.rubricId);
  if (!rubric) throw new RoleplayInputError(`scenario "${scenario.id}" points at unknown rubric "${scenario.rubricId}"`);
  if (!Array.isArray(input.turns)) throw new RoleplayInputError(`"turns" must be an array`);
  const state = replay(scenario, input.turns, { seed: input.seed ?? 1, intensity: input.intensity });
  const s = scoreConversation(scenario, rubric, state.turns);
  return {
    scenario: scenario.id,
    outcome: state.outcome,
    finalTension: state.tension,
    tensionTimeline: [scenario.startTension, ...state.turns.map((t) => t.tensionAfter)],
    score: s.score,
    passed: s.passed,
    verdict: s.verdict,
    critical: s.firstCritical,
    turnsScored: s.turnsScored,
    ...(state.outcome === "ended" ? { endedProperly: state.endedProperly === true } : {}),
    criteria: s.criteria.map((c) => ({ id: c.id, level: c.level, points: c.points, reason: c.reason, evidence: c.evidence, ...(c.scoredBy === "trainer" ? { scoredBy: "trainer" as const } : {}) })),
    customerLines: state.turns.map((t) => t.customerLine),
    reasons: state.turns.map((t) => t.reason),
  };
}
