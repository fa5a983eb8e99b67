import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C29 (a Johannesburg quality and training manager for UK utilities, insurance and retail
 * accounts; agents who speak English as a second or third language and write chat in abbreviations), in
 * src/eval/data/v2/calls-dev-C29.json: 12 gaming, 8 breach, 8 mediocre and 12 good. A dev set from the start (round 24).
 * On main before the round, at seed 1, 38/40 got their verdict: a mediocre repeat-contact call passed with 88 (a request
 * for a replacement "and the delivery team will contact you to arrange a date" settled her worry that this time would be
 * no different), and a good persistent-abuse call failed with 50: its ending is said over two turns, the first announcing it
 * ("so I'm going to end this call now") and going on about the claim, the second giving the supervisor's call back and the
 * claim number, and the engine ended the call at the announcement with "no way back". The lead's fixes of round 24 (a
 * vague next step with no time deals with no worry; an announced ending that goes on talking has not hung up) give both
 * their verdicts. Pinned at seeds 1, 2, 7 and 99.
 */
const KNOWN_MISSES: Record<string, string> = {};
describeCalls("calls C29: a Johannesburg quality manager's good calls pass; gaming, breaches and mediocre calls fail", readCalls("v2/calls-dev-C29.json"), KNOWN_MISSES, {}, ["gaming", "breach", "mediocre", "good"]);
