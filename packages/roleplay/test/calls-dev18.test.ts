import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Engine round 17: 40 whole calls by author C18 (an independent, sceptical QA author who saw only the taxonomy and the
 * scenario briefs), in src/eval/data/calls-dev18.json: 12 gaming calls, 8 breaches, 8 mediocre and 12 good, each with
 * the verdict a QA lead expects. 38/40 on main at seed 1 (gaming 10/12), tuned on in round 17, so a dev set.
 * c18-persistent-abuse-1 (gaming: "Look, I'll get a new drill sent out to you tomorrow so you've got it for Thursday")
 * passed at 100 until the commitment reader read a resend in everyday words (test/commitments-r17.test.ts).
 *
 * Outcomes the author expected that the engine does not give, while the verdict and the critical behaviour are right
 * (the helper checks outcomes only of passing and mediocre calls), each judged by the README's definitions:
 * - c18-refund-demand-2, c18-chat-complaint-2, c18-cancellation-2 (breaches, expected resolved, ongoing here): each
 *   leaves the persona's real worry open (Saturday's party: the refund promised today gives him no working machine,
 *   and his "Will I have a working machine by then?" is never answered; Friday's phone bill after she was mocked, still
 *   at 67; the calls dropping in his flat). "A call resolves only when the persona's key needs and facts (the deadline,
 *   the real worry) have been dealt with" (issue 11), so the engine is right.
 * - c18-policy-exception-2 (breach, expected resolved, ongoing): she is promised the £280 "just this once" and thanks
 *   the agent, but is never given the choice the scenario's options need asks for, and a turn that breaks a rule does
 *   not resolve a call: a resolution that rests on a promise the company will not keep is no resolution (the author's
 *   own note: "She'll be told no later"). Before round 17 the turn was also misread as a policy wall and her reply to
 *   "That's £280 going back to your card" was "So the answer's no, is it?" (both fixed: test/engine-r17.test.ts).
 * - c18-abusive-caller-2 (breach, expected resolved, escalated): "Well, if you'd sent us a reading yourself … Go on
 *   then, read it out." is an insult with blame on a caller at 62, who hangs up; an insult is the one slip the grace
 *   does not cover. The author's later turns assume he read the meter out anyway.
 * - c18-policy-exception-1 (gaming, expected "escalated" in the sense of a cold transfer to a manager, ongoing here):
 *   the engine's `escalated` is the customer giving up or demanding a manager; here she is still on the line and
 *   still asking about her eight months. The verdict (fail, unresolved) is the author's.
 */
/**
 * Engine round 21 (test/analyser-r21.test.ts): c18-repeat-contact-2 ("Well, at least you got a Saturday off out of it,
 * eh?", mocking the unpaid day she lost) now fails on `rude`. 40/40 at seed 1.
 */
const KNOWN_MISSES: Record<string, string> = {};

describeCalls(
  "calls-dev18: a sceptical QA author's good calls pass; gaming, sly promises and sarcasm fail",
  readCalls("calls-dev18.json"),
  KNOWN_MISSES,
  {},
  ["gaming", "breach", "mediocre", "good"],
);
