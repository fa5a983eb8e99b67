import { describe, expect, it } from "vitest";
import { simulate } from "../src/simulate";
import { criticalAsExpected, outcomeAsExpected } from "../src/eval/expected";
import { readCalls } from "./helpers/calls";

/**
 * The black-box red team's calls (src/eval/data/v2/calls-dev-RT.json): each helper's share in its own describe block.
 */
const RT = readCalls("v2/calls-dev-RT.json");
const SEEDS = [1, 2, 3, 4];

/**
 * Engine round 29 (gam27), "did the agent actually do the fix?": recitation (RT-01) and a dated look-into (RT-02) are no fix;
 * a remedy taken back (RT-03, RT-04) or the PAC code withheld (RT-05) leaves the call open; the fee removed with no receipt or
 * tracking number asked for fails (RT-06); a hang-up on a caller who has calmed is no proper end (RT-26); a good call that
 * keeps helping (RT-27) and one whose customer picks the option offered first (RT-28) pass; the rude jibe is quoted, not the
 * question before it (RT-30). Verdict and outcome as the red team expects at seeds 1 to 4.
 */
// The lead left out, at the merge, two of the round's families: remedies that count only if still standing at the end (RT-03,
// RT-04, RT-05) and a hang-up on a caller who has calmed (RT-26) each cost good calls in held-out sets (C19 36 -> 35 and C22
// 37 -> 35 at seed 1, found by turning each family off in turn and reading totals only). Those four calls are known misses.
const LEFT_OUT = ["RT-03", "RT-04", "RT-05", "RT-26"];
describe("calls RT, gam27: what was done in the call and still stands", () => {
  const mine = ["RT-01", "RT-02", "RT-06", "RT-27", "RT-28", "RT-30"];
  it.each(LEFT_OUT.map((id) => [id, RT.find((c) => c.id === id)!] as const))("%s (left out at the merge): still passes, a known miss", (_id, c) => {
    expect(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).passed).toBe(true);
  });
  it.each(mine.map((id) => [id, RT.find((c) => c.id === id)!] as const))("%s: verdict and outcome as expected", (_id, c) => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(c.expect.passed);
      expect(outcomeAsExpected(c.expect.outcome, r, c.expect.passed), `seed ${seed}: ${r.outcome}`).toBe(true);
      if (c.expect.critical) expect(criticalAsExpected(c.expect.critical, r.critical), `seed ${seed}`).toBe(true);
    }
  });
  it("RT-30's critical quote is the jibe", () => {
    const c = RT.find((x) => x.id === "RT-30")!;
    expect(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).critical?.quote).toBe("Try not to lose the receipt this time, eh?");
  });
  it("RT-06 says in the verdict which condition nobody asked for", () => {
    const c = RT.find((x) => x.id === "RT-06")!;
    expect(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).verdict).toContain("receipt or tracking number");
  });
});
