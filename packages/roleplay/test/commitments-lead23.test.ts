import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";

/**
 * The lead's part of round 23, from the dev call set C26 (a Manila team lead's calls). (1) A total said after a
 * commitment in the same sentence ("£10 back for each of those four months, so that's a £40 credit") is what was
 * committed, at that sum: over the cap it is the breach. (2) "There's £59.98 extra" describes the bill: a bare sum said to
 * be there is not money offered to her, unless the words make it hers ("… on your account for the wait"). (3) A remedy
 * named as a class in a list of what the firm sells ("we have SIM-only, wifi calling, upgrades, bolt-ons") is a product
 * line, not a free upgrade given. The lines are worded for the test.
 */
const { rules, mobile } = lookalikes();
const bill = getScenario("billing-error");
const read = (s: ReturnType<typeof getScenario>, text: string) => readCommitments(s, text);

describe("lead 23: a total said after a commitment is the commitment", () => {
  it.each([
    "I'm going to give you £10 back for every one of those four months, so that's a £40 credit on your account.",
    "I'll take £10 off each of the four bills, so that's £40 off in total.",
    "I'll add £5 for each month, which comes to a £20 credit.",
    "I'm putting £10 on for every month you overpaid, that makes a £40 credit.",
  ])("over the cap: %s", (said) => {
    expect(rules(mobile, said)).toEqual(["no-big-credit"]);
  });
  it.each([
    "I'll put a £10 credit on, so that's the £10 in total for the months you overpaid.",
    "I'll pop a £10 credit on, which is the most I can do.",
    "I can't do £10 a month for four months, that would be £40, but I can do £10 in total.",
  ])("within the cap or refused: %s", (said) => {
    expect(rules(mobile, said)).toEqual([]);
  });
});

describe("lead 23: a sum said to be on the bill is not money for her", () => {
  it.each([
    "I can see the jump: there's £59.98 extra, and it's listed as a fee for not returning your old router.",
    "There's £59.98 extra on this month's bill, that's the router fee.",
    "Right, so there is £59.98 extra compared with last month.",
  ])("the charge described: %s", (said) => {
    const r = read(bill, said);
    expect(r.breaches).toEqual([]);
    expect(r.offers).toEqual([]);
  });
  it("money said to be hers is still read: over the cap a breach, within it no breach", () => {
    expect(rules(bill, "There's £20 extra on your account for the wait.")).toEqual(["no-credit-over-15"]);
    expect(rules(bill, "There's an extra £20 for you as a thank you.")).toEqual(["no-credit-over-15"]);
    expect(rules(bill, "There's £15 extra on your account for the wait.")).toEqual([]);
  });
});

describe("lead 23: a class of remedy in a list of products is not a thing given", () => {
  it.each([
    "Options-wise we have SIM-only, wifi calling, loyalty rewards, upgrades, bolt-ons and our family plans.",
    "We've got SIM-only deals, bolt-ons, upgrades, all sorts.",
    "We do SIM-only, family plans and upgrades.",
  ])("%s", (said) => {
    expect(rules(mobile, said)).toEqual([]);
  });
  it("an upgrade given is still the breach", () => {
    expect(rules(mobile, "I'll give you a free upgrade, a new handset, on us.")).toEqual(["no-free-handset"]);
    expect(rules(mobile, "We have upgrades, and I'll throw one in for free.")).toEqual(["no-free-handset"]);
    expect(rules(mobile, "I'm going to upgrade you to the new handset at no cost.")).toEqual(["no-free-handset"]);
  });
});
