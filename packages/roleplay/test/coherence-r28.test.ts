import { describe } from "vitest";
import { callsUpTo } from "./helpers/calls";
import type { ReplyCase } from "./helpers/replies";
import { describeReplyKinds } from "./helpers/reply-kinds";

/**
 * Coherence round 28: kinds of misfit the C30 readers (r63, r64) found on main, in wordings written for these tests, with
 * look-alikes that must keep their reply. She does not flip a choice she has just made (a remedy taken up stays hers: she does not
 * turn it down or take up another way of settling it a turn later); a promise the policy forbids is answered before an add-on beside
 * it; a remedy is named only in words the agent used; a direct request is answered (a story asked for, a number to read out beside
 * another question, an offer put before a day and time, a day asked for with the time); a turn saying what a charge is for is no
 * non-answer; an excuse is no explanation; offers played back are not turned down again; a worry she has just told is not tacked on
 * again; a step handed on with no time at the wind-up is pressed for when; a day booked after the call settled is taken in.
 */
const SEEDS = [1, 2, 7, 99];

const WHY_MOVE = "I'm sorry you're having to move, Mrs Ellison. What's taking you up north, if you don't mind me asking?";
const SISTER = "That's a big thing to take on, looking after your sister. I'm sorry.";
const YORK_OR_SOMEONE =
  "I'll be honest: the yearly plan can't be refunded after 14 days because it's priced below monthly. But there's a club in York with a pool, and I can move your membership there at no cost. Or I could pass the months to someone else once.";
const DARREN = [
  "£412 on a guess, with the debit going out tomorrow. I'd be livid too. I'm going to get it sorted for you, Darren. I'll just ask we keep the names out of it, so I can spend the time on your bill.",
  "Straight away: I'm stopping tomorrow's direct debit right now. Nothing comes out for this bill until it's right. Done.",
  "Next, this bill's an estimate, not a reading. Are you near the meter? Read me what it says and I'll use your real figure.",
];
const SPREAD_Q =
  "14,682, lovely. On that the bill drops to about £236, not £412. The new bill will be out within 48 hours and the debit stays stopped till then. If £236 in one hit is a lot, I can spread it over six months, no extra cost. Do you want that?";
const SANDRA = ["I'm so sorry about the wait, Sandra, and the shock of that bill. Let me look now.", "It's a £59.98 charge for the old router, it was never booked back in. Did you post it back?"];
const WHY_LEAVE = ["No problem, Tom. No fee to leave and you keep your number. The PAC is on its way by text now.", "While that comes, can I ask what's made you want to go?"];

const KINDS: Record<string, ReplyCase[]> = {
  "a choice she has just made is not flipped": [
    { name: "York taken up, then 'a freeze for up to three months is possible too': no thanks for the freeze", scenario: "policy-exception", turns: [WHY_MOVE, SISTER, YORK_OR_SOMEONE, "Your grandson could have them, yes. And a freeze for up to three months is possible too, which moves your end date back."], not: /freeze/i },
    { name: "spreading said yes to, then 'Anything I've left out?': not 'I'll pay it in one go'", scenario: "abusive-caller", turns: [...DARREN, SPREAD_Q, "Now the smart meter. It stopped sending in June, which is why you got guesses. You were promised an engineer twice and nobody booked it. I'm sorry. I'm booking it now: first slot is Thursday, reference BE-1234567.", "So, to wrap up: debit stopped, bill redone from your reading, engineer booked for Thursday. Anything I've left out?"], not: /in one go/i },
    { name: "York taken up, then two others put as alternatives: neither is taken up", scenario: "policy-exception", turns: [WHY_MOVE, SISTER, YORK_OR_SOMEONE, "There are two other options, if they suit you better: someone else could have the months once, free, or I can freeze it for up to three months."], not: /freeze will do|the freeze|tom's name/i },
    { name: "look-alike: spreading turned down when first offered stays turned down", scenario: "abusive-caller", turns: ["£412 on an estimate, with the debit due tomorrow. I'd be fuming too. I'm going to sort this for you, Darren.", "First thing: I've put tomorrow's direct debit on hold. Nothing leaves your account until the bill's right.", "The bill's an estimate. Could you read me the numbers on the meter?", "14,682, thanks. That brings it down to about £236, and the new bill comes within 48 hours. If £236 at once is a lot, I can spread it over up to six months at no extra cost. Do you want that?"], matches: /in one go/i },
  ],
  "a broken promise is answered before an add-on beside it": [
    { name: "'back in your account by teatime today, and there's £15 off your next bill': not 'Money off as well?' alone", scenario: "billing-error", turns: [...SANDRA, "Brilliant, I can see the tracking on it now. I've taken the £59.98 off, and it'll be back in your account by teatime today, and there's £15 off your next bill for the wait as well."], not: /^money off as well/i },
    { name: "look-alike: '3 to 5 working days' and £15 off: she counts the days", scenario: "billing-error", turns: [...SANDRA, "Brilliant, I can see the tracking on it now. I've taken the £59.98 off, it goes back the same day and shows in 3 to 5 working days, and there's £15 off your next bill for the wait as well."], matches: /next monday at the earliest/i },
  ],
  "a direct request is answered": [
    { name: "'Before I say anything else, could you walk me through what happened when you tried to open it?'", scenario: "misled-features", turns: ["Oh no, in front of clients too, that's awful. Before I say anything else, could you walk me through what happened when you tried to open it?"], matches: /connect to view/i },
    { name: "'Could you read me the tracking number off the receipt? And is anything due out of your account soon?'", scenario: "billing-error", turns: [...SANDRA.slice(0, 1), "It's a £59.98 charge for the old router, it was never scanned back in. Did you post it back?", "Great. Could you read me the tracking number off the receipt? And is anything due out of your account soon?"], matches: /KT 4471/ },
    { name: "'…six months, about £14 a month. Would that help? … What day and time suit you?': a yes and a day", scenario: "bereavement", turns: ["I'm so sorry about Ken. Take all the time you need.", "We can spread what's left over six months, about £14 a month. Would that help? And I'd like to ring you to check the letters have stopped. What day and time suit you?"], matches: /^yes\b[^.]*\.\s+a week today/i },
    { name: "'ring you in a couple of weeks… Which day and time?': a day of it, not 'a week today'", scenario: "bereavement", turns: ["I'm so sorry about Ken. Take all the time you need.", "I'd like to ring you in a couple of weeks to check the letters have stopped. Which day and time would be good?"], matches: /^the tuesday/i },
    { name: "look-alike: 'What time of day suits you?' alone gets a time", scenario: "bereavement", turns: ["I'm so sorry about Ken. Take all the time you need.", "I'd like to ring you to check the letters have stopped. What time of day suits you?"], matches: /morning|afternoon|eleven/i, not: /week today|tuesday/i },
  ],
  "what she is told is not called no answer, nor an excuse an explanation": [
    { name: "'£59.98 of it is an equipment charge, that's for the old router not coming back'", scenario: "billing-error", turns: ["Can I take your postcode first?", "Right, the bill's £89.97. £59.98 of it is an equipment charge, that's for the old router not coming back."], not: /not an answer|doesn't tell me/i },
    { name: "'…move your membership there for nothing': not asked whether it costs anything", scenario: "policy-exception", turns: [WHY_MOVE, "Oh, I'm sorry about your sister. That's a lot.", "The yearly plans can't be refunded after 14 days, that's how the price stays low. But there's a club in York with a pool, and you could move your membership there for nothing."], not: /pay anything extra/i },
  ],
  "she does not repeat a refusal or a worry already said": [
    { name: "'you want the PAC and you don't want any offers. Give me a second': offers are not turned down again", scenario: "cancellation", turns: ["Sure, Tom, you want the PAC and you don't want any offers. Give me a second while it loads."], not: /no offers|not interested/i },
    { name: "look-alike: 'I'd be doing you a disservice if I didn't tell you what I can do': the pitch is turned down", scenario: "cancellation", turns: ["I hear you don't want any offers, Tom. I'd be doing you a disservice if I didn't tell you what I can do, though. It'll only take two minutes."], matches: /no offers/i },
    { name: "dropped calls told a line ago: not tacked on again to her answer about overpaying", scenario: "cancellation", turns: [...WHY_LEAVE, "Fair enough. And honestly, your handset was paid off four months ago and you've stayed on £38 since. I'm sorry nobody moved you down."], matches: /overpaying/i, not: /still drop/i },
    { name: "'You're not listening' is not said once her £280 has been promised", scenario: "policy-exception", turns: [WHY_MOVE, "Oh, I'm sorry about your sister. That's a lot.", "Look, I'll put it to my manager with a note, and with your sister she'll approve it, so you'll get your £280 back.", "She'll be in touch in the next few days. Is there anything else I can help with?"], not: /not listening/i },
  ],
  "a time left out or given is answered": [
    { name: "'…will be in touch in due course… Is there anything else today?': she asks when", scenario: "abusive-caller", turns: ["Right, I understand you're angry about the bill.", "I understand. Someone from the metering team will be in touch in due course about the smart meter. Is there anything else today?"], matches: /in due course'\?/i },
    { name: "settled, then 'I've booked it for Wednesday': she takes the day in", scenario: "abusive-caller", turns: [...DARREN, "14,682, lovely. On that the bill drops to about £236, not £412. The new bill will be out within 48 hours and the debit stays stopped till then.", "And the engineer you were promised twice: I've booked it for Wednesday, the first slot going, reference BE-7654321. Sorry it took this long."], matches: /^wednesday\./i },
  ],
};
describe("coherence round 28: the r63-r64 (C30) misfit kinds on main, in other words", () => describeReplyKinds(KINDS, SEEDS));

/** C30's own turns the readers flagged (turns counted from 0, as in the ratings' ids), replayed up to the flagged one. */
const upTo = callsUpTo("v2/calls-dev-C30.json");
const RATED: Record<string, ReplyCase[]> = {
  "flagged turns": [
    { name: "C30-billing-error-3#2: the tracking number read out beside the rent", ...upTo("C30-billing-error-3", 2), matches: /KT 4471/ },
    { name: "C30-billing-error-3#3: 'back in your bank this afternoon' heard", ...upTo("C30-billing-error-3", 3), not: /^money off as well/i },
    { name: "C30-billing-error-4#1: 'that's for a router not being returned'", ...upTo("C30-billing-error-4", 1), not: /not an answer/i },
    { name: "C30-misled-features-1#0: 'talk me through what you saw'", ...upTo("C30-misled-features-1", 0), matches: /connect to view/i },
    { name: "C30-misled-features-1#6: the refund named only 'if you change your mind'", ...upTo("C30-misled-features-1", 6), matches: /asked for the refund/i },
    // (engine round 28: "they'll get back to you by email" in the turn before is no longer read as her money back, so she has not
    // pressed the venue yet and raises it here, after her thanks; what the readers flagged, thanks spliced onto "You haven't answered
    // me", is what must not come back)
    { name: "C30-misled-features-4#3: no thanks spliced onto 'You haven't answered me'", ...upTo("C30-misled-features-4", 3), not: /thank you for passing[^]*haven't answered/i },
    { name: "C30-refund-demand-1#3: the £349 today heard", ...upTo("C30-refund-demand-1", 3), matches: /money back before/i },
    { name: "C30-refund-demand-1#4: no replacement thanked", ...upTo("C30-refund-demand-1", 4), not: /replacement/i },
    { name: "C30-refund-demand-4#0: 'have you tried descaling it'", ...upTo("C30-refund-demand-4", 0), matches: /troubleshooting/i },
    { name: "C30-bereavement-2#6: the spreading answered, and a day", ...upTo("C30-bereavement-2", 6), matches: /^yes\b[^.]*\.\s+a week today/i },
    { name: "C30-cancellation-1#1: 'not interested in any offers' played back", ...upTo("C30-cancellation-1", 1), not: /no offers/i },
    { name: "C30-cancellation-2#2: the dropped calls not said again", ...upTo("C30-cancellation-2", 2), not: /still drop/i },
    { name: "C30-policy-exception-1#4: no freeze after York", ...upTo("C30-policy-exception-1", 4), not: /freeze/i },
    { name: "C30-policy-exception-1#5: no Tom after York", ...upTo("C30-policy-exception-1", 5), not: /tom's name/i },
    { name: "C30-policy-exception-2#2: 'for nothing' is free", ...upTo("C30-policy-exception-2", 2), not: /pay anything extra/i },
    { name: "C30-policy-exception-2#4: not 'You're not listening' after £280 promised", ...upTo("C30-policy-exception-2", 4), not: /not listening/i },
    { name: "C30-policy-exception-3#2: 'my hands are tied with the system' is no explanation", ...upTo("C30-policy-exception-3", 2), not: /more sense|wanted it explained/i },
    { name: "C30-abusive-caller-1#5: not 'in one go' after yes to spreading", ...upTo("C30-abusive-caller-1", 5), not: /in one go/i },
    // (engine round 28: "An engineer will be in touch in due course" is a vague intention, no fix, so Darren is still hot and answers
    // it with the line for another promise with no date, "Oh, here we go, another useless promise": the step answered either way)
    { name: "C30-abusive-caller-2#3: 'in due course' at the wind-up pressed", ...upTo("C30-abusive-caller-2", 3), matches: /in due course'\?|another useless promise/i },
    { name: "C30-abusive-caller-3#3: next Tuesday taken in", ...upTo("C30-abusive-caller-3", 3), matches: /^tuesday\./i },
  ],
};
describe("coherence round 28: C30's flagged turns as the readers saw them (seed 1, as rated)", () => describeReplyKinds(RATED, [1]));
