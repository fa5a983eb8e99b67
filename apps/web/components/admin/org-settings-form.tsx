"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

export function OrgSettingsForm({ org }: { org: { name: string; defaultPassMark: number; trainersSeeAllCohorts: boolean } }) {
  const router = useRouter();
  const [name, setName] = useState(org.name);
  const [passMark, setPassMark] = useState(String(org.defaultPassMark));
  const [seeAll, setSeeAll] = useState(org.trainersSeeAllCohorts);
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
        save.mutate({ name, defaultPassMark: passMark === "" ? Number.NaN : Number(passMark), trainersSeeAllCohorts: seeAll });
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
      <div className="flex items-start gap-2">
        <input id="org-see-all" type="checkbox" className="mt-1" checked={seeAll} onChange={(e) => setSeeAll(e.target.checked)} aria-describedby="org-see-all-hint" />
        <div>
          <label htmlFor="org-see-all" className="text-sm font-medium text-slate-800">
            Trainers may view every cohort
          </label>
          <p id="org-see-all-hint" className="text-sm text-slate-600">
            Trainers always start from the cohorts they belong to; with this on they can switch to the whole organisation.
          </p>
        </div>
      </div>
      <Button type="submit" disabled={save.isPending}>
        Save settings
      </Button>
      <FormStatus error={Object.keys(errors).length ? null : save.error} success={success} />
    </form>
  );
}
