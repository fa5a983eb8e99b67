import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalogue, getRubric, getScenario, type PitfallId } from "@defuse/content";
import { replay, scoreConversation, simulate, snapSpan, startConversation, takeTurn, type TurnRecord } from "../src/index";

const scenarios = catalogue.scenarios;
const ids = scenarios.map((s) => s.id);

// Excellent calls, one per scenario, used as a base for the properties below.
const EXCELLENT: Record<string, string[]> = {
  "billing-error": [
    "I'm really sorry about the wait and about opening a bill like that. What does the extra charge on the bill say it's for?",
    "That £59.98 is a fee for your old router because our system thinks it never came back. If you posted it, read me the tracking number from the receipt and I'll remove the fee now.",
    "Thank you. I've taken the fee off and refunded it to your card. It shows in 3 to 5 working days, so it's back before Friday, and I'll call you Thursday to check it's arrived.",
  ],
  "refund-demand": [
    "I'm really sorry you emailed twice and heard nothing back; that isn't good enough, and I'll make sure this gets sorted on this call. What's the machine doing?",
    "Water from under the tank every time is a fault, not something you've done. Because it's faulty, I can either send a replacement by next-day courier tomorrow and collect the leaky one at the same time, or arrange a full refund once the courier has collected it, issued within 5 working days. Which suits you?",
    "The replacement would arrive tomorrow before one, well before the party on Saturday, and I'll email you the reference today.",
  ],
  "abusive-caller": [
    "Darren, I can hear how angry you are about a £412 estimated bill, and I want to get it sorted. I need you to stop the name-calling so I can do that. When is the direct debit due?",
    "Right, I'll put the direct debit on hold now so nothing leaves tomorrow. If you can read me the meter, I'll reissue the bill from your actual reading within 48 hours.",
    "14,682, got it. That brings the bill down to about £236, and the corrected bill will be with you within 48 hours. I've also booked the engineer for next Tuesday; your reference is BW-5521.",
  ],
};

const TECHNIQUE_WORDS = [
  "empathy", "apology", "sorry", "understand", "reflect", "reflection", "ownership", "own", "solution", "solutions", "fix",
  "fixed", "options", "either", "or", "which", "prefer", "expectation", "expect", "boundary", "escalate", "escalation",
  "explain", "explanation", "follow", "up", "resolve", "resolved", "choice", "alternative", "acknowledge", "validate",
];
const STOCK = [
  "I understand how frustrating this must be.",
  "I'm sorry for the inconvenience.",
  "I completely understand your frustration.",
  "I apologise for any inconvenience caused.",
  "I hear you and I understand.",
  "Thank you for your patience.",
];

describe("properties", () => {
  it("a call made only of technique names never passes and never resolves", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.array(fc.array(fc.constantFrom(...TECHNIQUE_WORDS), { minLength: 3, maxLength: 40 }).map((w) => w.join(" ")), { minLength: 1, maxLength: 8 }),
        fc.integer(),
        (id, turns, seed) => {
          const r = simulate({ scenario: id, turns, seed });
          expect(r.passed).toBe(false);
          expect(r.outcome).not.toBe("resolved");
        },
      ),
      { numRuns: 60 },
    );
  });

  it("a call made only of a repeated stock phrase never passes and never resolves", () => {
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...STOCK), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 4 }), fc.integer(), (id, phrase, n, perTurn, seed) => {
        const turns = Array.from({ length: n }, () => Array.from({ length: perTurn }, () => phrase).join(" "));
        const r = simulate({ scenario: id, turns, seed });
        expect(r.passed).toBe(false);
        expect(r.outcome).not.toBe("resolved");
      }),
      { numRuns: 60 },
    );
  });

  it("the score never rises, and a fail never becomes a pass, by adding a pitfall to a turn", () => {
    const pitfalls: PitfallId[] = ["blame", "dismissive", "argue", "policy_wall", "jargon", "rude"];
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(EXCELLENT)), fc.nat(), fc.constantFrom(...pitfalls), fc.integer(), (id, at, pitfall, seed) => {
        const s = getScenario(id)!;
        const rubric = getRubric(s.rubricId)!;
        const turns = replay(s, EXCELLENT[id]!, { seed }).turns;
        const i = at % turns.length;
        const before = scoreConversation(s, rubric, turns);
        const worse: TurnRecord[] = turns.map((t, j) =>
          j === i ? { ...t, labels: [...t.labels, { label: pitfall, span: { start: 0, end: t.agentText.length, text: t.agentText } }] } : t,
        );
        const after = scoreConversation(s, rubric, worse);
        expect(after.score).toBeLessThanOrEqual(before.score);
        if (!before.passed) expect(after.passed).toBe(false);
      }),
      { numRuns: 80 },
    );
  });

  it("every turn after resolution is played and scored", () => {
    const extra = fc.constantFrom(
      "Is there anything else I can help with?",
      "Thanks for your patience today.",
      "Right, that's everything sorted then.",
      "Honestly, you people are pathetic.",
      "Calm down, it's only money.",
    );
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(EXCELLENT)), fc.array(extra, { minLength: 1, maxLength: 4 }), fc.integer(), (id, after, seed) => {
        const base = simulate({ scenario: id, turns: EXCELLENT[id]!, seed });
        expect(base.outcome).toBe("resolved");
        const r = simulate({ scenario: id, turns: [...EXCELLENT[id]!, ...after], seed });
        // every turn is played until the customer hangs up (escalated) or the agent ends the call
        const gone = r.outcome === "escalated" || r.outcome === "ended";
        if (!gone) expect(r.turnsScored).toBe(EXCELLENT[id]!.length + after.length);
        else expect(r.turnsScored).toBeGreaterThan(EXCELLENT[id]!.length);
        expect(r.customerLines).toHaveLength(r.turnsScored);
        // an insult the agent got to say is critical; one after the call ended is not played (since engine round 22 a
        // goodbye after a warning he abused through ends the abusive caller's call: "Thanks for your patience today.")
        const played = [...EXCELLENT[id]!, ...after].slice(0, r.turnsScored);
        if (played.some((t) => /pathetic/.test(t))) {
          expect(r.passed).toBe(false);
          expect(r.critical?.behaviour).toBe("insulted-customer");
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe("regressions from issue 11", () => {
  it("a goodbye after the abusive caller abused through a warning ends the call, and the insult typed after it is not played (fast-check's counterexample, round 22's merge)", () => {
    const after = ["Calm down, it's only money.", "Thanks for your patience today.", "Honestly, you people are pathetic."];
    const r = simulate({ scenario: "abusive-caller", turns: [...EXCELLENT["abusive-caller"]!, ...after], seed: 0 });
    expect(r.outcome).toBe("ended");
    expect(r.turnsScored).toBe(EXCELLENT["abusive-caller"]!.length + 2);
    expect(r.customerLines).toHaveLength(r.turnsScored);
    expect(r.passed).toBe(false);
  });

  it("keyword salad earns nothing and says why", () => {
    const r = simulate({ scenario: "billing-error", turns: ["options either or which prefer solution fixed"], seed: 1 });
    expect(r.passed).toBe(false);
    expect(r.outcome).toBe("ongoing");
    expect(r.score).toBe(0);
    // The reason names the salad when the analyser put a technique on it, and says that nothing in it
    // acknowledged the customer or moved the problem forward when it found none (the salad offers no
    // choice, so by the taxonomy it is not `options`; the fifth round's model no longer says it is).
    expect(r.reasons[0]).toMatch(/technique words|nothing in "options either or which prefer solution fixed" acknowledged them or moved the problem forward/);
    expect(r.tensionTimeline[1]).toBeGreaterThanOrEqual(r.tensionTimeline[0]!);
  });

  const WALL =
    "I completely understand how you feel and I'm so sorry for the inconvenience. I take full ownership of this and I will personally resolve it. Here is the solution: I will fix this for you. You have options: either one thing or the other, whichever you prefer. You can expect this to be resolved within a few days, and I will follow up with you to make sure you are happy.";
  it("a wall of technique names in one turn neither passes nor drops tension more than the per-turn cap", () => {
    for (const id of ids) {
      const r = simulate({ scenario: id, turns: [WALL], seed: 1 });
      expect(r.passed, id).toBe(false);
      expect(r.outcome, id).not.toBe("resolved");
      expect(r.tensionTimeline[0]! - r.tensionTimeline[1]!, id).toBeLessThanOrEqual(getScenario(id)!.engine.maxDropPerTurn);
    }
  });

  it("the same wall split over five turns does not pass either", () => {
    const five = WALL.split(/(?<=\.)\s+/).slice(0, 5);
    for (const id of ids) {
      const r = simulate({ scenario: id, turns: five, seed: 1 });
      expect(r.passed, id).toBe(false);
      expect(r.score, id).toBeLessThan(50);
    }
  });

  it("one turn can only calm a customer so far, however good", () => {
    const s = getScenario("refund-demand")!;
    const r = takeTurn(s, startConversation(s), EXCELLENT["refund-demand"]!.join(" "));
    expect(r.turn.tensionBefore - r.turn.tensionAfter).toBeLessThanOrEqual(s.engine.maxDropPerTurn);
  });

  it("a forbidden promise after resolution still fails, quoting the promise", () => {
    const turns = [...EXCELLENT["billing-error"]!, "And for all the trouble, I'll give you three free months on top."];
    const r = simulate({ scenario: "billing-error", turns, seed: 1 });
    expect(simulate({ scenario: "billing-error", turns: EXCELLENT["billing-error"]!, seed: 1 }).outcome).toBe("resolved");
    expect(r.passed).toBe(false);
    expect(r.critical).toMatchObject({ behaviour: "forbidden-promise", turn: 3 });
    expect(r.critical!.quote).toMatch(/free months/);
    expect(r.outcome).toBe("resolved"); // the customer is pleased for now; the promise fails the attempt
  });

  it("an insult after resolution still fails", () => {
    const turns = [...EXCELLENT["refund-demand"]!, "Honestly, you people ring up screaming over nothing. It's pathetic."];
    const r = simulate({ scenario: "refund-demand", turns, seed: 1 });
    expect(r.passed).toBe(false);
    expect(r.critical?.behaviour).toBe("insulted-customer");
    expect(r.critical?.turn).toBe(3);
  });

  it("a short excellent call to the abusive caller passes", () => {
    const r = simulate({ scenario: "abusive-caller", turns: EXCELLENT["abusive-caller"]!, seed: 1 });
    expect(r.outcome).toBe("resolved");
    expect(r.turnsScored).toBe(3);
    expect(r.passed).toBe(true);
  });

  it("short excellent calls are not penalised for being short", () => {
    for (const id of Object.keys(EXCELLENT)) {
      const r = simulate({ scenario: id, turns: EXCELLENT[id]!, seed: 1 });
      expect(r.passed, `${id}: ${r.verdict}`).toBe(true);
      expect(r.score, id).toBeGreaterThanOrEqual(75);
    }
  });

  it("the customer never thanks the agent for a remedy nobody offered", () => {
    const s = getScenario("refund-demand")!;
    const noVoucher = EXCELLENT["refund-demand"]!;
    for (let seed = 0; seed < 40; seed++) {
      const st = replay(s, noVoucher, { seed });
      for (const t of st.turns) expect(t.customerLine, `seed ${seed}`).not.toMatch(/voucher|twenty quid/i);
    }
    const b = getScenario("billing-error")!;
    for (let seed = 0; seed < 40; seed++) {
      const st = replay(b, EXCELLENT["billing-error"]!, { seed });
      for (const t of st.turns) expect(t.customerLine, `seed ${seed}`).not.toMatch(/fifteen pounds|£15/i);
    }
    // and does thank them when it was offered
    const withVoucher = [...noVoucher.slice(0, 2), noVoucher[2] + " I've also added a £20 voucher for the emails we ignored."];
    const lines = Array.from({ length: 20 }, (_, seed) => replay(s, withVoucher, { seed }).turns.at(-1)!.customerLine);
    expect(lines.some((l) => /voucher|twenty quid/i.test(l))).toBe(true);
  });

  it("every resolved line that names a remedy is said only after that remedy was offered", () => {
    for (const s of scenarios) {
      for (let seed = 0; seed < 15; seed++) {
        const st = replay(s, EXCELLENT[s.id] ?? [], { seed });
        const gated = s.lines.resolved.filter((l) => typeof l === "object" && l.when?.offered?.length);
        for (const t of st.turns) {
          const line = gated.find((l) => typeof l === "object" && (l.text === t.customerLine || l.mild === t.customerLine));
          if (line && typeof line === "object") for (const r of line.when!.offered!) expect(st.offered, `${s.id}: ${line.text}`).toContain(r);
        }
      }
    }
  });

  it("a call does not resolve on the first fix while the customer's deadline is open", () => {
    const s = getScenario("billing-error")!;
    const first = [
      "I'm so sorry about the wait and the shock of that bill. What does the extra charge say?",
      "That £59.98 is the fee for your old router. If you read me the tracking number from your receipt, I'll remove the fee.",
    ];
    const st = replay(s, first, { seed: 1 });
    expect(st.outcome).toBe("ongoing");
    expect(st.concernsMet).toEqual([false]);
    const settled = replay(s, [...first, "I've refunded it to your card and it shows in 3 to 5 working days, so it's back before your rent on Friday."], { seed: 1 });
    expect(settled.concernsMet).toEqual([true]);
    expect(settled.outcome).toBe("resolved");
  });

  it("the customer raises her deadline herself when everything else is settled", () => {
    const s = getScenario("billing-error")!;
    const st = replay(
      s,
      [
        "I'm so sorry about the twenty minutes on hold and that bill. I'll sort this out myself.",
        "That £59.98 is the router fee; I've removed it and I'm refunding it to your card now.",
        "I've also put a £15 credit on your next bill for the wait.",
      ],
      { seed: 1 },
    );
    expect(st.turns.map((t) => t.customerLine).join(" ")).toMatch(/Friday/);
    expect(st.outcome).toBe("ongoing");
  });

  it("answers questions about her own facts", () => {
    const s = getScenario("billing-error")!;
    const r = takeTurn(s, startConversation(s), "When do you need the money back by?");
    expect(r.turn.revealedFacts).toContain("rent-friday");
    expect(r.turn.customerLine).toMatch(/Friday/);
    const p = getScenario("policy-exception")!;
    const q = takeTurn(p, startConversation(p), "Can I ask what's taking you away?");
    expect(q.turn.customerLine).toMatch(/sister/);
  });

  it("the abusive caller gives one turn of grace after a first-turn pitfall", () => {
    const s = getScenario("abusive-caller")!;
    for (let seed = 0; seed < 20; seed++) {
      const st = replay(s, ["Calm down, there's no need for that, you're being ridiculous."], { seed });
      expect(st.outcome).toBe("ongoing");
      expect(st.tension).toBeLessThan(100);
    }
    // the grace is one turn only
    const again = replay(s, ["Calm down, there's no need for that, you're being ridiculous.", "Calm down, I said. You're being ridiculous."], { seed: 1 });
    expect(again.outcome).toBe("escalated");
  });

  it("after a warning and more abuse, ending the call calmly with a way back is credited", () => {
    const turns = [
      "Calm down, mate.",
      "I'm happy to help, but I won't accept being sworn at.",
      "I did ask you to stop the insults, so I'm going to end this call now. You're welcome to call us back when you're ready, and we'll go through the bill then.",
    ];
    const r = simulate({ scenario: "abusive-caller", turns, seed: 1 });
    expect(r.outcome).toBe("ended");
    expect(r.endedProperly).toBe(true);
    expect(r.critical).toBeNull();
    const resolution = r.criteria.find((c) => c.id === "ownership-resolution")!;
    expect(resolution.evidence.some((e) => e.label === "ended_call")).toBe(true);
    expect(resolution.points).toBeGreaterThan(0);
  });

  it("ending the call without a warning is not a proper end and does not pass", () => {
    const r = simulate({ scenario: "abusive-caller", turns: ["I'm going to end this call now."], seed: 1 });
    expect(r.outcome).toBe("ended");
    expect(r.endedProperly).toBe(false);
    expect(r.passed).toBe(false);
  });

  it("a conditional warning does not end the call", () => {
    const s = getScenario("abusive-caller")!;
    const st = replay(s, ["I want to help with this bill, but if the insults carry on I'm going to end this call."], { seed: 1 });
    expect(st.outcome).toBe("ongoing");
  });

  it("reduced intensity does not open with the full version's insult", () => {
    const s = getScenario("abusive-caller")!;
    const full = startConversation(s, { intensity: "standard" }).openingLine;
    const reduced = startConversation(s, { intensity: "reduced" }).openingLine;
    expect(reduced).not.toBe(full);
    expect(reduced).not.toMatch(/idiot|useless|sick/i);
    expect(full.split(/[.?]/)[0]).not.toBe(reduced.split(/[.?]/)[0]);
  });

  it("evidence highlights start and end on word boundaries", () => {
    const text = "I can see you were charged three times, and the refund leaves at 3 p.m. today for £59.98.";
    expect(snapSpan(text, { start: text.indexOf("ou were"), end: text.indexOf("charged") + 4, text: "" }).text).toBe("you were charged");
    const pm = text.indexOf("p.m.");
    expect(snapSpan(text, { start: pm - 2, end: pm + 1, text: "" }).text).toBe("3 p.m.");
    const pound = text.indexOf("£59");
    expect(snapSpan(text, { start: pound, end: pound + 3, text: "" }).text).toBe("£59.98");
    expect(snapSpan(text, { start: pound + 4, end: text.length - 1, text: "" }).text).toBe("£59.98");
    const st = replay(getScenario("billing-error")!, ["I can refund the £59.98 to your card by 3 p.m. today."], { seed: 1 });
    for (const h of st.turns[0]!.labels) {
      const before = st.turns[0]!.agentText[h.span.start - 1] ?? " ";
      const after = st.turns[0]!.agentText[h.span.end] ?? " ";
      expect(before, h.span.text).toMatch(/[^A-Za-z0-9]/);
      expect(after, h.span.text).toMatch(/[^A-Za-z0-9]/);
    }
  });

  it("better phrasing comes from the same scenario", () => {
    for (const s of scenarios) {
      const sc = scoreConversation(s, getRubric(s.rubricId)!, replay(s, ["Okay.", "I see."], { seed: 1 }).turns);
      const own = s.branching.nodes.flatMap((n) => n.choices.map((c) => c.text));
      expect(own, s.id).toContain(sc.improvement.betterPhrasing);
    }
  });

  it("'Stays composed' is explained with its own definition", () => {
    const s = getScenario("billing-error")!;
    const rubric = getRubric(s.rubricId)!;
    const composure = rubric.criteria.find((c) => c.id === "composure-boundaries")!;
    const turns = replay(s, ["That's just how it is, you should have read the terms. Calm down."], { seed: 1 }).turns;
    const sc = scoreConversation(s, { ...rubric, criteria: rubric.criteria.map((c) => (c.id === composure.id ? { ...c, weight: 60 } : { ...c, weight: 10 })) }, turns);
    expect(sc.improvement.criterionId).toBe(composure.id);
    expect(sc.improvement.advice).toContain(composure.description);
  });

  it("no points are given where the evidence says there is none, and every number has a reason quoting the learner", () => {
    const turns = ["Okay.", "I understand how frustrating this must be.", "Let me look into it for you."];
    for (const s of scenarios) {
      const r = simulate({ scenario: s.id, turns, seed: 1 });
      for (const c of r.criteria) {
        if (/No evidence/.test(c.reason)) expect(c.points, `${s.id} ${c.id}`).toBe(0);
        if (c.points > 0) expect(c.reason, `${s.id} ${c.id}`).toMatch(/"/);
      }
      for (const reason of r.reasons) expect(reason).toMatch(/"/);
    }
  });

  it("customer replies are deterministic for a seed and branching play still works", () => {
    for (const s of scenarios) {
      const a = simulate({ scenario: s.id, turns: EXCELLENT[s.id] ?? ["Okay."], seed: 5 });
      const b = simulate({ scenario: s.id, turns: EXCELLENT[s.id] ?? ["Okay."], seed: 5 });
      expect(a).toEqual(b);
      const first = s.branching.nodes.find((n) => n.id === s.branching.startNodeId)!.choices[0]!;
      const st = replay(s, [{ choiceId: first.id }], { seed: 1 });
      expect(st.turns[0]!.choiceId).toBe(first.id);
    }
  });
});
