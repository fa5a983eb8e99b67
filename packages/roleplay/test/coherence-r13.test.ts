import { describe, expect, it } from "vitest";
import { last, said } from "./helpers/replies";

/**
 * Coherence round 13: the kinds of misfit two independent readers found on dev13 (an option she refused taken as
 * her choice, a thing echoed back as if promised when the agent ruled it out, "that's your PAC" heard as a choice, her choice
 * summed up with the rest taken as a switch,
 * a generous promise left unanswered, an offer answered as a question about her facts, her own deadline asked
 * about and not answered, thanks for something nobody said), one block per mechanism, in wordings written for
 * these tests (not the dev sets'). Every case holds for several seeds, and every one fails on main.
 */
const SEEDS = [1, 2, 7, 99];

describe("an option she turns down is not her choice", () => {
  it("after 'I don't want to freeze it', the York transfer being set up is not 'corrected' to the freeze", () => {
    const turns = [
      "I'm sorry, Mrs Ellison, the yearly membership can't be refunded after 14 days, so I can't give back the eight months for a move. May I ask where you're going?",
      "York. We've a club in York, with a pool. I can move the rest of your membership over there for free.",
      "I'm sorry to hear about your sister. If York isn't for you, you can also pass the months to someone else once at no charge, or freeze it for up to three months.",
      "OK, I'll arrange the move to York from your moving date. An email with the details will follow. Anything else I can help with?",
    ];
    for (const seed of SEEDS) {
      const replies = said("policy-exception", turns, seed);
      expect(replies[2]).toMatch(/don't want to freeze/i);
      expect(replies[3]).not.toMatch(/said the freeze|chose the freeze|asked for the freeze/i);
    }
  });
});

describe("her choice summed up with what came with it is not a switch", () => {
  it("'So that's the £20 plan, the £10 credit and wifi calling' after she took the plan is not 'not what I picked'", () => {
    const turns = [
      "No bother, Tom. You're out of contract, so there's no exit fee and you keep your number. I can text the PAC now. Can I take your date of birth to check it's you?",
      "That's sent, it'll arrive in a minute. Can I ask, and I'm not selling anything, what's made you decide to go?",
      "So you're still paying £38 and the phone was paid off four months ago. You should have been told, I'm sorry. And calls dropping at the flat when the ward needs you is a real problem. Have you got broadband at home?",
      "Then wifi calling should fix the dropped calls. It sends calls over your broadband when the signal's weak. I can switch it on at our end now, and it's one setting on your phone.",
      "On price, there's a SIM-only plan, 40GB for £20 from your next bill, no new contract, so you can still leave any time. And I can add £10 credit for the months you paid full price after the handset was paid off. Or you keep the PAC and go, totally your call.",
      "Good stuff. So that's the £20 plan from your next bill, £10 credit on, and wifi calling on at our end. Anything else I can help with?",
    ];
    for (const seed of SEEDS) {
      const replies = said("cancellation", turns, seed);
      expect(replies[5]).not.toMatch(/not what I picked|I asked for the|I chose the|I said the/i);
    }
  });
});

describe("what the agent rules out is not echoed back as if promised", () => {
  it("'no exit fee' is not answered with 'An exit fee?'", () => {
    const turns = ["Sure, happy to. Can I take your date of birth for security?", "Thanks, Tom. Your PAC's been sent by text. No exit fee, as you're out of contract."];
    for (const seed of SEEDS) expect(last("cancellation", turns, seed)).not.toMatch(/exit fee\?/i);
  });

  it("'that's your PAC code' is no choice laid out: she does not pick 'the first one'", () => {
    const turns = ["Of course. Your date of birth, please, to check it's you?", "Thanks, Tom. That's your PAC code sent by text now."];
    for (const seed of SEEDS) expect(last("cancellation", turns, seed)).not.toMatch(/first (?:one|option)/i);
  });
});

describe("a generous promise is answered even when it is not named in her words", () => {
  it("a free month in paraphrase gets her welcome (without 'Free months?', words she did not hear)", () => {
    const turns = [
      "Sorry you've waited so long, Sandra. Can I take the postcode and first line of the address?",
      "Thanks. The extra £59.98 is a charge for not returning the old router. It's added automatically after sixty days. Did you send it back?",
      "Lovely, read me the tracking number off the receipt... That's the fee taken off. It goes back to your bank today and usually shows in 3 to 5 working days.",
      "I know, and after six years you shouldn't be treated like that. To make up for it, you won't pay anything for your broadband next month. I'll sort that my end.",
    ];
    for (const seed of SEEDS) {
      const reply = last("billing-error", turns, seed);
      expect(reply).toMatch(/not going to say no/);
      expect(reply).not.toMatch(/^Free months/);
    }
  });
});

describe("an offer is not a question about her facts", () => {
  it("'I can hold back next week's box so you're not charged, if that helps?' does not get her payment times again", () => {
    const turns = [
      "Hi Ria, I can see you were charged £34.99 twice on Sunday. Sorry, that's our mistake.",
      "I've refunded the second payment to your card today. It takes 3 to 5 working days to arrive.",
      "I know that's close to your phone bill. I can hold back next week's box so you're not charged for it, if that helps?",
    ];
    for (const seed of SEEDS) {
      const reply = last("chat-complaint", turns, seed);
      expect(reply).not.toMatch(/6\.02 and 6\.03/);
      // (and in her own style: no capitals)
      expect(reply).not.toMatch(/[A-Z]/);
    }
  });
});

describe("asked about her own deadline, she answers with it", () => {
  it("after 3 to 5 working days, 'Will Friday be a problem for you?' is answered with her rent, not thanks", () => {
    const turns = [
      "I'm sorry, Sandra. The £59.98 is the charge for the old router. Did you send it back?",
      "With that tracking number I've taken the fee off and the refund leaves today. It goes to your bank, which takes 3 to 5 working days. Will Friday be a problem for you if it hasn't landed?",
    ];
    for (const seed of SEEDS) {
      const reply = last("billing-error", turns, seed);
      expect(reply).toMatch(/next Monday at the earliest/);
      expect(reply).toMatch(/rent/i);
      expect(reply).not.toMatch(/weight off/i);
    }
  });
});

describe("thanks only for what was said", () => {
  it("'not making me feel stupid' needs the agent to have taken the blame off her", () => {
    const turns = ["I'm sorry to hear that. Premium has offline features."];
    for (const seed of SEEDS) expect(last("misled-features", turns, seed)).not.toMatch(/feel stupid/);
    const kind = ["Oh, in front of a couple? I'm so sorry. You haven't done anything daft, let's sort out what happened."];
    expect(SEEDS.some((seed) => /feel stupid/.test(last("misled-features", kind, seed)))).toBe(true);
  });
});

