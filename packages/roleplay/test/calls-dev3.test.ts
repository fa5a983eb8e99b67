import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/index";

/**
 * Dev calls of engine round 3 (src/eval/data/calls-dev3.json): good calls in natural, varied wording for
 * every scenario (short efficient ones too), abusive-caller recoveries and proper endings, mediocre,
 * gaming and breach calls, each with the verdict a QA reviewer gives.
 */
interface Call {
  id: string;
  scenario: string;
  kind: string;
  expect: { passed: boolean; outcome?: string; critical?: string; endedProperly?: boolean };
  note: string;
  turns: string[];
}
const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(resolve(here, "../src/eval/data/calls-dev3.json"), "utf8")) as { calls: Call[] };

describe("calls-dev3: whole calls get the verdict a reviewer would give", () => {
  it("has good calls for every scenario, short ones, recoveries, proper endings and gaming calls", () => {
    expect(data.calls.length).toBeGreaterThanOrEqual(15);
    const good = data.calls.filter((c) => c.expect.passed && c.kind === "good");
    expect(new Set(good.map((c) => c.scenario)).size).toBe(5);
    expect(data.calls.some((c) => c.kind === "abusive-recovery" && c.expect.passed)).toBe(true);
    expect(data.calls.filter((c) => c.kind === "ended-properly" && c.expect.passed).length).toBeGreaterThanOrEqual(2);
    for (const k of ["mediocre", "gaming", "breach"]) expect(data.calls.some((c) => c.kind === k)).toBe(true);
  });

  it.each(data.calls.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    const r = simulate({ scenario: c.scenario, turns: c.turns, seed: 1 });
    expect(r.passed, `${c.note} → ${r.verdict}`).toBe(c.expect.passed);
    if (c.expect.outcome) expect(r.outcome).toBe(c.expect.outcome);
    if (c.expect.critical) {
      expect(r.critical?.behaviour).toBe(c.expect.critical);
      expect(c.turns[r.critical!.turn]).toContain(r.critical!.quote);
    }
    if (c.expect.endedProperly !== undefined) expect(r.endedProperly).toBe(c.expect.endedProperly);
    expect(r.turnsScored).toBe(r.tensionTimeline.length - 1);
  });

  it("no gaming or mediocre call scores within ten points of the pass mark", () => {
    for (const c of data.calls.filter((x) => x.kind === "gaming" || x.kind === "mediocre")) {
      expect(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).score, c.id).toBeLessThan(60);
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
