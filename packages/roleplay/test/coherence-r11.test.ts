import { describe, expect, it } from "vitest";
import { closesCall, directAsk } from "../src/engine/conversation";
import { last, said } from "./helpers/replies";

/**
 * Coherence round 11: the readers' patterns on dev9 (a direct question about her details ignored, timing misheard,
 * thanks "for asking" when nobody asked, a yes and a no in one reply, an odd answer to a goodbye), one block per
 * cause, in wordings written for these tests (not dev9's). Every case holds for several seeds.
 */
const SEEDS = [1, 2, 7, 99];

describe("a direct question about her details is answered", () => {
  it("asked for the first line of the address and a date of birth, she gives them before anything else", () => {
    const turns = ["There's no need to apologise, Mrs Hartley. I'm here to help. Could I take the first line of your address and your date of birth, please?"];
    for (const seed of SEEDS) expect(last("bereavement", turns, seed)).toMatch(/^\(Reads out the first line of the address and the date of birth\.\)/);
  });

  it("'what did the email tell you?' gets what it says, not her rent", () => {
    const turns = ["I'm sorry about the wait and the shock, Sandra. What did the email tell you, when it came through?"];
    for (const seed of SEEDS) expect(last("billing-error", turns, seed)).toMatch(/equipment|router|£?59\.98/i);
  });

  it("asked for a phone number, he gives it", () => {
    const turns = ["No problem, Tom, I can do the PAC code for you. What's the best phone number to text it to?"];
    for (const seed of SEEDS) expect(last("cancellation", turns, seed)).toMatch(/^\(Reads out the phone number\.\)/);
  });

  it("'Same number as on the account?' is a check, answered yes (not 'I'm not sure, you tell me')", () => {
    const turns = [
      "I'm so sorry, Lena. I can see Dean promised a Saturday replacement and a call back, and neither happened. That's on us.",
      "I've booked the replacement for Thursday, and the courier will take the damaged one away.",
      "I'll be your contact now and I'll ring you tomorrow by 5pm to confirm. Same number as on the account?",
    ];
    for (const seed of SEEDS) {
      const reply = last("repeat-contact", turns, seed);
      expect(reply).toMatch(/^(?:yes|that's right)\b/i);
      expect(reply).not.toMatch(/Reads out|not sure|you tell me|what do you think/i);
    }
  });

  it("'who is the letter addressed to?' gets whose name it is in, not a worry about the line", () => {
    const turns = ["Please take all the time you need, Mrs Hartley. Who is this letter addressed to?"];
    for (const seed of SEEDS) expect(last("bereavement", turns, seed)).toMatch(/Ken/);
  });

  it("having named Ken already, asked for the address she reads it out and checks it was found (not her name and Ken's death again)", () => {
    const turns = ["Please take all the time you need, Mrs Hartley. Who is this letter addressed to?", "I'm so sorry about Ken. Could you give me the address on the letter?"];
    for (const seed of SEEDS) {
      const reply = last("bereavement", turns, seed);
      expect(reply).toMatch(/^\(Reads out the address\.\)/);
      expect(reply).not.toMatch(/passed away/);
    }
  });
});

describe("timing is heard as said", () => {
  it("a refund that 'might land before Friday or just after' is not heard as before Friday, nor asked about again", () => {
    const turns = [
      "I'm so sorry, Sandra, that's a horrible thing to find on your lunch break. Can you tell me what the charge says on the bill?",
      "I've taken the £59.98 off and the refund goes back to your bank today. I have to be straight with you about Friday: it usually shows in 3 to 5 working days, so it may land just before Friday or just after.",
    ];
    for (const seed of SEEDS) {
      const reply = last("billing-error", turns, seed);
      expect(reply).not.toMatch(/what I needed to hear|before then\?/i);
      expect(reply).toMatch(/Friday/);
    }
  });

  it("a call promised 'tomorrow morning' is not echoed as 'Today?'", () => {
    const turns = [
      "Please don't apologise, Mrs Hartley. I'm so sorry about Ken. Who is the letter addressed to?",
      "I'm so sorry. I've put a 60-day hold on the account, so no more letters or fees.",
      "I'm referring you to our bereavement team and I'll make sure they ring you first thing tomorrow morning.",
    ];
    for (const seed of SEEDS) expect(last("bereavement", turns, seed)).not.toMatch(/^Today\?/);
  });
});

describe("no thanks for a question nobody asked", () => {
  it("a statement that sums up her problem gets no 'thank you for asking'", () => {
    const turns = ["hi Ria, I'm really sorry. you were charged twice on sunday and nobody replied to your chat on saturday. I'm sorting it now."];
    for (const seed of SEEDS) expect(last("chat-complaint", turns, seed)).not.toMatch(/for asking/i);
  });
});

describe("one reply, one answer", () => {
  it("no 'Yes, please' before a line that turns the offer down", () => {
    const turns = [
      "I'm sorry, that estimate's far too high. If you read me the meter I'll reissue the bill from the real reading within 48 hours and hold the direct debit.",
      "14,682, thank you. That brings it to about £236. If that's still a lot at once, I can spread it over up to six months at no extra cost. Want me to set that up when the new bill comes, or keep it as one payment?",
    ];
    for (const seed of SEEDS) {
      const reply = last("abusive-caller", turns, seed);
      expect(/^yes\b/i.test(reply) && /\bin one go\b/i.test(reply)).toBe(false);
    }
  });

  it("a bare tag after 'anything else?' is still 'anything else?', and 'good luck' signs off", () => {
    expect(directAsk("Anything else I can help with today? No? Lovely, take it easy.")).toBe("anything-else");
    expect(closesCall("Right, that's all done. Good luck on your shift tonight.")).toBe(true);
  });
});

describe("thanks for something just done name it", () => {
  it("a fee taken off and a referral made get thanks that name them, not a stock line that could follow any turn", () => {
    const turns = [
      "Please don't be sorry, Mrs Hartley. Who is the letter addressed to?",
      "I'm so sorry about Ken. I'm putting a hold on the account for 60 days, so nothing will be restricted.",
      "And I've taken the £12 late-payment fee off as well. What's left is £84.40.",
      "I'm referring the account to our bereavement team now. They'll move it into your name, and they'll be in touch within 2 working days.",
    ];
    for (const seed of SEEDS) {
      const replies = said("bereavement", turns, seed);
      expect(replies[2]).toMatch(/fee/i);
      expect(replies[3]).toMatch(/bereavement team/i);
    }
  });

  it("an alternative mentioned in passing ('the other option is a refund') is not what she thanks for", () => {
    const turns = [
      "Lena, I'm so sorry. Dean promised you a Saturday replacement and a call back and neither happened. That's on us, and I'll own it from here.",
      "I've booked the replacement for Thursday and the courier takes the damaged one away. The other option is a full refund, if you'd ever prefer it.",
    ];
    for (const seed of SEEDS) expect(last("repeat-contact", turns, seed)).not.toMatch(/^the (?:full )?refund\./i);
  });
});
