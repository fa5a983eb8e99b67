"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

/** `level`: the heading level that follows the page's outline (h2 on its own page, h3 inside a dashboard section). */
export function CreateCohortForm({ level = 3 }: { level?: 2 | 3 }) {
  const Heading = level === 2 ? "h2" : "h3";
  const router = useRouter();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [success, setSuccess] = useState<string | null>(null);
  const create = useMutation(
    trpc.cohort.create.mutationOptions({
      onSuccess(cohort) {
        setSuccess(`Cohort “${cohort.name}” created.`);
        setName("");
        setDescription("");
        router.refresh();
      },
    }),
  );
  const errors = fieldErrorsOf(create.error);
  function submit(e: FormEvent) {
    e.preventDefault();
    setSuccess(null);
    create.mutate({ name, description: description || undefined });
  }
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby="create-cohort-heading">
      <Heading id="create-cohort-heading" className="font-semibold">
        Create a cohort
      </Heading>
      <Field id="cohort-name" label="Cohort name" error={errors.name?.[0]}>
        <input
          id="cohort-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          className={inputClass}
          aria-invalid={!!errors.name}
          aria-describedby={errors.name ? "cohort-name-error" : undefined}
          maxLength={200}
        />
      </Field>
      <Field id="cohort-description" label="Description (optional)" error={errors.description?.[0]}>
        <input id="cohort-description" value={description} onChange={(e) => setDescription(e.target.value)} className={inputClass} />
      </Field>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Creating…" : "Create cohort"}
      </Button>
      <FormStatus error={create.error && !errors.name ? create.error : null} success={success} />
    </form>
  );
}

export function CreateUserForm({ cohorts }: { cohorts: Array<{ id: string; name: string }> }) {
  const router = useRouter();
  const [values, setValues] = useState({ name: "", email: "", password: "", role: "LEARNER" as "LEARNER" | "TRAINER" | "ADMIN", cohortId: "" });
  const [requirePasswordChange, setRequirePasswordChange] = useState(true);
  const [success, setSuccess] = useState<string | null>(null);
  const create = useMutation(
    trpc.people.create.mutationOptions({
      onSuccess(user) {
        setSuccess(user.setupPath ? `${user.name} was invited: an email with a link to choose their password is in the Outbox.` : `${user.name} can now sign in as ${user.email}.`);
        setValues({ name: "", email: "", password: "", role: "LEARNER", cohortId: values.cohortId });
        router.refresh();
      },
    }),
  );
  const errors = fieldErrorsOf(create.error);
  const set = (k: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [k]: e.target.value }));
  function submit(e: FormEvent) {
    e.preventDefault();
    setSuccess(null);
    create.mutate({ ...values, cohortId: values.cohortId || null, requirePasswordChange });
  }
  const fieldProps = (k: "name" | "email" | "password") => ({
    id: `user-${k}`,
    value: values[k],
    onChange: set(k),
    className: inputClass,
    "aria-invalid": !!errors[k],
    "aria-describedby": errors[k] ? `user-${k}-error` : undefined,
  });
  const hasFieldError = Object.keys(errors).length > 0;
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby="create-user-heading">
      <h3 id="create-user-heading" className="font-semibold">
        Add a person
      </h3>
      <Field id="user-name" label="Full name" error={errors.name?.[0]}>
        <input {...fieldProps("name")} autoComplete="off" />
      </Field>
      <Field id="user-email" label="Email" error={errors.email?.[0]}>
        <input {...fieldProps("email")} type="email" autoComplete="off" />
      </Field>
      <Field
        id="user-password"
        label="Temporary password (optional)"
        error={errors.password?.[0]}
        hint="Leave empty to email them an invitation to choose their own. Otherwise at least 12 characters, shared privately."
      >
        <input {...fieldProps("password")} type="text" autoComplete="new-password" />
      </Field>
      <div className="flex items-start gap-2">
        <input
          id="user-require-change"
          type="checkbox"
          checked={requirePasswordChange}
          onChange={(e) => setRequirePasswordChange(e.target.checked)}
          className="mt-1 h-4 w-4 rounded border-slate-400"
        />
        <label htmlFor="user-require-change" className="text-sm text-slate-800">
          Ask them to choose their own password when they first sign in
        </label>
      </div>
      <Field id="user-role" label="Role">
        <select id="user-role" value={values.role} onChange={set("role")} className={inputClass}>
          <option value="LEARNER">Learner</option>
          <option value="TRAINER">Trainer</option>
          <option value="ADMIN">Admin</option>
        </select>
      </Field>
      <Field id="user-cohort" label="Cohort" error={errors.cohortId?.[0]}>
        <select id="user-cohort" value={values.cohortId} onChange={set("cohortId")} className={inputClass}>
          <option value="">No cohort</option>
          {cohorts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={create.isPending}>
        {create.isPending ? "Adding…" : "Add person"}
      </Button>
      <FormStatus error={create.error && !hasFieldError ? create.error : null} success={success} />
    </form>
  );
}
