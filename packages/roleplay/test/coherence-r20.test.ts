import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ASKS_RETELL, NON_APOLOGY } from "../src/engine/phrases";
import type { ReplyCase } from "./helpers/replies";
import { describeReplyKinds } from "./helpers/reply-kinds";

/**
 * Coherence round 20: the kinds of misfit the C21 readers (r35, r36) still found on main, one block per kind, in wordings
 * written for these tests (not the dev calls'), each with look-alikes that must not change: an apology that is not one (the
 * taxonomy's own mistakes for `apology`) is answered, not softened to or thanked; asked to tell it all again from the start,
 * she says she has told it, and does not later praise the agent for reading her notes; a slot ("Morning or afternoon?") is
 * asked only of a visit with a day; a thing is welcomed by name ("An email would be lovely") only when the agent said it, and
 * a bare thanks does not name what the agent said it would take ("the doctor"); a tracking number asked for is answered.
 * Every case holds at several seeds.
 */
const SEEDS = [1, 2, 7, 99];
/** Her word back to an apology hedged with "if" or said for her feelings (see NON_APOLOGY_HEARD). */
const ANSWERS_NON_APOLOGY = /^(?:there's no 'if'|don't give me 'if'|'if'\? there's no 'if'|it's not about how i feel|don't be sorry about my feelings|it's not my feelings)/i;
/** Her word back to being asked to tell it all again (see RETELL_HEARD). */
const TOLD_ALREADY = /^(?:i've already told you all this|i've been through all this already|again\? i've told it from the start)/i;
/** Thanks for an apology: "Thank you for saying sorry.", "Thank you for actually apologising…". */
const THANKS_SORRY = /thank(?:s| you) for (?:actually |finally )?(?:saying sorry|apologi[sz]ing)/i;
/** The first four turns of a C21 call (dev since round 19) that bring the member to choosing the freeze; the last turn is the tests'. */
const MOVE = (JSON.parse(readFileSync(resolve(__dirname, "../src/eval/data/v2/calls-heldout-C21.json"), "utf8")).calls as { id: string; turns: string[] }[])
  .find((c) => c.id === "C21-policy-exception-4")!
  .turns.slice(0, 4);
/** Three turns after which she chooses the refund over keeping Premium with a guide. */
const OFFLINE = [
  "Oh no, in front of a couple, I am sorry. The way offline was described to you was not clear.",
  "Offline only keeps an album on your phone if you choose Keep on this device while you have signal. It does not do it by itself.",
  "You are inside the fourteen days, so you have a choice: keep Premium and I email you a step-by-step guide, or I refund the full 79 pounds within five working days. Which would you prefer?",
];
/** Her correction of a choice restated wrongly (see SWITCHED). */
const CORRECTS_CHOICE = /I said the refund|I chose the refund|I asked for the refund/;
const CALMED = ["Mr Dunn, I want to sort your drill out, but I need you to stop swearing at me. I hear how angry you are.", "Thank you. I am opening a missing-parcel claim now so the depot checks the photo."];

const KINDS: Record<string, ReplyCase[]> = {
  "an apology that is not one is answered, not softened to or thanked": [
    {
      name: "'sorry if there has been a misunderstanding about the bill': answered first",
      scenario: "billing-error",
      turns: ["I hear you, Sandra. I am sorry if there has been a misunderstanding about the bill."],
      matches: ANSWERS_NON_APOLOGY,
      not: THANKS_SORRY,
    },
    {
      name: "'I apologise if the emails caused you any trouble': answered, and the emails' apology not thanked",
      scenario: "refund-demand",
      turns: ["I apologise if the emails caused you any trouble, Mr Pryce."],
      matches: ANSWERS_NON_APOLOGY,
      not: THANKS_SORRY,
    },
    {
      name: "'I am sorry you feel that way about us': answered as sorry for her feelings",
      scenario: "cancellation",
      turns: ["Hi Tom. I am sorry you feel that way about us."],
      matches: /^(?:it's not about how i feel|don't be sorry about my feelings|it's not my feelings)/i,
    },
    {
      name: "on a chat, in her lower case: 'apologies if you've felt ignored'",
      scenario: "chat-complaint",
      turns: ["hi ria, apologies if you've felt ignored by us this week."],
      matches: /^(?:there's no 'if'|don't give me 'if'|'if'\? there's no 'if')/,
    },
    {
      name: "look-alike: a real apology for the emails is thanked, not answered",
      scenario: "refund-demand",
      turns: ["I am sorry nobody answered your two emails, Mr Pryce. That should not have happened."],
      matches: THANKS_SORRY,
      not: ANSWERS_NON_APOLOGY,
    },
    {
      name: "look-alike: 'sorry if I misheard' is the agent's own slip, not a hedged apology",
      scenario: "billing-error",
      turns: ["Sorry if I misheard, Sandra: is it eighty-nine pounds ninety-seven this month?"],
      not: ANSWERS_NON_APOLOGY,
    },
  ],
  "asked to tell it all again, she says she has told it": [
    {
      name: "'could you go back to the beginning and tell me what happened?' to a third call",
      scenario: "repeat-contact",
      turns: ["I am sorry, Lena. Could you go back to the beginning and tell me what happened?"],
      matches: TOLD_ALREADY,
    },
    {
      name: "'talk me through everything that's happened' to the billing caller",
      scenario: "billing-error",
      turns: ["Okay Sandra, talk me through everything that's happened with the bill."],
      matches: TOLD_ALREADY,
    },
    {
      name: "and after it, a reference read out is not praised as reading her notes",
      scenario: "repeat-contact",
      turns: ["I am sorry, Lena. Could you go back to the beginning and tell me what happened?", "Thank you. I have put order HH-22871 at the top of the dispatch list for you."],
      not: /you've actually read it/i,
    },
    {
      name: "look-alike: a question about one part ('what day was the sofa delivered?') is no retelling",
      scenario: "repeat-contact",
      turns: ["I am sorry, Lena. Could you tell me what day the sofa was delivered?"],
      not: TOLD_ALREADY,
    },
  ],
  "a slot is asked only of a visit with a day": [
    {
      name: "'they will contact you to arrange a date': no 'Morning or afternoon?'",
      scenario: "abusive-caller",
      turns: ["I am sorry about the bill, Mr Cole. I have put a request in for an engineer, and they will contact you to arrange a date."],
      not: /morning or afternoon/i,
    },
    {
      name: "'the date is still to be confirmed': no 'Morning or afternoon?'",
      scenario: "abusive-caller",
      turns: ["I am sorry about the bill, Mr Cole. An engineer visit will be set up; the date is still to be confirmed."],
      not: /morning or afternoon/i,
    },
    {
      name: "look-alike: an engineer booked for Tuesday is asked about by half day",
      scenario: "abusive-caller",
      turns: ["I am sorry about the bill, Mr Cole. I have booked an engineer for Tuesday to fit a smart meter."],
      matches: /morning or afternoon/i,
    },
  ],
  "a thing is welcomed, or named in thanks, only as the agent said it": [
    {
      name: "a doctor's letter she would need is no email welcomed, nor 'the doctor' thanked for",
      scenario: "policy-exception",
      turns: [...MOVE, "Just so you know where the line is: a part-refund is only ever for the member own illness, with a letter from the doctor."],
      not: /email would be lovely|^the doctor/i,
    },
    {
      name: "look-alike: an email offered is welcomed",
      scenario: "policy-exception",
      turns: [...MOVE, "I can also put all of that in an email for you, so your son can go through it with you."],
      matches: /email would be lovely/i,
    },
  ],
  "a tracking number asked for is answered": [
    {
      name: "asked for the tracking number once calmer, he answers the ask, not 'Thursday' again",
      scenario: "persistent-abuse",
      turns: [...CALMED, "Could you read me the tracking number from your email, please?"],
      matches: /^Tracking number\?/,
    },
    {
      name: "look-alike: asked when he needs it by, he says Thursday, not the tracking number",
      scenario: "persistent-abuse",
      turns: [...CALMED, "When do you need the drill by?"],
      matches: /thursday/i,
      not: /tracking number/i,
    },
  ],
  "her choice gone ahead with by her asking is not corrected": [
    {
      name: "'All done as you asked, and I have sent the guide too' after she chose the refund: no 'I said the refund'",
      scenario: "misled-features",
      turns: [...OFFLINE, "All done as you asked, and I have sent the guide to your email too."],
      not: CORRECTS_CHOICE,
    },
    {
      name: "look-alike: the guide sent and Premium kept, her refund not named, is corrected",
      scenario: "misled-features",
      turns: [...OFFLINE, "I have emailed you the guide and kept your Premium on."],
      matches: CORRECTS_CHOICE,
    },
    {
      name: "look-alike: 'I have emailed you the guide as you asked' names the guide as hers, and is corrected",
      scenario: "misled-features",
      turns: [...OFFLINE, "I have emailed you the guide as you asked."],
      matches: CORRECTS_CHOICE,
    },
    {
      name: "look-alike: 'Rather than what you asked for, …' is corrected",
      scenario: "misled-features",
      turns: [...OFFLINE, "Rather than what you asked for, I have emailed you the guide."],
      matches: CORRECTS_CHOICE,
    },
  ],
};
describeReplyKinds(KINDS, SEEDS);

describe("the families of an apology that is not one (the taxonomy's mistakes for `apology`)", () => {
  const nonApologies = [
    "I'm sorry if there was any confusion.",
    "I apologise if there's been a misunderstanding on the last call.",
    "Sorry if that came across wrong.",
    "I'm sorry if you feel let down by us.",
    "We apologise if you were inconvenienced.",
    "I'm sorry you feel that way.",
    "Sorry that you feel like that, Mr Cole.",
    "I'm sorry if this caused any upset.",
    "apologies if you've felt ignored",
    "I'm sorry you're feeling upset about it.",
  ];
  const apologies = [
    "I'm sorry we charged you twice.",
    "I'm really sorry you had to chase this three times.",
    "Sorry if I misheard, was that 34.99?",
    "Sorry if this takes a minute, the system is slow.",
    "I'm sorry, that should never have happened.",
    "If there was any confusion, that's on us, and I'm sorry.",
    "I'm sorry you were told the wrong thing by the chat.",
    "Sorry if the line's bad, I'm on a headset.",
    "I'm sorry the engineer didn't turn up.",
  ];
  it.each(nonApologies)("no apology: %s", (t) => expect(NON_APOLOGY.test(t)).toBe(true));
  it.each(apologies)("an apology, or no hedge of one: %s", (t) => expect(NON_APOLOGY.test(t)).toBe(false));
});

describe("the families of asking her to tell it all again", () => {
  const retell = [
    "Can you start from the beginning and tell me everything that's happened?",
    "Could you start from the very start for me?",
    "Please go back to the beginning.",
    "Talk me through everything that's happened.",
    "Tell me everything again, from the start.",
    "Can you run through it all again from the beginning?",
    "Could you go over what happened again?",
    "Walk me through the whole story.",
    "If you could start from the top, that'd help.",
    "Can you take me back to the beginning?",
  ];
  const lookAlikes = [
    "Can you tell me when the sofa was delivered?",
    "What happened when you plugged it in?",
    "I'll go through the options from the beginning.",
    "Tell me what you'd like to happen.",
    "Let me start from the beginning of your notes: Saturday, then no call.",
    "Can you tell me a bit about the move?",
    "Tell me when you're ready.",
    "I've read everything that's happened on the notes.",
    "Could you read me the tracking number again?",
  ];
  it.each(retell)("asks her to tell it again: %s", (t) => expect(ASKS_RETELL.test(t)).toBe(true));
  it.each(lookAlikes)("does not: %s", (t) => expect(ASKS_RETELL.test(t)).toBe(false));
});
