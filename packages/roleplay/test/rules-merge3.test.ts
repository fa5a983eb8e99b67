import { describe, expect, it } from "vitest";
import { labelIds } from "../src/analyser/label";
import { readCommitments, resolveScenario } from "../src/index";

/**
 * After the round-3 merge, the retrained model put pitfalls on sentences of good calls that the
 * taxonomy does not call pitfalls. The vetoes that fixed it must not excuse a real pitfall beside them.
 */
describe("rule vetoes of round 3 stand down beside a real cue", () => {
  it("a promise to make sure the customer is sorted is not dismissive, unless the turn also minimises", () => {
    expect(labelIds("Let's make sure you've got a working machine for that.")).not.toContain("dismissive");
    expect(labelIds("Calm down. Let's make sure you've got a working machine for that.")).toContain("dismissive");
  });
  it("owning our mistake is not arguing, unless the turn also contradicts the customer", () => {
    const owned = "I've read the notes from your call with Dean, and the replacement was never ordered. That's our mistake.";
    expect(labelIds(owned)).not.toContain("argue");
    expect(labelIds(`That's our mistake. But you're wrong about the date, that's not what happened.`)).toContain("argue");
  });
  it("summing up the customer's reasons is not blame, unless it names a fault", () => {
    expect(labelIds("So it's the calls dropping in your flat as much as the price.")).not.toContain("blame");
    expect(labelIds("So it's your fault, you should have read the terms before you signed up.")).toContain("blame");
  });
  it("a customer's own 'PAC code' is not jargon; an unexplained internal acronym still is", () => {
    expect(labelIds("Of course, you can have your PAC code.")).not.toContain("jargon");
    expect(labelIds("It's stuck in the RMA queue at the WMS.")).toContain("jargon");
  });
});

describe("the commitment reader reads a bereavement breathing space and a late fee removed", () => {
  const s = resolveScenario("bereavement");
  it("'I've put the account on hold for 60 days' offers the allowed hold; putting the caller on hold does not", () => {
    expect(readCommitments(s, "I've put the account on hold for 60 days.").offers.map((o) => o.remedyId)).toEqual(["breathing-space"]);
    expect(readCommitments(s, "I'll put you on hold for a moment.").offers).toEqual([]);
  });
  it("'I've removed the £12 late fee' offers the fee removal", () => {
    expect(readCommitments(s, "I've removed the £12 late fee.").offers.map((o) => o.remedyId)).toEqual(["remove-late-fee"]);
  });
});
