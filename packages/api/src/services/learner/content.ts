import { catalogue } from "@defuse/content";
import { notFound } from "../../errors";

// Lookups over the curriculum (plain data in @defuse/content), built once per process.
type CatalogueT = typeof catalogue;
export type ModuleT = CatalogueT["modules"][number];
export type LessonT = ModuleT["lessons"][number];
export type ScenarioT = CatalogueT["scenarios"][number];
export type RubricT = CatalogueT["rubrics"][number];
export type QuizT = CatalogueT["quizzes"][number];

const modules = new Map(catalogue.modules.map((m) => [m.id, m]));
const scenarios = new Map(catalogue.scenarios.map((s) => [s.id, s]));
const rubrics = new Map(catalogue.rubrics.map((r) => [r.id, r]));
const quizzes = new Map(catalogue.quizzes.map((q) => [q.id, q]));

export const allModules = (): ModuleT[] => catalogue.modules;
export const allScenarios = (): ScenarioT[] => catalogue.scenarios;

export function findModule(id: string): ModuleT {
  const m = modules.get(id);
  if (!m) throw notFound("That course");
  return m;
}

export function findLesson(moduleId: string, lessonId: string): { module: ModuleT; lesson: LessonT; index: number } {
  const module = findModule(moduleId);
  const index = module.lessons.findIndex((l) => l.id === lessonId);
  if (index < 0) throw notFound("That lesson");
  return { module, lesson: module.lessons[index]!, index };
}

export function findScenario(id: string): ScenarioT {
  const s = scenarios.get(id);
  if (!s) throw notFound("That scenario");
  return s;
}

export function findRubric(id: string): RubricT {
  const r = rubrics.get(id);
  if (!r) throw notFound("That rubric");
  return r;
}

export function findQuiz(id: string): QuizT {
  const q = quizzes.get(id);
  if (!q) throw notFound("That knowledge check");
  return q;
}

/** One naming of technique and pitfall labels for every screen lives in @defuse/content. */
export { labelName } from "@defuse/content";

/** The distinct knowledge checks of a module, in lesson order. */
export function moduleQuizIds(module: ModuleT): string[] {
  return [...new Set(module.lessons.map((l) => l.quizId))];
}

/** Percent and status of a module from the learner's completed lessons and passed checks. */
export function moduleCompletion(module: ModuleT, completedLessons: Set<string>, passedQuizzes: Set<string>) {
  const quizIds = moduleQuizIds(module);
  const lessonsDone = module.lessons.filter((l) => completedLessons.has(l.id)).length;
  const checksPassed = quizIds.filter((q) => passedQuizzes.has(q)).length;
  const total = module.lessons.length + quizIds.length;
  const progress = total === 0 ? 0 : Math.round(((lessonsDone + checksPassed) / total) * 100);
  const complete = lessonsDone === module.lessons.length && checksPassed === quizIds.length;
  return {
    lessonsDone,
    lessonsTotal: module.lessons.length,
    checksPassed,
    checksTotal: quizIds.length,
    progress,
    status: complete ? ("COMPLETED" as const) : lessonsDone + checksPassed > 0 ? ("IN_PROGRESS" as const) : ("NOT_STARTED" as const),
  };
}
