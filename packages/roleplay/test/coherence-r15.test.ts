import { describe, expect, it } from "vitest";
import { directAsk } from "../src/engine/conversation";
import { last, said } from "./helpers/replies";

/**
 * Coherence round 15: the kinds of misfit two independent readers (r17, r18) found on dev11, one block per mechanism, in
 * wordings written for these tests (not dev11's): her choice kept when the agent goes ahead with another, and an offer she
 * turned down not gone ahead with in silence; a question answered as asked (a day put to her, an embedded question, what
 * worries her, what she hoped for, "have I understood right?", "what do you see?", details asked as a need); stock thanks
 * naming what was just done; no welcome for what was not given (a conditional promise, a matter passed on, an offer heard
 * as done); no "go on" to "anything else?". Each block has a look-alike that must not change. Every case holds at several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const CORRECTS = /I (?:said|chose|asked for) the|not what I picked|not the one I picked|isn't what I chose/i;

describe("her choice is kept when the agent goes ahead with another", () => {
  const OPEN = "I'm sorry about the kitchen. A leak from the base of the tank is a known fault, so you can have a full refund once the courier has collected it.";
  const CHOICE = "Or, if you'd rather, I could send a replacement by next-day courier. Which do you want?";
  it("a choice put with one remedy named is between it and the one offered before: going ahead with the other is corrected", () => {
    for (const seed of SEEDS) {
      const pick = said("refund-demand", [OPEN, CHOICE], seed)[1]!;
      const tookReplacement = /replacement/i.test(pick) && !/refund/i.test(pick);
      const other = tookReplacement ? "Okay, refund. The courier collects it tomorrow and the money's back within 5 working days." : "Okay, replacement. It's booked for tomorrow by next-day courier.";
      if (!/replacement|refund/i.test(pick)) continue;
      expect(last("refund-demand", [OPEN, CHOICE, other], seed)).toMatch(CORRECTS);
    }
  });
  it("look-alike: the other named only on a condition ('if it ever plays up, a refund is still there') is no switch", () => {
    for (const seed of SEEDS) {
      const pick = said("refund-demand", [OPEN, CHOICE], seed)[1]!;
      if (!/replacement/i.test(pick) || /refund/i.test(pick)) continue;
      const reply = last("refund-demand", [OPEN, CHOICE, "Lovely. And if the new one ever plays up, a refund is still there for you."], seed);
      expect(reply).not.toMatch(CORRECTS);
    }
  });
  it("'you'll try the SIM-only plan' after she took the PAC is going ahead with another, and she says so", () => {
    const turns = [
      "No exit fee, you're out of contract. Can I ask what's behind the move?",
      "Two ways forward. One: I text your PAC now and you move. Two: I put you on our £20 SIM-only plan with no minimum term. Which do you prefer?",
    ];
    for (const seed of SEEDS) {
      const pick = said("cancellation", turns, seed)[1]!;
      if (!/first|\bPAC\b/i.test(pick)) continue; // (since round 16 she names it: "The PAC, please.")
      expect(last("cancellation", [...turns, "Right, you'll try the SIM-only plan from your next bill."], seed)).toMatch(CORRECTS);
    }
  });
});

/** The abusive caller's bill redone from his reading, then six months' spreading offered. */
const SPREAD_OFFERED = [
  "I'm sorry about the estimate. If you can read me the meter, I'll redo the bill from it.",
  "14,682, thanks. The bill comes down to about £236 and is reissued within 48 hours. I've also put tomorrow's direct debit on hold.",
  "When the new bill comes I can spread it over six months at no extra cost. Would you like that?",
];
describe("an offer she turned down is not gone ahead with in silence", () => {
  const TURNS = SPREAD_OFFERED;
  it("turned down, then 'Done, spread over six months' gets a word about it", () => {
    let checked = 0;
    for (const seed of SEEDS) {
      const replies = said("abusive-caller", TURNS, seed);
      if (!/in one go|no thanks|rather not/i.test(replies[2]!)) continue;
      checked++;
      expect(last("abusive-caller", [...TURNS, "Done, it's spread over six months. Anything else?"], seed)).toMatch(/said no|turned that down|didn't want/i);
    }
    expect(checked).toBeGreaterThan(0);
  });
  it("look-alike: an offer taken up and then done draws no objection", () => {
    for (const seed of SEEDS) {
      const replies = said("abusive-caller", TURNS, seed);
      if (/in one go|no thanks|rather not/i.test(replies[2]!)) continue;
      expect(last("abusive-caller", [...TURNS, "Done, it's spread over six months. Anything else?"], seed)).not.toMatch(/said no|turned that down|didn't want/i);
    }
  });
});

describe("a question is answered as asked", () => {
  it("a day put to her in the question ('For example Tuesday morning, or Friday evening?') is taken; without one, any time", () => {
    const base = ["I'm so sorry about the bill. I've taken the £59.98 router fee off and it's back on your card in 3 to 5 working days."];
    for (const seed of SEEDS) {
      expect(last("billing-error", [...base, "I'd like to ring you when it has landed. Which day and time is good? For example Tuesday morning, or Friday evening?"], seed)).toMatch(/^Tuesday morning/);
      expect(last("billing-error", [...base, "I'd like to ring you when it has landed. Which day and time is good?"], seed)).not.toMatch(/Tuesday|Friday evening/);
    }
    expect(directAsk("Which day suits? For example Monday evening?")).toBe("when");
  });
  it("'What would you like to do?' is no yes/no offer; 'Would you like that?' after an offer is one", () => {
    const readings: [string, string][] = [
      ["If you still want to cancel I can do it now, but I hope you stay. What would you like to do?", "question"],
      ["I can spread it over six months. Would you like that?", "offer"],
      ["Would you like me to spread it over six months?", "offer"],
    ];
    for (const [turn, kind] of readings) expect(directAsk(turn), turn).toBe(kind);
  });
  it("an embedded question ('tell me what the letter said') gets what it says; told the same, she does not read it out", () => {
    for (const seed of SEEDS) {
      expect(last("billing-error", ["I'm sorry about the wait. Could you tell me what the email said?"], seed)).toMatch(/equipment/i);
      expect(last("billing-error", ["I'm sorry about the wait. I've read the email: it's an equipment charge for the old router."], seed)).not.toMatch(/^It says/);
    }
  });
  it("'What's worrying you most?' gets her worry, not thanks for the condolence", () => {
    const turns = ["I'm so sorry, Mrs Hartley. The payment failed because Ken's bank froze his account. That's not your doing. What's worrying you most right now?"];
    for (const seed of SEEDS) expect(last("bereavement", turns, seed)).toMatch(/alarm|pendant/i);
  });
  it("'what were you hoping it would do for you?' gets what she needs it for", () => {
    const turns = ["That sounds mortifying, I'm sorry. Could you tell me what you were hoping Premium would do for you?"];
    for (const seed of SEEDS) expect(last("misled-features", turns, seed)).toMatch(/venues|barns/i);
  });
  it("'Have I understood that right?' gets its yes alone; a question about her plan still gets her plan", () => {
    const summary = "So you shoot at venues with no signal and needed your portfolio to open there, and that's why you bought Premium. Have I understood that right?";
    for (const seed of SEEDS) {
      expect(last("misled-features", [summary], seed)).toMatch(/^(?:yes|that's right)\b[^?]*$/i);
      expect(last("misled-features", ["Which plan are you on at the moment, and what did you pay?"], seed)).not.toMatch(/^(?:yes|that's right)[,.!]?$/i);
    }
  });
  it("'What do you see?' after steps to do now gets what came up; about her view of things, it does not", () => {
    const steps =
      "Let's do it together. Open the app, go to the album, tap the three dots and choose 'Keep on this device'. Wait for the tick, turn on airplane mode and open it. What do you see?";
    for (const seed of SEEDS) {
      expect(last("misled-features", [steps], seed)).toMatch(/come up|opened|it's there/i);
      expect(last("misled-features", ["I'm sorry that happened in front of clients. What do you see as the main problem?"], seed)).not.toMatch(/come up|it's opened|it's there/i);
    }
  });
  it("details asked as what the agent needs ('I just need you to confirm your delivery address') are given", () => {
    const turns = ["I've started the missing-parcel claim. To finish it I just need you to confirm your delivery address."];
    const told = ["I've started the missing-parcel claim. The depot will check the photo against your address."];
    for (const seed of SEEDS) {
      expect(last("persistent-abuse", turns, seed)).toMatch(/Reads out the address/);
      expect(last("persistent-abuse", told, seed)).not.toMatch(/Reads out/);
    }
  });
});

describe("stock thanks name what was just done", () => {
  it("the PAC mentioned before and sent now is not thanked with a bare 'Cheers.'", () => {
    const turns = [
      "No exit fee, you're out of contract, and you keep your number with a PAC. Can I ask what's behind it?",
      "Understood, you still want to go. I've texted your PAC code now; it's valid for 30 days.",
    ];
    for (const seed of SEEDS) expect(last("cancellation", turns, seed)).not.toMatch(/^(?:(?:okay|ok|right)[.,]?\s+)?(?:cheers|thanks|thank you|ta)[.!]?$/i);
  });
});

describe("no welcome for what was not given", () => {
  const OPEN = "I understand you're angry about the bill, and it is estimated.";
  const SATURDAY = "I'm so sorry about Saturday. You were promised a delivery and nobody came.";
  it("a voucher promised only on a condition ('if it goes wrong again you'd get a voucher') is not welcomed as given", () => {
    for (const seed of SEEDS) {
      const reply = last("repeat-contact", [SATURDAY, "If the delivery goes wrong again, you'd get a £150 voucher."], seed);
      expect(reply).not.toMatch(/more than I expected/i);
    }
  });
  it("look-alike: a voucher promised outright is still heard as promised", () => {
    for (const seed of SEEDS) expect(last("repeat-contact", [SATURDAY, "I'll add a £150 voucher to your account for the lost Saturday."], seed)).toMatch(/more than I expected/i);
  });
  it("a matter passed on ('the team will look into it') is no straight answer, apology or not", () => {
    for (const seed of SEEDS) expect(last("abusive-caller", [OPEN, "I'm sorry sir. I can raise a meter query and the team will look into it."], seed)).not.toMatch(/straight answer/i);
  });
  it("a hold only offered is not heard as in place; a hold said done may be", () => {
    for (const seed of SEEDS) {
      const offered = said("abusive-caller", [OPEN, "I can correct it with a reading from you, and I can also hold tomorrow's direct debit."], seed)[1]!;
      expect(offered).not.toMatch(/on hold till/i);
    }
  });
});

describe("'go on' needs something to go on to", () => {
  it("'what were you going to say?' does not follow a turn that announced nothing", () => {
    const turns = ["Hi Tom, no problem. You're out of contract, so no exit fee and you keep your number."];
    for (const seed of SEEDS) expect(last("cancellation", turns, seed)).not.toMatch(/what were you going to say/i);
  });

  it("a template closing on 'anything else?' is not met with 'go on'; offered an explanation, she still says go on", () => {
    const template = "I'm sorry for the trouble. I will take ownership and your refund will be processed. Is there anything else I can help with?";
    for (const seed of SEEDS) {
      expect(last("chat-complaint", [template, template], seed)).not.toMatch(/\bgo on\W*$/i);
      expect(last("chat-complaint", ["sorry about this. can I explain what happened with the payments?"], seed)).toMatch(/go on|please do/i);
    }
  });
});
