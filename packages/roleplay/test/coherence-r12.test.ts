import { getScenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { replay } from "../src/engine/conversation";

/**
 * Coherence round 12: the readers' remaining kinds of misfit (a working-day timing heard as "before Friday", a
 * welcome for a remedy nobody offered, a choice restated wrongly gone along with, questions answered that nobody
 * asked, questions left unanswered), one block per mechanism, in wordings written for these tests (not the dev
 * sets'). Every case holds for several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const said = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed }).turns.map((t) => t.customerLine);
const last = (scenario: string, turns: string[], seed = 1) => said(scenario, turns, seed).at(-1)!;

describe("a working-day timing is counted from the call day", () => {
  // billing-error is called on a Wednesday, her rent goes out on Friday; chat-complaint on a Tuesday, her phone bill on Friday
  it("'3 to 5 working days' on a Wednesday is next Monday at the earliest: not 'before Friday', and she says so", () => {
    const turns = [
      "I'm sorry, Sandra, twenty minutes on hold and a bill like that is awful. The £59.98 is a fee for the old router.",
      "Since you've got the Post Office tracking number, I've taken the fee off and refunded it to your bank; it shows in three to five working days.",
    ];
    for (const seed of SEEDS) {
      const reply = last("billing-error", turns, seed);
      expect(reply).toMatch(/next Monday at the earliest/);
      expect(reply).toMatch(/won't be there in time/);
      expect(reply).not.toMatch(/before Friday|weight off/i);
    }
  });

  it("even when the agent says it will beat Friday, she hears the dates, not the promise", () => {
    const turns = [
      "I'm sorry, Sandra, that's a horrible shock. The £59.98 is a fee for the router you posted back.",
      "I've removed it and refunded it to your card, 3 to 5 working days, so it'll be there before your rent on Friday.",
    ];
    for (const seed of SEEDS) {
      const reply = last("billing-error", turns, seed);
      expect(reply).toMatch(/next Monday at the earliest/);
      expect(reply).not.toMatch(/back on my card before Friday|that's what I needed/i);
    }
  });

  it("on a Tuesday it is Friday at the earliest, so it may not be in time; asked something, her answer follows the dates", () => {
    const turns = ["hi Ria, sorry we took it twice. that's our mistake.", "I've refunded the second £34.99 to your card, it takes 3-5 working days to show. When does your phone bill go out?"];
    for (const seed of SEEDS) {
      const reply = last("chat-complaint", turns, seed);
      expect(reply).toMatch(/^3-5 working days from today\? that's friday at the earliest\./);
      expect(reply).toMatch(/friday/);
      expect(reply).not.toMatch(/[A-Z]/);
    }
  });

  it("the dates are said once; a range that meets her day is not counted at all", () => {
    const turns = [
      "I'm sorry, Sandra. The £59.98 is a fee for the router you posted back.",
      "I've taken the fee off and refunded it; it shows in 3 to 5 working days, so I can't promise Friday.",
      "To be clear, that's 3 to 5 working days from today.",
    ];
    for (const seed of SEEDS) expect(said("billing-error", turns, seed).filter((l) => /at the earliest/.test(l))).toHaveLength(1);
    const quick = ["I'm sorry, Sandra. The £59.98 is a fee for the router you posted back.", "I've taken the fee off and refunded it; it shows in 1 to 2 working days."];
    for (const seed of SEEDS) expect(last("billing-error", quick, seed)).not.toMatch(/at the earliest/);
  });
});

describe("a welcome names only what was offered", () => {
  it("a credit over the limit is not welcomed as free months; free months still are", () => {
    const turns = [
      "I'm so sorry about the bill, Sandra.",
      "I've removed the £59.98 fee since you posted the router, and refunded it; it shows in 3 to 5 working days.",
      "And I've put a £25 credit on your next bill for the trouble.",
    ];
    for (const seed of SEEDS) expect(last("billing-error", turns, seed)).not.toMatch(/free month/i);
    for (const seed of SEEDS) expect(last("billing-error", [...turns, "I've also given you next month completely free."], seed)).toMatch(/^Free months/);
  });
});
