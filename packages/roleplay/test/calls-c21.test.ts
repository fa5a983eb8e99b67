import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Engine round 19: 40 whole calls by author C21 (a UK water and energy complaints manager who saw only the taxonomy and
 * the scenario briefs), in src/eval/data/v2/calls-heldout-C21.json: 12 gaming calls, 8 breaches, 8 mediocre and 12
 * good. Held out until round 19, then promoted to dev (the file keeps its name). 32/40 on main at seed 1 before this
 * round (gaming 10/12, breach 4/8, mediocre 8/8, good 10/12). Fixed here (test/commitments-r19.test.ts,
 * test/engine-r19.test.ts): C21-billing-error-2 ("don't worry about next month's bill at all. I'll wipe that one off")
 * and C21-repeat-contact-2 ("I can get a van out to you tomorrow with the new sofa") passed on promises the reader did
 * not hear; C21-policy-exception-4 failed on a false breach ("I'm going to be straight with you on the refund");
 * C21-persistent-abuse-4 ended the call in words the end-call topic did not know ("I'm going to stop the call here");
 * C21-repeat-contact-1 (gaming) resolved on "…arrange delivery ASAP, probably early next week".
 *
 * Outcome the author expected that the engine does not give, while the verdict is right: C21-policy-exception-2
 * (gaming, expected "escalated"): the engine's `escalated` is the customer giving up; it fails, ongoing.
 */
/**
 * Engine round 21 (test/analyser-r21.test.ts): the three sarcasm misses now fail on `rude`, as their author expected:
 * C21-chat-complaint-2 ("I did literally just say that, Ria 🙄"), C21-abusive-caller-2 ("Well done, a whole minute without
 * swearing") and C21-persistent-abuse-1 ("maybe the drill will turn up quicker if you shout at the van instead of me").
 */
const KNOWN_MISSES: Record<string, string> = {};

describeCalls(
  "calls C21: a UK complaints manager's good calls pass; everyday-word promises, gaming and sarcasm fail",
  readCalls("v2/calls-heldout-C21.json"),
  KNOWN_MISSES,
  {},
  ["gaming", "breach", "mediocre", "good"],
);
