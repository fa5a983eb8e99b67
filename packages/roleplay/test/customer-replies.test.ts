import { getScenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { replay } from "../src/engine/conversation";

/**
 * The customer answers what the agent's turn actually did (engine round 4): the most salient thing
 * first, never a line she already said, never words the agent did not say.
 */
const play = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed });
const lines = (scenario: string, turns: string[], seed = 1) => play(scenario, turns, seed).turns.map((t) => t.customerLine);

describe("the customer answers what the agent did", () => {
  it("a promise the policy forbids, made after the fix, gets a reaction to that promise, not a sign-off", () => {
    const turns = [
      "I'm really sorry about the wait and the shock of that bill, after six years with us you deserve better. That extra £59.98 is an equipment fee for the old router, which you sent back, so I've removed it and I'm sending the refund back to your card.",
      "Refunds go back in 3 to 5 working days, so it'll be back before your rent on Friday.",
      "And for all the trouble, I'll give you three free months on top.",
    ];
    const last = lines("billing-error", turns).at(-1)!;
    expect(last).toMatch(/free months/i);
  });

  it("a request for her account number gets her details, not a stock complaint", () => {
    for (const seed of [1, 2, 7]) expect(lines("billing-error", ["Can I take your account number please?"], seed)[0]).toMatch(/SW4 4817/);
    expect(lines("policy-exception", ["Can I take your membership number?"])[0]).toMatch(/20417/);
  });

  it("a turn with nothing in it is answered by pressing for her need by name", () => {
    const [reply] = lines("refund-demand", ["Let me check the order."]);
    expect(reply).toMatch(/machine|refund|replacement/i);
    const [billing] = lines("billing-error", ["Let me have a look at the account."]);
    expect(billing).toMatch(/£59\.98|sixty|charge|going to do/i);
  });

  it("a repair offered to a man who refused one is answered about the repair", () => {
    for (const seed of [1, 2, 7]) expect(lines("refund-demand", ["I'm sorry. I can arrange a repair."], seed)[0]).toMatch(/repair/i);
  });

  it("a first policy refusal is not met with 'I heard you the first time', and 'calm down' is only objected to when said", () => {
    const all = [
      ...lines("policy-exception", ["Rules are rules, I can't make exceptions."]),
      ...lines("policy-exception", ["I'm afraid annual memberships are non-refundable."]),
      ...lines("billing-error", ["Honestly, you people ring up screaming over nothing. It's pathetic."]),
    ];
    for (const l of all) {
      expect(l).not.toMatch(/first time/i);
      expect(l).not.toMatch(/calm down/i);
    }
  });

  it("a salad of technique words is answered as a script", () => {
    const [reply] = lines("billing-error", ["options either or which prefer solution fixed"]);
    expect(reply).toMatch(/card|said that|screen|already/i);
  });

  it("she never says the same line twice in a call, however often the agent repeats itself", () => {
    for (const scenario of ["billing-error", "refund-demand", "policy-exception", "misled-features", "abusive-caller"]) {
      for (const seed of [1, 2]) {
        const said = lines(scenario, Array(6).fill("I completely understand how frustrating this must be for you."), seed);
        expect(new Set(said).size, `${scenario} seed ${seed}: ${said.join(" | ")}`).toBe(said.length);
      }
    }
  });

  it("the money is back 'before Friday' only when the agent said Friday", () => {
    const [, second] = lines("billing-error", [
      "I'm so sorry, that's a horrible shock after a long wait. That £59.98 is an equipment fee for a router you returned.",
      "I've removed the equipment fee and the money will be back on your card within 3 to 5 working days.",
    ]);
    // (her own worry about Friday, counted from the call day, is hers to raise: "…next Monday at the earliest. My rent
    // goes out on Friday, so it won't be there in time." What she may not do is take it as back before Friday.)
    expect(second).not.toMatch(/before friday|by friday/i);
  });

  it("the same seed gives the same replies", () => {
    const turns = ["Let me check the order.", "I can arrange a repair.", "Is there anything else?"];
    expect(lines("refund-demand", turns, 5)).toEqual(lines("refund-demand", turns, 5));
  });
});
