"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { fieldErrorsOf } from "@/lib/errors";
import { trpc, useMutation } from "@/trpc/client";

type Person = { id: string; name: string; email: string };

/** Rename, archive/unarchive, add a member to one cohort. */
export function CohortAdmin({ cohort, people }: { cohort: { id: string; name: string; archivedAt: Date | string | null }; people: Person[] }) {
  const router = useRouter();
  const [name, setName] = useState(cohort.name);
  const [userId, setUserId] = useState("");
  const [success, setSuccess] = useState<string | null>(null);
  const ok = (msg: string) => () => (setSuccess(msg), router.refresh());
  const rename = useMutation(trpc.cohort.rename.mutationOptions({ onSuccess: ok("Renamed.") }));
  const archive = useMutation(trpc.cohort.archive.mutationOptions({ onSuccess: (c) => ok(c.archivedAt ? "Archived." : "Restored.")() }));
  const add = useMutation(trpc.cohort.addMembers.mutationOptions({ onSuccess: (r) => ok(r.added ? "Member added." : "Already a member.")() }));
  const error = rename.error ?? archive.error ?? add.error;
  const nameError = fieldErrorsOf(rename.error).name?.[0];
  const id = cohort.id;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-end gap-2">
        <form
          className="flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            setSuccess(null);
            rename.mutate({ cohortId: id, name });
          }}
        >
          <div>
            <label htmlFor={`name-${id}`} className="block text-xs font-medium">
              Name of {cohort.name}
            </label>
            <input id={`name-${id}`} className={inputClass} value={name} onChange={(e) => setName(e.target.value)} aria-invalid={!!nameError} />
          </div>
          <Button type="submit" variant="secondary" disabled={rename.isPending || name === cohort.name}>
            Rename
          </Button>
        </form>
        {!cohort.archivedAt ? (
          <form
            className="flex items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              if (userId) add.mutate({ cohortId: id, userIds: [userId] });
            }}
          >
            <div>
              <label htmlFor={`add-${id}`} className="block text-xs font-medium">
                Add to {cohort.name}
              </label>
              <select id={`add-${id}`} className={inputClass} value={userId} onChange={(e) => setUserId(e.target.value)}>
                <option value="">Choose a person</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name} ({p.email})
                  </option>
                ))}
              </select>
            </div>
            <Button type="submit" variant="secondary" disabled={!userId || add.isPending}>
              Add
            </Button>
          </form>
        ) : null}
        <Button type="button" variant={cohort.archivedAt ? "secondary" : "danger"} onClick={() => archive.mutate({ cohortId: id, archived: !cohort.archivedAt })}>
          {cohort.archivedAt ? "Restore" : "Archive"}
        </Button>
      </div>
      <FormStatus error={nameError ? null : error} success={success} />
      {nameError ? <p className="text-sm font-medium text-heat">{nameError}</p> : null}
    </div>
  );
}

export function RemoveMemberButton({ cohortId, user }: { cohortId: string; user: { id: string; name: string } }) {
  const router = useRouter();
  const remove = useMutation(trpc.cohort.removeMember.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <Button type="button" variant="ghost" disabled={remove.isPending} onClick={() => remove.mutate({ cohortId, userId: user.id })} aria-label={`Remove ${user.name}`}>
      Remove
    </Button>
  );
}
