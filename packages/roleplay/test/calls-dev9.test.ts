import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Engine round 10: 40 whole calls by author C9 (a US-based QA lead who trained chat and phone agents, who saw only the
 * taxonomy and the scenario briefs), in src/eval/data/calls-dev9.json, copied verbatim: 8 excellent, 8 good, 4
 * recoveries, 2 proper endings, 8 mediocre, 5 gaming, 5 breaches. Tuned on in this round, so a dev set now. Before
 * the round 36/40 got the expected verdict (good 6/8, recovery 2/4). The author names the critical behaviour of a
 * breach by the scenario's rule ("no-same-day-refund"), which the scorecard now reports as `critical.act`.
 */
/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {
  "c9-billing-error-2":
    "a good call read as breaking no-same-day-refund on 'It's gonna go back to your bank, the same account the direct debit comes from…': the commitment reader's (src/commitments, another round's) reading, not the engine's",
  "c9-chat-complaint-3":
    "a recovery read as breaking no-instant-refund on 'refunding it now': the commitment reader's reading (src/commitments, another round's), not the engine's",
};

describeCalls("calls-dev9: a new author's good and excellent calls pass, the rest fail", readCalls("calls-dev9.json"), KNOWN_MISSES);
