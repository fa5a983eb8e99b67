"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { FormStatus } from "@/components/form-status";
import { Badge, Button, inputClass } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { trpc, useMutation } from "@/trpc/client";
import { PersonActions } from "./person-actions";

type Person = inferRouterOutputs<AppRouter>["people"]["list"]["items"][number];
type Role = Person["role"];
const ROLE = { LEARNER: "Learner", TRAINER: "Trainer", ADMIN: "Admin" } as const;

/**
 * The admin's people table: one row per person (name, email, role, cohorts, status, last
 * sign-in), a checkbox per row and for the page, and bulk actions on the selection (change role,
 * add to a cohort, deactivate), each confirmed first and done in one audited transaction on the
 * server. A row's own actions (role, reactivate, password reset) fold out under its "Actions".
 */
export function PeopleTable({ people, cohorts }: { people: Person[]; cohorts: Array<{ id: string; name: string }> }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [role, setRole] = useState<Role>("TRAINER");
  const [cohortId, setCohortId] = useState(cohorts[0]?.id ?? "");
  const [success, setSuccess] = useState<string | null>(null);
  const bulk = useMutation(
    trpc.people.bulk.mutationOptions({
      onSuccess: (r, input) => {
        const what = input.action.kind === "role" ? `now ${ROLE[input.action.role].toLowerCase()}s` : input.action.kind === "cohort" ? "added to the cohort" : "deactivated";
        setSuccess(`${r.changed} of ${r.selected} selected ${r.selected === 1 ? "person" : "people"} ${what}${r.changed < r.selected ? " (the others already were)" : ""}.`);
        setSelected(new Set());
        router.refresh();
      },
    }),
  );
  const ids = [...selected];
  const count = ids.length;
  const who = `${count} ${count === 1 ? "person" : "people"}`;
  const run = (question: string, action: Parameters<typeof bulk.mutate>[0]["action"]) => {
    setSuccess(null);
    if (window.confirm(question)) bulk.mutate({ userIds: ids, action });
  };
  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      if (on) n.add(id);
      else n.delete(id);
      return n;
    });
  const allOnPage = people.length > 0 && people.every((p) => selected.has(p.id));

  return (
    <div className="space-y-4">
      <section aria-label="Bulk actions" className="rounded-lg border border-slate-200 bg-slate-50 p-3">
        <p className="text-sm font-medium" aria-live="polite">
          {count ? `${who} selected` : "Select people in the table to change several at once."}
        </p>
        <div className="mt-2 flex flex-wrap items-end gap-3">
          <div className="flex flex-wrap items-end gap-2">
            <div>
              <label htmlFor="bulk-role" className="block text-sm font-medium">
                New role
              </label>
              <select id="bulk-role" className={`${inputClass} w-32`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
                <option value="LEARNER">Learner</option>
                <option value="TRAINER">Trainer</option>
                <option value="ADMIN">Admin</option>
              </select>
            </div>
            <Button type="button" variant="secondary" disabled={!count || bulk.isPending} onClick={() => run(`Change the role of ${who} to ${ROLE[role]}?`, { kind: "role", role })}>
              Change role
            </Button>
          </div>
          {cohorts.length ? (
            <div className="flex flex-wrap items-end gap-2">
              <div>
                <label htmlFor="bulk-cohort" className="block text-sm font-medium">
                  Cohort
                </label>
                <select id="bulk-cohort" className={`${inputClass} w-44`} value={cohortId} onChange={(e) => setCohortId(e.target.value)}>
                  {cohorts.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </div>
              <Button
                type="button"
                variant="secondary"
                disabled={!count || !cohortId || bulk.isPending}
                onClick={() => run(`Add ${who} to ${cohorts.find((c) => c.id === cohortId)?.name ?? "the cohort"}?`, { kind: "cohort", cohortId })}
              >
                Add to cohort
              </Button>
            </div>
          ) : null}
          <Button
            type="button"
            variant="secondary"
            className="text-heat"
            disabled={!count || bulk.isPending}
            onClick={() => run(`Deactivate ${who}? They can no longer sign in; their history stays.`, { kind: "deactivate" })}
          >
            Deactivate
          </Button>
        </div>
        <div className="mt-2">
          <FormStatus error={bulk.error} success={success} />
        </div>
      </section>
      <div className="relative overflow-x-auto" tabIndex={0}>
        <table className="w-full min-w-[52rem] text-left text-sm">
          <caption className="sr-only">People in your organisation</caption>
          <thead className="border-b border-slate-200 text-slate-600">
            <tr>
              <th scope="col" className="w-10 py-2 pr-2">
                <input
                  type="checkbox"
                  aria-label="Select everyone on this page"
                  checked={allOnPage}
                  onChange={(e) => setSelected(e.target.checked ? new Set(people.map((p) => p.id)) : new Set())}
                  className="h-4 w-4"
                />
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Name
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Email
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Role
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Cohorts
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Status
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Last sign-in
              </th>
              <th scope="col" className="py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 align-top">
            {people.map((p) => (
              <tr key={p.id} aria-selected={selected.has(p.id)} className={selected.has(p.id) ? "bg-brand-50" : undefined}>
                <td className="py-2 pr-2">
                  <input type="checkbox" aria-label={`Select ${p.name}`} checked={selected.has(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} className="h-4 w-4" />
                </td>
                <th scope="row" className="py-2 pr-3 font-medium">
                  {p.name}
                </th>
                <td className="break-all py-2 pr-3 text-slate-700">{p.email}</td>
                <td className="py-2 pr-3">{ROLE[p.role]}</td>
                <td className="py-2 pr-3 text-slate-700">{p.cohorts.length ? p.cohorts.map((c) => c.name).join(", ") : "—"}</td>
                <td className="py-2 pr-3">
                  {p.active ? p.mustChangePassword ? <Badge tone="warn">Password to set</Badge> : <Badge tone="good">Active</Badge> : <Badge tone="bad">Deactivated</Badge>}
                </td>
                <td className="py-2 pr-3 whitespace-nowrap text-slate-700">{p.lastSignInAt ? formatDateTime(p.lastSignInAt) : "Never"}</td>
                <td className="py-2">
                  <details>
                    <summary className="cursor-pointer rounded-md px-2 py-1 font-medium text-brand-700 hover:bg-slate-100">
                      Actions<span className="sr-only"> for {p.name}</span>
                    </summary>
                    <div className="mt-2 w-80">
                      <PersonActions person={p} />
                    </div>
                  </details>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
