import { describe, expect, it } from "vitest";
import { labelIds } from "../src/analyser/label";

/**
 * The lead's analyser fixes of round 23, from the red-teamers' calls (G1, G2) and the dev set C26: each line a whole-call
 * miss traced to one label. Extensions of existing rules, by the taxonomy's definitions: `rude` for a comparison that
 * tells her the task is trivial ("my nan worked it out … without ringing anyone") and for a lecture on how she should
 * have spoken ("if you'd started with 'hello' … you'd have got here quicker"); no `blame` for advice that names what she
 * has not tried yet; `empathy` for "would make anyone furious". Lines worded for the test, with look-alikes.
 */
describe("lead 23: rude", () => {
  it.each([
    "Honestly, it's about the easiest thing in the app. My nan worked it out on her tablet without ringing anyone, so I'm sure you'll manage.",
    "My mum sorted it without calling anyone, it's that simple.",
    "And between us, if you'd started with 'hello' instead of threatening reviews, you'd have got here ten minutes quicker.",
    "If you'd asked nicely you'd have had an answer by now.",
    "if you had been a bit more polite we'd be done already",
  ])("%s", (said) => {
    expect(labelIds(said)).toContain("rude");
  });
  it.each([
    "My nan uses the same app, and I'll walk you through it step by step, it's not hard once you've seen it.",
    "If you'd like, I can start with the hello screen and go from there.",
    "If you'd asked me first thing, I'd have said the same: the refund comes after collection.",
  ])("look-alike, not rude: %s", (said) => {
    expect(labelIds(said)).not.toContain("rude");
  });
});

describe("lead 23: advice that names what she has not tried is not blame", () => {
  it.each([
    "You could move to the £18 deal, though it's worth checking their signal in your flat first, since you haven't tried it there.",
    "It might be a good idea to test it at home first, since you haven't used it there yet.",
  ])("%s", (said) => {
    expect(labelIds(said)).not.toContain("blame");
  });
  it("fault laid with 'because you' is still blame", () => {
    expect(labelIds("It was charged because you didn't send the router back in time.")).toContain("blame");
  });
});

describe("lead 23: empathy", () => {
  it.each([
    "Craig, a £220 drill marked as delivered to a door that isn't yours, when you need it for work, would make anyone furious. I'm opening a missing-parcel claim for you right now.",
    "Being left on hold for an hour would drive anyone up the wall.",
    "Honestly, that would upset anyone.",
  ])("%s", (said) => {
    expect(labelIds(said)).toContain("empathy");
  });
});
