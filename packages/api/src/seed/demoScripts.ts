// What each demo learner does, in order. Agent lines are written like real learners' replies, of
// varied quality: skilled (acknowledge, ask, own, fix, say what happens next), middling (gets to a
// fix but skips the feelings and the questions) and poor (policy walls, arguing). The engine
// decides every outcome; the notes beside each script say what it decided when they were written
// (deterministic: the engine's seed only picks among equivalent customer lines).

export type Step =
  | { do: "lesson"; lessonId: string; daysAgo: number }
  /** `correct`: how many questions are answered correctly (the rest get a wrong option). */
  | { do: "quiz"; quizId: string; correct: number; daysAgo: number }
  /** `key` names the attempt within the learner's plan (its turns' clientTurnIds derive from it). */
  | { do: "roleplay"; key: string; scenarioId: string; lines: readonly string[]; daysAgo: number; review?: boolean };

export interface LearnerPlan {
  key: string;
  email: string;
  steps: readonly Step[];
}

const lesson = (lessonId: string, daysAgo: number): Step => ({ do: "lesson", lessonId, daysAgo });
const quiz = (quizId: string, correct: number, daysAgo: number): Step => ({ do: "quiz", quizId, correct, daysAgo });

const BILLING_SKILLED_LENA = [
  "I'm really sorry, Mrs Whitlock. Being charged three times your usual bill and then waiting twenty minutes on hold sounds really frustrating, especially after six years with us.",
  "What happened when you first noticed the charge? I want to make sure I understand everything before I fix it.",
  "Thank you. I can see it now: your discount ended and the bill jumped without anyone warning you. That's our mistake and I'm going to sort it myself. I'll refund the difference today and put you on our loyalty rate, so it goes back to about thirty pounds; the refund will be on your card within three to five working days.",
] as const; // resolved in 3 turns, passed (86)

const BILLING_SKILLED_PRIYA = [
  "That's a big jump on your bill and I completely understand why you're annoyed, especially after waiting so long. I'm sorry.",
  "Could you tell me what you were expecting to pay this month, so I can check it against what we charged?",
  "Right, I've found it: the discount ran out and nobody told you. I'll take care of it now. I'll refund the extra fifty-nine pounds today and set your plan back to thirty pounds a month, and you'll get an email confirming it within the hour.",
] as const; // resolved, passed (89)

const BILLING_MIDDLING = [
  "Okay, let me have a look at the account.",
  "The promotional discount ended last month, so the price went up to the standard rate.",
  "I can see if there's anything I can do. I could maybe put a loyalty discount on it.",
  "Sorry about that. I'll add the discount and you'll see it next month.",
] as const; // resolved, but failed (63): no acknowledgement until the end, no questions

const MISLED_MIDDLING = [
  "Okay, so Premium does work offline but only for files you've downloaded first.",
  "You need to tap the download icon on each project beforehand.",
  "Is there anything else I can help with?",
] as const; // call left ongoing, failed (46): explains, never acknowledges or offers a fix

const MISLED_SKILLED = [
  "I'm so sorry, that sounds really embarrassing, being in front of a couple and your portfolio not opening. I'd be upset too.",
  "Can you tell me what happened when you tried to open it? Did you see an error message?",
  "Let me explain: offline mode only works for projects that were downloaded to the device beforehand, and our page didn't make that clear, which is our fault.",
  "You've got two options: I can walk you through making your portfolio available offline right now, or, since you're within the fourteen-day cooling-off period, I can refund you in full today. Which would you prefer?",
] as const; // passed (79)

const POLICY_SKILLED = [
  "I'm sorry to hear about your sister, Mrs Ellison. Moving to look after her is a big thing to be dealing with.",
  "Let me explain how the annual plan works: it's paid upfront at a discount, so normally it isn't refundable part-way through, and I understand that's not what you want to hear.",
  "There are a couple of options though. I can transfer your membership to our York club at no cost, or I can put in a request for a pro-rata refund as an exception, given the circumstances. Which would suit you better?",
  "I'll raise that request myself today and call you back by Friday with the answer.",
] as const; // passed (91)

const REFUND_POOR = [
  "Okay. What's the order number?",
  "Well, it's been more than thirty days, so it's not eligible for a refund. That's the policy.",
  "Calm down, sir. There's nothing I can do about it.",
  "You'll have to send it in for repair like everyone else.",
] as const; // escalated on the third turn (policy wall, dismissive)

const ABUSIVE_POOR = [
  "Okay, can I take your account number please?",
  "Our meter readings are always accurate, so the bill is correct.",
  "There's no need to be like that. You'll have to pay it or we'll pass it to collections.",
] as const; // escalated on the second turn (arguing)

const ABUSIVE_SKILLED = [
  "I want to help you sort this bill out, Mr Cole, but I need you to stop calling me names so we can do that together.",
  "I can hear how angry you are, and a four-hundred-pound bill you don't recognise would worry anyone. I'm sorry it's come to this.",
  "What reading is showing on your meter right now? I'll check it against the one we used.",
  "Thank you. That's much lower than ours, so the bill was based on an estimate, and that's our mistake. I'll correct it today, put a hold on the payment so nothing is taken, and you'll get a new bill by email within two days.",
] as const; // resolved, passed (77)

/** Lena's billing-error call gets a released review, so the demo learner sees trainer feedback. */
export const LENA_REVIEW = {
  comment:
    "Lovely opening, Lena: you named how Mrs Whitlock felt before anything else, and your question gave her room to explain. Next time, split the fix into two short sentences and check she is happy with it before you close.",
  overrides: [
    {
      criterionId: "clear-communication",
      level: 3,
      comment: "The refund, the new rate and the timescale were all there and accurate; the one long sentence is the only thing holding this back.",
    },
  ],
} as const;

export const DEMO_PLANS: readonly LearnerPlan[] = [
  {
    key: "lena",
    email: "learner@defuse.test",
    steps: [
      lesson("brief-billing-error", 12),
      quiz("brief-billing-error-check", 3, 12),
      lesson("brief-misled-features", 9),
      { do: "roleplay", key: "billing-1", scenarioId: "billing-error", lines: BILLING_SKILLED_LENA, daysAgo: 6, review: true },
    ],
  },
  {
    key: "priya",
    email: "priya@defuse.test",
    steps: [
      lesson("brief-billing-error", 24),
      quiz("brief-billing-error-check", 3, 24),
      lesson("brief-misled-features", 22),
      quiz("brief-misled-features-check", 1, 22),
      quiz("brief-misled-features-check", 3, 21),
      lesson("brief-refund-demand", 19),
      quiz("brief-refund-demand-check", 2, 19),
      lesson("brief-policy-exception", 17),
      quiz("brief-policy-exception-check", 3, 17),
      { do: "roleplay", key: "misled-1", scenarioId: "misled-features", lines: MISLED_MIDDLING, daysAgo: 16 },
      lesson("brief-abusive-caller", 11),
      quiz("brief-abusive-caller-check", 3, 11),
      lesson("cw-active-listening", 5),
      quiz("cw-active-listening-check", 3, 5),
      { do: "roleplay", key: "billing-1", scenarioId: "billing-error", lines: BILLING_SKILLED_PRIYA, daysAgo: 4 },
    ],
  },
  {
    key: "marcus",
    email: "marcus@defuse.test",
    steps: [
      lesson("brief-billing-error", 23),
      quiz("brief-billing-error-check", 2, 23),
      { do: "roleplay", key: "billing-1", scenarioId: "billing-error", lines: BILLING_MIDDLING, daysAgo: 20 },
      lesson("brief-misled-features", 15),
      quiz("brief-misled-features-check", 3, 15),
      lesson("brief-policy-exception", 8),
      quiz("brief-policy-exception-check", 3, 8),
      lesson("cw-active-listening", 6),
      lesson("cw-open-questions", 4),
      { do: "roleplay", key: "policy-1", scenarioId: "policy-exception", lines: POLICY_SKILLED, daysAgo: 3 },
    ],
  },
  {
    key: "sofia",
    email: "sofia@defuse.test",
    steps: [
      lesson("brief-billing-error", 18),
      lesson("brief-refund-demand", 14),
      quiz("brief-refund-demand-check", 1, 14),
      { do: "roleplay", key: "refund-1", scenarioId: "refund-demand", lines: REFUND_POOR, daysAgo: 13 },
      quiz("brief-refund-demand-check", 3, 8),
    ],
  },
  {
    key: "tom",
    email: "tom@defuse.test",
    steps: [
      lesson("cw-active-listening", 10),
      quiz("cw-active-listening-check", 2, 10),
      { do: "roleplay", key: "abusive-1", scenarioId: "abusive-caller", lines: ABUSIVE_POOR, daysAgo: 2 },
    ],
  },
  {
    key: "hana",
    email: "hana@defuse.test",
    steps: [
      lesson("brief-billing-error", 21),
      quiz("brief-billing-error-check", 3, 21),
      lesson("brief-misled-features", 20),
      quiz("brief-misled-features-check", 3, 20),
      { do: "roleplay", key: "misled-1", scenarioId: "misled-features", lines: MISLED_SKILLED, daysAgo: 10 },
      lesson("brief-abusive-caller", 7),
      quiz("brief-abusive-caller-check", 2, 7),
      { do: "roleplay", key: "abusive-1", scenarioId: "abusive-caller", lines: ABUSIVE_SKILLED, daysAgo: 1 },
    ],
  },
  // Declan has not started yet: the trainer dashboard shows who needs a nudge.
];
