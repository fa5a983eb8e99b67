import { describe, expect, it } from "vitest";
import { simulate } from "../src/simulate";

/**
 * Engine round 15 (issue 11: score relative to the turns actually played; from author C16's good calls,
 * src/eval/data/calls-dev16.json, and the same kind in dev13): each kind of scoring error fixed, beside a look-alike
 * that keeps its score. Every line here is worded for the test, not copied from a dev set.
 */
const SEEDS = [1, 2, 7, 99];
const composure = (r: ReturnType<typeof simulate>, id: string) => r.criteria.find((c) => c.id === id)!.evidence.find((e) => e.label === "composure")?.why ?? "";
const points = (r: ReturnType<typeof simulate>, id: string) => r.criteria.find((c) => c.id === id)!.points;

// A short, kind bereavement call that checks who she is first, then does everything needed.
const WITH_IDV = [
  "Not at all, take your time. Could I have the first line of the address and the postcode, so I'm looking at the right account?",
  "Thank you, Joan. I'm so sorry about Ken. I've put a 60-day hold on the account, so there'll be no more letters or late fees, and the line stays on.",
  "I've also taken off the £12 late fee and passed the account to our bereavement team. They'll put it in your name with no new contract and ring you within two working days.",
  "Would you like me to ring you in a couple of weeks to make sure the letters have stopped?",
];

describe("a turn of groundwork (ID&V, what she has to hand) engaged with the call", () => {
  it("a proportionate ID&V ask that did not put her off counts towards every criterion's composure", () => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "bereavement", turns: WITH_IDV, seed });
      expect(r.outcome).toBe("resolved");
      for (const id of ["listening-empathy", "ownership-resolution", "accuracy-compliance", "boundaries-escalation"]) {
        expect(composure(r, id)).toMatch(/^4 of your 4 turns engaged/);
        expect(composure(r, id)).toContain("turn 1 asked for the details needed");
      }
    }
  });
  it("asking for the number she has to hand so the agent can act is groundwork too", () => {
    const r = simulate({
      scenario: "billing-error",
      turns: [
        "I'm sorry, that's a horrible thing to find two days before rent. Did you get a receipt when you sent the router back?",
        // (she has told of the receipt already: this brings out nothing new, it gets what the agent needs to act)
        "Brilliant. Could you read me the tracking number off it?",
        "Thank you, that's the proof I need. I've removed the £59.98 fee now, and the refund reaches your bank in 3 to 5 working days.",
      ],
      seed: 1,
    });
    expect(composure(r, "composure-boundaries")).toMatch(/^3 of your 3 turns engaged/);
    expect(composure(r, "composure-boundaries")).toContain("turn 2 asked for the details needed");
  });
  it("look-alike: a cold ID&V ask as the first words to an angry caller, who got hotter, is not counted", () => {
    const r = simulate({ scenario: "abusive-caller", turns: ["Can I take your account number and postcode, please?", "Thank you. I can see the bill is estimated."], seed: 1 });
    expect(r.tensionTimeline[1]!).toBeGreaterThan(r.tensionTimeline[0]!);
    expect(composure(r, "composure-boundaries")).toMatch(/^1 of your 2 turns engaged/);
  });
  it("look-alike: an ID&V ask with a pitfall in it is not counted", () => {
    const r = simulate({
      scenario: "bereavement",
      turns: ["Calm down and give me the postcode, please.", "I'm so sorry about Ken, Joan. I've put a 60-day hold on the account, so there'll be no more letters or late fees."],
      seed: 1,
    });
    expect(composure(r, "boundaries-escalation")).toMatch(/^1 of your 2 turns engaged/);
  });
  it("look-alike: an interrogation of detail questions is credited for one ask, not each", () => {
    const turns = ["Can I take the postcode, please?", "And the first line of the address?", "And the account holder's date of birth?", "And a contact phone number?"];
    const r = simulate({ scenario: "bereavement", turns, seed: 1 });
    expect(r.passed).toBe(false);
    const m = /^(\d) of your 4 turns/.exec(composure(r, "boundaries-escalation"));
    // the first ask brings out her news (a question that found out what she had not told) and one more is groundwork
    expect(Number(m?.[1] ?? 0)).toBeLessThanOrEqual(2);
  });
});

describe("a move the rubric wants once is not shallow for being done once", () => {
  // no ID&V turn here, so only the depth of the one hand-over is at stake
  const turns = [
    "I'm so sorry about Ken, Joan. I've put a 60-day hold on the account, so there'll be no more letters or late fees, and the line stays on.",
    "I've also taken off the £12 late fee and passed the account to our bereavement team. They'll put it in your name with no new contract and ring you within two working days.",
    "The £84.40 can be spread over a few months whenever you're ready, there's no rush at all.",
    "Would you like me to ring you in a couple of weeks to make sure the letters have stopped?",
  ];
  it("one warm hand-over in a four-turn call composed throughout earns the whole of boundaries and escalation", () => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "bereavement", turns, seed });
      expect(r.outcome).toBe("resolved");
      expect(points(r, "boundaries-escalation")).toBe(15);
    }
  });
  it("look-alike: a criterion that expects everyday moves (explanation, expectation) still wants them in depth", () => {
    const r = simulate({ scenario: "bereavement", turns, seed: 1 });
    expect(points(r, "accuracy-compliance")).toBeLessThan(15);
  });
});

describe("a proper ending is the limit on abuse carried through", () => {
  const turns = [
    "Mr Dunn, I want to sort out your drill, and I can't do that while I'm being sworn at. I can open a missing-parcel claim right now.",
    "I've opened the claim: the depot checks the photo and GPS, and the sender refunds or resends within 2 working days.",
  ];
  it("a warning, then an ending with a way back, earns the whole of boundaries and escalation with no hand-over", () => {
    const end = "As the abuse has carried on after my warning, I'm going to end the call now. You can ring us back when you're ready and we'll pick the claim up from there.";
    for (const seed of SEEDS) {
      // (ended while he is still abusing, after the warning: engine round 29 (gam27, RT-26) no longer credits an ending on a
      // caller who has calmed and is asking when his claim comes back, as he does once the claim is opened)
      const r = simulate({ scenario: "persistent-abuse", turns: [turns[0]!, end], seed });
      expect(r.endedProperly).toBe(true);
      expect(points(r, "boundaries-escalation")).toBe(15);
      expect(r.criteria.find((c) => c.id === "boundaries-escalation")!.evidence.some((e) => e.label === "ended_call")).toBe(true);
    }
  });
  it("look-alike: a cut-off with no way back is no ending to credit", () => {
    const r = simulate({ scenario: "persistent-abuse", turns: [...turns, "I'm ending this call now."], seed: 1 });
    expect(r.endedProperly).toBe(false);
    expect(r.criteria.find((c) => c.id === "boundaries-escalation")!.evidence.some((e) => e.label === "ended_call")).toBe(false);
    expect(points(r, "boundaries-escalation")).toBeLessThan(15);
  });
});
