import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/index";

/** Whole calls written for issue 11 (excellent, mediocre, mixed, gaming), each with the verdict a QA reviewer expects. */
interface Call {
  id: string;
  scenario: string;
  kind: "excellent" | "mediocre" | "mixed" | "gaming";
  expect: { passed: boolean; outcome?: string; critical?: string; endedProperly?: boolean };
  note: string;
  turns: string[];
}
const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(resolve(here, "../src/eval/data/calls-v2.json"), "utf8")) as { calls: Call[] };

describe("calls-v2: whole calls get the verdict a reviewer would give", () => {
  it("has at least 20 calls covering every kind and scenario", () => {
    expect(data.calls.length).toBeGreaterThanOrEqual(20);
    expect(new Set(data.calls.map((c) => c.kind))).toEqual(new Set(["excellent", "mediocre", "mixed", "gaming"]));
    expect(new Set(data.calls.map((c) => c.scenario)).size).toBe(5);
  });

  it.each(data.calls.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const r = simulate({ scenario: c.scenario, turns: c.turns, seed: 1 });
    expect(r.passed, `${c.note} → ${r.verdict}`).toBe(c.expect.passed);
    if (c.expect.outcome) expect(r.outcome).toBe(c.expect.outcome);
    if (c.expect.critical) {
      expect(r.critical?.behaviour).toBe(c.expect.critical);
      // the critical behaviour quotes the learner's own words
      expect(c.turns[r.critical!.turn]).toContain(r.critical!.quote);
    }
    if (c.expect.endedProperly !== undefined) expect(r.endedProperly).toBe(c.expect.endedProperly);
    expect(r.turnsScored).toBe(r.tensionTimeline.length - 1);
  });

  it("no gaming call scores within ten points of the pass mark unless a critical behaviour fails it", () => {
    for (const c of data.calls.filter((x) => x.kind === "gaming")) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed: 1 });
      if (!r.critical) expect(r.score, c.id).toBeLessThan(60);
    }
  });

  it("the verdicts hold for other seeds", () => {
    for (const c of data.calls) {
      for (const seed of [2, 7, 99]) {
        expect(simulate({ scenario: c.scenario, turns: c.turns, seed }).passed, `${c.id} seed ${seed}`).toBe(c.expect.passed);
      }
    }
  });
});
