import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { CohortScopeSwitch } from "@/components/dashboard/trainer-dashboard";
import { loadPage, TRAINER_HOME } from "@/server/page-reads";

export const metadata: Metadata = { title: "Cohorts" };

export default async function TrainerHome({ searchParams }: { searchParams: Promise<{ scope?: string }> }) {
  const data = await loadPage(TRAINER_HOME, {}, await searchParams);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Cohorts"
        description={`${data.pendingReviews} attempt${data.pendingReviews === 1 ? "" : "s"} waiting for review.`}
        actions={
          <span className="flex gap-4">
            <Link href="/trainer/pack" className="font-medium text-brand-700 underline">
              Team-leader pack and job aids
            </Link>
            <Link href="/trainer/certificates" className="font-medium text-brand-700 underline">
              Certificates held
            </Link>
          </span>
        }
      />
      <Card>
        <CohortScopeSwitch data={data} basePath="/trainer" />
        {data.cohorts.length === 0 ? (
          <EmptyState>
            {data.scope === "mine"
              ? "You do not belong to any cohort yet. An admin adds trainers to the cohorts they look after."
              : "No cohorts yet. An admin creates cohorts and adds learners to them."}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Cohorts">
            {data.cohorts.map((c) => (
              <li key={c.id} className="flex justify-between py-3">
                <Link href={`/trainer/cohorts/${c.id}`} className="font-medium text-brand-700 underline">
                  {c.name}
                </Link>
                <span className="text-sm text-slate-700">
                  {c.memberCount} learner{c.memberCount === 1 ? "" : "s"} · {c.assignmentCount} live assignment{c.assignmentCount === 1 ? "" : "s"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
