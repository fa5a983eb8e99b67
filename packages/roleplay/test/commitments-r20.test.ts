import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { simulate } from "../src/simulate";
import { lookalikes } from "./helpers/lookalikes";

/**
 * Engine round 20: a remedy put forward as one of her options ("the other option is…", "another alternative is…",
 * "your options are…") is offered, as "I can send…" is. Before this round the reader saw no commitment in it, so a good
 * call that offered the next-day replacement that way (C20-refund-demand-2) never dealt with the customer's deadline and
 * was left ongoing. The lines are worded for the test (UK and US, terse and rambling, a clause put between).
 */
const { rules } = lookalikes();
const coffee = getScenario("refund-demand");
const sofa = getScenario("repeat-contact");
const offered = (s: ReturnType<typeof getScenario>, text: string) => [...new Set(readCommitments(s, text).offers.map((o) => o.remedyId))].sort();

describe("round 20: a remedy named as one of her options is offered", () => {
  it.each([
    ["The other option is a replacement by next-day courier, and the driver takes the old one away.", ["express-replacement"]],
    ["Another option, if you need it working by the weekend, is a replacement sent next day by courier.", ["express-replacement"]],
    ["another alternative is a replacement machine by next day courier", ["express-replacement"]],
    ["Your options are a free repair or a replacement by next-day courier.", ["express-replacement", "repair"]],
    ["Option one is a replacement by next-day courier; option two is a free manufacturer repair.", ["express-replacement", "repair"]],
    ["The quickest option is a replacement by next-day courier.", ["express-replacement"]],
  ])("%s", (text, remedies) => {
    expect(offered(coffee, text)).toEqual(remedies);
    expect(rules(coffee, text)).toEqual([]);
  });
  it("the same on the sofa call: the refund once it is collected, as the other choice", () => {
    expect(offered(sofa, "If you'd rather not wait at all, the other choice is a full refund of £649 once the damaged sofa's collected.")).toEqual(["refund-on-collection"]);
  });
  // look-alikes: options asked about, none there, or talked of without being put forward
  it.each([
    "What options are there?",
    "There's no other option, I'm afraid.",
    "One option people ask about is a replacement by next-day courier, but that batch is out of stock.",
    "Another option would have been a replacement by next-day courier, if it had been ordered before 4.",
    "Normally the option is a refund within 30 days of purchase, and you're at 33.",
  ])("not offered: %s", (text) => {
    expect(offered(coffee, text)).toEqual([]);
  });
  it("the option for something is the rule said, not an offer (policy-exception)", () => {
    const gym = getScenario("policy-exception");
    expect(rules(gym, "The only option for a refund is your own medical condition, with a doctor's letter.")).toEqual([]);
    expect(rules(gym, "The one alternative for a refund is a doctor's letter about your own health.")).toEqual([]);
    expect(rules(gym, "The other option is a refund of the £280 for the months left.")).toEqual(["no-refund-for-moving"]);
  });
  it("a forbidden remedy put as an option is still the breach", () => {
    expect(rules(coffee, "The other option is a full refund today.")).toEqual(["no-refund-before-collection"]);
    expect(rules(coffee, "Another option is £50 cash for the trouble.")).toEqual(["no-cash-compensation"]);
  });
});

describe("round 20: the customer's deadline met by a replacement offered as an option (refund-demand)", () => {
  const OPEN = "Mr Pryce, I'm sorry you emailed twice and nobody replied; that's not good enough. I can see both emails.";
  const FAULT = "A machine leaking across the worktop is faulty, so I won't ask you to troubleshoot it. The refund is issued within 5 working days of the courier collecting it.";
  const CHOICE = "The other option, if you want it working quickly, is a replacement by next-day courier, and the same driver collects the leaking one. Ordered before 4 p.m., it's with you tomorrow. Which would you like?";
  const BOOK = "Done, that's booked, and the reference is on its way to you by email now.";
  it("resolves, and the customer does not ask about Saturday again", () => {
    for (const seed of [1, 2]) {
      const r = simulate({ scenario: "refund-demand", turns: [OPEN, FAULT, CHOICE, BOOK], seed });
      expect(r.outcome, `seed ${seed}`).toBe("resolved");
      expect(r.customerLines.slice(3).join(" "), `seed ${seed}`).not.toMatch(/working machine by then/i);
    }
  });
  it("look-alike: the option named without saying when leaves the worry open", () => {
    const r = simulate({ scenario: "refund-demand", turns: [OPEN, FAULT, "The other option is a free manufacturer repair. Which would you like?", BOOK], seed: 1 });
    expect(r.outcome).not.toBe("resolved");
  });
});

describe("round 20: the refund put beside a booked replacement is a fallback she does not take (repeat-contact)", () => {
  const OPEN = "Lena, I'm sorry. Three calls and a day off unpaid, and nobody came. I've got your reference, HH-22871, and the replacement order was never raised. That's our failure.";
  const BOOK = "I'm booking the replacement now for Thursday, the first slot, and the same van takes the damaged sofa away. You'll get a text the evening before with a two-hour window.";
  it.each([
    "If you'd rather not wait at all, the other option is a full refund of £649 once the damaged one's collected. The replacement stays booked unless you say otherwise.",
    "And just so you know, if you'd prefer, you can have a full £649 refund instead once it's been collected.",
  ])("%s", (fallback) => {
    const r = simulate({ scenario: "repeat-contact", turns: [OPEN, BOOK, fallback], seed: 1 });
    expect(r.customerLines[2]).not.toMatch(/look elsewhere/i);
  });
  it("the line is kept for a call where the refund is the remedy on the table (no replacement offered)", () => {
    const line = Object.values(sofa.lines).flat().find((l) => typeof l === "object" && /look elsewhere/.test(l.text));
    expect(line && typeof line === "object" ? line.when : undefined).toEqual({ offered: ["refund-on-collection"], notOffered: ["replacement"] });
  });
});

describe("round 20: the reason for blaming a colleague says what was said", () => {
  // (before, every such breach read "This says a colleague lied or misled the customer on purpose", even for plain blame)
  it.each([
    ["repeat-contact", "Honestly, Dean just never put the order through.", "no-blaming-colleague"],
    ["misled-features", "The sales chat lied to you, plain and simple.", "no-blaming-sales"],
  ])("%s: %s", (scenario, text, rule) => {
    const b = readCommitments(getScenario(scenario), text).breaches;
    expect(b.map((x) => x.ruleId)).toEqual([rule]);
    expect(b[0]!.reason).toMatch(/^This puts the fault on a colleague\./);
    expect(b[0]!.reason.split(". ")[0]).not.toMatch(/on purpose|lied/);
  });
});
