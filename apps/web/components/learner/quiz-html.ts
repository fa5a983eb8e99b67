import { curriculumHtml } from "./curriculum-html";
import { escapeHtml } from "./markdown";

/** A drawn knowledge-check question as learner.quiz returns it: its options in this learner's order. */
export interface DrawnQuestion {
  id: string;
  prompt: string;
  options: Array<{ id: string; text: string }>;
}

/** The classes of an option before the check is marked (QuizForm's option box, neither right nor wrong). */
export const OPTION_CLASS = "rounded-lg border p-3 border-slate-200";

/**
 * A question's options, before the check is marked, as HTML: a radio and the option's text per
 * option, in the order this learner's draw shows them. The same for every learner who draws that
 * order, so it is made once per content version, check, question and order (at most a few dozen
 * orders a question) and kept per process, like the lessons (curriculum-html.ts). The markup is the
 * one QuizForm rendered as React elements for an unmarked question (quiz-html.test.ts compares
 * them); every text is escaped here. QuizForm reads the answers from the form when it is sent.
 */
export function quizOptionsHtml(contentVersion: string, quizId: string, q: DrawnQuestion): string {
  const order = q.options.map((o) => o.id).join(",");
  return curriculumHtml(contentVersion, `quiz-options:${quizId}:${q.id}:${order}`, () =>
    q.options
      .map(
        (o) =>
          `<div data-testid="quiz-option" class="${OPTION_CLASS}"><label class="flex items-start gap-3">` +
          `<input type="radio" class="mt-1 h-4 w-4" name="${escapeHtml(q.id)}" value="${escapeHtml(o.id)}"/><span>${escapeHtml(o.text)}</span></label></div>`,
      )
      .join(""),
  );
}
