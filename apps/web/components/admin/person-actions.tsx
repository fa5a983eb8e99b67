"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button, inputClass } from "@/components/ui";
import { FormStatus } from "@/components/form-status";
import { trpc, useMutation } from "@/trpc/client";

type Role = "LEARNER" | "TRAINER" | "ADMIN";

/** Per-person admin actions: change role, deactivate/reactivate, reset password. */
export function PersonActions({ person }: { person: { id: string; name: string; role: Role; active: boolean } }) {
  const router = useRouter();
  const [role, setRole] = useState<Role>(person.role);
  const [success, setSuccess] = useState<string | null>(null);
  const done = (msg: string) => () => {
    setSuccess(msg);
    router.refresh();
  };
  const setRoleM = useMutation(trpc.people.setRole.mutationOptions({ onSuccess: done(`${person.name} is now ${role.toLowerCase()}.`) }));
  const setActive = useMutation(trpc.people.setActive.mutationOptions({ onSuccess: (u) => done(u.active ? `${person.name} can sign in again.` : `${person.name} can no longer sign in.`)() }));
  const reset = useMutation(
    trpc.people.resetPassword.mutationOptions({
      onSuccess: (r) => setSuccess(r.method === "link" ? `One-time link (24 hours): ${window.location.origin}${r.path}` : `Temporary password: ${r.temporaryPassword} (they must change it)`),
    }),
  );
  const error = setRoleM.error ?? setActive.error ?? reset.error;
  const id = person.id;
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={`role-${id}`} className="sr-only">
          Role for {person.name}
        </label>
        <select id={`role-${id}`} className={`${inputClass} w-32`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
          <option value="LEARNER">Learner</option>
          <option value="TRAINER">Trainer</option>
          <option value="ADMIN">Admin</option>
        </select>
        <Button type="button" variant="secondary" disabled={role === person.role || setRoleM.isPending} onClick={() => setRoleM.mutate({ userId: id, role })}>
          Change role
        </Button>
        <Button
          type="button"
          variant={person.active ? "danger" : "secondary"}
          disabled={setActive.isPending}
          aria-label={`${person.active ? "Deactivate" : "Reactivate"} ${person.name}`}
          onClick={() => {
            if (!person.active || window.confirm(`Deactivate ${person.name}? They can no longer sign in; their history stays.`)) setActive.mutate({ userId: id, active: !person.active });
          }}
        >
          {person.active ? "Deactivate" : "Reactivate"}
        </Button>
        <Button type="button" variant="ghost" disabled={!person.active || reset.isPending} onClick={() => reset.mutate({ userId: id, method: "link" })} aria-label={`Reset link for ${person.name}`}>
          Reset link
        </Button>
        <Button
          type="button"
          variant="ghost"
          disabled={!person.active || reset.isPending}
          onClick={() => reset.mutate({ userId: id, method: "temporary" })}
          aria-label={`Temporary password for ${person.name}`}
        >
          Temporary password
        </Button>
      </div>
      <FormStatus error={error} success={success} />
    </div>
  );
}
