import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { catalogue, validateScenarioDocument, type Scenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/simulate";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const runCli = (input: unknown) =>
  execFileSync("node", [path.join(root, "packages/roleplay/bin/roleplay.mjs"), "simulate"], { input: JSON.stringify(input), encoding: "utf8" });

const TURNS = [
  "Hello, thanks for calling. I'm sorry about all this, can you tell me what happened?",
  "That sounds really stressful, especially with the date you mentioned.",
  "So what you're saying is you were charged for something you already sent back?",
  "I'll take care of this myself. I can remove that charge today and you'll see it within five working days.",
  "You can either have it back on your account or as a credit, which would you prefer?",
  "That's our policy, there's nothing I can do.",
  "Calm down, you're overreacting.",
  "I'll call you back on Thursday to check it's all gone through.",
  "I want to help, and I can't while I'm being sworn at.",
  "ok",
];

describe("the engine plays a scenario document exactly as it plays the built-in by id", () => {
  it.each(catalogue.scenarios.map((s) => [s.id] as const))("%s: identical results by id and by document, in process", (id) => {
    const doc = JSON.parse(JSON.stringify(catalogue.scenarios.find((s) => s.id === id))) as Scenario;
    for (const seed of [1, 7]) {
      expect(simulate({ scenario: doc, turns: TURNS.slice(0, 6), seed })).toEqual(simulate({ scenario: id, turns: TURNS.slice(0, 6), seed }));
    }
  });

  it("the CLI accepts {scenarioDoc} and {scenario} with the same output, and names the field of a broken document", () => {
    const doc = catalogue.scenarios.find((s) => s.id === "billing-error")!;
    const turns = TURNS.slice(0, 4);
    expect(runCli({ scenarioDoc: doc, turns, seed: 3 })).toBe(runCli({ scenario: "billing-error", turns, seed: 3 }));
    const broken = JSON.parse(JSON.stringify(doc));
    broken.lines.calmer[3] = { text: "" };
    let stderr = "";
    try {
      runCli({ scenarioDoc: broken, turns, seed: 3 });
    } catch (e) {
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(stderr).toContain("scenarioDoc.lines.calmer[3].text: must not be empty");
  });

  it("an authored copy with a new id, persona and rubric document plays without any built-in id", () => {
    const doc = JSON.parse(JSON.stringify(catalogue.scenarios.find((s) => s.id === "billing-error"))) as Scenario;
    const rubric = JSON.parse(JSON.stringify(catalogue.rubrics.find((r) => r.id === doc.rubricId)));
    doc.id = "acme-broadband-bill";
    doc.persona.name = "Priya Shah";
    rubric.id = "acme-rubric";
    doc.rubricId = "acme-rubric";
    const out = JSON.parse(runCli({ scenarioDoc: doc, rubricDoc: rubric, turns: TURNS.slice(0, 5), seed: 2 }));
    expect(out.scenario).toBe("acme-broadband-bill");
    expect(out.turnsScored).toBe(5);
    expect(out.criteria.map((c: { id: string }) => c.id)).toEqual(rubric.criteria.map((c: { id: string }) => c.id));
  });
});

describe("property: any valid scenario document plays to an end with random turns", () => {
  const base = catalogue.scenarios;
  it("mutated documents that pass validation never throw", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: base.length - 1 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        fc.boolean(),
        fc.array(fc.oneof(fc.constantFrom(...TURNS), fc.string({ maxLength: 80 })), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 10_000 }),
        (i, startTension, resolveAt, dropLines, turns, seed) => {
          const doc = JSON.parse(JSON.stringify(base[i])) as Scenario;
          doc.id = "authored-copy";
          doc.startTension = startTension;
          doc.engine.resolveAtOrBelow = resolveAt;
          if (dropLines) {
            doc.engine.topics = [];
            doc.engine.concerns = [];
            doc.engine.endCall = undefined;
            for (const group of Object.keys(doc.lines) as (keyof Scenario["lines"])[]) {
              doc.lines[group] = doc.lines[group].map((l) => (typeof l === "string" ? l : l.text));
            }
          }
          const valid = validateScenarioDocument(doc, { knownRubricIds: catalogue.rubrics.map((r) => r.id) });
          if (!valid.ok) return; // only documents that pass validation are promised a game
          const out = simulate({ scenario: valid.value, turns: turns.map((t) => t.trim() || "ok"), seed });
          expect(out.turnsScored).toBeGreaterThan(0);
          expect(out.score).toBeGreaterThanOrEqual(0);
          expect(out.score).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 60, seed: 11 },
    );
  });
});
