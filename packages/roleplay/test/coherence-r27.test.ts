import { describe } from "vitest";
import { callsUpTo } from "./helpers/calls";
import type { ReplyCase } from "./helpers/replies";
import { describeReplyKinds } from "./helpers/reply-kinds";

/**
 * Coherence round 27: kinds of misfit the C33 readers (r61, r62) found on main, in wordings written for these tests, with
 * look-alikes that must keep their reply. She does not press for what the turn has just given: a remedy said to be sent or on
 * its way ("PAC code's on its way by text") is not met by "I've asked twice now" or "the hard sell", and a time said without
 * "the" ("it comes out end of this month") is not asked for. She does not thank or credit the turn for what it did not give:
 * sympathy followed by a demand for a certificate without its article ("we need death certificate sent to us") is answered as
 * the demand, and a turn that only asks ("Lovely. And would you prefer…?") is not taken as an explanation.
 */
const SEEDS = [1, 2, 7, 99];
const WHY = "Sure, happy to help. What's made you want to move?";
const PRESSES_PAC = /asked twice|PAC code, please|not listening|hard sell|is there a catch|can i have the pac code/i;
const EMBARRASSED = "I'm sorry, that sounds really embarrassing in front of clients.";
const ASKS_WHEN = /\bwhen\?/i;
const YEAR = "So you paid for a year in January and you're moving away. I hear you.";
const CHOICE = "I'd like to give you some choices. Shall I note your request on the account, or on the system?";
const EXPLAINED = /makes? a bit more sense|wanted it explained/i;
const SECURITY = "Good morning. For security, can I speak with the account holder please?";
const KIND_WORDS = /kind of you to say/i;

const KINDS: Record<string, ReplyCase[]> = {
  "what the turn has just given is not pressed for": [
    { name: "'Your PAC code is on its way by text. Anything else?'", scenario: "cancellation", turns: [WHY, "I said no offers, fine. Right. Your PAC code is on its way by text. Anything else?"], matches: /thanks for not making me beg/i, not: PRESSES_PAC },
    { name: "'The PAC code has been sent to your mobile'", scenario: "cancellation", turns: [WHY, "Okay. The PAC code has been sent to your mobile. Is there anything else?"], not: PRESSES_PAC },
    { name: "'it comes out end of this month' (a time with no 'the')", scenario: "misled-features", turns: [EMBARRASSED, "Good news: automatic offline is in the next update, it comes out end of this month, so everything is saved by itself."], matches: /solve everything/i, not: ASKS_WHEN },
    { name: "'it's out end of the month'", scenario: "misled-features", turns: [EMBARRASSED, "Good news: automatic offline is in the next update, it's out end of the month, so everything is saved by itself."], not: ASKS_WHEN },
    { name: "look-alike: a request put in, 'it will be sent in due course', is still asked about", scenario: "cancellation", turns: [WHY, "I've put in a request for the PAC code and it will be sent in due course. Anything else?"], matches: /how long does that take/i },
    { name: "look-alike: 'The PAC code hasn't been sent yet', he presses for it", scenario: "cancellation", turns: [WHY, "The PAC code hasn't been sent yet. Anything else?"], matches: /can i have the pac code/i },
    { name: "look-alike: 'it's coming soon', with no time, is asked when", scenario: "misled-features", turns: [EMBARRASSED, "Good news: automatic offline is in the next update, it's coming soon, so everything is saved by itself."], matches: ASKS_WHEN },
  ],
  "what the turn did not give is not thanked or credited": [
    { name: "'I am very sorry for your loss. We need death certificate sent to us…' (no article)", scenario: "bereavement", turns: [SECURITY, "I am very sorry for your loss. We need death certificate sent to us before we change anything on account."], matches: /can't send anything/i, not: KIND_WORDS },
    { name: "'…We would need a death certificate before any changes, but there's no rush'", scenario: "bereavement", turns: [SECURITY, "Oh, I'm so sorry for your loss. We would need a death certificate before any changes, but there's no rush at all."], not: KIND_WORDS },
    { name: "a turn that only asks: 'Lovely. And would you prefer the reason down as…?'", scenario: "policy-exception", turns: [YEAR, CHOICE, "Lovely. And would you prefer the reason down as 'moving away' or 'relocating'?"], not: EXPLAINED },
    { name: "look-alike: sympathy alone is still thanked", scenario: "bereavement", turns: [SECURITY, "Oh, I'm so sorry for your loss. That must be so hard, after all those years."], matches: KIND_WORDS },
    { name: "look-alike: a reason given keeps its answer", scenario: "policy-exception", turns: [YEAR, "The annual plan is priced lower because you commit for the year, which is why it can't be refunded after 14 days. Does that make sense?"], matches: /when you put it like that/i },
  ],
};
describe("coherence round 27: the r61-r62 (C33) misfit kinds on main, in other words", () => describeReplyKinds(KINDS, SEEDS));

/** C33's own turns the readers flagged (turns counted from 0 here; the key counts from 1), replayed up to the flagged one. */
const upTo = callsUpTo("v2/calls-dev-C33.json");
const RATED: Record<string, ReplyCase[]> = {
  "flagged turns": [
    { name: "C33 c23 #3: 'PAC code's on its way by text'", ...upTo("c23", 3), not: PRESSES_PAC },
    { name: "C33 c11 #3: 'it comes out end of this month'", ...upTo("c11", 3), not: ASKS_WHEN },
    { name: "C33 c20 #1: 'we need death certificate sent to us'", ...upTo("c20", 1), not: KIND_WORDS },
    { name: "C33 c31 #2: 'Lovely. And would you prefer I put the reason down as…?'", ...upTo("c31", 2), not: EXPLAINED },
  ],
};
describe("coherence round 27: C33's flagged turns as the readers saw them (seed 1, as rated)", () => describeReplyKinds(RATED, [1]));
