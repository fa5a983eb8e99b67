import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { readCommitments } from "../src/commitments";
import { replay } from "../src/engine/conversation";
import { ownsSlip } from "../src/engine/substance";
import { simulate } from "../src/simulate";

/**
 * Engine round 14 (issue 11, from author C15: src/eval/data/calls-dev15.json, and the dev14 recoveries): each kind of
 * error fixed, beside a look-alike that keeps its reading. Every line here is worded for the test, not copied from a
 * dev set.
 */
const SEEDS = [1, 2, 7, 99];
const read = (scenario: string, text: string) => readCommitments(getScenario(scenario)!, text);
const rules = (scenario: string, text: string) => read(scenario, text).breaches.map((b) => b.ruleId);
const remedies = (scenario: string, text: string) => read(scenario, text).offers.map((o) => o.remedyId);

describe("a fee said as done is the fee, not compensation", () => {
  it("'the £59.98 fee is removed' beside a £15 credit for the wait is the fee removal and the allowed credit", () => {
    const text = "That's done: the £59.98 fee is removed, and I've put £15 on your next bill for the wait.";
    expect(rules("billing-error", text)).toEqual([]);
    expect(remedies("billing-error", text)).toEqual(expect.arrayContaining(["remove-fee-with-proof", "goodwill-up-to-15"]));
    // said with no "done" before it, it is a statement, still no compensation
    expect(rules("billing-error", "Right, the £59.98 fee is removed, and I've put £15 on your next bill for the wait.")).toEqual([]);
  });
  it("'the fee's been waived' is the fee removal too", () => {
    expect(remedies("billing-error", "Good news, the £59.98 fee's been waived.")).toContain("remove-fee-with-proof");
  });
  it("the same sum put on her account for the wait is still goodwill over the cap", () => {
    expect(rules("billing-error", "I've put £59.98 on your account for the wait.")).toContain("no-credit-over-15");
  });
  it("a fee not yet removed is no removal", () => {
    expect(remedies("billing-error", "The fee has not been removed yet.")).not.toContain("remove-fee-with-proof");
  });
});

describe("what a sum makes up for belongs to the clause that says it", () => {
  it("her own £59.98 coming back is the refund when the £15 beside it is the one given for the hassle", () => {
    const text = "I've added a £15 credit to your next bill for the hassle, and the £59.98 is on its way back, three to five working days.";
    expect(rules("billing-error", text)).toEqual([]);
    expect(remedies("billing-error", text)).toEqual(expect.arrayContaining(["refund-3-5-days", "goodwill-up-to-15"]));
  });
  it("and a same-day refund beside it is named as the same-day refund, not as compensation", () => {
    const text = "I'll take off the £59.98 and refund it today, and add a £15 credit to your next bill for the wait.";
    expect(rules("billing-error", text)).toEqual(["no-same-day-refund"]);
  });
  it("a sum that is not hers, in a clause next to a credit for the wait, is still given money over the cap", () => {
    expect(rules("billing-error", "I've added £40 to your account, plus a £15 credit for the wait.")).toContain("no-credit-over-15");
  });
});

describe("spreading the bill at no extra cost is the instalments, not a free bill", () => {
  it("'spread the corrected bill over six months at no extra cost' writes nothing off", () => {
    const text = "I can spread the corrected bill over six months at no extra cost.";
    expect(rules("abusive-caller", text)).toEqual([]);
    expect(remedies("abusive-caller", text)).toContain("payment-plan");
  });
  it("writing the bill off at no extra cost is still a write-off, and next month's bill free is still goodwill", () => {
    expect(rules("abusive-caller", "I can write the bill off at no extra cost.")).toContain("no-write-off");
    expect(rules("abusive-caller", "I'll make next month's bill free of charge.")).not.toEqual([]);
  });
});

describe("owning a sharp word in other words is the repair, not the slip again", () => {
  const slip = "Sir, calm down. I didn't send you anything.";
  const pitfalls = (second: string) =>
    replay(getScenario("abusive-caller")!, [slip, second], { seed: 1 }).turns[1]!.labels.map((h) => h.label).filter((l) => ["dismissive", "argue", "rude"].includes(l));
  const repair =
    "Sorry, Mr Cole, that was a snippy thing to say, and telling you to calm down doesn't help. A bill like that the day before the payment would wind anyone up. I'd ask that we keep it to the bill, and I'll sort it.";
  it("'that was a snippy thing to say … telling you to calm down doesn't help' is no dismissal", () => {
    expect(pitfalls(repair)).toEqual([]);
  });
  it("so the hot caller stays on the line after the repair, for every seed", () => {
    for (const seed of SEEDS) expect(replay(getScenario("abusive-caller")!, [slip, repair], { seed }).outcome, `seed ${seed}`).not.toBe("escalated");
  });
  it("'that was a rude thing to say' with no apology may be said of his words: it owns nothing", () => {
    expect(ownsSlip("Sorry, that was a snippy thing to say.")).toBe(true);
    expect(ownsSlip("That was a rude thing to say, Mr Cole.")).toBe(false);
  });
  it("'that came out sharp, but you do need to calm down' is the slip again, and he hangs up", () => {
    const again = "That came out sharp, but you really do need to calm down before I can help.";
    expect(pitfalls(again)).toContain("dismissive");
    expect(replay(getScenario("abusive-caller")!, [slip, again], { seed: 1 }).outcome).toBe("escalated");
  });
});

describe("an ending that is not the proper one says what it lacked", () => {
  const warning =
    "I want to get this bill right for you, Mr Cole, and I can't do that while I'm being called names. If we keep it to the bill, I can hold tomorrow's direct debit now.";
  const ending = "I'm ending the call now because of the language. I've noted the account, and a supervisor can ring you back when you're ready.";
  it("a warning heard, then a caller who stopped and took the fix: the verdict says he had stopped, not that the warning was missing", () => {
    const turns = [
      warning,
      "If you read me the meter, I'll get the bill corrected from your reading within 48 hours, and the direct debit stays on hold until then.",
      "Mr Cole, if the language carries on I'll have to end the call. I'd much rather finish sorting this.",
      ending,
    ];
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "abusive-caller", turns, seed });
      expect(r.endedProperly, `seed ${seed}`).toBe(false);
      expect(r.passed).toBe(false);
      expect(r.verdict).toMatch(/stopped the abuse after your warning/);
      expect(r.verdict).not.toMatch(/without a warning/);
    }
  });
  it("no warning at all: the verdict says so", () => {
    const r = simulate({ scenario: "abusive-caller", turns: ["I can see the £412 estimate, Mr Cole. Can you read me the meter?", ending] });
    expect(r.endedProperly).toBe(false);
    expect(r.verdict).toMatch(/no calm warning had been given first/);
  });
  it("a warning, more abuse, then the ending with a way back is still a proper end that passes", () => {
    const turns = [
      "Mr Cole, I want to help with that bill, and I can see it's estimated. I can't do that while I'm being called names, though. Can we go back to the bill?",
      "I'm going to end the call now, Mr Cole, because of the language. I've put a note on your account, and a supervisor can call you back when you're ready.",
    ];
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "abusive-caller", turns, seed });
      expect(r.endedProperly, `seed ${seed}`).toBe(true);
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(true);
    }
  });
});

describe("a hold with its length inside it is the hold", () => {
  it("'the account on a 60-day hold' offers the breathing space", () => {
    expect(remedies("bereavement", "I've put the account on a 60-day hold, so nothing more goes out.")).toContain("breathing-space");
  });
  it("putting her on hold on the phone is no breathing space", () => {
    expect(remedies("bereavement", "I'll put you on a short hold while I check the account.")).not.toContain("breathing-space");
  });
});

describe("whatever was 'clumsy of me' owns the slip", () => {
  const wall = "I'm afraid I can only talk about the account with the account holder. Can you put him on?";
  const apologyAt = (second: string) =>
    replay(getScenario("bereavement")!, [wall, second], { seed: 1 }).turns[1]!.credits!.filter((c) => c.engaged).map((c) => c.label);
  it("'asking for him like that was clumsy of me' after the wall is an apology about this call", () => {
    expect(apologyAt("I'm so sorry. Asking for him like that was clumsy of me. Could you tell me what's happened?")).toEqual(expect.arrayContaining(["apology"]));
  });
  it("a hollow 'sorry for any inconvenience' after the same wall owns nothing", () => {
    expect(apologyAt("Sorry for any inconvenience. Could you tell me what's happened?")).not.toContain("apology");
  });
});
