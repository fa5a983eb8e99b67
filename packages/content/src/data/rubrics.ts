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

const trainerNote = "The practice engine cannot yet detect this, so it is scored from your trainer's review and left out of the simulator's provisional score.";

/**
 * Rubric v2: the criteria a contact-centre QA form scores, alongside v1 (attempts store the rubric id and
 * version they were scored with, so older attempts keep v1). Every label is evidence for one criterion
 * only. Four criteria need detection the engine does not have; they are `scoredBy: "trainer"` and their
 * descriptions say so. The new scenarios use it; the original five still use v1.
 */
export const qaGrade: RubricInput = {
  id: "qa-grade",
  version: 2,
  title: "QA-grade call quality (v2)",
  passMark: 80,
  criteria: [
    {
      id: "opening-idv",
      title: "Opening and ID&V",
      description: `Greets the customer, gives a name, and checks identity (identification and verification, for example name plus postcode or date of birth) before discussing or changing the account, without making security feel like an obstacle. ${trainerNote}`,
      weight: 10,
      levels: [
        "No greeting, and the account is discussed or changed without any identity check.",
        "A greeting, but ID&V is skipped or done after changes were made.",
        "Checks identity, but abruptly or before acknowledging an upset customer at all.",
        "A warm opening and a proportionate ID&V before account details are discussed.",
        "A warm opening, ID&V explained in a sentence and woven in after a first acknowledgement, data handled carefully throughout.",
      ],
      evidenceFor: [],
      evidenceAgainst: [],
      scoredBy: "trainer",
    },
    {
      id: "listening-empathy",
      title: "Listening and empathy",
      description:
        "Acknowledges how the customer feels in specific words, apologises where it is due, asks open questions and reflects back what matters to them. Brushing feelings aside counts against it.",
      weight: 20,
      levels: [
        "Dismisses or talks over the customer's feelings; asks nothing.",
        "A stock phrase of sympathy; questions are closed or leading.",
        "Acknowledges feelings and asks about the problem, though generically.",
        "Specific acknowledgement, open questions and a reflection that confirms the customer's priority.",
        "Listening shapes the whole call: the customer's own words come back, and the real need is found early.",
      ],
      evidenceFor: ["empathy", "apology", "reflection", "open_question"],
      evidenceAgainst: ["dismissive"],
    },
    {
      id: "ownership-resolution",
      title: "Ownership and resolution",
      description:
        "Takes personal responsibility, offers concrete remedies or real choices within policy, and commits to a follow-up the customer can hold them to. A refusal with no way forward counts against it.",
      weight: 20,
      levels: [
        "A policy wall or nothing offered; the customer leaves with no path forward.",
        "A vague intention ('we'll look into it') that nobody owns.",
        "One workable remedy, with little say for the customer.",
        "Owns the issue and offers a concrete remedy or a choice, with a follow-up.",
        "Owns it end to end, tailors options to what the customer said matters and closes every open loop.",
      ],
      evidenceFor: ["ownership", "solution", "options", "follow_up"],
      evidenceAgainst: ["policy_wall"],
    },
    {
      id: "accuracy-compliance",
      title: "Accuracy and compliance",
      description:
        "Explains what happened and what happens next accurately, in plain words, with honest timeframes. Promising anything the policy forbids is compliance-critical and fails the attempt outright (see critical behaviours).",
      weight: 15,
      levels: [
        "Wrong or misleading information, or internal jargon the customer cannot follow.",
        "Some explanation, but next steps or timings are vague or doubtful.",
        "Accurate, but either the why or the when is missing.",
        "Accurate plain-words explanation and an honest, concrete timeframe.",
        "Accurate, plain, honest about limits, and checks the customer has understood.",
      ],
      evidenceFor: ["explanation", "expectation"],
      evidenceAgainst: ["jargon"],
    },
    {
      id: "boundaries-escalation",
      title: "Boundaries, professionalism and escalation",
      description:
        "Stays respectful under pressure, sets calm limits on abuse (warning once, then ending the call properly if it continues), and involves a colleague or team when that genuinely serves the customer. Arguing, blaming and rudeness count against it.",
      weight: 15,
      levels: [
        "Rude, sarcastic, blaming or argumentative.",
        "Defensive; matches the customer's heat or lets abuse run unaddressed.",
        "Polite but brittle; limits are cold or escalation is a hand-off with no summary.",
        "Composed; sets a respectful limit or escalates warmly when needed.",
        "Composed throughout, limits that keep the door open, escalation only when it helps and always with a summary.",
      ],
      evidenceFor: ["boundary", "escalation"],
      evidenceAgainst: ["rude", "argue", "blame"],
    },
    {
      id: "vulnerability",
      title: "Vulnerability recognition",
      description: `Notices signs that a customer may be vulnerable (bereavement, financial hardship, illness, confusion, distress), responds with care, offers the support the policy allows (breathing space, a named contact, a specialist team) and records it with consent. ${trainerNote}`,
      weight: 10,
      levels: [
        "Misses clear signs of vulnerability or pushes on regardless.",
        "Notices, but responds with a script and no change of approach.",
        "Responds kindly but offers none of the support available.",
        "Adjusts the call and offers the support the policy allows.",
        "Adjusts the call, offers support, asks consent to record it and checks what else would help.",
      ],
      evidenceFor: [],
      evidenceAgainst: [],
      scoredBy: "trainer",
    },
    {
      id: "complaint-signposting",
      title: "Complaint recognition and signposting",
      description: `Recognises an expression of dissatisfaction as a complaint, offers to log it, explains the complaints process and, where it applies, the customer's right to go to the ombudsman. ${trainerNote}`,
      weight: 5,
      levels: [
        "Treats a clear complaint as a query and never mentions the process.",
        "Mentions a complaint only when the customer demands it.",
        "Logs the complaint but does not explain what happens next.",
        "Offers to log it and explains the process and timescales.",
        "Offers to log it, explains the process, timescales and the ombudsman route where it applies.",
      ],
      evidenceFor: [],
      evidenceAgainst: [],
      scoredBy: "trainer",
    },
    {
      id: "wrap-up-documentation",
      title: "Wrap-up and documentation",
      description: `Summarises what was agreed, checks nothing else is needed and leaves notes a colleague could act on without calling the customer again. ${trainerNote}`,
      weight: 5,
      levels: [
        "The call just stops; no summary and no usable notes.",
        "A summary or notes, but not both, and key facts are missing.",
        "Summary and notes, though thin.",
        "A clear summary, a check for anything else, notes with what was agreed and when.",
        "Clear summary, satisfaction check, notes with facts, promises, dates and references a colleague can act on.",
      ],
      evidenceFor: [],
      evidenceAgainst: [],
      scoredBy: "trainer",
    },
  ],
  critical: [
    {
      id: "insulted-customer",
      description: "Insulting, mocking or threatening the customer fails the attempt, however provoked the agent was.",
      trigger: "rude",
    },
    {
      id: "forbidden-promise",
      description:
        "Promising something the scenario's policy forbids is a compliance-critical error: it fails the attempt, because the customer would be let down a second time.",
      trigger: "forbidden_promise",
    },
  ],
};

export const rubricsData: RubricInput[] = [coreDeescalation, qaGrade];
