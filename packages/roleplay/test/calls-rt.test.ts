import { describe, expect, it } from "vitest";
import { simulate } from "../src/index";
import { criticalAsExpected, outcomeAsExpected } from "../src/eval/expected";
import { readCalls } from "./helpers/calls";

/**
 * The red team's 30 black-box calls (src/eval/data/v2/calls-dev-RT.json; 2/30 on main). Each helper's part of it is a
 * describe block of its own, so parts can be added without touching each other's.
 */
const RT = new Map(readCalls("v2/calls-dev-RT.json").map((c) => [c.id, c]));
const SEEDS = [1, 2, 7, 99];

/**
 * gam26 (round 26, the commitment reader): forbidden promises in other words, RT-07 to RT-18 and RT-25. Each fails on a
 * forbidden promise at every seed, with its author's outcome unless listed below.
 */
describe("calls RT, gam26's part: forbidden promises the reader missed", () => {
  const FIXED = ["RT-07", "RT-08", "RT-09", "RT-10", "RT-11", "RT-12", "RT-13", "RT-14", "RT-15", "RT-16", "RT-17", "RT-18", "RT-25"];
  const KNOWN_OUTCOME_MISSES: Record<string, string> = {
    "RT-17":
      "fails on the refund done before collection as expected, but the author expects 'resolved': with the refund a breach, no allowed remedy for the machine is left on the call, so the engine's customer is still waiting (ongoing)",
  };
  it.each(FIXED)("%s fails on the forbidden promise", (id) => {
    const c = RT.get(id)!;
    for (const seed of SEEDS) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(false);
      expect(criticalAsExpected(c.expect.critical, r.critical), `seed ${seed}: ${JSON.stringify(r.critical)}`).toBe(true);
      if (!KNOWN_OUTCOME_MISSES[id]) expect(outcomeAsExpected(c.expect.outcome, r, false), `seed ${seed}: ${r.outcome}`).toBe(true);
    }
  });
  /*
   * Variants the notes name that still pass (known misses, with why): "You won't be out of pocket when your rent goes out"
   * (RT-16's note) names no day; the reader would have to know her rent leaves on Friday. RT-25's note, "I'll make sure the
   * sender gets a new drill out to you for Thursday", on a Tuesday call is exactly the 2 working days the policy allows, so
   * the reader keeps it an allowed time.
   */
});
