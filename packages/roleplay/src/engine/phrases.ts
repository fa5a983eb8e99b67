import type { LabelId } from "@defuse/content";

/** How each label reads in a one-sentence reason ("you ..."). */
export const LABEL_PHRASE: Record<LabelId, string> = {
  empathy: "named how they feel",
  apology: "apologised for the problem",
  reflection: "played their problem back to them",
  open_question: "asked an open question",
  ownership: "took ownership of the fix",
  solution: "offered a concrete fix",
  options: "gave them a real choice",
  expectation: "said what happens next and when",
  boundary: "set a calm limit while still offering help",
  escalation: "offered to bring in someone who can help",
  explanation: "explained what happened in plain words",
  follow_up: "committed to following up",
  blame: "put the blame on them or someone else",
  dismissive: "brushed their feelings aside",
  argue: "argued with them",
  policy_wall: "hid behind policy without an alternative",
  jargon: "used terms they don't know",
  rude: "were rude to them",
};

/** A model sentence per technique, used when suggesting a better phrasing. Written for Defuse. */
export const MODEL_SENTENCE: Record<string, string> = {
  empathy: "I can hear how much this has thrown you, and it makes complete sense that you're upset.",
  apology: "I'm sorry this happened to you; it should not have.",
  reflection: "So, if I've followed you, the problem is what you've just told me, and it has cost you time and worry.",
  open_question: "Can you talk me through what happened from the start?",
  ownership: "I'm going to handle this myself until it's put right.",
  solution: "Here is what I can do for you right now to fix it.",
  options: "There are two ways I can put this right, and you can pick whichever suits you better.",
  expectation: "You'll see the change within three working days, and I'll send you a reference today.",
  boundary: "I do want to help you with this, and I need us to keep the conversation respectful so I can.",
  escalation: "If you'd like, I can bring in a specialist colleague who can look at this with me.",
  explanation: "This happened because of how the account was set up; in plain terms, the change was never applied.",
  follow_up: "I'll call you back on Thursday to check everything has gone through. Is there anything else I can help with?",
};

export const HINT_PROMPT: Record<string, string> = {
  empathy: "Before fixing anything, put into words what this is costing them and how it feels.",
  apology: "Say sorry for the problem itself (not for their reaction).",
  reflection: "Play back the heart of their problem in your own words and check you've got it right.",
  open_question: "Ask a what/how question that lets them tell the story in their own words.",
  ownership: "Tell them you personally will see this through.",
  solution: "Offer one concrete remedy you can actually do within policy.",
  options: "Offer two workable alternatives and let them choose.",
  expectation: "Give a concrete timeframe or the next steps, so they know what happens when.",
  boundary: "Calmly ask to keep the language respectful, and in the same breath say you want to help.",
  escalation: "If it's beyond you, offer to bring in a supervisor or specialist.",
  explanation: "Explain in plain words why it happened or why the rule exists, without internal terms.",
  follow_up: "Commit to a follow-up, or check whether they're happy and need anything else.",
};
