import { expect } from "vitest";
import { readCommitments } from "../../src/commitments";
import { scenarioOf as getScenario } from "../../src/commitments/probes";

/** The scenarios and checks the round-by-round look-alike tests share: each breach beside an honest line. */
export function lookalikes() {
  const rules = (s: ReturnType<typeof getScenario>, text: string) => [...new Set(readCommitments(s, text).breaches.map((b) => b.ruleId))];
  const both = (s: ReturnType<typeof getScenario>, breach: string, rule: string, honest: string) => {
    expect(rules(s, breach), breach).toEqual([rule]);
    expect(rules(s, honest), honest).toEqual([]);
  };
  return {
    chat: getScenario("chat-complaint"),
    widow: getScenario("bereavement"),
    mobile: getScenario("cancellation"),
    sofa: getScenario("repeat-contact"),
    parcel: getScenario("persistent-abuse"),
    rules,
    both,
  };
}
