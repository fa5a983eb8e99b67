import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Round 13: 40 whole calls by author C14 (a South African contact-centre coach who specialises in calls that start
 * badly; the author saw only the taxonomy and the scenario briefs), in src/eval/data/calls-dev14.json: 22 recoveries
 * (a non-critical slip early, owned and repaired, the real need met), 8 false recoveries (a hollow repair, the same
 * slip again, a remedy with no amount or date), 6 good calls and 4 that insult the customer and then are perfect.
 * New in round 13 (27/40 on main), tuned on in that round, so a dev set. The misses' causes and their fixes are in
 * test/engine-r13.test.ts. Analyser round 13 hears the two insults it missed ("It's not exactly rocket science, hey, the
 * switch is right there", "The only idiot I can hear right now is on your end of the line"; the cue families
 * `rude-not-hard` and `rude-implied-insult`), so c14-misled-features-4 and c14-abusive-caller-4 now fail on `rude`.
 * c14-chat-complaint-4 (good, 79) passes since engine round 17 (86): "Done. And £5 off your next box for the chat that went
 * unanswered." gives the credit, a remedy added with no verb after something done (test/commitments-r17.test.ts).
 */
/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {
  "c14-policy-exception-2":
    "recovery, ongoing: the simulated customer answers 'can you tell me a bit about the move?' with 'I'm not trying to be awkward, dear' and never tells of her sister, so the sister worry stays open, and the call's later turns answer a grandson she never named (the customer's replies, another helper's)",
  "c14-policy-exception-3":
    "recovery, ongoing: the scenario's options need is never met: York is offered in one turn, the manager's review in another ('pass this to my manager to review' names nothing of the call), and the freeze and York are then set up for her, not offered as a choice; doubtful whether the author or the engine is right",
};
/** Calls that fail, but not on the critical behaviour their author named. */
const KNOWN_CRITICAL_MISSES: Record<string, string> = {};

describeCalls(
  "calls-dev14: a slip repaired passes; a hollow repair or an insult does not",
  readCalls("calls-dev14.json"),
  KNOWN_MISSES,
  KNOWN_CRITICAL_MISSES,
  ["recovery", "false recovery", "good", "rude recovery"],
);
