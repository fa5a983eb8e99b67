import { describe, expect, it } from "vitest";
import { labelIds } from "../src/analyser/label";

/**
 * Analyser round 10 (issue 11, part 4): what the shipped model makes of the round's cue families. The
 * near-misses are the round's traps: a plain suggestion (round 9's "maybe try checking your junk
 * folder"), a firm but respectful boundary, an apology that owns the fault, a polite "if you'd like".
 */
describe("rude by the taxonomy's definition, and its near-misses", () => {
  it("mock fear, mock patience, impatience and remarks about the customer are rude", () => {
    expect(labelIds("Oh, a one-star review, I'm terrified.")).toContain("rude");
    expect(labelIds("Compensation? For an estimated bill? Get real.")).toContain("rude");
    expect(labelIds("Madam, I've got forty people waiting, can we just get to the point?")).toContain("rude");
    expect(labelIds("Honestly, with customers like you it's no wonder drivers don't hang about.")).toContain("rude");
  });
  it("a plain suggestion, a respectful boundary and a kind slow read-back are not rude", () => {
    expect(labelIds("If that doesn't work, maybe try checking your junk folder.")).not.toContain("rude");
    expect(labelIds("maybe check your junk, sometimes replies go there")).not.toContain("rude");
    expect(labelIds("I do want to sort this out for you, and I can't do that while I'm being sworn at. Can we go back to the charge?")).not.toContain("rude");
    expect(labelIds("I'll go through the dates slowly so you can write them down.")).not.toContain("rude");
    expect(labelIds("I hear you loud and clear, and I'm going to fix it today.")).not.toContain("rude");
  });
});

describe("blame in its polite forms", () => {
  it("an apology that turns to the customer's fault keeps both labels", () => {
    const l = labelIds("I'm sorry it's come as such a shock. Mind you, you were meant to keep the receipt and send it to us, so it's partly on you.");
    expect(l).toContain("apology");
    expect(l).toContain("blame");
  });
  it("the customer's might-have-been is blame; a polite offer is not", () => {
    expect(labelIds("If you'd sent us readings yourself we wouldn't have had to estimate.")).toContain("blame");
    expect(labelIds("If you'd like, I can send the label now so you won't have to wait.")).not.toContain("blame");
  });
  it("an apology that owns the fault is not blame", () => {
    expect(labelIds("I'm sorry, this one's on our side. Your router reached us but the warehouse never scanned it, so I've taken the fee off.")).not.toContain("blame");
  });
});

describe("dismissive: the futility of her reaction, comparing her with others", () => {
  it("is dismissive", () => {
    expect(labelIds("Shouting won't make the van come any faster.")).toContain("dismissive");
    expect(labelIds("Well, it's a pretty simple setting, most people manage it fine.")).toContain("dismissive");
  });
  it("a fact about others affected, with a remedy, is not", () => {
    expect(labelIds("Other customers were affected by the same outage, and I've credited your account £10.")).not.toContain("dismissive");
  });
});
