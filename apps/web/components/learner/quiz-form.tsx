"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Badge, Button, cx } from "@/components/ui";
import { messageOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

/** A question of this attempt's draw: its prompt, and its options as HTML made on the server (quiz-html.ts). */
export interface DrawnQuestionView {
  id: string;
  prompt: string;
  optionsHtml: string;
}

/**
 * A knowledge check: answer the questions drawn for this attempt, see which were wrong (and, once
 * passed, why each option is right or wrong), then try again with a fresh draw.
 *
 * Before marking, each question's options are the server's HTML for this learner's order, the same
 * for everyone who draws it and made once per content version (quiz-html.ts): plain radios, read from
 * the form when it is sent. The marked attempt is rendered here from what the server answered.
 */
export function QuizForm({
  attemptNumber,
  questions,
  moduleId,
  lessonId,
  nextHref,
}: {
  attemptNumber: number;
  questions: DrawnQuestionView[];
  moduleId: string;
  lessonId: string;
  nextHref: string | null;
}) {
  const router = useRouter();
  const [missing, setMissing] = useState<string[]>([]);
  const formRef = useRef<HTMLFormElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const submit = useMutation(
    trpc.learner.submitQuiz.mutationOptions({
      onSuccess() {
        router.refresh();
        requestAnimationFrame(() => resultRef.current?.focus());
      },
    }),
  );
  const result = submit.data;
  const byQuestion = new Map(result?.results.map((r) => [r.questionId, r]));
  // After marking, show the questions that were marked: the page has already refreshed to the next draw.
  const shown: Array<{ id: string; prompt: string; optionsHtml?: string }> = result ? result.results.map((r) => ({ id: r.questionId, prompt: r.prompt })) : questions;

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const answers: Record<string, string> = {};
    for (const q of questions) {
      const chosen = form.get(q.id);
      if (typeof chosen === "string") answers[q.id] = chosen;
    }
    const notAnswered = questions.filter((q) => !answers[q.id]).map((q) => q.id);
    setMissing(notAnswered);
    if (notAnswered.length) {
      document.getElementById(`q-${notAnswered[0]}`)?.querySelector("input")?.focus();
      return;
    }
    submit.mutate({ moduleId, lessonId, attemptNumber, answers });
  }
  function onChange(e: FormEvent<HTMLFormElement>) {
    const input = e.target;
    if (input instanceof HTMLInputElement && input.type === "radio") setMissing((m) => m.filter((x) => x !== input.name));
  }
  function retry() {
    submit.reset();
    formRef.current?.reset();
    setMissing([]);
    requestAnimationFrame(() => document.querySelector<HTMLInputElement>("form[data-quiz] input")?.focus());
  }

  return (
    <form ref={formRef} onSubmit={onSubmit} onChange={onChange} noValidate data-quiz className="space-y-6">
      {shown.map((q, qi) => {
        const r = byQuestion.get(q.id);
        const isMissing = missing.includes(q.id);
        return (
          <fieldset
            key={q.id}
            id={`q-${q.id}`}
            className={cx("rounded-xl border bg-white p-4", isMissing ? "border-heat" : "border-slate-200")}
            aria-describedby={isMissing ? `q-${q.id}-missing` : undefined}
          >
            <legend className="px-1 font-semibold">
              {qi + 1}. {q.prompt}
              {r ? (
                <span className={cx("ml-2 text-sm font-medium", r.correct ? "text-emerald-900" : "text-red-900")} data-testid="question-verdict">
                  {r.correct ? "Correct" : "Incorrect"}
                </span>
              ) : null}
            </legend>
            {isMissing ? (
              <p id={`q-${q.id}-missing`} className="text-sm font-medium text-heat">
                Choose an answer for this question.
              </p>
            ) : null}
            {r ? (
              <div key="marked" className="mt-2 space-y-2">
                {r.options.map((o) => {
                  const chosen = r.chosen === o.id;
                  // Before a pass, only the question's verdict and the chosen option's explanation come back.
                  const verdict = o.correct === true ? "right" : o.correct === false ? "wrong" : chosen ? (r.correct ? "right" : "wrong") : undefined;
                  return (
                    <div
                      key={o.id}
                      data-testid="quiz-option"
                      data-verdict={verdict}
                      className={cx("rounded-lg border p-3", verdict === "right" ? "border-emerald-400 bg-emerald-50" : verdict === "wrong" && chosen ? "border-red-300 bg-red-50" : "border-slate-200")}
                    >
                      <label className="flex items-start gap-3">
                        <input type="radio" name={q.id} value={o.id} checked={chosen} disabled readOnly className="mt-1 h-4 w-4" />
                        <span>{o.text}</span>
                      </label>
                      {o.explanation ? (
                        <p className="mt-2 pl-7 text-sm">
                          <span className={cx("font-semibold", verdict === "right" ? "text-emerald-900" : "text-red-900")}>
                            {verdict === "right" ? "Right" : "Not quite"}
                            {chosen ? " (your answer)" : ""}:{" "}
                          </span>
                          {o.explanation}
                        </p>
                      ) : null}
                    </div>
                  );
                })}
              </div>
            ) : (
              // This learner's draw, unmarked: the server's HTML for these options in this order (quiz-html.ts).
              <div key="draw" className="mt-2 space-y-2" dangerouslySetInnerHTML={{ __html: q.optionsHtml ?? "" }} />
            )}
          </fieldset>
        );
      })}

      {missing.length ? (
        <p role="alert" className="font-medium text-heat">
          Answer {missing.length === 1 ? "the highlighted question" : `the ${missing.length} highlighted questions`} before checking.
        </p>
      ) : null}
      {submit.error ? (
        <p role="alert" className="font-medium text-heat">
          {messageOf(submit.error)}
        </p>
      ) : null}

      {result ? (
        <div ref={resultRef} tabIndex={-1} role="status" className="rounded-xl border border-slate-300 bg-white p-4" data-testid="quiz-result">
          <p className="text-lg font-semibold">
            You scored {result.score}% ({result.correctCount} of {result.total}).{" "}
            <Badge tone={result.passed ? "good" : "bad"}>{result.passed ? "Passed" : `Not passed: ${result.passMark}% needed`}</Badge>
          </p>
          {!result.fullFeedback ? (
            <p className="mt-2 text-sm text-slate-700">
              You can see which answers were wrong and why your choice was not the best. The full explanations open once you pass; your next try draws a different set of questions.
            </p>
          ) : null}
          <div className="mt-3 flex flex-wrap gap-2">
            <Button type="button" variant="secondary" onClick={retry}>
              Try again
            </Button>
            {result.passed && nextHref ? (
              <a href={nextHref} className="inline-flex min-h-10 items-center rounded-lg bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-800">
                Continue
              </a>
            ) : null}
          </div>
        </div>
      ) : (
        <Button type="submit" disabled={submit.isPending}>
          {submit.isPending ? "Checking…" : "Check my answers"}
        </Button>
      )}
    </form>
  );
}
