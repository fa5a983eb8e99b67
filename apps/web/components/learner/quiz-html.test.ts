import { createElement as h, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { catalogue, contentVersion, drawQuiz } from "@defuse/content";
import { cx } from "../ui";
import { quizOptionsHtml, type DrawnQuestion } from "./quiz-html";

/** An unmarked question's options as QuizForm rendered them with React elements before they became the server's HTML (the reference). */
function reactOptions(q: DrawnQuestion) {
  return renderToStaticMarkup(
    h(
      Fragment,
      null,
      q.options.map((o) =>
        h(
          "div",
          { key: o.id, "data-testid": "quiz-option", "data-verdict": undefined, className: cx("rounded-lg border p-3", "border-slate-200") },
          h(
            "label",
            { className: "flex items-start gap-3" },
            h("input", { type: "radio", name: q.id, value: o.id, checked: false, disabled: false, onChange: () => {}, className: "mt-1 h-4 w-4" }),
            h("span", null, o.text),
          ),
        ),
      ),
    ),
  ).replaceAll("&#x27;", "&#39;");
}

const question = (over: Partial<DrawnQuestion> = {}): DrawnQuestion => ({
  id: "q-listen",
  prompt: "What do you say first?",
  options: [
    { id: "a", text: "'I can see why that's worrying.'" },
    { id: "b", text: "Read the <policy> & move on." },
    { id: "c", text: 'Say "calm down".' },
  ],
  ...over,
});

describe("a knowledge-check question's options before marking", () => {
  it("are the markup QuizForm rendered, for every question of the curriculum in a learner's order", () => {
    for (const quiz of catalogue.quizzes) {
      for (const q of drawQuiz(quiz, `learner-1:${quiz.id}:v${quiz.version}:1`)) {
        const shown = { id: q.id, prompt: q.prompt, options: q.options.map((o) => ({ id: o.id, text: o.text })) };
        expect(quizOptionsHtml(contentVersion(), quiz.id, shown)).toBe(reactOptions(shown));
      }
    }
    expect(quizOptionsHtml("quiz-1", "check", question())).toBe(reactOptions(question()));
  });

  it("follow each learner's order, and never carry which option is right", () => {
    const q = question();
    const reversed = { ...q, options: [...q.options].reverse() };
    const first = quizOptionsHtml("quiz-2", "check", q);
    const other = quizOptionsHtml("quiz-2", "check", reversed);
    expect(other).not.toBe(first);
    expect(other.indexOf('value="c"')).toBeLessThan(other.indexOf('value="a"'));
    for (const quiz of catalogue.quizzes)
      for (const item of quiz.questions) {
        const html = quizOptionsHtml(contentVersion(), quiz.id, { id: item.id, prompt: item.prompt, options: item.options.map((o) => ({ id: o.id, text: o.text })) });
        expect(html).not.toContain("data-verdict");
        for (const o of item.options) expect(html).not.toContain(o.explanation);
      }
  });

  it("show an option's new text once the content version changes, and not before", () => {
    const changed = question({ options: [{ id: "a", text: "Acknowledge first." }, ...question().options.slice(1)] });
    expect(quizOptionsHtml("quiz-3", "check", question())).toContain("I can see why");
    expect(quizOptionsHtml("quiz-3", "check", changed)).toContain("I can see why");
    expect(quizOptionsHtml("quiz-4", "check", changed)).toContain("Acknowledge first.");
  });
});
