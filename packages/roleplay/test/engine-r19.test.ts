import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { assessTurn } from "../src/engine/substance";
import { simulate } from "../src/simulate";

/**
 * Engine round 19: an abusive call ended in other everyday words ("I'm going to stop the call here", "I'm putting the
 * phone down now") after a warning, with a way back, is the allowed ending (the `end-call` topic's terms in
 * packages/content, shared by every scenario that lets the agent end the call). C21's good call
 * C21-persistent-abuse-4 ended with "stop the call here" and was left ongoing. The lines are worded for the test.
 */
const SEEDS = [1, 2];
const OPEN = "Mr Dunn, I'm sorry the drill hasn't arrived when you've a job on. I've opened a missing-parcel claim on your order, so the depot will check the driver's photo and the GPS.";
const TIMING = "The check takes up to two working days, then the sender refunds or resends. I can't make it quicker, and I won't pretend I can.";
const WARN = "I want to help you with this, but I won't carry on while I'm being sworn at. If it continues I'll end the call.";
const WAY_BACK = "The claim's open, and a supervisor will ring you later today when you're calmer, or you can ring us back any time.";

describe("round 19: the call ended after a warning, in other words", () => {
  it.each([
    `Right, I'm going to stop the call here. ${WAY_BACK}`,
    `Okay, I'm putting the phone down now. ${WAY_BACK}`,
    `I'm going to stop this call now. ${WAY_BACK}`,
  ])("%s", (end) => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, TIMING, WARN, end], seed });
      expect(r.outcome, `seed ${seed}`).toBe("ended");
      expect(r.passed, `seed ${seed}`).toBe(true);
    }
  });
  // look-alikes: the same words as a condition (a warning, not an ending), or stopping the customer, not the call
  it.each([
    `If this carries on I'll stop the call here. ${WAY_BACK}`,
    `I'll stop the call here if you keep swearing. ${WAY_BACK}`,
    `Let me stop you there: ${WAY_BACK}`,
  ])("not an ending: %s", (end) => {
    const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, TIMING, WARN, end], seed: 1 });
    expect(r.outcome).not.toBe("ended");
  });
});

/**
 * Expectation is "what will happen next and when, with a concrete timeframe"; its mistake is "'soon' … with no real
 * timeframe". A time only guessed at beside the "soon" ("ASAP, probably early next week", "hopefully by Thursday") is
 * no timeframe either (C21-repeat-contact-1, a gaming call, resolved on "…arrange delivery ASAP, probably early next
 * week"). A time stated, with or without a guess beside it, still is.
 */
const sofa = getScenario("repeat-contact")!;
function expectationCredit(text: string) {
  const ctx = { heard: [sofa.openingLine], said: {}, abusedLast: false, askedBefore: false, offers: [], revealed: [] };
  return assessTurn(sofa, ctx, text, [{ label: "expectation", span: { start: 0, end: text.length, text } }]).credits.find((c) => c.label === "expectation")!;
}

describe("round 19: 'soon' with a time only guessed at is no expectation set", () => {
  it.each([
    "The warehouse should be in touch to arrange delivery as soon as they can, probably early next week.",
    "Someone will sort the delivery ASAP, hopefully by Thursday.",
    "The depot will get the new sofa out to you soon, maybe tomorrow.",
    "They'll be in touch shortly, with any luck next week, to book the delivery.",
    "The warehouse will be in touch in due course, i reckon next week, about the delivery.",
  ])("%s", (text) => {
    expect(expectationCredit(text).engaged).toBe(false);
  });
  it.each([
    "The replacement is booked for Thursday, and you'll get the two-hour window the evening before.",
    "The warehouse will text you the window soon, the evening before Thursday's delivery.",
    "The delivery's booked for Thursday; I'll ring you by 5pm tomorrow, probably sooner, to confirm.",
    "Your delivery should be Thursday, and the window comes by text the night before.",
    "The van comes on Thursday; the text with the window should arrive shortly, probably Wednesday evening.",
  ])("a time stated: %s", (text) => {
    expect(expectationCredit(text).engaged).toBe(true);
  });
});
