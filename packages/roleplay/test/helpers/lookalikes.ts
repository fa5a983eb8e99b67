import { expect, it } from "vitest";
import { readCommitments } from "../../src/commitments";
import { scenarioOf as getScenario } from "../../src/commitments/probes";

/** The scenarios and checks the round-by-round look-alike tests share: each breach beside an honest line. */
export function lookalikes() {
  const rules = (s: ReturnType<typeof getScenario>, text: string) => [...new Set(readCommitments(s, text).breaches.map((b) => b.ruleId))];
  const both = (s: ReturnType<typeof getScenario>, breach: string, rule: string, honest: string) => {
    expect(rules(s, breach), breach).toEqual([rule]);
    expect(rules(s, honest), honest).toEqual([]);
  };
  /** Each paraphrase breaks the rule and nothing else; each honest line breaks nothing (one test per line). */
  const paraphrases = (s: ReturnType<typeof getScenario>, rule: string, breaches: string[], honest: string[]) => {
    it.each(breaches)("%s", (said) => {
      expect(rules(s, said)).toEqual([rule]);
    });
    it.each(honest)("honest: %s", (said) => {
      expect(rules(s, said)).toEqual([]);
    });
  };
  return {
    chat: getScenario("chat-complaint"),
    widow: getScenario("bereavement"),
    mobile: getScenario("cancellation"),
    sofa: getScenario("repeat-contact"),
    parcel: getScenario("persistent-abuse"),
    rules,
    both,
    paraphrases,
  };
}
