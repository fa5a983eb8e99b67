import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { simulate } from "../src/simulate";

/**
 * Engine round 16 (issue 11, part 3: "a call resolves only when the persona's key needs and facts (the deadline, the
 * real worry) have been dealt with"). From author C16's gaming call c16-abusive-caller-2 (src/eval/data/calls-dev16.json),
 * which named tomorrow's direct debit three times, never held it, and resolved. Every line here is worded for the
 * test, not copied from a dev set.
 */
const SEEDS = [1, 2, 7, 99];
const energy = getScenario("abusive-caller");
const holds = (text: string) => readCommitments(energy, text).offers.some((o) => o.remedyId === "hold-direct-debit");

/** Each kind of wording good calls use for the hold, with look-alikes that are no hold. */
const WORDINGS: { kind: string; held: string[]; notHeld: string[] }[] = [
  {
    kind: "the debit said to be held, as a fact",
    held: ["Tomorrow's direct debit is on hold until the new bill's out.", "Right, the payment's on hold and the new bill follows within 48 hours."],
    notHeld: ["Is tomorrow's direct debit on hold?", "Tomorrow's direct debit isn't on hold, I'm afraid."],
  },
  {
    kind: "the debit stopped, done, or the payment or collection named for it",
    held: ["I've stopped tomorrow's direct debit, so nothing leaves your account.", "I've stopped that collection, and the new bill will be out within 48 hours.", "The first thing I'll do is stop tomorrow's payment."],
    notHeld: ["I can't stop tomorrow's payment, but I can reissue the bill within 48 hours.", "Was the collection stopped last month?"],
  },
  {
    kind: "a pronoun for the debit named just before it",
    held: ["The direct debit tomorrow: I've put it on hold.", "First, the direct debit that's due tomorrow, I've put that on hold.", "Tomorrow's direct debit, don't worry, it won't go out."],
    notHeld: [
      "The engineer visit you were promised, I've stopped it being cancelled again.",
      "The bill is wrong, and I've put it on hold for review.",
      "The direct debit, it will go out tomorrow as normal.",
      "The direct debit, I can't stop it, I'm sorry.",
    ],
  },
];

describe("the commitment reader hears the debit held in the words good calls use", () => {
  it.each(WORDINGS)("$kind", ({ held, notHeld }) => {
    for (const text of held) expect(holds(text), text).toBe(true);
    for (const text of notHeld) expect(holds(text), text).toBe(false);
  });
});

// The gaming pattern: tomorrow's debit named, never held, beside real fixes to the bill.
const NAMED_NEVER_HELD = [
  "Mr Cole, I'm happy to help with the bill, but I can't do that while you're calling me names. Shall we go through it?",
  "It's an estimate: the meter hasn't sent a reading since June. I understand the direct debit's going out tomorrow, that's a big worry.",
  "Read me the meter now, if you can, and I'll have the bill redone.",
  "14,682, lovely. I'll have it reissued within 48 hours. And I do hear you about tomorrow's direct debit.",
  "I've also booked the engineer for next Tuesday, reference BW-7731. Anything else?",
  "I hear you about tomorrow, honestly. The corrected bill will be out within 48 hours.",
];
const holdInstead = (wording: string) => NAMED_NEVER_HELD.map((t, i) => (i === 3 ? `14,682, lovely. I'll have it reissued within 48 hours. ${wording}` : t));

describe("a worry tied to an allowed remedy is dealt with by doing something about it, not by naming it", () => {
  it("tomorrow's debit named three times and never held does not resolve the call, and she asks about it herself", () => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "abusive-caller", turns: NAMED_NEVER_HELD, seed });
      expect(r.outcome, `seed ${seed}`).not.toBe("resolved");
      expect(r.passed, `seed ${seed}`).toBe(false);
      expect(r.customerLines.join(" ")).toMatch(/direct debit\? It comes out tomorrow/);
    }
  });
  it("acknowledging the worry is not a solution", () => {
    const r = simulate({ scenario: "abusive-caller", turns: NAMED_NEVER_HELD.slice(0, 2), seed: 1 });
    const evidence = r.criteria.flatMap((c) => c.evidence).filter((e) => e.label === "solution");
    expect(evidence.map((e) => e.quote)).not.toContain("I understand the direct debit's going out tomorrow, that's a big worry.");
  });
  it("her deadline acknowledged earns neither solution nor expectation; the same words with an act do", () => {
    const credited = (turn: string) => {
      const r = simulate({ scenario: "billing-error", turns: [turn], seed: 1 });
      return r.criteria.flatMap((c) => c.evidence).filter((e) => e.label === "solution" || e.label === "expectation").map((e) => e.quote);
    };
    const acknowledged = "I'm so sorry about this. I know your rent goes out on Friday, that's a real worry.";
    expect(credited(acknowledged)).toEqual([]);
    const acted = "I'm so sorry about this. I know your rent goes out on Friday, so I'll ring you on Thursday morning to check the refund has reached you.";
    expect(credited(acted).length).toBeGreaterThan(0);
  });
  for (const wording of [
    "And tomorrow's direct debit, I've put it on hold until the new bill's out.",
    "And tomorrow's direct debit is on hold till then, so nothing leaves your account.",
    "I've also stopped tomorrow's payment, so the £412 won't go out.",
    "And the direct debit due tomorrow: it won't go out, I've stopped that collection.",
    "And tomorrow's direct debit is on hold until the new bill's out.",
    "And tomorrow's direct debit, don't worry, it won't go out.",
  ]) {
    it(`the same call holding the debit passes: "${wording}"`, () => {
      for (const seed of SEEDS) {
        const r = simulate({ scenario: "abusive-caller", turns: holdInstead(wording), seed });
        expect(r.outcome, `seed ${seed}`).toBe("resolved");
        expect(r.passed, `seed ${seed}`).toBe(true);
      }
    });
  }
});

describe("a worry a fix settles is not settled by listening to it", () => {
  const WHY = "Sure, I can send the PAC now. Just so I know, why are you leaving?";
  const REFLECTED = "So the calls keep dropping in your flat, and the ward can't reach you about shifts. That's a real problem.";
  it("his dropped calls reflected back, with nothing done about them, leave the worry open and he raises it", () => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "cancellation", turns: [WHY, REFLECTED], seed });
      expect(r.outcome, `seed ${seed}`).not.toBe("resolved");
      expect(r.customerLines[1]).toMatch(/calls in my flat still drop/);
    }
  });
  it("look-alike: the same reflection with wifi calling switched on resolves", () => {
    for (const seed of SEEDS) {
      const turns = [WHY, `${REFLECTED} Wifi calling would fix it over your broadband: I've switched it on for your account, it's under Settings, then Phone, then Wi-Fi Calling.`];
      expect(simulate({ scenario: "cancellation", turns, seed }).outcome, `seed ${seed}`).toBe("resolved");
    }
  });
});
