import { describe, expect, it } from "vitest";
import { getRubric, getScenario } from "@defuse/content";
import { replay } from "../src/engine/conversation";
import { scoreConversation } from "../src/scoring/score";

/**
 * Engine round 13 (issue 11, recovery after an early slip, from author C14: src/eval/data/calls-dev14.json): each kind
 * of error that made a genuine recovery fail, beside a look-alike (a hollow repair, the same slip again, an insult) that
 * keeps its reading. Every line here is worded for the test, not copied from the dev set.
 */
const SEEDS = [1, 2, 7, 99];
const play = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed });
const pitfallsAt = (scenario: string, turns: string[], i: number) => play(scenario, turns).turns[i]!.labels.map((h) => h.label).filter((l) => ["dismissive", "argue", "blame"].includes(l));

describe("the repair is not the slip again", () => {
  const curt = "Mr Cole, you need to calm down before I can do anything.";
  it("'telling you to calm down wasn't fair' after a 'calm down' does not brush him aside again", () => {
    const repair = "Sorry, Mr Cole, telling you to calm down wasn't fair. A bill that size with a payment due tomorrow would worry anyone.";
    expect(pitfallsAt("abusive-caller", [curt, repair], 1)).toEqual([]);
  });
  it("an apology with the slip said again after 'but' is still the slip", () => {
    const again = "Sorry, Mr Cole, telling you to calm down wasn't fair, but you really do need to calm down.";
    expect(pitfallsAt("abusive-caller", [curt, again], 1)).toContain("dismissive");
  });
  it("'actually, that wasn't fair of me' owns the wall before it: no arguing read into it", () => {
    const wall = "The annual plan isn't refundable after 14 days, so there's nothing I can do.";
    const owns = "Actually, that wasn't fair of me. I gave you the rule and nothing more. Can I ask what's behind the move?";
    expect(pitfallsAt("policy-exception", [wall, owns], 1)).toEqual([]);
  });
});

describe("the first slip cannot make the customer hang up; the second can", () => {
  const opening = "I'm sorry the drill hasn't turned up, Mr Dunn. Let me look at the delivery now.";
  const jargon = "It's flagged POD-captured with a geo-tagged scan, so it goes to a non-receipt investigation with the hub.";
  const plain = "Sorry, I used our internal words there. It means the driver marked it delivered and took a photo, and I'll open a claim for you now.";
  it("one jargon turn on a hot abusive call leaves him on the line, for every seed", () => {
    for (const seed of SEEDS) expect(play("persistent-abuse", [opening, jargon, plain], seed).turns[1]!.outcome, `seed ${seed}`).not.toBe("escalated");
  });
  it("the same slip again straight after ends the call", () => {
    const again = "Like I said, it's POD-captured with a geo-tag, so the hub runs a non-receipt investigation.";
    expect(play("persistent-abuse", [opening, jargon, again]).outcome).toBe("escalated");
  });
});

describe("a slip owned in so many words gives back the heat it added", () => {
  const wall = "The annual plan isn't refundable after 14 days, so there's nothing I can do.";
  const tension = (second: string, seed: number) => {
    const t = play("policy-exception", [wall, second], seed).turns;
    return { start: t[0]!.tensionBefore, after: t[1]!.tensionAfter };
  };
  it("owning the wall brings her back below where she was before it; a hollow 'sorry for any inconvenience' does not", () => {
    for (const seed of SEEDS) {
      const owned = tension("Actually, that wasn't fair of me. I gave you the rule and nothing more. Can I ask what's behind the move?", seed);
      const hollow = tension("Sorry for any inconvenience. Can I ask what's behind the move?", seed);
      expect(owned.after, `seed ${seed}`).toBeLessThanOrEqual(owned.start);
      expect(hollow.after, `seed ${seed}`).toBeGreaterThan(hollow.start);
    }
  });
});

describe("the scorer: a slip owned in so many words is repaired", () => {
  const wall = "I'm sorry, the annual plan's non-refundable after 14 days, so there's nothing I can do.";
  const rest = [
    "Oh, I'm sorry to hear about your sister. That's a lot to manage on top of a move. To be straight with you, the annual plan can't be refunded for a move, because it was paid upfront at a lower price than monthly.",
    "We've a club in York, and I can move your membership there at no cost. It has a pool. Or I can transfer the remaining months to someone else once, free, or freeze it for up to three months.",
    "York it is. I've set the transfer up for the week you move, and the confirmation email comes today.",
  ];
  const points = (second: string) => {
    const sc = getScenario("policy-exception")!;
    const s = scoreConversation(sc, getRubric(sc.rubricId)!, play("policy-exception", [wall, second, ...rest]).turns);
    return s.criteria.find((c) => c.evidence.some((e) => e.label === "policy_wall"))!.points;
  };
  it("'that wasn't fair of me, I gave you the rule and nothing else' weighs the wall half; the same turn without it does not", () => {
    const owned = points("Actually, that wasn't fair of me. I gave you the rule and nothing else. Can I ask what's taking you away?");
    const moved = points("Can I ask what's taking you away?");
    expect(owned).toBeGreaterThan(moved);
  });
});

describe("a bare apology straight after her account is sorry for that account", () => {
  const engagedApology = (turn: string) => play("repeat-contact", [turn]).turns[0]!.credits!.some((c) => c.label === "apology" && c.engaged);
  it("'…and nobody came. I'm really sorry.' acknowledges her; 'I'm really sorry.' on its own does not", () => {
    expect(engagedApology("You were promised a replacement on Saturday and a call back, and nobody came. I'm really sorry.")).toBe(true);
    expect(engagedApology("I'm really sorry. How can I help today?")).toBe(false);
  });
});
