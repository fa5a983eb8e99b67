import { describe, expect, it } from "vitest";
import { last, said } from "./helpers/replies";

/**
 * Coherence round 12: the readers' remaining kinds of misfit (a working-day timing heard as "before Friday", a
 * welcome for a remedy nobody offered, a choice restated wrongly gone along with, questions answered that nobody
 * asked, questions left unanswered), one block per mechanism, in wordings written for these tests (not the dev
 * sets'). Every case holds for several seeds.
 */
const SEEDS = [1, 2, 7, 99];

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
      expect(reply).not.toMatch(/back (?:on my card|in my account) before Friday|that's what I needed/i);
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

describe("a choice recorded wrongly is corrected, not gone along with", () => {
  it("'Monthly it is.' after she chose the refund gets her correction, even with a step and the word 'refund' in the turn", () => {
    const turns = [
      "I'm sorry, Priya, the sales chat told you it all works offline and that wasn't right. I've logged it so it gets fixed.",
      "You're inside the 14-day cooling-off, so I can refund the full £79. Or I can move you to monthly Premium at £7.99 and refund the difference. Which would you rather?",
    ];
    let checked = 0;
    for (const seed of SEEDS) {
      const replies = said("misled-features", turns, seed);
      if (!/refund/i.test(replies[1]!)) continue; // (this seed chose the other option: nothing to correct)
      checked++;
      const reply = last("misled-features", [...turns, "Monthly it is. That's switched and the £71.01 difference refund is on its way. Now open the album and tap 'Keep on this device'."], seed);
      expect(reply).toMatch(/refund/i);
      expect(reply).toMatch(/I said|I chose|what I picked|I asked for/);
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("she answers what was asked, and only that", () => {
  it("'Can I explain how it works?' gets a go-ahead, not a fact nobody asked for", () => {
    const turns = ["I'm sorry that happened in front of clients, Priya. Can I explain how offline works on Premium?"];
    for (const seed of SEEDS) {
      const reply = last("misled-features", turns, seed);
      expect(reply).toMatch(/^(?:Go on|Yes, please do|Okay\. Go on)/);
      expect(reply).not.toMatch(/cloud icon|didn't set anything/);
    }
  });

  it("'what would you like to do?' after two options laid out is a choice: she picks, not 'Yes, please. Do that.'", () => {
    const turns = [
      "Hi Tom, of course, you're out of contract so there's no exit fee. Can I ask what's made you decide to go?",
      "Dropped calls at home with broadband that works: I've switched wifi calling on for you, it's under Settings, then Wi-Fi Calling.",
      "So, I can text your PAC code now. Or I can move you to the £20 SIM-only plan with 40GB, no minimum term. What would you like to do?",
    ];
    for (const seed of SEEDS) {
      const reply = last("cancellation", turns, seed);
      expect(reply).not.toMatch(/^Yes, please\. Do that\.$/);
      expect(reply).toMatch(/first|second|PAC|SIM/i);
    }
  });

  it("asked again about something she has told (the alarm), she says it again rather than a stock thanks", () => {
    const turns = [
      "Please don't apologise. Can you tell me what's worrying you most about the letter?",
      "I'm so sorry about Ken. I've put the account on hold for 60 days, so there'll be no more letters, fees or restriction, and the line stays on.",
      "Is there anything you rely on the phone line for that I should know about?",
    ];
    let checked = 0;
    for (const seed of SEEDS) {
      const replies = said("bereavement", turns, seed);
      if (!/alarm|pendant/i.test(replies[0]!)) continue; // (she told it first here)
      checked++;
      expect(replies[2]).toMatch(/alarm|pendant/i);
      expect(replies[2]).not.toMatch(/^You've been very/);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("offered a choice where the agent says one option misses her day, she does not pick that one", () => {
    const turns = [
      "Gareth, two ignored emails is not good enough, I'm sorry. Where's the leak coming from?",
      "That's the known seal fault, so it's faulty and you're covered. I can refund you in full once the courier collects it, 5 working days after.",
      "Is there a day you need a working machine by?",
      "Then there's a quicker way: if I order before 4 p.m., a replacement comes tomorrow and they take the old one away. Or the refund route, which means no machine on Saturday. Which would you prefer?",
    ];
    for (const seed of SEEDS) {
      const reply = last("refund-demand", turns, seed);
      expect(reply).not.toMatch(/refund|money back/i);
    }
  });
});

describe("no question the agent has already answered", () => {
  it("told the York club has a pool, she does not ask 'Does it have a pool?' when York is confirmed", () => {
    const turns = [
      "Hello Margaret. Moving's a big upheaval. Can I ask what's taking you away?",
      "I'm sorry about your sister. An annual plan can't be refunded for a move after 14 days, but I don't want you to lose the months. We have a club in York, and it has a pool. What do you use most here?",
      "York it is, then. I've transferred your membership there from the date you move.",
    ];
    for (const seed of SEEDS) expect(said("policy-exception", turns, seed).join(" ")).not.toMatch(/Does it have a pool\?/);
  });
});

describe("an offer not yet carried out is answered yes or no", () => {
  it("'Would skipping next week's box help?' gets a yes, not only thanks for something done", () => {
    const turns = [
      "Hi Ria, I'm here. Sorry you've been ignored and charged twice.",
      "I can see both payments on Sunday, only one box was due. I've refunded the second £34.99 to your card today.",
      "Would skipping next week's box help with money this week? It's free.",
    ];
    for (const seed of SEEDS) expect(last("chat-complaint", turns, seed)).not.toMatch(/^\W*ok\W+thanks for sorting it\W*$/i);
    for (const seed of SEEDS) expect(last("chat-complaint", turns, seed)).toMatch(/^(?:yes|yeah|ok|okay|please|fine)\b|skip/i);
  });
});

describe("a question for her day in other words", () => {
  it("'Timing-wise, what pressure are you under?' brings out her party on Saturday", () => {
    const turns = ["Gareth, I'm sorry your two emails went unanswered. It's the known tank seal fault, so you're covered.", "Timing-wise, what pressure are you under?"];
    for (const seed of SEEDS) expect(last("refund-demand", turns, seed)).toMatch(/Saturday/);
  });
});
