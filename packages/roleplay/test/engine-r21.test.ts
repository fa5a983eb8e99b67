import { describe, expect, it } from "vitest";
import { simulate } from "../src/simulate";

/**
 * Engine round 21: the persistent-abuse caller "digs in rather than backs off" when warned (the persona), and the
 * scenario's own branching says a second warning teaches him the limit is not real. Before this round a second warning
 * after the first one stood a turn was read as the turn he stops for: tension fell 80 → 27 and he said "Point taken", so the
 * ending that follows was an ending with nothing to end. Now a limit said again leaves him abusing, and the agent ends the
 * call properly (outcome `ended`, passed). A turn of help after the one warning, with no second warning, is still when he
 * stops (the recovery the dev calls expect), and the abusive-caller scenario keeps its one turn of grace. The lines are
 * worded for the test.
 */
const OPEN = "Craig, I'm sorry your drill hasn't turned up when you need it for work. I'm looking at the delivery now.";
const WARN = "Craig, I want to find your drill and I'm opening a missing-parcel claim now. I won't carry on if the name-calling continues, so please leave that out.";
const END = "I did ask you to stop the insults, so I'm ending this call now. Your claim is open, and a supervisor will call you back later today, or you can ring us back when you're ready.";
const SEEDS = [1, 2, 7];

describe("round 21: a second warning does not stop the persistent abuser; the agent ends the call properly", () => {
  it.each([
    "Please, I've asked you nicely. Last chance, or I really will have to end the call this time.",
    "Craig, I've already asked you to stop the insults. Please stop calling me names.",
    "I need you to stop swearing at me, I've said that once already.",
    "Once again, I won't be spoken to like that. Please keep it civil.",
    "Mr Dunn, I'm asking you again to stop the personal remarks.",
    "This is your final warning: any more abuse and the call ends.",
    "Again, please, no more name-calling, or I'll have to hang up.",
    "I'll say it one more time: the language needs to stop.",
    "Craig, I've asked you once to drop the insults. I've opened your claim; please keep it to the drill.",
  ])("%s", (again) => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, WARN, again, END], seed });
      // he is still abusing after the second warning
      expect(r.tensionTimeline[3], `seed ${seed}`).toBeGreaterThanOrEqual(70);
      expect(r.customerLines[2], `seed ${seed}`).not.toMatch(/point taken|i heard you|keep it civil|get it sorted/i);
      expect(r.outcome, `seed ${seed}`).toBe("ended");
      expect(r.endedProperly, `seed ${seed}`).toBe(true);
      expect(r.passed, `seed ${seed}`).toBe(true);
    }
  });
  // look-alikes: after the one warning, a turn of help with no second warning is when he stops
  it.each([
    "Thank you. I've opened a missing-parcel claim; the depot checks the photo and GPS, and the sender refunds or resends within 2 working days.",
    "Thanks for keeping it civil. The claim's open, and the depot checks the photo within 2 working days.",
    "I need you to confirm your postcode, then I'll open the missing-parcel claim straight away.",
  ])("look-alike, he stops: %s", (help) => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, WARN, help], seed });
      expect(r.tensionTimeline[3], `seed ${seed}`).toBeLessThan(70);
    }
  });
  it("the abusive caller (billing) keeps the one turn of grace: a bad first turn does not end the call", () => {
    const r = simulate({ scenario: "abusive-caller", turns: ["Calm down, you're being ridiculous.", "I'm sorry, that was out of line. I can see the estimated bill and I can correct it with a reading from you."], seed: 1 });
    expect(r.customerLines).toHaveLength(2);
    expect(r.tensionTimeline[1]).toBeLessThan(100);
  });
});
