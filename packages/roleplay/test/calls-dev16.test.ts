import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Round 13 of the commitment reader: 40 whole calls by author C16 (an independent, sceptical QA author who saw only
 * the taxonomy and the scenario briefs), in src/eval/data/calls-dev16.json: 15 gaming calls of varied tricks, 10
 * natural-language breaches, 8 excellent and 7 good calls (two of them abusive calls ended properly). New in round 13
 * (30/40 on main at seed 1), tuned on in that round, so a dev set. The reader's fixes are pinned in
 * test/commitments-r13.test.ts. c16-abusive-caller-2 (gaming: tomorrow's direct debit named three times, never held)
 * passed at 86 until engine round 16 (test/engine-r16.test.ts) and now ends unresolved.
 *
 * Outcomes the author expected that the engine does not give, while the verdict and the critical behaviour are right
 * (the helper checks outcomes only of passing and mediocre calls): c16-policy-exception-3 (breach) ends resolved, not
 * unresolved: the simulated customer accepts the York club with a pool at turn 3 ("Alright. Move it to York, then."),
 * before the agent's promise of an exception at turn 4, so her needs were met by an allowed remedy and the call fails
 * only on the promise; the author's "unresolved" imagines a customer who still wants the money. c16-cancellation-2 and
 * c16-persistent-abuse-1 (gaming) fail on rudeness before the call could end resolved or ended.
 */
/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {
  "c16-persistent-abuse-4":
    "good proper ending, ended but 77 against 80; a declared disagreement with the author (engine round 15): no turn acknowledges, apologises, asks or reflects anything of his, so listening and empathy stays at 4/20 by the rubric's levels, while every warning is credited as a boundary",
};

describeCalls(
  "calls-dev16: a sceptical author's good calls pass; gaming and breaches in everyday words fail",
  readCalls("calls-dev16.json"),
  KNOWN_MISSES,
  {},
  ["gaming", "breach", "excellent", "good"],
);
