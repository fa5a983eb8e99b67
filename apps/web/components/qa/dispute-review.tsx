"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Badge, Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";
import { trpc, useMutation } from "@/trpc/client";

interface Dispute {
  state: string;
  reason: string;
  outcomeReason: string | null;
  oldScore: number;
  newScore: number | null;
  decidedAt: Date | null;
}

/** The agent's one dispute of a released review: the form until they send it, then its outcome. */
export function DisputeReview({ attemptId, dispute }: { attemptId: string; dispute: Dispute | null }) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const open = useMutation(trpc.qa.openDispute.mutationOptions({ onSuccess: () => router.refresh() }));
  const err = fieldErrorsOf(open.error).reason?.[0];
  if (dispute) {
    return (
      <div className="space-y-2 text-sm" data-testid="dispute-outcome">
        <p>
          <Badge tone={dispute.state === "OPEN" ? "warn" : dispute.state === "UPHELD" ? "good" : "neutral"}>
            {dispute.state === "OPEN" ? "Waiting for a trainer" : dispute.state === "UPHELD" ? "Upheld" : "Declined"}
          </Badge>{" "}
          You disputed the score of {dispute.oldScore}: “{dispute.reason}”
        </p>
        {dispute.state === "UPHELD" ? (
          <p>
            Upheld {formatDateTime(dispute.decidedAt)}: your new score is <strong>{dispute.newScore}</strong>. {dispute.outcomeReason}
          </p>
        ) : dispute.state === "DECLINED" ? (
          <p>
            Declined {formatDateTime(dispute.decidedAt)}: {dispute.outcomeReason}
          </p>
        ) : (
          <p>A trainer other than your reviewer will decide it. A review can be disputed once.</p>
        )}
      </div>
    );
  }
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        open.mutate({ attemptId, reason });
      }}
    >
      <p className="text-sm text-slate-700">If you think the score is wrong, say why. A different trainer decides, and you can dispute a review once.</p>
      <Field id="dispute-reason" label="Why you disagree" error={err}>
        <textarea
          id="dispute-reason"
          className={inputClass}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          aria-invalid={!!err}
          aria-describedby={err ? "dispute-reason-error" : undefined}
        />
      </Field>
      <Button type="submit" disabled={open.isPending || open.isSuccess}>
        Send the dispute
      </Button>
      <FormStatus error={err ? null : open.error} success={null} />
    </form>
  );
}
