"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation, useQuery } from "@/trpc/client";

/**
 * Opens a calibration session on this call or attempt with the trainers ticked, then goes to it.
 * Not a <form>: it sits beside the review form's fields (inside that form), and a nested form is
 * dropped by the browser, so its button would submit the review form instead.
 */
export function OpenCalibration({ attemptId }: { attemptId: string }) {
  const router = useRouter();
  const colleagues = useQuery(trpc.qa.colleagues.queryOptions());
  const [chosen, setChosen] = useState<string[]>([]);
  const open = useMutation(trpc.qa.openCalibration.mutationOptions({ onSuccess: (r) => router.push(`/trainer/qa/calibration/${r.sessionId}`) }));
  const err = fieldErrorsOf(open.error).trainerIds?.[0];
  return (
    <div role="group" aria-label="Calibration">
      <fieldset aria-describedby={err ? "calibrate-error" : undefined}>
        <legend className="text-sm font-medium">Invite trainers to score it blind</legend>
        {colleagues.data?.length === 0 ? <p className="text-sm text-slate-700">There is no other trainer in your organisation to invite.</p> : null}
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {(colleagues.data ?? []).map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" checked={chosen.includes(c.id)} onChange={(e) => setChosen((x) => (e.target.checked ? [...x, c.id] : x.filter((y) => y !== c.id)))} />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      {err ? (
        <p id="calibrate-error" className="text-sm font-medium text-heat">
          {err}
        </p>
      ) : null}
      <Button type="button" variant="secondary" className="mt-3" disabled={open.isPending || open.isSuccess || chosen.length === 0} onClick={() => open.mutate({ attemptId, trainerIds: chosen })}>
        Open a calibration session
      </Button>
      <FormStatus error={err ? null : open.error} success={null} />
    </div>
  );
}
