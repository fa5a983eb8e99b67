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
  turns: string[];
}
const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(resolve(here, "../src/eval/data/calls-dev5.json"), "utf8")) as { calls: Call[] };

describe("calls-dev5: plain good calls resolve and pass", () => {
  it.each(data.calls.map((c) => [c.id, c] as const))("%s", (_id, c) => {
    for (const seed of [1, 2, 7, 99]) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.critical, `seed ${seed}`).toBeNull();
      expect(r.outcome, `seed ${seed}: ${r.verdict}`).toBe("resolved");
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(true);
    }
  });
});
