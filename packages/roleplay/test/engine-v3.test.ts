import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalogue, getScenario } from "@defuse/content";
import { replay, simulate } from "../src/index";
import { ownsFault, namesTheEnd, offersWayBack } from "../src/engine/conversation";

/** Engine round 3: "dealt with" by what a competent agent does, recovery and proper endings, and their defences. */
const scenarios = catalogue.scenarios;
const TOPIC_AND_TECHNIQUE_WORDS = [
  "sorry", "understand", "options", "either", "or", "prefer", "solution", "refund", "replacement", "tomorrow", "saturday",
  "friday", "rent", "fee", "router", "york", "sister", "offline", "album", "direct", "debit", "engineer", "tuesday", "guide",
];

describe("properties (round 3)", () => {
  it("a call resolves only when every need group and every worry has been dealt with", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios.map((s) => s.id)),
        fc.array(fc.constantFrom(
          "I'm so sorry about all this.",
          "I can send a replacement tomorrow or refund you once it's collected. Which would you prefer?",
          "I've removed the £59.98 fee and the refund goes back to your card in 3 to 5 working days.",
          "I can move your membership to our York club, or transfer it to someone in your family.",
          "Each album needs 'keep on this device' switched on, then it opens offline.",
          "I'll put the direct debit on hold so nothing comes out tomorrow.",
          "What's happened?",
        ), { minLength: 1, maxLength: 5 }),
        (id, turns) => {
          const scenario = getScenario(id)!;
          const st = replay(scenario, turns, { seed: 3 });
          if (st.outcome === "resolved") {
            expect(st.needsMet.every(Boolean)).toBe(true);
            expect(st.concernsMet.every(Boolean)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it("no turn calms the customer further than the per-turn cap, worries settled included", () => {
    fc.assert(
      fc.property(fc.constantFrom(...scenarios.map((s) => s.id)), fc.integer({ min: 1, max: 1000 }), (id, seed) => {
        const scenario = getScenario(id)!;
        const turns = [
          "I'm so sorry, that sounds really stressful, and I'll sort it now. I can send a replacement tomorrow, well before Saturday, or refund you once it's collected; I've removed the £59.98 fee and it's back before your rent on Friday; I can move your membership to York near your sister; I'll put the direct debit on hold so nothing comes out tomorrow.",
        ];
        const r = simulate({ scenario: id, turns, seed });
        expect(r.tensionTimeline[0]! - r.tensionTimeline[1]!).toBeLessThanOrEqual(scenario.engine.maxDropPerTurn);
      }),
      { numRuns: 30 },
    );
  });

  it("a salad of technique and topic words never resolves a call or passes", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios.map((s) => s.id)),
        fc.array(fc.array(fc.constantFrom(...TOPIC_AND_TECHNIQUE_WORDS), { minLength: 4, maxLength: 12 }), { minLength: 1, maxLength: 5 }),
        (id, turns) => {
          const r = simulate({ scenario: id, turns: turns.map((t) => t.join(" ")), seed: 1 });
          expect(r.passed).toBe(false);
          expect(r.outcome).not.toBe("resolved");
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("a salad joined by 'or' (found by the property above in CI)", () => {
  it("'or sorry refund sorry guide or either' neither resolves the call nor passes; the same remedies offered in a sentence still count", () => {
    const salad = simulate({ scenario: "misled-features", turns: ["or sorry refund sorry guide or either"], seed: 1 });
    expect(salad.passed).toBe(false);
    expect(salad.outcome).not.toBe("resolved");
    const offer = simulate({ scenario: "misled-features", turns: ["Sorry about that. Refund or the set-up guide, which would you prefer?"], seed: 1 });
    expect(offer.criteria.find((c) => c.id === "ownership-resolution")!.evidence.some((e) => e.label === "options" && e.effect === "for")).toBe(true);
  });
});

describe("abusive caller: recovery and a proper ending (round 3)", () => {
  const warn = "I want to help you with this bill, but I won't be spoken to like that. If the insults carry on I'll have to end the call.";
  it("a warning with nothing done about the bill does not stop him at once: he abuses again", () => {
    const st = replay(getScenario("abusive-caller")!, [warn], { seed: 1 });
    expect(st.abuse.warned).toBe(true);
    expect(st.abuse.afterWarning).toBe(1);
  });
  it("after that, ending the call with a way back ends properly and passes", () => {
    const r = simulate({
      scenario: "abusive-caller",
      turns: [warn, "I've asked you to stop and you haven't, so I'm going to end this call now. Please call us back when you're ready and we'll sort the bill."],
      seed: 1,
    });
    expect(r.outcome).toBe("ended");
    expect(r.endedProperly).toBe(true);
    expect(r.passed).toBe(true);
  });
  it("the same ending with no way back is a cut-off and fails", () => {
    const r = simulate({ scenario: "abusive-caller", turns: [warn, "I've asked you to stop and you haven't, so I'm ending this call now."], seed: 1 });
    expect(r.outcome).toBe("ended");
    expect(r.endedProperly).toBe(false);
    expect(r.passed).toBe(false);
  });
  it("a warning that also starts on the bill calms him instead", () => {
    const st = replay(getScenario("abusive-caller")!, [
      "I need you to stop the name-calling, please. I'll put the direct debit on hold now so nothing comes out tomorrow.",
    ], { seed: 1 });
    expect(st.abuse.last).toBe(false);
  });
  it("reads ending and a way back by their meaning, not only the listed words", () => {
    expect(namesTheEnd("I'm going to end our conversation here.")).toBe(true);
    expect(namesTheEnd("I'll be hanging up now.")).toBe(true);
    expect(namesTheEnd("We'll end up with a corrected bill.")).toBe(false);
    expect(offersWayBack("You're welcome to contact us again once you've had a chance to calm down.")).toBe(true);
    expect(offersWayBack("Goodbye.")).toBe(false);
  });
});

describe("definitions the engine applies to the analyser's labels (round 3)", () => {
  it("fault put on our own side is owning it, not blaming; fault put on the customer stays blame", () => {
    expect(ownsFault("We should have told you that when you asked on the sales chat.")).toBe(true);
    expect(ownsFault("You did the right thing posting it, it just wasn't logged on our side.")).toBe(true);
    expect(ownsFault("You should have read the terms, we didn't hide them.")).toBe(false);
    expect(ownsFault("The courier didn't scan it, not our fault.")).toBe(false);
  });
  it("a refusal that explains the reason is not a policy wall; a bare rule still is", () => {
    const explained = simulate({
      scenario: "policy-exception",
      turns: ["The reason I can't refund the months is that the annual rate is a discount for paying up front, on the understanding it runs the full year."],
      seed: 1,
    });
    expect(explained.criteria.flatMap((c) => c.evidence).some((e) => e.label === "policy_wall")).toBe(false);
    const bare = simulate({ scenario: "policy-exception", turns: ["It's company policy, there's nothing I can do."], seed: 1 });
    expect(bare.criteria.flatMap((c) => c.evidence).some((e) => e.label === "policy_wall")).toBe(true);
  });
  it("a natural wh-question that brings out a fact earns open-question credit", () => {
    const r = simulate({ scenario: "misled-features", turns: ["Which album did you try to open first?"], seed: 1 });
    expect(r.criteria.flatMap((c) => c.evidence).some((e) => e.label === "open_question" && e.effect === "for")).toBe(true);
  });
});
