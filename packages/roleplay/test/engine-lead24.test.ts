import { getScenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { startConversation, takeTurn } from "../src/engine/conversation";
import { simulate } from "../src/simulate";

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

/**
 * Lead, round 24: an abusive call's ending said over two turns. The turn that announces it, after the warning he abused
 * through, with no way back and no goodbye yet, has not hung up; the next turn finishes it with the way back or a goodbye.
 * Found by the dev call C29-persistent-abuse-4 (a good call that failed with 50: "no way back"); these turns are the lead's.
 */
describe("an ending said over two turns", () => {
  // (he digs in when warned, and again when warned twice: round 21's persona)
  const OPEN = "Mr Dunn, a parcel marked delivered that never reached you is maddening, and I'm going to get it traced for you.";
  const WARN = "I want to sort your drill out and I'm opening a missing-parcel claim now, but I won't carry on if the name-calling continues.";
  const AGAIN = "I've asked you once already to drop the insults. Please keep it to the drill.";
  it.each([
    ["The insults have carried on, so I'm going to end the call now. That's not me dropping your drill: the claim is open.", "A supervisor will ring you back this afternoon, and you can call us any time with the claim number. Goodbye, Mr Dunn."],
    ["As I said, I can't continue with the abuse, so I'm ending this call. Your claim stays open, though.", "The depot checks the photo. You can ring us back when you're ready and quote the claim. Take care."],
    ["I'm going to close the call here, Mr Dunn, because the swearing hasn't stopped. The claim is open.", "If you call back later, anyone can pick it up from the claim number in your text. Thanks, goodbye."],
  ])("%s / %s", (announce, finish) => {
    for (const seed of [1, 2, 7]) {
      const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, WARN, AGAIN, announce, finish], seed });
      expect(r.outcome, `seed ${seed}: ${r.verdict}`).toBe("ended");
      expect(r.endedProperly, `seed ${seed}`).toBe(true);
      expect(r.turnsScored).toBe(5);
    }
  });
  it("look-alike: the announcement alone, with nothing after it, leaves the call unended and unpassed", () => {
    const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, WARN, AGAIN, "The insults have carried on, so I'm going to end the call now. The claim is open."], seed: 1 });
    expect(r.outcome).not.toBe("ended");
    expect(r.passed).toBe(false);
  });
  it("look-alike: an announcement that closes on a goodbye with no way back is an improper ending at once", () => {
    const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, WARN, AGAIN, "The insults have carried on, so I'm going to end the call now. The claim is open. Goodbye."], seed: 1 });
    expect(r.outcome).toBe("ended");
    expect(r.endedProperly).toBe(false);
    expect(r.passed).toBe(false);
  });
  it("look-alike: with no warning before, the announcement ends the call at once, improperly", () => {
    const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, "I'm going to end the call now.", "A supervisor will ring you back this afternoon. Goodbye."], seed: 1 });
    expect(r.outcome).toBe("ended");
    expect(r.endedProperly).toBe(false);
    expect(r.turnsScored).toBe(2);
  });
});

describe("an announcement that is the turn's last words is the hang-up itself", () => {
  it("after the warning he abused through, 'so I'm ending this call now.' with no way back ends at once, improperly", () => {
    const OPEN = "Mr Dunn, a parcel marked delivered that never reached you is maddening, and I'm going to get it traced for you.";
    const WARN = "I want to sort your drill out and I'm opening a missing-parcel claim now, but I won't carry on if the name-calling continues.";
    const AGAIN = "I've asked you once already to drop the insults. Please keep it to the drill.";
    const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, WARN, AGAIN, "The claim is open. The insults have carried on, so I'm ending this call now."], seed: 1 });
    expect(r.outcome).toBe("ended");
    expect(r.endedProperly).toBe(false);
    expect(r.passed).toBe(false);
  });
});
