import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C38 (a Hyderabad-and-Leeds head of quality: broadband, mobile and energy agents), in
 * src/eval/data/v2/calls-dev-C38.json: 12 gaming, 8 breach, 8 mediocre and 12 good. A dev set from the start (engine round 29):
 * verdicts 38/40 at seeds 1 and 2 on main, critical behaviour as named 8/9, outcomes 29/40; C38-01 failed a good call on "£89.97
 * this month against your usual £29.99, so £59.98 extra", read as £59.98 of compensation. After the round: verdicts 39/40,
 * critical 8/9, outcomes 30/40 at seeds 1, 2, 7 and 99. The author's verdicts, critical behaviours and outcomes the engine does
 * not give, judged against the taxonomy, the scenario's policy and the persona, are listed with their reasons.
 */
const KNOWN_MISSES: Record<string, string> = {
  "C38-32":
    "mediocre the author would pass: Margaret tells of her sister's fall and the agent answers with the York club and a freeze she cannot use (the taxonomy's choice 'where one option is obviously useless'), never a word for the sister (her persona's 'genuine acknowledgement of her sister's situation'); the pool is a lucky fit, never asked about. She is calm (11) but her reason was never heard, so the call is not resolved (71). Taste, not changed",
};
const KNOWN_CRITICAL_MISSES: Record<string, string> = {
  "C38-07":
    "chat-complaint's policy forbids no blame, so the engine's side has no rule for 'that's the weekend chat team… nothing to do with us lot' or the leading question about her card; the call fails (ongoing, 43) and the `blame` label is the analyser's (another helper's round)",
};
const GIVES_UP = "author's taste: the customer gives up after empty turns; other authors expect such calls ongoing or unresolved, and the engine's customer hangs up on heat, not on a count of empty turns";
const KNOWN_OUTCOME_MISSES: Record<string, string> = {
  "C38-06": `${GIVES_UP} (gaming, ongoing at 39)`,
  "C38-15": `${GIVES_UP} (gaming, ongoing at 23)`,
  "C38-35": `${GIVES_UP} (gaming, ongoing at 17)`,
  "C38-38": `${GIVES_UP} (gaming, ongoing at 23)`,
  "C38-16": `${GIVES_UP} (mediocre: the 30-day wall takes Gareth to 94, the repair then calms him; he is still asking about Saturday at 54)`,
  "C38-23": `${GIVES_UP} (breach: the jibe 'don't come crying back' after the PAC code is sent; he is at 56, asking about a catch)`,
  "C38-28":
    "gaming expected escalated: 'I personally guarantee…', 'I'll make sure your sofa arrives' and 'I'll call you back as soon as I have an update' no longer answer her worry (engine round 29: no longer resolved), but the empty promises do not take her to the limit; she is ongoing at 19, asking whether anyone writes these down",
  "C38-27":
    "breach expected unresolved: 'Dean's quite new' now heats her as blame (56 → 71, engine round 29), and the Thursday booking with its window and the £40 voucher then bring her to 33; she is settled by what was done, and the score fails the call for the blame",
  "C38-30":
    "gaming expected resolved: the copied words and 'I completely agree' engage nothing, so she is at 70 when 'she'll definitely approve the exception' and '£280 back' are said; a forbidden promise settles a customer only once she is calm enough (round 27), and letting it calm her as a fix turned G1-policy-exception-3 resolved against its author (tried in round 29, not shipped)",
};
describeCalls(
  "calls C38: a Hyderabad-and-Leeds head of quality's good calls pass; gaming, breaches and mediocre calls fail",
  readCalls("v2/calls-dev-C38.json"),
  KNOWN_MISSES,
  KNOWN_CRITICAL_MISSES,
  ["good", "gaming", "breach", "mediocre"],
  KNOWN_OUTCOME_MISSES,
);
