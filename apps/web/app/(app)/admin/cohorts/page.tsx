import type { Metadata } from "next";
import Link from "next/link";
import { CohortAdmin, RemoveMemberButton } from "@/components/admin/cohort-admin";
import { CreateCohortForm } from "@/components/dashboard/admin-forms";
import { Badge, ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { ADMIN_COHORTS, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Cohorts" };

export default async function AdminCohortsPage({ searchParams }: { searchParams: Promise<{ open?: string; archived?: string; cursor?: string }> }) {
  const sp = await searchParams;
  const { cohorts, people, open } = await loadPage(ADMIN_COHORTS, {}, sp);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Cohorts"
        description="Create, rename and archive cohorts; add and remove members. Removed members stay in the cohort's history."
        actions={
          <ButtonLink variant="secondary" href={sp.archived === "1" ? "/admin/cohorts" : "/admin/cohorts?archived=1"}>
            {sp.archived === "1" ? "Hide archived" : "Show archived"}
          </ButtonLink>
        }
      />
      <div className="grid grid-cols-1 gap-6 *:min-w-0 lg:grid-cols-3">
        <Card className="lg:col-span-2">
          {cohorts.items.length === 0 ? (
            <EmptyState>No cohorts yet.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="Cohorts">
              {cohorts.items.map((c) => (
                <li key={c.id} className="space-y-2 py-3">
                  <p>
                    <Link href={`/admin/cohorts?open=${c.id}${sp.archived === "1" ? "&archived=1" : ""}`} className="font-medium text-brand-700 underline">
                      {c.name}
                    </Link>{" "}
                    <span className="text-sm text-slate-700">{c.memberCount} members</span>{" "}
                    <Link href={`/trainer/cohorts/${c.id}`} className="text-sm text-brand-700 underline">
                      Results and assignments
                    </Link>{" "}
                    {c.archivedAt ? <Badge tone="neutral">Archived</Badge> : null}
                  </p>
                  <CohortAdmin cohort={c} people={people.items} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <CreateCohortForm level={2} />
        </Card>
      </div>
      {open ? (
        <Card aria-labelledby="members-heading">
          <h2 id="members-heading" className="mb-3 text-lg font-semibold">
            Members of {open.cohort.name}
          </h2>
          {open.items.length === 0 ? (
            <EmptyState>No members yet.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label={`Members of ${open.cohort.name}`}>
              {open.items.map((m) => (
                <li key={m.id} className="flex items-center justify-between py-2 text-sm">
                  <span>
                    <span className="font-medium">{m.user.name}</span> {m.user.email} · added {formatDate(m.addedAt)}
                    {m.removedAt ? ` · removed ${formatDate(m.removedAt)}` : ""}
                  </span>
                  {m.removedAt ? <Badge tone="neutral">Former member</Badge> : <RemoveMemberButton cohortId={open.cohort.id} user={m.user} />}
                </li>
              ))}
            </ul>
          )}
        </Card>
      ) : null}
    </div>
  );
}
