"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { useTRPC } from "@/trpc/client";

export function OrgSettingsForm({ org }: { org: { name: string; defaultPassMark: number } }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [name, setName] = useState(org.name);
  const [passMark, setPassMark] = useState(String(org.defaultPassMark));
  const [success, setSuccess] = useState<string | null>(null);
  const save = useMutation(trpc.org.update.mutationOptions({ onSuccess: () => (setSuccess("Settings saved."), router.refresh()) }));
  const errors = fieldErrorsOf(save.error);
  return (
    <form
      className="max-w-md space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSuccess(null);
        save.mutate({ name, defaultPassMark: passMark === "" ? Number.NaN : Number(passMark) });
      }}
    >
      <Field id="org-name" label="Organisation name" error={errors.name?.[0]}>
        <input id="org-name" className={inputClass} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!errors.name} aria-describedby={errors.name ? "org-name-error" : undefined} />
      </Field>
      <Field id="org-passmark" label="Default pass mark" hint="Used when an assignment sets no pass mark (0 to 100)." error={errors.defaultPassMark?.[0]}>
        <input
          id="org-passmark"
          type="number"
          min={0}
          max={100}
          className={inputClass}
          value={passMark}
          onChange={(e) => setPassMark(e.target.value)}
          aria-invalid={!!errors.defaultPassMark}
          aria-describedby={errors.defaultPassMark ? "org-passmark-error" : "org-passmark-hint"}
        />
      </Field>
      <Button type="submit" disabled={save.isPending}>
        Save settings
      </Button>
      <FormStatus error={Object.keys(errors).length ? null : save.error} success={success} />
    </form>
  );
}
