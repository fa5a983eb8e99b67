import { getScenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { directAsk, replay } from "../src/engine/conversation";
import { echoesOnly, normaliseEcho } from "../src/engine/echo";

/**
 * Coherence round 6: the causes of the QA readers' "does not fit" and "generic" verdicts, one block each,
 * in wordings written for these tests (not the rated calls'). Every case holds for several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const lines = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed }).turns.map((t) => t.customerLine);
const last = (scenario: string, turns: string[], seed = 1) => lines(scenario, turns, seed).at(-1)!;
const GOODBYE = /\b(?:that's (?:it|everything|all)|nothing else|no, that's)\b/i;

describe("she only takes as said what the call said (a day, an amount, a time frame)", () => {
  it("no Thursday until the agent says Thursday", () => {
    const owned = "I'm so sorry. I've read your notes, and the replacement was never put through. That's our fault, not yours.";
    for (const seed of SEEDS) expect(lines("repeat-contact", [owned], seed)[0]).not.toMatch(/thursday/i);
    const booked = "I've put the replacement order through now and it's booked for Thursday, with the old sofa taken away on the same visit.";
    expect(lines("repeat-contact", [owned, booked]).join(" ")).toMatch(/thursday/i);
  });

  it("the echo check compares the agent's way of saying it", () => {
    const said = normaliseEcho("It usually takes three to five working days and comes to £59.98.");
    expect(echoesOnly("Three to five days? And the £59.98 as well?", said)).toBe(true);
    expect(echoesOnly("Before Friday, then?", said)).toBe(false);
    expect(echoesOnly("Tomorrow? Great.", said)).toBe(false);
  });

  it("a breach is answered without a day the agent did not give", () => {
    const turns = ["I'm so sorry about that bill. The extra £59.98 is the router fee, and you sent it back, so I've taken it off. The money will be back in your account by tomorrow morning."];
    for (const seed of SEEDS) expect(last("billing-error", turns, seed)).not.toMatch(/\btoday\b/i);
  });

  it("no thanks for kind words about her sister when nobody mentioned her sister", () => {
    for (const seed of SEEDS) expect(lines("policy-exception", ["Oh, I'm sorry to hear you're having to move away."], seed)[0]).not.toMatch(/sister/i);
  });

  it("no 'overpaying' until the agent raises what he has been paying", () => {
    const turn = "Of course. You're out of contract, so there's no fee to leave, and I'm sending your PAC code by text now.";
    for (const seed of SEEDS) expect(lines("cancellation", [turn], seed)[0]).not.toMatch(/overpa/i);
  });
});

describe("a question or request is answered", () => {
  it("a request to read out the tracking number gets the number, also once she has told about the receipt", () => {
    const first = [
      "Sorry about the wait. What does the extra charge on your bill say?",
      "That's a fee for the old router. If you sent it back, just read me the tracking number off the receipt and I'll take the fee off.",
    ];
    for (const seed of SEEDS) expect(last("billing-error", first, seed)).toMatch(/tracking number's [A-Z0-9 ]+/);
    const again = ["Sorry about the wait. Did you send the old router back?", "Great. Could you read me the tracking number from that receipt?"];
    for (const seed of SEEDS) {
      const reply = last("billing-error", again, seed);
      expect(reply).toMatch(/tracking number's [A-Z0-9 ]+/);
      expect(reply).not.toMatch(/^Like I said/);
    }
  });

  it("a request to read the meter, put as 'if you can…', gets the reading, not the direct debit", () => {
    const turn = "If you can read me the meter now I'll redo the bill from it, and I'll stop the direct debit going out tomorrow.";
    for (const seed of SEEDS) expect(lines("abusive-caller", [turn], seed)[0]).toMatch(/one four six eight two/i);
  });

  it("asked again for a reading he has given, he says so rather than bring out another fact", () => {
    const turns = ["Mr Cole, I'd like to get this bill right. Are you near the meter?", "Thanks. Sorry, have you got the reading?"];
    for (const seed of SEEDS) expect(last("abusive-caller", turns, seed)).toMatch(/one four six eight two/i);
  });

  it("a question about what she was told before buying is answered with what she was told", () => {
    for (const seed of SEEDS) expect(lines("misled-features", ["What were you told about offline before you bought it?"], seed)[0]).toMatch(/chat/i);
  });

  it("'do you still swim?' is answered with her swimming", () => {
    for (const seed of SEEDS) expect(lines("policy-exception", ["We have a club in York with a pool. Do you still swim?"], seed)[0]).toMatch(/swim/i);
  });

  it("a request for her name is answered with her name", () => {
    for (const seed of SEEDS) expect(lines("bereavement", ["Can I take your name and the postcode, please?"], seed)[0]).toMatch(/Hartley/);
  });

  it("a step to do now is done, not put off till tonight", () => {
    const turns = [
      "I'm sorry, that sounds embarrassing. Offline works album by album: each one has to be set to keep on this device.",
      "Open the app, tap the cloud icon on one album and choose 'Keep on this device'. Tell me when you've done that.",
    ];
    for (const seed of SEEDS) {
      const reply = last("misled-features", turns, seed);
      expect(reply).toMatch(/done/i);
      expect(reply).not.toMatch(/tonight|that's all/i);
    }
  });

  it("an offer made with 'if you'd like' gets a yes, not a goodbye", () => {
    const turns = [
      "Of course, I'll send your PAC code now. Can I ask what's made you decide to leave?",
      "I can turn on wifi calling for you right now if you'd like, so calls at home go over your broadband.",
    ];
    for (const seed of SEEDS) {
      const reply = last("cancellation", turns, seed);
      expect(reply).toMatch(/^(?:yes|yeah|go on|please)/i);
      expect(reply).not.toMatch(GOODBYE);
    }
  });

  it("a choice laid out without a question mark is a choice", () => {
    expect(directAsk("You can keep the plan, or I can refund the £79. It's entirely your call.")).toBe("choice");
    expect(directAsk("I can send a new one tomorrow, or refund you once it's collected. No pressure either way.")).toBe("choice");
    expect(directAsk("I can switch it on now if you want.")).toBe("offer");
    expect(directAsk("Tap the cloud icon and tell me when you've done that.")).toBe("step");
    expect(directAsk("Have you got a pen? I'll go slowly.")).toBe("offer");
    expect(directAsk("Shall we try one together?")).toBe("offer");
    expect(directAsk("I've put the refund through.")).toBe(null);
  });

  it("asked what time suits her, she names a time or leaves it to the agent", () => {
    const turns = [
      "I'm so sorry about the bill and the wait. That £59.98 is the router fee, and you sent it back, so I've taken it off and the refund goes to your card, 3 to 5 working days, before Friday.",
      "I'd like to ring you on Thursday to check it's landed. What time's good for you?",
    ];
    for (const seed of SEEDS) expect(last("billing-error", turns, seed)).toMatch(/any ?time|whenever|morning|afternoon|evening|\d/i);
  });
});

describe("settled things and her own choices stay settled", () => {
  it("she does not doubt a fee the agent has just taken off", () => {
    const turn = "I'm sorry about the shock. That £59.98 is the router fee, and the router did come back to us in May, so I've taken it off your account now.";
    for (const seed of SEEDS) expect(lines("billing-error", [turn], seed)[0]).not.toMatch(/definitely coming off/i);
  });

  it("a remedy she turned down in a choice is not thanked for later", () => {
    const turns = [
      "I'm so sorry. I've read the notes, and the replacement order was never raised. That's on us.",
      "I can book the replacement for Thursday, with a text the evening before, or refund the £649 once the sofa's collected. Which would you prefer?",
    ];
    for (const seed of SEEDS) {
      const st = replay(getScenario("repeat-contact")!, turns, { seed });
      const picked = st.turns.at(-1)!.customerLine;
      if (!/refund/i.test(picked)) continue;
      // she took the refund: a later turn does not get "Thursday it is"
      const after = replay(getScenario("repeat-contact")!, [...turns, "Done. I've also put a £40 voucher on for the Saturday you lost, and I'll ring you by five tomorrow."], { seed });
      expect(after.turns.at(-1)!.customerLine).not.toMatch(/thursday/i);
      expect(after.declined).toContain("replacement");
    }
  });
});

describe("a line reacting to a move needs that move in the words", () => {
  it("no 'you're warning me?' or 'told off' when the agent set no limit", () => {
    for (const seed of SEEDS) {
      expect(lines("persistent-abuse", ["I'm going to help you with this. I've got your delivery up on screen now."], seed)[0]).not.toMatch(/warning/i);
      expect(lines("abusive-caller", ["I can see the bill, Mr Cole, and I want to get it right for you."], seed)[0]).not.toMatch(/told off|mind my/i);
    }
  });

  it("no 'you're not sorry' when nobody said sorry", () => {
    for (const seed of SEEDS) expect(lines("persistent-abuse", ["I can hear how angry you are, and I'd like to sort the drill out."], seed)[0]).not.toMatch(/not sorry/i);
  });

  it("no 'everybody keeps asking for something' when nothing was asked", () => {
    const turn = "I'm so sorry about Ken. Please don't worry: the line will stay on while we sort this out.";
    for (const seed of SEEDS) expect(lines("bereavement", [turn], seed)[0]).not.toMatch(/asking for something/i);
  });

  it("no 'so you're going to cut me off' right after hearing the line stays on", () => {
    const turn = "Don't worry about the letters. I've paused the account for 60 days, and the line won't be cut off, so your alarm keeps working.";
    for (const seed of SEEDS) expect(lines("bereavement", ["I'm very sorry about your husband.", turn], seed).at(-1)).not.toMatch(/cut me off/i);
  });

  it("no 'that's sorted' after a turn that only reflected", () => {
    const turns = ["Of course, I can get that PAC code for you. Can I ask what's made you decide to move?", "So it's the calls dropping at home that's the real problem. That sounds really annoying."];
    for (const seed of SEEDS) expect(last("cancellation", turns, seed)).not.toMatch(/sorted/i);
  });
});
