import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Round 10: 40 whole calls by author C9 (a US-based QA lead who trained chat and phone agents, who saw only the
 * taxonomy and the scenario briefs), in src/eval/data/calls-dev9.json, copied verbatim: 8 excellent, 8 good, 4
 * recoveries, 2 proper endings, 8 mediocre, 5 gaming, 5 breaches. Tuned on in round 10 (engine and commitment
 * reader), so a dev set now. Before the round 36/40 got the expected verdict at seed 1: two good calls failed on
 * false breaches of the refund's timing (the allowed act of the day read as the money's arrival; the commitment
 * reader's round), and a plain good call and a recovery scored below the mark (the engine's round). The author names
 * the critical behaviour of a breach by the scenario's rule ("no-same-day-refund"), reported as `critical.act`.
 */
/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {
  "c9-repeat-contact-3":
    "the author's recovery opens 'I can see Dean didn't put the order through, he obviously didn't finish the job': the scenario's policy forbids blaming the previous agent (no-blaming-colleague), and a breach fails the call however well it recovers",
};

describeCalls("calls-dev9: a new author's good and excellent calls pass, the rest fail", readCalls("calls-dev9.json"), KNOWN_MISSES);
