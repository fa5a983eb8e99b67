import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf } from "../src/commitments/probes";
import { last, type ReplyCase } from "./helpers/replies";
import { describeReplyKinds } from "./helpers/reply-kinds";

/**
 * Coherence round 22: the kinds of misfit two independent readers (r43, r44) found on C24, one block per kind, in wordings
 * written for these tests (not C24's), each with look-alikes that must not change: a number she gave in a pause the author wrote
 * into the turn is not read out again; "that doesn't answer me" is not said to an honest no; "read the notes" is not said when
 * the agent has said there are none; praise for a vague hand-off, thanks for patience to a demand to pay, kind words thanked when a
 * demand follows them, contrition to a policy script; digs that talk down to her; asked what to call her, she says; "you can call
 * back" is no call back; a question about her door or her bill is answered with the fact. Every case holds at
 * several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const ANSWERS_DIG = /^(?:no need for the sarcasm|don't get smart with me|there's no need for that tone)/i;
/** Since round 22's merge these digs are read as rude: her reply answers them, either by the dig heard first or by a line
 * that itself reacts to how she was spoken to (the tone, a complaint, head office). */
const ANSWERS_RUDE_DIG = /^(?:no need for the sarcasm|don't get smart with me|there's no need for that tone)|\b(?:tone|head office|complain\w*|manager)\b/i;
const ROUTER = ["Which charge on the bill are you asking about?", "That £59.98 is the fee for the old router not coming back to us. Did you send it?"];

const KINDS: Record<string, ReplyCase[]> = {
  "a number given in the turn's written pause is not read out again": [
    {
      name: "tracking number taken after '...' and acted on",
      scenario: "billing-error",
      turns: [...ROUTER, "Great, you kept the receipt. Would you read out the tracking number for me? ... Lovely, thanks. It was scanned at the depot in May, so I've taken the £59.98 off."],
      not: /KT 4471|read the number out|let me get it/i,
    },
    {
      name: "meter reading taken after '...'",
      scenario: "abusive-caller",
      turns: ["Mr Cole, I'm going to get this bill right for you. Is the meter close by?", "Could you read me the numbers off it? ... 14,682, got it, thanks. That brings the bill right down."],
      not: /one four six eight two|if you want the numbers/i,
    },
    {
      name: "look-alike: asked with no pause, she reads it out",
      scenario: "abusive-caller",
      turns: ["Mr Cole, I'm going to get this bill right for you. Is the meter close by?", "Could you read me the numbers off it?"],
      matches: /one four six eight two/i,
    },
  ],
  "'that doesn't answer me' is not said to an honest no with its reason": [
    {
      name: "the annual plan can't be refunded, because…",
      scenario: "policy-exception",
      turns: ["I'll be honest with you, Margaret, because you deserve that. The annual plan can't be refunded after the first 14 days, and the one exception is a member's own illness with a doctor's note. But let me tell you what I can do instead."],
      not: /doesn't answer me|not an answer/i,
    },
  ],
  "'read the notes' is not said to an agent who has just said there are none": [
    { name: "the agent says there are no notes", scenario: "repeat-contact", turns: ["I've had a look, and I can't see any notes from your earlier calls, I'm afraid."], not: /read the notes/i },
  ],
  "no praise for a vague hand-off with no time": [
    {
      name: "'the delivery team will be in touch to sort out a date'",
      scenario: "repeat-contact",
      turns: ["I'm sorry about the Saturday.", "I'll raise a request and the delivery team will be in touch to sort out a date."],
      not: /more than I got last time/i,
    },
    { name: "'pass it on… they'll look into it'", scenario: "persistent-abuse", turns: ["Can I take your postcode?", "I'm sorry, I understand. I'll pass this on to the warehouse and they'll look into it for you."], not: /reading it off a card/i },
  ],
  "no thanks for patience to a demand to pay today": [
    { name: "'could you make a payment today by card?'", scenario: "bereavement", turns: ["I'm sorry for your loss.", "You can post the certificate to us.", "Meanwhile the £96.40 is still owed. If you can make a payment today by card, that keeps the line on."], not: /patient/i },
  ],
  "kind words are not thanked when a demand on her follows them": [
    {
      name: "sympathy, then 'you'll need to send us the death certificate'",
      scenario: "bereavement",
      turns: ["I'm so sorry about your husband. Before I can change anything, you'll need to send us a copy of the death certificate."],
      not: /kind of you to say/i,
    },
    {
      name: "sympathy, then 'I'd need to speak to the account holder'",
      scenario: "bereavement",
      turns: ["Oh, I'm so sorry to hear about Ken. For security I'd need to speak to the account holder, though."],
      not: /kind of you to say/i,
    },
  ],
  "no contrition to a limit read off a policy script": [
    {
      name: "'as per our policy… a courtesy reminder'",
      scenario: "abusive-caller",
      turns: ["I do want to help you, but I need us to keep this respectful.", "As per company policy, this is a courtesy reminder to keep the language civil. I understand you're frustrated, and I'm sorry."],
      not: /sorry for (?:swearing|snapping)/i,
    },
  ],
  "a dig that talks down to her is answered, not taken as explained": [
    { name: "'slowly for you so it sinks in' is not 'that makes more sense'", scenario: "policy-exception", turns: ["Let me say it slowly for you so it sinks in: the plan is annual, so you pay for the year."], not: /more sense|wanted it explained/i },
    { name: "'I'd have thought that was pretty obvious'", scenario: "policy-exception", turns: ["Her gym was monthly and yours is annual. I'd have thought that was pretty obvious."], matches: ANSWERS_RUDE_DIG },
    { name: "'I haven't got all day'", scenario: "policy-exception", turns: ["I can freeze it or move it to York. Pick one, I haven't got all day."], matches: ANSWERS_RUDE_DIG },
    { name: "look-alike: 'take all day if you need to'", scenario: "policy-exception", turns: ["I can freeze it or move it to York. Take all the time you need to decide."], not: ANSWERS_DIG },
  ],
  "asked what she'd like to be called, she says": [
    { name: "'Shall I call you Mrs Hartley, or Joan?'", scenario: "bereavement", turns: ["Thank you for telling me. Shall I call you Mrs Hartley, or Joan?"], matches: /^Joan's fine\./ },
    { name: "'Would you rather I call you Margaret or Mrs Ellison?'", scenario: "policy-exception", turns: ["Before we start, would you rather I call you Margaret or Mrs Ellison?"], matches: /^Margaret's fine\./ },
    { name: "look-alike: 'call you back, or send an email?' names no form of hers", scenario: "bereavement", turns: ["Would you like me to call you back, or send an email?"], not: /'s fine\./ },
  ],
  "a question about her facts is answered with them": [
    { name: "'What colour is your front door?'", scenario: "persistent-abuse", turns: ["I've got the delivery photo up: a red door with a silver letterbox. What colour is yours?"], matches: /grey/i },
    { name: "'Which part of the bill looks different?'", scenario: "billing-error", turns: ["I'm sorry about the wait. Which part of the bill looks different to you?"], matches: /equipment charge/i },
  ],
};

describe("coherence round 22: the r43/r44 misfit kinds on C24, in other words", () => describeReplyKinds(KINDS, SEEDS));

describe("coherence round 22: 'you can call back' is her calling, not a call back offered", () => {
  const bereavement = scenarioOf("bereavement");
  const offers = (t: string) => readCommitments(bereavement, t).offers.map((o) => o.kind);
  it.each(["No problem, you can call back when you're ready to pay.", "You could call back later in the week if that's easier.", "You're welcome to call back any time."])("%s", (t) =>
    expect(offers(t)).not.toContain("callback"),
  );
  it.each(["I'll call you back on Thursday at ten.", "I'll give you a call back on Monday at eleven."])("look-alike, the agent calls her: %s", (t) => expect(offers(t)).toContain("callback"));
  it("no 'you'll ring me like you said' to 'you can call back when you're ready'", () => {
    for (const seed of SEEDS) {
      expect(last("bereavement", ["I'm sorry for your loss.", "Okay, no problem, you can call back when you're ready to pay. Is there anything else?"], seed)).not.toMatch(/ring me like you said/i);
    }
  });
});
