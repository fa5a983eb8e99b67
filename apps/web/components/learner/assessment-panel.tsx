"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { Badge, Button, ButtonLink, Card, cx } from "@/components/ui";
import { messageOf } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { trpc, useMutation } from "@/trpc/client";

type AssessmentData = inferRouterOutputs<AppRouter>["assessment"]["forModule"];

/**
 * The learner's side of a final assessment: start a sitting, answer the knowledge test (no answers
 * or explanations until the sitting closes), play the assessed role-play, then close the sitting.
 */
export function AssessmentPanel({ data }: { data: AssessmentData }) {
  const router = useRouter();
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const refresh = { onSuccess: () => router.refresh() };
  const start = useMutation(trpc.assessment.start.mutationOptions(refresh));
  const submit = useMutation(
    trpc.assessment.submitKnowledge.mutationOptions({
      onSuccess: () => {
        setAnswers({});
        router.refresh();
      },
    }),
  );
  const startRoleplay = useMutation(trpc.assessment.startRoleplay.mutationOptions({ onSuccess: (r) => router.push(`/practice/${data.rules.scenarioId}/${r.roleplayAttemptId}`) }));
  const finish = useMutation(trpc.assessment.finish.mutationOptions(refresh));
  const error = start.error ?? submit.error ?? startRoleplay.error ?? finish.error;
  const open = data.open;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (!open) return;
    const notAnswered = open.questions.filter((q) => !answers[q.key]).map((q) => q.key);
    setMissing(notAnswered);
    if (notAnswered.length) return;
    submit.mutate({ attemptId: open.id, answers });
  }

  return (
    <div className="space-y-6">
      {error ? (
        <p role="alert" className="font-medium text-heat">
          {messageOf(error)}
        </p>
      ) : null}

      {data.certificate ? (
        <Card className="border-emerald-300 bg-emerald-50" data-testid="certificate">
          <h2 className="text-lg font-semibold">You hold a certificate for this module</h2>
          <p className="mt-1">
            Score {data.certificate.score}% · verification code <strong data-testid="certificate-code">{data.certificate.code}</strong>
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <ButtonLink href={`/api/certificates/${data.certificate.code}`} download>
              Download the certificate (PDF)
            </ButtonLink>
            <ButtonLink variant="secondary" href={`/verify/${data.certificate.code}`}>
              Public verification page
            </ButtonLink>
          </div>
        </Card>
      ) : null}

      {!open && !data.certificate ? (
        <Card>
          {data.canStart ? (
            <Button onClick={() => start.mutate({ moduleId: data.module.id })} disabled={start.isPending}>
              {start.isPending ? "Starting…" : `Start attempt ${data.attemptsUsed + 1} of ${data.rules.maxAttempts}`}
            </Button>
          ) : data.cooldownUntil ? (
            <p role="status" data-testid="cooldown">
              You can try again after {formatDateTime(data.cooldownUntil)}. Use the time to revisit the lessons.
            </p>
          ) : (
            <p role="status">You have used all {data.rules.maxAttempts} attempts. Ask your trainer about what happens next.</p>
          )}
        </Card>
      ) : null}

      {open?.status === "KNOWLEDGE" ? (
        <form onSubmit={onSubmit} noValidate className="space-y-4" data-assessment>
          <h2 className="text-xl font-semibold">Knowledge test (attempt {open.number})</h2>
          <p className="text-sm text-slate-700">Answers and explanations are shown once this attempt closes.</p>
          {open.questions.map((q, i) => (
            <fieldset
              key={q.key}
              className={cx("rounded-xl border bg-white p-4", missing.includes(q.key) ? "border-heat" : "border-slate-200")}
              aria-describedby={missing.includes(q.key) ? `m-${i}` : undefined}
            >
              <legend className="px-1 font-semibold">
                {i + 1}. {q.prompt}
              </legend>
              {missing.includes(q.key) ? (
                <p id={`m-${i}`} className="text-sm font-medium text-heat">
                  Choose an answer for this question.
                </p>
              ) : null}
              <div className="mt-2 space-y-2">
                {q.options.map((o) => (
                  <label key={o.id} className="flex items-start gap-3 rounded-lg border border-slate-200 p-3">
                    <input
                      type="radio"
                      name={q.key}
                      value={o.id}
                      checked={answers[q.key] === o.id}
                      onChange={() => {
                        setAnswers((a) => ({ ...a, [q.key]: o.id }));
                        setMissing((m) => m.filter((x) => x !== q.key));
                      }}
                      className="mt-1 h-4 w-4"
                    />
                    <span>{o.text}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          ))}
          {missing.length ? (
            <p role="alert" className="font-medium text-heat">
              Answer every question before submitting ({missing.length} left).
            </p>
          ) : null}
          <Button type="submit" disabled={submit.isPending}>
            {submit.isPending ? "Submitting…" : "Submit the knowledge test"}
          </Button>
        </form>
      ) : null}

      {open?.status === "ROLEPLAY" ? (
        <Card className="space-y-3">
          <h2 className="text-xl font-semibold">Assessed role-play</h2>
          <p>
            You passed the knowledge test ({open.knowledgeScore}%). Now play one call in free text; it is scored by the scenario&apos;s rubric and must reach {data.rules.roleplayPassMark}% with no
            critical failure.
          </p>
          {!open.roleplay ? (
            <Button onClick={() => startRoleplay.mutate({ attemptId: open.id })} disabled={startRoleplay.isPending}>
              Start the assessed role-play
            </Button>
          ) : open.roleplay.status === "COMPLETED" ? (
            <Button onClick={() => finish.mutate({ attemptId: open.id })} disabled={finish.isPending}>
              Close the assessment and see the result
            </Button>
          ) : (
            <ButtonLink href={`/practice/${data.rules.scenarioId}/${open.roleplay.attemptId}`}>Continue the assessed role-play</ButtonLink>
          )}
        </Card>
      ) : null}

      {data.closed.length ? (
        <section aria-labelledby="past-attempts" className="space-y-3">
          <h2 id="past-attempts" className="text-xl font-semibold">
            Closed attempts
          </h2>
          {[...data.closed].reverse().map((s) => (
            <Card key={s.id} data-testid="closed-attempt">
              <p className="font-semibold">
                Attempt {s.number}: <Badge tone={s.passed ? "good" : "bad"}>{s.passed ? "Passed" : "Not passed"}</Badge> · knowledge {s.knowledgeScore ?? "—"}%
                {s.roleplayScore !== null ? ` · role-play ${s.roleplayScore}%` : ""} · closed {formatDateTime(s.closedAt)}
              </p>
              <details className="mt-2">
                <summary className="cursor-pointer text-brand-700 underline">Answers and explanations</summary>
                <ol className="mt-2 space-y-3">
                  {s.questions.map((q) => (
                    <li key={q.key}>
                      <p className="font-medium">
                        {q.prompt} <span className={q.correct ? "text-emerald-900" : "text-red-900"}>{q.correct ? "(correct)" : "(incorrect)"}</span>
                      </p>
                      <ul className="mt-1 space-y-1 pl-4 text-sm">
                        {q.options.map((o) => (
                          <li key={o.id}>
                            <span className={cx(o.correct && "font-semibold text-emerald-900")}>
                              {o.text}
                              {o.correct ? " (right answer)" : ""}
                              {q.chosen === o.id ? " (your answer)" : ""}
                            </span>{" "}
                            <span className="text-slate-700">{o.explanation}</span>
                          </li>
                        ))}
                      </ul>
                    </li>
                  ))}
                </ol>
              </details>
            </Card>
          ))}
        </section>
      ) : null}
    </div>
  );
}
