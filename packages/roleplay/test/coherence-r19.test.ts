import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { last, type ReplyCase } from "./helpers/replies";
import { describeReplyKinds, itReadsDigs } from "./helpers/reply-kinds";

/**
 * Coherence round 19: the kinds of misfit left on dev20 (readers r29, r30) and found on C21 (readers r35, r36), one block per
 * kind, in wordings written for these tests (not the dev calls'), each with look-alikes that must not change: a wind-up while
 * her question stands is answered with it; a line answering a question about her is not said to a bare "anything else?"; a
 * day the agent moved is not taken as settled; a flat "Okay. I've got that." to something done names it; a dig at her is
 * answered; being put through is answered; a setting is said on only when it is; a pen asked for is fetched. Every case
 * holds at several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const EMAILS = "I am sorry nobody answered your two emails, Mr Pryce. That should not have happened.";
const NOTES = "Lena, I have your notes from the last call, so no need to go over it again. You were promised Saturday and a call back, and neither happened. I am sorry.";
const VOUCHER = "I am adding a £40 voucher for the Saturday you lost, and I will ring you by 5pm tomorrow to confirm it is booked.";
/** Her word back to a dig (see PUT_DOWN_HEARD). */
const ANSWERS_DIG = /^(?:no need for the sarcasm|don't get smart with me|there's no need for that tone)/i;
/** A day taken as settled: "Thursday it is", "Fine. Thursday.", "Right. Thursday, …", "Thursday, then." */
const TAKES_THURSDAY = /thursday it is|(?:fine|okay|right)\. thursday\b|thursday, then/i;

const KINDS: Record<string, ReplyCase[]> = {
  "a wind-up while her question stands is answered with it": [
    {
      name: "'anything else?' after her Saturday question went unanswered: 'that's it?' and the question again",
      scenario: "refund-demand",
      turns: [
        EMAILS,
        "A leaking machine is faulty, so you are due a refund. To be honest about timing, a courier collects it first, and the refund is paid within 5 working days of collection.",
        "I have also added a £20 voucher for the emails.",
        "Anything else I can do for you today? Enjoy the party.",
      ],
      matches: /^(?:Is that it|Hang on, that's it)\? It's my wife's party on Saturday\. Will I have a working machine/,
    },
    {
      name: "look-alike: the same wind-up after she took a replacement for tomorrow is a goodbye, not 'that's it?'",
      scenario: "refund-demand",
      turns: [
        EMAILS,
        "A leaking machine is faulty, so you are due a refund. To be honest about timing, a courier collects it first, and the refund is paid within 5 working days of collection.",
        "Or, if you need a working machine fast, a replacement by next-day courier, with you tomorrow, and the driver takes the old one away. Which would you like?",
        "That is booked, and the confirmation is on its way by email.",
        "Anything else I can do for you today? Enjoy the party.",
      ],
      not: /that's it\?|working machine by then/i,
    },
  ],
  "a line answering a question about her is not said to a bare 'anything else?'": [
    {
      name: "'Thanks for being a Premium member! Anything else?' is not answered with which plan she is on",
      scenario: "misled-features",
      turns: ["Sorry about the portfolio at the wedding, that sounds stressful.", "Thanks for being a Premium member! Is there anything else I can help with?"],
      not: /Premium, the yearly one/,
    },
    {
      name: "look-alike: asked which plan she is on, she says",
      scenario: "misled-features",
      turns: ["Sorry about the portfolio at the wedding, that sounds stressful.", "Are you on Premium monthly or the yearly plan?"],
      matches: /Premium, the yearly one/,
    },
  ],
  "a day the agent moved is not taken as settled": [
    {
      name: "Thursday pushed through for Wednesday: no 'Thursday it is' to the voucher that follows",
      scenario: "repeat-contact",
      turns: [NOTES, "The first slot the system offers is Thursday, but I will push it through for Wednesday morning instead. The old sofa goes back on the same van.", VOUCHER],
      not: TAKES_THURSDAY,
    },
    {
      name: "look-alike: Thursday booked and a text on Wednesday evening (two days for two things) is taken as Thursday",
      scenario: "repeat-contact",
      turns: [NOTES, "I have booked the replacement for Thursday, the first slot, and the old sofa goes back on the same van. You will get a text on Wednesday evening with a two-hour window.", VOUCHER],
      matches: TAKES_THURSDAY,
    },
  ],
  "a flat word that she is following, to something done, names it": [
    {
      name: "a £40 voucher, out of fresh lines: 'The voucher. …', not 'Okay. I've got that.'",
      scenario: "repeat-contact",
      turns: [NOTES, "The first slot the system offers is Thursday, but I will push it through for Wednesday morning instead. The old sofa goes back on the same van.", VOUCHER],
      matches: /^The voucher\. (?:That's a weight off|That does help|That's good to hear)\. Thank you\.$/,
      not: /I've got that|the tomorrow/i,
      seeds: [1, 2, 7],
    },
  ],
  "a dig at her is answered": [
    {
      // (since engine round 21 the analyser hears this mock praise as rude, test/analyser-r21.test.ts: the caller answers
      // the insult as one, and does not thank the agent for the reading)
      name: "mock praise for not shouting, with the reading put on: heard as the insult it is, no thanks for the reading",
      scenario: "abusive-caller",
      turns: ["Thanks for the reading.", "Well done, you managed a whole minute without shouting. I have put the reading on and the bill is being reissued."],
      not: /\bthank|cheers|that's better/i,
    },
    {
      name: "look-alike: praise for keeping the reading handy is no dig",
      scenario: "abusive-caller",
      turns: ["Thanks for the reading.", "Well done for keeping the reading handy. I have put it on and the bill is being reissued."],
      not: ANSWERS_DIG,
    },
    // ("I am sure their advert knows your signal better than we do" was here, answered as a dig; since engine round 22 the
    // analyser hears it as rude, and test/engine-r22.test.ts holds the call failing on it)
    {
      name: "look-alike: 'I am sure they will look after you… instead of a contract' is no dig",
      scenario: "cancellation",
      turns: ["Your PAC code is on its way by text either way.", "Good luck with the new network. I am sure they will look after you, and instead of a contract you can go SIM-only with them."],
      not: ANSWERS_DIG,
    },
    {
      name: "look-alike: 'As I said, …' on a chat is no dig",
      scenario: "chat-complaint",
      turns: ["Hi Ria, I can see both payments of £34.99.", "As I said, the duplicate is refunded to your card today."],
      not: ANSWERS_DIG,
    },
  ],
  "being put through to someone else is answered as such": [
    {
      name: "'I will put you through to them now': a word about the transfer, not the PAC press alone",
      scenario: "cancellation",
      turns: ["Hi Tom, thanks for calling.", "PAC codes are handled by another team, so I will put you through to them now."],
      matches: /transfer|passing me on|put through/i,
    },
    {
      name: "look-alike: a transfer only offered, beside the code texted now, is no transfer",
      scenario: "cancellation",
      turns: ["Hi Tom, thanks for calling.", "PAC codes are handled by another team. I can put you through to them if you like, or I can text it myself now."],
      not: /transfer|passing me on|put through/i,
    },
  ],
  "a setting said on only when it is on": [
    {
      name: "'I can switch wifi calling on and talk you through it' is not answered 'it's switched on now'",
      scenario: "cancellation",
      turns: ["Hi Tom, thanks for calling.", "I can switch wifi calling on for your account and talk you through the setting on your phone."],
      not: /switched on|on and it's working/i,
    },
  ],
  "no thanks for a sorry beside a matter passed on while her question stands": [
    {
      name: "'I'm sorry. I'll put a note on and pass it over to billing' after her question: no 'Thank you for saying sorry'",
      scenario: "billing-error",
      turns: [
        "Hello, sorry about the wait. Can I take your account number and postcode, please?",
        "Thanks. There is an extra charge of £59.98 on there, something to do with equipment.",
        "I am sorry about that. I will put a note on the account and pass it over to the billing team to look at.",
      ],
      not: /thank you for saying sorry/i,
    },
    {
      name: "look-alike: the same sorry with the charge taken off is thanked",
      scenario: "billing-error",
      // (coherence round 31: the call's first sorry, since her thanks say "Nobody ever does", which a sorry said before makes untrue)
      turns: [
        "Hello, thanks for waiting. Can I take your account number and postcode, please?",
        "Thanks. There is an extra charge of £59.98 on there, something to do with equipment.",
        "I am sorry about that. I have taken the £59.98 off and it goes back to your bank today.",
      ],
      matches: /thank you for saying sorry/i,
      seeds: [1, 2, 7],
    },
  ],
  "a pen asked for is fetched": [
    {
      name: "'I will give you their address. Have you got a pen handy?': she gets one, not 'Yes, that'd be good' nor her name",
      scenario: "bereavement",
      turns: ["I am so sorry about Ken. The line will not be cut off while we sort this out.", "The bereavement team will need a copy of the certificate. I will give you their address. Have you got a pen handy?"],
      matches: /^(?:Hang on, let me find a pen|Yes, I've got one here|One minute, there's one by the phone)/,
      not: /Joan Hartley|that'd be good|Do that/,
    },
    {
      name: "look-alike: asked for the address on the letter, she reads it out",
      scenario: "bereavement",
      turns: ["I am so sorry about Ken. The line will not be cut off while we sort this out.", "The bereavement team will need a copy of the certificate. Could you give me the address on the letter?"],
      matches: /^\(Reads out the address\.\)/,
    },
  ],
};
describeReplyKinds(KINDS, SEEDS);

describe("the families of dig", () => {
  const digs = [
    "I did literally just say that 🙄 anyway, it's refunded.",
    "*rolls eyes* fine, I'll check again.",
    "Well done, you finally found the receipt.",
    "Congratulations, you managed to read the meter.",
    "Funny how the bill looks smaller when you stop shouting, isn't it?",
    "I'm sure your neighbour knows the tariff better than we do.",
    "I already just told you the date.",
    "Maybe shout at the courier instead of me.",
    "No need for all the caps, I can read.",
  ];
  const lookAlikes = [
    "Well done for keeping the receipt, that makes this easy.",
    "As I said, the refund is going back today.",
    "Instead of a refund, I can offer a replacement tomorrow.",
    "I'm sure the engineer will sort it on Thursday.",
    "It's funny how often that happens with this router, so I've flagged it.",
    "I just said to my colleague that we should fix this today.",
    "No need for the paperwork today.",
  ];
  itReadsDigs(digs, lookAlikes);
});

describe("a worry she settled herself by choosing (dev20's rated calls, replayed)", () => {
  const calls = JSON.parse(readFileSync(resolve(__dirname, "../src/eval/data/calls-dev20.json"), "utf8")).calls as { id: string; scenario: string; turns: string[] }[];
  const call = (id: string) => calls.find((c) => c.id === id)!;
  it("is not asked again at the wind-up after she took the replacement for tomorrow", () => {
    const c = call("C20-refund-demand-2");
    for (const seed of [1, 2]) expect(last(c.scenario, c.turns, seed), `seed ${seed}`).not.toMatch(/working machine by then/);
  });
  it("look-alike: with nothing chosen and the question pressed, the wind-up is answered with it", () => {
    const c = call("C20-refund-demand-3");
    for (const seed of [1, 2]) expect(last(c.scenario, c.turns, seed), `seed ${seed}`).toMatch(/^(?:Is that it|Hang on, that's it)\?.*Saturday/);
  });
});
