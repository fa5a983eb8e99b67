import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Round 12: 40 whole calls by author C13 (a Scottish contact-centre team leader's agents, plain UK phone English; the
 * author saw only the taxonomy and the scenario briefs and knows how agents game automated scoring), in
 * src/eval/data/calls-dev13.json: 8 excellent, 8 good, 4 recoveries, 2 proper endings, 8 mediocre, 5 gaming, 5 breaches.
 * New in round 12 (34/40 on main), tuned on in that round, so a dev set. The misses' causes and their fixes are in
 * test/engine-r12.test.ts.
 */
/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {
  "c13-policy-exception-2":
    "the opening refusal ('the annual membership isn't refundable after 14 days, so I can't refund…') is heard as a policy wall, not an explanation (the author calls it the slip), and no later turn says why the rule is as it is, so the scenario's explanation need stays open (ongoing, 69); her reply to the York transfer ('Hang on, I said the freeze') is the customer's replies, another helper's this round",
};

describeCalls("calls-dev13: a new author's good and excellent calls pass, the rest fail", readCalls("calls-dev13.json"), KNOWN_MISSES);
