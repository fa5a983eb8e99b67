import { expect, it } from "vitest";
import { readTurn } from "../../src/engine/offers";
import type { scenarioOf } from "../../src/commitments/probes";

type S = ReturnType<typeof scenarioOf>;
/** The forbidden rules one turn breaks, read through the engine's door (`readTurn`), as the calls are. */
export const turnRules = (s: S, text: string) => [...new Set(readTurn(s, text).breaches.map((b) => b.ruleId))];
/** A family of turns that break exactly `rule`, beside honest look-alikes that break nothing. */
export const family = (s: S, rule: string, breaches: string[], honest: string[]) => {
  it.each(breaches)("%s", (said) => {
    expect(turnRules(s, said)).toEqual([rule]);
  });
  it.each(honest)("honest: %s", (said) => {
    expect(turnRules(s, said)).toEqual([]);
  });
};
