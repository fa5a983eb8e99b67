import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { assessTurn } from "../src/engine/substance";
import { simulate } from "../src/simulate";

/**
 * Engine round 18 (issue 11, parts 1 and 3): a call that is merely polite. An acknowledgement must be about her (her
 * words, a topic of the call) in its own sentence or the next; "the next" was meant for "I'm so sorry. Twenty minutes
 * on hold is far too long", where the next sentence says what the apology is for. When the next sentence is the agent's
 * own fix ("Sorry about that. I've raised the replacement order for Thursday."), the apology is for nothing said: the
 * fix is credited as the fix, and the bare "sorry" earns no listening. Our own wording, beside look-alikes.
 */
const SEEDS = [1, 2, 7, 99];
const sofa = getScenario("repeat-contact")!;
const billing = getScenario("billing-error")!;

function credit(scenario: typeof sofa, label: "apology" | "empathy", text: string) {
  const ctx = { heard: [scenario.openingLine], said: {}, abusedLast: false, askedBefore: false, offers: [], revealed: [] };
  const first = text.search(/[.!?]/) + 1;
  return assessTurn(scenario, ctx, text, [{ label, span: { start: 0, end: first, text: text.slice(0, first) } }]).credits.find((c) => c.label === label)!;
}

describe("a bare sorry or 'I understand' before the agent's own fix is not about her", () => {
  it.each([
    [sofa, "apology", "Sorry about that. I've raised the replacement order for Thursday."],
    [sofa, "apology", "I apologise. I'll book the delivery for Thursday now."],
    [billing, "empathy", "I understand. I'll raise a ticket about the router fee."],
    [billing, "apology", "Sorry about that. I've removed the £59.98 fee."],
  ] as const)("%#: %s", (scenario, label, text) => {
    expect(credit(scenario, label, text).engaged).toBe(false);
  });
  it.each([
    // the next sentence is her problem or what she went through, not the agent's fix
    [billing, "apology", "I'm so sorry. Twenty minutes on hold and a bill three times the usual is a lot."],
    [sofa, "apology", "I'm so sorry you've had to call again. I've read the notes and the replacement was never ordered, which is our fault."],
    [sofa, "apology", "I'm really sorry. You took Saturday off unpaid and nobody came."],
    // the apology says what it is for in its own sentence
    [sofa, "apology", "I'm sorry about Saturday and the day's pay you lost. I've raised the replacement order for Thursday."],
  ] as const)("still about her %#: %s", (scenario, label, text) => {
    expect(credit(scenario, label, text).engaged).toBe(true);
  });

  it("a three-turn sofa call that books Thursday behind a bare 'Sorry about that' is not resolved (passed at 84 before)", () => {
    const turns = [
      "Sorry about that. I've raised the replacement order for Thursday, the first slot, and the damaged sofa will be collected at the same visit.",
      "You'll get a two-hour window by text the evening before.",
      "Anything else?",
    ];
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "repeat-contact", turns, seed });
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(false);
      expect(r.outcome).not.toBe("resolved");
    }
  });
  it("the same call whose apology names the lost Saturday still resolves and passes", () => {
    const turns = [
      "I'm so sorry about Saturday: you took the day off unpaid and nobody came. I've raised the replacement order for Thursday, the first slot, and the damaged sofa will be collected at the same visit.",
      "You'll get a two-hour window by text the evening before, and I'll ring you by 5pm tomorrow myself to confirm it's booked.",
      "Is there anything else I can help with?",
    ];
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "repeat-contact", turns, seed });
      expect(r.outcome, `seed ${seed}: ${r.verdict}`).toBe("resolved");
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(true);
    }
  });
});
