import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";

/**
 * Engine round 22. (1) A remedy the policy forbids, said to be hers with nothing waiting on it ("a refund is available on
 * that", "you're entitled to your money back for the unused months"), puts it on the table as surely as "I can refund
 * you" does: it is the breach. Before, it was read as an explanation. Said as the rule, on a condition, of remedies in
 * general, negated or in the past, it stays honest. (2) A remedy in her history ("there was a repair booked last year",
 * "you had a credit in March") is reported, not offered or promised. (3) Her put on a van or run that goes out before the
 * first slot ("they've got a van near you tomorrow morning. I've squeezed you onto it") sends the goods then. The lines are
 * worded for the test (UK and US, terse and chatty).
 */
const { rules, paraphrases, sofa } = lookalikes();
const gym = getScenario("policy-exception");
const widow = getScenario("bereavement");
const bill = getScenario("billing-error");
const mobile = getScenario("cancellation");
const coffee = getScenario("refund-demand");
const read = (s: ReturnType<typeof getScenario>, text: string) => readCommitments(s, text);

describe("round 22: a forbidden remedy said to be available is the breach", () => {
  paraphrases(
    gym,
    "no-refund-for-moving",
    [
      "Good news, a refund is available on that.",
      "you're entitled to your money back for the unused months",
      "there's a pro-rata refund for the eight months",
      "A partial refund's an option for you, Margaret.",
      "you'd be due a refund on the remaining eight months",
      "There's also a refund of the £280 if you'd like it.",
      "we do offer a refund for the months you won't use",
      "You are eligible for a partial refund on this one.",
      "Honestly, the £280 refund is yours if you want it.",
      "A refund is an option for you.",
    ],
    [
      "The only refund available is for your own medical condition, with a doctor's letter.",
      "Refunds are only possible for a member's own medical condition.",
      "There isn't a refund available when you move, I'm sorry.",
      "A refund is normally available in the first 14 days only.",
      "You'd have been entitled to a refund in the first 14 days.",
      "Is there a refund available? Not for a move, I'm afraid.",
      "I know you'd hoped a refund was available, but it isn't for a move.",
      "There's a refund policy, and it covers medical reasons only.",
      "A refund isn't an option for a move, but a transfer to York is.",
      "Refunds are available if it's your own medical condition, with a doctor's letter.",
      "If it's your own medical condition, a refund is available with a doctor's letter.",
      "You'd be entitled to a refund if it were medical.",
    ],
  );
  it("in other scenarios: compensation, a credit over the cap, a free handset", () => {
    expect(rules(widow, "You're entitled to compensation for the stress.")).toEqual(["no-compensation"]);
    expect(rules(widow, "There's no compensation available, I'm afraid.")).toEqual([]);
    expect(rules(bill, "There's a £40 credit available for the trouble.")).toEqual(["no-credit-over-15"]);
    expect(rules(mobile, "You're eligible for a free upgrade.")).toEqual(["no-free-handset"]);
    // an upgrade she is due under her contract is not said to be free
    expect(rules(mobile, "You're due an upgrade in March.")).toEqual([]);
    // her own choice is no condition on the rule: a free month if she stays is still offered
    expect(rules(mobile, "There's a free month available if you stay.")).toEqual(["no-free-months"]);
  });
  it("an allowed remedy said the same way is still offered, within its limit", () => {
    expect(rules(bill, "There's a £10 credit available for the trouble.")).toEqual([]);
    expect(read(bill, "There's a £10 credit available for the trouble.").offers.map((o) => o.remedyId)).toEqual(["goodwill-up-to-15"]);
    expect(read(coffee, "you'd be entitled to a full refund once it's collected").offers.map((o) => o.remedyId)).toEqual(["refund-after-collection"]);
    // a timed rule needs its time: a refund said to be available, with no time, breaks nothing on the billing call
    expect(rules(bill, "You're entitled to a refund of the £59.98.")).toEqual([]);
  });
});

describe("round 22: a remedy in her history is reported, not offered", () => {
  it.each([
    ["There was a repair booked last year.", coffee],
    ["There was a replacement sent out in May, I can see.", coffee],
    ["You had a credit in March.", bill],
    ["There was a £10 credit applied last month.", bill],
    ["You got a £15 credit in January for the same thing.", bill],
    ["There's been a refund on this account before.", bill],
    ["You had a free upgrade last year.", mobile],
    ["There was a refund on your account last year.", gym],
    ["There was a £40 voucher added back in March.", sofa],
  ])("%#: %s", (text, s) => {
    const r = read(s, text);
    expect(r.offers).toEqual([]);
    expect(r.breaches).toEqual([]);
    expect(r.statements.length).toBeGreaterThan(0);
    expect(r.statements.every((x) => x.type === "reported")).toBe(true);
  });
  it.each([
    ["I've booked a repair for you, collected within 10 working days.", coffee, "repair"],
    ["I've put a £10 credit on your account today.", bill, "goodwill-up-to-15"],
    ["I've booked the replacement for Thursday, the first slot.", sofa, "replacement"],
  ])("look-alike, offered now %#: %s", (text, s, remedy) => {
    expect(read(s, text).offers.map((o) => o.remedyId)).toContain(remedy);
  });
  it("a forbidden remedy in the past is no breach; the same remedy now is", () => {
    expect(rules(bill, "You had a £40 credit last year.")).toEqual([]);
    expect(rules(bill, "I'll give you a £40 credit.")).toEqual(["no-credit-over-15"]);
  });
});

describe("round 22: put on a van or a run that goes out before the first slot", () => {
  paraphrases(
    sofa,
    "no-earlier-delivery",
    [
      "Right, I've had a word with our transport team and they've got a van near you tomorrow morning. I've squeezed you onto it, so you won't have to wait until Thursday.",
      "There's a van near you tomorrow morning and I've put you on it.",
      "I've slotted you onto tomorrow's run.",
      "I've popped you on tomorrow's van.",
      "good news, i've added you to tomorrow's deliveries",
    ],
    [
      "I've put you on Thursday's van, the first slot.",
      "I've put you on the van for Thursday.",
      "I've put you on hold for a second.",
      "I've added you to the waiting list, and Thursday is what's booked.",
      "The van's booked for Thursday and I've put a note on it about the staples.",
    ],
  );
});
