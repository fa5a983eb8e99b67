import { catalogue } from "@defuse/content";

const moduleById = new Map(catalogue.modules.map((m) => [m.id, m]));
const scenarioById = new Map(catalogue.scenarios.map((s) => [s.id, s]));
const quizById = new Map(catalogue.quizzes.map((q) => [q.id, q]));

/** Human title for a content id stored in the database (module, scenario or quiz). */
export function contentTitle(kind: "MODULE" | "SCENARIO" | "QUIZ", id: string): string {
  if (kind === "MODULE") return moduleById.get(id)?.title ?? id;
  if (kind === "SCENARIO") return scenarioById.get(id)?.title ?? id;
  return quizById.get(id)?.title ?? id;
}

export function moduleInfo(id: string) {
  return moduleById.get(id);
}
export function scenarioInfo(id: string) {
  return scenarioById.get(id);
}
