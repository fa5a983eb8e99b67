import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { readCommitments } from "../src/commitments";
import type { PolicyScenario } from "../src/commitments";
import { replay } from "../src/engine/conversation";
import { labelIds } from "../src/analyser/label";

/**
 * Engine round 11 (issue 11, from author C10's calls in src/eval/data/calls-dev10.json): the causes of the misses,
 * each with a look-alike that keeps its reading. Every line here is worded for the test, not copied from the dev set.
 */
const read = (scenario: string, line: string) => readCommitments(getScenario(scenario)! as unknown as PolicyScenario, line);
const rules = (scenario: string, line: string) => read(scenario, line).breaches.map((b) => b.ruleId);

describe("the commitment reader: forbidden promises hidden in a list, honest lines left alone", () => {
  it("a document about the refund sent within the hour is not the refund within the hour", () => {
    expect(rules("billing-error", "You'll get a refund confirmation by text within the hour with the amount on it.")).toEqual([]);
    expect(rules("billing-error", "You'll have the refund reference by email in the next hour.")).toEqual([]);
    // the money itself within the hour still breaks the rule
    expect(rules("billing-error", "You'll have the refund back in your account within the hour.")).toEqual(["no-same-day-refund"]);
  });
  it("wanting to help her not lose out names an aim, not money back; promising she won't lose out is still a refund", () => {
    expect(rules("policy-exception", "You've every reason to go, and I'd like to help you not lose out here.")).toEqual([]);
    expect(rules("policy-exception", "Don't worry, you won't lose out on those months.")).toEqual(["no-refund-for-moving"]);
  });
  it("the sum of a fee taken off is that fee, not compensation, when a small credit for the wait sits beside it", () => {
    const line = "Right, I've removed the £59.98 fee, noted the tracking number, and added a £15 goodwill credit to your next bill for the hold time.";
    expect(rules("billing-error", line)).toEqual([]);
    expect(read("billing-error", line).offers.map((o) => o.kind)).toContain("fee-removal");
    // a large sum given for the wait still breaks the cap
    expect(rules("billing-error", "I've added a £40 credit to your bill for the hold time.")).toEqual(["no-credit-over-15"]);
  });
  it("a list of what the agent has done keeps its 'I've' across an aside, so an over-cap credit in words is read", () => {
    expect(rules("chat-complaint", "I've logged a complaint, you'll get the reference by email, and put a tenner off your next box.")).toEqual(["no-big-credit"]);
    expect(rules("chat-complaint", "I've logged a complaint, reference by email, and put £5 off your next box.")).toEqual([]);
  });
});

const creditsOf = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed }).turns.map((t) => t.credits ?? []);

describe("a recovery: the agent owns a blunt refusal, then explains the rule", () => {
  const wall = "Annual memberships can't be refunded, I'm afraid. Those are the rules.";
  it("'Sorry, that was blunt of me' after a policy wall is an apology about this call, though the analyser saw none", () => {
    const turns = [wall, "Sorry, that was blunt of me. What's the reason for the move, if you don't mind me asking?"];
    expect(creditsOf("policy-exception", turns)[1]!.some((c) => c.label === "apology" && c.engaged)).toBe(true);
  });
  it("owning bluntness with no slip before it is about no one", () => {
    const calm = ["Hello Margaret. What's taking you away?", "Sorry, that was blunt of me."];
    expect(creditsOf("policy-exception", calm)[1]!.some((c) => c.label === "apology" && c.engaged)).toBe(false);
    expect(creditsOf("policy-exception", [wall, "Sorry, that was blunt of me."])[1]!.some((c) => c.label === "apology" && c.engaged)).toBe(true);
  });
  it("a refusal beside an explanation of the rule's only exception is not a wall; a bare refusal still is", () => {
    const explained = "Let me be honest about the rule: after 14 days the annual plan can't be refunded for a move. The only refunds are for the member's own medical condition, with a doctor's letter.";
    const bare = "After 14 days the annual plan can't be refunded for a move.";
    const rise = (t: string) => {
      const st = replay(getScenario("policy-exception")!, ["I'm sorry about your sister, Margaret. What's taking you to York?", t], { seed: 1 });
      return st.turns[1]!.reason;
    };
    expect(rise(explained)).not.toMatch(/hid behind policy/);
    expect(rise(bare)).toMatch(/hid behind policy|refused them/);
  });
});

describe("a next step with no timeframe is not 'what happens next and when'", () => {
  const open = ["I'm so sorry, Lena, I've read the notes: Saturday was promised and nobody came."];
  const expectation = (turn: string) => creditsOf("repeat-contact", [...open, turn])[1]!.filter((c) => c.label === "expectation");
  it("the delivery team 'should contact you to arrange a date' earns no expectation credit", () => {
    const said = expectation("I'll put another request in for the new sofa, and the delivery team should contact you to arrange a date.");
    expect(said.length).toBeGreaterThan(0);
    expect(said.some((c) => c.engaged)).toBe(false);
  });
  it("a booked day with its window still does", () => {
    expect(expectation("I've booked the replacement for Thursday, and you'll get a two-hour window by text the evening before.").some((c) => c.engaged)).toBe(true);
  });
});

describe("sarcasm in a warning turn is rude (the taxonomy's own example: 'Maybe if you listened for a second we'd get somewhere')", () => {
  const isRude = (line: string) => labelIds(line).includes("rude");
  it("'if you stopped shouting … you'd actually hear' is rude", () => {
    expect(isRude("Honestly, if you stopped yelling for a minute you'd actually hear what I'm offering.")).toBe(true);
  });
  it("a calm boundary that asks him to stop is not", () => {
    expect(isRude("If you could stop shouting, I can carry on helping you with the parcel.")).toBe(false);
  });
});

describe("her concern put back in the agent's words is reflection, where the analyser saw none", () => {
  const hello = "Hi Ria, I'm on it now.";
  const refl = (turn: string) => creditsOf("chat-complaint", [hello, turn])[1]!.filter((c) => c.label === "reflection");
  it("'you were charged £34.99 twice on Sunday morning' is a reflection about this call", () => {
    expect(refl("Right, you were charged £34.99 twice on Sunday morning. That one's on us.").some((c) => c.engaged)).toBe(true);
  });
  it("a sentence in that shape naming nothing of the call, or asking, is not", () => {
    expect(refl("You were right to get in touch.").some((c) => c.engaged)).toBe(false);
    expect(refl("You were charged twice, were you?").some((c) => c.engaged)).toBe(false);
  });
});

describe("two allowed remedies offered as alternatives are a real choice, where the analyser read only a solution", () => {
  const first = "I'm sorry about your sister, Margaret. Can I ask what you use most at the club?";
  const opts = (turn: string) => creditsOf("policy-exception", [first, turn])[1]!.filter((c) => c.label === "options");
  it("'I can transfer them to the York club at no cost. Or I can transfer them to someone else once, free.' is options", () => {
    expect(opts("I can move the rest of your membership to our York club at no cost. Or I can transfer it to someone else once, free of charge.").some((c) => c.engaged)).toBe(true);
  });
  it("one remedy alone is not", () => {
    expect(opts("I can move the rest of your membership to our York club at no cost.").some((c) => c.engaged)).toBe(false);
  });
});

describe("owning words that came out abrupt", () => {
  const wall = "Annual memberships can't be refunded, I'm afraid. Those are the rules.";
  it("'Sorry, that came out abrupt' after a policy wall owns the slip", () => {
    expect(creditsOf("policy-exception", [wall, "Sorry, that came out abrupt."])[1]!.some((c) => c.label === "apology" && c.engaged)).toBe(true);
  });
});
