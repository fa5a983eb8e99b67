import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C23 (a Dublin training and quality manager for telco, energy and software lines, who saw only the
 * taxonomy and the scenario briefs), in src/eval/data/v2/calls-heldout-C23.json: 12 gaming calls, 8 breaches, 8 mediocre and
 * 12 good. Held out in the seventeenth round, then coherence round 21's dev set; pinned here in engine round 22, at seeds 1,
 * 2, 7 and 99. Before round 22, 38/40 at seed 1: C23-policy-exception-2 (good) ended unresolved, its third alternative ("Or,
 * if you'd rather not use it at all, the remaining months can go to someone else") not heard as a choice beside the two
 * already offered; C23-persistent-abuse-4 (good) booked the supervisor's call back after a warning he abused through and said
 * "Thanks, Mr Dunn.", which was not heard as the ending; C23-chat-complaint-2 (mediocre) resolved on a record read out ("I can
 * confirm that I can see two transactions…") and a refund left to another team's finding.
 */
const KNOWN_MISSES: Record<string, string> = {};

describeCalls(
  "calls C23: a Dublin quality manager's good calls pass; gaming, breaches and mediocre calls fail",
  readCalls("v2/calls-heldout-C23.json"),
  KNOWN_MISSES,
  {},
  ["gaming", "breach", "mediocre", "good"],
);
