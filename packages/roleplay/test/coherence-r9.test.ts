import { getScenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { replay } from "../src/engine/conversation";

/**
 * Coherence round 9: the mechanisms behind the readers' commonest misfits on a new author's calls, one block each, in
 * wordings written for these tests (not the development calls'). Every case holds for several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const last = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed }).turns.at(-1)!.customerLine;

describe("her choice restated wrongly is corrected, naming what she chose", () => {
  const OPEN = "I'm so sorry about the leaking coffee machine and that nobody answered your emails. I'll sort it myself now.";
  const corrected = (options: string, restated: string, hers: RegExp) => {
    for (const seed of SEEDS) {
      const reply = last("refund-demand", [OPEN, `There are two ways to go: ${options} Which would you prefer?`, restated], seed);
      expect(reply).toMatch(hers);
      expect(reply).toMatch(/\b(?:said|chose|picked|asked for)\b/i);
      expect(reply).not.toMatch(/\b(?:thank you|thanks|good|lovely|brilliant|fine|go on)\b/i);
    }
  };
  it("she picked the first option (the refund); the agent confirms the replacement; she says she chose the refund", () => {
    corrected("a full refund once the courier collects it, or a replacement by next-day courier.", "Lovely, I've ordered the replacement for tomorrow, and the driver takes the old one away.", /\brefund\b/i);
  });

  it("the other way round: chose the replacement, the agent confirms the refund", () => {
    corrected("a replacement by next-day courier, or a full refund once the courier collects it.", "Right, I've started the refund, and the courier will collect the machine.", /\breplacement\b/i);
  });

  it("confirmed as she chose, she does not object", () => {
    const turns = [
      OPEN,
      "There are two ways to go: a full refund once the courier collects it, or a replacement by next-day courier. Which would you prefer?",
      "The refund it is. I've set it up, and the courier collects the machine tomorrow.",
    ];
    for (const seed of SEEDS) expect(last("refund-demand", turns, seed)).not.toMatch(/\b(?:not the one|didn't choose|i said the|not what i (?:chose|picked))\b/i);
  });
});

describe("a turn that did something specific gets a reply about it, not a stock line", () => {
  it("told the line stays on and the letters stop, she answers about that (not 'you've been very patient')", () => {
    const turn = "I'm very sorry about your husband. First, please don't worry: the line won't be cut off. I've put the account on hold for 60 days, so no more letters or fees.";
    for (const seed of SEEDS) {
      const reply = last("bereavement", [turn], seed);
      expect(reply).not.toMatch(/patient with me/i);
      expect(reply).toMatch(/\b(?:letters?|phone|line|cut off|go off)\b/i);
    }
  });
});

describe("a hedged timing is answered as the worry it is", () => {
  const BILL_OPEN = "I'm sorry about the shock of that bill and the wait on hold. I've got your account open and I'll sort it myself.";
  const ROUTER = "The extra £59.98 is a charge for your old router: our warehouse has no record of it coming back. Did you post it back?";
  it("'it might not reach your card before Friday' gets her worry about Friday, not thanks", () => {
    const turns = [BILL_OPEN, ROUTER, "Thank you. I've taken the charge off. The refund might not reach your card before Friday, I'm afraid; banks can take three to five working days."];
    for (const seed of SEEDS) {
      const reply = last("billing-error", turns, seed);
      // (round 11: a hedge that names her day has answered her question, so she takes it in as the worry it is,
      // "Which is what I'm scared of. I'll have to plan around Friday, then.", rather than ask it again)
      expect(reply).toMatch(/\?|plan around|count on it|work round/);
      expect(reply).toMatch(/\b(?:friday|rent|before then)\b/i);
      expect(reply).not.toMatch(/thanks for your help|you've sorted it|that's all I wanted|that's what I needed to hear/i);
    }
  });
});

describe("asked which day and time suits her for a call, she names one", () => {
  it("'Which day and time suits you?' gets a time, not a yes to the call back", () => {
    const B = "I'm sorry about the shock of that bill and the wait on hold. I've got your account open and I'll sort it myself.";
    const turns = [
      B,
      "The extra £59.98 is a charge for your old router: our warehouse has no record of it coming back. Did you post it back?",
      "Thanks. I've taken the charge off and the refund goes back to your card. I'd like to ring you once it has landed. Which day and time suits you?",
    ];
    for (const seed of SEEDS) {
      // (in her first sentence: "My rent goes out on Friday" later in the reply names no time for the call)
      const first = last("billing-error", turns, seed).split(/(?<=[.!?])\s+/)[0]!;
      expect(first).toMatch(/\b(?:any ?time|whenever|morning|afternoon|evening|o'clock|monday|tuesday|wednesday|thursday|friday|after \d|before \d|\d ?(?:am|pm))\b/i);
    }
  });
});
