/**
 * The only place the learner services touch @defuse/roleplay. The engine is pure and its state is
 * plain JSON, so the server keeps it in the attempt row between requests (several Next.js
 * instances may serve one conversation; nothing lives in process memory).
 */
import {
  scoreConversation,
  startConversation,
  suggestHint,
  takeTurn,
  type ConversationState,
  type ScorableTurn,
  type ScoreResult,
  type TurnRecord,
} from "@defuse/roleplay";
import { AppError } from "../../errors";
import type { RubricT, ScenarioT } from "./content";

/** What the attempt row stores ("full" is the engine's "standard"). */
export type Intensity = "full" | "reduced";
export type EngineState = ConversationState;
export type EngineTurn = TurnRecord;
export type EngineScore = ScoreResult;

export interface LabelSpan {
  label: string;
  start: number;
  end: number;
  text: string;
}

export function start(scenario: ScenarioT, opts: { seed: number; intensity: Intensity }): EngineState {
  return startConversation(scenario, { seed: opts.seed, intensity: opts.intensity === "reduced" ? "reduced" : "standard" });
}

export function step(scenario: ScenarioT, state: EngineState, input: { text: string } | { choiceId: string }) {
  try {
    return takeTurn(scenario, state, "text" in input ? input.text : { choiceId: input.choiceId });
  } catch (err) {
    if (err instanceof Error && err.name === "RoleplayInputError") {
      throw new AppError("INVALID_INPUT", "That reply could not be used in this conversation. Reload the page and try again.");
    }
    throw err;
  }
}

export function hint(scenario: ScenarioT, state: EngineState) {
  return suggestHint(scenario, state);
}

export function score(scenario: ScenarioT, rubric: RubricT, turns: ScorableTurn[]): EngineScore {
  return scoreConversation(scenario, rubric, turns);
}

/** Tension, whether the call has ended and how, read from a state. */
export function summary(state: EngineState | null | undefined) {
  return {
    tension: state?.tension ?? 0,
    ended: !!state && (state.outcome !== "ongoing" || state.nodeId === null),
    outcome: state?.outcome ?? "ongoing",
    nodeId: state?.nodeId ?? null,
    openingLine: state?.openingLine ?? null,
  };
}

/** Normalised label spans of a stored turn (`[{label, span: {start, end, text}}]`). */
export function spansOf(labels: unknown): LabelSpan[] {
  if (!Array.isArray(labels)) return [];
  return labels
    .map((h) => h as { label?: unknown; span?: { start?: unknown; end?: unknown; text?: unknown } })
    .filter((h) => h && typeof h.label === "string" && h.span)
    .map((h) => ({ label: String(h.label), start: Number(h.span!.start ?? 0), end: Number(h.span!.end ?? 0), text: String(h.span!.text ?? "") }));
}
