import type { Catalogue, Lesson, Quiz } from "./schema";

/**
 * Time estimates from what a lesson asks of the learner, so they stay true when content changes:
 * reading its words, doing its activity, answering its knowledge check and, for a briefing, playing
 * the practice call.
 */
export const READING_WORDS_PER_MINUTE = 180; // careful reading of instructional text, below leisure pace
export const ACTIVITY_MINUTES = 5;
export const MINUTES_PER_QUESTION = 1;
export const PRACTICE_CALL_MINUTES = 10;

const words = (s: string) => (s.match(/[A-Za-z0-9']+/g) ?? []).length;

/** The words a learner reads in a lesson (title, summary, objectives, body, examples, activity). */
export function lessonWords(l: Pick<Lesson, "title" | "summary" | "objectives" | "body" | "activity" | "examples">): number {
  return (
    words([l.title, l.summary, ...l.objectives, l.body, l.activity.title, l.activity.instructions].join(" ")) +
    l.examples.reduce((s, e) => s + words(`${e.situation} ${e.weak} ${e.strong} ${e.why}`), 0)
  );
}

export function lessonMinutes(lesson: Lesson, quiz: Quiz | undefined): number {
  const reading = lessonWords(lesson) / READING_WORDS_PER_MINUTE;
  const check = (quiz?.drawCount ?? 0) * MINUTES_PER_QUESTION;
  return Math.ceil(reading + ACTIVITY_MINUTES + check + (lesson.scenarioId ? PRACTICE_CALL_MINUTES : 0));
}

/** The catalogue with every lesson's and module's estimatedMinutes computed. */
export function withEstimates(c: Catalogue): Catalogue {
  const quizzes = new Map(c.quizzes.map((q) => [q.id, q]));
  return {
    ...c,
    modules: c.modules.map((m) => {
      const lessons = m.lessons.map((l) => ({ ...l, estimatedMinutes: lessonMinutes(l, quizzes.get(l.quizId)) }));
      return { ...m, lessons, estimatedMinutes: lessons.reduce((s, l) => s + l.estimatedMinutes, 0) };
    }),
  };
}
