import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Round 12: 40 whole calls by author C11 (a Canadian trainer's agents at BPO sites: correct but not idiomatic English,
 * some very formal, some brief; the author saw only the taxonomy and the scenario briefs), in
 * src/eval/data/calls-dev11.json: 8 excellent, 8 good, 4 recoveries, 2 proper endings, 8 mediocre, 5 gaming, 5 breaches.
 * Looked at in aggregate for three rounds (37/40 on main), tuned on in engine round 12, so a dev set now. The misses'
 * causes and their fixes are in test/engine-r12.test.ts: c11-bereavement-3, c11-cancellation-2 and c11-policy-exception-1
 * pass since that round.
 */
/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {};
/**
 * Calls that fail, but not on the critical behaviour their author put in them: none since analyser round 14
 * (c11-cancellation-4's "nobody here will miss a customer like you" is now read as rude, a remark about the customer as
 * a person, by `rude-about-you`).
 */
const KNOWN_CRITICAL_MISSES: Record<string, string> = {};

describeCalls("calls-dev11: a new author's good and excellent calls pass, the rest fail", readCalls("calls-dev11.json"), KNOWN_MISSES, KNOWN_CRITICAL_MISSES);
