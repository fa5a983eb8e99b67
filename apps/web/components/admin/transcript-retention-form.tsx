"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

/**
 * How many days the organisation keeps imported real-call transcripts. A nightly job (pg-boss)
 * deletes older calls with their reviews; empty keeps them until someone deletes them.
 */
export function TranscriptRetentionForm({ days }: { days: number | null }) {
  const router = useRouter();
  const [value, setValue] = useState(days === null ? "" : String(days));
  const [success, setSuccess] = useState<string | null>(null);
  const save = useMutation(
    trpc.qa.setRetention.mutationOptions({
      onSuccess: (r) => {
        setSuccess(r.days === null ? "Saved: real-call transcripts are kept." : `Saved: real calls older than ${r.days} days are deleted each night.`);
        router.refresh();
      },
    }),
  );
  const error = fieldErrorsOf(save.error).days?.[0];
  return (
    <form
      className="max-w-md space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSuccess(null);
        save.mutate({ days: value.trim() === "" ? null : Number(value) });
      }}
    >
      <h2 className="font-semibold">Real-call transcripts</h2>
      <Field
        id="retention-days"
        label="Keep imported real calls for (days)"
        hint="Each night, calls imported longer ago than this are deleted with their reviews. Leave it empty to keep them."
        error={error}
      >
        <input
          id="retention-days"
          type="number"
          min={1}
          className={inputClass}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          aria-invalid={!!error}
          aria-describedby={error ? "retention-days-error" : "retention-days-hint"}
        />
      </Field>
      <Button type="submit" disabled={save.isPending}>
        Save retention
      </Button>
      <FormStatus error={error ? null : save.error} success={success} />
    </form>
  );
}
