"use client";

import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";
import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { Badge, Button, cx, inputClass } from "@/components/ui";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";
import { FormStatus } from "@/components/form-status";
import { LabelCorrector } from "./label-corrector";

type Review = inferRouterOutputs<AppRouter>["review"]["get"];

/**
 * The trainer's review: the transcript as the learner saw it (opening line first) with a comment
 * field per agent line, the learner's reflection (practice only), the ruling on critical behaviour, and one level
 * per criterion pre-filled from the automatic score. Any level that differs from the automatic
 * one needs a comment (the server enforces it too). `aside` sits above the scores (tension curve).
 */
export function ReviewForm({ data, aside }: { data: Review; aside?: ReactNode }) {
  // The server names every label (labelName in @defuse/content); this bundle stays free of the curriculum.
  const nameOf = (id: string) => data.labelNames[id] ?? id;
  const router = useRouter();
  const [levels, setLevels] = useState(() => Object.fromEntries(data.criteria.map((c) => [c.criterionId, c.level])));
  const [comments, setComments] = useState(() => Object.fromEntries(data.criteria.map((c) => [c.criterionId, c.comment])));
  const [overall, setOverall] = useState(data.review?.comment ?? "");
  const [lineComments, setLineComments] = useState<Record<number, string>>(() => Object.fromEntries(data.transcript.map((t) => [t.index, t.comment])));
  const [criticalDecision, setCriticalDecision] = useState<"" | "CONFIRMED" | "CLEARED">(data.critical.decision ?? "");
  const [criticalReason, setCriticalReason] = useState(data.critical.reason);
  const [success, setSuccess] = useState<string | null>(null);
  const released = data.review?.state === "RELEASED";

  const payload = () => ({
    attemptId: data.attempt.id,
    criteria: data.criteria.map((c) => ({ criterionId: c.criterionId, level: levels[c.criterionId] ?? 0, comment: comments[c.criterionId] ?? "" })),
    comment: overall,
    critical: criticalDecision ? { decision: criticalDecision, reason: criticalReason } : null,
    turnComments: data.transcript.map((t) => ({ turn: t.index, comment: lineComments[t.index] ?? "" })),
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
  // The same rule as the server's (review/scoring): an unchanged level keeps the engine's points.
  const weighted = Math.round(
    data.criteria.reduce((s, c) => {
      const level = levels[c.criterionId] ?? 0;
      return s + (c.autoLevel === level && c.autoPoints !== null ? c.autoPoints : (c.weight * level) / 4);
    }, 0),
  );
  const flagged = data.critical.flagged.length > 0;
  const criticalStands = criticalDecision === "CLEARED" ? false : criticalDecision === "CONFIRMED" ? true : flagged;
  const criticalError = fieldErrors.criticalReason?.[0];
  const busy = draft.isPending || release.isPending;

  return (
    <form
      className="grid grid-cols-1 gap-6 *:min-w-0 lg:grid-cols-2"
      noValidate
      aria-label="Review"
      onSubmit={(e) => {
        e.preventDefault();
        setSuccess(null);
        draft.reset();
        release.mutate(payload());
      }}
    >
      <div className="min-w-0 space-y-6">
        <section aria-labelledby="transcript-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="transcript-heading" className="mb-3 text-lg font-semibold">
            Transcript
          </h2>
          <ol className="space-y-3" aria-label="Transcript">
            {data.openingLine ? (
              <li className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="opening-line">
                <span className="font-semibold">{data.customerName} (opening line):</span> {data.openingLine}
              </li>
            ) : data.attempt.opening ? (
              <li className="rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm" data-testid="opening-line">
                <p>
                  <span className="font-semibold">{data.customerName} (before the agent spoke):</span> {data.attempt.opening}
                </p>
                <p className="mt-1 text-slate-600">
                  Tension {data.attempt.openingTension}
                  {data.attempt.openingReason ? `: ${data.attempt.openingReason}` : ""}
                </p>
              </li>
            ) : null}
            {data.transcript.map((t) => (
              <li key={t.index} className="rounded-lg border border-slate-200 p-3 text-sm">
                <p>
                  <span className="font-semibold">Agent (turn {t.index + 1}):</span> {t.agentText}
                </p>
                <p className="mt-1 flex flex-wrap gap-1">
                  {t.techniques.map((x) => (
                    <Badge key={x} tone={t.removed.includes(x) ? "neutral" : "good"}>
                      {t.removed.includes(x) ? <s>{nameOf(x)}</s> : nameOf(x)}
                      {t.removed.includes(x) ? <span className="sr-only"> (removed by a trainer)</span> : null}
                    </Badge>
                  ))}
                  {t.pitfalls.map((x) => (
                    <Badge key={x} tone={t.removed.includes(x) ? "neutral" : "bad"}>
                      {t.removed.includes(x) ? <s>{nameOf(x)}</s> : nameOf(x)}
                      {t.removed.includes(x) ? <span className="sr-only"> (removed by a trainer)</span> : null}
                    </Badge>
                  ))}
                  {t.added.map((x) => (
                    <Badge key={x} tone="info">
                      {nameOf(x)} (added by a trainer)
                    </Badge>
                  ))}
                  {t.hinted ? <Badge tone="neutral">hint used</Badge> : null}
                </p>
                {t.customerLine ? (
                  <p className="mt-1">
                    <span className="font-semibold">{data.customerName}:</span> {t.customerLine}
                  </p>
                ) : null}
                <p className="mt-1 text-slate-600">
                  Tension {t.tensionBefore} → {t.tensionAfter}
                  {t.reason ? `: ${t.reason}` : ""}
                </p>
                <div className="mt-2">
                  <label htmlFor={`line-${t.index}`} className="block text-sm font-medium">
                    Comment on turn {t.index + 1} (optional, the learner sees it beside this line)
                  </label>
                  <textarea
                    id={`line-${t.index}`}
                    className={inputClass}
                    rows={1}
                    value={lineComments[t.index] ?? ""}
                    onChange={(e) => setLineComments((m) => ({ ...m, [t.index]: e.target.value }))}
                    disabled={busy}
                  />
                </div>
                {data.labelCatalogue.length ? <LabelCorrector attemptId={data.attempt.id} turn={t.index} catalogue={data.labelCatalogue} initial={t.correctedLabels} disabled={busy} /> : null}
              </li>
            ))}
          </ol>
        </section>
        {/* the learner writes a reflection on a practice call; a real call has none */}
        {data.attempt.source === "practice" ? (
          <section aria-labelledby="reflection-heading" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h2 id="reflection-heading" className="mb-2 text-lg font-semibold">
              The learner’s reflection
            </h2>
            {data.reflection && (data.reflection.wentWell || data.reflection.doDifferently || data.reflection.feeling || data.reflection.afterCall) ? (
              <dl className="space-y-2 text-sm" data-testid="reflection">
                {(
                  [
                    ["What went well", data.reflection.wentWell],
                    ["What they would do differently", data.reflection.doDifferently],
                    ["How they felt", data.reflection.feeling],
                    ["After the call", data.reflection.afterCall],
                  ] as const
                )
                  .filter(([, v]) => v)
                  .map(([k, v]) => (
                    <div key={k}>
                      <dt className="font-medium">{k}</dt>
                      <dd className="whitespace-pre-wrap text-slate-700">{v}</dd>
                    </div>
                  ))}
              </dl>
            ) : (
              <p className="text-sm text-slate-600">The learner has not written a reflection on this attempt yet.</p>
            )}
          </section>
        ) : null}
      </div>
      <div className="min-w-0 space-y-6">
        {aside}
        <section aria-labelledby="score-heading" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="score-heading" className="text-lg font-semibold">
            Your scores
          </h2>
          <fieldset className={cx("rounded-lg border p-4", criticalError ? "border-heat" : flagged ? "border-red-300" : "border-slate-200")} data-testid="critical-ruling">
            <legend className="px-1 font-medium">Critical behaviour</legend>
            {flagged ? (
              <div className="text-sm text-slate-800">
                <p>The automatic check flagged critical behaviour, which fails the attempt whatever the score:</p>
                <ul className="ml-5 list-disc">
                  {data.critical.flagged.map((c, i) => (
                    <li key={i}>
                      {c.description}
                      {c.quotes.slice(0, 2).map((q, j) => (
                        <span key={j}>
                          {" "}
                          ({q.turn >= 0 ? `turn ${q.turn + 1}: ` : ""}
                          <q className="italic">{q.quote}</q>)
                        </span>
                      ))}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="text-sm text-slate-700">The automatic check found no critical behaviour.</p>
            )}
            <div className="mt-2 space-y-1 text-sm">
              <label className="flex items-center gap-2">
                <input type="radio" name="critical" value="" checked={criticalDecision === ""} onChange={() => setCriticalDecision("")} disabled={busy} />
                {flagged ? "Leave the flag as it is (it fails the attempt)" : "No critical behaviour"}
              </label>
              {flagged ? (
                <label className="flex items-center gap-2">
                  <input type="radio" name="critical" value="CONFIRMED" checked={criticalDecision === "CONFIRMED"} onChange={() => setCriticalDecision("CONFIRMED")} disabled={busy} />
                  Confirm it
                </label>
              ) : (
                <label className="flex items-center gap-2">
                  <input type="radio" name="critical" value="CONFIRMED" checked={criticalDecision === "CONFIRMED"} onChange={() => setCriticalDecision("CONFIRMED")} disabled={busy} />I found critical
                  behaviour the check missed (fails the attempt)
                </label>
              )}
              {flagged ? (
                <label className="flex items-center gap-2">
                  <input type="radio" name="critical" value="CLEARED" checked={criticalDecision === "CLEARED"} onChange={() => setCriticalDecision("CLEARED")} disabled={busy} />
                  Clear it: it does not apply
                </label>
              ) : null}
            </div>
            {criticalDecision ? (
              <div className="mt-2">
                <label htmlFor="critical-reason" className="block text-sm font-medium">
                  Reason for the learner{(criticalDecision === "CLEARED") === flagged ? " (required)" : " (optional)"}
                </label>
                <textarea
                  id="critical-reason"
                  className={inputClass}
                  rows={2}
                  value={criticalReason}
                  onChange={(e) => setCriticalReason(e.target.value)}
                  aria-invalid={!!criticalError}
                  aria-describedby={criticalError ? "critical-reason-error" : undefined}
                  disabled={busy}
                />
                {criticalError ? (
                  <p id="critical-reason-error" className="text-sm font-medium text-heat">
                    {criticalError}
                  </p>
                ) : null}
              </div>
            ) : null}
          </fieldset>
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
                    <select id={ids.level} className={inputClass} value={level} onChange={(e) => setLevels((l) => ({ ...l, [c.criterionId]: Number(e.target.value) }))} disabled={busy}>
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
          <p className="text-sm text-slate-700" aria-live="polite" data-testid="trainer-score">
            Your score: <strong>{weighted}</strong> (automatic: {data.attempt.autoScore ?? "—"}, pass mark {data.passMark}){" · "}
            {weighted >= data.passMark && !criticalStands ? "passes" : criticalStands ? "fails on critical behaviour" : "below the pass mark"}
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
        </section>
      </div>
    </form>
  );
}
