import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";
import { labelIds } from "../src/analyser/label";
import { exclusiveLoser } from "../src/model/model";

/**
 * Analyser round 24: `explanation` precision and `solution` recall by the taxonomy's definitions, decided on the dev
 * authors (M, S, AA) and the rude-rich authors' other labels (never fitted). The lines are worded for the test; each
 * change has look-alikes that must keep their label.
 */
const labels = (text: string) => labelIds(text);
const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);
/** Each line: whether `rule` fires on it, and whether it then carries `label`. */
const expectRule = (lines: string[], rule: string, fired: boolean, label: string, labelled: boolean) => {
  for (const t of lines) {
    expect(fires(t, rule), t).toBe(fired);
    expect(labels(t).includes(label as never), t).toBe(labelled);
  }
};

describe("analyser round 24", () => {
  it("solution/options: a choice of concrete remedies keeps solution; a single remedy with a yes/no drops options", () => {
    // the margins are each label's logit over its threshold
    expect(exclusiveLoser("solution", "options", 0.2, 1.5)).toBeNull();
    expect(exclusiveLoser("solution", "options", 1.5, 0.2)).toBe("options");
    // every other pair is as before: the label less far over its threshold goes
    expect(exclusiveLoser("policy_wall", "solution", 0.2, 1.5)).toBe("policy_wall");
    expect(exclusiveLoser("argue", "explanation", 1.5, 0.2)).toBe("explanation");
    for (const t of [
      "I can refund the £649 once it's collected, or send a replacement on Thursday. Which would you prefer?",
      "I can spread the £84.40 over six months, about £14 a month, or over three if you'd like it done sooner. Which suits you?",
    ])
      expect(labels(t), t).toEqual(expect.arrayContaining(["solution", "options"]));
    expect(labels("I can spread the balance over six months for you. Would that help?")).not.toContain("options");
  });

  it("expl-because-fact: the reason a call ends, or a refusal with no reason in it, is not an explanation", () => {
    const notACause = [
      "I'm going to end the call now because the abuse has carried on. A supervisor can call you back later today.",
      "im ending the chat now bc the language has continued. ur claim is still open and u can message us back any time",
      "Because the answer is no.",
    ];
    expectRule(notACause, "expl-because-fact", false, "explanation", false);
    for (const t of [
      "We can only refund after collection because the warehouse has to receive the machine back first.",
      "Your card was declined because the payment was made abroad and our fraud check paused it.",
    ])
      expect(labels(t), t).toContain("explanation");
  });

  it("a summary put back to her to confirm is reflection, not explanation, solution or expectation", () => {
    for (const t of [
      "So the meter stopped sending readings in March, and every bill since has been a guess that's far too high. Have I got that right?",
      "Okay, so you were charged twice for one order and the refund still hasn't shown. Is that right?",
      "right so the refund was promised for the 3rd, it still isnt there, and u need it for the deposit. yeah?",
    ]) {
      const l = labels(t);
      expect(l, t).toContain("reflection");
      for (const no of ["explanation", "solution", "expectation"]) expect(l, t).not.toContain(no);
    }
    // a turn that explains and only then checks is still an explanation
    const t = "The bills were estimates because the meter stopped sending readings in March. I'll redo it from today's reading. Does that make sense?";
    expect(labels(t)).toContain("explanation");
    expect(fires("So, let me explain it slowly: the cloud is a warehouse far away, yeah?", "expl-summary-checked")).toBe(false);
  });

  it("pw-alternative-offered: a refusal that offers something instead is not a policy wall", () => {
    const offered = [
      "I can't add free months, sorry. I could do a £10 credit on your next bill though.",
      "Extra free months aren't something I can give. The £15 credit is what I've got.",
      "I can't offer cash, I'm not allowed to, but I can put a £20 voucher on the account today.",
    ];
    expectRule(offered, "pw-alternative-offered", true, "policy_wall", false);
    const walls = [
      "It's company policy, I can't refund before collection.",
      "Rules are rules, I'm afraid. There's nothing I can do.",
      "Sorry, but I can't do same-day refunds, it's the policy.",
      "I don't know what I can do for you, it's the rules.",
    ];
    expectRule(walls, "pw-alternative-offered", false, "policy_wall", true);
  });
});
