import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { replay } from "../src/index";

/**
 * Engine round 8: the persistent abuser "can only be helped once he chooses to stop". A respectful warning (the
 * taxonomy's boundary: a calm limit on the abuse, no pitfall, a way forward) gives him that chance: he digs in
 * once, which lets the agent end the call properly, and if the agent goes on helping instead he stops, help works
 * again and the call can resolve once his needs are met. No warning, a rude or cold one, or one stuffed into a
 * script of technique names, gives him no chance. Wording of our own, not the dev calls'.
 */
const craig = getScenario("persistent-abuse")!;
const SEEDS = [1, 2, 7, 99];
const play = (turns: string[], seed = 1) => replay(craig, turns, { seed });
const insults = craig.lines.angrier.flatMap((l) => (typeof l === "object" && l.abusive ? [l.text] : []));

const warning = "Mr Dunn, I'd like to get your drill sorted, and I can't do that while you're calling me names. If we stick to the parcel, I'll start on it now.";
const claim = "I've opened a missing-parcel claim for you, so the depot will check the driver's photo and GPS against your address.";
const thursday = "The sender is told to refund or resend within 2 working days of the depot's check. I know Thursday's the job, and I won't promise it sooner than that.";
const supervisor = "I can also have a supervisor call you later today to go through where the claim has got to.";

describe("a respectful warning gives him the chance to choose to stop", () => {
  it("he digs in once after the warning, then stops when the agent goes on helping, and the call resolves", () => {
    for (const seed of SEEDS) {
      const st = play([warning, claim, thursday, supervisor], seed);
      expect(st.turns[0]!.tensionAfter, `seed ${seed}`).toBeGreaterThanOrEqual(70); // the warning alone does not calm him
      expect(st.abuse.afterWarning, `seed ${seed}`).toBeGreaterThan(0); // he answered it with abuse
      expect(st.turns[1]!.tensionAfter, `seed ${seed}: ${st.turns[1]!.customerLine}`).toBeLessThanOrEqual(35);
      expect(st.abuse.stopped, `seed ${seed}`).toBe(true);
      expect(st.outcome, `seed ${seed}: ${st.turns.map((t) => t.customerLine).join(" / ")}`).toBe("resolved");
      // once he has stopped he does not swear again, not even with an insult that answers the turn's words
      for (const t of st.turns.slice(1)) expect(insults.some((i) => t.customerLine.includes(i)), `seed ${seed}: ${t.customerLine}`).toBe(false);
    }
  });
  it("the turn he stops, the two working days he hates to hear draw no insult from him", () => {
    for (const seed of SEEDS) {
      const st = play([warning, `${claim} ${thursday}`, supervisor], seed);
      expect(st.abuse.stopped, `seed ${seed}`).toBe(true);
      for (const t of st.turns.slice(1)) expect(insults.some((i) => t.customerLine.includes(i)), `seed ${seed}: ${t.customerLine}`).toBe(false);
    }
  });
  it("a caller who keeps abusing after the warning can still be ended properly", () => {
    const end = "I did ask you to stop the insults, so I'm going to end this call now. Your claim can be opened when you call us back, whenever you're ready.";
    for (const seed of SEEDS) {
      const st = play([warning, end], seed);
      expect(st.outcome, `seed ${seed}`).toBe("ended");
      expect(st.turns[1]!.endedProperly, `seed ${seed}`).toBe(true);
    }
  });
});

describe("without a respectful warning he never chooses to stop", () => {
  const help = [claim, thursday, supervisor, "Your claim reference is in a text to you now."];
  it("a call that helps but never sets a limit does not resolve", () => {
    for (const seed of SEEDS) {
      const st = play(help, seed);
      expect(st.abuse.stopped ?? false, `seed ${seed}`).toBe(false);
      expect(st.outcome, `seed ${seed}`).not.toBe("resolved");
      expect(st.tension, `seed ${seed}`).toBeGreaterThanOrEqual(70);
    }
  });
  /** For every seed he never chooses to stop and the call does not resolve. */
  const neverStops = (turns: string[]) => {
    for (const seed of SEEDS) {
      const st = play(turns, seed);
      expect(st.abuse.stopped ?? false, `seed ${seed}`).toBe(false);
      expect(st.outcome, `seed ${seed}`).not.toBe("resolved");
    }
  };
  it("a rude answer to the abuse earns nothing", () => neverStops(["Maybe if you listened for a second we'd get somewhere. Stop swearing at me.", ...help]));
  it("a cold limit with no way forward earns nothing", () => neverStops(["Stop swearing at me.", ...help]));
  it("a pitfall after the warning takes the chance away", () => {
    const dismissive = "Calm down, it's only a drill. These things happen.";
    expect(play([warning, dismissive]).turns[1]!.labels.some((l) => ["dismissive", "rude", "argue", "blame"].includes(l.label))).toBe(true);
    neverStops([warning, dismissive, ...help]);
  });
  it("boundary words stuffed into a script of technique names earn nothing", () => {
    const stuffed =
      "Boundary: I respectfully set a boundary about your language. Empathy: I understand. Apology: sorry. Ownership: I own it. Solution: claim. Expectation: 2 working days.";
    neverStops([stuffed, stuffed, stuffed, stuffed]);
  });
});
