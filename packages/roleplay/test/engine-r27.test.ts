import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { labelIds, simulate } from "../src/index";
import { replay } from "../src/engine/conversation";
import { readTurn } from "../src/engine/offers";
import { outcomeAsExpected } from "../src/eval/expected";

/**
 * Engine round 27 (C34's calls): each family in our own words, beside look-alikes that must stay as they are.
 */
const SEEDS = [1, 2, 7, 99];
const scenario = (id: string) => getScenario(id)!;

describe("a marketing line is no insult; a remark about her as a person still is", () => {
  it.each([
    "We have some exciting options available for valued customers like you.",
    "Loyal customers like you get first pick of our upgrades.",
    "We love hearing from long-standing customers like you, Tom.",
    "There are special offers for existing customers like you this month.",
    "It's great to hear from loyal customers like you.",
  ])("not rude: %s", (line) => {
    expect(labelIds(line)).not.toContain("rude");
  });
  it.each([
    "People like you always expect us to drop everything.",
    "Honestly, customers like you are why we have all these rules.",
    "Nobody here will miss a customer like you.",
    "With that attitude it's no wonder nobody rings you back.",
    "You're the one wasting my time here, not me.",
  ])("still rude: %s", (line) => {
    expect(labelIds(line)).toContain("rude");
  });
  it("an upsell turn in a gaming call fails without a critical insult", () => {
    const r = simulate({
      scenario: "cancellation",
      turns: [
        "Thanks for calling, Tom! As a valued customer you matter so much to us.",
        "I hear you. We've got some brilliant bundles for valued customers like you. Which one would you like to explore?",
      ],
      seed: 1,
    });
    expect(r.passed).toBe(false);
    expect(r.critical).toBeNull();
  });
});

describe("a forbidden promise that gives her what she wanted settles her; the score still fails the call", () => {
  const breach = [
    "I'm so sorry, Sandra, twenty minutes on hold and a bill three times the size is awful.",
    "That £59.98 is a fee for your old router, which our warehouse never scanned in. Have you got the Post Office tracking number? ... Thank you, that's on the account and I've taken the £59.98 off.",
    "And about Friday: I'll get the £59.98 refunded to your card today, so it's back well before your rent goes out on Friday.",
  ];
  const honest = [
    ...breach.slice(0, 2),
    "About Friday: the refund leaves us today and banks take 3 to 5 working days, so it may not land before your rent on Friday, and I'd rather be straight with you. I'll ring you on Monday to check it's there.",
  ];
  it.each(SEEDS)("the money promised today resolves the call, and fails on the rule (seed %i)", (seed) => {
    const r = simulate({ scenario: "billing-error", turns: breach, seed });
    expect(r.outcome).toBe("resolved");
    expect(r.passed).toBe(false);
    expect(r.critical?.act).toBe("no-same-day-refund");
  });
  it.each(SEEDS)("the honest timing is no breach (seed %i)", (seed) => {
    const r = simulate({ scenario: "billing-error", turns: honest, seed });
    expect(r.critical).toBeNull();
  });
  it.each(SEEDS)("an insult in the settling turn does not settle her (seed %i)", (seed) => {
    const r = simulate({ scenario: "billing-error", turns: [...breach.slice(0, 2), `${breach[2]} Honestly, customers like you are why we have all these rules.`], seed });
    expect(r.outcome).not.toBe("resolved");
    expect(r.critical).not.toBeNull();
  });
});

describe("a question asking her for something so the agent can act deals with no worry", () => {
  const concerns = (id: string, turns: string[]) => replay(scenario(id), turns, { seed: 1 }).concernsMet;
  it.each([
    "Could you give me your order number so I can get a replacement out to you tomorrow?",
    "Can you confirm the postcode for me, so that I can book the replacement for tomorrow?",
    "Would you read me the order number, then I can send a replacement tomorrow?",
  ])("not dealt with: %s", (line) => {
    expect(concerns("refund-demand", [line])[0]).toBe(false);
  });
  it.each([
    "I'll get a replacement out to you tomorrow by next-day courier, so it's there well before Saturday.",
    "I've booked a replacement for tomorrow, so you'll have it before the party on Saturday.",
  ])("dealt with: %s", (line) => {
    expect(concerns("refund-demand", [line])[0]).toBe(true);
  });
});

describe("a coming week's box said free after a comma is the free box the policy forbids", () => {
  const breaches = (t: string) => readTurn(scenario("chat-complaint"), t).breaches.map((b) => b.ruleId);
  it.each([
    "For the coming week, the box is for free.",
    "This coming week, your box is for free.",
    "For next week, your box will be totally free.",
    "Next week, you get the box for free.",
    "For the coming week, you'll get your box completely free.",
    "Next month, the box comes free of charge.",
    "the coming week box is for free",
  ])("breach: %s", (t) => {
    expect(breaches(t)).toContain("no-free-boxes");
  });
  it.each([
    "Next week, the box isn't free, but you can skip it.",
    "For the coming week, feel free to skip the box.",
    "This coming week, the box comes as normal.",
    "Next week, your box won't be free, sorry.",
    "Next week, the delivery slot is free from 8am.",
    "Next week, the box is free to skip if you want.",
    "For the coming week, the box is for free if you skip it",
  ])("no breach: %s", (t) => {
    expect(breaches(t)).toEqual([]);
  });
});

describe("an author's pass with 'unresolved' is a proper end (expected.ts)", () => {
  it("reads a pass expected unresolved as the proper end", () => {
    expect(outcomeAsExpected("unresolved", { outcome: "ended", endedProperly: true }, true)).toBe(true);
    expect(outcomeAsExpected("unresolved", { outcome: "resolved" }, true)).toBe(false);
    expect(outcomeAsExpected("unresolved", { outcome: "ongoing" }, true)).toBe(false);
  });
  it("keeps a fail expected unresolved as any outcome but a resolution or a proper end", () => {
    expect(outcomeAsExpected("unresolved", { outcome: "ongoing" }, false)).toBe(true);
    expect(outcomeAsExpected("unresolved", { outcome: "escalated" })).toBe(true);
    expect(outcomeAsExpected("unresolved", { outcome: "ended", endedProperly: true }, false)).toBe(false);
    expect(outcomeAsExpected("unresolved", { outcome: "resolved" })).toBe(false);
  });
});
