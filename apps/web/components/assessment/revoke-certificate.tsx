"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type FormEvent } from "react";
import { Button, inputClass } from "@/components/ui";
import { messageOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

/** An admin revokes one certificate, saying why (the reason goes into the audit log). */
export function RevokeCertificate({ certificateId, label }: { certificateId: string; label: string }) {
  const router = useRouter();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const revoke = useMutation(trpc.certificate.revoke.mutationOptions({ onSuccess: () => router.refresh() }));
  function onSubmit(e: FormEvent) {
    e.preventDefault();
    revoke.mutate({ certificateId, reason });
  }
  if (!open) {
    return (
      <Button variant="secondary" onClick={() => setOpen(true)} aria-label={`Revoke ${label}`}>
        Revoke
      </Button>
    );
  }
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" aria-label={`Revoke ${label}`}>
      <div>
        <label htmlFor={`${id}-reason`} className="block text-sm font-medium">
          Reason
        </label>
        <input id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} className={inputClass} aria-describedby={revoke.error ? `${id}-err` : undefined} />
      </div>
      <Button type="submit" variant="danger" disabled={revoke.isPending}>
        Confirm revocation
      </Button>
      {revoke.error ? (
        <p id={`${id}-err`} role="alert" className="w-full text-sm font-medium text-heat">
          {messageOf(revoke.error)}
        </p>
      ) : null}
    </form>
  );
}
