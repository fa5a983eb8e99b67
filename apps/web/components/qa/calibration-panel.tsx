"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { Badge, Button, Card, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

type Session = inferRouterOutputs<AppRouter>["qa"]["calibration"];
interface Criterion {
  criterionId: string;
  title: string;
  levels: string[];
}

function LevelFields({
  prefix,
  criteria,
  levels,
  onChange,
  disabled,
  errors,
}: {
  prefix: string;
  criteria: Criterion[];
  levels: Record<string, number | undefined>;
  onChange: (id: string, level: number) => void;
  disabled: boolean;
  errors: Record<string, string[] | undefined>;
}) {
  return (
    <div className="space-y-3">
      {criteria.map((c) => {
        const id = `${prefix}-${c.criterionId}`;
        const err = errors[`levels.${c.criterionId}`]?.[0];
        return (
          <div key={c.criterionId}>
            <label htmlFor={id} className="block text-sm font-medium">
              Level for {c.title}
            </label>
            <select
              id={id}
              className={inputClass}
              value={levels[c.criterionId] ?? ""}
              onChange={(e) => onChange(c.criterionId, Number(e.target.value))}
              disabled={disabled}
              aria-invalid={!!err}
              aria-describedby={err ? `${id}-error` : undefined}
            >
              <option value="">Choose a level</option>
              {c.levels.map((d, i) => (
                <option key={i} value={i}>
                  {i}: {d.length > 60 ? `${d.slice(0, 60)}…` : d}
                </option>
              ))}
            </select>
            {err ? (
              <p id={`${id}-error`} className="text-sm font-medium text-heat">
                {err}
              </p>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}

/**
 * One trainer's side of a calibration session: while it is open, their own blind levels and who has
 * scored (the organiser may close it early); once closed, the spread per criterion beside the
 * automatic level and who differs most; the organiser then records the agreed levels, which are
 * released to the agent as the review.
 */
export function CalibrationPanel({ session, criteria, autoScore }: { session: Session; criteria: Criterion[]; autoScore: number | null }) {
  const router = useRouter();
  const [mine, setMine] = useState<Record<string, number | undefined>>(() => ({ ...(session.mine ?? {}) }));
  const [agreed, setAgreed] = useState<Record<string, number | undefined>>(() => {
    if (session.agreed) return { ...session.agreed };
    // start from the middle of the trainers' levels for each criterion
    return Object.fromEntries((session.spread ?? []).map((c) => [c.criterionId, Math.round((c.min + c.max) / 2)]));
  });
  const [comment, setComment] = useState("");
  const [success, setSuccess] = useState<string | null>(null);
  const done = { onSuccess: () => router.refresh() };
  const score = useMutation(
    trpc.qa.scoreCalibration.mutationOptions({
      onSuccess: (r) => {
        setSuccess(
          r.closed ? `Your score ${r.score} is in. Everyone has scored, so the spread is now visible.` : `Your score ${r.score} is in. The others' scores stay hidden until everyone has scored.`,
        );
        router.refresh();
      },
    }),
  );
  const close = useMutation(trpc.qa.closeCalibration.mutationOptions(done));
  const agree = useMutation(
    trpc.qa.agreeCalibration.mutationOptions({
      onSuccess: (r) => {
        setSuccess(`Agreed score ${r.score} released as the review.`);
        router.refresh();
      },
    }),
  );
  const error = score.error ?? close.error ?? agree.error;
  const errors = fieldErrorsOf(error);
  const busy = score.isPending || close.isPending || agree.isPending;
  // unchosen levels are left out: the server names the first criterion still to score
  const complete = (l: Record<string, number | undefined>) => Object.fromEntries(criteria.flatMap((c) => (l[c.criterionId] === undefined ? [] : [[c.criterionId, l[c.criterionId]!] as const])));

  return (
    <div className="space-y-6">
      <Card aria-labelledby="who-heading">
        <h2 id="who-heading" className="mb-2 text-lg font-semibold">
          Trainers{" "}
          <Badge tone={session.state === "OPEN" ? "info" : session.state === "AGREED" ? "good" : "warn"}>
            {session.state === "OPEN" ? "Scoring blind" : session.state === "AGREED" ? "Agreed" : "Closed"}
          </Badge>
        </h2>
        <ul className="space-y-1 text-sm" aria-label="Who has scored">
          {session.trainers.map((t) => (
            <li key={t.id}>
              {t.name}: {t.scored ? "scored" : "not scored yet"}
            </li>
          ))}
        </ul>
        {session.organiser && session.state === "OPEN" ? (
          <Button type="button" variant="secondary" className="mt-3" disabled={busy} onClick={() => (setSuccess(null), close.mutate({ sessionId: session.sessionId }))}>
            Close the session now
          </Button>
        ) : null}
      </Card>

      {session.state === "OPEN" ? (
        <Card aria-labelledby="mine-heading">
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setSuccess(null);
              score.mutate({ sessionId: session.sessionId, levels: complete(mine) });
            }}
          >
            <h2 id="mine-heading" className="mb-1 text-lg font-semibold">
              Your blind score
            </h2>
            <p className="mb-3 text-sm text-slate-700">
              Score the call on your own: nobody sees the others&apos; levels (or the automatic ones) until the session closes. You can change yours until then.
            </p>
            <LevelFields prefix="mine" criteria={criteria} levels={mine} onChange={(id, l) => setMine((m) => ({ ...m, [id]: l }))} disabled={busy} errors={errors} />
            <Button type="submit" className="mt-4" disabled={busy}>
              {session.mine ? "Update my score" : "Submit my score"}
            </Button>
          </form>
        </Card>
      ) : (
        <Card aria-labelledby="spread-heading">
          <h2 id="spread-heading" className="mb-1 text-lg font-semibold">
            Spread per criterion
          </h2>
          <p className="mb-3 text-sm text-slate-700">
            Automatic score: {autoScore ?? "—"}.{" "}
            {session.differsMost ? (
              <span data-testid="differs-most">
                Differs most from the others: <strong>{session.differsMost.name}</strong> ({session.differsMost.distance.toFixed(1)} levels in all).
              </span>
            ) : null}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Each trainer&apos;s level per criterion beside the automatic level</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Criterion
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Automatic
                  </th>
                  {(session.scores ?? []).map((s) => (
                    <th key={s.trainerId} scope="col" className="py-2 pr-3 font-medium">
                      {s.name}
                    </th>
                  ))}
                  <th scope="col" className="py-2 font-medium">
                    Range
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {(session.spread ?? []).map((c) => (
                  <tr key={c.criterionId}>
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {c.title}
                    </th>
                    <td className="py-2 pr-3">{c.autoLevel ?? "—"}</td>
                    {(session.scores ?? []).map((s) => (
                      <td key={s.trainerId} className="py-2 pr-3">
                        {c.levels.find((l) => l.trainerId === s.trainerId)?.level ?? "—"}
                      </td>
                    ))}
                    <td className="py-2">{c.min === c.max ? "agree" : `${c.min}–${c.max}`}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row" className="py-2 pr-3 font-medium">
                    Score
                  </th>
                  <td className="py-2 pr-3">{autoScore ?? "—"}</td>
                  {(session.scores ?? []).map((s) => (
                    <td key={s.trainerId} className="py-2 pr-3">
                      {s.score ?? "—"}
                    </td>
                  ))}
                  <td />
                </tr>
              </tbody>
            </table>
          </div>
        </Card>
      )}

      {session.state === "CLOSED" && session.organiser ? (
        <Card aria-labelledby="agree-heading">
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              setSuccess(null);
              agree.mutate({ sessionId: session.sessionId, levels: complete(agreed), comment: comment || null });
            }}
          >
            <h2 id="agree-heading" className="mb-1 text-lg font-semibold">
              Agreed score
            </h2>
            <p className="mb-3 text-sm text-slate-700">Record what the trainers agreed. It is released to the agent as the official review.</p>
            <LevelFields prefix="agreed" criteria={criteria} levels={agreed} onChange={(id, l) => setAgreed((m) => ({ ...m, [id]: l }))} disabled={busy} errors={errors} />
            <label htmlFor="agreed-comment" className="mt-3 block text-sm font-medium">
              Feedback for the agent (optional)
            </label>
            <textarea id="agreed-comment" className={inputClass} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} disabled={busy} />
            <Button type="submit" className="mt-4" disabled={busy}>
              Record the agreed score and release it
            </Button>
          </form>
        </Card>
      ) : null}
      {session.state === "AGREED" && session.agreed ? (
        <Card aria-labelledby="agreed-heading">
          <h2 id="agreed-heading" className="mb-2 text-lg font-semibold">
            Agreed levels
          </h2>
          <ul className="text-sm">
            {criteria.map((c) => (
              <li key={c.criterionId}>
                {c.title}: {session.agreed![c.criterionId] ?? "—"}
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      <FormStatus error={error} success={success} />
    </div>
  );
}
