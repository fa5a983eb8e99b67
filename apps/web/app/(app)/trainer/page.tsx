import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { requireUser, serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Cohorts" };

export default async function TrainerHome() {
  await requireUser(["TRAINER", "ADMIN"]);
  const api = await serverApi();
  const data = await api.dashboard.trainer();
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
        {data.cohorts.length === 0 ? (
          <EmptyState>No cohorts yet. An admin creates cohorts and adds learners to them.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Cohorts">
            {data.cohorts.map((c) => (
              <li key={c.id} className="flex justify-between py-3">
                <Link href={`/trainer/cohorts/${c.id}`} className="font-medium text-brand-700 underline">
                  {c.name}
                </Link>
                <span className="text-sm text-slate-700">
                  {c.memberCount} members · {c.assignmentCount} live assignments
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
