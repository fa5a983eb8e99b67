import { DEFAULT_CUSTOMER_WORDS } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { deedSentences, hintsHerFault, optionsOnlyAnnounced } from "../src/engine/answers";
import { callsUpTo } from "./helpers/calls";
import type { ReplyCase } from "./helpers/replies";
import { describeReplyKinds, itReadsDigs } from "./helpers/reply-kinds";

/**
 * Coherence round 31: kinds of misfit the C38 readers (r81, r82) found on main, in wordings written for these tests, with
 * look-alikes that must keep their reply. She does not say she hears nothing done to a deed, nor that a thing is on when it was only
 * offered; a sorry said before is not thanked as the first; "every time I ask" is not her first reply; "is there a catch?" is not
 * asked of a sneer; a retention script is not met with "fair enough"; a question hinting she caused it is answered; a fault put on
 * another team is answered, not met with "is anyone checking"; options announced and not named are asked for; a remedy she turned
 * down is not said yes to when the turn only names another beside it; a phrase the agent never used is not asked about.
 */
const SEEDS = [1, 2, 7, 99];
const SANDRA = "Hi Sandra, I'm so sorry about the shock and the wait. I've got the account open.";
const TOM = "Hi Tom, thanks for calling Kestrel.";

const KINDS: Record<string, ReplyCase[]> = {
  "a deed done is not met with 'nothing being done'": [
    { name: "'Got it, that's gone through and the charge is removed.'", scenario: "billing-error", turns: [SANDRA, "Got it, that's gone through and the charge is removed."], not: /not hearing what you're going to do/i },
  ],
  "a thing only offered is not said to be on": [
    { name: "'There's a setting called wifi calling… I could switch it on for you today'", scenario: "cancellation", turns: [TOM, "So your calls drop at home. There's a setting called wifi calling that routes calls over your broadband. It's free and I could switch it on for you today."], not: /wifi calling's on and it's working/i },
  ],
  "a sorry said before is not thanked as the first": [
    { name: "'Once again, I do apologise… Anything else today?'", scenario: "billing-error", turns: [SANDRA, "I can see the bill is higher this month.", "Once again, I do apologise, and thank you for your loyalty. Is there anything else I can help with today?"], not: /nobody ever does/i },
  ],
  "'every time I ask' is not her first reply": [
    { name: "'I hear your concern.' as the agent's first words", scenario: "policy-exception", turns: ["I hear your concern."], not: /every time i ask/i },
  ],
  "a sneer beside a hand-over gets no 'is there a catch?'": [
    { name: "'There, PAC sent. Enjoy losing signal on your bargain network. Don't come running back to us.'", scenario: "cancellation", turns: [TOM, "There, PAC sent. Enjoy losing signal on your bargain network. Don't come running back to us."], not: /is there a catch/i },
  ],
  "a retention script is not met with 'fair enough'": [
    { name: "'First, just to say we'd hate to lose you, you're a valued customer of five years.'", scenario: "cancellation", turns: [TOM, "First, just to say we'd hate to lose you, you're a valued customer of five years."], not: /fair enough|what were you going to say/i },
  ],
  "a question hinting she caused it is answered": [
    { name: "'did you maybe enter your card twice? this normally happens when customers click pay twice'", scenario: "chat-complaint", turns: ["hi Ria, I'm here.", "I can see both payments. did you maybe enter your card twice? this normally happens when customers click pay twice."], matches: /didn't do anything|fault/i },
    { name: "look-alike: 'did you get an email confirming the order?' hints nothing", scenario: "chat-complaint", turns: ["hi Ria, I'm here.", "I can see both payments. did you get an email confirming the order?"], not: /didn't do anything to cause/i },
  ],
  "a fault put on another team is answered": [
    { name: "'that was the weekend team's fault, nothing to do with us'", scenario: "chat-complaint", turns: ["hi Ria, I'm here.", "the Saturday chat? that was the weekend team's fault, nothing to do with us here."], not: /is anyone checking why/i, matches: /fault|company|team/i },
  ],
  "options announced and not named are asked for": [
    { name: "'There are a couple of options open to you now, and I'll make sure you get the right one.'", scenario: "misled-features", turns: ["Hi Priya, I'm sorry it wouldn't open at the venue.", "There are a couple of options open to you now, and I'll make sure you get the right one."], matches: /what are the options/i },
    { name: "look-alike: options named are not asked for", scenario: "misled-features", turns: ["Hi Priya, I'm sorry it wouldn't open at the venue.", "There are two options: a full refund of the £79, or I walk you through keeping albums on the phone."], not: /what are the options/i },
  ],
  "a remedy turned down is not said yes to beside another named": [
    { name: "'I know you'd rather have a refund, but… Shall I book the repair?'", scenario: "refund-demand", turns: ["Hi Gareth, I can see it's 33 days since you bought it.", "It's under guarantee, so I can arrange a manufacturer repair, collected and back within 10 working days.", "I know you'd rather have a refund, but the window has passed. Shall I book the repair?"], not: /^yes, please\. do that/i },
  ],
};
describe("coherence round 31: the r81-r82 (C38) misfit kinds on main, in other words", () => describeReplyKinds(KINDS, SEEDS));

/** C38's own turns the readers flagged (turns counted from 0), replayed up to the flagged one. */
const upTo = callsUpTo("v2/calls-dev-C38.json");
const RATED: Record<string, ReplyCase[]> = {
  "flagged turns": [
    { name: "C38-03#3: the fee removed", ...upTo("C38-03", 3), not: /not hearing what you're going to do/i },
    { name: "C38-04#4: a repeated hollow sorry", ...upTo("C38-04", 4), not: /nobody ever does/i },
    { name: "C38-06#3: a brush-off close", ...upTo("C38-06", 3), not: /anyone checking why/i },
    { name: "C38-07#1: a leading question about her card", ...upTo("C38-07", 1), matches: /didn't do anything to cause this/i },
    { name: "C38-07#3: the weekend team blamed", ...upTo("C38-07", 3), not: /anyone checking why/i },
    { name: "C38-09#1: which album and what it showed", ...upTo("C38-09", 1), matches: /portfolio|connect to view/i },
    { name: "C38-10#2: 'on this device' never said", ...upTo("C38-10", 2), not: /on this device/i },
    { name: "C38-12#2: two options announced", ...upTo("C38-12", 2), matches: /what are the options/i },
    { name: "C38-16#3: the repair he turned down", ...upTo("C38-16", 3), not: /^yes, please/i },
    { name: "C38-21#2: wifi calling only offered", ...upTo("C38-21", 2), not: /wifi calling's on/i },
    { name: "C38-22#1: 'how much we value you'", ...upTo("C38-22", 1), not: /fair enough/i },
    { name: "C38-23#3: a sneering hand-over", ...upTo("C38-23", 3), not: /is there a catch/i },
    // (after the merge with engine round 29, the blame also raises her tension, and her angrier line answers it: "Don't you dare
    // tell me he was new. That's not my problem.")
    { name: "C38-27#1: Dean blamed as new", ...upTo("C38-27", 1), matches: /whose fault|your company|he was new|not my problem/i },
    { name: "C38-28#3: an undated call back", ...upTo("C38-28", 3), not: /more than i got last time/i },
    { name: "C38-31#0: the agent's first words", ...upTo("C38-31", 0), not: /every time i ask/i },
  ],
};
describe("coherence round 31: C38's flagged turns as the readers saw them (seed 1)", () => describeReplyKinds(RATED, [1]));

describe("coherence round 31: what the turn did, read", () => {
  it("reads a deed done, not one offered, conditional or negated", () => {
    expect(deedSentences("brilliant, that's matched up and the fee's removed.")).toHaveLength(1);
    expect(deedSentences("i've put tomorrow's direct debit on hold.")).toHaveLength(1);
    expect(deedSentences("i can turn it on now.")).toHaveLength(0);
    expect(deedSentences("it's never been switched on for your account.")).toHaveLength(0);
    expect(deedSentences("if you'd like, i've got it booked.")).toHaveLength(0);
    expect(deedSentences("i'll stop the direct debit going out tomorrow.", true)).toHaveLength(1);
  });
  it("reads a hint that she caused it, not a plain question", () => {
    expect(hintsHerFault("did you update your card details? double charges usually happen when people put the card in twice.")).toBe(true);
    expect(hintsHerFault("did you post the router back at the post office?")).toBe(false);
    expect(hintsHerFault("double charges usually happen on our side.")).toBe(false);
  });
  it("reads options announced and not named", () => {
    expect(optionsOnlyAnnounced("there are two options available to you going forward.", false)).toBe(true);
    expect(optionsOnlyAnnounced("there are two options: one, a refund; two, a repair.", false)).toBe(false);
    expect(optionsOnlyAnnounced("there are two options available to you.", true)).toBe(false);
  });
  it("her words for these come from the content's shared default", () => {
    expect(DEFAULT_CUSTOMER_WORDS.notMyDoing).toMatch(/didn't do anything/);
    expect(DEFAULT_CUSTOMER_WORDS.blamedElsewhere).toMatch(/your company/);
    expect(DEFAULT_CUSTOMER_WORDS.whatOptions).toMatch(/options/);
  });
});

describe("coherence round 31: sneers at her choice are digs", () => {
  itReadsDigs(
    ["Enjoy dropping calls on a network you've not even tested.", "Don't come crying back when it doesn't work."],
    ["Enjoy the new phone, Tom.", "If it doesn't work out, come back any time."],
  );
});
