import type { z } from "zod";
import type { Rubric } from "../schema";

type RubricInput = z.input<typeof Rubric>;

/**
 * One rubric for practice, assessment and trainer review, so a learner's practice score means the
 * same thing as their assessed score. All five scenarios share it; the persona differences live in
 * each scenario's engine tuning, not in a different yardstick.
 */
export const coreDeescalation: RubricInput = {
  id: "core-deescalation",
  version: 1,
  title: "Core de-escalation",
  passMark: 70,
  criteria: [
    {
      id: "acknowledge-emotion",
      title: "Acknowledges the customer's feelings",
      description:
        "Recognises how the customer feels and what the problem is costing them, early and in specific words, and apologises for the problem where an apology is due.",
      weight: 20,
      levels: [
        "Ignores or dismisses the customer's feelings, or tells them to calm down.",
        "A single stock phrase, delivered late or immediately undercut by a 'but'.",
        "Acknowledges feelings at least once, though generically.",
        "Acknowledges feelings specifically and apologises for the problem where it fits.",
        "Empathy runs through the call, is tied to the customer's own situation and visibly lowers the temperature.",
      ],
      evidenceFor: ["empathy", "apology", "reflection"],
      evidenceAgainst: ["dismissive"],
    },
    {
      id: "understand-problem",
      title: "Gets to the real problem",
      description:
        "Uses open questions and reflecting back to find out what actually happened and what the customer needs, instead of guessing or arguing.",
      weight: 20,
      levels: [
        "Argues with the customer's account or blames them; never establishes the facts.",
        "Asks only closed or leading questions; key facts stay hidden.",
        "Finds out the basic problem but misses what matters most to the customer.",
        "Uses open questions and a reflection to confirm the problem and the customer's priority.",
        "Uncovers the underlying cause and the customer's real need, and checks understanding aloud.",
      ],
      evidenceFor: ["open_question", "reflection"],
      evidenceAgainst: ["argue", "blame"],
    },
    {
      id: "ownership-resolution",
      title: "Owns the issue and moves to a resolution",
      description:
        "Takes personal responsibility, offers concrete remedies or real choices within policy, and involves someone else when that genuinely serves the customer.",
      weight: 25,
      levels: [
        "Refuses with a policy wall or offers nothing; the customer leaves with no path forward.",
        "Offers a vague intention ('we'll look into it') without owning it.",
        "Offers one workable remedy but leaves the customer little say.",
        "Owns the issue and offers a concrete remedy or a choice between workable options.",
        "Owns it, offers well-chosen options within policy and tailors them to what the customer said matters.",
      ],
      evidenceFor: ["ownership", "solution", "options", "escalation"],
      evidenceAgainst: ["policy_wall"],
    },
    {
      id: "clear-communication",
      title: "Communicates clearly",
      description:
        "Explains in plain words, says what will happen next and by when, and closes the loop.",
      weight: 15,
      levels: [
        "Relies on internal terms or confusing explanations; the customer cannot tell what happens next.",
        "Some plain explanation, but next steps are vague ('soon').",
        "Explains clearly or sets a timeframe, but not both.",
        "Explains why in plain words and sets a concrete expectation.",
        "Plain explanation, concrete timeframe and a follow-up commitment or satisfaction check.",
      ],
      evidenceFor: ["explanation", "expectation", "follow_up"],
      evidenceAgainst: ["jargon"],
    },
    {
      id: "composure-boundaries",
      title: "Stays composed and professional",
      description:
        "Keeps a steady, respectful tone under pressure, does not take the bait, and sets calm limits on abuse while still offering help.",
      weight: 20,
      levels: [
        "Rude, sarcastic or threatening towards the customer.",
        "Defensive or argumentative; matches the customer's heat.",
        "Stays polite but brittle; lets abuse run unaddressed or shuts it down coldly.",
        "Composed throughout; sets a respectful limit when needed.",
        "Composed, sets limits that keep the door open to help, and steadies the call noticeably.",
      ],
      evidenceFor: ["boundary", "empathy"],
      evidenceAgainst: ["rude", "argue", "blame", "dismissive"],
    },
  ],
  critical: [
    {
      id: "insulted-customer",
      description:
        "Insulting, mocking or threatening the customer fails the attempt, however provoked the agent was.",
      trigger: "rude",
    },
    {
      id: "forbidden-promise",
      description:
        "Promising something the scenario's policy forbids (for example a refund the plan does not allow) fails the attempt, because the customer would be let down a second time.",
      trigger: "forbidden_promise",
    },
  ],
};

export const rubricsData: RubricInput[] = [coreDeescalation];
