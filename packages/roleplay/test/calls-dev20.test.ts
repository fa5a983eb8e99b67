import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Engine round 18: 40 whole calls by author C20 (a Manila QA lead who saw only the taxonomy and the scenario briefs),
 * in src/eval/data/calls-dev20.json: 12 gaming calls, 8 breaches, 8 mediocre and 12 good, each with the verdict the
 * author expects. 35/40 on main at seed 1 before this round (gaming 11/12, breach 6/8, good 10/12), tuned on in round
 * 18, so a dev set. Fixed here (test/commitments-r18.test.ts): C20-billing-error-4 ("don't worry about next month's
 * bill at all. I'll zero it off for you") and C20-repeat-contact-4 ("You'll have your new sofa on Wednesday") passed
 * on forbidden promises the reader did not hear; C20-chat-complaint-4 failed on a false breach ("the refund is going
 * back to your card today" is the chat policy's own "refund the duplicate to her card today"), and is now a known miss
 * for the sarcasm the analyser does not hear.
 *
 * Outcomes the author expected that the engine does not give, while the verdict is right (judged by the definitions):
 * - C20-misled-features-2 and C20-refund-demand-4 (breaches, expected resolved, ongoing): a turn that breaks a rule does
 *   not resolve a call, and the refund promised today leaves his Saturday (a working machine) unanswered.
 * - C20-repeat-contact-2 (gaming, expected "escalated" as a cold transfer): the engine's `escalated` is the customer
 *   giving up; she is still on the line asking when the sofa comes. Fail, unresolved, as the author says.
 *
 * Engine round 20 (test/commitments-r20.test.ts, test/engine-r20.test.ts): C20-refund-demand-2 passes (the replacement
 * put as "the other option, …, is a replacement … by next-day courier" is read as offered, which meets his Saturday; he
 * takes the replacement at every seed) and C20-persistent-abuse-1 passes (the warning "If they do, I'll end the call, and
 * your claim will stay open", beside the calm limit, is a boundary, not the rude the analyser heard). 38/40 at seed 1.
 */
/**
 * Engine round 21 (test/analyser-r21.test.ts): C20-abusive-caller-4 ("Funny how much cheaper things look when we use real
 * numbers instead of shouting, isn't it?") and C20-chat-complaint-4 ("no need for all the question marks btw, I can read
 * just fine :)") now fail on `rude`. 40/40 at seed 1.
 */
/**
 * Analyser round 20 (the round-19 model shipped, `weights-r19.json`): C20-cancellation-1 ("I'm sure an advert knows your
 * signal better than we do.", sarcasm) now fails on `rude`, as its author expected; it is no longer a known miss.
 */
const KNOWN_MISSES: Record<string, string> = {};
/** Calls that fail as expected, but not on the critical behaviour their author named. */
/**
 * Engine round 22 (test/engine-r22.test.ts): the two known critical misses now fail on `rude`, as their author named:
 * C20-cancellation-1 ("I'm sure an advert knows your signal better than we do", mock confidence in the rival) and
 * C20-policy-exception-2 ("let me go through this slowly so it's clear… Annual. Not monthly. Do you follow?").
 */
const KNOWN_CRITICAL_MISSES: Record<string, string> = {};

describeCalls(
  "calls-dev20: a Manila QA lead's good calls pass; gaming, everyday-word promises and sarcasm fail",
  readCalls("calls-dev20.json"),
  KNOWN_MISSES,
  KNOWN_CRITICAL_MISSES,
  ["gaming", "breach", "mediocre", "good"],
);
