import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Round 11: 40 whole calls by author C10 (an Australian QA coach briefed for inventive gaming and well-hidden breaches,
 * who saw only the taxonomy and the scenario briefs), in src/eval/data/calls-dev10.json: 8 excellent, 8 good, 4
 * recoveries, 2 proper endings, 8 mediocre, 5 gaming, 5 breaches. Held out for rounds 9 and 10 (33/40 on main), tuned
 * on in round 11 (on main after analyser round 10), so a dev set now. The misses' causes and their fixes are in test/engine-r11.test.ts;
 * c10-policy-exception-1 passes since engine round 12 (the explanation in a refusal counts once an alternative is offered).
 */
/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {
  "c10-cancellation-2":
    "the only question about why he is leaving is a closed one ('Can I ask, was it mainly price?'): it brings out his reason, but the understanding need (reflection, open question or empathy) stays open, and counting every closed question that brings out a fact would let passive calls through",
};

describeCalls("calls-dev10: a new author's good and excellent calls pass, the rest fail", readCalls("calls-dev10.json"), KNOWN_MISSES);
