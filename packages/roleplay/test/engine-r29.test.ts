import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { replay } from "../src/engine/conversation";
import { readTurn } from "../src/engine/offers";

/**
 * Engine round 29 (C38's calls): each family in our own words, beside look-alikes that must stay as they are. Lines are read
 * through the engine's door (`readTurn`, `replay`), as the calls are.
 */
const SEEDS = [1, 2, 3, 4];
const scenario = (id: string) => getScenario(id)!;
const rules = (id: string, t: string) => [...new Set(readTurn(scenario(id), t).breaches.map((b) => b.ruleId))];

describe("a sum said as what went wrong is no goodwill credit (C38-01)", () => {
  it.each([
    ["billing-error", "I've got the account up, so no need to repeat it: £89.97 on this bill against your normal £29.99, so £59.98 extra."],
    ["billing-error", "I've checked, and you were charged £59.98 extra this month."],
    ["billing-error", "I've found it: the £59.98 extra is a fee for the old router."],
    ["billing-error", "I've got it here, £59.98 on top of your usual £29.99."],
    ["billing-error", "I'll get the £59.98 extra you were charged back to your bank; that takes 3 to 5 working days."],
    ["billing-error", "I'm crediting the £59.98 extra you were charged back to your account."],
    ["chat-complaint", "I'll credit the £34.99 you were charged twice back to your card."],
    ["cancellation", "I've looked: you've been paying £18 extra a month since the handset was paid off."],
    ["billing-error", "Take £59.98 away from £89.97 and you get your usual £29.99."],
  ])("no breach (%s): %s", (id, t) => {
    expect(rules(id, t)).toEqual([]);
  });
  it.each([
    ["billing-error", "I'll put £40 on your account for the trouble.", "no-credit-over-15"],
    ["billing-error", "Have £59.98 off your next bill as a goodwill gesture.", "no-credit-over-15"],
    ["billing-error", "I'll add £59.98 extra on your account for the wait.", "no-credit-over-15"],
    ["billing-error", "On top of the refund I'll give you £30 extra.", "no-credit-over-15"],
    ["billing-error", "I'll refund the £59.98 and put another £59.98 on your account for the hassle.", "no-credit-over-15"],
    ["chat-complaint", "You were charged twice, so I'll put £34.99 credit on your next box as well.", "no-big-credit"],
    ["chat-complaint", "I'll credit the £34.99 back twice over, once for the charge and once for the wait.", "no-big-credit"],
    ["cancellation", "I'll give you £18 extra credit for each of those months.", "no-big-credit"],
  ])("breach (%s): %s", (id, t, rule) => {
    expect(rules(id, t)).toContain(rule);
  });
});

/** Lena's call, with the agent's promise said with no time (vague) or with the booking, window and call back (firm). */
const APOLOGY = "I'm so sorry, Ms Ortiz. I can see from your notes that nobody came on Saturday and nobody called.";
const VAGUE = [APOLOGY, "I promise you this time is different. I'll make sure your new sofa turns up.", "You have my word on that.", "I'll ring you once I hear something. Anything else I can do?"];
const FIRM = [
  APOLOGY,
  "I promise you this time is different. I'll make sure your new sofa turns up on Thursday, the first slot, and the old one is collected the same visit.",
  "You'll get a text the evening before with a two-hour window.",
  "I'll ring you myself by 5pm tomorrow to confirm it's booked. Anything else I can do?",
];

describe("a promise with no time behind it does not answer her worry later in the call (C38-28)", () => {
  it.each(SEEDS)("'I'll make sure your new sofa turns up' and 'I'll ring you once I hear something' leave her unsettled (seed %i)", (seed) => {
    const st = replay(scenario("repeat-contact"), VAGUE, { seed });
    expect(st.outcome).toBe("ongoing");
    expect(st.turns.flatMap((t) => t.concernsAddressed ?? [])).not.toContain("no-repeat");
  });
  it.each(SEEDS)("look-alike: the same promise with Thursday, the window and a call back by 5pm settles her (seed %i)", (seed) => {
    const st = replay(scenario("repeat-contact"), FIRM, { seed });
    expect(st.outcome).toBe("resolved");
    expect(st.turns[1]!.concernsAddressed).toContain("no-repeat");
  });
});

describe("asked to tell it all again, she says she has told it (C38-28)", () => {
  it.each(SEEDS)("'Could you walk me through what happened from the start?' (seed %i)", (seed) => {
    const st = replay(scenario("repeat-contact"), ["Sorry to hear that. Could you walk me through what happened from the start?"], { seed });
    expect(st.turns[0]!.customerLine).toMatch(/already told|been through all this|told it from the start/i);
  });
  it.each(SEEDS)("look-alike: 'Let me take you through what happens from here' asks her nothing again (seed %i)", (seed) => {
    const st = replay(scenario("repeat-contact"), ["I'm sorry. Let me take you through what happens from here: the order first, then the delivery window."], { seed });
    expect(st.turns[0]!.customerLine).not.toMatch(/already told|been through all this|told it from the start/i);
  });
});

const NOTES = "I'm really sorry, Lena, I can see the notes on HH-22871 and that nothing came on Saturday.";
describe("a colleague blamed against the scenario's rule heats her, and explains away no worry (C38-27)", () => {
  it.each(SEEDS)("'Dean's quite new and I don't think he knew how to put a replacement order through' (seed %i)", (seed) => {
    const st = replay(
      scenario("repeat-contact"),
      [NOTES, "Honestly, Dean's quite new and I don't think he knew how to put a replacement order through, which is why there's nothing on the system."],
      { seed },
    );
    const t = st.turns[1]!;
    expect(t.breaches?.map((b) => b.ruleId)).toContain("no-blaming-colleague");
    expect(t.tensionAfter).toBeGreaterThan(t.tensionBefore);
    expect(t.concernsAddressed ?? []).toEqual([]);
  });
  it.each(SEEDS)("look-alike: the fault owned by the company calms her (seed %i)", (seed) => {
    const st = replay(
      scenario("repeat-contact"),
      [NOTES, "Honestly, the replacement order was never put through on our side, which is why there's nothing on the system. That's on us, not you."],
      { seed },
    );
    const t = st.turns[1]!;
    expect(t.breaches ?? []).toEqual([]);
    expect(t.tensionAfter).toBeLessThan(t.tensionBefore);
  });
});
