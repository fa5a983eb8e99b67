import type { Metadata } from "next";
import Link from "next/link";
import { catalogue } from "@defuse/content";
import { Badge, Button, ButtonLink, Card, EmptyState, PageHeader, inputClass } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { requireUser, serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Review queue" };

type Search = Promise<{ scenarioId?: string; cohortId?: string; failedOnly?: string; cursor?: string }>;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Search }) {
  await requireUser(["TRAINER", "ADMIN"]);
  const sp = await searchParams;
  const api = await serverApi();
  const [queue, cohorts] = await Promise.all([
    api.review.queue({ scenarioId: sp.scenarioId || null, cohortId: sp.cohortId || null, failedOnly: sp.failedOnly === "1", cursor: sp.cursor || null }),
    api.cohort.list({ scope: "all" }),
  ]);
  const next = new URLSearchParams({ ...(sp.scenarioId ? { scenarioId: sp.scenarioId } : {}), ...(sp.cohortId ? { cohortId: sp.cohortId } : {}), ...(sp.failedOnly ? { failedOnly: "1" } : {}) });
  if (queue.nextCursor) next.set("cursor", queue.nextCursor);
  return (
    <div className="space-y-6">
      <PageHeader title="Review queue" description="Role-play attempts waiting for a trainer, newest first." />
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filter the queue">
          <div>
            <label htmlFor="f-scenario" className="block text-sm font-medium">Scenario</label>
            <select id="f-scenario" name="scenarioId" defaultValue={sp.scenarioId ?? ""} className={inputClass}>
              <option value="">All scenarios</option>
              {catalogue.scenarios.map((s) => (
                <option key={s.id} value={s.id}>{s.title}</option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-cohort" className="block text-sm font-medium">Cohort</label>
            <select id="f-cohort" name="cohortId" defaultValue={sp.cohortId ?? ""} className={inputClass}>
              <option value="">All cohorts</option>
              {cohorts.map((c) => (
                <option key={c.id} value={c.id}>{c.name}</option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="failedOnly" value="1" defaultChecked={sp.failedOnly === "1"} /> Failed only
          </label>
          <Button type="submit" variant="secondary">Filter</Button>
        </form>
      </Card>
      <Card aria-labelledby="queue-heading">
        <h2 id="queue-heading" className="mb-3 text-lg font-semibold">Waiting for review</h2>
        {queue.items.length === 0 ? (
          <EmptyState>Nothing waiting for review with these filters.</EmptyState>
        ) : (
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 font-medium">Learner</th>
                <th scope="col" className="py-2 font-medium">Scenario</th>
                <th scope="col" className="py-2 font-medium">Automatic score</th>
                <th scope="col" className="py-2 font-medium">Finished</th>
                <th scope="col" className="py-2 font-medium"><span className="sr-only">Action</span></th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {queue.items.map((a) => (
                <tr key={a.attemptId}>
                  <td className="py-2 font-medium">{a.learner.name}</td>
                  <td className="py-2">{a.title}</td>
                  <td className="py-2">
                    {a.autoScore ?? "—"} {a.autoPassed === false ? <Badge tone="bad">Not passed</Badge> : null} {a.draftSavedAt ? <Badge tone="info">Draft</Badge> : null}
                  </td>
                  <td className="py-2">{formatDateTime(a.completedAt)}</td>
                  <td className="py-2">
                    <Link className="font-medium text-brand-700 underline" href={`/trainer/reviews/${a.attemptId}`} aria-label={`Review ${a.learner.name}'s ${a.title}`}>
                      Review
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {queue.nextCursor ? (
          <div className="mt-4">
            <ButtonLink variant="secondary" href={`/trainer/reviews?${next.toString()}`}>Next page</ButtonLink>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
