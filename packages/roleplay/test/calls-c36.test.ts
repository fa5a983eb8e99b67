import { describeCalls, readCalls } from "./helpers/calls";
/**
 * 40 whole calls by author C36 (a Cebu quality and training lead: Filipino agents, phone and chat, new hires' checklist
 * habits among the gaming calls), in src/eval/data/v2/calls-dev-C36.json: 12 gaming, 8 breach, 8 mediocre and 12 good. A dev
 * set from the start (engine round 28): verdicts 39/40 at seed 1 on main, critical behaviour as named 7/8, outcomes 24/40;
 * C36-27 passed with 100 although it calls Dean "only in his second week" who "obviously forgot" (a policy's "only in" read the
 * blame as a rule described), and C36-10's keyword salad was failed as the critical insult for "I take ownership. Solution.
 * Options." After the round: verdicts 40/40, critical 8/8, outcomes 31/40 at seeds 1, 2, 7 and 99. Outcomes are asserted
 * here too; the author's outcomes the engine does not give, judged against the persona and the other authors, are listed below.
 */
const KNOWN_MISSES: Record<string, string> = {};

/**
 * This author expects "escalated" (the customer gives up) for eight of the twelve gaming calls and four of the eight mediocre
 * ones; the engine's customer hangs up when her heat reaches the limit, and these end below it, pressing for what is missing.
 * Engine round 28 tried letting the persona's own inflamers (stock sympathy said again, a script at any heat, a promise with
 * no time) add heat on such turns: at +4 to +15 a turn nothing changed, at +12 the dev calls files went from 855 to 851 of
 * 927 (verdict and outcome) and at +20 to 847, taking C33's and calls-dev8's "ongoing" calls to escalated while turning almost
 * none of these (C26-refund-demand-3 only). The authors disagree (calls-c34.test.ts: gaming calls are expected "unresolved"
 * 110 times and "escalated" 19 times), so it is taste and not shipped.
 */
const GIVES_UP = "author's taste: she gives up after empty turns; other authors expect such calls ongoing or unresolved, and the engine's customer hangs up on heat, not on a count of empty turns";
const KNOWN_OUTCOME_MISSES: Record<string, string> = {
  "C36-02": `${GIVES_UP} (stock sympathy, security asked twice, "the concerned department will contact you in due time": she holds at 28 and asks whether the £59.98 is coming off)`,
  "C36-06": `${GIVES_UP} (the chat template pasted twice: she is at 50 asking whether the money is back before Friday)`,
  "C36-14": `${GIVES_UP} (technique labels around "putting your concern forward": at 54 he asks about Saturday again)`,
  "C36-22": `${GIVES_UP} (the valued-customer script and "your PAC code request will be processed": he asks how long that takes)`,
  "C36-26": `${GIVES_UP} ("I do apologise" and notes passed on, no booking: she holds at 67 asking for a time and a name)`,
  "C36-16": `${GIVES_UP} (mediocre: the 30-day wall nearly made him hang up, at 95; the repair he then accepted calms him, and Saturday is still open)`,
  "C36-28": `${GIVES_UP} (mediocre: "no replacement order on the system" and the 48-hour call-back again; at 60 she is still on the line)`,
  "C36-40": `${GIVES_UP} (mediocre: a 5 to 7 working day investigation and "I'm only trying to help"; Craig is at 84 and still abusing, short of the limit)`,
  "C36-07": "breach expected escalated: the jab about her question marks takes her to 97 ('this is why i'm cancelling'), three short of the limit, and the refund in the next turn calms her; the engine's customer hangs up at the limit (the kind of C34-27)",
};
describeCalls(
  "calls C36: a Cebu QA lead's good calls pass; gaming, breaches and mediocre calls fail",
  readCalls("v2/calls-dev-C36.json"),
  KNOWN_MISSES,
  {},
  ["good", "gaming", "breach", "mediocre"],
  KNOWN_OUTCOME_MISSES,
);
