import { catalogue, validateDocument, type Rubric, type Scenario } from "@defuse/content";
import type { Db, Prisma } from "@defuse/db";
import { checkLimits, checkPlayable, toFieldError, type FieldError } from "./limits";
import { builtInRubric, checkRubricDocument, isBuiltInRubric, sameRubric } from "./rubricCheck";

const builtInScenarioIds = new Set(catalogue.scenarios.map((s) => s.id));

export const isBuiltInScenario = (id: string) => builtInScenarioIds.has(id);

/**
 * What a draft holds: a bundle `{ scenario, rubric?, rubricVersion? }`. `scenario.rubricId` names
 * a built-in rubric or one of the organisation's (its key); for the organisation's, `rubricVersion`
 * names the published version it is scored with ("draft" only for a play-test). A published
 * version's bundle holds that exact rubric, so later rubric edits never change it.
 */
export type DraftBundle = { scenario: Scenario; rubric: Rubric };

/** `unfinishable`: what the engine could not finish, when the caller allowed it (play-testing such a draft shows why). */
export type Checked = { ok: true; bundle: DraftBundle; unfinishable: FieldError[]; carried?: boolean } | { ok: false; errors: FieldError[] };

/** One of the organisation's rubrics as a scenario may name it: its published versions and its draft (when valid). */
export interface AuthoredRubricChoice {
  key: string;
  title: string;
  versions: Map<number, Rubric>;
  latest: number | null;
  draft: Rubric | null;
}

export interface CheckOptions {
  /** The organisation's rubric the scenario names, loaded by `loadRubricChoice`. */
  authored?: AuthoredRubricChoice | null;
  /** A play-test may use the rubric's draft. */
  playtest?: boolean;
  /** Play-testing a draft the engine could not finish is allowed, to see why (`unfinishable` says what). */
  allowUnfinishable?: boolean;
  /** An imported file may carry its own rubric, which the import turns into an organisation rubric. */
  importing?: boolean;
}

/** The rubric id a raw draft names, if any (read before validation, to load just that rubric). */
export function rubricIdOf(raw: unknown): string | null {
  const s = raw && typeof raw === "object" ? (raw as { scenario?: { rubricId?: unknown } }).scenario : undefined;
  return s && typeof s.rubricId === "string" ? s.rubricId : null;
}

/** Loads the organisation's rubric a draft names (null for a built-in or unknown one). */
export async function loadRubricChoice(db: Db | Prisma.TransactionClient, orgId: string, raw: unknown): Promise<AuthoredRubricChoice | null> {
  const key = rubricIdOf(raw);
  if (!key || isBuiltInRubric(key)) return null;
  const row = await db.authoredRubric.findFirst({
    where: { orgId, key },
    select: { key: true, title: true, draft: true, publishedVersion: true, versions: { where: { orgId }, select: { version: true, rubric: true } } },
  });
  if (!row) return null;
  const draft = checkRubricDocument(row.draft);
  return {
    key: row.key,
    title: row.title,
    versions: new Map(row.versions.map((v) => [v.version, v.rubric as unknown as Rubric])),
    latest: row.publishedVersion,
    draft: draft.ok ? draft.rubric : null,
  };
}

/** `checkDocument` with the organisation's rubric the draft names loaded first. */
export async function checkDraft(db: Db | Prisma.TransactionClient, orgId: string, raw: unknown, opts: Omit<CheckOptions, "authored"> = {}): Promise<Checked> {
  return checkDocument(raw, { ...opts, authored: await loadRubricChoice(db, orgId, raw) });
}

/**
 * Full validation of a draft or imported document: the content schemas and cross-references (the
 * same validator as `pnpm content check`), the rubric choice, the authoring limits, and whether the
 * engine could finish it.
 */
export function checkDocument(raw: unknown, opts: CheckOptions = {}): Checked {
  // A bare scenario document is accepted too (what `content export <id>` prints without --with-rubric).
  const doc = raw && typeof raw === "object" && !Array.isArray(raw) && !("scenario" in raw) && !("criteria" in raw) ? { scenario: raw } : raw;
  if (!doc || typeof doc !== "object" || Array.isArray(doc) || !("scenario" in doc)) return { ok: false, errors: [{ path: "(document)", message: "expected a scenario, not a rubric on its own" }] };
  // The rubric a file carries is checked by the rubric checker, so its errors name their paths
  // (`rubric.criteria[2].weight`) and the weights' total, alongside the scenario's.
  const { rubric: carriedRaw, ...rest } = doc as Record<string, unknown>;
  const errors: FieldError[] = [];
  let given: Rubric | undefined;
  if (carriedRaw !== undefined) {
    const c = checkRubricDocument(carriedRaw);
    if (c.ok) given = c.rubric;
    else errors.push(...c.errors.map((e) => ({ path: `rubric.${e.path}`, message: e.message })));
  }
  const carriedId = carriedRaw && typeof carriedRaw === "object" ? (carriedRaw as { id?: unknown }).id : undefined;
  const known = [...catalogue.rubrics.map((r) => r.id), ...(opts.authored ? [opts.authored.key] : []), ...(typeof carriedId === "string" ? [carriedId] : [])];
  // an unknown rubric is reported below at `scenario.rubricId`, with what may be chosen
  const named = rubricIdOf(rest);
  if (named) known.push(named);
  const r = validateDocument(rest, { knownRubricIds: known });
  if (!r.ok) return { ok: false, errors: [...r.errors.map(toFieldError), ...errors] };
  if (r.value.kind !== "bundle") return { ok: false, errors: [{ path: "(document)", message: "expected a scenario, not a rubric on its own" }] };
  if (errors.length > 0) return { ok: false, errors };
  const { scenario } = r.value;
  let rubric: Rubric | null = null;
  let carried = false;
  const builtIn = builtInRubric(scenario.rubricId);
  if (opts.importing && given && !(builtIn && sameRubric(given, builtIn))) {
    // A file's own rubric: identical to a built-in one (under another id) is that built-in one, else
    // the import makes it (or finds the identical) organisation rubric.
    const same = catalogue.rubrics.find((b) => sameRubric(given, b));
    if (same) rubric = same;
    else {
      rubric = given;
      carried = true;
    }
  } else if (builtIn) {
    if (given && !sameRubric(given, builtIn))
      errors.push({ path: "rubric", message: `differs from the built-in rubric "${builtIn.id}"; import the file to make it your organisation's rubric, or remove it` });
    rubric = builtIn;
  } else if (opts.authored && opts.authored.key === scenario.rubricId) {
    const a = opts.authored;
    const v = (raw as { rubricVersion?: unknown }).rubricVersion;
    if (v === "draft") {
      if (!opts.playtest) errors.push({ path: "rubricVersion", message: `the draft of "${a.title}" can be play-tested but not published; publish the rubric and choose its version` });
      else if (!a.draft) errors.push({ path: "rubricVersion", message: `the draft of "${a.title}" has errors; fix them in the rubric editor first` });
      else rubric = a.draft;
    } else {
      const version = typeof v === "number" ? v : a.latest;
      const found = version != null ? a.versions.get(version) : undefined;
      if (found) rubric = found;
      else errors.push({ path: "rubricVersion", message: version == null ? `"${a.title}" has no published version yet; publish it first` : `"${a.title}" has no version ${version}` });
    }
  } else if (opts.importing && !given) {
    errors.push({ path: "scenario.rubricId", message: `names the rubric "${scenario.rubricId}" but the file does not carry it; export the scenario with its rubric` });
  } else {
    errors.push({ path: "scenario.rubricId", message: "choose one of the built-in rubrics or one of your organisation's published rubrics" });
  }
  const prefixed = (e: FieldError) => ({ ...e, path: `scenario.${e.path}` });
  const unfinishable = checkPlayable(scenario).map(prefixed);
  errors.push(...checkLimits(scenario).map(prefixed), ...(opts.allowUnfinishable ? [] : unfinishable));
  if (errors.length > 0 || !rubric) return { ok: false, errors };
  return { ok: true, bundle: { scenario, rubric }, unfinishable, carried };
}
