"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";
import { FormStatus } from "@/components/form-status";

type Option = { id: string; title: string };

/** A date input's value (YYYY-MM-DD) as the end of that day, UTC, so "due 31 Jan" includes the 31st. */
const endOfDay = (v: string) => (v ? new Date(`${v}T23:59:59.000Z`) : null);
const dateValue = (d: Date | string | null) => (d ? new Date(d).toISOString().slice(0, 10) : "");

export function AssignForm({ cohortId, modules, scenarios }: { cohortId: string; modules: Option[]; scenarios: Option[] }) {
  const router = useRouter();
  const [kind, setKind] = useState<"SCENARIO" | "MODULE">("SCENARIO");
  const [contentId, setContentId] = useState(scenarios[0]?.id ?? "");
  const [due, setDue] = useState("");
  const [passMark, setPassMark] = useState("");
  const [requirement, setRequirement] = useState<"PASS" | "COMPLETE">("PASS");
  const [success, setSuccess] = useState<string | null>(null);
  const options = kind === "SCENARIO" ? scenarios : modules;
  const create = useMutation(
    trpc.assignment.create.mutationOptions({
      onSuccess() {
        setSuccess(`Assigned “${options.find((o) => o.id === contentId)?.title ?? contentId}”. Learners see it now.`);
        router.refresh();
      },
    }),
  );
  const errors = fieldErrorsOf(create.error);
  function submit(e: FormEvent) {
    e.preventDefault();
    setSuccess(null);
    create.mutate({ cohortId, kind, contentId, requirement, dueAt: endOfDay(due), passMark: passMark === "" ? null : Number(passMark) });
  }
  return (
    <form onSubmit={submit} className="space-y-3" noValidate aria-labelledby="assign-heading">
      <h2 id="assign-heading" className="text-lg font-semibold">
        Assign work
      </h2>
      <Field id="assign-kind" label="What to assign">
        <select
          id="assign-kind"
          className={inputClass}
          value={kind}
          onChange={(e) => {
            const k = e.target.value as "SCENARIO" | "MODULE";
            setKind(k);
            setContentId((k === "SCENARIO" ? scenarios : modules)[0]?.id ?? "");
          }}
        >
          <option value="SCENARIO">A single scenario</option>
          <option value="MODULE">A course module</option>
        </select>
      </Field>
      <Field id="assign-content" label={kind === "SCENARIO" ? "Scenario" : "Module"} error={errors.contentId?.[0]}>
        <select id="assign-content" className={inputClass} value={contentId} onChange={(e) => setContentId(e.target.value)}>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
        </select>
      </Field>
      {kind === "SCENARIO" ? (
        <Field id="assign-requirement" label="Counts as done when" error={errors.requirement?.[0]}>
          <select id="assign-requirement" className={inputClass} value={requirement} onChange={(e) => setRequirement(e.target.value as "PASS" | "COMPLETE")}>
            <option value="PASS">an attempt passes (assessed)</option>
            <option value="COMPLETE">an attempt is finished (practice)</option>
          </select>
        </Field>
      ) : null}
      <Field id="assign-due" label="Due date (optional)" error={errors.dueAt?.[0]}>
        <input id="assign-due" type="date" className={inputClass} value={due} onChange={(e) => setDue(e.target.value)} />
      </Field>
      <Field id="assign-passmark" label="Pass mark (optional)" hint="0 to 100; the organisation's default applies when empty." error={errors.passMark?.[0]}>
        <input
          id="assign-passmark"
          type="number"
          min={0}
          max={100}
          inputMode="numeric"
          className={inputClass}
          value={passMark}
          onChange={(e) => setPassMark(e.target.value)}
          aria-invalid={!!errors.passMark}
          aria-describedby={errors.passMark ? "assign-passmark-error" : "assign-passmark-hint"}
        />
      </Field>
      <Button type="submit" disabled={create.isPending || !contentId}>
        {create.isPending ? "Assigning…" : "Assign"}
      </Button>
      <FormStatus error={create.error && !Object.keys(errors).length ? create.error : null} success={success} />
    </form>
  );
}

/** Change the due date or pass mark of one assignment, or withdraw it. */
export function AssignmentActions({ assignment }: { assignment: { id: string; title: string; dueAt: Date | string | null; passMark: number | null } }) {
  const router = useRouter();
  const [due, setDue] = useState(dateValue(assignment.dueAt));
  const [passMark, setPassMark] = useState(assignment.passMark?.toString() ?? "");
  const [success, setSuccess] = useState<string | null>(null);
  const update = useMutation(trpc.assignment.update.mutationOptions({ onSuccess: () => (setSuccess("Saved."), router.refresh()) }));
  const withdraw = useMutation(trpc.assignment.withdraw.mutationOptions({ onSuccess: () => router.refresh() }));
  const id = assignment.id;
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={`Change ${assignment.title}`}
      onSubmit={(e) => {
        e.preventDefault();
        setSuccess(null);
        update.mutate({ assignmentId: id, dueAt: endOfDay(due), passMark: passMark === "" ? null : Number(passMark) });
      }}
    >
      <div>
        <label htmlFor={`due-${id}`} className="block text-xs font-medium">
          Due
        </label>
        <input id={`due-${id}`} type="date" className={inputClass} value={due} onChange={(e) => setDue(e.target.value)} />
      </div>
      <div>
        <label htmlFor={`pm-${id}`} className="block text-xs font-medium">
          Pass mark
        </label>
        <input id={`pm-${id}`} type="number" min={0} max={100} className={`${inputClass} w-24`} value={passMark} onChange={(e) => setPassMark(e.target.value)} />
      </div>
      <Button type="submit" variant="secondary" disabled={update.isPending}>
        Save
      </Button>
      <Button
        type="button"
        variant="danger"
        disabled={withdraw.isPending}
        onClick={() => {
          if (window.confirm(`Withdraw “${assignment.title}”? Learners stop seeing it; their attempts stay.`)) withdraw.mutate({ assignmentId: id });
        }}
      >
        Withdraw
      </Button>
      <FormStatus error={update.error ?? withdraw.error} success={success} />
    </form>
  );
}

/** Downloads the cohort's results as a CSV file built on the server. */
export function ExportButton({ cohortId }: { cohortId: string }) {
  const exp = useMutation(
    trpc.reports.exportResults.mutationOptions({
      onSuccess({ filename, csv }) {
        const url = URL.createObjectURL(new Blob(["\uFEFF", csv], { type: "text/csv;charset=utf-8" }));
        const a = document.createElement("a");
        a.href = url;
        a.download = filename;
        a.click();
        URL.revokeObjectURL(url);
      },
    }),
  );
  return (
    <div>
      <Button type="button" variant="secondary" onClick={() => exp.mutate({ cohortId })} disabled={exp.isPending}>
        {exp.isPending ? "Preparing…" : "Export results (CSV)"}
      </Button>
      <FormStatus error={exp.error} success={null} />
    </div>
  );
}
