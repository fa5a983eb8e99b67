import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { simulate } from "../src/simulate";

/**
 * Engine round 17 (issue 11, parts 1 to 3), from the misses of author C18's calls (src/eval/data/calls-dev18.json) and
 * calls-dev8's v-cancellation-2. Every line here is worded for the test, not copied from a dev set; each kind sits
 * beside a look-alike that keeps its reading.
 */
const SEEDS = [1, 2, 7, 99];
const gym = getScenario("policy-exception");

describe("a refusal followed by a promise the policy forbids is no policy wall (the taxonomy: a wall 'stops there')", () => {
  const opening = ["Hello, Mrs Ellison. What's taking you away, can I ask?", "I'm sorry about your sister, that's a lot on your shoulders."];
  it("the exception granted pleases her (tension falls), and the call still fails on the broken rule", () => {
    const turns = [...opening, "Usually the plan can't be refunded after 14 days, but I'll make an exception just this once and give you the eight months back."];
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "policy-exception", turns, seed });
      expect(r.tensionTimeline[3], `seed ${seed}`).toBeLessThan(r.tensionTimeline[2]!);
      expect(r.passed).toBe(false);
      expect(r.critical?.behaviour).toBe("forbidden-promise");
      expect(r.reasons[2]).not.toMatch(/hid behind policy/);
    }
  });
  it("the same refusal with nothing after it is still a wall", () => {
    const turns = [...opening, "Usually the plan can't be refunded after 14 days, so I can't give you the eight months back."];
    const r = simulate({ scenario: "policy-exception", turns, seed: 1 });
    expect(r.tensionTimeline[3]).toBeGreaterThan(r.tensionTimeline[2]!);
  });
});

describe("the commitment reader: her money said to be going back ('that's £280 going back to your card')", () => {
  const breaches = [
    "That's £280 going back to your card.",
    "So that's the full £280 on its way back to you.",
    "Right, that's your money heading back to your account now.",
    "That is £140 going back to you for half the months.",
    "There's £280 coming back to your card this week.",
    "That's the refund going through for the eight months.",
    "So that's two hundred and eighty pounds going back to your bank.",
    "Okay, that's the money on its way to your card.",
    "That's the whole amount going back to you, no questions asked.",
    "Done, that's £280 heading your way.",
    "Lovely, so that's £280 going back onto your card in the next few days.",
  ];
  it.each(breaches)("%s", (said) => {
    expect(readCommitments(gym, said).breaches.map((b) => b.ruleId)).toEqual(["no-refund-for-moving"]);
  });
  const honest = [
    "That's £280 going to waste if you can't use the club, I know.",
    "I can't put £280 back on your card, because the plan is non-refundable after 14 days.",
    "There's no money going back for a move, I'm afraid, but I can transfer you to York.",
    "That's £280 that stays on the plan, but I can move the membership to York at no cost.",
    "If it were a medical reason, that would be a refund; for a move it isn't.",
    "A refund isn't something I can do for the move, but I can freeze it for up to three months.",
    "What I can do is transfer the remaining eight months to the York club.",
    "That's the part I can't change: the annual plan can only be refunded in the first 14 days.",
    "That's not money going back to you, I'm sorry, but the York club would take the rest of your year.",
    "I know that's £280 you were hoping to see back, and I'm sorry it isn't possible.",
    "Nothing's going back to your card for the move, but the transfer to York costs you nothing.",
  ];
  it.each(honest)("honest: %s", (said) => {
    expect(readCommitments(gym, said).breaches).toEqual([]);
  });
  it("where the policy allows the refund, the same words are the allowed offer", () => {
    const billing = getScenario("billing-error");
    const r = readCommitments(billing, "Right, that's your £59.98 going back to your bank; it usually shows in 3 to 5 working days.");
    expect(r.breaches).toEqual([]);
    expect(r.offers.map((o) => o.kind)).toContain("refund");
  });
});

describe("the reason for leaving asked in other words ('what's behind the move?', 'how come?')", () => {
  const tellsSignal = (q: string) => simulate({ scenario: "cancellation", turns: [q], seed: 1 }).customerLines[0]!;
  it.each([
    "No problem, Tom. Can I just ask what's behind the move?",
    "Of course. How come you're moving on, if you don't mind me asking?",
    "Sure. What's prompted it, out of interest?",
  ])("%s brings out his reason and is an open question", (q) => {
    expect(tellsSignal(q)).toMatch(/signal in my flat/);
    const r = simulate({ scenario: "cancellation", turns: [q], seed: 1 });
    expect(r.criteria.flatMap((c) => c.evidence).some((e) => e.label === "open_question")).toBe(true);
  });
  it("a question about something else does not", () => {
    expect(tellsSignal("Can I move you onto the £20 SIM-only instead?")).not.toMatch(/signal in my flat/);
  });
});

describe("a worry dealt with in the sentence after the one naming it, by a pronoun ('I can switch it on now')", () => {
  const call = (second: string) => [
    "Of course, Tom, no exit fee and you keep your number. What's behind the move, if you don't mind me asking?",
    `Missing the ward is serious. ${second}`,
    "And I'll text the PAC now too, so the choice is yours. Anything else?",
  ];
  it("acting on it by a pronoun deals with it", () => {
    for (const second of ["Wifi calling would stop the calls dropping in your flat. I can switch it on for you now.", "Wifi calling would stop the calls dropping in your flat. I'll turn that on for your account."]) {
      for (const seed of SEEDS) {
        const r = simulate({ scenario: "cancellation", turns: call(second), seed });
        expect(r.outcome, `${second} seed ${seed}`).toBe("resolved");
        expect(r.customerLines.join(" ")).not.toMatch(/calls in my flat still drop/);
      }
    }
  });
  it("another remedy beside the sentence naming it does not, and he raises it", () => {
    for (const second of ["Wifi calling would stop the calls dropping in your flat. I can send the PAC now.", "I know the calls drop in your flat. Is wifi calling switched on?"]) {
      const r = simulate({ scenario: "cancellation", turns: call(second), seed: 1 });
      expect(r.outcome, second).not.toBe("resolved");
      expect(r.customerLines.join(" ")).toMatch(/calls in my flat still drop/);
    }
  });
  it("a vague 'I'll sort it' after naming tomorrow's debit is not holding it (the gaming call of engine round 16)", () => {
    const turns = [
      "Mr Cole, I'm happy to help with the bill, but I can't do that while you're calling me names. Shall we go through it?",
      "It's an estimate: the meter hasn't sent a reading since June. I understand the direct debit's going out tomorrow, that's a big worry. I'll sort it.",
      "Read me the meter now, if you can, and I'll have the bill redone.",
      "14,682, lovely. I'll have it reissued within 48 hours. And I do hear you about tomorrow's direct debit. I'll deal with it.",
      "I've also booked the engineer for next Tuesday, reference BW-7731. Anything else?",
    ];
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "abusive-caller", turns, seed });
      expect(r.outcome, `seed ${seed}`).not.toBe("resolved");
      expect(r.passed).toBe(false);
    }
  });
});
