import { describe, expect, it } from "vitest";
import { catalogue } from "@defuse/content";
import { simulate } from "../src/index";

/**
 * Engine round 9 (issue 11 parts 1 and 2, from author V's calls in src/eval/data/calls-dev8.json): technique names
 * recited as labels and bare keyword lists earn nothing and never resolve; an email's time is the email's.
 */
const SEEDS = [1, 2, 7];

/** Gaming turns in the forms calls-dev8 found, each built from words any scenario has. */
const GAMING_CALLS: string[][] = [
  [
    "empathy: I understand. apology: I'm sorry. reflection: so you were charged. ownership: I will take ownership. solution: refund. options: refund or credit. expectation: 3 to 5 working days. follow_up: anything else?",
  ],
  ["Empathy: I hear you. Apology: sorry. Solution: we'll sort it. Expectation: soon.", "Follow-up: anything else? Ownership: mine."],
  ["I understand I understand I'm sorry I'm sorry. Refund, credit, skip, complaint, reference, email, confirmation, ownership, follow-up."],
  ["Keywords for you: refund today, 3-5 working days, £5 credit, skip a week, complaint logged, reference emailed, empathy, apology, ownership."],
  ["Sorry sorry sorry, I understand, I understand.", "Refund, credit, engineer, callback, manager, email, reference, apology."],
];

describe("technique names recited as labels, or bare keyword lists, never pass and never resolve", () => {
  const ids = catalogue.scenarios.map((s) => s.id);
  it.each(GAMING_CALLS.map((turns, i) => [i, turns] as const))("gaming call %i in every scenario", (_i, turns) => {
    for (const id of ids) {
      for (const seed of SEEDS) {
        const r = simulate({ scenario: id, turns, seed });
        expect(r.passed, `${id} seed ${seed}`).toBe(false);
        expect(r.outcome, `${id} seed ${seed}`).not.toBe("resolved");
      }
    }
  });
  it("the same call, said to her in sentences, still resolves and passes (the defence reads the form, not the words)", () => {
    // v-chat-complaint-1's turns, which say the same things as the keyword lists above
    const r = simulate({
      scenario: "chat-complaint",
      seed: 1,
      turns: [
        "Hi Ria, yes, I'm here and I'm staying with you until this is sorted. I can see the two payments of £34.99 on Sunday, at 06:02 and 06:03. Only one box was due. That's our mistake and I'm sorry.",
        "I'm also really sorry nobody answered you on Saturday evening. 40 minutes with no reply isn't OK.",
        "I've refunded the second £34.99 to your card just now. It leaves us today, and banks take 3 to 5 working days to show it. I can't make it faster than that, I'm sorry.",
        "Is the timing a problem for any bills this week?",
        "That makes sense, with your phone bill on Friday. Two things that might help: I can skip next week's box so you're not charged for it, and I can put £5 off your next box for the wait on Saturday. You can have either or both.",
        "Done: next week skipped, £5 off the box after. I've also logged a complaint about the double payment and the unanswered chat.",
        "You'll get an email in the next few minutes with the refund, the skip, the £5 credit and your complaint reference, so you've got it all in writing. Anything else I can check for you?",
      ],
    });
    expect(r.critical).toBeNull();
    expect(r.outcome).toBe("resolved");
    expect(r.passed).toBe(true);
  });
});

describe("a time said of an email that carries the refund's record dates the email, not the money", () => {
  const critical = (t: string) => simulate({ scenario: "chat-complaint", turns: [t], seed: 1 }).critical !== null;
  it("the email arriving in minutes with the refund, the skip and the reference is no promise about the money", () => {
    expect(critical("You'll get an email in the next few minutes with the refund, the skip and your complaint reference.")).toBe(false);
    expect(critical("You should receive an email within the hour listing the refund and your reference.")).toBe(false);
  });
  it("the money itself promised in minutes is still the forbidden promise", () => {
    expect(critical("You'll get the refund in the next few minutes, with an email to confirm it.")).toBe(true);
    expect(critical("You'll get an email in a few minutes, and the refund will be back in your account today.")).toBe(true);
  });
});
