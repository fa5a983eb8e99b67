import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { simulate } from "../src/index";
import { namesFeeling, replay } from "../src/engine/conversation";
import { readTurn } from "../src/engine/offers";
import { criticalAsExpected, outcomeAsExpected } from "../src/eval/expected";

/**
 * Engine round 10 (issue 11 parts 1 and 3, from author C9's calls in src/eval/data/calls-dev9.json): what the agent
 * did in the call is credited (a reason given in her own situation's terms, an allowed remedy read a second way, a
 * feeling named in a statement), a slip the next turn repaired can pass, and the scorecard names the critical act.
 * Every call here is worded for the test, not copied from the dev set.
 */
const SEEDS = [1, 2, 7];
const creditsOf = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed }).turns.map((t) => t.credits ?? []);
const engaged = (scenario: string, turns: string[], turn: number, lbl: string) =>
  creditsOf(scenario, turns)[turn]!.some((c) => c.label === lbl && c.engaged);

describe("an explanation given in the terms of her own situation is about this call", () => {
  it("the failed payment explained by the frozen bank account (a persona fact, no topic named) engages", () => {
    const turns = ["I'm so sorry about Ken, Mrs Hartley.", "Looking at it, the payment failed because the bank froze the account after Ken died."];
    expect(engaged("bereavement", turns, 1, "explanation")).toBe(true);
  });
  it("a reason that names nothing of her situation still earns nothing", () => {
    const turns = ["I'm so sorry about Ken, Mrs Hartley.", "These things happen because of the way the system works, I'm afraid."];
    expect(engaged("bereavement", turns, 1, "explanation")).toBe(false);
  });
});

describe("a slip the next turn repaired can pass, where the criterion watching it expects no technique of this call", () => {
  // the slip blames the system, which this policy does not forbid: blaming the adviser she spoke to ("the adviser you
  // spoke to just didn't bother putting it through, that's on him", as this test first read) is the forbidden
  // blame of the previous agent, which the commitment reader reads since round 12 and which fails the call
  const recovered = [
    "Yeah, the system just didn't put it through, that's the system for you.",
    "Sorry, that wasn't fair of me. You dealt with us, not one person, and we let you down on Saturday. I'm sorry, Lena.",
    "What happened on Saturday, from your side?",
    "You lost a day's pay waiting in and nobody came, and I'm really sorry. I'm raising the replacement order now: Thursday is the first slot, with the damaged sofa collected on the same visit.",
    "That's booked for Thursday. For the wasted Saturday I'm adding a £40 goodwill voucher, and I'll log a complaint about the missed delivery.",
    "I'll ring you by 5pm tomorrow to confirm the booking has gone through. Is there anything else I can help with?",
  ];
  it("the recovery resolves and passes at every seed", () => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "repeat-contact", turns: recovered, seed });
      expect(r.critical, `seed ${seed}`).toBeNull();
      expect(r.outcome, `seed ${seed}`).toBe("resolved");
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(true);
      const b = r.criteria.find((c) => c.id === "boundaries-escalation")!;
      // the repaired slip still caps the criterion (three quarters), it is not forgiven
      expect(b.points, `seed ${seed}`).toBeGreaterThan(0);
      expect(b.points, `seed ${seed}`).toBeLessThanOrEqual(0.75 * 15 + 0.05); // (points are rounded to a tenth)
    }
  });
  it("the same slip left unrepaired (the next turn goes on without owning it) still costs the criterion all its points", () => {
    const unrepaired = [recovered[0]!, "What happened on Saturday, from your side?", ...recovered.slice(3)];
    const r = simulate({ scenario: "repeat-contact", turns: unrepaired, seed: 1 });
    expect(r.criteria.find((c) => c.id === "boundaries-escalation")!.points).toBe(0);
  });
});

describe("an apology that owns the agent's own last words is about this call", () => {
  const jargon = "Offline availability is governed by the device-level cache policy and sync-state flags on each album object.";
  it("'Sorry, that was a lot of jargon.' after a jargon turn engages", () => {
    expect(engaged("misled-features", [jargon, "Sorry, that was a lot of jargon."], 1, "apology")).toBe(true);
  });
  it("the same words with no slip before them pick up nothing of hers", () => {
    expect(engaged("misled-features", ["Hi Priya, thanks for calling.", "Sorry, that was a lot of jargon."], 1, "apology")).toBe(false);
  });
});

describe("an allowed remedy read a second way is not a remedy this call lacks", () => {
  it("a £40 goodwill voucher and the complaints team's 8 weeks on the repeat-contact call are this call's remedies", () => {
    const t = "For the lost Saturday I'm adding a £40 goodwill voucher, and I'm logging a complaint; the complaints team replies within 8 weeks, and after that you can go to the ombudsman.";
    expect(readTurn(getScenario("repeat-contact")!, t).foreign ?? 0).toBe(0);
    expect(engaged("repeat-contact", ["I'm sorry, Lena, we let you down on Saturday.", t], 1, "solution")).toBe(true);
  });
  it("the way back an abusive call's ending offers (a supervisor ringing back when he's ready) is part of that ending", () => {
    const t = "I'm going to end the call now, because the abuse has carried on. A supervisor can ring you back when you're ready to go through the bill, or you can call us back any time.";
    expect(readTurn(getScenario("abusive-caller")!, t).foreign ?? 0).toBe(0);
  });
  it("remedies another kind of call has (an engineer, a direct debit hold, a membership transfer) on a photo-app call still read as foreign", () => {
    const t = "I'll send an engineer out tomorrow. I'll transfer your gym membership to your partner. And I'll pause your direct debit.";
    expect(readTurn(getScenario("misled-features")!, t).foreign ?? 0).toBeGreaterThanOrEqual(2);
  });
});

describe("empathy named in a statement is read by the definition where the analyser saw none", () => {
  const opening = "Craig, a parcel marked delivered that isn't there, when you need it for work, is properly stressful. I've opened a missing-parcel claim now.";
  it("naming how the missing parcel is for him engages as empathy", () => {
    expect(engaged("persistent-abuse", [opening], 0, "empathy")).toBe(true);
  });
  it("a feeling waved away, denied, asked about or supposed is not read as empathy", () => {
    for (const t of [
      "No need to worry, the claim is open.",
      "It isn't stressful at all once the claim is open.",
      "Is the missing parcel stressful for you?",
      "If it were stressful I'd understand.",
      "I'm sorry you feel that way about the stressful wait.",
      // (made light of, or a difficulty that is not a feeling: the look-alikes in the labelled lines)
      "Give it a few more days and stop worrying.",
      "Moving's stressful for everyone, though.",
      "It's hard to tell without a test.",
      "I'm trying really hard, actually.",
    ]) {
      expect(namesFeeling(t), t).toBe(false);
    }
    expect(namesFeeling("That's a really hard week, with the drill missing.")).toBe(true);
  });
  it("a feeling named about nothing of his call earns nothing", () => {
    expect(engaged("persistent-abuse", ["Honestly, Mondays are properly stressful."], 0, "empathy")).toBe(false);
  });
});

describe("the scorecard names the critical act, quoting the agent's words", () => {
  it("a forbidden promise names the scenario's rule it breaks", () => {
    const turns = ["I'm sorry, Sandra, that's a horrible thing to find.", "I've removed the £59.98 and you'll have it back in your account tonight."];
    const r = simulate({ scenario: "billing-error", turns, seed: 1 });
    expect(r.critical).toMatchObject({ behaviour: "forbidden-promise", act: "no-same-day-refund", turn: 1 });
    expect(turns[1]).toContain(r.critical!.quote);
  });
  it("an insult names rudeness", () => {
    const turns = ["Maybe if you listened for a second we'd get somewhere."];
    const r = simulate({ scenario: "billing-error", turns, seed: 1 });
    expect(r.critical).toMatchObject({ behaviour: "insulted-customer", act: "rude", turn: 0 });
    expect(turns[0]).toContain(r.critical!.quote);
  });
  it("an author's name for it is read as the rubric's id, its trigger or the rule", () => {
    const crit = { behaviour: "forbidden-promise", act: "no-same-day-refund", turn: 1, quote: "q", reason: "r" };
    for (const e of ["forbidden-promise", "forbidden_promise", "no-same-day-refund", "no_same_day_refund"]) expect(criticalAsExpected(e, crit), e).toBe(true);
    expect(criticalAsExpected("no-credit-over-15", crit)).toBe(false);
    expect(criticalAsExpected("rude", crit)).toBe(false);
    expect(criticalAsExpected("rude", { ...crit, behaviour: "insulted-customer", act: "rude" })).toBe(true);
    expect(criticalAsExpected("rude", null)).toBe(false);
    expect(criticalAsExpected(undefined, null)).toBe(true);
  });
  it("an author's outcome words: 'hung_up' is the customer giving up (escalated), 'unresolved' anything but a resolution or a proper end", () => {
    expect(outcomeAsExpected("hung_up", { outcome: "escalated" })).toBe(true);
    expect(outcomeAsExpected("hung_up", { outcome: "ongoing" })).toBe(false);
    expect(outcomeAsExpected("unresolved", { outcome: "ongoing" })).toBe(true);
    expect(outcomeAsExpected("unresolved", { outcome: "escalated" })).toBe(true);
    expect(outcomeAsExpected("unresolved", { outcome: "resolved" })).toBe(false);
    expect(outcomeAsExpected("unresolved", { outcome: "ended", endedProperly: true })).toBe(false);
    expect(outcomeAsExpected("resolved", { outcome: "resolved" })).toBe(true);
  });
});

describe("the move she heard, where the analyser pointed at another sentence", () => {
  it("a stock apology followed by one about her situation in the same turn engages (the second is the move)", () => {
    const turns = [
      "For data protection I'll need the account holder, so is Mr Hartley there?",
      "Oh, I'm so sorry. I rushed straight into questions there. I'm very sorry about your husband.",
    ];
    expect(engaged("bereavement", turns, 1, "apology")).toBe(true);
  });
  it("a stock apology alone, or one said before, still earns nothing", () => {
    expect(engaged("bereavement", ["For data protection I'll need the account holder.", "Oh, I'm so sorry."], 1, "apology")).toBe(false);
  });
});

describe("an open question about her situation, however it opens", () => {
  it("'Can I just ask what…' is the open question 'can I ask what…' is", () => {
    const turns = ["I'm sorry to hear the calls keep dropping, Tom. Can I just ask what's making the signal so bad at home?"];
    expect(engaged("cancellation", turns, 0, "open_question")).toBe(true);
  });
  it("a wh-question about her situation in the third person counts; one about what the agent might do does not", () => {
    expect(engaged("bereavement", ["Take your time, Mrs Hartley. Who's the letter addressed to?"], 0, "open_question")).toBe(true);
    expect(engaged("bereavement", ["Take your time, Mrs Hartley. Which team do I pass the letter to?"], 0, "open_question")).toBe(false);
  });
});

