import { describe, expect, it } from "vitest";
import { directAsk, likeISaid } from "../src/engine/conversation";
import { callsUpTo } from "./helpers/calls";
import type { ReplyCase } from "./helpers/replies";
import { describeReplyKinds, itReadsDigs } from "./helpers/reply-kinds";

/**
 * Coherence round 24: the kinds of misfit two independent readers (r49, r50) found on C27's replies, and those r47/r48 left on
 * C26, one block per kind, in wordings written for these tests (not C27's), with look-alikes that must not change: a question
 * about her own facts is answered (a date of her own life, a number asked for again, when she last tried); a choice stated
 * without a question mark is made; an offer to try something now is taken up; money is thanked as what it was (half is not
 * "all of it") and not pressed for once promised; no praise for a turn that only points back or passes the matter on; "still
 * there?" only to a silence; a fix she is asked whether she tried; what she should see; a dig beside an ending; a demand for a
 * dead man's consent; "I don't want you to lose out" is care, not a threat. Every case holds at several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const ANY_DATE = /whichever suits|whatever's easiest|any date that works/i;
const ANSWERS_DIG = /^(?:no need for the sarcasm|don't get smart with me|there's no need for that tone)/i;
const WHY_MOVING = "I'm sorry to hear that. Can I ask what's taking you away?";
const METER = "I'm sorry about the bill. It's estimated because your smart meter stopped sending readings, so the guesses ran high. That's ours to fix. Are you anywhere near the meter right now?";

const KINDS: Record<string, ReplyCase[]> = {
  "a date of her own life asked is answered with it": [
    { name: "'when are you moving up?' after she said why", scenario: "policy-exception", turns: [WHY_MOVING, "That's a lot to take on. When are you moving up there?"], matches: /six weeks|saturday/i, not: ANY_DATE },
    { name: "'what date are you actually going?' after she said why", scenario: "policy-exception", turns: [WHY_MOVING, "I'm sorry about your sister. What date are you going, roughly?"], matches: /six weeks|saturday/i, not: ANY_DATE },
    { name: "look-alike: 'which date would suit you for the transfer to start?' is hers to leave open", scenario: "policy-exception", turns: [WHY_MOVING, "I can move your membership to our York club at no cost. Which date would suit you for it to start?"], not: /six weeks on saturday/i },
  ],
  "a number asked for again is read out again": [
    { name: "'could you read me the numbers on it?'", scenario: "abusive-caller", turns: [
        "Four hundred pounds out of nowhere, no wonder you're furious, and I want to get it fixed with you. Let's keep it to the bill and I'll sort it. It's marked 'estimated', isn't it?",
        METER,
        "Brilliant, thank you. Could you read me the numbers on it?",
      ], matches: /one four six eight two/i, not: /stood right next to the thing\.?$/i },
    { name: "having read it out, he does not refuse to tell it", scenario: "abusive-caller", turns: [METER, "Great. Read me what the display says."], not: /not telling you anything/i },
  ],
  "asked when she last tried, she says when": [
    { name: "'when did you try us before?'", scenario: "chat-complaint", turns: ["Hi, I'm here now and I'm sorry you were left waiting. When did you try us before?"], matches: /saturday/i, not: /6\.02/ },
    { name: "look-alike: 'when did the payments go out?' is the payments", scenario: "chat-complaint", turns: ["Hi, I'm here now. When did the payments go out?"], matches: /6\.02|sunday/i },
  ],
  "a choice stated without a question mark is made": [
    {
      name: "'two options and you choose'",
      scenario: "refund-demand",
      turns: [
        "I'm sorry, a leaking machine and two emails nobody answered. That's not on.",
        "Here are two options and you choose. A replacement goes out today by next-day courier and the courier takes the old one back. Or a full refund of the £349, issued within 5 working days of the courier collecting it.",
      ],
      matches: /^(?:the replacement|the refund|a replacement|the first|the second|replacement|refund)/i,
    },
  ],
  "an offer to try it now is taken up": [
    {
      name: "'want to test it while I'm on the line?'",
      scenario: "cancellation",
      turns: [
        "Calls dropping at home is a real problem when work rings you. Is your broadband at home okay?",
        "Then wifi calling should sort it: your phone uses the broadband when the signal is weak. I've switched it on for your account; it's under Settings, then Phone, then Wi-Fi Calling. Want to test it while I'm on the line?",
      ],
      matches: /^(?:yes|yeah|go on|okay|ok|alright)/i,
    },
  ],
  "money is thanked as what it was": [
    {
      name: "half of it is not 'all of it'",
      scenario: "policy-exception",
      turns: [WHY_MOVING, "I can't give you the whole £280, but I'll meet you in the middle and put £140 back on your card for the months you'll miss."],
      matches: /half/i,
      not: /all of it/i,
    },
    { name: "look-alike: all of it is not 'half'", scenario: "policy-exception", turns: [WHY_MOVING, "I'll make an exception for you and put the full £280 back on your card today."], not: /\bhalf\b/i },
    {
      name: "once money back is promised, she does not press for it as if nothing had been",
      scenario: "policy-exception",
      turns: [WHY_MOVING, "I'll make an exception for you and put the full £280 back on your card today.", "Is there anything else I can do for you today?"],
      not: /still (?:think|waiting)|should have my money back|why should i pay|asked for a refund/i,
    },
  ],
  "no praise for a turn that only points back or passes it on": [
    {
      name: "'as I said, it's all been done' is not the first straight answer",
      scenario: "abusive-caller",
      turns: [
        "Right, I've stopped tomorrow's direct debit and the bill will be reissued from your reading within 48 hours.",
        "I understand. As I said, the bill is being corrected and the payment is stopped. Anything else?",
      ],
      not: /straight answer|first sensible/i,
    },
    { name: "'escalated to the relevant team' is not straight talk", scenario: "refund-demand", turns: ["I'm sorry about the emails. Your case has been escalated to the relevant team."], not: /straight with me|straight answer/i },
    { name: "'processed in line with our procedures' is not a straight answer", scenario: "repeat-contact", turns: ["I'm sorry about Saturday. Your request will be processed in line with our procedures."], not: /straight answer|more than i got/i },
  ],
  "'still there?' only after she was asked to hold": [
    { name: "'thanks for your patience. anything else?'", scenario: "chat-complaint", turns: ["Sorry for the wait.", "Thank you for your patience. Is there anything else I can help with today?"], not: /still there/i },
  ],
  "asked whether she tried a fix, she answers it": [
    { name: "'have you tried logging out and back in?'", scenario: "misled-features", turns: ["I'm sorry that happened in front of clients. Have you tried logging out and back in again?"], matches: /tried|done that/i },
    { name: "look-alike: the refund customer still refuses troubleshooting", scenario: "refund-demand", turns: ["I'm sorry about that. Have you tried turning it off at the wall for a minute?"], matches: /troubleshooting|turning it off/i },
  ],
  "asked what she sees, she names what the step said she would": [
    {
      name: "'you'll see 'Keep on this device''",
      scenario: "misled-features",
      turns: ["I'm sorry, that must have been awful in front of the couple.", "Open the album and tap the three dots. You'll see 'Keep on this device'. Tap that for me. What do you see now?"],
      matches: /keep on this device/i,
      not: /opened|it's working|actually worked/i,
    },
  ],
  "a dig beside an ending is answered": [
    {
      name: "an ending with 'no wonder, with an attitude like that'",
      scenario: "persistent-abuse",
      turns: [
        "Mr Dunn, if the name-calling carries on I'll end the call. I do want to find your drill.",
        "I did warn you, so I'm ending the call now. You can ring back when you're calmer. No wonder the courier gave up, with an attitude like that.",
      ],
      matches: ANSWERS_DIG,
      not: /without a word/i,
    },
  ],
  "a demand for a dead man's consent is answered, not thanked": [
    { name: "'I'd need the account holder's consent'", scenario: "bereavement", turns: ["I'm so sorry, is the account in your name or his?", "I'm very sorry for your loss. I'd need the account holder's consent before I can go into the account."], not: /kind of you to say/i },
  ],
  "'lose out' as a threat is questioned, as care it is not": [
    { name: "look-alike: 'I don't want you to lose out'", scenario: "policy-exception", turns: [WHY_MOVING, "I can't refund a move, I'm afraid, but I don't want you to lose out. I can transfer you to our York club at no cost."], not: /lose out on what/i },
    { name: "'people who go often miss out on their loyalty perks'", scenario: "cancellation", turns: ["I hear you.", "Just so you know, people who go often miss out on their loyalty perks."], matches: /lose out on what|miss out/i },
  ],
  "asked to hold off what she threatened, she says it depends": [
    { name: "'don't rush into cancelling'", scenario: "billing-error", turns: ["I'm sorry about the bill.", "Please don't rush into cancelling after six years. Anything else I can help with?"], matches: /depends|we'll see|decide that/i },
    { name: "'hold fire on the reviews'", scenario: "refund-demand", turns: ["I'm sorry about the emails.", "If you could hold fire on the reviews for now, that would help. Anything else?"], matches: /depends|we'll see|decide that/i },
  ],
  "a thing that has no place in her call is questioned": [
    { name: "a router replaced on a photo app call", scenario: "misled-features", turns: ["I'm sorry about the wedding.", "I'll send an engineer out on Friday to swap your router."], matches: /^An engineer\? What's that got to do with/ },
    { name: "a PAC code to a gym member", scenario: "policy-exception", turns: [WHY_MOVING, "I'll text you a PAC code so you can switch."], matches: /^A PAC code\? What's that got to do with/ },
    { name: "look-alike: an engineer for the meter", scenario: "abusive-caller", turns: ["I'm sorry about the bill.", "I'll book an engineer to look at the meter next Tuesday."], not: /got to do with/i },
    { name: "look-alike: wifi calling on a mobile call", scenario: "cancellation", turns: ["I'm sorry the calls drop.", "I've switched on wifi calling for you, and your PAC is on its way by text."], not: /got to do with/i },
  ],
  "a part of the day put to her for a day set is picked": [
    {
      name: "'it's Thursday; mornings or afternoons?'",
      scenario: "abusive-caller",
      turns: ["I'm sorry the engineer never came. I've booked one for you and the first slot is Thursday. Mornings or afternoons for you?"],
      not: ANY_DATE,
    },
  ],
  "she pays by direct debit: the refund comes back to her account": [
    {
      name: "'removed, and refunded in 3 to 5 working days'",
      scenario: "billing-error",
      turns: ["I'm so sorry. The £59.98 was a fee for the router you posted back, and that's our mistake.", "I've removed it and the £59.98 is refunded today; it takes 3 to 5 working days to reach you."],
      not: /my card/i,
    },
  ],
  "no 'still waiting' as her first reply": [{ name: "'let me pull up your membership'", scenario: "policy-exception", turns: ["Hello, thanks for calling. Let me just pull up your membership."], not: /still waiting/i }],
  "her lost pay asked about, and only then": [
    {
      name: "'let me know what it cost you and I'll pay it back'",
      scenario: "repeat-contact",
      turns: ["You took Saturday off unpaid and nobody came. I'm sorry. Let me know what it cost you and I'll pay it all back, whatever your wages were."],
      not: /^That's a lot more than I expected\. Thank you\.$/,
    },
    { name: "look-alike: a voucher for the day is no question about her pay", scenario: "repeat-contact", turns: ["For the Saturday you lost I'm adding a £75 voucher to your account."], not: /payslip/i },
  ],
};

describe("coherence round 24: the r49/r50 misfit kinds on C27 (and r47/r48's left on C26), in other words", () => describeReplyKinds(KINDS, SEEDS));

/** C27's own turns the readers flagged, replayed up to the flagged one: the reply must not be what they rated, and must answer the turn. */
const upTo = callsUpTo("v2/calls-dev-C27.json");
const RATED: Record<string, ReplyCase[]> = {
  "C27's flagged turns": [
    { name: "policy-exception-1 t6: 'What date are you moving?'", ...upTo("C27-policy-exception-1", 6), matches: /six weeks/i, not: ANY_DATE },
    { name: "policy-exception-3 t3: half, not 'all of it'", ...upTo("C27-policy-exception-3", 3), not: /all of it/i },
    { name: "policy-exception-3 t4: the refund confirmed is not pressed for", ...upTo("C27-policy-exception-3", 4), not: /should have my money back|still waiting/i },
    { name: "policy-exception-2 t4: the £280 promised is not pressed for", ...upTo("C27-policy-exception-2", 4), not: /still waiting to hear|why should i pay|should have my money back/i },
    { name: "refund-demand-2 t3: no 'straight with me' to 'escalated to the appropriate team'", ...upTo("C27-refund-demand-2", 3), not: /straight with me/i },
    { name: "refund-demand-1 t3: the options and 'you pick' get a pick", ...upTo("C27-refund-demand-1", 3), matches: /^(?:the replacement|the refund)/i },
    { name: "refund-demand-4 t3: no apology for his temper to 'the team will get back to you'", ...upTo("C27-refund-demand-4", 3), not: /didn't mean to go off/i },
    { name: "abusive-caller-1 t2: the numbers read again", ...upTo("C27-abusive-caller-1", 2), matches: /one four six eight two/i },
    { name: "abusive-caller-1 t5: 'Does morning or afternoon suit you?' for Tuesday", ...upTo("C27-abusive-caller-1", 5), matches: /^(?:morning|afternoon)/i },
    { name: "abusive-caller-4 t2: 'as mentioned' is no first straight answer", ...upTo("C27-abusive-caller-4", 2), not: /straight answer/i },
    { name: "cancellation-1 t4: 'want to try it?' is answered", ...upTo("C27-cancellation-1", 4), matches: /^(?:yes|go on)/i },
    { name: "cancellation-2 t2: 'you might lose out' is questioned, not thanked", ...upTo("C27-cancellation-2", 2), matches: /lose out on what/i, not: /appreciate you listening/i },
    { name: "cancellation-4 t2: no 'Whatever I do' to a PAC on its way", ...upTo("C27-cancellation-4", 2), not: /^whatever i do/i },
    { name: "misled-features-1 t5: what she sees is what the step named", ...upTo("C27-misled-features-1", 5), matches: /keep on this device/i, not: /opened|working/i },
    { name: "misled-features-4 t1: 'have you tried restarting the app?' is answered", ...upTo("C27-misled-features-4", 1), matches: /tried|done that/i },
    { name: "persistent-abuse-3 t2: the dig beside the ending is answered", ...upTo("C27-persistent-abuse-3", 2), matches: ANSWERS_DIG, not: /without a word/i },
    { name: "persistent-abuse-4 t2: no 'Looked into'? to 'have a look around'", ...upTo("C27-persistent-abuse-4", 2), not: /looked into/i },
    { name: "repeat-contact-4 t2: queue jargon is no straight answer", ...upTo("C27-repeat-contact-4", 2), not: /straight answer/i },
    { name: "repeat-contact-3 t2: asked what she lost, she answers it", ...upTo("C27-repeat-contact-3", 2), matches: /day's pay/i },
    { name: "bereavement-4 t1: the account holder's permission is answered, not thanked", ...upTo("C27-bereavement-4", 1), not: /kind of you to say/i },
    { name: "chat-complaint-2 t3: no 'still there?' to a reply", ...upTo("C27-chat-complaint-2", 3), not: /still there/i },
    { name: "chat-complaint-3 t0: 'When did you try us?'", ...upTo("C27-chat-complaint-3", 0), matches: /saturday/i },
  ],
};
describe("coherence round 24: C27's flagged turns as the readers saw them (seed 1, as rated)", () => describeReplyKinds(RATED, [1]));

describe("coherence round 24: his manners held against him are a dig", () =>
  itReadsDigs(
    ["With manners like that, I'm not surprised nobody wants to deliver to you.", "No wonder the driver left, with an attitude like yours."],
    ["With a parcel like that, I'm not surprised it was delayed.", "No wonder you're upset, with the week you've had."],
  ));

describe("coherence round 24: what a turn asks", () => {
  it.each([
    ["So there are two options, and you pick. One: a replacement. Two: a refund.", "choice"],
    ["What date are you moving?", "question"],
    ["When are you heading up to York?", "question"],
    ["Want to try it while I'm here?", "offer"],
  ])("%s -> %s", (t, kind) => expect(directAsk(t)).toBe(kind));
  it.each([
    ["Which date would suit you?", "when"],
    ["What day are you free?", "when"],
  ])("look-alike: %s -> %s", (t, kind) => expect(directAsk(t)).toBe(kind));
  it("look-alike: 'then you pick up the parcel' asks nothing", () => expect(directAsk("Then you pick up the parcel from the depot.")).toBeNull());
  it("a number asked for again is the sentence that gives it", () => {
    expect(likeISaid("I'm stood right next to the thing. Hang on. One four six eight two. There.", true, "can you read me the numbers?")).toBe("Like I said: One four six eight two.");
    expect(likeISaid("I'm stood right next to the thing. Hang on. One four six eight two. There.", true, "are you near it?")).toBe("Like I said: I'm stood right next to the thing.");
  });
});
