import { bestChoiceIndex, catalogue, getScenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/index";

/**
 * Every model answer the curriculum teaches (the best choice at each branching decision, and the
 * strong example of every scenario briefing) is read by the engine's commitment reader against its
 * scenario's structured policy. Agents copy model answers, so none may break a forbidden rule.
 * (This content test lives here because @defuse/content cannot depend on the engine.)
 */
const modelAnswers = [
  ...catalogue.scenarios.flatMap((s) =>
    s.branching.nodes
      .filter((n) => n.choices.length > 0)
      .map((n) => ({ scenarioId: s.id, where: `${s.id} branching '${n.id}' best choice '${n.choices[bestChoiceIndex(n)]!.id}'`, text: n.choices[bestChoiceIndex(n)]!.text })),
  ),
  ...catalogue.modules.flatMap((m) =>
    m.lessons
      .filter((l) => l.scenarioId)
      .flatMap((l) => l.examples.map((e, i) => ({ scenarioId: l.scenarioId!, where: `lesson '${l.id}' example ${i + 1} (strong)`, text: e.strong }))),
  ),
];

describe("model answers respect their scenario's policy", () => {
  it("covers every scenario's best choices and every briefing's strong examples", () => {
    expect(new Set(modelAnswers.map((a) => a.scenarioId)).size).toBe(catalogue.scenarios.length);
    expect(modelAnswers.length).toBeGreaterThanOrEqual(60);
  });

  it.each(modelAnswers.map((a) => [a.where, a] as const))("%s", (_where, a) => {
    const breaches = readCommitments(getScenario(a.scenarioId)!, a.text).breaches;
    expect(breaches.map((b) => `${b.ruleId}: "${b.quote.text}"`)).toEqual([]);
  });

  it("the reader does catch a slip in a model answer (the billing-error refund promised before Friday)", () => {
    const slip = "I've refunded the £59.98 and it will be back in your account tomorrow.";
    expect(readCommitments(getScenario("billing-error")!, slip).breaches.length).toBeGreaterThan(0);
  });
});

describe("ID&V in the model calls", () => {
  const idv = /postcode|date of birth|first line of (?:your|the) address|confirm (?:the|your) (?:email|address|name)|take your name|security|last four digits/i;
  it.each(catalogue.scenarios.map((s) => [s.id, s] as const))("%s: a best branching choice checks who the caller is before the account is changed", (_id, s) => {
    const best = s.branching.nodes.filter((n) => n.choices.length > 0).map((n) => n.choices[bestChoiceIndex(n)]!.text);
    expect(best.some((t) => idv.test(t)), best.join("\n")).toBe(true);
  });
});
