"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { Badge, Button, cx, inputClass } from "@/components/ui";
import { fieldErrorsOf } from "@/lib/errors";
import { useTRPC } from "@/trpc/client";
import { FormStatus } from "@/components/form-status";

type Review = inferRouterOutputs<AppRouter>["review"]["get"];

/**
 * The trainer's scoring form: one level per criterion, pre-filled from the automatic score. Any
 * level that differs from the automatic one needs a comment (the server enforces it too).
 */
export function ReviewForm({ data }: { data: Review }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [levels, setLevels] = useState(() => Object.fromEntries(data.criteria.map((c) => [c.criterionId, c.level])));
  const [comments, setComments] = useState(() => Object.fromEntries(data.criteria.map((c) => [c.criterionId, c.comment])));
  const [overall, setOverall] = useState(data.review?.comment ?? "");
  const [success, setSuccess] = useState<string | null>(null);
  const released = data.review?.state === "RELEASED";

  const payload = () => ({
    attemptId: data.attempt.id,
    criteria: data.criteria.map((c) => ({ criterionId: c.criterionId, level: levels[c.criterionId] ?? 0, comment: comments[c.criterionId] ?? "" })),
    comment: overall,
  });
  const draft = useMutation(
    trpc.review.saveDraft.mutationOptions({
      onSuccess: (r) => {
        setSuccess(r.missingComments.length ? "Draft saved. Add a comment to every overridden criterion before releasing." : "Draft saved. The learner does not see it yet.");
        router.refresh();
      },
    }),
  );
  const release = useMutation(
    trpc.review.release.mutationOptions({
      onSuccess: (r) => {
        setSuccess(`Review released to ${data.attempt.learner.name}: official score ${r.score} (${r.passed ? "passed" : "not passed"}).`);
        router.refresh();
      },
    }),
  );
  const error = release.error ?? draft.error;
  const fieldErrors = fieldErrorsOf(error);
  const weighted = Math.round(data.criteria.reduce((s, c) => s + (c.weight * (levels[c.criterionId] ?? 0)) / 4, 0));
  const busy = draft.isPending || release.isPending;

  return (
    <form
      className="space-y-4"
      noValidate
      aria-labelledby="score-heading"
      onSubmit={(e) => {
        e.preventDefault();
        setSuccess(null);
        draft.reset();
        release.mutate(payload());
      }}
    >
      <h2 id="score-heading" className="text-lg font-semibold">
        Your scores
      </h2>
      {data.criteria.map((c) => {
        const level = levels[c.criterionId] ?? 0;
        const overridden = c.autoLevel !== null && c.autoLevel !== level;
        const err = fieldErrors[`criteria.${c.criterionId}`]?.[0];
        const ids = { level: `level-${c.criterionId}`, comment: `comment-${c.criterionId}` };
        return (
          <fieldset key={c.criterionId} className={cx("rounded-lg border p-4", err ? "border-heat" : "border-slate-200")}>
            <legend className="px-1 font-medium">
              {c.title} <span className="text-sm font-normal text-slate-600">(weight {c.weight})</span>
            </legend>
            <p className="text-sm text-slate-700">
              Automatic level: <strong>{c.autoLevel ?? "—"}</strong>
              {c.evidence.length ? <span className="block text-slate-600">Evidence: {c.evidence.slice(0, 3).join("; ")}</span> : null}
            </p>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              <div>
                <label htmlFor={ids.level} className="block text-sm font-medium">
                  Level for {c.title}
                </label>
                <select
                  id={ids.level}
                  className={inputClass}
                  value={level}
                  onChange={(e) => setLevels((l) => ({ ...l, [c.criterionId]: Number(e.target.value) }))}
                  disabled={busy}
                >
                  {c.levels.map((d, i) => (
                    <option key={i} value={i}>
                      {i}: {d.length > 70 ? `${d.slice(0, 70)}…` : d}
                    </option>
                  ))}
                </select>
                {overridden ? (
                  <p className="mt-1 text-sm">
                    <Badge tone="warn">Override</Badge> <span className="text-slate-700">A comment is required.</span>
                  </p>
                ) : null}
              </div>
              <div>
                <label htmlFor={ids.comment} className="block text-sm font-medium">
                  Comment on {c.title}
                  {overridden ? " (required)" : " (optional)"}
                </label>
                <textarea
                  id={ids.comment}
                  className={inputClass}
                  rows={2}
                  value={comments[c.criterionId] ?? ""}
                  onChange={(e) => setComments((m) => ({ ...m, [c.criterionId]: e.target.value }))}
                  aria-invalid={!!err}
                  aria-describedby={err ? `${ids.comment}-error` : undefined}
                  required={overridden}
                />
                {err ? (
                  <p id={`${ids.comment}-error`} className="text-sm font-medium text-heat">
                    {err}
                  </p>
                ) : null}
              </div>
            </div>
          </fieldset>
        );
      })}
      <div>
        <label htmlFor="review-comment" className="block text-sm font-medium">
          Overall feedback for the learner
        </label>
        <textarea id="review-comment" className={inputClass} rows={3} value={overall} onChange={(e) => setOverall(e.target.value)} />
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        Your score: <strong>{weighted}</strong> (automatic: {data.attempt.autoScore ?? "—"}, pass mark {data.passMark})
      </p>
      <div className="flex flex-wrap gap-3">
        {!released ? (
          <Button
            type="button"
            variant="secondary"
            disabled={busy}
            onClick={() => {
              setSuccess(null);
              release.reset();
              draft.mutate(payload());
            }}
          >
            Save draft
          </Button>
        ) : null}
        <Button type="submit" disabled={busy}>
          {released ? "Release changes" : "Release to learner"}
        </Button>
      </div>
      <FormStatus error={error} success={success} />
    </form>
  );
}
