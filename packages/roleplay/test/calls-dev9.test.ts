import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Commitment reader, round 10: 40 whole calls by author C9 (a US-based QA lead who trained chat and phone agents),
 * in src/eval/data/calls-dev9.json, copied verbatim. Before the round 36/40 got the expected verdict at seed 1: two
 * good calls failed on false breaches of the refund's timing (c9-billing-error-2, turn 5: "It's gonna go back to your
 * bank, …, and it leaves us today"; c9-chat-complaint-3, turn 3: "refunding it now"), both the allowed act of the
 * day by the policy ("leaves the same day, shows in 3 to 5 working days"). Tuned on in this round, so a dev set now.
 */
/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {
  "c9-bereavement-2":
    "kind and correct but plain: scores 74 against the pass mark of 80 (not a commitment reading; the engine's scoring of a plainer call)",
  "c9-repeat-contact-3":
    "the author's recovery opens 'I can see Dean didn't put the order through, he obviously didn't finish the job': the policy forbids blaming the previous agent, and a forbidden promise or blame fails the call however well it recovers (it scored 72, below the mark, before the reader saw the blame)",
};

describeCalls("calls-dev9: a new author's good and excellent calls pass, the rest fail", readCalls("calls-dev9.json"), KNOWN_MISSES);
