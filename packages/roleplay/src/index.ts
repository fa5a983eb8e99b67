/**
 * @defuse/roleplay: the role-play engine. Pure TypeScript, no network, no database.
 *
 * - `label(text)` recognises techniques and pitfalls in one agent utterance, with the span that shows each.
 * - `startConversation` / `takeTurn` / `replay` run the simulated customer turn by turn; the state is
 *   plain JSON so a server can persist it and rebuild it.
 * - `scoreConversation` scores an attempt against a rubric with quoted evidence.
 * - `simulate` plays and scores a whole attempt (what the CLI prints); `suggestHint` nudges a learner.
 * Everything is deterministic for a given seed.
 */
export { label, labelIds, MAX_CHARS } from "./analyser/label";
export type { LabelHit, LabelResult, LabelContext, Span } from "./analyser/label";
export {
  startConversation,
  takeTurn,
  replay,
  RoleplayInputError,
  DEFAULT_EFFECTS,
  ESCALATE_AT,
} from "./engine/conversation";
export type {
  ConversationState,
  TurnRecord,
  TakeTurnResult,
  AgentInput,
  Outcome,
  Intensity,
  StartOptions,
  AbuseState,
} from "./engine/conversation";
export { scoreConversation, forbiddenPromises } from "./scoring/score";
export type { ScoreResult, CriterionScore, Evidence, CriticalFailure, CriticalSummary, Improvement, ScorableTurn } from "./scoring/score";
export { scoreTranscript, TranscriptInputError, MAX_TRANSCRIPT_TURNS } from "./scoring/transcript";
export type { TranscriptTurn, TranscriptSpeaker, TranscriptTurnResult, TranscriptScore } from "./scoring/transcript";
export { readTension, tensionSignals } from "./scoring/tension";
export type { TensionReading, TensionSignal } from "./scoring/tension";
export { assessTurn, snapSpan } from "./engine/substance";
export type { Credit, Assessment } from "./engine/substance";
export type { TurnOffer, TurnBreach, TurnCommitments } from "./engine/offers";
export { readCommitments, engagesWithRemedies } from "./commitments";
export type { CommitmentReading, Offer, Breach, Statement, Engagement, Quote, CommitmentTiming } from "./commitments";
export { simulate, resolveScenario } from "./simulate";
export type { SimulateInput, SimulateOutput } from "./simulate";
export { suggestHint } from "./hint";
export type { Hint } from "./hint";
