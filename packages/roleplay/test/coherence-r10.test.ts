import { describe, expect, it } from "vitest";
import { directAsk, listSalad, withoutGoodbye } from "../src/engine/conversation";
import { last, said } from "./helpers/replies";

/**
 * Coherence round 10: the remaining kinds of misfit (a choice against her own line or a wrong restatement gone
 * along with, a question about her facts or what she sees left unanswered, a goodbye mid-task), one block per
 * mechanism, in wordings written for these tests (not the development calls'). Every case holds for several seeds.
 */
const SEEDS = [1, 2, 7, 99];

describe("a question about her facts is answered", () => {
  it("'Could you let me know when you ordered it?' asks the date (the when-clause is what is asked, not a dating clause)", () => {
    for (const seed of SEEDS) {
      const reply = last("refund-demand", ["I'm sorry the machine is leaking. Could you let me know when you ordered it?"], seed);
      expect(reply).toMatch(/\b(?:weeks?|days?|ago|last month|\d+(?:st|nd|rd|th))\b/i);
      expect(reply).not.toMatch(/what are the options/i);
    }
  });

  it("'Nobody has told you about X, have they?' gets her 'no'", () => {
    const turns = [
      "Of course, Tom, you're out of contract so there's no fee. Can I ask what's made you decide to go?",
      "Dropped calls at home are a real problem, and with broadband at home, wifi calling would stop that. That should have been offered ages ago. No one has mentioned it to you, have they?",
    ];
    for (const seed of SEEDS) expect(last("cancellation", turns, seed)).toMatch(/^no\b/i);
  });
});

describe("a step that waits for what she sees is answered with what she sees", () => {
  const OPEN = "I'm sorry that happened in front of your clients, Priya. Offline only works for albums you switch to 'Keep on this device' while you have signal.";
  it("'let me know once the green tick pops up' gets 'there it is', not a stock line", () => {
    const turns = [OPEN, "Shall we set one up together? Go into your wedding album and switch on 'Keep on this device'. Let me know once the little green tick pops up."];
    for (const seed of SEEDS) expect(last("misled-features", turns, seed)).toMatch(/there it is|can see it|it's there/i);
  });

  it("'open the app and tell me what you can see' gets her looking, not 'that's done it'", () => {
    const turns = [OPEN, "Let's do it together. Open the app and tell me what you can see along the bottom."];
    for (const seed of SEEDS) expect(last("misled-features", turns, seed)).toMatch(/looking for|looking at/i);
  });

  it("an elliptical 'Did it?' after 'it should open' gets a yes", () => {
    const turns = [OPEN, "Now put the phone in airplane mode and open that wedding album. It should open straight away. Did it?"];
    for (const seed of SEEDS) expect(last("misled-features", turns, seed)).toMatch(/^(?:yes|it is)\b/i);
  });
});

describe("an either/or question is a choice, not a yes/no offer", () => {
  it("'Do you want the refund, or should I send a replacement?' is read as a choice", () => {
    expect(directAsk("Do you want the refund, or should I send a replacement?")).toBe("choice");
    expect(directAsk("Would you like me to talk you through it? Or if you'd rather, I can refund you today.")).toBe("choice");
    // (a question with "or is it" in it is a question about her, not options)
    expect(directAsk("Is the sofa still usable, or is it out of action?")).toBe("question");
  });

  it("she does not answer either/or with a bare 'yes'", () => {
    const turns = [
      "Of course, Tom, you're out of contract so there's no fee. What's made you decide to go?",
      "Thanks. Wifi calling would fix the dropped calls, and a £20 SIM-only plan would save you money. Do you want your PAC code, or should I set those up for you?",
    ];
    for (const seed of SEEDS) expect(last("cancellation", turns, seed)).not.toMatch(/^(?:yes|yeah|yep)\b/i);
  });
});

describe("no goodbye while the task is under way", () => {
  it("'No, all good. Cheers.' is read as a goodbye, so it is kept out of a reply mid-call", () => {
    expect(withoutGoodbye("No, all good. Cheers.")).toBe("Cheers.");
    expect(withoutGoodbye("no all good, ty")).toBe("");
    expect(withoutGoodbye("All good, I can see it now.")).toBe("All good, I can see it now.");
  });

  it("'no, all good' is a goodbye: not said to a turn that only tells her what was done", () => {
    const turns = [
      "Hi Ria, I'm here and I'm sorry. I can see the two payments of £34.99 on Sunday; only one box was due.",
      "I've refunded the second £34.99 to your card now. Banks take 3 to 5 working days to show it, I can't make that faster.",
      "I've also put £5 off your next box for the chat nobody answered, and logged a complaint about both.",
    ];
    for (const seed of SEEDS) expect(last("chat-complaint", turns, seed)).not.toMatch(/\ball good\b|that's all|that's everything|\bbye\b/i);
  });
});

describe("her choice stays hers", () => {
  const MARGARET = [
    "I'm so sorry to hear about your sister, Margaret. Moving to look after her is a big thing.",
    "I'll be honest: the annual plan isn't refundable for a move. But you don't have to lose the months. Our York club has a pool and I can transfer your membership there for free, or I can freeze it for up to three months.",
  ];
  it("options joined by 'or' in one turn: she picks one, and a wrong restatement of it is corrected by name", () => {
    let seen = 0;
    for (const seed of SEEDS) {
      const lines = said("policy-exception", [...MARGARET, "Lovely. I'll freeze it for three months from today, so nothing is charged while you settle in."], seed);
      if (!/york|pool/i.test(lines[1]!)) continue;
      seen++;
      expect(lines[2]).toMatch(/\b(?:said|chose|picked|asked for)\b.*york|york.*\b(?:said|chose|picked)\b/i);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("other options put to her after she took one, 'if they suit you better': she keeps hers", () => {
    const turns = [
      "I'm so sorry to hear about your sister, Margaret. How do you mostly use the club?",
      "Then there's good news: our York club has a pool, and I can transfer your membership there at no cost.",
      "If they suit you better, there are two other options. I could pass the rest of the year to a relative once, at no charge. Or I could freeze it for up to three months while you get settled.",
    ];
    let seen = 0;
    for (const seed of SEEDS) {
      const lines = said("policy-exception", turns, seed);
      if (!/york|pool/i.test(lines[1]!) || /\?/.test(lines[1]!)) continue; // (she took York up in her own words)
      seen++;
      expect(lines[2]).toMatch(/york/i);
      expect(lines[2]).not.toMatch(/freeze will do|put it in/i);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("she corrected a wrong restatement and the agent winds up without a word on it: she checks before she goes", () => {
    const turns = [
      "I'm so sorry about the leaking coffee machine and that nobody answered your emails. I'll sort it myself now.",
      "There are two ways to go: a replacement by next-day courier, or a full refund once the courier collects it. Which would you prefer?",
      "Understood, the refund it is: the courier collects the machine tomorrow and the refund follows within 5 working days.",
      "You'll get an email with the details shortly. Is there anything else I can do?",
    ];
    let seen = 0;
    for (const seed of SEEDS) {
      const lines = said("refund-demand", turns, seed);
      if (!/replacement/i.test(lines[2]!)) continue;
      seen++;
      expect(lines[3]).toMatch(/replacement/i);
      expect(lines[3]).not.toMatch(/^(?:no,? )?that's (?:it|everything|all)/i);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("just chose the refund, the agent walks her through setting up instead: she says what she chose", () => {
    const turns = [
      "I'm so sorry that happened in front of your clients, Priya, that sounds mortifying. Offline only works for albums switched to 'Keep on this device' while you have signal, and nothing is saved automatically. The sales chat's answer was misleading and I've logged it.",
      "You're inside the 14 days, so I can refund the full £79, or I can help you set the albums up and you keep the plan. Which would you prefer?",
      "Great. Open the app, tap the wedding album, then the three dots. Tell me when you are there.",
    ];
    let seen = 0;
    for (const seed of SEEDS) {
      const lines = said("misled-features", turns, seed);
      if (!/refund/i.test(lines[1]!)) continue;
      seen++;
      expect(lines[2]).toMatch(/refund/i);
    }
    expect(seen).toBeGreaterThan(0);
  });

  it("'the first one' is the first option offered, not a verb that is a term of another ('switch wifi calling on')", () => {
    const base = [
      "Of course, Tom, you're out of contract so there's no fee. What's made you decide to go?",
      "Here's what I can do, and it's your call: I can switch wifi calling on for you now, or move you to the £20 SIM-only plan from your next bill.",
    ];
    let seen = 0;
    for (const seed of SEEDS) {
      const lines = said("cancellation", [...base, "Great, wifi calling is on for the account now."], seed);
      if (!/first|wi-?fi calling/i.test(lines[1]!)) continue; // (since round 16 she names it: "The wifi calling, please.")
      seen++;
      expect(lines[2]).not.toMatch(/\b(?:i said|i chose|not what i picked|asked for)\b/i);
    }
    expect(seen).toBeGreaterThan(0);
    // and when the agent goes ahead with the other, she names the first one she chose: the wifi calling
    for (const seed of SEEDS) {
      const lines = said("cancellation", [...base, "Lovely, I've moved you to the £20 SIM-only plan from your next bill."], seed);
      if (!/first|wi-?fi calling/i.test(lines[1]!)) continue;
      expect(lines[2]).toMatch(/\b(?:said|chose|picked|asked for)\b.*wi-?fi calling/i);
    }
  });
});

describe("no thanks for a turn that passes the matter on or leaves it to sort itself out", () => {
  it("'these often sort themselves out, someone will be in touch' gets no thanks", () => {
    const turns = ["I understand your concern about the payment. Double payments like this often sort themselves out, and someone will be in touch."];
    for (const seed of SEEDS) expect(last("chat-complaint", turns, seed)).not.toMatch(/thank|\bty\b|cheers/i);
  });

  it("an offer made only as a note passed on is not thanked as a straight answer (a guard)", () => {
    const turns = [
      "I'm sorry you've had to ring again about the sofa.",
      "There's nothing on the system, but I'll make a note that you need a new sofa and pass it to the delivery people.",
    ];
    for (const seed of SEEDS) expect(last("repeat-contact", turns, seed)).not.toMatch(/straight answer|thank/i);
  });
});

describe("an open invitation to tell her story gets her story", () => {
  it("'Would you tell me a little more about it?' is answered with her facts, not a complaint that nobody asked", () => {
    const turns = ["Annual memberships aren't refundable, I'm afraid.", "Sorry, that was curt of me. Would you tell me a little more about it?"];
    for (const seed of SEEDS) {
      const reply = last("policy-exception", turns, seed);
      expect(reply).toMatch(/sister|york|moving/i);
      expect(reply).not.toMatch(/nobody's said a word/i);
    }
  });

});

describe("a list read out is heard as a script", () => {
  it("'I hear you, I'm sorry, I own it, refund, credit, call back, Friday…' is answered as a script", () => {
    expect(listSalad("I hear you, I'm sorry, I own it, refund, credit, call back, Friday, three to five days, follow-up.")).toBe(true);
    // (a summary of what was done is not one)
    expect(listSalad("So to sum up: fee taken off, £59.98 refunded today, three to five working days for it to show, £15 off next month, and I'll call you Wednesday.")).toBe(false);
    const turns = ["I hear you, I'm sorry, I own it, refund, credit, call back, Friday, three to five days, escalation, follow-up."];
    for (const seed of SEEDS) expect(last("billing-error", turns, seed)).toMatch(/card|script|read(?:ing)? (?:that|it|off)/i);
  });
});

describe("an offer of nothing she came for is not accepted with a stock yes", () => {
  it("'If you'd like, I can post you our brochure' on an unsettled call gets no 'Yes, please. Do that.'", () => {
    const turns = [
      "I'm sorry you're thinking of leaving. You've been with us a long time.",
      "Have you looked at everything else we have? There's a lot on offer.",
      "Fine. If you'd like, I can post you our brochure to have a look at.",
    ];
    for (const seed of SEEDS) expect(last("cancellation", turns, seed)).not.toMatch(/^(?:yes|yeah|go on)\b/i);
  });
});
