import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../../src/index";
import { criticalAsExpected, outcomeAsExpected } from "../../src/eval/expected";

/** One whole call of a dev set, with the verdict its author expected. */
export interface Call {
  id: string;
  scenario: string;
  kind: string;
  expect: { passed: boolean; outcome?: string; critical?: string | boolean };
  turns: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
const SEEDS = [1, 2, 7, 99];

export function readCalls(file: string): Call[] {
  return (JSON.parse(readFileSync(resolve(here, "../../src/eval/data", file), "utf8")) as { calls: Call[] }).calls;
}

/**
 * Replays dev calls up to a turn a reader flagged: `callsUpTo("v2/calls-dev-C30.json")("C30-refund-demand-2", 3)` is that
 * call's scenario and its turns 0 to 3, for a reply test.
 */
export function callsUpTo(...files: string[]): (id: string, turn: number) => { scenario: string; turns: string[] } {
  const calls = new Map(files.flatMap((f) => readCalls(f)).map((c) => [c.id, c]));
  return (id, turn) => {
    const c = calls.get(id);
    if (!c) throw new Error(`no call ${id} in ${files.join(", ")}`);
    return { scenario: c.scenario, turns: c.turns.slice(0, turn + 1) };
  };
}

/**
 * Every call of a whole-calls dev set gets its author's verdict for seeds 1, 2, 7 and 99: good calls pass with
 * the outcome expected and no critical behaviour; the rest fail, mediocre ones without resolving, breach calls on
 * the critical behaviour their author put in them. `knownMisses` do not get their verdict yet (each with why);
 * `knownCriticalMisses` fail, but not on their critical behaviour. With `knownOutcomeMisses` (engine round 27, C34) every
 * failing call's outcome is asserted too (`outcomeAsExpected`), except those listed, which do not get it yet (each with why).
 */
export function describeCalls(
  title: string,
  calls: Call[],
  knownMisses: Record<string, string>,
  knownCriticalMisses: Record<string, string> = {},
  kinds: string[] = ["excellent", "good", "recovery", "proper_end", "mediocre", "gaming", "breach"],
  knownOutcomeMisses?: Record<string, string>,
) {
  const passing = calls.filter((c) => c.expect.passed && !knownMisses[c.id]);
  const failing = calls.filter((c) => !c.expect.passed && !knownMisses[c.id]);
  describe(title, () => {
    it("holds every kind", () => {
      expect(new Set(calls.map((c) => c.kind))).toEqual(new Set(kinds));
    });
    it.each(passing.map((c) => [c.id, c] as const))("%s passes with the outcome expected", (_id, c) => {
      for (const seed of SEEDS) {
        const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
        expect(r.critical, `seed ${seed}`).toBeNull();
        // ("any": the author left the way it ends open, a proper ending or a resolution)
        // (an expected pass "unresolved" is a proper end, expected.ts)
        if (c.expect.outcome !== "any") expect(outcomeAsExpected(c.expect.outcome, r, true), `seed ${seed}: ${r.outcome}, ${r.verdict}`).toBe(true);
        expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(true);
      }
    });
    it.each(failing.map((c) => [c.id, c] as const))("%s fails", (_id, c) => {
      for (const seed of SEEDS) {
        const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
        expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(false);
        if (c.kind === "mediocre") expect(r.outcome, `seed ${seed}`).not.toBe("resolved");
        // a breach call fails on the critical behaviour its author put in it, named by the rubric's id, its trigger
        // or the scenario's rule (`critical.act`)
        if (c.expect.critical && !knownCriticalMisses[c.id]) expect(criticalAsExpected(c.expect.critical, r.critical), `seed ${seed}: ${JSON.stringify(r.critical)}`).toBe(true);
        if (knownOutcomeMisses && !knownOutcomeMisses[c.id]) expect(outcomeAsExpected(c.expect.outcome, r, false), `seed ${seed}: ${r.outcome}`).toBe(true);
      }
    });
    if (knownOutcomeMisses && Object.keys(knownOutcomeMisses).length > 0)
      it.fails.each(Object.entries(knownOutcomeMisses))("known outcome miss %s: the verdict as expected, not the outcome yet (%s)", (id) => {
        const c = calls.find((x) => x.id === id)!;
        expect(outcomeAsExpected(c.expect.outcome, simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }), c.expect.passed)).toBe(true);
      });
    if (Object.keys(knownCriticalMisses).length > 0)
      it.fails.each(Object.entries(knownCriticalMisses))("known miss %s: fails, but without its critical behaviour (%s)", (id) => {
        const c = calls.find((x) => x.id === id)!;
        // (no critical behaviour at all, or another one than its author named)
        expect(criticalAsExpected(c.expect.critical, simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).critical)).toBe(true);
      });
    if (Object.keys(knownMisses).length > 0)
      it.fails.each(Object.entries(knownMisses))("known miss %s does not get its verdict yet (%s)", (id) => {
        const c = calls.find((x) => x.id === id)!;
        expect(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).passed).toBe(c.expect.passed);
      });
  });
}
