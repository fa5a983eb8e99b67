import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C29 (a Johannesburg quality and training manager for UK utilities, insurance and retail
 * accounts; agents who speak English as a second or third language and write chat in abbreviations), in
 * src/eval/data/v2/calls-dev-C29.json: 12 gaming, 8 breach, 8 mediocre and 12 good. A dev set from the start (round 24).
 * On main before the round, at seed 1, 38/40 got their verdict: a mediocre repeat-contact call passed with 88 (a request
 * for a replacement "and the delivery team will contact you to arrange a date" settled her worry that this time would be
 * no different; the lead's fix of round 24: a vague next step with no time deals with no worry), and a good
 * persistent-abuse call still fails (below). Pinned at seeds 1, 2, 7 and 99.
 */
const KNOWN_MISSES: Record<string, string> = {
  "C29-persistent-abuse-4":
    "the ending is said over two turns: the turn announcing it ('so I'm going to end this call now') gives no way back, the next turn (a supervisor's call back, the claim number) is never played",
};
describeCalls("calls C29: a Johannesburg quality manager's good calls pass; gaming, breaches and mediocre calls fail", readCalls("v2/calls-dev-C29.json"), KNOWN_MISSES, {}, ["gaming", "breach", "mediocre", "good"]);
