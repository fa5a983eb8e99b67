import { catalogue, validateDocument, type Rubric, type Scenario } from "@defuse/content";
import { checkLimits, checkPlayable, toFieldError, type FieldError } from "./limits";

const builtInRubrics = new Map(catalogue.rubrics.map((r) => [r.id, r]));
const builtInScenarioIds = new Set(catalogue.scenarios.map((s) => s.id));

export const isBuiltInScenario = (id: string) => builtInScenarioIds.has(id);

/**
 * What a draft holds: a bundle `{ scenario, rubric? }`. Authored scenarios are scored with one of
 * the built-in rubrics (`scenario.rubricId`); a bundle may carry that rubric (exports do, so a file
 * is complete on its own) but not a changed one: rubric authoring is not part of this version.
 */
export type DraftBundle = { scenario: Scenario; rubric: Rubric };

/** `unfinishable`: what the engine could not finish, when the caller allowed it (play-testing such a draft shows why). */
export type Checked = { ok: true; bundle: DraftBundle; unfinishable: FieldError[] } | { ok: false; errors: FieldError[] };

/**
 * Full validation of a draft or imported document: the content schemas and cross-references (the
 * same validator as `pnpm content check`), the authoring limits, and whether the engine could finish
 * it. `prefix` names the document in a multi-document import.
 */
export function checkDocument(raw: unknown, opts: { allowUnfinishable?: boolean } = {}): Checked {
  // A bare scenario document is accepted too (what `content export <id>` prints without --with-rubric).
  const doc = raw && typeof raw === "object" && !Array.isArray(raw) && !("scenario" in raw) && !("criteria" in raw) ? { scenario: raw } : raw;
  const r = validateDocument(doc, { knownRubricIds: builtInRubrics.keys() });
  if (!r.ok) return { ok: false, errors: r.errors.map(toFieldError) };
  if (r.value.kind !== "bundle") return { ok: false, errors: [{ path: "(document)", message: "expected a scenario, not a rubric on its own" }] };
  const { scenario, rubric } = r.value;
  const errors: FieldError[] = [];
  const builtIn = builtInRubrics.get(scenario.rubricId);
  if (!builtIn) errors.push({ path: "scenario.rubricId", message: `choose one of the rubrics: ${[...builtInRubrics.keys()].join(", ")}` });
  if (rubric && builtIn && JSON.stringify(rubric) !== JSON.stringify(builtIn)) {
    errors.push({ path: "rubric", message: "a changed rubric cannot be imported yet; remove it or use the built-in rubric unchanged" });
  }
  const prefixed = (e: FieldError) => ({ ...e, path: `scenario.${e.path}` });
  const unfinishable = checkPlayable(scenario).map(prefixed);
  errors.push(...checkLimits(scenario).map(prefixed), ...(opts.allowUnfinishable ? [] : unfinishable));
  if (errors.length > 0 || !builtIn) return { ok: false, errors };
  return { ok: true, bundle: { scenario, rubric: builtIn }, unfinishable };
}
