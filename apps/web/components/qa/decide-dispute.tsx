"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

interface Criterion {
  criterionId: string;
  title: string;
  levels: string[];
  level: number;
}

/** Uphold with new levels (released as the review) or decline; either way the agent reads the reason. */
export function DecideDispute({ disputeId, criteria }: { disputeId: string; criteria: Criterion[] }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<"upheld" | "declined">("declined");
  const [reason, setReason] = useState("");
  const [levels, setLevels] = useState(() => Object.fromEntries(criteria.map((c) => [c.criterionId, c.level])));
  const decide = useMutation(trpc.qa.decideDispute.mutationOptions({ onSuccess: () => router.refresh() }));
  const errors = fieldErrorsOf(decide.error);
  const reasonError = errors.reason?.[0];
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        decide.mutate({ disputeId, outcome, reason, levels: outcome === "upheld" ? levels : null });
      }}
    >
      <fieldset>
        <legend className="text-sm font-medium">Outcome</legend>
        <label className="mt-1 flex items-center gap-2 text-sm">
          <input type="radio" name="outcome" value="upheld" checked={outcome === "upheld"} onChange={() => setOutcome("upheld")} /> Uphold it with a new score
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="radio" name="outcome" value="declined" checked={outcome === "declined"} onChange={() => setOutcome("declined")} /> Decline it: the score stands
        </label>
      </fieldset>
      {outcome === "upheld" ? (
        <div className="space-y-3">
          {criteria.map((c) => (
            <div key={c.criterionId}>
              <label htmlFor={`dispute-${c.criterionId}`} className="block text-sm font-medium">
                New level for {c.title}
              </label>
              <select id={`dispute-${c.criterionId}`} className={inputClass} value={levels[c.criterionId] ?? 0} onChange={(e) => setLevels((l) => ({ ...l, [c.criterionId]: Number(e.target.value) }))}>
                {c.levels.map((d, i) => (
                  <option key={i} value={i}>
                    {i}: {d.length > 60 ? `${d.slice(0, 60)}…` : d}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      ) : null}
      <Field id="dispute-reason" label="Reason for the agent" error={reasonError}>
        <textarea
          id="dispute-reason"
          className={inputClass}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={!!reasonError}
          aria-describedby={reasonError ? "dispute-reason-error" : undefined}
        />
      </Field>
      <Button type="submit" disabled={decide.isPending || decide.isSuccess}>
        {outcome === "upheld" ? "Uphold and release the new score" : "Decline the dispute"}
      </Button>
      <FormStatus error={reasonError ? null : decide.error} success={decide.isSuccess ? "Decided. The agent now sees the outcome." : null} />
    </form>
  );
}
