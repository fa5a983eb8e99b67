import { customerWords, DEFAULT_CUSTOMER_WORDS, getScenario, type Scenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { clockTimes, eitherOr, invitedFact, otherSlot, threatens } from "../src/engine/answers";
import { replay } from "../src/engine/conversation";
import { callsUpTo } from "./helpers/calls";
import type { ReplyCase } from "./helpers/replies";
import { describeReplyKinds } from "./helpers/reply-kinds";

/**
 * Coherence round 30: kinds of misfit the C36 readers (r75, r76) found on main, in wordings written for these tests, with
 * look-alikes that must keep their reply. A call back booked on a day or at a time other than hers is noticed; a day and time she
 * is told to name is named; an either-or put as a yes/no gets a pick; a request to check an email arrived is answered by looking;
 * a sorry with an excuse, among a script's stock words or beside a threat is not thanked as kind, nor a colleague blamed praised as
 * straight; what is on its way in writing is not asked for; a way to send it from home is not met by "come into a shop"; a remedy
 * she turned down is turned down again; one booked for her is kept over another put "instead"; a threat gets her worry; a frame
 * naming no day is pressed; an open invitation gets the fact it asks about; thanks just given, a wind-up gets her goodbye.
 */
const SEEDS = [1, 2, 7, 99];

const JOAN = "Joan, I'm so sorry about Ken. Please don't worry about the line: nothing will be cut off while we sort this out.";
const CALL_ASKED = "I'd like to ring you myself in a fortnight to make sure the letters have stopped. What day and time would suit you?";
const LENA = "Lena, I have your notes here, reference HH-22871, so there's no need to tell it again. I'm sorry you lost your Saturday.";

const KINDS: Record<string, ReplyCase[]> = {
  "a call back booked other than she said is noticed": [
    { name: "'Sunday at 12.30, that's in my diary': a day or a time she did not give", scenario: "bereavement", turns: [JOAN, CALL_ASKED, "Sunday at 12.30, that's in my diary under my name. Is there anything else I can do for you today?"], matches: /\bi said\b/i },
    { name: "look-alike: the day she gave, booked, is taken as said", scenario: "bereavement", turns: [JOAN, CALL_ASKED, "Lovely, that's booked just as you said. Is there anything else I can do for you today?"], not: /\bi said\b/i },
  ],
  "a day and time she is told to name is named": [
    { name: "'Shall I ring you next week…? Just tell me a day and a time that suits, and I can go through anything again if you'd like.'", scenario: "bereavement", turns: [JOAN, "Shall I ring you next week to see how you're getting on? Just tell me a day and a time that suits, and I can go through anything again if you'd like."], matches: /\b(?:monday|tuesday|wednesday|thursday|friday|week today|morning|after two|eleven)\b/i },
    { name: "'Let me know a day and a time that works, and I'll ring you then.'", scenario: "bereavement", turns: [JOAN, "I'd like to ring you myself next week to check on things. Let me know a day and a time that works, and I'll call you then."], matches: /\b(?:monday|tuesday|wednesday|thursday|friday|week today|morning|afternoon|after two|eleven)\b/i },
  ],
  "an either-or put as a yes/no gets a pick": [
    { name: "'Would you like to keep the yearly plan, or switch to paying monthly?'", scenario: "misled-features", seeds: [1, 2, 7, 99], turns: ["Hi Priya, I'm sorry the album wouldn't open for you at the venue.", "Offline works album by album: switch on 'Keep on this device' while you have signal. Would you like to keep the yearly plan, or switch to paying monthly?"], matches: /\b(?:keep the yearly plan|switch to paying monthly|yearly|monthly)\b/i, not: /^yes, go on then|^yes, please\. do that/i },
    { name: "look-alike: 'Would you like me to email you the set-up guide?' is no either-or", scenario: "misled-features", turns: ["Hi Priya, I'm sorry the album wouldn't open for you at the venue.", "Would you like me to email you the set-up guide?"], not: /, please\.\s*$|^email you/i },
  ],
  "a request to check an email arrived is answered by looking": [
    { name: "'Could you check it has come through while I'm on the line?'", scenario: "repeat-contact", turns: [LENA, "The replacement is booked for Thursday and I've emailed you the booking reference just now. Could you check it has come through while I'm still on the line?"], matches: /come through|it's there|let me look/i },
    { name: "look-alike: 'I'll ring you tomorrow to check it has arrived' asks her nothing", scenario: "repeat-contact", turns: [LENA, "The replacement is booked for Thursday and I'll ring you tomorrow to check the booking has arrived at the warehouse."], not: /let me look/i },
  ],
  "a sorry with an excuse, among a script, or beside a threat is not thanked as kind": [
    { name: "'I'm sorry about the emails, we've been really short-staffed lately.'", scenario: "refund-demand", turns: ["I'm sorry about the emails, we've been really short-staffed lately."], not: /thank you for actually apologising|thank you for saying/i },
    { name: "'I'm sorry about the bill… We've been really busy, so things slip sometimes.'", scenario: "billing-error", turns: ["I understand your frustration and I'm sorry about the bill, Mrs Whitlock. We've been really busy, so things slip sometimes."], not: /thank you for saying sorry|nobody ever does/i },
    { name: "'I understand your frustration and I take full ownership. Rest assured it is being handled.'", scenario: "persistent-abuse", turns: ["I understand your frustration and I take full ownership. Rest assured it is being handled by the right team."], not: /not reading it off a card/i },
    { name: "'the line will be restricted if payment is not received': her worry, not thanks", scenario: "bereavement", turns: ["I'm sorry for your loss, Mrs Hartley. The balance of £96.40 is overdue and the line is due for restriction if payment is not received."], matches: /cut it off|alarm/i, not: /kind of you/i },
    { name: "look-alike: 'nothing will be restricted or cut off' is no threat", scenario: "bereavement", turns: ["I'm so sorry for your loss, Joan. Nothing will be restricted or cut off while we sort this out."], not: /you won't cut it off, will you/i },
    { name: "'Dean was only in his first week and he forgot. He's been spoken to.': no praise as straight", scenario: "repeat-contact", turns: [LENA, "What went wrong is that Dean was only in his first week and he forgot to put the order through. He's been spoken to."], not: /straight answer|thank you for saying/i },
  ],
  "what is on its way in writing is not asked for": [
    { name: "'the confirmation email is on its way to you now. anything else?'", scenario: "chat-complaint", turns: ["hi ria, sorry about the double charge!", "refund done, £34.99 back to your card in 3-5 working days, and the confirmation email is on its way to you now. anything else?"], not: /email me that|in writing/i },
  ],
  "a way to send it from home is not met by 'come into a shop'": [
    { name: "'please send a copy of the death certificate to the bereavement team, by email or by post'", scenario: "bereavement", turns: [JOAN, "Please accept my condolences. Next, please send a copy of the death certificate to the bereavement team, by email or by post."], not: /come into a shop/i },
    { name: "'you can scan it and email it to us, or pop it in the post'", scenario: "bereavement", turns: [JOAN, "For the account we'll need a copy of the death certificate and the bereavement team will take it from there. You can scan it and email it to us, or pop it in the post."], not: /come into a shop/i },
  ],
  "a remedy she turned down is turned down again": [
    { name: "'Shall I book the repair for you, then?' after 'A repair's not what I asked for.'", scenario: "refund-demand", turns: ["I'm sorry your machine is leaking, and that nobody answered your emails.", "I can't refund it, I'm afraid. What I can do is arrange a repair under the guarantee.", "Shall I book the repair for you, then?"], matches: /not what i asked for/i, not: /^yes/i },
    { name: "look-alike: a repair not turned down, offered again, is said yes to", scenario: "refund-demand", turns: ["I'm sorry your machine is leaking, and that nobody answered your emails.", "What I can arrange is a repair under the guarantee: a courier collects it and it comes back within 10 working days.", "Shall I book the repair for you, then?"], not: /not what i asked for/i },
  ],
  "a remedy booked for her is kept over one put instead": [
    { name: "'Booked. Your new sofa comes Thursday…' then 'the full £649 back instead'", scenario: "repeat-contact", turns: [LENA, "The earliest slot I can book is Thursday. Would Thursday work?", "Booked. Your new sofa comes Thursday, and the old one goes on the same visit.", "If you'd rather not wait for the replacement, you can have the full £649 back instead, once the sofa is collected."], not: /the refund once it's collected, then/i },
    { name: "'If you'd rather not wait, you could have the £649 back instead'", scenario: "repeat-contact", turns: [LENA, "Booked: your replacement sofa arrives on Thursday, and the damaged one goes on the same visit.", "If you'd rather not wait, you could have a full £649 refund instead, once the old one is collected."], not: /the refund once it's collected, then/i },
  ],
  "a frame naming no day is pressed": [
    { name: "'Your PAC code will be sent out to you within a few working days.'", scenario: "cancellation", turns: ["Hi Tom, thanks for calling.", "Your PAC code will be sent out to you within a few working days."], matches: /^'a few working days'\?/i },
    { name: "look-alike: 'it'll be with you in two minutes by text' is a time", scenario: "cancellation", turns: ["Hi Tom, no problem at all.", "I've sent the PAC code by text, it'll be with you in two minutes."], not: /more exact/i },
  ],
  "an open invitation gets the fact it asks about": [
    { name: "'Could you tell me a bit about what's been happening with the payments on the account?'", scenario: "bereavement", turns: [JOAN, "Could you tell me a bit about what's been happening with the payments on the account?"], matches: /frozen|bounced|ken's name/i },
  ],
};
describe("coherence round 30: the r75-r76 (C36) misfit kinds on main, in other words", () => describeReplyKinds(KINDS, SEEDS));

/** C36's own turns the readers flagged (turns counted from 0, as in the ratings' ids), replayed up to the flagged one. */
const upTo = callsUpTo("v2/calls-dev-C36.json");
const RATED: Record<string, ReplyCase[]> = {
  "flagged turns": [
    { name: "C36-02#1: details asked again", ...upTo("C36-02", 1), matches: /^i've just given you that/i },
    { name: "C36-04#3: 'can't tell you exactly when' is no promise to take up", ...upTo("C36-04", 3), not: /as long as that sixty pounds/i },
    { name: "C36-07#4: the confirmation already on its way", ...upTo("C36-07", 4), not: /email me that|in writing/i },
    { name: "C36-09#4: the airplane-mode test, not the step before it", ...upTo("C36-09", 4), not: /keep on this device/i },
    { name: "C36-09#5: annual or monthly gets a pick", ...upTo("C36-09", 5), matches: /annual|monthly/i, not: /^yes, go on/i },
    { name: "C36-11#4: no guide nobody offered", ...upTo("C36-11", 4), not: /guide/i },
    { name: "C36-12#2: the FAQ and the terms are no relief", ...upTo("C36-12", 2), not: /less stupid/i },
    { name: "C36-14#1: a scripted apology is not thanked", ...upTo("C36-14", 1), not: /thank you for actually apologising/i },
    { name: "C36-16#3: the repair she turned down", ...upTo("C36-16", 3), matches: /not what i asked for/i, not: /^yes|thank you for actually apologising/i },
    { name: "C36-16#4: 'the only thing I can offer' after she turned it down", ...upTo("C36-16", 4), not: /didn't mean to go off/i },
    { name: "C36-17#2: what's been happening with the payments", ...upTo("C36-17", 2), matches: /bounced|frozen/i },
    { name: "C36-17#7: Thursday at ten after her Tuesday", ...upTo("C36-17", 7), matches: /^thursday\? i said tuesday/i },
    { name: "C36-18#3: told to name a day and time, she names them", ...upTo("C36-18", 3), matches: /\b(?:tuesday|week today|morning|after two)\b/i },
    { name: "C36-19#2: arrears and restriction get her worry", ...upTo("C36-19", 2), not: /kind of you/i },
    { name: "C36-19#3: by post or email: no shop", ...upTo("C36-19", 3), not: /come into a shop/i },
    { name: "C36-22#2: 'a big step' is nothing useful to know", ...upTo("C36-22", 2), not: /useful to know/i },
    { name: "C36-24#1: 'within a few working days'", ...upTo("C36-24", 1), matches: /few working days'\?/i },
    { name: "C36-25#2: check the email arrived", ...upTo("C36-25", 2), matches: /come through/i },
    { name: "C36-25#4: the booked replacement kept over the refund", ...upTo("C36-25", 4), not: /the refund once it's collected/i },
    { name: "C36-27#1: Dean's second week is no straight answer", ...upTo("C36-27", 1), not: /straight answer|the order, please/i },
    { name: "C36-30#1: 'Have I got that right?' is answered", ...upTo("C36-30", 1), matches: /^(?:yes|that's right)/i },
    { name: "C36-31#4: thanked for the manager, she closes", ...upTo("C36-31", 4), not: /still waiting to hear/i },
    { name: "C36-38#2: a script is not praised as unscripted", ...upTo("C36-38", 2), not: /not reading it off a card/i },
  ],
};
describe("coherence round 30: C36's flagged turns as the readers saw them (seed 1)", () => describeReplyKinds(RATED, [1]));

describe("coherence round 30: what the form of a turn reads", () => {
  it("reads a time of day, not a count of days or an amount", () => {
    expect(clockTimes("Thursday at 6pm, done").map((t) => t.hour)).toEqual([18]);
    expect(clockTimes("at ten in the morning").map((t) => t.hour)).toEqual([10]);
    expect(clockTimes("the team will ring within 2 working days, on hold for 60 days, £84.40 over six months")).toEqual([]);
  });
  it("reads a booking against her day and time, and only the booking's own clause", () => {
    expect(otherSlot("The Tuesday, late morning, around eleven.", "Thursday the week after next, at ten. That's booked.")).toMatchObject({ kind: "day", theirs: "Thursday", mine: "Tuesday" });
    expect(otherSlot("The Tuesday, late morning, around eleven.", "Tuesday at eleven, that's booked.")).toBeUndefined();
    expect(otherSlot("The Tuesday, late morning, around eleven.", "That's booked: the team ringing by Wednesday; and me ringing you on the day you picked.")).toBeUndefined();
    expect(otherSlot("A week today, any time after two.", "I've booked it for four o'clock that day.")).toBeUndefined();
    expect(otherSlot("A week today, any time after two.", "I've booked it for ten in the morning that day.")).toMatchObject({ kind: "time" });
  });
  it("reads an either-or of two courses, not a yes/no with a tail", () => {
    expect(eitherOr("Would you like to stay on the annual plan, or move to monthly?")).toEqual(["stay on the annual plan", "move to monthly"]);
    expect(eitherOr("Would you like that, or would one of the options work?")).toBeUndefined();
    expect(eitherOr("Shall I book it, or not?")).toBeUndefined();
  });
  it("reads a threat, not one ruled out", () => {
    expect(threatens("the account is due for restriction if payment is not received.")).toBeDefined();
    expect(threatens("nothing will be restricted or cut off while we sort this out.")).toBeUndefined();
  });
  it("reads the fact an open invitation asks about in its own words", () => {
    const facts = [{ id: "a", askedAbout: ["happened with the payment"] }, { id: "b", askedAbout: ["alarm"] }];
    expect(invitedFact("Can you tell me about what's been happening with the payments?", facts, [])?.id).toBe("a");
    expect(invitedFact("Can you tell me about what's been happening with the payments?", facts, ["a"])).toBeUndefined();
    expect(invitedFact("What's been happening with the payments?", facts, [])).toBeUndefined();
  });
});

describe("coherence round 30: her words for the form of a turn come from the scenario, else the shared default", () => {
  const priya = ["Hi Priya, sorry to hear that.", "You can either keep trying the app, or try again later when you've got signal. Which suits you better?"];
  it("the shared default, when the scenario words none", () => {
    const s = getScenario("misled-features")!;
    expect(customerWords(s)).toBe(DEFAULT_CUSTOMER_WORDS);
    for (const seed of SEEDS) expect(replay(s, priya, { seed }).turns.at(-1)!.customerLine).toMatch(/^Neither of those(?:, really)?\./);
  });
  it("the scenario's own, where it has them; the rest stay the default", () => {
    const s: Scenario = { ...getScenario("misled-features")!, words: { neither: "Honestly? Neither.", neitherAngrier: "Honestly? Neither." } };
    expect(customerWords(s).nth).toBe(DEFAULT_CUSTOMER_WORDS.nth);
    for (const seed of SEEDS) {
      const line = replay(s, priya, { seed }).turns.at(-1)!.customerLine;
      expect(line.startsWith("Honestly? Neither."), `seed ${seed}: ${line}`).toBe(true);
      expect(line).not.toContain(DEFAULT_CUSTOMER_WORDS.neitherAngrier);
    }
  });
});
