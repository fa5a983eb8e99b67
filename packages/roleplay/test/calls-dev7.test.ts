import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/index";

/**
 * Engine round 7: 40 whole calls by author U (a senior trainer persona who saw only the taxonomy and the scenario
 * briefs), in src/eval/data/calls-dev7.json: 8 excellent, 8 good, 4 recoveries, 2 proper endings, 8 mediocre,
 * 5 gaming, 5 breaches. Tuned on in this round, so a dev set now. Before the round 34/40 got the expected
 * verdict (excellent 4/8, good 7/8, breach 4/5).
 */
interface Call {
  id: string;
  scenario: string;
  kind: string;
  expect: { passed: boolean; outcome?: string };
  turns: string[];
}
const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(resolve(here, "../src/eval/data/calls-dev7.json"), "utf8")) as { calls: Call[] };

/** Calls that do not get the author's verdict yet, with why. */
const KNOWN_MISSES: Record<string, string> = {
  "u-persistent-abuse-2":
    "the scenario makes help inert while he abuses ('he can only be helped once he chooses to stop'); the simulated caller never chooses to, so a call without a proper ending stays ongoing (as g4-persistent-abuse-1 in calls-dev4)",
};
/** The breach each breach call must fail on: the critical behaviour its author put in it. */
const CRITICAL: Record<string, string> = {
  "u-misled-features-4": "forbidden-promise",
  "u-bereavement-4": "forbidden-promise",
  "u-abusive-caller-4": "forbidden-promise",
  "u-repeat-contact-4": "insulted-customer",
  "u-chat-complaint-4": "insulted-customer",
};
const SEEDS = [1, 2, 7, 99];
const passing = data.calls.filter((c) => c.expect.passed && !KNOWN_MISSES[c.id]);
const failing = data.calls.filter((c) => !c.expect.passed && !KNOWN_MISSES[c.id]);

describe("calls-dev7: a new author's good and excellent calls pass, the rest fail", () => {
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
      if (CRITICAL[c.id]) expect(r.critical?.behaviour, `seed ${seed}: ${r.verdict}`).toBe(CRITICAL[c.id]);
    }
  });
  it.fails.each(Object.keys(KNOWN_MISSES))("known miss %s: does not pass yet", (id) => {
    const c = data.calls.find((x) => x.id === id)!;
    expect(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).passed).toBe(true);
  });
});
