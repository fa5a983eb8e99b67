import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/index";

/**
 * Engine round 5: ten plain good calls in ordinary wording (src/eval/data/calls-dev5.json), one or two per
 * scenario, written by the engine's developer from the scenario briefs (so not independent evidence).
 * Each resolves and passes, for four seeds, with no critical behaviour; one of them caught a false breach
 * ("I'll email you the confirmation and the refund reference now" is not money back now).
 */
interface Call {
  id: string;
  scenario: string;
  expect: { passed: boolean };
  turns: string[];
}
const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(resolve(here, "../src/eval/data/calls-dev5.json"), "utf8")) as { calls: Call[] };

/**
 * Calls that do not get the expected verdict yet (none since engine round 7: n-bv-1's "Thank you for calling us, I
 * know this isn't easy" points back at the bereavement named just before it, so it picks her up).
 */
const KNOWN_MISSES: Record<string, string> = {};
const good = data.calls.filter((c) => c.expect.passed && !KNOWN_MISSES[c.id]);

describe("calls-dev5: plain good calls resolve and pass", () => {
  it("holds good calls for every scenario but persistent abuse", () => {
    expect(new Set(good.map((c) => c.scenario)).size).toBeGreaterThanOrEqual(9);
  });
  it.each(good.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    for (const seed of [1, 2, 7, 99]) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.critical, `seed ${seed}`).toBeNull();
      expect(r.outcome, `seed ${seed}: ${r.verdict}`).toBe("resolved");
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(true);
    }
  });
  it.each(data.calls.filter((c) => !c.expect.passed).map((c) => [c.id, c] as const))("%s (a pitfall in a good call) fails", (_id, c) => {
    for (const seed of [1, 2, 7, 99]) expect(simulate({ scenario: c.scenario, turns: c.turns, seed }).passed).toBe(false);
  });
  if (Object.keys(KNOWN_MISSES).length > 0) it.fails.each(Object.entries(KNOWN_MISSES))("known miss %s still fails (%s)", (id) => {
    const c = data.calls.find((x) => x.id === id)!;
    expect(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).passed).toBe(true);
  });
});
