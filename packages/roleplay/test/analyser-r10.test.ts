import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";

/**
 * Analyser round 10 (issue 11, part 4: pitfall recall): the cue families written from the taxonomy's
 * definitions, each with the near-misses it must leave alone. These check the rule table itself; what
 * the model makes of a cue is checked in test/analyser-r10-labels.test.ts.
 */
const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);

describe("rude: mock patience, impatience, remarks about the customer, scoffing, sarcastic tags, mockery", () => {
  it("mock patience: saying or typing it slower for her", () => {
    expect(fires("as I said a minute ago, it's 3-5 days. I can type it slower if that helps", "rude-say-it-slower")).toBe(true);
    expect(fires("Sandra, I'll say this slowly. A router. Has. To. Come. Back.", "rude-say-it-slower")).toBe(true);
    // near-misses: asking her to spell something, or slowing down to note it
    expect(fires("Could you spell the surname for me, slowly if you can?", "rude-say-it-slower")).toBe(false);
    expect(fires("I'll go through the dates slowly so you can write them down.", "rude-say-it-slower")).toBe(false);
  });
  it("the agent's impatience aired at her; not the agent owning a wait", () => {
    expect(fires("Could you hurry up a bit? I've got a queue of people waiting.", "rude-my-time")).toBe(true);
    expect(fires("Madam, I've got forty people waiting, can we just get to the point?", "rude-my-time")).toBe(true);
    expect(fires("I can't speed up the bank, I'm afraid, but the refund leaves us today.", "rude-my-time")).toBe(false);
    expect(fires("Sorry about the queue, we've had a lot of calls this morning.", "rude-my-time")).toBe(false);
  });
  it("remarks about the customer as a person; not praise", () => {
    expect(fires("you're the one wasting my time tbh", "rude-about-you")).toBe(true);
    expect(fires("says the guy who can't find his own parcel", "rude-about-you")).toBe(true);
    expect(fires("Honestly, with customers like you it's no wonder drivers don't hang about.", "rude-about-you")).toBe(true);
    expect(fires("You're the one who knows how you use it, so which plan suits you better?", "rude-about-you")).toBe(false);
  });
  it("scoffing; not a plain 'what did you expect to see on the bill?' question about her expectation", () => {
    expect(fires("Compensation? For an estimated bill? Get real.", "rude-get-real")).toBe(true);
    expect(fires("Free months? Come on, we're not a charity.", "rude-get-real")).toBe(true);
    expect(fires("What were you expecting the upgrade to do?", "rude-get-real")).toBe(false);
    expect(fires("I don't think you're being unreasonable at all.", "rude-get-real")).toBe(false);
  });
  it("a sarcastic tag after a retort; not an empathic tag", () => {
    expect(fires("I'm not Dean, am I", "rude-tag-retort")).toBe(true);
    expect(fires("That's not really our problem though, is it? Everyone's skint.", "rude-tag-retort")).toBe(true);
    expect(fires("It's not just the money, is it.", "rude-tag-retort")).toBe(false);
    expect(fires("That's not been an easy week for you, it's been stressful, hasn't it?", "rude-tag-retort")).toBe(false);
  });
  it("mockery: mock fear, mock compliance, 'even my nan can do it'; not 'I hear you loud and clear'", () => {
    expect(fires("Oh, a one-star review, I'm terrified.", "rude-mock")).toBe(true);
    expect(fires("No offers. Got it. Loud and clear.", "rude-mock")).toBe(true);
    expect(fires("It's not hard, even my nan can do it.", "rude-mock")).toBe(true);
    expect(fires("I hear you loud and clear, and I'm going to fix it.", "rude-mock")).toBe(false);
    expect(fires("My colleague can do that for you this afternoon.", "rude-mock")).toBe(false);
  });
});

describe("dismissive: comparing her with others, the futility of her reaction", () => {
  it("everyone else copes / everyone waits; not a fact about a shared fault", () => {
    expect(fires("Well, it's a pretty simple setting, most people manage it fine.", "dis-others-manage")).toBe(true);
    expect(fires("Look, everybody loses someone. Let's just get on with the account.", "dis-others-manage")).toBe(true);
    expect(fires("Other customers were affected by the same outage, and we're crediting everyone.", "dis-others-manage")).toBe(false);
  });
  it("'shouting won't make it come faster'; not 'the refund won't change your credit score'", () => {
    expect(fires("shouting won't make the van come faster", "dis-wont-change")).toBe(true);
    expect(fires("Threatening reviews won't get you anywhere with me.", "dis-wont-change")).toBe(true);
    expect(fires("The refund won't change your credit score, and it leaves us today.", "dis-wont-change")).toBe(false);
  });
});

describe("blame: the customer's might-have-been, and an apology that turns to fault", () => {
  it("'if you'd sent it…, it would've…'; not 'if you'd like, I can…'", () => {
    expect(fires("would've saved you the call if you'd sent it in when you posted it", "blame-if-youd")).toBe(true);
    expect(fires("If you'd sent us readings yourself we wouldn't have had to estimate.", "blame-if-youd")).toBe(true);
    expect(fires("If you'd like, I can send the label now so you won't have to wait.", "blame-if-youd")).toBe(false);
    expect(fires("If you'd rather, I'll ring you back at five.", "blame-if-youd")).toBe(false);
  });
  it("'I'm sorry… Mind you, you were meant to…' keeps both apology and blame; an owned fault does not", () => {
    const hit = (t: string) => analyse(t).hits.find((h) => h.rule.id === "blame-sorry-but");
    const h = hit("I'm sorry it's come as such a shock. Mind you, you were meant to keep the receipt and send it to us.");
    expect(h?.rule.keepsWith).toBe("apology");
    expect(hit("I'm sorry, but the factory people are the ones who put the wrong seal in.")).toBeDefined();
    // near-misses: the apology owns the fault; a "but" that goes on to the fix
    expect(hit("I'm sorry, this one's on our side. Your router reached us but the warehouse never scanned it.")).toBeUndefined();
    expect(hit("I'm sorry about the wait, but I've refunded the £34.99 and you'll see it in 3 to 5 days.")).toBeUndefined();
    // no apology, no pair to keep apart
    expect(hit("Mind you, you were meant to keep the receipt.")).toBeUndefined();
  });
});

describe("solution: a fix said as done with 'taken off'", () => {
  it("fires on the fix done; not on a question, a condition or a fee that could come back", () => {
    expect(fires("Right, that's the £59.98 taken off.", "sol-taken-off")).toBe(true);
    expect(fires("I've taken the fee off and the money's on its way back to your card.", "sol-taken-off")).toBe(true);
    expect(fires("Has that been taken off?", "sol-taken-off")).toBe(false);
    expect(fires("After taking the fee off, the balance is £84.40.", "sol-taken-off")).toBe(false);
    expect(fires("I'd rather not promise you something that gets taken off later.", "sol-taken-off")).toBe(false);
  });
});
