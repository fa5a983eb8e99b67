"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Button, Field, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { formatDateTime } from "@/lib/format";
import { trpc, useMutation } from "@/trpc/client";

type Course = { id: string; title: string; platform: string; lastSyncedAt: Date | string | null };

/**
 * LTI Names and Role Provisioning: bring an LMS course's learners into this cohort. Learners who
 * left the course are removed (their history stays); people added by hand are never touched.
 */
export function RosterSync({ cohortId, courses }: { cohortId: string; courses: Course[] }) {
  const router = useRouter();
  const [contextId, setContextId] = useState(courses[0]?.id ?? "");
  const [success, setSuccess] = useState<string | null>(null);
  const sync = useMutation(
    trpc.lti.syncRoster.mutationOptions({
      onSuccess(r) {
        setSuccess(`Synced “${r.course}”: ${r.added} added, ${r.removed} removed, ${r.unchanged} already here${r.created ? ` (${r.created} new account${r.created === 1 ? "" : "s"} created)` : ""}.`);
        router.refresh();
      },
    }),
  );
  function submit(e: FormEvent) {
    e.preventDefault();
    setSuccess(null);
    sync.mutate({ contextId, cohortId });
  }
  const chosen = courses.find((c) => c.id === contextId);
  return (
    <form onSubmit={submit} className="space-y-3" aria-labelledby="roster-heading">
      <h2 id="roster-heading" className="text-lg font-semibold">
        Sync from an LMS course
      </h2>
      <p className="text-sm text-slate-700">Adds the course&apos;s learners to this cohort and removes those who have left it. People you added by hand stay.</p>
      <Field id="roster-course" label="LMS course">
        <select id="roster-course" className={inputClass} value={contextId} onChange={(e) => setContextId(e.target.value)}>
          {courses.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title} ({c.platform})
            </option>
          ))}
        </select>
      </Field>
      {chosen?.lastSyncedAt ? <p className="text-sm text-slate-700">Last synced {formatDateTime(chosen.lastSyncedAt)}.</p> : null}
      <Button type="submit" disabled={sync.isPending || !contextId}>
        {sync.isPending ? "Syncing…" : "Sync roster"}
      </Button>
      <FormStatus error={sync.error} success={success} />
    </form>
  );
}
