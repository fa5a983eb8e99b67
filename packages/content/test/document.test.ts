/* eslint-disable @typescript-eslint/no-explicit-any -- broken documents are built by hand as plain JSON */
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { catalogue, documentJsonSchema, validateDocument, validateScenarioDocument } from "../src";

const rubricIds = catalogue.rubrics.map((r) => r.id);
const ajv = new Ajv2020({ allErrors: true, strict: false });
const scenarioSchema = ajv.compile(documentJsonSchema("scenario"));
const rubricSchema = ajv.compile(documentJsonSchema("rubric"));
const bundleSchema = ajv.compile(documentJsonSchema("bundle"));
const billing = () => structuredClone(catalogue.scenarios.find((s) => s.id === "billing-error")!) as unknown as Record<string, any>;

describe("the published JSON Schema agrees with the zod schemas", () => {
  it.each(catalogue.scenarios.map((s) => [s.id, s] as const))("built-in scenario %s validates against the generated JSON Schema", (_id, s) => {
    expect(scenarioSchema(JSON.parse(JSON.stringify(s))), JSON.stringify(scenarioSchema.errors)).toBe(true);
    const rubric = catalogue.rubrics.find((r) => r.id === s.rubricId);
    expect(bundleSchema({ scenario: s, rubric })).toBe(true);
  });
  it.each(catalogue.rubrics.map((r) => [r.id, r] as const))("built-in rubric %s validates against the generated JSON Schema", (_id, r) => {
    expect(rubricSchema(JSON.parse(JSON.stringify(r))), JSON.stringify(rubricSchema.errors)).toBe(true);
  });

  // Each broken document: what breaks it, and the path both validators must name.
  const broken: [string, (d: Record<string, any>) => void, string][] = [
    ["an empty customer line", (d) => (d.lines.calmer[3] = { text: "" }), "lines.calmer[3].text"],
    ["a start tension over 100", (d) => (d.startTension = 140), "startTension"],
    ["a missing persona name", (d) => delete d.persona.name, "persona.name"],
    ["an unknown label in a branching choice", (d) => (d.branching.nodes[0].choices[0].labels = ["shouting"]), "branching.nodes[0].choices[0].labels[0]"],
    ["a difficulty that is not one of the three", (d) => (d.difficulty = "expert"), "difficulty"],
    ["too few resolved lines", (d) => (d.lines.resolved = ["Thanks."]), "lines.resolved"],
  ];
  it.each(broken)("%s fails in both, naming the field", (_what, breakIt, path) => {
    const doc = billing();
    breakIt(doc);
    const result = validateScenarioDocument(doc, { knownRubricIds: rubricIds });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.startsWith(`${path}: `)), result.errors.join("\n")).toBe(true);
    expect(scenarioSchema(doc)).toBe(false);
    const jsonPointer = `/${path.replace(/\[(\d+)\]/g, ".$1").split(".").join("/")}`;
    const pointers = (scenarioSchema.errors ?? []).map((e) => (e.keyword === "required" ? `${e.instancePath}/${(e.params as { missingProperty: string }).missingProperty}` : e.instancePath));
    expect(pointers.some((p) => p === jsonPointer || p.startsWith(`${jsonPointer}/`)), JSON.stringify(pointers)).toBe(true);
  });
});

describe("cross-references the JSON Schema cannot express are named too", () => {
  it("a line that waits for a remedy the policy does not allow", () => {
    const doc = billing();
    doc.lines.calmer[0] = { text: "A credit would help.", when: { offered: ["free-month"] } };
    const r = validateScenarioDocument(doc, { knownRubricIds: rubricIds });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain("scenario 'billing-error' lines.calmer[0]: remedy 'free-month' is not an allowed policy rule");
  });
  it("a branching choice pointing at a node that does not exist, and a rubric nobody has", () => {
    const doc = billing();
    doc.branching.nodes[0].choices[0].next = "nowhere";
    doc.rubricId = "house-rubric";
    const r = validateScenarioDocument(doc, { knownRubricIds: rubricIds });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContain("scenario 'billing-error': rubricId 'house-rubric' does not exist");
      expect(r.errors.some((e) => e.includes("next 'nowhere' does not exist"))).toBe(true);
    }
  });
  it("a bundle carries its own rubric, and errors in it name the part", () => {
    const scenario = billing();
    const rubric = structuredClone(catalogue.rubrics.find((r) => r.id === scenario.rubricId)!) as unknown as Record<string, any>;
    rubric.id = "house-rubric";
    scenario.rubricId = "house-rubric";
    expect(validateDocument({ scenario, rubric }).ok).toBe(true);
    rubric.criteria[0].weight += 5;
    const r = validateDocument({ scenario, rubric });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toContain("rubric: criterion weights must sum to 100");
  });
  it("an exported built-in round-trips unchanged", () => {
    for (const s of catalogue.scenarios) {
      const r = validateDocument(JSON.parse(JSON.stringify(s)), { knownRubricIds: rubricIds });
      expect(r.ok && r.value.kind === "scenario" && r.value.scenario).toEqual(s);
    }
  });
});
