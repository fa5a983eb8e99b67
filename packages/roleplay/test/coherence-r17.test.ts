import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { directAsk } from "../src/engine/conversation";
import { readTurn } from "../src/engine/offers";
import { last, said } from "./helpers/replies";

/**
 * Coherence round 17: the kinds of misfit two independent readers (r23, r24) found on dev18, and those left on dev11,
 * dev15 and dev16, one block per kind, in wordings written for these tests (not the dev calls'): questions answered as
 * asked; her details given when asked in other words; no apology for her temper to an agent who did nothing for her;
 * no praise of straight talk for a script or an excuse; a fallback not taken up as an offer; a promise heard settles what
 * it promised; a day ruled out not echoed; a question of hers ignored is asked again; a time given is not asked for; a
 * demand already met left out of what she tells; no "keep me here" to an agent signing off; no "is it free?" after "at
 * no cost". Each block has look-alikes that must not change. Every case holds at several seeds.
 */
const SEEDS = [1, 2, 7, 99];

interface Case {
  name: string;
  scenario: string;
  turns: string[];
  matches?: RegExp;
  not?: RegExp;
  /** Checked over every reply of the call, not only the last. */
  everyReply?: boolean;
}
/** Her own temper owned: "I didn't mean to go off at you", "Sorry for swearing", "sorry for the caps", "I was out of order". */
const CONTRITE = /didn't mean to go off|sorry for (?:swearing|snapping|the caps)|out of order/i;

const KINDS: Record<string, Case[]> = {
  "a question is answered as asked": [
    {
      name: "a leading clause ('Before we get going, …') does not hide the question: how long he has been a customer",
      scenario: "cancellation",
      turns: ["Before we get going, can I ask how many years you've been a customer?"],
      matches: /five years/i,
    },
    {
      name: "an embedded question ('…saying what you need from it at a shoot?') asks what the direct one asks",
      scenario: "misled-features",
      turns: ["I'm sorry, Priya, that sounds awful. Would you mind saying what you need from it at a shoot?"],
      matches: /venues|barns|offline/i,
    },
    {
      name: "'is something due soon?' asks about her bills, and she says so after counting the days",
      scenario: "chat-complaint",
      turns: ["sorry Ria, that's our mistake. I've refunded the second £34.99 now, banks take 3 to 5 working days. is something due soon?"],
      matches: /phone bill|overdraft/i,
    },
    {
      name: "look-alike: a question about something else ('which box were you expecting?') is not answered with her bills",
      scenario: "chat-complaint",
      turns: ["sorry Ria, that's our mistake. which box were you expecting this week?"],
      not: /overdraft/i,
    },
    {
      name: "an offer put before 'anything else?' is answered too, before her last word",
      scenario: "billing-error",
      turns: [
        "I'm sorry, Sandra. The £59.98 is a router fee, and your receipt shows you returned it, so I've taken it off and the refund leaves today, usually 3 to 5 working days.",
        "Shall I ring you on Friday afternoon to check it's landed? And is there anything else at all?",
      ],
      matches: /^(?:yes|that would|that'd)/i,
    },
    {
      name: "look-alike: a time the agent sets itself after asking ('What time suits? Friday at two, lovely.') is not answered again",
      scenario: "billing-error",
      turns: [
        "I'm sorry, Sandra. The £59.98 is a router fee, and your receipt shows you returned it, so I've taken it off and the refund leaves today, usually 3 to 5 working days.",
        "I'll ring you to check it's landed. What time suits? Friday at two, lovely. Is there anything else?",
      ],
      not: /^(?:whenever|any time|whatever's easiest)/i,
    },
  ],
  "her details are given when asked in other words": [
    {
      name: "asked for the email on the account, she gives it before anything else",
      scenario: "chat-complaint",
      turns: ["hi Ria, really sorry about this. could you pop the email address on your account in here for me?"],
      matches: /^\(Types out the email address\.\)/,
    },
    {
      name: "a question that is only the detail ('And his date of birth?') is a request for it",
      scenario: "bereavement",
      turns: ["Can I take your name, and whose name is on the letter?", "Thank you. And his date of birth?"],
      matches: /^\(Reads out the date of birth\.\)/,
    },
    {
      name: "look-alike: a check of a detail the agent has ('Same email as on the account?') is no request",
      scenario: "chat-complaint",
      turns: ["hi Ria, really sorry about this. I'll send the confirmation there. same email as on the account?"],
      not: /^\(Types out/,
    },
  ],
  "she owns her temper only to an agent who did something for her": [
    {
      name: "bare sympathy and a matter passed on get no 'I didn't mean to go off at you'",
      scenario: "refund-demand",
      turns: ["Hello, I'm sorry to hear about the machine.", "I understand you're unhappy. I can pass your details to the returns team and they'll be in touch."],
      not: CONTRITE,
      everyReply: true,
    },
    {
      name: "a refusal with a reason is no reason for her to apologise",
      scenario: "refund-demand",
      turns: ["I'm sorry about the emails.", "It was bought 33 days ago, so it falls just outside the 30-day refund window."],
      not: CONTRITE,
      everyReply: true,
    },
    {
      name: "after the agent put her down, a refund and a credit get no 'sorry for the caps'",
      scenario: "chat-complaint",
      turns: ["honestly, no need for the caps, it's only £34.99, calm down", "ok, I've refunded the second £34.99, it shows in 3 to 5 working days", "I've also put £5 off your next box. anything else?"],
      not: CONTRITE,
      everyReply: true,
    },
    {
      name: "cut off after warnings and nothing else, he does not say he was out of order",
      scenario: "abusive-caller",
      turns: ["Mr Cole, please stop calling me names or I'll have to end the call.", "That's your warning, I've noted it.", "I'm ending the call now. Ring back when you're ready to talk calmly. Goodbye."],
      not: /out of order/i,
    },
  ],
  "praise of straight talk needs straight talk": [
    {
      name: "a greeting script with a stock apology is not 'at least you're being straight'",
      scenario: "chat-complaint",
      turns: ["Good morning and thank you for contacting us. My name is Sam and I will be helping you today. I apologise for any inconvenience caused."],
      not: /straight/i,
    },
    {
      name: "an excuse ('we've been really busy') is not praised as straight",
      scenario: "chat-complaint",
      turns: ["hi Ria, I'm here now", "sorry nobody answered on Saturday, we've been really busy lately"],
      not: /straight/i,
    },
  ],
  "a fallback is not an offer to take up now": [
    {
      name: "'if it still lets you down, ring us and I'll refund it' is not answered 'the refund's the right thing'",
      scenario: "misled-features",
      turns: [
        "I'm sorry, Priya. Offline only works for albums you set to 'Keep on this device' while you have signal, and the chat should have said so.",
        "I'm emailing you the set-up guide now. If it still lets you down before your 14 days are up, ring us and I'll refund the £79 in full. Anything else?",
      ],
      not: /refund's the right thing/i,
    },
  ],
  "a promise heard settles what it promised": [
    {
      name: "after 'I'll make an exception and refund the eight months', 'That's £280 back to your card' is not met with 'am I getting anything back?'",
      scenario: "policy-exception",
      turns: ["I'm sorry about your sister. Given it's family I'll make an exception and refund you the eight months.", "That's £280 going back to your card within 5 working days. Anything else?"],
      not: /getting anything back/i,
    },
  ],
  "a day ruled out is not echoed": [
    {
      name: "'so you won't have to wait till Thursday' is not heard as Thursday",
      scenario: "repeat-contact",
      turns: ["I'm so sorry, Lena, I can see the order was never raised. That's on us.", "I'll get it on tomorrow's van myself, so you won't have to wait till Thursday, and the old one goes on the same visit."],
      not: /thursday/i,
    },
  ],
  "a question of hers that the agent goes past is asked again": [
    {
      name: "a voucher and 'anything else?' while her Saturday question stands: she asks it again",
      scenario: "refund-demand",
      turns: [
        "I'm sorry, Mr Pryce. Two emails with no reply isn't acceptable.",
        "I can book a free repair: we collect it and return it within 10 working days.",
        "I'm also adding a £20 voucher for the emails. Anything else?",
      ],
      matches: /haven't answered me[^]*saturday/i,
    },
    {
      name: "look-alike: a turn that answers it (the replacement tomorrow) is not told it has not answered",
      scenario: "refund-demand",
      turns: [
        "I'm sorry, Mr Pryce. Two emails with no reply isn't acceptable.",
        "I can book a free repair: we collect it and return it within 10 working days.",
        "For the party on Saturday, I can send a replacement by next-day courier instead, with you tomorrow, and collect the old one then. Shall I?",
      ],
      not: /haven't answered/i,
    },
  ],
  "what the turn has said is not asked for": [
    {
      name: "a repair 'returned within 10 working days' is not met with 'How long would it take?'",
      scenario: "refund-demand",
      turns: ["I'm sorry about the emails.", "What I can do is a free manufacturer repair: we collect it and it's back with you within 10 working days."],
      not: /how long would it take/i,
    },
    {
      name: "told the time window with the day, she says someone's in without demanding a time",
      scenario: "repeat-contact",
      turns: ["I'm sorry, Lena, the order was never raised.", "The first slot is Thursday, with a two-hour window texted to you the evening before. Can someone be in that day?"],
      matches: /partner/i,
      not: /I need a time/i,
    },
    {
      name: "a transfer 'at no cost' is not met with 'I don't pay anything extra?'",
      scenario: "policy-exception",
      turns: ["I'm sorry to hear you're moving.", "I can move the rest of your year to our York club at no cost."],
      not: /pay anything extra/i,
    },
    {
      name: "an agent signing off is not told 'if you're going to keep me here'",
      scenario: "cancellation",
      turns: ["Okay. I'll put a request in for your PAC and someone will be in touch.", "Sorry I can't do more. Thanks for being with us, Tom."],
      not: /keep me here/i,
    },
  ],
};
for (const [kind, cases] of Object.entries(KINDS))
  describe(kind, () => {
    for (const c of cases)
      it(c.name, () => {
        for (const seed of SEEDS) {
          const replies = c.everyReply ? said(c.scenario, c.turns, seed) : [last(c.scenario, c.turns, seed)];
          for (const reply of replies) {
            if (c.matches) expect(reply, `seed ${seed}`).toMatch(c.matches);
            if (c.not) expect(reply, `seed ${seed}`).not.toMatch(c.not);
          }
        }
      });
  });

describe("asks read as what they ask", () => {
  it("'is price the main reason, or is there anything else?' asks her reason; 'is there anything else I can help with?' winds up", () => {
    expect(directAsk("Okay, and is price the main reason, or is there anything else?")).toBe("question");
    expect(directAsk("Okay. Is there anything else I can help with?")).toBe("anything-else");
  });
});

describe("what the agent sees is no commitment", () => {
  it("'I can see it was bought 33 days ago, so it's outside the refund window' offers no refund; 'I can refund it' still does", () => {
    const sc = getScenario("refund-demand")!;
    expect(readTurn(sc, "I can see it was bought 33 days ago, so it's outside our 30-day refund window, unfortunately.").offers).toEqual([]);
    expect(readTurn(sc, "Because it's faulty, I can refund it once the courier has collected it.").offers.map((o) => o.remedyId)).toContain("refund-after-collection");
  });
});
