import { describe, expect, it } from "vitest";
import { catalogue, CustomerWords, customerWords, DEFAULT_CUSTOMER_WORDS, getScenario, Scenario } from "../src";

/**
 * Coherence round 30: the simulated customer's words for the form of a turn (an either-or's pick, a booked day that is not hers…)
 * live in the content, one shared default and a scenario's own where it has them, validated like the rest of a scenario.
 */
describe("the customer's words for the form of a turn", () => {
  it("the shared default holds every one, each with the places the engine fills in", () => {
    expect(CustomerWords.safeParse(DEFAULT_CUSTOMER_WORDS).success).toBe(true);
    expect(DEFAULT_CUSTOMER_WORDS.nth).toContain("$nth");
    expect(DEFAULT_CUSTOMER_WORDS.otherDay).toContain("$day");
    expect(DEFAULT_CUSTOMER_WORDS.otherDay).toContain("$mine");
  });

  it("every scenario's words are the default, or its own over the default", () => {
    for (const s of catalogue.scenarios) {
      const words = customerWords(s);
      expect(CustomerWords.safeParse(words).success, s.id).toBe(true);
      for (const [k, v] of Object.entries(s.words ?? {})) expect(words[k as keyof CustomerWords], `${s.id} ${k}`).toBe(v);
    }
  });

  it("a scenario may word some of them; one missing a place the engine fills in is rejected", () => {
    const s = getScenario("misled-features")!;
    expect(Scenario.safeParse({ ...s, words: { neither: "Honestly? Neither." } }).success).toBe(true);
    const bad = Scenario.safeParse({ ...s, words: { nth: "The one, please." } });
    expect(bad.success).toBe(false);
    expect(JSON.stringify(bad.error?.issues)).toContain("$nth");
    expect(Scenario.safeParse({ ...s, words: { neither: "" } }).success).toBe(false);
  });
});
