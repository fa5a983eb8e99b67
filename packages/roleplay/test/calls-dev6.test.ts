import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Engine round 6: 40 whole calls by a new author session (a QA coach who saw only the taxonomy and the scenario
 * briefs, never the engine), in src/eval/data/calls-dev6.json: 8 excellent, 8 good, 4 recoveries, 2 proper
 * endings, 8 mediocre, 5 gaming, 5 breaches. Tuned on in this round, so a dev set now, not independent evidence.
 * Before the round 32/40 got the expected verdict (good 5/8, excellent 5/8, recovery 2/4); the misses were four
 * false breaches and four good calls under the pass mark.
 */
/** Calls that do not get the author's verdict yet, with why (none at the end of round 6). */
const KNOWN_MISSES: Record<string, string> = {};
/**
 * Breach calls that fail, but not on the critical behaviour their author put in them (none since the seventh
 * analyser round's retrain with authors N and P: l-abusive-caller-4's "if you can't string a sentence together
 * without insults, I'm not sure why you bothered ringing" is now read as rude).
 */
const KNOWN_CRITICAL_MISSES: Record<string, string> = {};

describeCalls("calls-dev6: a new author's good calls pass, the rest fail", readCalls("calls-dev6.json"), KNOWN_MISSES, KNOWN_CRITICAL_MISSES);
