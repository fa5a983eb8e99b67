import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalogue, getScenario } from "@defuse/content";
import { replay, simulate } from "../src/index";
import { deniesOwnPartOnly, restatesAccount } from "../src/engine/conversation";
import { contentStems, topicsIn } from "../src/engine/substance";

/**
 * Engine round 5: good calls pass by the taxonomy's definitions where the analyser saw too little, and the
 * gaming defences stay. Each case is the definition, tried on wording of our own and with its look-alike.
 */
const billing = getScenario("billing-error")!;
const abusive = getScenario("abusive-caller")!;
const heardOf = (scenario: typeof billing, lines: string[]) => {
  const stems = new Set<string>();
  for (const l of lines) for (const w of contentStems(l)) stems.add(w);
  return { stems, topics: new Set(topicsIn(scenario, lines.join(" ").toLowerCase())) };
};

describe("reflection: confirming the customer's account in the agent's words", () => {
  const h = heardOf(abusive, [abusive.openingLine]);
  it("a sentence confirming two things he raised is a reflection", () => {
    expect(restatesAccount(abusive, "I can see the bill you got, and you're right that the meter wasn't read.", h.stems, h.topics)).toBe(true);
  });
  it("a question, a hypothetical, the agent's own act, or one thing only is not", () => {
    expect(restatesAccount(abusive, "Can I see the bill and the meter reading?", h.stems, h.topics)).toBe(false);
    expect(restatesAccount(abusive, "If you're right about the bill, the meter was misread.", h.stems, h.topics)).toBe(false);
    expect(restatesAccount(abusive, "I've reissued the bill from the meter, from what I can see.", h.stems, h.topics)).toBe(false);
    expect(restatesAccount(abusive, "I can see that.", h.stems, h.topics)).toBe(false);
  });
  it("an abusive caller's first turn that confirms his account calms him rather than reading as nothing", () => {
    const st = replay(abusive, ["I can see the bill, and you're right, it's an estimate and far higher than it should be."], { seed: 1 });
    expect(st.turns[0]!.labels.some((l) => l.label === "reflection" || l.label === "empathy")).toBe(true);
    expect(st.turns[0]!.tensionAfter).toBeLessThan(abusive.startTension);
  });
});

describe("blame puts the fault on someone", () => {
  it("denying one's own part while taking the problem on blames nobody", () => {
    expect(deniesOwnPartOnly("I'm not the one who sent it, but I'm the one who's going to sort it out with you.")).toBe(true);
    expect(deniesOwnPartOnly("It wasn't me, but I'll get this fixed today.")).toBe(true);
  });
  it("a denial that puts it on the customer, a colleague or a record still blames", () => {
    expect(deniesOwnPartOnly("I'm not the one who sent it, you didn't send us a reading.")).toBe(false);
    expect(deniesOwnPartOnly("I'm not the one who sent it, the billing team did.")).toBe(false);
    expect(deniesOwnPartOnly("It wasn't me, our records show nobody was in.")).toBe(false);
    expect(deniesOwnPartOnly("The courier didn't scan it.")).toBe(false);
  });
});

describe("a fix that points back, an offer the policy allows, and a check before the end", () => {
  it("'I'm refunding it now' after naming the charge is about this call", () => {
    const st = replay(billing, ["I've checked, and the £59.98 fee was added after the router came back. I'm cancelling it now."], { seed: 1 });
    const fix = st.turns[0]!.credits!.filter((c) => c.label === "solution" || c.label === "expectation");
    expect(fix.some((c) => c.engaged)).toBe(true);
  });
  it("a vague promise to help that points back at nothing done earns no fix credit", () => {
    const st = replay(billing, ["That's the fee. I'm going to help you get it right."], { seed: 1 });
    const vague = st.turns[0]!.credits!.find((c) => c.span.text.includes("help you get it right"));
    expect(vague?.engaged ?? false).toBe(false);
  });
  it("'anything else?' once everything is dealt with is a follow-up; before that it is a stock phrase", () => {
    const early = replay(billing, ["Is there anything else I can help with?"], { seed: 1 });
    expect(early.turns[0]!.credits!.filter((c) => c.engaged)).toHaveLength(0);
    const done = [
      "I'm really sorry about the wait and the shock of that bill. That extra £59.98 is an equipment fee for the old router, which you returned, so I've removed it and I'm sending the refund back to your card.",
      "Refunds go back in 3 to 5 working days, so it will be with you before your rent on Friday, and I'll call you on Thursday morning to confirm.",
    ];
    const before = replay(billing, done, { seed: 1 });
    expect(before.outcome).toBe("resolved");
    const late = replay(billing, [...done, "Is there anything else I can help with?"], { seed: 1 });
    const check = late.turns[2]!.credits!.find((c) => c.label === "follow_up");
    if (late.turns[2]!.labels.some((l) => l.label === "follow_up")) expect(check?.engaged).toBe(true);
    expect(late.outcome).toBe("resolved");
  });
});

describe("defences hold (round 5)", () => {
  const scenarios = catalogue.scenarios;
  it("confirmations and denials alone never resolve or pass a call", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios.map((s) => s.id)),
        fc.array(
          fc.constantFrom(
            "I can see the problem and you're right about it.",
            "I hear you, you're right, that's the bill and the charge.",
            "I'm not the one who did it, but I'm the one who's here.",
            "Is there anything else?",
            "I know, you're right.",
          ),
          { minLength: 1, maxLength: 6 },
        ),
        fc.integer({ min: 1, max: 99 }),
        (id, turns, seed) => {
          const r = simulate({ scenario: id, turns, seed });
          expect(r.passed).toBe(false);
          expect(r.outcome).not.toBe("resolved");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("the customer answers what the agent said (round 5, from a separate reader's kinds of misfit)", () => {
  const refund = getScenario("refund-demand")!;
  it("a request for her order number is answered with the number, not a fact the word 'order' happens to name", () => {
    for (const seed of [1, 2, 7]) {
      const st = replay(refund, ["Can I have the order number?"], { seed });
      expect(st.turns[0]!.customerLine).toMatch(/HH-2290117/);
    }
  });
  it("a refund offered with no time frame is not answered with a time frame nobody gave", () => {
    for (const seed of [1, 2, 7]) {
      const st = replay(refund, ["I can arrange a full refund once the courier has collected it."], { seed });
      expect(st.turns[0]!.customerLine).not.toMatch(/five (?:working )?days/i);
    }
  });
  it("a salad of technique words is answered as a script, not as a pitfall the analyser read into it", () => {
    for (const seed of [1, 2, 7]) {
      const st = replay(billing, ["options either or which prefer solution fixed", "sorry understand empathy ownership expectation follow up"], { seed });
      for (const t of st.turns) expect(t.customerLine).not.toMatch(/rules|policy/i);
    }
  });
  it("a sign-off after an email is promised picks up the email", () => {
    const pe = getScenario("policy-exception")!;
    const calls = replay(pe, [
      "I'm so sorry, it sounds like your sister really needs you, and moving to be near her makes complete sense.",
      "The annual plan can't be refunded after 14 days because the price is a discount for paying up front, but I can move your membership to our York club from the day you move, or transfer it to a family member. Which would suit you?",
      "Lovely. I'll move your membership to the York club from the day you move, and I'll email you the confirmation today so your son can see it too.",
    ], { seed: 1 });
    expect(calls.turns[1]!.outcome).toBe("resolved");
    expect(calls.turns[2]!.customerLine).toMatch(/email/i);
  });
});

describe("gaming the new readings (round 5)", () => {
  const WALLS = [
    ["I'll refund you today, I'll credit you £15, I'll send a replacement tomorrow, I'll book an engineer, I'll hold the direct debit, I'll transfer your membership, I'll freeze it, I'll skip the box, because the system made a mistake with the refund and the fee."],
    ["The reason is because the refund and the fee and the router and the credit are the rules.", "That's why the bill is the bill because the charge is the charge and the refund is the refund."],
    ["I can see the bill and you're right.", "I hear you, you're right about the fee and the bill and the router.", "Is there anything else?"],
  ];
  it.each(WALLS.map((w, i) => [i, w] as const))("list of every remedy, remedy names with 'because', or bare confirmations (%i) never resolve or pass", (_i, turns) => {
    for (const s of catalogue.scenarios) {
      for (const seed of [1, 2, 7]) {
        const r = simulate({ scenario: s.id, turns: [...turns], seed });
        expect(r.passed, `${s.id} seed ${seed}`).toBe(false);
        expect(r.outcome, `${s.id} seed ${seed}`).not.toBe("resolved");
      }
    }
  });
});
