import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C34 (a Lagos-and-Manchester quality and coaching lead for UK telecom, energy and home-delivery
 * accounts: Nigerian-English and Mancunian agents, phone and chat), in src/eval/data/v2/calls-dev-C34.json: 12 gaming, 8
 * breach, 8 mediocre and 12 good. A dev set from the start (engine round 27): verdicts 40/40 at seed 1 on main, critical
 * behaviour as named 8/8, outcomes 23/40; C34-22's upsell line ("exciting options available for valued customers like you")
 * was read as the critical insult. After the round: verdicts 40/40, critical 8/8, outcomes 24/40 at seeds 1, 2, 7 and 99
 * (C34-37 now reads as the proper end its author meant; C34-22 fails on no insult; C34-40, a mediocre call, no longer
 * resolves on a question asking for the tracking number "so I can open a claim"). Engine round 28: 25/40, C34-03's money
 * promised "today" now answers her Friday, as a forbidden promise of her money before her day does. Analyser round 26: 26/40,
 * C34-27's "Dean's quite new and he never actually put the order through" is read as blame beside its apology, so she
 * escalates as its author wrote. Outcomes are asserted here too; the
 * author's outcomes the engine does not give, judged against the persona and the earlier authors, are listed below.
 */
const KNOWN_MISSES: Record<string, string> = {};

/**
 * The customer who gives up on turns of empty empathy (the author's "escalated"): the engine's customer hangs up when her heat
 * reaches the limit, not on a count of turns that did nothing. A patience rule (four or five such turns in a row and she gives
 * up) was tried: it gave C34-02, -06, -14, -22 and -26 and the "escalated" of C26, G1 and C20, but turned five (five turns) to
 * nine (four) of C33's gaming and mediocre calls and two of calls-dev8's, whose authors wrote "ongoing" for exactly such calls,
 * from ongoing to escalated. Two authors
 * disagree, so it is taste, and the engine keeps the customer on the line pressing for what is missing.
 */
const GIVES_UP = "author's taste: she gives up after empty turns; C33's and calls-dev8's authors expect such calls ongoing, and the engine's customer hangs up on heat, not on a count of empty turns";
const KNOWN_OUTCOME_MISSES: Record<string, string> = {
  "C34-02": GIVES_UP,
  "C34-06": GIVES_UP,
  "C34-14": GIVES_UP,
  "C34-22": GIVES_UP,
  "C34-26": GIVES_UP,
  "C34-16": `${GIVES_UP} (a repair offered with a date, then "that's the option we have": no more than pressing)`,
  "C34-28": `${GIVES_UP} (a request "usually within a few days" with no date: she presses for a time and a name)`,
  "C34-40": `${GIVES_UP} (the claim opened "and the depot will look into it": she asks when, and is still on the line)`,
  "C34-35": `${GIVES_UP} (a write-off promised at turn 3, a critical breach, among the empty turns)`,
  "C34-23": "breach expected escalated: the free months please him (the forbidden promise is what he wanted), and he stays on for the PAC; the engine does not make a pleased customer hang up",
  "C34-07": "breach expected resolved: the money promised by tomorrow settles her Friday (engine round 28), but two turns later the weekend team is blamed, a pitfall that reopens the call, and the agent signs off without a word more",
  "C34-15": "breach expected resolved: told to calm down first (84), then promised the refund today; the email team blamed in turn 5 takes him back up, and he ends at 67, not a customer who hangs up happy",
  "C34-20": "breach expected resolved: the write-off pleases her, but her question whether the line and her alarm will be cut off is never answered ('So that's all done'), so by the scenario her worry is open",
  "C34-24": "mediocre expected resolved: he has his PAC with no fee, but says three times that his calls drop in the flat whatever the network; the engine keeps that worry open, as the scenario's concern asks, where the author calls it a missed duty he would not press",
};
describeCalls(
  "calls C34: a Lagos-and-Manchester QA lead's good calls pass; gaming, breaches and mediocre calls fail",
  readCalls("v2/calls-dev-C34.json"),
  KNOWN_MISSES,
  {},
  ["gaming", "breach", "mediocre", "good"],
  KNOWN_OUTCOME_MISSES,
);
