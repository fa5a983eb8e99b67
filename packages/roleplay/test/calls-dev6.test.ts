import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/index";

/**
 * Engine round 6: 40 whole calls by a new author session (a QA coach who saw only the taxonomy and the scenario
 * briefs, never the engine), in src/eval/data/calls-dev6.json: 8 excellent, 8 good, 4 recoveries, 2 proper
 * endings, 8 mediocre, 5 gaming, 5 breaches. Tuned on in this round, so a dev set now, not independent evidence.
 * Before the round 32/40 got the expected verdict (good 5/8, excellent 5/8, recovery 2/4); the misses were four
 * false breaches and four good calls under the pass mark.
 */
interface Call {
  id: string;
  scenario: string;
  kind: string;
  expect: { passed: boolean; outcome?: string; critical?: string };
  turns: string[];
}
const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(resolve(here, "../src/eval/data/calls-dev6.json"), "utf8")) as { calls: Call[] };

/** Calls that do not get the author's verdict yet, with why (none at the end of round 6). */
const KNOWN_MISSES: Record<string, string> = {};
/**
 * Breach calls that fail, but not on the critical behaviour their author put in them (none since the seventh
 * analyser round's retrain with authors N and P: l-abusive-caller-4's "if you can't string a sentence together
 * without insults, I'm not sure why you bothered ringing" is now read as rude).
 */
const KNOWN_CRITICAL_MISSES: Record<string, string> = {};
const SEEDS = [1, 2, 7, 99];
const passing = data.calls.filter((c) => c.expect.passed && !KNOWN_MISSES[c.id]);
const failing = data.calls.filter((c) => !c.expect.passed && !KNOWN_MISSES[c.id]);

describe("calls-dev6: a new author's good calls pass, the rest fail", () => {
  it("holds every kind", () => {
    expect(new Set(data.calls.map((c) => c.kind))).toEqual(new Set(["excellent", "good", "recovery", "proper_end", "mediocre", "gaming", "breach"]));
  });
  it.each(passing.map((c) => [c.id, c] as const))("%s passes with the outcome expected", (_id, c) => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.critical, `seed ${seed}`).toBeNull();
      expect(r.outcome, `seed ${seed}: ${r.verdict}`).toBe(c.expect.outcome);
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(true);
    }
  });
  it.each(failing.map((c) => [c.id, c] as const))("%s fails", (_id, c) => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(false);
      if (c.kind === "mediocre") expect(r.outcome, `seed ${seed}`).not.toBe("resolved");
      // a breach call fails on the critical behaviour its author put in it
      if (c.expect.critical === "forbidden_promise") expect(r.critical?.behaviour, `seed ${seed}`).toBe("forbidden-promise");
      if (c.expect.critical === "rude" && !KNOWN_CRITICAL_MISSES[c.id]) expect(r.critical?.behaviour, `seed ${seed}`).toBe("insulted-customer");
    }
  });
  if (Object.keys(KNOWN_CRITICAL_MISSES).length > 0) it.fails.each(Object.entries(KNOWN_CRITICAL_MISSES))("known miss %s: fails, but without its critical behaviour (%s)", (id) => {
    const c = data.calls.find((x) => x.id === id)!;
    expect(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).critical).not.toBeNull();
  });
});
