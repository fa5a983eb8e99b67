import { describe, expect, it } from "vitest";
import { withoutToldNews } from "../src/engine/conversation";
import { callsUpTo } from "./helpers/calls";
import type { ReplyCase } from "./helpers/replies";
import { describeReplyKinds } from "./helpers/reply-kinds";

/**
 * Coherence round 25: kinds of misfit two independent readers (r53, r54) found on C30's replies, and r55/r56 on C29, in wordings
 * written for these tests, with look-alikes that must not change: asked what day and time suit a call back, she names a time of
 * day (not "whenever works your end"); the matter passed on with no date ("an engineer will be in touch in due course") is not
 * taken as a plan made ("Morning or afternoon?", "What do you need from me, then?"), while an engineer booked for a day still is.
 */
const SEEDS = [1, 2, 7, 99];
const NAMES_TIME = /\b(?:morning|afternoon|evening|eleven|twelve|two)\b/i;
const WHENEVER = /^(?:whenever|any time|anytime)/i;
const OPENER = "Four hundred pounds out of nowhere, no wonder you're furious, and I want to get it fixed with you. Let's keep it to the bill and I'll sort it. It's marked 'estimated', isn't it?";
const WHY = "I'm sorry to hear that. Can I ask what's taking you away?";
const PRESSES = /still (?:think|waiting)|should have my money back|why should i pay|asked for a refund|doesn't that count|answer's no/i;
const TAKES_AS_PLAN = /morning or afternoon|what do you need from me/i;

const KINDS: Record<string, ReplyCase[]> = {
  "asked what day and time suit a call back, she names a time": [
    { name: "'ring you next week; what day and time is good?'", scenario: "bereavement", turns: ["I'm so sorry, that letter must have been a shock.", "I'll give you a ring next week to see how you're getting on. What day and time is good to catch you?"], matches: NAMES_TIME, not: WHENEVER },
    { name: "'what time of day should I call?' for a day set", scenario: "billing-error", turns: ["I'm sorry about the bill, the £59.98 is our mistake and I've taken it off.", "I'd like to phone you on Thursday to check it's landed. What time of day should I call?"], matches: NAMES_TIME, not: WHENEVER },
    { name: "'when would suit you for me to call you back?'", scenario: "bereavement", turns: ["I'm so sorry, that letter must have been a shock.", "When would suit you for me to call you back?"], matches: NAMES_TIME, not: WHENEVER },
  ],
  "the matter passed on with no date is not a plan made": [
    { name: "'someone will be in touch in due course about an engineer'", scenario: "abusive-caller", turns: [OPENER, "I understand. Someone from our field team will be in touch in due course about getting an engineer out to you."], not: TAKES_AS_PLAN },
    { name: "'an engineer visit will be arranged in due course'", scenario: "abusive-caller", turns: [OPENER, "I hear you. Rest assured an engineer visit will be arranged for you in due course."], not: TAKES_AS_PLAN },
    { name: "look-alike: an engineer booked for Thursday is a plan", scenario: "abusive-caller", turns: ["I'm sorry about the bill. I've booked an engineer for Thursday, the reference is on a text to you now."], matches: TAKES_AS_PLAN },
  ],
  "once money back is promised, she does not press for it": [
    { name: "'you'll have your £280 back' then 'anything else?'", scenario: "policy-exception", turns: [WHY, "I'll ask my manager and honestly she'll say yes, so you'll have your £280 back by the end of the month.", "Is there anything else I can do for you today?"], not: PRESSES },
    { name: "'she'll approve it, you'll get your £280 within the week'", scenario: "policy-exception", turns: [WHY, "My team leader will approve it, I promise, you'll get your £280 within the week.", "Anything else at all?"], not: PRESSES },
    { name: "look-alike: a refusal still gets her asking for the money", scenario: "policy-exception", turns: [WHY, "I can't refund it, I'm afraid, the annual plan isn't refundable after 14 days.", "Anything else at all?"], matches: /anything back|money|eight months|refund/i },
  ],
  "a death she has told is not told again as news": [
    { name: "details asked after she said he died", scenario: "bereavement", turns: ["Take your time and tell me what's happened.", "I'm so sorry about Ken. Could I take the address and his date of birth, whenever you're ready?"], matches: /joan hartley/i, not: /passed away/i },
    { name: "look-alike: details asked first thing, she tells it", scenario: "bereavement", turns: ["Before anything else, could I take the address and the account holder's date of birth?"], matches: /passed away/i },
  ],
  "stock words are not called 'processes'": [
    { name: "a string of sympathy phrases", scenario: "billing-error", turns: ["I completely hear where you're coming from, I really really do, and I can only imagine how that must feel."], not: /processes/i },
  ],
  "his home internet asked about, he answers it": [
    { name: "'how's the internet in your flat?'", scenario: "cancellation", turns: ["I'm sorry the calls keep dropping. How's the internet in your flat?"], matches: /broadband/i },
  ],
  "'sorry's a start' only to a sorry": [
    { name: "'I totally get how annoying that is. Anything else?'", scenario: "refund-demand", turns: ["I'm sorry, a leaking machine and two emails nobody answered.", "I totally get how annoying that is. Anything else I can help with?"], not: /sorry's a start/i },
  ],
};
describe("coherence round 25: the r53/r54 (C30) and r55/r56 (C29) misfit kinds, in other words", () => describeReplyKinds(KINDS, SEEDS));

/** C30's and C29's own turns the readers flagged, replayed up to the flagged one: the reply must not be what they rated. */
const upTo = callsUpTo("v2/calls-dev-C30.json", "v2/calls-dev-C29.json");
const RATED: Record<string, ReplyCase[]> = {
  "flagged turns": [
    { name: "C30 bereavement-2 #6: asked what day and time", ...upTo("C30-bereavement-2", 6), matches: NAMES_TIME, not: WHENEVER },
    { name: "C30 billing-error-1 #5: 'pick a day and a time'", ...upTo("C30-billing-error-1", 5), matches: NAMES_TIME, not: WHENEVER },
    { name: "C30 bereavement-4 #4: 'what time of day is best?'", ...upTo("C30-bereavement-4", 4), matches: NAMES_TIME, not: WHENEVER },
    { name: "C30 abusive-caller-2 #3: an engineer 'in due course'", ...upTo("C30-abusive-caller-2", 3), not: TAKES_AS_PLAN },
    { name: "C29 abusive-caller-2 #3: 'an engineer will be arranged in due course'", ...upTo("C29-abusive-caller-2", 3), not: TAKES_AS_PLAN },
    { name: "C29 abusive-caller-4 #3: 'someone will be in touch to arrange a date'", ...upTo("C29-abusive-caller-4", 3), not: TAKES_AS_PLAN },
    { name: "C30 bereavement-2 #2: details after she said he died", ...upTo("C30-bereavement-2", 2), not: /passed away/i },
    { name: "C30 bereavement-4 #2: details after she said he died", ...upTo("C30-bereavement-4", 2), not: /passed away/i },
    { name: "C30 policy-exception-2 #4: '£280 back' promised, then 'anything else?'", ...upTo("C30-policy-exception-2", 4), not: PRESSES },
    { name: "C29 policy-exception-2 #4: 'back on your card next week', then 'anything else?'", ...upTo("C29-policy-exception-2", 4), not: PRESSES },
    { name: "C30 billing-error-2 #0: sympathy phrases are no 'processes'", ...upTo("C30-billing-error-2", 0), not: /processes/i },
    { name: "C30 cancellation-2 #3: 'what's your internet like at home?'", ...upTo("C30-cancellation-2", 3), matches: /broadband/i },
    { name: "C30 refund-demand-2 #4: no sorry in the turn", ...upTo("C30-refund-demand-2", 4), not: /sorry's a start/i },
    { name: "C30 billing-error-4 #2: 'post the receipt and they'll review it' is no money off", ...upTo("C30-billing-error-4", 2), not: /money off/i },
  ],
};
describe("coherence round 25: C30's and C29's flagged turns as the readers saw them (seed 1, as rated)", () => describeReplyKinds(RATED, [1]));

describe("coherence round 25: news of a death told again", () => {
  const told = ["It's my husband's account. He died in March."];
  it("a sentence that is only the news is dropped once she told it", () =>
    expect(withoutToldNews("It's Joan Hartley. The letter's in his name. He's passed away.", told)).toBe("It's Joan Hartley. The letter's in his name."));
  it("look-alike: a sentence that says more is kept", () =>
    expect(withoutToldNews("It's in his name. He died three weeks ago, and the bank have frozen his account.", told)).toBe("It's in his name. He died three weeks ago, and the bank have frozen his account."));
  it("look-alike: not told before, the news stands", () => expect(withoutToldNews("It's Joan Hartley. He's passed away.", ["I've had a letter."])).toBe("It's Joan Hartley. He's passed away."));
});
