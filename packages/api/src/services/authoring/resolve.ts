import type { Db, Prisma } from "@defuse/db";
import { notFound } from "../../errors";
import { contentTitle } from "../content/titles";
import type { Rubric } from "@defuse/content";
import { allScenarios, findRubric, findScenario, type ScenarioT } from "../learner/content";
import { builtInRubric } from "./rubricCheck";
import type { DraftBundle } from "./validate";
import { isBuiltInScenario } from "./validate";

/**
 * Where the api finds a scenario by the id attempts and assignments store (Attempt.contentId):
 * a built-in scenario, or one the caller's organisation authored and published.
 *
 * Published versions never change, so each is kept in a bounded per-process map once read: a turn
 * of an authored scenario costs one query the first time only. Built-in scenarios never touch the
 * database.
 */
type Bundle = { scenario: ScenarioT; rubric: Rubric | null };
const versions = new Map<string, Bundle>();
const rubricVersions = new Map<string, Rubric>();
const MAX_CACHED = 500;

function remember<T>(map: Map<string, T>, key: string, v: T) {
  if (map.size >= MAX_CACHED) map.delete(map.keys().next().value!);
  map.set(key, v);
}

/** The exact version an existing attempt was played on (archived scenarios included), with the rubric its bundle holds. */
export async function bundleOf(db: Db, orgId: string, id: string, version: number | null): Promise<Bundle> {
  if (isBuiltInScenario(id)) return { scenario: findScenario(id), rubric: null };
  const cacheKey = `${orgId}\u0000${id}\u0000${version}`;
  const cached = versions.get(cacheKey);
  if (cached) return cached;
  const row = await db.authoredScenarioVersion.findFirst({
    where: { orgId, scenario: { orgId, key: id }, ...(version != null ? { version } : {}) },
    orderBy: { version: "desc" },
    select: { bundle: true },
  });
  if (!row) throw notFound("That scenario");
  const b = row.bundle as unknown as DraftBundle;
  const bundle: Bundle = { scenario: b.scenario as ScenarioT, rubric: b.rubric ?? null };
  if (version != null) remember(versions, cacheKey, bundle);
  return bundle;
}

/** The exact version an existing attempt was played on (archived scenarios included). */
export async function scenarioOf(db: Db, orgId: string, id: string, version: number | null): Promise<ScenarioT> {
  return (await bundleOf(db, orgId, id, version)).scenario;
}

/** The version a new attempt or assignment uses: the built-in, or the latest published, not archived, with its rubric. */
export async function bundleForNew(db: Db, orgId: string, id: string): Promise<{ scenario: ScenarioT; rubric: Rubric }> {
  if (isBuiltInScenario(id)) {
    const scenario = findScenario(id);
    return { scenario, rubric: findRubric(scenario.rubricId) };
  }
  const row = await db.authoredScenario.findFirst({
    where: { orgId, key: id, status: "PUBLISHED", publishedVersion: { not: null } },
    select: { publishedVersion: true },
  });
  if (!row) throw notFound("That scenario");
  const b = await bundleOf(db, orgId, id, row.publishedVersion);
  return { scenario: b.scenario, rubric: b.rubric ?? (await rubricOf(db, orgId, b.scenario.rubricId, null)) };
}

export async function scenarioForNew(db: Db, orgId: string, id: string): Promise<ScenarioT> {
  return (await bundleForNew(db, orgId, id)).scenario;
}

/**
 * The rubric an attempt was scored with, by the id and version it recorded: a built-in rubric
 * (the catalogue's), or the exact published version of one of the organisation's rubrics, so a
 * later edit of that rubric never changes how the attempt is scored or shown. A null version
 * (rows written before versions were recorded) means the latest published one.
 */
export async function rubricOf(db: Db | Prisma.TransactionClient, orgId: string, id: string, version: number | null): Promise<Rubric> {
  const builtIn = builtInRubric(id);
  if (builtIn) return builtIn;
  const cacheKey = `${orgId}\u0000${id}\u0000${version}`;
  const cached = rubricVersions.get(cacheKey);
  if (cached) return cached;
  const row = await db.authoredRubricVersion.findFirst({
    where: { orgId, authored: { orgId, key: id }, ...(version != null ? { version } : {}) },
    orderBy: { version: "desc" },
    select: { rubric: true },
  });
  if (!row) throw notFound("The rubric of that attempt");
  const rubric = row.rubric as unknown as Rubric;
  if (version != null) remember(rubricVersions, cacheKey, rubric);
  return rubric;
}

/** Titles of the organisation's rubrics by key (built-ins are not included). */
export async function authoredRubricTitles(db: Db | Prisma.TransactionClient, orgId: string, ids: Iterable<string>): Promise<Map<string, string>> {
  const keys = [...new Set(ids)].filter((id) => !builtInRubric(id));
  if (keys.length === 0) return new Map();
  const rows = await db.authoredRubric.findMany({ where: { orgId, key: { in: keys } }, select: { key: true, title: true } });
  return new Map(rows.map((r) => [r.key, r.title]));
}

/** Every scenario the organisation offers for new practice and assignments: built-ins, then its published ones. */
export async function offeredScenarios(db: Db, orgId: string): Promise<Array<ScenarioT & { authored: boolean }>> {
  const rows = await db.authoredScenario.findMany({
    where: { orgId, status: "PUBLISHED", publishedVersion: { not: null } },
    select: { key: true, publishedVersion: true },
    orderBy: [{ title: "asc" }, { id: "asc" }],
  });
  return offeredFromRows(db, orgId, rows);
}

/** offeredScenarios for published rows (key and version, in title order) the caller already read. */
export async function offeredFromRows(db: Db, orgId: string, rows: Array<{ key: string; publishedVersion: number | null }>): Promise<Array<ScenarioT & { authored: boolean }>> {
  const authored = await Promise.all(rows.map((r) => scenarioOf(db, orgId, r.key, r.publishedVersion)));
  return [...allScenarios().map((s) => ({ ...s, authored: false })), ...authored.map((s) => ({ ...s, authored: true }))];
}

/** Titles of authored scenarios by id (history shows them for archived ones too); built-ins are not included. */
export async function authoredTitles(db: Db | Prisma.TransactionClient, orgId: string, ids: Iterable<string>): Promise<Map<string, string>> {
  const keys = [...new Set(ids)].filter((id) => !isBuiltInScenario(id));
  if (keys.length === 0) return new Map();
  const rows = await db.authoredScenario.findMany({ where: { orgId, key: { in: keys } }, select: { key: true, title: true } });
  return new Map(rows.map((r) => [r.key, r.title]));
}

/**
 * A title function for content ids as trainers and learners see them: an authored scenario's own
 * title (never its id), else the built-in module, scenario or quiz title. `scenarioIds` are the
 * scenario ids that may be asked for (one query for all of them).
 */
export async function titleLookup(db: Db | Prisma.TransactionClient, orgId: string, scenarioIds: Iterable<string>) {
  const authored = await authoredTitles(db, orgId, scenarioIds);
  return (kind: "MODULE" | "SCENARIO" | "QUIZ", id: string) => (kind === "SCENARIO" ? (authored.get(id) ?? contentTitle(kind, id)) : contentTitle(kind, id));
}
