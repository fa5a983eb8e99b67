import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Engine round 7: 40 whole calls by author U (a senior trainer persona who saw only the taxonomy and the scenario
 * briefs), in src/eval/data/calls-dev7.json: 8 excellent, 8 good, 4 recoveries, 2 proper endings, 8 mediocre,
 * 5 gaming, 5 breaches. Tuned on in this round, so a dev set now. Before the round 34/40 got the expected
 * verdict (excellent 4/8, good 7/8, breach 4/5).
 */
/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {
};

describeCalls("calls-dev7: a new author's good and excellent calls pass, the rest fail", readCalls("calls-dev7.json"), KNOWN_MISSES);
