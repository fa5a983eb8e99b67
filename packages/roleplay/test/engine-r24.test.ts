import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { simulate } from "../src/simulate";
import { choicePut, goesAheadWith } from "../src/engine/choice";
import { readTurn } from "../src/engine/offers";
import { replay } from "../src/engine/conversation";

/**
 * Engine round 24. (1) A choice put to her is no fix until the agent goes ahead with one of its remedies: a call whose only
 * remedy is a menu read aloud (G2-refund-demand-1: the guarantee's three options, then "reply to the confirmation email and
 * the team will action it") does not resolve, and she picks one and asks for it to be done and when; a good call that puts
 * the choice and then books the one she picked resolves as before.
 */
const coffee = getScenario("refund-demand")!;
const sorry = "I'm sorry you've emailed twice and heard nothing back. That shouldn't have happened. Can I take your order number?";
const window = "Thank you. The purchase was 33 days ago, so the 30-day no-questions window has closed, but the machine is covered by a 12-month guarantee.";
const menu =
  "Under the guarantee the options are: a replacement by next-day courier if we order before 4 p.m.; a refund within 5 working days of the faulty machine being collected; or a manufacturer repair, within 10 working days. Which would you prefer?";

describe("round 24 (1): a choice with no follow-through does not resolve the call", () => {
  it.each([
    ["left to her by email", "Great. Once you've decided for sure, just reply to the confirmation email and the team will sort it."],
    ["the menu said again", "Any of those options is available to you under the guarantee."],
    ["a goodbye", "Right, that's everything from me. Thanks for calling."],
  ])("menu, then %s: ongoing, and she asks for hers to be done", (_why, last) => {
    for (const seed of [1, 2, 7]) {
      const r = simulate({ scenario: "refund-demand", turns: [sorry, window, menu, last], seed });
      expect(r.outcome, `seed ${seed}`).toBe("ongoing");
      expect(r.passed).toBe(false);
      // (she picked at the menu, the option that meets Saturday, and asks for it when nothing is done)
      expect(r.customerLines[2]).toMatch(/^The replacement, please\./);
      expect(r.customerLines[3]).toMatch(/replacement/i);
      expect(r.customerLines[3]).not.toMatch(/straight with me|won't be writing/);
    }
  });
  it.each([
    ["named, with the day", "I've booked the replacement for tomorrow by next-day courier, and they'll collect the faulty one at the same delivery, so you'll have it well before Saturday."],
    ["pointed back at", "Lovely, I'll get that ordered now. It'll be with you tomorrow, and the courier takes the old one away at the same time."],
  ])("menu, she picks, the agent goes ahead (%s): resolved", (_why, last) => {
    for (const seed of [1, 2, 7]) {
      const r = simulate({ scenario: "refund-demand", turns: [sorry, window, menu, last], seed });
      expect(r.outcome, `seed ${seed}: ${r.customerLines.join(" | ")}`).toBe("resolved");
      expect(r.passed).toBe(true);
    }
  });
  it("one remedy done with the other left open in the same turn resolves: a definite remedy, and an alternative", () => {
    const r = simulate({
      scenario: "refund-demand",
      turns: [
        sorry,
        window,
        "I've ordered a replacement for tomorrow by next-day courier, and it'll collect the faulty one at the same time. If you'd rather have a refund instead, that's 5 working days after collection, just say.",
      ],
      seed: 1,
    });
    expect(r.outcome).toBe("resolved");
  });
  it("the G2 call's menu puts three remedies; a booking of one goes ahead, the menu said again does not", () => {
    const put = choicePut(coffee, menu, readTurn(coffee, menu));
    expect(new Set(put)).toEqual(new Set(["express-replacement", "refund-after-collection", "repair"]));
    const go = (t: string, hers?: string) => [...goesAheadWith(coffee, t, readTurn(coffee, t), put, hers)];
    expect(go("I've booked the replacement for tomorrow.")).toEqual(["express-replacement"]);
    expect(go("Lovely, I'll get that sorted now.", "express-replacement")).toEqual(["express-replacement"]);
    expect(go("Any of those options is available to you under the guarantee.")).toEqual([]);
    expect(go("Once you've decided which you'd prefer, reply to the email and the team will action it.", "express-replacement")).toEqual([]);
    expect(go("Would you like me to book the replacement?")).toEqual([]);
    // (steps on a phone, "Settings, then Phone or Connections", put no choice between remedies)
    const cancel = getScenario("cancellation")!;
    const steps = "I can switch it on for your account now; on your phone it's Settings, then Phone or Connections, then Wi-Fi Calling, turn it on.";
    expect(choicePut(cancel, steps, readTurn(cancel, steps))).toEqual([]);
  });
});

/**
 * (2) Naming the matter she is angry about is not engaging with it. A turn whose moves rest only on a topic's name ("the
 * machine", "the router", "the sales chat", her language) and that does nothing with the call (no remedy offered or
 * explained, no time or sum, no fact of hers, none of her words answered beyond that name, no question that brought out
 * her story) earns no substance credit; a turn that names the matter and does something with it keeps its credit.
 */
const engagedIn = (scenario: string, turns: string[], at: number) => Object.fromEntries((replay(getScenario(scenario)!, turns, { seed: 1 }).turns[at]!.credits ?? []).map((c) => [c.label, c.engaged]));

describe("round 24 (2): a turn that only names what she is angry about does not engage", () => {
  it.each([
    ["refund-demand", "I'm so sorry about the machine."],
    ["refund-demand", "Hello, I'm sorry to hear about the coffee machine."],
    ["refund-demand", "I completely understand how upsetting this machine has been."],
    ["billing-error", "I understand, madam. I will raise a ticket with the returns team so they can investigate the router."],
    ["misled-features", "I understand about the sales chat. I'm sorry about that."],
    ["abusive-caller", "I'm sorry, sir. I can raise a meter query and the team will look into it."],
  ])("%s: %s", (scenario, turn) => {
    const credits = engagedIn(scenario, [turn], 0);
    expect(Object.keys(credits).length).toBeGreaterThan(0);
    expect(
      Object.values(credits).every((e) => e === false),
      JSON.stringify(credits),
    ).toBe(true);
  });
  it.each([
    // (her worry, a time or her words answered beside the matter's name)
    ["refund-demand", "I'm so sorry about the machine, and with the party on Saturday too.", "apology"],
    ["refund-demand", "I'm sorry the machine leaked, and that your two emails went unanswered.", "apology"],
    ["refund-demand", "I'm sorry about the machine. I can send a replacement by next-day courier tomorrow.", "apology"],
    ["billing-error", "I'm sorry about the router charge. I've taken the £59.98 off your bill today.", "apology"],
  ])("look-alike that does something, keeps its credit: %s: %s", (scenario, turn, label) => {
    expect(engagedIn(scenario, [turn], 0)[label]).toBe(true);
  });
  it("a call that only names the matter every turn earns no composure or clarity credit for it", () => {
    const r = simulate({
      scenario: "refund-demand",
      turns: ["I'm so sorry about the machine.", "I completely understand how upsetting the machine has been.", "I'm sorry about the coffee machine, truly.", "I understand about the machine."],
      seed: 1,
    });
    expect(r.passed).toBe(false);
    const composure = r.criteria.find((c) => c.id === "composure-boundaries")!;
    expect(composure.points).toBe(0);
  });
});
