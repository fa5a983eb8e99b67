import { getScenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { startConversation, takeTurn } from "../src/engine/conversation";

/**
 * Lead, round 24: a next step handed on for later with no time of its own ("the delivery team will contact you to arrange
 * a date") is the promise the repeat caller had last time; it does not deal with her worry that this time will be no
 * different (scenario repeat-contact, concern "no-repeat": a booked day, a window, a named person). Found by the dev call
 * C29-repeat-contact-4, which passed with 88; the lines below are the lead's own paraphrases.
 */
const scenario = getScenario("repeat-contact")!;
const OPENING = "I'm so sorry, you were promised Saturday and a call back and neither happened. I've read the notes from your last two calls, so you won't have to explain again.";
function worryMetAfter(turn: string): boolean {
  let s = startConversation(scenario, { seed: 1 });
  s = takeTurn(scenario, s, OPENING).state;
  s = takeTurn(scenario, s, turn).state;
  return s.concernsMet[scenario.engine.concerns.findIndex((c) => c.id === "no-repeat")]!;
}

describe("a vague next step with no time does not settle the repeat caller's worry", () => {
  it.each([
    "I'll raise a request for a replacement and the delivery team will contact you to arrange a date.",
    "I'll put a request in for a new sofa and someone from deliveries will be in touch to arrange a day.",
    "I've asked for a replacement sofa, and the delivery team will get back to you about when.",
    "I'll log the replacement and the delivery people will contact you about a delivery slot as soon as possible.",
  ])("%s", (turn) => {
    expect(worryMetAfter(turn)).toBe(false);
  });
  it.each([
    "I've booked your replacement sofa for Thursday, and the delivery team will text you a two-hour window the night before.",
    "The new sofa is booked in for Thursday between 8 and 10, and I'll ring you myself at 5pm tomorrow to confirm it.",
  ])("but a booked day does: %s", (turn) => {
    expect(worryMetAfter(turn)).toBe(true);
  });
});
