import { describe, expect, it } from "vitest";
import { catalogue, getScenario } from "@defuse/content";
import { replay } from "../src/index";
import { directAsk } from "../src/engine/conversation";

/**
 * Engine round 5b: coherence of the customer's replies, by the three kinds of misfit a separate reader named
 * on calls nobody tuned on (reacting to something never said; ignoring a direct question or offer, often by
 * saying goodbye; pressing what was just settled). Wording of our own, every scenario where it applies.
 */
const GOODBYE = /\b(?:that's (?:it|everything|all)|nothing else|we're done)\b/i;
const refund = getScenario("refund-demand")!;
const billing = getScenario("billing-error")!;
const abusive = getScenario("abusive-caller")!;
const bereavement = getScenario("bereavement")!;

describe("reading what the agent's turn asks of her", () => {
  it.each([
    ["Is there anything else I can help with?", "anything-else"],
    ["I can send a new one tomorrow or refund you once it's collected. Which would you prefer?", "choice"],
    ["I'd like to ring you next week. What day suits you, and morning or afternoon?", "when"],
    ["Would you like me to call you back next week?", "offer"],
    ["Shall we try one together?", "offer"],
    ["Read me the numbers on the meter, please.", "question"],
    ["I've removed the fee.", null],
  ])("%s → %s", (text, kind) => {
    expect(directAsk(text)).toBe(kind);
  });
});

describe("a direct question or an offer is answered first, never with a goodbye", () => {
  const good = [
    "I'm so sorry about the emails, that's not good enough. I can send a replacement tomorrow with the old one collected at the same time, in time for Saturday, or refund you once it's collected. Which would you prefer?",
  ];
  it("asked to choose between named options, she picks one rather than signing off", () => {
    for (const seed of [1, 2, 7]) {
      const st = replay(refund, good, { seed });
      const line = st.turns[0]!.customerLine;
      expect(line, `seed ${seed}`).not.toMatch(GOODBYE);
      expect(line, `seed ${seed}`).toMatch(/replacement|refund|first|tomorrow|money back/i);
    }
  });

  it("after the call is settled, an offer of a call back or a question of day and time gets an answer, not a goodbye", () => {
    const calls: [typeof bereavement, string[]][] = [
      [
        bereavement,
        [
          "I'm so sorry about your husband. The letter's in Ken's name, and first thing, the line won't be stopped: I'm putting a hold on it now so there won't be any more letters for sixty days.",
          "Would you like me to call you next week just to check everything's quietened down?",
        ],
      ],
      [
        bereavement,
        [
          "I'm so sorry about your husband. The letter's in Ken's name, and first thing, the line won't be stopped: I'm putting a hold on it now so there won't be any more letters for sixty days.",
          "I'd like to ring you myself in a couple of weeks. What day suits you, and morning or afternoon?",
        ],
      ],
    ];
    for (const [scenario, turns] of calls) {
      for (const seed of [1, 2, 7]) {
        const st = replay(scenario, turns, { seed });
        const last = st.turns[st.turns.length - 1]!;
        expect(last.customerLine, `${turns[1]} seed ${seed}`).not.toMatch(GOODBYE);
      }
    }
  });

  it("'anything else?' once settled may be answered with a goodbye, and not with a fact one of its words names", () => {
    const st = replay(
      bereavement,
      [
        "I'm so sorry about your husband. The letter's in Ken's name, and first thing, the line won't be stopped: I'm putting a hold on it now so there won't be any more letters for sixty days.",
        "Is there anything else I can do for you?",
      ],
      { seed: 1 },
    );
    if (st.turns[0]!.outcome === "resolved") expect(st.turns[1]!.revealedFacts).toEqual([]);
  });

  it("asked whether she can get to the meter or has the reading, the abusive caller gives the reading", () => {
    const st = replay(abusive, ["That's a big bill to open, Mr Cole, and an estimated one at that. I'm going to help you get it right. Have you got the reading?"], {
      seed: 1,
    });
    expect(st.turns[0]!.customerLine).toMatch(/one four six eight two/i);
  });

  it("a clause that only dates the question does not pick the fact ('after your upgrade' is not the upgrade)", () => {
    const st = replay(billing, ["Right, the extra sixty pounds is a fee for the old router not coming back to us. Did you post it back after your upgrade?"], { seed: 1 });
    expect(st.turns[0]!.revealedFacts).toEqual(["router-returned"]);
  });
});

describe("settled things stay settled, and a stock line is said once", () => {
  it("no customer reply in any scenario repeats a sentence she already said in a call of plain, varied good turns", () => {
    for (const s of catalogue.scenarios) {
      const st = replay(s, ["I'm sorry, that's not good enough.", "Let me look into this for you.", "I understand.", "Okay.", "Right."], { seed: 3 });
      // (a question she repeats after a non-answer says so: "I'll ask you again.")
      const said = st.turns.map((t) => t.customerLine).filter((l) => !/^I'll ask you again\.|^I'm telling you again\./.test(l));
      for (let i = 1; i < said.length; i++) {
        for (const sentence of said[i]!.split(/(?<=[.!?])\s+/).filter((x) => x.length > 30 && !x.startsWith("You haven't answered"))) {
          expect(
            said.slice(0, i).some((p) => p.includes(sentence)),
            `${s.id} turn ${i}: "${sentence}"`,
          ).toBe(false);
        }
      }
    }
  });

  it("right after 'I'm refunding it now', she does not ask whether the money is coming back", () => {
    const st = replay(billing, ["I'm so sorry. That £59.98 router fee shouldn't be there, it's our mistake. I'm refunding it to your card now and it'll be back within 3 to 5 working days."], {
      seed: 1,
    });
    expect(st.turns[0]!.customerLine).not.toMatch(/coming (?:back|off)[^.]*\?/i);
  });
});
