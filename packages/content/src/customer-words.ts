import type { CustomerWords, Scenario } from "./schema";

/**
 * The simulated customer's words for the form of a turn (see `CustomerWords` in the schema), shared by every scenario that does
 * not word them itself. Kept here, in one place, rather than in the engine: a persona's own wording goes in her scenario's `words`.
 */
export const DEFAULT_CUSTOMER_WORDS: CustomerWords = {
  neither: "Neither of those, really.",
  neitherAngrier: "Neither of those.",
  nth: "The $nth one, please.",
  nthAngrier: "The $nth one, then, if that's all you've got.",
  picks: "$option, please.",
  otherDay: "$day? I said $mine.",
  otherTime: "$time? I said $mine.",
  arrived: "Hang on, let me look... Yes, it's come through.",
  detailsAgain: "I've just given you that.",
  frame: "'$frame'? Can you not be more exact than that?",
  notMyDoing: "No. I didn't do anything to cause this.",
  blamedElsewhere: "I don't care whose fault it was. I dealt with your company.",
  whatOptions: "Go on, then. What are the options?",
};

/** A scenario's words for the form of a turn: its own where it has them, the shared default for the rest. */
export function customerWords(s: Pick<Scenario, "words">): CustomerWords {
  return s.words ? { ...DEFAULT_CUSTOMER_WORDS, ...s.words } : DEFAULT_CUSTOMER_WORDS;
}
