import { describe, expect, it } from "vitest";
import { rawCatalogue } from "../src/data";
import { catalogue, unfoundedPresuppositions, validateCatalogue } from "../src";

describe("a customer line only takes as said what the call established", () => {
  it("no line of any scenario names an amount, weekday, time frame or remedy the agent may not have said", () => {
    for (const s of catalogue.scenarios) {
      expect(
        unfoundedPresuppositions(s).map((p) => `${p.where}: ${p.kind} "${p.words}" in "${p.text}"`),
        s.id,
      ).toEqual([]);
    }
  });

  it.each([
    ["a full refund nobody offered", "Thanks for the full refund, that's decent of you.", "remedy"],
    ["a Monday delivery nobody promised", "Monday's fine, I'll be in.", "weekday"],
    ["a time frame nobody gave", "Two working days? Fine.", "time frame"],
    ["an amount nobody named", "So the £15 is going on my account?", "amount"],
    ["a manager nobody mentioned", "Okay, a manager will do.", "remedy"],
  ])("validation names a line that presupposes %s", (_, text, kind) => {
    const broken = structuredClone(rawCatalogue);
    const s = broken.scenarios.find((x) => x.id === "repeat-contact")!;
    s.lines.calmer.push({ text, when: { labels: ["empathy"] } });
    const r = validateCatalogue(broken);
    expect(r.ok).toBe(false);
    const errors = !r.ok ? r.errors.join("\n") : "";
    expect(errors).toContain(`names the ${kind}`);
    expect(errors).toContain(text);
  });

  it("an offer licenses naming the remedy, not a time frame or amount the agent may not have said", () => {
    const broken = structuredClone(rawCatalogue);
    const s = broken.scenarios.find((x) => x.id === "refund-demand")!;
    s.lines.resolved.push({ text: "Refund in five working days, then. Fine.", when: { offered: ["refund-after-collection"] } });
    const r = validateCatalogue(broken);
    expect(r.ok).toBe(false);
    expect(!r.ok ? r.errors.join("\n") : "").toContain('names the time frame "five working days"');
  });

  it("the same line is accepted once it carries a `said` or `offered` precondition, or names only her own words or demands", () => {
    const ok = structuredClone(rawCatalogue);
    const s = ok.scenarios.find((x) => x.id === "refund-demand")!;
    s.lines.calmer.push({ text: "Five working days after they collect it? Fine.", when: { said: ["five-days"] } });
    s.lines.calmer.push({ text: "Cheers for the voucher.", when: { offered: ["goodwill-voucher"] } });
    s.lines.same.push({ text: "I want a manager, not another apology." }); // her demand
    s.lines.same.push({ text: "Her party is on Saturday, you know." }); // her own fact
    const r = validateCatalogue(ok);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });
});
