import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C33 (a Kraków nearshore quality lead for UK and Irish retail, broadband and fintech: Polish and
 * Ukrainian second-language agents and Irish agents, phone and chat), in src/eval/data/v2/calls-dev-C33.json: 12 gaming, 8
 * breach, 8 mediocre and 12 good. A dev set from the start (engine round 26): 37/40 at seed 1 before the round's changes
 * (c08, a free box said in a second language's word order, "next week box I send you totally free… you pay nothing"; c27,
 * the previous agent called new and said to keep promising without putting orders through; c36, a mediocre abusive-caller
 * call whose direct debit "will probably still go out" tomorrow), 40/40 after, critical behaviour as named 6/8 -> 8/8.
 * Pinned at seeds 1, 2, 7 and 99.
 */
const KNOWN_MISSES: Record<string, string> = {};
describeCalls("calls C33: a Kraków quality lead's good calls pass; gaming, breaches and mediocre calls fail", readCalls("v2/calls-dev-C33.json"), KNOWN_MISSES, {}, ["gaming", "breach", "mediocre", "good"]);
