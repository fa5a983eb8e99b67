import { z } from "zod";
import { checkRubric, checkScenario } from "./integrity";
import { Rubric, Scenario } from "./schema";

/**
 * Scenario and rubric documents: the one format for built-in, authored, imported and exported
 * scenarios. A scenario document is exactly a `Scenario` (the shape the engine plays); a bundle
 * (`{ "scenario": …, "rubric": … }`) carries the rubric it is scored with, for sharing between
 * organisations. Validation gives one message per problem, each naming the field by its path
 * (`lines.calmer[3].text: …`), so an author can fix a file without reading a stack trace.
 */

export const ScenarioBundle = z.object({
  scenario: Scenario,
  rubric: Rubric.optional(),
});
export type ScenarioBundle = z.infer<typeof ScenarioBundle>;

/** `["lines", "calmer", 3, "text"]` → `lines.calmer[3].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === "number" ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), "");
}

export type DocumentResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function parseWith<T>(schema: z.ZodType<T>, raw: unknown, prefix = ""): DocumentResult<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((i) => {
      const path = formatPath([...(prefix ? [prefix] : []), ...i.path]);
      return `${path || "(document)"}: ${i.message}`;
    }),
  };
}

export interface ScenarioCheckOptions {
  /** Rubric ids the scenario may name besides the one given with it (the built-in ones by default). */
  knownRubricIds?: Iterable<string>;
  /** The rubric sent with the scenario, if any. */
  rubric?: Rubric;
}

/** Validates a scenario document: the schema first, then cross-references (branching, customer model, rubric). */
export function validateScenarioDocument(raw: unknown, opts: ScenarioCheckOptions = {}): DocumentResult<Scenario> {
  const parsed = parseWith(Scenario, raw);
  if (!parsed.ok) return parsed;
  const rubricIds = new Set(opts.knownRubricIds ?? []);
  if (opts.rubric) rubricIds.add(opts.rubric.id);
  const problems = checkScenario(parsed.value, rubricIds);
  return problems.length > 0 ? { ok: false, errors: problems } : parsed;
}

export function validateRubricDocument(raw: unknown): DocumentResult<Rubric> {
  const parsed = parseWith(Rubric, raw);
  if (!parsed.ok) return parsed;
  const problems = checkRubric(parsed.value);
  return problems.length > 0 ? { ok: false, errors: problems } : parsed;
}

export type AnyDocument =
  | { kind: "scenario"; scenario: Scenario }
  | { kind: "rubric"; rubric: Rubric }
  | { kind: "bundle"; scenario: Scenario; rubric?: Rubric };

/**
 * Validates whatever document a file holds: a bundle (`{scenario, rubric?}`), a rubric (it has
 * `criteria`) or a scenario. Errors in a bundle name their part (`scenario.lines.calmer[3].text`).
 */
export function validateDocument(raw: unknown, opts: Omit<ScenarioCheckOptions, "rubric"> = {}): DocumentResult<AnyDocument> {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { ok: false, errors: ["(document): expected a JSON object"] };
  const o = raw as Record<string, unknown>;
  if ("scenario" in o && typeof o.scenario === "object") {
    const errors: string[] = [];
    let rubric: Rubric | undefined;
    if (o.rubric !== undefined) {
      const r = parseWith(Rubric, o.rubric, "rubric");
      if (r.ok) {
        const problems = checkRubric(r.value);
        if (problems.length > 0) errors.push(...problems);
        else rubric = r.value;
      } else errors.push(...r.errors);
    }
    const s = parseWith(Scenario, o.scenario, "scenario");
    if (!s.ok) return { ok: false, errors: [...s.errors, ...errors] };
    const rubricIds = new Set(opts.knownRubricIds ?? []);
    if (rubric) rubricIds.add(rubric.id);
    errors.push(...checkScenario(s.value, rubricIds));
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { kind: "bundle", scenario: s.value, rubric } };
  }
  if ("criteria" in o) {
    const r = validateRubricDocument(raw);
    return r.ok ? { ok: true, value: { kind: "rubric", rubric: r.value } } : r;
  }
  const s = validateScenarioDocument(raw, opts);
  return s.ok ? { ok: true, value: { kind: "scenario", scenario: s.value } } : s;
}

/**
 * The published format, generated from the same zod schemas the app validates with (`io: "input"`:
 * fields with defaults may be left out). Rules JSON Schema cannot express (weights summing to 100,
 * one correct option, cross-references) are checked by `validateDocument` only.
 */
export function documentJsonSchema(kind: "scenario" | "rubric" | "bundle"): Record<string, unknown> {
  const schema = kind === "scenario" ? Scenario : kind === "rubric" ? Rubric : ScenarioBundle;
  const title = kind === "scenario" ? "Defuse scenario" : kind === "rubric" ? "Defuse rubric" : "Defuse scenario with its rubric";
  return { title, ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) };
}
