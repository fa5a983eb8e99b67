import type { Metadata } from "next";
import { ImportPeople } from "@/components/admin/import-people";
import { PeopleTable } from "@/components/admin/people-table";
import { CreateUserForm } from "@/components/dashboard/admin-forms";
import { Button, ButtonLink, Card, EmptyState, PageHeader, inputClass } from "@/components/ui";
import { loadPage, PEOPLE, PEOPLE_PAGE_SIZE as PAGE_SIZE } from "@/server/page-reads";

export const metadata: Metadata = { title: "People" };

type Search = Promise<{ q?: string; role?: string; status?: string; cursor?: string; page?: string }>;

export default async function PeoplePage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  const { people, cohorts } = await loadPage(PEOPLE, {}, sp);
  const next = new URLSearchParams(Object.entries({ q: sp.q, role: sp.role, status: sp.status }).filter((e): e is [string, string] => !!e[1]));
  const first = new URLSearchParams(next);
  // Keyset pages have no total; the page number travels in the address so the admin sees where they are.
  const pageNo = sp.cursor ? Math.max(2, Number.parseInt(sp.page ?? "2", 10) || 2) : 1;
  if (people.nextCursor) {
    next.set("cursor", people.nextCursor);
    next.set("page", String(pageNo + 1));
  }
  const from = (pageNo - 1) * PAGE_SIZE + 1;
  return (
    <div className="space-y-6">
      <PageHeader title="People" description="Everyone in your organisation: roles, access and passwords." />
      <Card>
        <form method="get" className="grid gap-4 sm:flex sm:flex-wrap sm:items-end" aria-label="Find people">
          <div>
            <label htmlFor="p-q" className="block text-sm font-medium">
              Name or email
            </label>
            <input id="p-q" name="q" defaultValue={sp.q ?? ""} className={inputClass} />
          </div>
          <div>
            <label htmlFor="p-role" className="block text-sm font-medium">
              Role
            </label>
            <select id="p-role" name="role" defaultValue={sp.role ?? ""} className={inputClass}>
              <option value="">Any role</option>
              <option value="LEARNER">Learner</option>
              <option value="TRAINER">Trainer</option>
              <option value="ADMIN">Admin</option>
            </select>
          </div>
          <div>
            <label htmlFor="p-status" className="block text-sm font-medium">
              Status
            </label>
            <select id="p-status" name="status" defaultValue={sp.status ?? ""} className={inputClass}>
              <option value="">Any</option>
              <option value="active">Active</option>
              <option value="inactive">Deactivated</option>
            </select>
          </div>
          <Button type="submit" variant="secondary">
            Search
          </Button>
        </form>
      </Card>
      <Card aria-labelledby="people-list-heading">
        <h2 id="people-list-heading" className="mb-3 text-lg font-semibold">
          People
        </h2>
        {people.items.length === 0 ? <EmptyState>Nobody matches.</EmptyState> : <PeopleTable people={people.items} cohorts={cohorts} />}
        <nav aria-label="People pages" className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          <span className="text-slate-700">
            Page {pageNo}
            {people.items.length ? ` · people ${from}–${from + people.items.length - 1}` : ""}
          </span>
          {sp.cursor ? (
            <ButtonLink variant="secondary" href={`/admin/people${first.size ? `?${first.toString()}` : ""}`}>
              First page
            </ButtonLink>
          ) : null}
          {people.nextCursor ? (
            <ButtonLink variant="secondary" href={`/admin/people?${next.toString()}`}>
              Next page
            </ButtonLink>
          ) : null}
        </nav>
      </Card>
      <div className="grid grid-cols-1 gap-6 *:min-w-0 lg:grid-cols-2">
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
