import { catalogue, formatPath, Rubric } from "@defuse/content";
import { MAX_TEXT_CHARS, MAX_TITLE_CHARS, type FieldError } from "./limits";

/**
 * Validation of an organisation's rubric (issue 13): the same `Rubric` schema as the built-in
 * rubrics, every problem named by its path (`criteria[2].weight: …`), plus the authoring limits.
 * The weights' sum is reported once, at `criteria`, with the total, even while other fields are
 * still invalid, so the editor can show it next to the weights as the author types.
 */
export const MAX_CRITERIA = 12;
export const MAX_CRITICAL = 12;
export const MAX_EVIDENCE_LABELS = 20;
/** A rubric document's size, checked before it is parsed. */
export const MAX_RUBRIC_CHARS = 50_000;

const builtInRubrics = new Map(catalogue.rubrics.map((r) => [r.id, r]));
export const isBuiltInRubric = (id: string) => builtInRubrics.has(id);
export const builtInRubric = (id: string) => builtInRubrics.get(id);

export type RubricChecked = { ok: true; rubric: Rubric } | { ok: false; errors: FieldError[] };

/** The criteria weights' total, or null when the criteria are not a list yet. */
export function weightTotal(raw: unknown): number | null {
  const criteria = raw && typeof raw === "object" ? (raw as { criteria?: unknown }).criteria : undefined;
  if (!Array.isArray(criteria)) return null;
  return criteria.reduce<number>((sum, c) => sum + (c && typeof c === "object" && typeof (c as { weight?: unknown }).weight === "number" ? (c as { weight: number }).weight : 0), 0);
}

function longTexts(value: unknown, path: string, out: FieldError[]) {
  if (typeof value === "string") {
    if (value.length > MAX_TEXT_CHARS) out.push({ path: path || "(document)", message: `at most ${MAX_TEXT_CHARS} characters (this has ${value.length})` });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => longTexts(v, `${path}[${i}]`, out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) longTexts(v, path ? `${path}.${k}` : k, out);
  }
}

/** Every problem with a rubric document, each with its path; `ok` with the parsed rubric when there are none. */
export function checkRubricDocument(raw: unknown): RubricChecked {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { ok: false, errors: [{ path: "(document)", message: "expected a rubric (a JSON object)" }] };
  const errors: FieldError[] = [];
  const doc = raw as Record<string, unknown>;
  // Limits first: they are checked before the schema so an oversized document gets a clear message.
  longTexts(doc, "", errors);
  if (typeof doc.title === "string" && doc.title.length > MAX_TITLE_CHARS) errors.push({ path: "title", message: `at most ${MAX_TITLE_CHARS} characters` });
  if (Array.isArray(doc.criteria) && doc.criteria.length > MAX_CRITERIA) errors.push({ path: "criteria", message: `at most ${MAX_CRITERIA} criteria (this has ${doc.criteria.length})` });
  if (Array.isArray(doc.critical) && doc.critical.length > MAX_CRITICAL) errors.push({ path: "critical", message: `at most ${MAX_CRITICAL} critical behaviours (this has ${doc.critical.length})` });
  const total = weightTotal(doc);
  if (total !== null && total !== 100) errors.push({ path: "criteria", message: `the weights add up to ${total}; they must add up to exactly 100` });

  const parsed = Rubric.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // the schema's own sum rule is reported above, with the total
      if (issue.path.length === 0 && total !== null) continue;
      errors.push({ path: formatPath(issue.path) || "(document)", message: issue.message });
    }
  } else {
    const r = parsed.data;
    const seen = new Set<string>();
    r.criteria.forEach((c, i) => {
      if (seen.has(c.id)) errors.push({ path: `criteria[${i}].id`, message: `"${c.id}" is used by another criterion; each criterion needs its own id` });
      seen.add(c.id);
      if (c.scoredBy === "engine" && c.evidenceFor.length + c.evidenceAgainst.length === 0) {
        errors.push({ path: `criteria[${i}].evidenceFor`, message: "name at least one evidence label (for or against), or have the trainer score it" });
      }
      if (c.evidenceFor.length > MAX_EVIDENCE_LABELS) errors.push({ path: `criteria[${i}].evidenceFor`, message: `at most ${MAX_EVIDENCE_LABELS} labels` });
      if (c.evidenceAgainst.length > MAX_EVIDENCE_LABELS) errors.push({ path: `criteria[${i}].evidenceAgainst`, message: `at most ${MAX_EVIDENCE_LABELS} labels` });
    });
    const critical = new Set<string>();
    r.critical.forEach((c, i) => {
      if (critical.has(c.id)) errors.push({ path: `critical[${i}].id`, message: `"${c.id}" is used by another critical behaviour` });
      critical.add(c.id);
    });
  }
  return errors.length > 0 || !parsed.success ? { ok: false, errors } : { ok: true, rubric: parsed.data };
}

/** The same rubric, ignoring the id and version a copy or a publish stamps on it. */
export function sameRubric(a: Rubric, b: Rubric): boolean {
  return canonical({ ...a, id: "", version: 0 }) === canonical({ ...b, id: "", version: 0 });
}

/** JSON with object keys sorted: jsonb columns do not keep the order keys were written in. */
export function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  }
  return JSON.stringify(v);
}
