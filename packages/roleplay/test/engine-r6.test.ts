import { describe, expect, it } from "vitest";
import { getRubric, getScenario } from "@defuse/content";
import { scoreConversation } from "../src/scoring/score";
import { replay, simulate } from "../src/index";
import { reassuresWithoutCorrecting } from "../src/engine/conversation";
import { assessTurn } from "../src/engine/substance";

/**
 * Engine round 6: good calls by a new author (calls-dev6) that failed on readings the taxonomy does not
 * support. Each case is the definition, tried with its look-alike, in wording of our own.
 */
const widow = getScenario("bereavement")!;
const labelsOf = (scenario: typeof widow, turns: string[], i = turns.length - 1) => replay(scenario, turns, { seed: 1 }).turns[i]!.labels.map((l) => l.label);

describe("arguing is contradicting her, not reassuring her", () => {
  it("a reassurance about what she fears, or disowning doubt of her, argues with no one", () => {
    expect(reassuresWithoutCorrecting("The most important thing first: your line will not be cut off.")).toBe(true);
    expect(reassuresWithoutCorrecting("It isn't that we don't believe your reason.")).toBe(true);
    expect(reassuresWithoutCorrecting("I'm not doubting you for a second.")).toBe(true);
  });
  it("a reassurance that corrects her, or a plain contradiction, still can", () => {
    expect(reassuresWithoutCorrecting("Actually, your line won't be cut off, that's not what the letter says.")).toBe(false);
    expect(reassuresWithoutCorrecting("No, that's not what I said.")).toBe(false);
    expect(reassuresWithoutCorrecting("It isn't that we don't believe you, but you're wrong about the refund.")).toBe(false);
  });
  it("in a call, the reassurance is not scored as arguing", () => {
    const turns = ["I'm so sorry about Ken, Mrs Hartley. The most important thing first: your line will not be cut off."];
    expect(labelsOf(widow, turns)).not.toContain("argue");
  });
});

describe("sparing her a chore is not dismissing her feelings", () => {
  it("'there's no need to pay that today' is not dismissive; 'no need to get upset' is", () => {
    const base = ["I'm so sorry about Ken, Mrs Hartley. I've put the account on a 60-day hold, so the line won't be touched."];
    expect(labelsOf(widow, [...base, "There's no need to pay that today. When you're ready, it can be spread over up to six months."])).not.toContain("dismissive");
    const brushed = labelsOf(widow, [...base, "There's no need to get upset about it, it's only eighty pounds."]);
    expect(brushed).toContain("dismissive");
  });
});

describe("escalation: handing her to the team the policy allows, said as something that will happen", () => {
  it("'the account will be looked after by our bereavement support team' is an escalation", () => {
    const st = replay(widow, ["I'm so sorry about Ken. The account will be looked after by our bereavement support team, and they'll ring you in two working days."], { seed: 1 });
    expect(st.turns[0]!.credits!.some((c) => c.label === "escalation" && c.engaged)).toBe(true);
  });
  it("a question about the team, or a hypothetical, is not", () => {
    for (const t of ["Have you heard of our bereavement support team?", "If the bereavement team were free, they could help."]) {
      const st = replay(widow, [t], { seed: 1 });
      expect(st.turns[0]!.credits!.some((c) => c.label === "escalation" && c.engaged), t).toBe(false);
    }
  });
});

describe("finding out what happened: the record put to her, then her side asked for", () => {
  const billing = getScenario("billing-error")!;
  const opening = "I'm sorry, Sandra, that's a nasty shock after twenty minutes on hold. I'll deal with this myself.";
  it("'our system doesn't show it as received. Did you manage to send it back?' is neither arguing nor a refusal", () => {
    const st = replay(billing, [opening, "Okay, found it. The extra £59.98 is a charge for your old router: our system doesn't show it as received after your upgrade. Did you manage to send it back?"], { seed: 1 });
    const t = st.turns[1]!;
    expect(t.broughtOut?.length ?? 0).toBeGreaterThan(0);
    expect(t.labels.map((l) => l.label)).not.toContain("argue");
    expect(t.credits!.find((c) => c.label === "explanation")?.engaged).toBe(true);
  });
  it("the record held up against her ('our system is never wrong') still argues", () => {
    const st = replay(billing, [opening, "Our system is never wrong about that, it doesn't show it as received. Did you actually send it back?"], { seed: 1 });
    expect(st.turns[1]!.labels.map((l) => l.label)).toContain("argue");
  });
});

describe("a refusal is of something the call's policy speaks of", () => {
  it("'after your upgrade' on the billing call refuses no upgrade", async () => {
    const { readTurn } = await import("../src/engine/offers");
    const billing = getScenario("billing-error")!;
    expect(readTurn(billing, "Our system doesn't show it as received after your upgrade.").refusals).toEqual([]);
    expect(readTurn(billing, "I can't refund it today, I'm afraid.").refusals.length).toBeGreaterThan(0);
  });
});

describe("her facts come out when asked about in other words", () => {
  it("'is there anything due out of your account soon?' brings out the phone bill on Friday", () => {
    const chat = getScenario("chat-complaint")!;
    const st = replay(chat, ["so sorry nobody answered you on saturday, that's not ok", "is there anything due out of your account soon i should know about?"], { seed: 1 });
    expect(st.turns[1]!.broughtOut).toContain("overdraft");
  });
});

describe("a fix said as done", () => {
  it("'that's the £59.98 taken off' is someone doing something", () => {
    const billing = getScenario("billing-error")!;
    const st = replay(billing, ["Right, that's the £59.98 taken off."], { seed: 1 });
    expect(st.turns[0]!.credits!.find((c) => c.label === "solution")?.engaged).toBe(true);
  });
});

describe("an open question about her, even when she has told the answer already", () => {
  const mobile = getScenario("cancellation")!;
  const first = "You're right, sorry. You asked for your PAC code and I should have just given it to you. I'm sending it by text now.";
  it("'out of interest, what's pushing you to leave?' invites her to explain", () => {
    const st = replay(mobile, [first, "Out of interest, and only if you don't mind, what's pushing you to leave?"], { seed: 1 });
    expect(st.turns[1]!.credits!.find((c) => c.label === "open_question")?.engaged).toBe(true);
  });
  it("a wh-question about nothing she said, or a request for her details, is not read as one", () => {
    for (const t of ["Out of interest, what's the weather doing where you are?", "Just so I know, what colour is your car?", "And what's your account number, please?"]) {
      const st = replay(mobile, [first, t], { seed: 1 });
      expect(st.turns[1]!.credits!.some((c) => c.label === "open_question" && c.engaged), t).toBe(false);
    }
  });
});

describe("'don't worry about the letters' with the worry taken away is reassurance", () => {
  const widow = getScenario("bereavement")!;
  const first = "I'm very sorry about your husband, Mrs Hughes.";
  it("followed by what will not happen, it is not dismissive", () => {
    const st = replay(widow, [first, "Don't worry about the letters. I've paused the account for 60 days, so nothing more will be sent and the line won't be cut off."], { seed: 1 });
    expect(st.turns[1]!.labels.map((l) => l.label)).not.toContain("dismissive");
  });
  it("'don't worry about it, it's only a few pounds' still is", () => {
    const st = replay(widow, [first, "Don't worry about the letters, it's only a few pounds. The line won't be cut off."], { seed: 1 });
    expect(st.turns[1]!.labels.map((l) => l.label)).toContain("dismissive");
  });
});

describe("blame puts a fault on someone: 'you should see…' is a step, not a fault", () => {
  const misled = getScenario("misled-features")!;
  it("'You should see Keep on this device' in a walkthrough is not blame", () => {
    const st = replay(misled, ["First, open the app and tap your portfolio album. Then tap the three dots. You should see 'Keep on this device'. Switch that on."], { seed: 1 });
    expect(st.turns[0]!.labels.map((l) => l.label)).not.toContain("blame");
  });
  it("'you should have read the terms' still is", () => {
    const st = replay(misled, ["You should have read the terms before you bought it."], { seed: 1 });
    expect(st.turns[0]!.labels.map((l) => l.label)).toContain("blame");
  });
});

describe("a reason or a fix that points back past one sentence", () => {
  const sofa = getScenario("repeat-contact")!;
  it("'…the replacement order was never actually raised. That's why nothing came. …so I'm raising it now' is about the replacement", () => {
    const st = replay(sofa, ["I've looked at why, and the replacement order was never actually raised. That's why nothing came. I'm not going to give you another promise without proof, so I'm raising it now while you're on the line."], { seed: 1 });
    const c = st.turns[0]!.credits!;
    expect(c.find((x) => x.label === "explanation")?.engaged).toBe(true);
    expect(c.find((x) => x.label === "solution")?.engaged).toBe(true);
  });
  it("'That's why nothing came' after sentences naming nothing of the call earns nothing", () => {
    const text = "Thanks for holding. I checked it. That's why nothing came.";
    const at = text.indexOf("That's why");
    const hit = { label: "explanation" as const, span: { start: at, end: text.length, text: text.slice(at) } };
    const a = assessTurn(sofa, { heard: [sofa.openingLine], said: {}, abusedLast: false, askedBefore: false, offers: [], revealed: [] }, text, [hit]);
    expect(a.credits[0]!.engaged).toBe(false);
    const named = "The replacement order was never raised. That's why nothing came.";
    const at2 = named.indexOf("That's why");
    const b = assessTurn(sofa, { heard: [sofa.openingLine], said: {}, abusedLast: false, askedBefore: false, offers: [], revealed: [] }, named, [
      { label: "explanation", span: { start: at2, end: named.length, text: named.slice(at2) } },
    ]);
    expect(b.credits[0]!.engaged).toBe(true);
  });
});

describe("a proper end, said of 'we' or of the call itself", () => {
  const warn = "Mr Cole, I do want to sort this bill out, and I can't do that while I'm being sworn at. Can we keep it to the bill?";
  it.each([
    "As I explained, I won't continue while you're swearing at me, so we'll have to end the call here. Please ring back when you feel able to talk it through.",
    "I've asked you to stop, and you haven't, so this call will now end. You can contact us again any time and we'll look at the bill.",
    "Since the swearing hasn't stopped, I'm going to let you go now. Do call us back once you'd like to go through the bill.",
  ])("ends properly after a warning: %s", (end) => {
    const r = simulate({ scenario: "abusive-caller", turns: [warn, end], seed: 1 });
    expect(r.outcome).toBe("ended");
    expect(r.endedProperly).toBe(true);
  });
  it("said as a threat, or with no warning first, it is not a proper end", () => {
    const threat = simulate({ scenario: "abusive-caller", turns: [warn, "If this carries on, this call will end. Can we talk about the bill?"], seed: 1 });
    expect(threat.outcome).not.toBe("ended");
    const cold = simulate({ scenario: "abusive-caller", turns: ["This call will now end. Call us back when you're ready."], seed: 1 });
    expect(cold.passed).toBe(false);
  });
});

describe("a fix that points ahead to the steps it walks her through", () => {
  const misled = getScenario("misled-features")!;
  it("'Shall we do it together now? Open your portfolio album… switch on Keep on this device' is about the call", () => {
    const st = replay(misled, ["Shall we do it together now, slowly? Open your portfolio album, tap the three dots in the top corner, then switch on 'Keep on this device'."], { seed: 1 });
    const sol = st.turns[0]!.credits!.find((c) => c.label === "solution");
    expect(sol?.engaged).toBe(true);
  });
  it("pointing ahead to something that is not a step earns nothing", () => {
    const text = "Shall we do it together now? It is a lovely day.";
    const a = assessTurn(misled, { heard: [misled.openingLine], said: {}, abusedLast: false, askedBefore: false, offers: [], revealed: [] }, text, [
      { label: "solution", span: { start: 0, end: 28, text: text.slice(0, 28) } },
    ]);
    expect(a.credits[0]!.engaged).toBe(false);
  });
});

describe("recovery: a pitfall repaired by supplying what it lacked", () => {
  const refund = getScenario("refund-demand")!;
  const wall = "I'm afraid you're outside the 30-day return window, so I can't do a refund. That's the policy.";
  const repair =
    "That machine is faulty, and the 30 days don't stop you getting it put right. I can send a replacement tomorrow and collect the leaking one at the same time, or refund you once the courier has collected it. Which would you prefer?";
  it("a policy wall followed by the explanation and the choice it lacked weighs half a pitfall", () => {
    const r = replay(
      refund,
      [
        wall,
        repair,
        "I'm sorry nobody answered your two emails; that should not have happened. The replacement arrives tomorrow, in time for Saturday.",
        "I've also added a £20 voucher for the ignored emails, and your reference is HH-2231, so you've got something to come back to. The courier will text you a one-hour slot in the morning.",
      ],
      { seed: 1 },
    );
    const s = scoreConversation(refund, getRubric(refund.rubricId)!, r.turns);
    const own = s.criteria.find((c) => c.evidence.some((e) => e.label === "policy_wall"));
    expect(r.outcome).toBe("resolved");
    // one pitfall caps a criterion at half; repaired, at three quarters
    expect(own!.points / own!.maxPoints).toBeGreaterThan(0.5);
  });
});
