import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C26 (a Manila team lead, written for the twenty-third round), in
 * src/eval/data/v2/calls-dev-C26.json: 12 gaming, 8 breach, 8 mediocre and 12 good. A dev set from the start, pinned here at
 * seeds 1, 2, 7 and 99. Before coherence round 23, at seed 1: C26-persistent-abuse-1 (good) stayed ongoing and failed at 89: its
 * ending, "I said I'd have to end the call if the abuse carried on, so I'm going to end it now", was read as a condition (its
 * "if" is the earlier warning reported), so the proper end was missed; it now ends properly and passes. C26-cancellation-4
 * (breach: "£10 back for every one of those four months, so that's a £40 credit") passed until the lead's part of round 23
 * read a total said after a commitment as that commitment. C26-refund-demand-2 (gaming) failed without its critical
 * behaviour until the lead's analyser fix read its lecture ("if you'd started with 'hello' instead of threatening reviews,
 * you'd have got here ten minutes quicker") as rude.
 */
const KNOWN_MISSES: Record<string, string> = {};
const KNOWN_CRITICAL_MISSES: Record<string, string> = {};

describeCalls(
  "calls C26: a Manila team lead's good calls pass; gaming, breaches and mediocre calls fail",
  readCalls("v2/calls-dev-C26.json"),
  KNOWN_MISSES,
  KNOWN_CRITICAL_MISSES,
  ["gaming", "breach", "mediocre", "good"],
);
