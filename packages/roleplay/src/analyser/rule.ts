import type { LabelId } from "@defuse/content";

/** One entry of the rule table (rules.ts): a cue for a label, and what it does to the model's decision. Its own module so that
 * rule families kept apart (rude-tone.ts) can be typed without importing the table that takes them in. */
export interface Rule {
  id: string;
  label: LabelId;
  /** searched in the normalised text (lower case, typos repaired), or in the learner's own casing with `cased` */
  cue: RegExp;
  cased?: boolean;
  /**
   * with `cased`: a cue about the capitals themselves (analyser round 25: a run of words shouted in capitals), read even when
   * the whole turn is in capitals and without the acronym check the jargon cue needs
   */
  caps?: boolean;
  /** the cue's sentence must also match this */
  guard?: RegExp;
  /** the cue is silenced when its sentence matches this */
  unless?: RegExp;
  /** `guard` and `unless` look at the whole utterance instead of the cue's sentence */
  wide?: boolean;
  /** only in a question (true) or only in a statement (false) */
  question?: boolean;
  /** default true: a negated cue does not count */
  negatable?: boolean;
  effect?: "cue" | "feature" | "assert" | "veto";
  /**
   * the cue shows both this rule's label and this one on purpose, so the pair the definitions usually keep apart
   * (`exclusive` in the model) does not apply when it fires ("I'm sorry… Mind you, you were meant to keep the receipt")
   */
  keepsWith?: LabelId;
  /**
   * a veto that says only that its words are no evidence for its label (analyser round 25): it stands down when an assert or
   * a promoted cue of that label fired in the turn (`applyVetoes` in model.ts)
   */
  yields?: boolean;
  /** ids of the labelled lines (src/eval/data) that motivated the rule */
  examples: string[];
}
