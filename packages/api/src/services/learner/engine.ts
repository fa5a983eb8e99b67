/**
 * The only place the learner services touch @defuse/roleplay. The engine is pure and its state is
 * JSON-serialisable, so the server keeps it in the attempt row between requests (several Next.js
 * instances may serve one conversation; nothing lives in process memory).
 */
// TEMPORARY until @defuse/roleplay publishes src/index.ts: loaded lazily so the rest of the API
// (and everyone else's tests) keeps working while the engine is being written.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let roleplay: any = null;
const ROLEPLAY = "@defuse/roleplay";
export async function ready() {
  roleplay ??= await import(/* webpackIgnore: true */ ROLEPLAY);
}
import type { RubricT, ScenarioT } from "./content";

export type Intensity = "full" | "reduced";
export type EngineState = unknown;

export interface EngineTurn {
  agentText: string;
  labels: unknown;
  tensionBefore: number;
  tensionAfter: number;
  reason: string;
  customerLine: string;
  revealedFacts: unknown[];
  ended: boolean;
  outcome: string;
}

export interface LabelSpan {
  label: string;
  start: number;
  end: number;
  text: string;
}

export interface EngineScore {
  score: number;
  passed: boolean;
  criteria: Array<{
    id: string;
    title: string;
    level: number;
    points: number;
    maxPoints: number;
    evidence: Array<{ turn: number; quote: string; label: string; effect: string }>;
  }>;
  critical: unknown[];
  strengths: unknown[];
  improvement: { criterionId: string; turn: number; quote: string; betterPhrasing: string; advice: string } | null;
}

export function start(scenario: ScenarioT, opts: { seed: number; intensity: Intensity }): EngineState {
  return roleplay.startConversation(scenario, opts);
}

export function step(scenario: ScenarioT, state: EngineState, input: { text: string } | { choiceId: string }) {
  const arg = "text" in input ? input.text : { choiceId: input.choiceId };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const r = roleplay.takeTurn(scenario, state as any, arg as any) as { state: EngineState; turn: EngineTurn };
  return r;
}

export function hint(scenario: ScenarioT, state: EngineState): { technique: string; name: string; prompt: string } {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return roleplay.suggestHint(scenario, state as any) as { technique: string; name: string; prompt: string };
}

export function score(scenario: ScenarioT, rubric: RubricT, turns: EngineTurn[]): EngineScore {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return roleplay.scoreConversation(scenario, rubric, turns as any) as unknown as EngineScore;
}

/** Tension, whether the call has ended and how, read from a state. */
export function summary(state: EngineState): { tension: number; ended: boolean; outcome: string; nodeId: string | null; openingLine: string | null } {
  const s = state as Record<string, unknown>;
  return {
    tension: Number(s.tension ?? 0),
    ended: Boolean(s.ended),
    outcome: String(s.outcome ?? "ongoing"),
    nodeId: typeof s.nodeId === "string" ? s.nodeId : null,
    openingLine: typeof s.openingLine === "string" ? s.openingLine : null,
  };
}

/**
 * Normalised label spans of a turn. The analyser reports `{techniques: [{label, span}], pitfalls: [...]}`;
 * a flat array of `{label, start, end}` is accepted too.
 */
export function spansOf(labels: unknown): LabelSpan[] {
  let hits: unknown[] = [];
  if (Array.isArray(labels)) hits = labels;
  else if (labels && typeof labels === "object") {
    const o = labels as { techniques?: unknown[]; pitfalls?: unknown[] };
    hits = [...(Array.isArray(o.techniques) ? o.techniques : []), ...(Array.isArray(o.pitfalls) ? o.pitfalls : [])];
  }
  return hits
    .map((h) => h as Record<string, unknown>)
    .filter((h) => h && typeof h.label === "string")
    .map((h) => {
      const sp = (h.span && typeof h.span === "object" ? h.span : h) as Record<string, unknown>;
      return { label: String(h.label), start: Number(sp.start ?? 0), end: Number(sp.end ?? 0), text: String(sp.text ?? "") };
    });
}
