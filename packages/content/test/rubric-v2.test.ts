import { describe, expect, it } from "vitest";
import { rawCatalogue } from "../src/data";
import { getRubric, validateCatalogue } from "../src";

describe("rubric v2 (QA-grade)", () => {
  const v1 = getRubric("core-deescalation")!;
  const v2 = getRubric("qa-grade")!;

  it("sits alongside v1: both load, with their own ids and versions, so an attempt keeps the one it was scored with", () => {
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(v1.passMark).toBe(70);
    expect(v2.passMark).toBe(80);
  });

  it("scores what a QA form scores, with weights summing to 100", () => {
    expect(v2.criteria.map((c) => c.id)).toEqual([
      "opening-idv",
      "listening-empathy",
      "ownership-resolution",
      "accuracy-compliance",
      "boundaries-escalation",
      "vulnerability",
      "complaint-signposting",
      "wrap-up-documentation",
    ]);
    expect(v2.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
  });

  it("counts each piece of evidence for one criterion only", () => {
    const seen = new Map<string, string>();
    for (const c of v2.criteria) {
      for (const l of [...c.evidenceFor, ...c.evidenceAgainst]) {
        expect(seen.get(l), `${l} counts for both ${seen.get(l)} and ${c.id}`).toBeUndefined();
        seen.set(l, c.id);
      }
    }
  });

  it("makes forbidden promises and insults compliance-critical", () => {
    expect(v2.critical.map((c) => c.trigger).sort()).toEqual(["forbidden_promise", "rude"]);
    expect(v2.criteria.find((c) => c.id === "accuracy-compliance")!.description).toMatch(/forbid/);
  });

  it("marks what the engine cannot detect as scored from the trainer's review, and says so", () => {
    const trainer = v2.criteria.filter((c) => c.scoredBy === "trainer").map((c) => c.id);
    expect(trainer).toEqual(["opening-idv", "vulnerability", "complaint-signposting", "wrap-up-documentation"]);
    for (const c of v2.criteria) {
      if (c.scoredBy === "trainer") {
        expect(c.evidenceFor.concat(c.evidenceAgainst)).toEqual([]);
        expect(c.description).toMatch(/trainer's review/);
      } else {
        expect(c.evidenceFor.length + c.evidenceAgainst.length).toBeGreaterThan(0);
      }
    }
    expect(v1.criteria.every((c) => c.scoredBy === "engine")).toBe(true);
  });

  it("rejects an engine-scored criterion with no evidence, naming it", () => {
    const broken = structuredClone(rawCatalogue);
    const r = broken.rubrics.find((x) => x.id === "qa-grade")!;
    delete r.criteria[0]!.scoredBy;
    const res = validateCatalogue(broken);
    expect(res.ok).toBe(false);
    expect(!res.ok && res.errors.join("\n")).toMatch(/rubric 'qa-grade' criterion 'opening-idv': no evidence labels/);
  });
});
