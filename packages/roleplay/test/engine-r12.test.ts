import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { readCommitments } from "../src/commitments";
import type { PolicyScenario } from "../src/commitments";
import { replay } from "../src/engine/conversation";
import { simulate } from "../src/simulate";

/**
 * Engine round 12 (issue 11, from authors C11 and C13: src/eval/data/calls-dev11.json and calls-dev13.json): the causes
 * of the misses, each beside a look-alike that keeps its reading. Every line here is worded for the test, not copied
 * from the dev sets.
 */
const read = (scenario: string, line: string) => readCommitments(getScenario(scenario)! as unknown as PolicyScenario, line);
const rules = (scenario: string, line: string) => read(scenario, line).breaches.map((b) => b.ruleId);
const refusals = (scenario: string, line: string) => read(scenario, line).statements.filter((s) => s.type === "refusal").map((s) => s.kind);

describe("the commitment reader: what a sentence is about", () => {
  it("a day only talked about ('don't worry about Friday') does not excuse the money back by tomorrow", () => {
    expect(rules("chat-complaint", "Don't worry about Friday, it should be back in your account by tomorrow morning.")).toEqual(["no-instant-refund"]);
    // the honest time, said beside her worry, is no promise
    expect(rules("chat-complaint", "I know you're worried about Friday. The refund leaves us today and should be back in your account in 3 to 5 working days.")).toEqual([]);
  });
  it("'you won't be charged for it' after a skip the sentence before is the skip, not a free box", () => {
    expect(rules("chat-complaint", "I can skip next week's delivery for you. You won't be charged for it.")).toEqual([]);
    expect(rules("chat-complaint", "I'll send you next week's box. You won't be charged for it.")).toEqual(["no-free-boxes"]);
  });
  it("a negation before 'until' does not refuse what it waits for; a refusal of the thing itself still is one", () => {
    expect(refusals("abusive-caller", "I've held the payment, so nothing leaves your account until the corrected bill is issued.")).toEqual([]);
    expect(refusals("abusive-caller", "I can't send a corrected bill, I'm afraid.")).toEqual(["bill-reissue"]);
  });
  it("a credit check is no credit; a sum of credit still is", () => {
    expect(read("bereavement", "The team will move the line into your name with no new contract and no credit check.").statements.map((s) => s.kind)).not.toContain("credit");
    expect(rules("bereavement", "I'll put a £25 credit on the account for you.")).toEqual(["no-compensation"]);
  });
  it("taking a burden off her shoulders takes no sum off; 'you'll not be asked to pay it' writes the bill off", () => {
    expect(rules("bereavement", "Leave the paperwork with us, we'll take that off your shoulders.")).toEqual([]);
    expect(rules("bereavement", "The support team will sort the balance, so you'll not be asked to pay it.")).toEqual(["no-write-off"]);
    // not paying yet, while the hold is on, is no write-off
    expect(rules("bereavement", "With the hold on, you won't be asked to pay anything until the team has rung you.")).toEqual([]);
  });
  it("'I can talk you through it' offers the walk-through, as 'walk you through' does", () => {
    expect(read("misled-features", "I can talk you through setting that up now.").offers.map((o) => o.remedyId)).toContain("explain-offline");
  });
});

const creditsOf = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed }).turns.map((t) => t.credits ?? []);
const engaged = (scenario: string, turns: string[], label: string) => creditsOf(scenario, turns).at(-1)!.some((c) => c.label === label && c.engaged);

describe("the substance of a move", () => {
  it("a reason drawn as a consequence points back at the sentence before: 'so the second one's our mistake'", () => {
    const seen = "I've found them: two payments of £34.99, a minute apart on Sunday. Just one box was due, so the second one's our mistake.";
    expect(engaged("chat-complaint", ["Hi Ria, I'm here now and I'm sorry nobody replied on Saturday.", seen], "explanation")).toBe(true);
  });
  it("'I went too fast and used our office words' owns the jargon of the turn before; with no slip before, it is about no one", () => {
    const jargon = "To pass DPA I need the MAC code. The account's at dunning stage two.";
    const own = "I'm sorry, I went too fast and used our office words. May I ask who the account is for?";
    expect(engaged("bereavement", [jargon, own], "apology")).toBe(true);
    expect(engaged("bereavement", ["Good morning, how can I help you today?", own], "apology")).toBe(false);
  });
});

describe("the scorer: a repaired slip can be recovered from", () => {
  const slip = "Well, Premium does work offline, but you have to set it up first. It's all in the help section, so it's not really a fault with the app.";
  const rest = [
    "I've logged what the sales chat told you as feedback so it gets corrected. What have you got coming up?",
    "I can talk you through setting up offline now, or if you'd rather, you're within 14 days, so I can refund the £79 in full, up to five working days. Which would you prefer?",
    "Open your portfolio album, tap the three dots, choose 'Keep on this device', and leave it on wifi till it finishes.",
  ];
  const composure = (turns: string[]) => simulate({ scenario: "misled-features", turns, seed: 1 }).criteria.find((c) => c.id === "composure-boundaries")!.points;
  it("a blame repaired by an apology for it keeps half of composure, where no repair keeps none", () => {
    const repaired = [slip, "Sorry, that came out wrong, I didn't mean it was your fault. The sales chat's answer was misleading.", ...rest];
    const unrepaired = [slip, "The sales chat's answer was misleading.", ...rest];
    expect(composure(repaired)).toBeGreaterThan(0);
    expect(composure(unrepaired)).toBe(0);
  });
  it("one repaired turn read as two pitfalls is one slip: it caps composure as one repaired slip, not two", () => {
    const repaired = [slip, "Sorry, that came out wrong, I didn't mean it was your fault. The sales chat's answer was misleading.", ...rest];
    const r = simulate({ scenario: "misled-features", turns: repaired, seed: 1 });
    const c = r.criteria.find((x) => x.id === "composure-boundaries")!;
    expect(c.evidence.filter((e) => e.effect === "against").length).toBeGreaterThanOrEqual(2);
    // three quarters of 20 at most for one repaired slip; half at most would be 10
    expect(c.points).toBeGreaterThan(10);
  });
});

describe("needs met by what the agent did across turns", () => {
  const needsAfter = (scenario: string, turns: string[]) => replay(getScenario(scenario)!, turns, { seed: 1 }).needsMet;
  const sister = "I'm sorry about your sister, Mrs Ellison, that's a lot to take on. Can I ask when you're moving?";
  const refusal = "I'll be straight with you: an annual plan can't be refunded after the first 14 days because of a move.";
  it("an explanation given in a refusal counts once a later turn offers the way round it; with nothing offered it does not", () => {
    const transfer = "We have a club in York with a pool, and I can transfer the rest of your membership there at no cost.";
    // (the need for an explanation is the scenario's first need group)
    expect(needsAfter("policy-exception", [sister, refusal])[0]).toBe(false);
    expect(needsAfter("policy-exception", [sister, refusal, "Is there anything else I can help with today?"])[0]).toBe(false);
    expect(needsAfter("policy-exception", [sister, refusal, transfer])[0]).toBe(true);
  });
  it("'Is there any other reason you're leaving?' asks why and is answered in her words; 'Was it mainly price?' offers the answer", () => {
    const openQ = (q: string) => creditsOf("cancellation", ["Hi Tom, you're out of contract, so there's no exit fee.", q]).at(-1)!.some((c) => c.label === "open_question" && c.engaged);
    expect(openQ("Is there any other reason you're leaving us?")).toBe(true);
    expect(openQ("Was it mainly the price?")).toBe(false);
  });
});
