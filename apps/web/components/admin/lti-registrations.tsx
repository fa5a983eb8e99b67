"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, EmptyState, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

interface Registration {
  id: string;
  name: string;
  issuer: string;
  clientId: string;
  deploymentIds: string[];
  currentKid: string | null;
  instructorsBecomeTrainers: boolean;
}

const INSTRUCTOR_HINT =
  "Anyone who can create a course in your LMS is an Instructor there. A trainer sees every learner in this organisation. This applies to accounts created from now on; people who already launched keep their role (change it in People).";

/** What an LMS Instructor's first launch creates, as a select whose value is "trainer" or "learner". */
function InstructorRoleSelect({ id, trainers, onChange, disabled }: { id: string; trainers: boolean; onChange: (trainers: boolean) => void; disabled?: boolean }) {
  return (
    <Field id={id} label="LMS instructors become" hint={INSTRUCTOR_HINT}>
      <select id={id} className={inputClass} value={trainers ? "trainer" : "learner"} disabled={disabled} aria-describedby={`${id}-hint`} onChange={(e) => onChange(e.target.value === "trainer")}>
        <option value="learner">Learners, until an admin makes them trainers</option>
        <option value="trainer">Trainers (they see every learner in this organisation)</option>
      </select>
    </Field>
  );
}

export function LtiRegistrationList({ registrations }: { registrations: Registration[] }) {
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const rotate = useMutation(trpc.lti.rotateKey.mutationOptions({ onSuccess: () => (setStatus("New key in use; the old one stays published for 48 hours."), router.refresh()) }));
  const remove = useMutation(trpc.lti.deleteRegistration.mutationOptions({ onSuccess: () => (setStatus("Platform removed."), router.refresh()) }));
  const policy = useMutation(
    trpc.lti.setInstructorPolicy.mutationOptions({
      onSuccess(r) {
        setStatus(`Saved: LMS instructors launching for the first time become ${r.instructorsBecomeTrainers ? "trainers" : "learners"}.`);
        router.refresh();
      },
    }),
  );
  if (registrations.length === 0) return <EmptyState>No platform is registered yet.</EmptyState>;
  return (
    <div className="space-y-3">
      <ul className="divide-y divide-slate-200">
        {registrations.map((r) => (
          <li key={r.id} className="py-3">
            <p className="font-medium">{r.name}</p>
            <dl className="grid grid-cols-[10rem_1fr] gap-x-3 text-sm text-slate-700">
              <dt>Issuer</dt>
              <dd className="break-all">{r.issuer}</dd>
              <dt>Client id</dt>
              <dd className="break-all">{r.clientId}</dd>
              <dt>Deployments</dt>
              <dd>{r.deploymentIds.join(", ")}</dd>
              <dt>Current key id</dt>
              <dd className="break-all">{r.currentKid ?? "none"}</dd>
            </dl>
            <div className="mt-2 max-w-xl">
              <InstructorRoleSelect
                id={`lti-instructors-${r.id}`}
                trainers={policy.isPending && policy.variables?.id === r.id ? policy.variables.instructorsBecomeTrainers : r.instructorsBecomeTrainers}
                disabled={policy.isPending}
                onChange={(trainers) => policy.mutate({ id: r.id, instructorsBecomeTrainers: trainers })}
              />
            </div>
            <div className="mt-2 flex gap-2">
              <Button type="button" variant="secondary" disabled={rotate.isPending} onClick={() => rotate.mutate({ id: r.id })}>
                Rotate key
              </Button>
              <Button
                type="button"
                variant="secondary"
                disabled={remove.isPending}
                onClick={() => {
                  if (window.confirm(`Remove ${r.name}? Its launches stop working.`)) remove.mutate({ id: r.id });
                }}
              >
                Remove
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <FormStatus error={rotate.error ?? remove.error ?? policy.error} success={status} />
    </div>
  );
}

export function LtiRegistrationLink() {
  const link = useMutation(trpc.lti.registrationLink.mutationOptions());
  return (
    <div className="space-y-2 text-sm">
      <p>Create a link, then paste it into your platform’s “register tool by URL” box. It works for 7 days.</p>
      <Button type="button" onClick={() => link.mutate()} disabled={link.isPending}>
        Create registration link
      </Button>
      {link.data ? (
        <Field id="lti-reg-link" label="Registration link">
          <input id="lti-reg-link" className={inputClass} readOnly value={link.data.url} onFocus={(e) => e.currentTarget.select()} />
        </Field>
      ) : null}
      <FormStatus error={link.error} success={null} />
    </div>
  );
}

const FIELDS = [
  ["name", "Platform name", "For you, e.g. “Moodle”."],
  ["issuer", "Platform ID (issuer)", "Moodle: the site URL. Canvas: https://canvas.instructure.com."],
  ["clientId", "Client ID", "The platform shows it after you add Defuse as a tool."],
  ["deploymentIds", "Deployment IDs", "Separate several with commas."],
  ["jwksUrl", "Public keyset URL", ""],
  ["authUrl", "Authentication request URL", ""],
  ["tokenUrl", "Access token URL", ""],
] as const;

export function LtiRegistrationForm() {
  const router = useRouter();
  const [values, setValues] = useState<Record<(typeof FIELDS)[number][0], string>>({ name: "", issuer: "", clientId: "", deploymentIds: "", jwksUrl: "", authUrl: "", tokenUrl: "" });
  const [instructorsBecomeTrainers, setInstructorsBecomeTrainers] = useState(false);
  const [success, setSuccess] = useState<string | null>(null);
  const create = useMutation(trpc.lti.createRegistration.mutationOptions({ onSuccess: () => (setSuccess("Platform registered."), router.refresh()) }));
  const errors = fieldErrorsOf(create.error);
  return (
    <form
      className="max-w-xl space-y-3"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        setSuccess(null);
        create.mutate({
          ...values,
          instructorsBecomeTrainers,
          deploymentIds: values.deploymentIds
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean),
        });
      }}
    >
      {FIELDS.map(([key, label, hint]) => (
        <Field key={key} id={`lti-${key}`} label={label} hint={hint || undefined} error={errors[key]?.[0]}>
          <input
            id={`lti-${key}`}
            className={inputClass}
            value={values[key]}
            onChange={(e) => setValues((v) => ({ ...v, [key]: e.target.value }))}
            aria-invalid={!!errors[key]}
            aria-describedby={errors[key] ? `lti-${key}-error` : hint ? `lti-${key}-hint` : undefined}
          />
        </Field>
      ))}
      <InstructorRoleSelect id="lti-instructorsBecomeTrainers" trainers={instructorsBecomeTrainers} onChange={setInstructorsBecomeTrainers} />
      <p className="text-sm text-slate-700">
        Give the platform these Defuse URLs: login <code>/api/lti/login</code>, redirect and launch <code>/api/lti/launch</code>, public keyset <code>/api/lti/jwks</code> (on this site’s address).
      </p>
      <Button type="submit" disabled={create.isPending}>
        Register platform
      </Button>
      <FormStatus error={Object.keys(errors).length ? null : create.error} success={success} />
    </form>
  );
}

interface GradeJob {
  id: string;
  queue: "pending" | "dead";
  state: string;
  attemptId: string;
  lineItemUrl: string;
  retries: number;
  lastError: string | null;
}

/** Grade passbacks that are failing (still retrying) or gave up, with a retry for the latter. */
export function LtiGradeJobs({ jobs }: { jobs: GradeJob[] }) {
  const router = useRouter();
  const [status, setStatus] = useState<string | null>(null);
  const retry = useMutation(trpc.lti.retryGradeJob.mutationOptions({ onSuccess: () => (setStatus("Sent again."), router.refresh()) }));
  if (jobs.length === 0) return <EmptyState>No grade is waiting or failing.</EmptyState>;
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Grade passbacks that failed</caption>
          <thead>
            <tr>
              <th scope="col">Attempt</th>
              <th scope="col">Gradebook column</th>
              <th scope="col">Status</th>
              <th scope="col">Last error</th>
              <th scope="col">
                <span className="sr-only">Action</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((j) => (
              <tr key={j.id} className="border-t border-slate-200">
                <td className="py-2 pr-2 font-mono break-all">{j.attemptId}</td>
                <td className="break-all pr-2">{j.lineItemUrl}</td>
                <td className="pr-2">{j.queue === "dead" ? "Gave up" : `Retrying (${j.retries} so far)`}</td>
                <td className="pr-2">{j.lastError ?? "—"}</td>
                <td>
                  {j.queue === "dead" ? (
                    <Button type="button" variant="secondary" disabled={retry.isPending} onClick={() => retry.mutate({ id: j.id })}>
                      Retry
                    </Button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <FormStatus error={retry.error} success={status} />
    </div>
  );
}
