import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf } from "../src/commitments/probes";
import { heardAsThanked } from "../src/engine/conversation";
import { type ReplyCase } from "./helpers/replies";
import { describeReplyKinds, itReadsDigs } from "./helpers/reply-kinds";

/**
 * Coherence round 21: the kinds of misfit two independent readers (r39, r40) found on C23, one block per kind, in wordings
 * written for these tests (not C23's), each with look-alikes that must not change: thanks and quotes only for what was said
 * (kind words, an apology, "you keep saying you understand", "not reading it off a card"); a dig at her answered and not
 * thanked; her own words played back are no promise, no explanation and no news of a club; a day moved to "tomorrow" is not
 * taken as the old day; asked leave to say something, she gives it; asked to choose after "If you want to stay… If not…", she
 * chooses; a rude turn in the refund call is answered as one. Every case holds at several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const WHY_MOVING = "Morning, Margaret. Can I ask what's taking you away?";
const NOTES = "Lena, I have your notes from the last call, so no need to go over it again. You were promised Saturday and a call back, and neither happened. I am sorry.";
const VOUCHER = "I am adding a £40 voucher for the Saturday you lost, and I will ring you by 5pm tomorrow to confirm it is booked.";
const KIND_WORDS = /kind of you to say/i;
const TAKES_THURSDAY = /thursday it is|(?:fine|okay|right)\. thursday\b|thursday, then/i;
const ANSWERS_DIG = /^(?:no need for the sarcasm|don't get smart with me|there's no need for that tone)/i;
const EXPLAINED = /makes? (?:a bit )?more sense|wanted it explained/i;
const GIVES_LEAVE = /^(?:Go on, then\. Quickly\.|Alright, go on\. Briefly\.|Fine\. Go on, then\.)$|go on/i;

const played = (t: string): ReplyCase => ({ name: `her words played back: "${t}"`, scenario: "policy-exception", turns: [WHY_MOVING, t], not: KIND_WORDS });
const sympathy = (t: string): ReplyCase => ({ name: `look-alike, sympathy: "${t}"`, scenario: "policy-exception", turns: [WHY_MOVING, t], matches: KIND_WORDS });

const KINDS: Record<string, ReplyCase[]> = {
  "thanks for kind words need some": [
    played("Just so I have it: your sister needs looking after, so you're moving. Correct?"),
    played("Okay, so the reason is your sister. You're going to care for her up in York."),
    played("Right, your sister. And you want the rest of the year refunded."),
    played("So you're moving to look after your sister, and that's why you want the money. Have I got that right?"),
    played("Your sister's had a fall and you're going up to York. Noted."),
    sympathy("I'm so sorry about your sister. That must be a lot to take on."),
    sympathy("That sounds really hard, Margaret, with your sister poorly and a move on top."),
  ],
  "thanks for an apology need one": [
    {
      name: "'I hear you about the emails' is no apology to thank",
      scenario: "refund-demand",
      turns: ["Absolutely, I hear you about the emails. Leave it with me."],
      not: /thank you for (?:actually )?apologising/i,
    },
    {
      name: "'The emails, yes, I get it' is no apology either",
      scenario: "refund-demand",
      turns: ["The emails, yes, I get it, that's frustrating. I'll sort it."],
      not: /thank you for (?:actually )?apologising/i,
    },
  ],
  "thanks for an apology: look-alikes that apologise, in the word or by owning the fault": [
    {
      name: "'I'm sorry nobody answered your two emails'",
      scenario: "refund-demand",
      turns: ["I'm sorry nobody answered your two emails. That shouldn't have happened."],
      matches: /thank you for (?:actually )?apologising/i,
    },
    {
      name: "'Your emails should have been answered… That's on us.'",
      scenario: "refund-demand",
      turns: ["Your emails should have been answered, and they weren't. That's on us."],
      matches: /thank you for (?:actually )?apologising/i,
    },
  ],
  "asked for her details, she gives them": [
    { name: "'Can I take your order number?' (repeat caller)", scenario: "repeat-contact", turns: ["I'm sorry to hear that. Can I take your order number?"], matches: /HH-22871/ },
    { name: "'Could I have the order number, please?'", scenario: "repeat-contact", turns: ["Right. Could I have the order number, please?"], matches: /HH-22871/ },
    { name: "'Can I ask who I'm speaking to?'", scenario: "bereavement", turns: ["There's no rush at all. Can I ask who I'm speaking to?"], matches: /Joan Hartley/ },
    { name: "'And who am I speaking with today?'", scenario: "bereavement", turns: ["Take your time. And who am I speaking with today?"], matches: /Joan Hartley/ },
    { name: "look-alike: 'Who sent you the letter?' asks no details of hers", scenario: "bereavement", turns: ["Who sent you the letter, do you know?"], not: /Joan Hartley/ },
  ],
  "'anything else?' is not met with a refusal to explain again": [
    {
      name: "a bare 'anything else?' after a note",
      scenario: "repeat-contact",
      turns: ["I've put notes on the account so the next person sees it all.", "Is there anything else I can do for you today?"],
      not: /not explaining it all again|already explained|read the notes/i,
    },
  ],
  "asked what happened at the venue, she says what she saw, not how she set it up": [
    {
      name: "'Can you talk me through what happened when you opened it?'",
      scenario: "misled-features",
      turns: ["Oh no, in front of clients too. Can you talk me through what happened when you opened it?"],
      matches: /spinning|Connect to view/,
      not: /I didn't set anything/,
    },
    {
      name: "look-alike: asked how she set the albums up, she says she didn't",
      scenario: "misled-features",
      turns: ["Sorry about that. How did you set the albums up for offline use?"],
      matches: /didn't set anything/,
    },
  ],
  "'you keep saying you understand' needs it said": [
    {
      name: "a first turn that only plays her sums back",
      scenario: "policy-exception",
      turns: ["So you paid for the year in January, you're moving, and you'd like the last eight months back. Two hundred and eighty pounds."],
      not: /keep saying you understand/i,
    },
    {
      name: "a first turn that only asks her membership number",
      scenario: "policy-exception",
      turns: ["Hello Margaret. Could I take your membership number, please?"],
      not: /keep saying you understand/i,
    },
  ],
  "'at least you're not reading it off a card' is not said to a stock line": [
    {
      name: "a second stock warning",
      scenario: "persistent-abuse",
      turns: ["I hear that you're angry, sir. I'll need you to keep it respectful so I can help.", "I understand you're upset. I need us to keep this respectful, please."],
      not: /not reading it off a card/i,
    },
    {
      name: "'I understand your frustration.' and a warning",
      scenario: "persistent-abuse",
      turns: ["I understand your frustration. Please keep the language civil."],
      not: /not reading it off a card/i,
    },
  ],
  "a dig at her is answered, not thanked": [
    {
      name: "'you can save yourself the breath' beside a real offer",
      scenario: "refund-demand",
      turns: [
        "I'm sorry nobody answered your emails.",
        "I can send a new machine by next-day courier and collect the old one at the same time. And you can save yourself the breath on the reviews.",
      ],
      matches: ANSWERS_DIG,
      // (thanks for the replacement may follow; praise of him and backing down may not)
      not: /straight with me|fair enough|won't be writing/i,
    },
    {
      name: "'threatening a one-star review won't get it there any quicker'",
      scenario: "refund-demand",
      turns: ["Threatening a one-star review won't get it there any quicker, but I can look at the order."],
      matches: ANSWERS_DIG,
    },
    {
      name: "'it's not our fault your sister fell'",
      scenario: "policy-exception",
      turns: ["With respect, it's not our fault your sister fell. Let me see what I can do for you."],
      matches: ANSWERS_DIG,
    },
    {
      name: "look-alike: 'you can save yourself the trip' is no dig",
      scenario: "refund-demand",
      turns: ["I'm sorry nobody answered your emails.", "You can save yourself the trip to the post office: a courier will collect it."],
      not: ANSWERS_DIG,
    },
  ],
  "her own words played back explain nothing": [
    {
      name: "'So what I'm hearing is your neighbour got her money back'",
      scenario: "policy-exception",
      turns: [WHY_MOVING, "So what I'm hearing is your neighbour got her money back from her gym, and you think we should do the same."],
      not: EXPLAINED,
    },
    {
      name: "'So you're saying it's unfair, because of the move. Have I got that right?'",
      scenario: "policy-exception",
      turns: [WHY_MOVING, "So you're saying it's unfair, because of the move. Have I got that right?"],
      not: EXPLAINED,
    },
  ],
  "the annual price is conceded only when the agent spoke of it": [
    {
      name: "'The annual plan can't be refunded after the first fortnight.'",
      scenario: "policy-exception",
      turns: ["The annual plan can't be refunded after the first 14 days. Sorry."],
      not: /annual price was cheaper/i,
    },
    {
      name: "'You paid for a year upfront.'",
      scenario: "policy-exception",
      turns: ["You paid for a year upfront, yes, and I can see that's a lot of money."],
      not: /annual price was cheaper/i,
    },
  ],
  "a club or a transfer is not news when only her move was played back": [
    {
      name: "'So you're off to York to be with your sister. Is that right?'",
      scenario: "policy-exception",
      turns: [WHY_MOVING, "So you're off to York to be with your sister, and you'd like the months back. Is that right?"],
      not: /club in york|transfer it/i,
    },
    {
      name: "look-alike: a club in York named by the agent is news",
      scenario: "policy-exception",
      turns: [WHY_MOVING, "There's a Pennant club in York you could carry on at."],
      matches: /club in York/,
    },
  ],
  "a day moved to tomorrow is not taken as the old day": [
    {
      name: "Thursday on the system, but tomorrow's van instead: no 'Thursday it is' to the voucher after",
      scenario: "repeat-contact",
      turns: [NOTES, "The system offers Thursday, but I'll get you onto tomorrow's van instead, and they'll take the old sofa away.", VOUCHER],
      not: TAKES_THURSDAY,
    },
    {
      name: "Thursday first in the diary, but brought forward to today",
      scenario: "repeat-contact",
      turns: [NOTES, "Thursday is the first slot it shows, but I'm bringing it forward to today's afternoon run.", VOUCHER],
      not: TAKES_THURSDAY,
    },
  ],
  "asked leave to say something, she gives it": [
    { name: "'Can I have a minute before you go?'", scenario: "cancellation", turns: ["Before you go, can I have a minute to tell you something about your bill?"], matches: GIVES_LEAVE },
    { name: "'Do you mind if I mention one thing?'", scenario: "cancellation", turns: ["Do you mind if I mention one thing about your plan?"], matches: GIVES_LEAVE },
    { name: "'Can I just run two things past you?'", scenario: "cancellation", turns: ["Can I just run two things past you?"], matches: GIVES_LEAVE },
    { name: "look-alike: 'Can I have your account number?' asks for a detail", scenario: "cancellation", turns: ["Can I have your account number?"], not: GIVES_LEAVE },
  ],
  "asked to choose after 'If you want to stay… If not…', she chooses": [
    {
      name: "stay on the cheaper plan or take the PAC",
      scenario: "cancellation",
      turns: [
        "No problem, Tom, your PAC is on its way by text. No exit fee.",
        "If you wanted to stay, I could put you on SIM-only, 40GB for £20 a month, with no new contract. If not, the PAC's in your texts. What would you like to do?",
      ],
      not: /couldn't tell you|not sure, to be honest|don't really know/i,
    },
  ],
  "a rude turn in the refund call is answered as one": [
    {
      name: "'it's a toaster, not a kidney transplant'",
      scenario: "refund-demand",
      turns: ["I'm sorry nobody answered your emails.", "Honestly, it's only a coffee machine, not a heart transplant. Calm down. Do you want the replacement or not?"],
      not: /finally picked it up/i,
    },
  ],
};

describeReplyKinds(KINDS, SEEDS);

describe("round 21: what she thanks or names as said is in the turn (paraphrases and look-alikes)", () => {
  const low = (x: string) => x.toLowerCase();
  const notHeard: [string, string, string][] = [
    ["That's kind of you to say about my sister.", "So you're moving to look after your sister. Have I got that right?", ""],
    ["Thank you for the kind words.", "Right, your sister. And you'd like the rest of the year back.", ""],
    ["You keep saying you understand, but you haven't told me anything.", "So you paid for a year and you're moving.", ""],
    ["You keep saying you understand, but you haven't told me anything.", "I understand.", ""],
    ["Everyone says they're sorry. Nobody does anything.", "Let me look at the account.", ""],
    ["Thank you for actually apologising about the emails.", "I hear you about the emails. Leave it with me.", ""],
    ["Thank you for saying sorry. Nobody ever does.", "The emails, yes, I get it. I'll sort it.", ""],
    ["At least you're not reading it off a card.", "I understand you're upset. Please keep it respectful.", ""],
    ["At least you're not reading it off a card.", "I hear you. Once more, keep it civil, please.", ""],
  ];
  const heard: [string, string, string][] = [
    ["That's kind of you to say about my sister.", "I'm so sorry about your sister. That must be a lot to take on.", ""],
    ["That's kind of you to say about my sister.", "That sounds really hard, with your sister poorly and a move on top.", ""],
    ["That's kind of you to say.", "That's very common after someone dies, and you haven't done anything wrong.", ""],
    ["You keep saying you understand, but you haven't told me anything.", "I understand. I really do understand.", ""],
    ["You keep saying you understand, but you haven't told me anything.", "I understand it's frustrating.", "i completely understand, margaret."],
    ["Everyone says they're sorry. Nobody does anything.", "I'm sorry about that.", ""],
    ["Thank you for actually apologising about the emails.", "Your emails should have been answered. That's on us.", ""],
    ["At least you're not reading it off a card.", "Three weeks without your drill and a job on Thursday. I'd be fuming too.", ""],
  ];
  it.each(notHeard)("not said: %s to %s", (line, turn, before) => expect(heardAsThanked(line, low(turn), before)).toBe(false));
  it.each(heard)("said: %s to %s", (line, turn, before) => expect(heardAsThanked(line, low(turn), before)).toBe(true));
});

describe("round 21: the new families of dig", () => {
  const digs = [
    "And you can save yourself the typing.",
    "So save your breath on the reviews.",
    "Threatening reviews isn't going to make the courier drive any faster.",
    "Shouting won't get it here any quicker.",
    "It's a coffee machine, not a kidney.",
    "It's only a sofa, not the end of the world.",
    "I'm sure your husband will survive a weekend without it.",
    "It's not our fault your sister fell.",
    "We can't refund every time someone has a sob story.",
  ];
  const lookAlikes = [
    "You can save yourself the trip: a courier will collect it.",
    "It's not your fault the machine leaked.",
    "Complaining was the right thing to do, and it got this moving.",
    "I'm sure you'll love the new one.",
    "It's a fault, not wear and tear, so you're covered.",
    "I know it's not the end of the world to us, but it is to you, and I'm sorry.",
    "Every time someone rings about this, we log it.",
    "I'm sure the engineer will sort it on Thursday.",
  ];
  itReadsDigs(digs, lookAlikes);
});

describe("round 21: what the commitments reader takes from her words played back, a transfer at no cost and a credit back", () => {
  const gym = scenarioOf("policy-exception");
  const billing = scenarioOf("billing-error");
  const energy = scenarioOf("abusive-caller");
  const breaches = (s: typeof gym, t: string) => readCommitments(s, t).breaches.map((b) => b.ruleId);
  const offers = (s: typeof gym, t: string) => readCommitments(s, t).offers.map((o) => o.remedyId);
  it.each([
    "So what I'm hearing is that your friend got a refund from her leisure centre, so you feel we should do the same.",
    "What I'm hearing is your neighbour got a refund when she moved.",
    "So you're saying your sister got a refund from her gym.",
    "Your friend got a full refund from the council, I understand.",
    "Your neighbour had a refund off her old gym, and you'd like the same.",
  ])("her words played back promise no refund: %s", (t) => expect(breaches(gym, t)).not.toContain("no-refund-for-moving"));
  it.each(["I'll refund the eight months.", "I can give you a refund for the rest of the year.", "So what I'll do is refund the unused months today."])(
    "look-alike, a refund promised: %s",
    (t) => expect(breaches(gym, t)).toContain("no-refund-for-moving"),
  );
  it.each([
    "I can transfer your remaining eight months to the York club at no cost.",
    "I can transfer the remaining months there at no cost.",
    "What I can do is move you to our York club, which has a pool, at no cost.",
    "We can move you over to the club in York, free of charge.",
  ])("a transfer at no cost is the club transfer: %s", (t) => expect(offers(gym, t)).toContain("transfer-club"));
  it.each(["I can transfer your membership to York and give you a free month on us as well."])("look-alike, a free month on top is still a free month: %s", (t) =>
    expect(readCommitments(gym, t).offers.map((o) => o.kind)).toContain("free-period"),
  );
  it.each(["If it's approved, they'll credit it back to the account.", "Once it's checked, we'll credit that back to you."])("a credit back is her money returned, not goodwill: %s", (t) =>
    expect(offers(billing, t)).not.toContain("goodwill-up-to-15"),
  );
  it.each(["I'll add a £10 credit to your account for the trouble.", "I'll credit it back to your account as a goodwill gesture."])("look-alike, goodwill: %s", (t) =>
    expect(offers(billing, t)).toContain("goodwill-up-to-15"),
  );
  it.each(["Once your reading's in, any overpayment will be credited back.", "If you've overpaid, the difference gets credited back to you."])(
    "an overpayment credited back is no compensation: %s",
    (t) => expect(breaches(energy, t)).not.toContain("no-compensation-amount"),
  );
  it.each(["I'll put £30 credit on your account for the hassle.", "I'll credit your account for the trouble."])("look-alike, compensation: %s", (t) =>
    expect(breaches(energy, t)).toContain("no-compensation-amount"),
  );
});
