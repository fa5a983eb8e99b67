import { describe, expect, it } from "vitest";
import { getRubric, getScenario } from "@defuse/content";
import { label } from "../src/analyser/label";
import { ownsFault, reassuresWithoutCorrecting } from "../src/engine/conversation";
import { replay } from "../src/index";
import { scoreConversation } from "../src/scoring/score";
import { assessTurn } from "../src/engine/substance";

/**
 * Engine round 7: excellent calls by a new author (calls-dev7, author U) that failed on readings the
 * taxonomy does not support, and a rude line that passed. Each mechanism is tried on wording of our own,
 * beside a look-alike that must keep its old reading.
 */
const billing = getScenario("billing-error")!;
const machine = getScenario("refund-demand")!;
const app = getScenario("misled-features")!;
const mobile = getScenario("cancellation")!;
const play = (s: typeof billing, turns: string[]) => replay(s, turns, { seed: 1 });
const labelsOf = (s: typeof billing, turns: string[], i = turns.length - 1) => play(s, turns).turns[i]!.labels.map((l) => l.label);
const credit = (s: typeof billing, turns: string[], lbl: string, i = turns.length - 1) => play(s, turns).turns[i]!.credits!.find((c) => c.label === lbl);

describe("an acknowledgement that points back is about what the sentence before it said", () => {
  it("'That isn't acceptable, and I'm sorry.' after her two unanswered emails picks them up", () => {
    const c = credit(machine, ["You emailed us on the 2nd and the 6th and nobody answered either email. That isn't acceptable, and I'm sorry."], "apology");
    expect(c?.engaged, c?.why).toBe(true);
  });
  it("a stock apology after a greeting ('thanks for holding') still picks up nothing", () => {
    const c = credit(billing, ["Hello, thanks for holding. Sorry to hear that. Can I take your account number please?"], "apology");
    expect(c?.engaged, c?.why).toBe(false);
  });
});

describe("finding out is what an open question is for: a question that brought out her facts is evidence", () => {
  const rubric = getRubric(billing.rubricId)!;
  const opening = "I'm sorry, Sandra, a bill three times the usual after twenty minutes on hold is a nasty shock. I'll sort this myself.";
  const understand = (turns: string[]) => {
    const st = play(billing, turns);
    return { st, c: scoreConversation(billing, rubric, st.turns).criteria.find((c) => c.id === "understand-problem")! };
  };
  it("'Did you post the old router back to us?' that brought out the Post Office receipt counts for getting to the real problem", () => {
    const { st, c } = understand([opening, "Did you post the old router back to us?"]);
    expect(st.turns[1]!.broughtOut?.length ?? 0).toBeGreaterThan(0);
    const ev = c.evidence.find((e) => e.label === "found_out");
    expect(ev?.turn).toBe(1);
    expect(ev?.why).toMatch(/brought out what they had not told you/);
    expect(c.points).toBeGreaterThan(0);
  });
  it("a question that brought out nothing of hers ('Can I take your account number?') is no such evidence", () => {
    const { st, c } = understand([opening, "Can I take your account number, please?"]);
    expect(st.turns[1]!.broughtOut ?? []).toEqual([]);
    expect(c.evidence.some((e) => e.label === "found_out")).toBe(false);
  });
});

describe("pitfalls held to their definitions", () => {
  it("taking the fault off her ('Nothing you did caused that.') is not arguing; putting it on her still can be", () => {
    expect(reassuresWithoutCorrecting("Nothing you did caused that.")).toBe(true);
    expect(reassuresWithoutCorrecting("None of this is your fault.")).toBe(true);
    expect(reassuresWithoutCorrecting("That's your fault.")).toBe(false);
    expect(reassuresWithoutCorrecting("It's not your fault, but you should have read the terms.")).toBe(false);
    const turns = ["I'm sorry, Sandra, that's a horrible shock.", "The extra £59.98 is a fee for your old router: our warehouse never recorded it arriving. Nothing you did caused that."];
    expect(labelsOf(billing, turns)).not.toContain("argue");
  });
  it("'Nobody told you, and they should have' owns a failure of ours; naming a colleague or her own fault is still blame", () => {
    expect(ownsFault("Nobody told you, and they should have.")).toBe(true);
    expect(ownsFault("No one called you back, and someone should have.")).toBe(true);
    expect(ownsFault("Nobody told you because you never asked.")).toBe(false);
    expect(ownsFault("Nobody told you; the sales team should have.")).toBe(false);
    const turns = ["No problem, Tom. You're out of contract, so there's no exit fee. I'm sending the PAC code now.", "Your phone was paid off four months ago, and you've still been on £38. Nobody told you, and they should have. Our SIM-only plan is £20 a month."];
    expect(labelsOf(mobile, turns)).not.toContain("blame");
  });
  it("'Here's what offline actually does, in plain terms.' announces what is so and argues with no one", () => {
    const turns = [
      "Priya, that sounds awful, standing in front of a couple with a spinning wheel. What were you told before you bought it?",
      "Here's what offline actually does, in plain terms. The app only keeps an album on your phone if you've told it to, while you still have signal.",
    ];
    expect(labelsOf(app, turns)).not.toContain("argue");
  });
  it("'you should choose what suits you' is a choice left to her, not blame; 'you should have read the terms' is blame", () => {
    const turns = ["Priya, that sounds awful. What were you told before you bought it?", "As you shoot at rural venues most weekends, you should choose what suits you. One: I walk you through setting your portfolio to work offline now. Two: I refund the full £79."];
    expect(labelsOf(app, turns)).not.toContain("blame");
    expect(labelsOf(app, ["Priya, that sounds awful.", "Well, you should have read the terms before you paid for Premium."])).toContain("blame");
  });
});

describe("rude by the taxonomy's example ('Maybe if you listened for a second we'd get somewhere')", () => {
  const rude = (t: string) => label(t).pitfalls.some((p) => p.label === "rude");
  it("'if you could stop going on about it for one second, we might actually finish this call' is rude", () => {
    expect(rude("Look, it's booked, so if you could stop going on about it for one second, we might actually finish this call.")).toBe(true);
    expect(rude("If you'd let me finish, we might actually get somewhere.")).toBe(true);
  });
  it("a respectful limit, a request to wait, and a negated cue are not", () => {
    expect(rude("If you could stop swearing, I could actually help you faster, and I want to.")).toBe(false);
    expect(rude("If you can bear with me a second, we might actually get it sorted today.")).toBe(false);
    expect(rude("I'm not going to ask you to stop going on about it; it matters.")).toBe(false);
  });
  it("'Maybe try reading it before firing off another load of question marks' is rude; a suggestion to check a folder is not", () => {
    expect(rude("I did reply, you know. Maybe try reading it before firing off another load of question marks.")).toBe(true);
    expect(rude("If that doesn't work, maybe try checking your junk folder.")).toBe(false);
  });
});

describe("walking her through the fix step by step is the next action a solution is", () => {
  const solution = (text: string) => {
    const ctx = { heard: [app.openingLine], said: {}, abusedLast: false, askedBefore: false, offers: [], revealed: [] };
    const hit = { label: "solution" as const, span: { start: 0, end: text.length, text } };
    return assessTurn(app, ctx, text, [hit]).credits.find((c) => c.label === "solution")!;
  };
  it("steps after a lead-in ('Make sure you're on wifi, open the app…', 'To test it, switch…') engage", () => {
    for (const t of ["Make sure you're on wifi, open the app, and tap your portfolio album.", "To test it, switch your phone to airplane mode and open the album again.", "A good test: put your phone into airplane mode and open the album."]) {
      const c = solution(t);
      expect(c.engaged, `${t}: ${c.why}`).toBe(true);
    }
  });
  it("the setting named with nobody doing anything, or a list of remedies, does not", () => {
    for (const t of ["The 'Keep on this device' setting is in the album menu.", "Options: a refund, offline albums, a monthly plan."]) {
      const c = solution(t);
      expect(c.engaged, `${t}: ${c.why}`).toBe(false);
    }
  });
});
