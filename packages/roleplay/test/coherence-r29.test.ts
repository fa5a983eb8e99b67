import { describe } from "vitest";
import { callsUpTo } from "./helpers/calls";
import type { ReplyCase } from "./helpers/replies";
import { describeReplyKinds } from "./helpers/reply-kinds";

/**
 * Coherence round 29: kinds of misfit the C34 readers (r67, r68) found on main, in wordings written for these tests, with
 * look-alikes that must keep their reply. What the turn took in a written pause (her name, a meter reading) is not given again; a
 * time of arrival sooner than her day, or a time window, is not asked for; an either-or with a do-nothing course gets a pick; an
 * owning-up that puts the fault on a colleague is not thanked, nor her words played back praised; "like I said" is not said of a
 * choice she never stated; asked to tell it all again she does not say "I'm listening"; "nothing else?" is a wind-up; her "when?" is not let go at "anything else?".
 */
const SEEDS = [1, 2, 7, 99];

const DARREN = [
  "£412 on a guess, with the debit going out tomorrow. I'd be livid too. I'm going to get it sorted for you, Darren. I'll just ask we keep the names out of it, so I can spend the time on your bill.",
  "Straight away: I'm stopping tomorrow's direct debit right now. Nothing comes out for this bill until it's right. Done.",
];
const RIA = "hi ria, so sorry!! i can see the two payments";
const PRIYA = "Hi Priya, sorry to hear that.";

const KINDS: Record<string, ReplyCase[]> = {
  "what the turn took in a pause is not given again": [
    { name: "'Can I take your name, and whose name is on the account? ... Joan, and it's Ken's account? ... Oh Joan, I'm so very sorry.'", scenario: "bereavement", turns: ["Hello, you're not bothering me. Can I take your name, and whose name is on the account? ... Joan, and it's Ken's account? ... Oh Joan, I'm so very sorry. There's no hurry at all."], not: /passed away|joan hartley/i },
    { name: "look-alike: 'Can I take your name, and whose name is on the account?' gets them", scenario: "bereavement", turns: ["Hello, you're not bothering me. Can I take your name, and whose name is on the account?"], matches: /joan hartley/i },
    { name: "'Can you read me the numbers on the meter? ... 14,682. I've noted that.'", scenario: "abusive-caller", turns: [...DARREN, "The bill was an estimate. Can you read me the numbers on the meter? ... 14,682. I've noted that. On that reading the bill comes down to about £236."], not: /one four six eight two/i },
    { name: "look-alike: 'Can you read me the numbers on the meter?' gets them", scenario: "abusive-caller", turns: [...DARREN, "The bill was an estimate. Can you read me the numbers on the meter?"], matches: /one four six eight two/i },
  ],
  "a time given is not asked for": [
    { name: "'it'll be back in your account this evening': not 'will the money be back before then??'", scenario: "chat-complaint", turns: [RIA, "ive refunded the second one now, it'll be back in your account this evening"], not: /before then|friday/i },
    { name: "look-alike: '3 to 5 working days' is counted against her Friday", scenario: "chat-complaint", turns: [RIA, "ive refunded the second one now, it'll be back in your account in 3 to 5 working days"], matches: /friday/i },
  ],
  "an either-or with a do-nothing course gets a pick": [
    { name: "'Option one, I pass it to my manager. Option two, we wait and see.': the first", scenario: "policy-exception", turns: ["Good morning Mrs Ellison. I hear you're moving and want the rest back.", "Let me give you some options. Option one, I pass it to my manager. Option two, we wait and see. Which option suits you better?"], matches: /^the first one/i },
    { name: "'either keep trying the app, or try again later': neither", scenario: "misled-features", turns: [PRIYA, "You can either keep trying the app, or try again later when you've got signal. Which suits you better?"], matches: /^neither/i },
    { name: "look-alike: a refund or the set-up: no 'neither'", scenario: "misled-features", turns: [PRIYA, "You can either have a full refund, or I can show you how to set the album up for offline. Which would you prefer?"], not: /^neither|^the first one/i },
  ],
  "what she credits is what the turn did": [
    { name: "'Tom's very new and he never booked the order in. He shouldn't have promised you Saturday.': no thanks for owning it", scenario: "repeat-contact", turns: ["I'm sorry, Lena. I can see it now. Tom's very new and he never booked the order in. He shouldn't have promised you Saturday."], not: /thank you for saying that|nobody's acknowledged/i },
    { name: "look-alike: her lost Saturday owned by the company is thanked", scenario: "repeat-contact", turns: ["Lena, I've got your notes, reference HH-22871. You were promised a replacement on Saturday, you took the day off without pay, and nobody came. I am really sorry. That is on us as a company."], matches: /nobody's acknowledged/i },
    { name: "'Let me reflect back: you're saying the bill is a rip-off…': not 'more like it'", scenario: "abusive-caller", turns: ["I hear you're angry.", "Let me reflect back: you're saying the bill is a rip-off, you won't pay it, and we can't read a meter. I hear that."], not: /more like it/i },
  ],
  "asked to tell it all again, she does not invite the agent to go on": [
    { name: "'Could you walk me through everything from the start, so I can own it?'", scenario: "repeat-contact", turns: ["I hear you, Lena. This is mine now, I'm taking care of it.", "So the last person promised you Saturday and a call back, and none of it happened. I'm so sorry.", "Could you walk me through everything from the start, so I can own it properly?"], not: /i'm listening|\bgo on\b/i },
  ],
  "a wind-up is answered as one": [
    { name: "'So you're all sorted, yeah? Nothing else?': not 'I've explained all this already'", scenario: "billing-error", turns: ["Sorry about the wait, Sandra. The extra £59.98 is a router fee, it's on our side and I've taken it off, it'll be back in your account in 3 to 5 working days.", "So you're all sorted, yeah? Nothing else? Bye now."], not: /explained all this/i },
  ],
};
describe("coherence round 29: the r67-r68 (C34) misfit kinds on main, in other words", () => describeReplyKinds(KINDS, SEEDS));

/** C34's own turns the readers flagged (turns counted from 0, as in the ratings' ids), replayed up to the flagged one. */
const upTo = callsUpTo("v2/calls-dev-C34.json");
const RATED: Record<string, ReplyCase[]> = {
  "flagged turns": [
    { name: "C34-03#5: 'Nothing else? Ta-ra.' is a wind-up", ...upTo("C34-03", 5), not: /explained all this/i },
    { name: "C34-07#1: 'back in your account by tonight' heard", ...upTo("C34-07", 1), not: /before then/i },
    { name: "C34-07#4: Friday not asked after 'by tonight'", ...upTo("C34-07", 4), not: /friday/i },
    { name: "C34-10#1: her words reflected back are not praised", ...upTo("C34-10", 1), not: /feel stupid/i },
    { name: "C34-10#4: 'keep trying, or try again later': neither", ...upTo("C34-10", 4), matches: /^neither/i },
    { name: "C34-17#1: the death not told again after 'sorry about Ken'", ...upTo("C34-17", 1), not: /passed away/i },
    { name: "C34-18#0: name and death taken in the pauses", ...upTo("C34-18", 0), not: /passed away|joan hartley/i },
    { name: "C34-20#1: 'What was his name? ... Ken.'", ...upTo("C34-20", 1), not: /passed away/i },
    { name: "C34-25#2: the two-hour window heard", ...upTo("C34-25", 2), not: /need a time/i },
    { name: "C34-26#2: asked to tell it all again: not 'I'm listening'", ...upTo("C34-26", 2), not: /i'm listening/i },
    { name: "C34-27#0: 'Dean's quite new' is no owning-up", ...upTo("C34-27", 0), not: /thank you for saying that/i },
    { name: "C34-31#2: 'Option one… Option two, you can wait and see'", ...upTo("C34-31", 2), matches: /^the first one/i },
    { name: "C34-34#3: '14,682. I have entered it.'", ...upTo("C34-34", 3), not: /one four six eight two/i },
    { name: "C34-34#5: no 'like I said' for a choice never stated", ...upTo("C34-34", 5), not: /like i said/i },
    { name: "C34-35#2: her words played back are not 'more like it'", ...upTo("C34-35", 2), not: /more like it/i },
  ],
};
describe("coherence round 29: C34's flagged turns as the readers saw them (seed 1)", () => describeReplyKinds(RATED, [1]));
