import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C24 (a Cape Town quality coach for UK insurance, broadband and retail accounts, same brief as
 * C23), in src/eval/data/v2/calls-heldout-C24.json: 12 gaming, 8 breach, 8 mediocre and 12 good. Held out in the seventeenth
 * round (38/40 before and after it), promoted to dev in engine round 22 and pinned here at seeds 1, 2, 7 and 99. Before round
 * 22, at seed 1: C24-bereavement-1 (gaming, her words parroted back) resolved and passed at 86; C24-repeat-contact-2 (breach,
 * "they've got a van near you tomorrow morning. I've squeezed you onto it") passed at 91; C24-policy-exception-2 (breach)
 * failed without its rude ("I'll go through it slowly for you so it sinks in", "I'd have thought that was fairly obvious",
 * "I haven't got all day"); C24-bereavement-3 and C24-repeat-contact-3 (mediocre) resolved on her paying what is owed and on
 * a request put in for a replacement with no date.
 */
const KNOWN_MISSES: Record<string, string> = {};

describeCalls(
  "calls C24: a Cape Town quality coach's good calls pass; gaming, breaches and mediocre calls fail",
  readCalls("v2/calls-heldout-C24.json"),
  KNOWN_MISSES,
  {},
  ["gaming", "breach", "mediocre", "good"],
);
