import { describe, expect, it } from "vitest";
import { rawCatalogue } from "../src/data";
import { catalogue, getScenario, validateCatalogue, type CustomerLine } from "../src";

const textOf = (l: CustomerLine) => (typeof l === "string" ? l : l.text);

describe("the simulated customer's model", () => {
  it("every scenario names the topics of its call and the worries that must be dealt with before it resolves", () => {
    for (const s of catalogue.scenarios) {
      expect(s.engine.topics.length, s.id).toBeGreaterThanOrEqual(8);
      expect(s.engine.concerns.length, s.id).toBeGreaterThanOrEqual(1);
      for (const c of s.engine.concerns) expect(c.fact, `${s.id} ${c.id}`).toBeDefined();
      // a remedy topic for every allowed remedy a learner can offer in words
      const named = new Set(s.engine.topics.map((t) => t.remedy).filter(Boolean));
      expect(named.size, s.id).toBeGreaterThanOrEqual(Math.min(3, s.policy.allowed.length));
    }
  });

  it("a resolved line that names a remedy is only said once that remedy was offered", () => {
    const remedyWords = /voucher|credit|fifteen|£15|replacement|refund|repair|york|tom's name|freeze|engineer|payment's on hold|payment stopped|monthly|two hundred and thirty-six|logging|look out for the email/i;
    for (const s of catalogue.scenarios) {
      for (const l of s.lines.resolved) {
        if (!remedyWords.test(textOf(l))) continue;
        expect(typeof l === "object" && (l.when?.offered?.length ?? 0) > 0, `${s.id}: "${textOf(l)}"`).toBe(true);
      }
    }
  });

  it("every scenario has lines for after the call is resolved and for an agent who cuts the call off", () => {
    for (const s of catalogue.scenarios) {
      expect(s.lines.closing.length, s.id).toBeGreaterThanOrEqual(2);
      expect(s.lines.cutOff.length, s.id).toBeGreaterThanOrEqual(1);
    }
    const abusive = getScenario("abusive-caller")!;
    expect(abusive.lines.ended.length).toBeGreaterThanOrEqual(2);
    expect(abusive.engine.endCall).toBeDefined();
    expect(abusive.engine.grace).toBe(1);
  });

  it("the abusive caller's reduced opening drops the insult, and every abusive line has a mild wording", () => {
    const s = getScenario("abusive-caller")!;
    expect(s.openingLineMild).toBeDefined();
    expect(s.openingLineMild).not.toMatch(/idiot|useless|sick|bloody/i);
    const abusive = Object.values(s.lines).flat().filter((l) => typeof l === "object" && l.abusive);
    expect(abusive.length).toBeGreaterThanOrEqual(5);
    for (const l of abusive) expect(typeof l === "object" && l.mild, textOf(l)).toBeTruthy();
  });

  it("integrity names a customer line that points at a remedy, topic or worry that does not exist", () => {
    const broken = structuredClone(rawCatalogue);
    const s = broken.scenarios.find((x) => x.id === "refund-demand")!;
    s.lines.resolved.push({ text: "Thanks for the hamper.", when: { offered: ["gift-hamper"], topics: ["hampers"], addressed: ["nothing"] } });
    const r = validateCatalogue(broken);
    expect(r.ok).toBe(false);
    const errors = !r.ok ? r.errors.join("\n") : "";
    expect(errors).toMatch(/scenario 'refund-demand' lines\.resolved\[\d+\]: remedy 'gift-hamper'/);
    expect(errors).toMatch(/topic 'hampers' does not exist/);
    expect(errors).toMatch(/concern 'nothing' does not exist/);
  });

  it("integrity names a line keyed to a forbidden rule, or to words said, that the scenario does not have", () => {
    const broken = structuredClone(rawCatalogue);
    const s = broken.scenarios.find((x) => x.id === "billing-error")!;
    s.lines.calmer.push({ text: "A hamper? Lovely.", when: { breached: ["no-hampers"], said: ["hampers"] } });
    const r = validateCatalogue(broken);
    expect(r.ok).toBe(false);
    const errors = !r.ok ? r.errors.join("\n") : "";
    expect(errors).toMatch(/lines\.calmer\[\d+\]: forbidden rule 'no-hampers' does not exist/);
    expect(errors).toMatch(/topic 'hampers' does not exist/);
  });

  it("lines can answer an empty turn, a script and a forbidden promise in the five original scenarios", () => {
    for (const id of ["billing-error", "refund-demand", "policy-exception", "misled-features", "abusive-caller"]) {
      const all = Object.values(getScenario(id)!.lines).flat();
      const when = all.map((l) => (typeof l === "object" ? l.when : undefined));
      expect(when.some((w) => w?.idle), id).toBe(true);
      expect(when.some((w) => w?.scripted), id).toBe(true);
      expect(when.some((w) => (w?.breached?.length ?? 0) > 0), id).toBe(true);
    }
  });
});
