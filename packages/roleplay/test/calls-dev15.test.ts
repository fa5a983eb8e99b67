import { describe, expect, it } from "vitest";
import { simulate } from "../src/index";
import { describeCalls, readCalls } from "./helpers/calls";
/**
 * Round 14: 40 whole calls by author C15 (a US/Canadian contact-centre trainer; plain floor voice with some non-native
 * phrasing; the author saw only the taxonomy and the scenario briefs), in src/eval/data/calls-dev15.json: 12 recoveries,
 * 6 false recoveries, 6 excellent, 6 mediocre, 4 proper endings and 6 breaches. New in round 14 (35/40 on main), tuned on
 * in that round, so a dev set. The misses' causes and their fixes are in test/engine-r14.test.ts.
 */
const calls = readCalls("calls-dev15.json");

/**
 * Calls whose author's verdict disagrees with the design, with why: the engine's own verdict is asserted below
 * instead of the author's, so a change that makes them pass turns the test red.
 */
const DISAGREEMENTS: Record<string, string> = {
  "c15-abusive-caller-1":
    "proper end by the author, a cut-off here: the warning in turn 2 ('I can't do it while I'm being called names', with the reading and the direct-debit hold offered) is heard, and the simulated Mr Cole stops there ('Sorry for swearing') and accepts the fix; the script's 'last warning' and ending come after he has stopped and calmed, and the policy allows an ending only 'if abuse continues after one clear, calm warning'",
  "c15-abusive-caller-2":
    "proper end by the author, a cut-off here: the calm limit in turn 2 is heard, the simulated Mr Cole answers 'What do you need from me, then?' and accepts the corrected bill and the hold in turn 3; the ending 'because the abuse has carried on' comes when it has not",
  "c15-persistent-abuse-3":
    "recovery by the author, fails on rude here: 'Well, shouting at me isn't going to find your drill, is it.' is a sarcastic rhetorical jab at his behaviour, the form of the taxonomy's own example of rudeness ('Maybe if you listened for a second we'd get somewhere'), and any insult or mockery is a critical behaviour however it is repaired",
};

/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {
  "c15-refund-demand-2":
    "recovery, fails on rude: the analyser's model hears 'You can write reviews if you want, sir, that won't change how refunds work' as rude; by the taxonomy it is dismissive (it minimises his complaint; no sarcasm, insult or threat), as the rule table and the author ('a dismissive remark') read it. The model is the analyser's (another helper's this round); doubtful, since 'sir' in that sentence is cold",
};

describeCalls(
  "calls-dev15: a slip repaired passes; a hollow repair, a breach or a cut-off does not",
  calls.filter((c) => !DISAGREEMENTS[c.id]),
  KNOWN_MISSES,
  {},
  ["recovery", "false_recovery", "breach", "excellent", "mediocre", "proper_end"],
);

describe("calls-dev15: declared disagreements keep the engine's verdict", () => {
  const call = (id: string) => calls.find((c) => c.id === id)!;
  it.each(["c15-abusive-caller-1", "c15-abusive-caller-2"])("%s: the ending after he had stopped is a cut-off, and the verdict says why", (id) => {
    const c = call(id);
    for (const seed of [1, 2, 7, 99]) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.outcome, `seed ${seed}`).toBe("ended");
      expect(r.endedProperly).toBe(false);
      expect(r.passed).toBe(false);
      expect(r.verdict).toMatch(/stopped the abuse after your warning/);
    }
  });
  it("c15-persistent-abuse-3: the sarcastic opening is rude, whatever follows", () => {
    const c = call("c15-persistent-abuse-3");
    for (const seed of [1, 2, 7, 99]) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.passed, `seed ${seed}`).toBe(false);
      expect(r.critical?.act).toBe("rude");
      expect(r.critical?.turn).toBe(0);
    }
  });
  it("every disagreement is a call of the set", () => {
    for (const id of Object.keys(DISAGREEMENTS)) expect(call(id), id).toBeDefined();
  });
});
