import { createHash } from "node:crypto";
import { rawCatalogue } from "./data";
import { withEstimates } from "./estimate";
import { validateCatalogue } from "./integrity";
import type { Catalogue, Lesson, Module, Quiz, Rubric, Scenario, TaxonomyEntry } from "./schema";

export class InvalidCatalogueError extends Error {
  constructor(readonly errors: string[]) {
    super(`The content catalogue is invalid:\n${errors.map((e) => `  - ${e}`).join("\n")}`);
    this.name = "InvalidCatalogueError";
  }
}

function load(): Catalogue {
  const result = validateCatalogue(rawCatalogue);
  if (!result.ok) throw new InvalidCatalogueError(result.errors);
  return withEstimates(result.catalogue);
}

/** The validated curriculum. Importing this fails loudly if any content is broken. */
export const catalogue: Catalogue = load();

/**
 * A fingerprint of a catalogue's whole content: the SHA-256 of its validated data, 16 hex digits.
 * Any change to any text, option, number or order gives another value, whether or not the
 * author bumped an item's `version`, so a cache keyed on it can never serve curriculum that no
 * longer exists (the web app keys the HTML it renders once for every learner on it).
 */
export function catalogueVersion(c: Catalogue): string {
  return createHash("sha256").update(JSON.stringify(c)).digest("hex").slice(0, 16);
}

let version: string | undefined;
/** The running catalogue's content version (catalogueVersion of `catalogue`, computed once). */
export function contentVersion(): string {
  return (version ??= catalogueVersion(catalogue));
}

/** Technique and pitfall definitions, in taxonomy order. */
export const taxonomy: readonly TaxonomyEntry[] = catalogue.techniques;

const index = <T extends { id: string }>(items: T[]) => new Map(items.map((i) => [i.id, i]));
const scenarios = index(catalogue.scenarios);
const rubrics = index(catalogue.rubrics);
const modules = index(catalogue.modules);
const quizzes = index(catalogue.quizzes);
const techniques = index(catalogue.techniques);

export const getScenario = (id: string): Scenario | undefined => scenarios.get(id);
export const getRubric = (id: string): Rubric | undefined => rubrics.get(id);
export const getModule = (id: string): Module | undefined => modules.get(id);
export const getQuiz = (id: string): Quiz | undefined => quizzes.get(id);
export const getTechnique = (id: string): TaxonomyEntry | undefined => techniques.get(id);

/**
 * The name people see for a technique or pitfall label ("open_question" → "Open question"), the
 * same on every screen and in every export. An id outside the taxonomy (an old attempt's label)
 * reads as words rather than a key.
 */
export function labelName(id: string): string {
  return techniques.get(id)?.name ?? id.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase());
}
export const getLesson = (moduleId: string, lessonId: string): Lesson | undefined =>
  modules.get(moduleId)?.lessons.find((l) => l.id === lessonId);
