import type { Metadata } from "next";
import { ImportPeople } from "@/components/admin/import-people";
import { PersonActions } from "@/components/admin/person-actions";
import { CreateUserForm } from "@/components/dashboard/admin-forms";
import { Badge, Button, ButtonLink, Card, EmptyState, PageHeader, inputClass } from "@/components/ui";
import { requireUser, serverApi } from "@/server/session";

export const metadata: Metadata = { title: "People" };

type Search = Promise<{ q?: string; role?: string; status?: string; cursor?: string }>;

export default async function PeoplePage({ searchParams }: { searchParams: Search }) {
  await requireUser(["ADMIN"]);
  const sp = await searchParams;
  const api = await serverApi();
  const role = sp.role === "LEARNER" || sp.role === "TRAINER" || sp.role === "ADMIN" ? sp.role : null;
  const active = sp.status === "active" ? true : sp.status === "inactive" ? false : null;
  const [people, cohorts] = await Promise.all([api.people.list({ search: sp.q || null, role, active, cursor: sp.cursor || null }), api.cohort.list({ scope: "all" })]);
  const next = new URLSearchParams(Object.entries({ q: sp.q, role: sp.role, status: sp.status }).filter((e): e is [string, string] => !!e[1]));
  if (people.nextCursor) next.set("cursor", people.nextCursor);
  return (
    <div className="space-y-6">
      <PageHeader title="People" description="Everyone in your organisation: roles, access and passwords." />
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Find people">
          <div>
            <label htmlFor="p-q" className="block text-sm font-medium">Name or email</label>
            <input id="p-q" name="q" defaultValue={sp.q ?? ""} className={inputClass} />
          </div>
          <div>
            <label htmlFor="p-role" className="block text-sm font-medium">Role</label>
            <select id="p-role" name="role" defaultValue={sp.role ?? ""} className={inputClass}>
              <option value="">Any role</option>
              <option value="LEARNER">Learner</option>
              <option value="TRAINER">Trainer</option>
              <option value="ADMIN">Admin</option>
            </select>
          </div>
          <div>
            <label htmlFor="p-status" className="block text-sm font-medium">Status</label>
            <select id="p-status" name="status" defaultValue={sp.status ?? ""} className={inputClass}>
              <option value="">Any</option>
              <option value="active">Active</option>
              <option value="inactive">Deactivated</option>
            </select>
          </div>
          <Button type="submit" variant="secondary">Search</Button>
        </form>
      </Card>
      <Card aria-labelledby="people-list-heading">
        <h2 id="people-list-heading" className="mb-3 text-lg font-semibold">People</h2>
        {people.items.length === 0 ? (
          <EmptyState>Nobody matches.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="People">
            {people.items.map((p) => (
              <li key={p.id} className="space-y-2 py-3">
                <p>
                  <span className="font-medium">{p.name}</span> <span className="text-sm text-slate-700">{p.email}</span>{" "}
                  {p.active ? null : <Badge tone="bad">Deactivated</Badge>} {p.cohorts.length ? <span className="text-sm text-slate-600">· {p.cohorts.map((c) => c.name).join(", ")}</span> : null}
                </p>
                <PersonActions person={p} />
              </li>
            ))}
          </ul>
        )}
        {people.nextCursor ? (
          <div className="mt-4">
            <ButtonLink variant="secondary" href={`/admin/people?${next.toString()}`}>Next page</ButtonLink>
          </div>
        ) : null}
      </Card>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <ImportPeople />
        </Card>
        <Card>
          <CreateUserForm cohorts={cohorts} />
        </Card>
      </div>
    </div>
  );
}
