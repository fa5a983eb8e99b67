import { describe, expect, it } from "vitest";
import type { LabelId, PitfallId } from "@defuse/content";
import { label, labelIds } from "../src/analyser/label";
import { answeredInTurn, loadModel, WRAPS, type ModelJson } from "../src/model/model";
import WEIGHTS from "../src/model/weights.json";
import { simulate } from "../src/simulate";

/**
 * Analyser round 27: a pitfall said in one sentence (or clause) of a turn is said, whatever technique another sentence
 * wraps it in. On main the exclusive pairs (blame/apology, dismissive/apology, argue/apology…) were read over the whole
 * turn, so "I'm so sorry about the wait. Honestly, the warehouse lot are hopeless…" lost its blame to the apology. Now
 * a pitfall the pairs took off comes back when its own sentence or clause, decided alone, shows it, with that sentence
 * as its evidence; context inside the sentence, and a technique that answers the pitfall (a remedy, an explanation,
 * ownership), still count. The lines are worded for this test.
 */
const has = (text: string, l: LabelId) => labelIds(text).includes(l);
const span = (text: string, l: PitfallId) => label(text).pitfalls.find((h) => h.label === l)?.span.text;

describe("analyser round 27: wrapped pitfalls are labelled", () => {
  it("blame after an apology or empathy, in a sentence of its own (main missed these)", () => {
    const lines: [string, string][] = [
      ["I'm so sorry about the wait, that must have been maddening. Honestly, the warehouse lot are hopeless at scanning returns in.", "Honestly, the warehouse lot are hopeless at scanning returns in."],
      ["I'm sorry about all this. Honestly, the courier lot are useless with the big parcels.", "Honestly, the courier lot are useless with the big parcels."],
      ["I'm sorry you waited. Our records show you never posted the router back.", "Our records show you never posted the router back."],
    ];
    for (const [t, ev] of lines) {
      expect(labelIds(t), t).toEqual(expect.arrayContaining(["apology", "blame"]));
      expect(span(t, "blame"), t).toBe(ev);
    }
  });

  it("a minimised problem after an apology keeps its label, quoted from its own sentence", () => {
    const dis = "I'm so sorry about the bill, I really am. It's only a few pounds though.";
    expect(has(dis, "dismissive")).toBe(true);
    expect(span(dis, "dismissive")).toBe("It's only a few pounds though.");
  });

  it("policy wall, jargon, rude and a minimised problem wrapped in a technique keep their label", () => {
    expect(has("I know it's frustrating. It's company policy, there's nothing more I can do.", "policy_wall")).toBe(true);
    expect(has("I'm sorry for the delay. The MRR adjustment posts after the dunning cycle closes on the tier-one SKU.", "jargon")).toBe(true);
    expect(has("I'm sorry about the wait. Right, well, good luck finding a company that puts up with you.", "rude")).toBe(true);
    expect(has("I'm sorry it's been a rough week, but it's honestly only a few pounds.", "dismissive")).toBe(true);
  });
});

describe("analyser round 27: look-alikes stay clean", () => {
  it("negation, the agent's own fault, her words quoted, shared annoyance, a colleague's error owned", () => {
    const clean = [
      "I'm sorry, I know this is stressful. I'm not saying you should have known about the 60 days.",
      "I'm really sorry you've had to chase this. You shouldn't have had to ring three times.",
      "I'm sorry about this. You said the last agent was useless, and I can see why you'd feel that.",
      "I'm sorry about the charge. I'd be annoyed too if I'd been billed for something I'd sent back.",
      "I'm sorry. My colleague gave you the wrong date, and that's on us to fix.",
      "I'm so sorry. My colleague gave you the wrong date. That's on us, and I'll put it right today.",
      // an apology that takes back the agent's own words repairs a denial (REPAIRS): argue keeps its pairs
      "Sorry, I put that badly, I wasn't saying any of this is down to you. The chat's answer was wrong.",
      // the agent's own side's fault, owned in the same sentence; the first sentence, read alone, scores as blame but
      // has no blame cue to quote (citesCue)
      "The app does work offline once each album is set to download. We should have said so on the sales chat, and I'm sorry we didn't.",
    ];
    for (const t of clean) for (const p of ["blame", "dismissive", "argue", "rude"] as const) expect(has(t, p), `${p}: ${t}`).toBe(false);
  });

  it("kindness after condolences is not read as talking down, and plain good turns carry no pitfall", () => {
    const good = [
      "I'm so very sorry about your husband, Mrs Hartley. We'll go slowly, and you can stop me whenever you like.",
      "I'm sorry it's been such a hassle. I've refunded the £59.98 to your card and it leaves today.",
      "I'm sorry the chat told you that. It isn't how offline mode works, and I'll explain what it does do.",
    ];
    for (const t of good) expect(label(t).pitfalls, t).toEqual([]);
  });
});

describe("analyser round 27: what may answer a pitfall", () => {
  const m = loadModel(WEIGHTS as unknown as ModelJson);
  it("only empathy and apology are wraps; a remedy, an explanation or ownership answers; an apology repairs a denial", () => {
    expect([...WRAPS].sort()).toEqual(["apology", "empathy"]);
    expect(answeredInTurn(m, "blame", new Set<LabelId>(["apology", "empathy"]))).toBe(false);
    expect(answeredInTurn(m, "blame", new Set<LabelId>(["ownership"]))).toBe(true);
    expect(answeredInTurn(m, "policy_wall", new Set<LabelId>(["explanation"]))).toBe(true);
    expect(answeredInTurn(m, "rude", new Set<LabelId>(["solution", "ownership", "explanation"]))).toBe(false);
    expect(answeredInTurn(m, "argue", new Set<LabelId>(["apology"]))).toBe(true);
  });
});

describe("analyser round 27: a whole call", () => {
  const turns = (second: string) => [
    "I'm so sorry about the shock and the wait, Sandra. I'll sort this out for you myself.",
    second,
    "Thank you. I've removed the £59.98 fee and refunded it to your card; it leaves today and usually shows in 3 to 5 working days.",
    "Would you like a call back on Monday at 6pm to confirm it has landed? Is there anything else I can help with?",
  ];
  const clean = "I'm so sorry, that must have been maddening. Do you have the tracking number?";
  const wrapped = "I'm so sorry, that must have been maddening. Honestly, you should have hung on to the Post Office receipt. Do you have the tracking number?";
  for (const seed of [1, 2])
    it(`blame wrapped in an apology counts against the trainee, with the blaming sentence quoted (seed ${seed})`, () => {
      const good = simulate({ scenario: "billing-error", turns: turns(clean), seed });
      const bad = simulate({ scenario: "billing-error", turns: turns(wrapped), seed });
      expect(good.passed).toBe(true);
      expect(bad.score).toBeLessThan(good.score);
      expect(bad.reasons.join(" ")).toContain("Honestly, you should have hung on");
      expect(good.reasons.join(" ")).not.toMatch(/blame/);
    });
});
