/**
 * The commitment reader: what an agent commits to in one utterance, as structured data held against
 * the scenario's policy (`scenario.policy` in @defuse/content). See ../../README.md.
 */
export { readCommitments, engagesWithRemedies, money, refersBack, MAX_COMMITMENT_CHARS } from "./read";
export { AWAITS_FINDING_RE } from "./lexicon";
export type {
  CommitmentReading,
  Offer,
  Breach,
  Statement,
  Engagement,
  Quote,
  CommitmentTiming,
  Actor,
  PolicyScenario,
} from "./read";
