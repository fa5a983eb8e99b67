import type { Metadata } from "next";
import { Button, ButtonLink, Card, EmptyState, PageHeader, inputClass } from "@/components/ui";
import { reviewQueueRowsHtml } from "@/components/trainer/review-queue-html";
import { formatDateTime } from "@/lib/format";
import { loadPage, REVIEW_QUEUE } from "@/server/page-reads";

export const metadata: Metadata = { title: "Review queue" };

type Search = Promise<{ scenarioId?: string; cohortId?: string; failedOnly?: string; cursor?: string; state?: string; source?: string }>;

const VIEWS = {
  PENDING: { tab: "Waiting for review", empty: "Nothing waiting for review with these filters." },
  RELEASED: { tab: "Reviews done", empty: "No released reviews with these filters." },
  ABANDONED: { tab: "Abandoned calls", empty: "No abandoned calls with these filters." },
} as const;
type View = keyof typeof VIEWS;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Search }) {
  const sp = await searchParams;
  // The view, the source filter, the queue and the filters' lists (REVIEW_QUEUE reads them from the URL).
  const {
    state,
    source,
    queue,
    filters: { cohorts, scenarios },
  } = await loadPage(REVIEW_QUEUE, {}, sp);
  const next = new URLSearchParams({
    ...(state !== "PENDING" ? { state } : {}),
    ...(sp.scenarioId ? { scenarioId: sp.scenarioId } : {}),
    ...(sp.cohortId ? { cohortId: sp.cohortId } : {}),
    ...(sp.failedOnly ? { failedOnly: "1" } : {}),
    ...(source ? { source } : {}),
  });
  if (queue.nextCursor) next.set("cursor", queue.nextCursor);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Review queue"
        description="Role-play attempts and agents' real calls waiting for a trainer, reviews already done and calls learners set aside, newest first."
        actions={
          <ButtonLink variant="secondary" href="/trainer/qa">
            Real calls: import, calibration, disputes
          </ButtonLink>
        }
      />
      <nav aria-label="Review lists" className="flex flex-wrap gap-4 text-sm">
        {(Object.keys(VIEWS) as View[]).map((v) => (
          <a
            key={v}
            href={v === "PENDING" ? "/trainer/reviews" : `/trainer/reviews?state=${v}`}
            aria-current={v === state ? "page" : undefined}
            className={v === state ? "font-semibold text-slate-900" : "text-brand-700 underline"}
          >
            {VIEWS[v].tab}
          </a>
        ))}
      </nav>
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filter the queue">
          {state !== "PENDING" ? <input type="hidden" name="state" value={state} /> : null}
          <div>
            <label htmlFor="f-source" className="block text-sm font-medium">
              Source
            </label>
            <select id="f-source" name="source" defaultValue={source ?? ""} className={inputClass}>
              <option value="">Practice and real calls</option>
              <option value="practice">Practice attempts</option>
              <option value="real">Real calls</option>
            </select>
          </div>
          <div>
            <label htmlFor="f-scenario" className="block text-sm font-medium">
              Scenario
            </label>
            <select id="f-scenario" name="scenarioId" defaultValue={sp.scenarioId ?? ""} className={inputClass}>
              <option value="">All scenarios</option>
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="f-cohort" className="block text-sm font-medium">
              Cohort
            </label>
            <select id="f-cohort" name="cohortId" defaultValue={sp.cohortId ?? ""} className={inputClass}>
              <option value="">All cohorts</option>
              {cohorts.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="failedOnly" value="1" defaultChecked={sp.failedOnly === "1"} /> Failed only
          </label>
          <Button type="submit" variant="secondary">
            Filter
          </Button>
        </form>
      </Card>
      <Card aria-labelledby="queue-heading">
        <h2 id="queue-heading" className="mb-3 text-lg font-semibold">
          {VIEWS[state].tab}
        </h2>
        {queue.items.length === 0 ? (
          <EmptyState>{VIEWS[state].empty}</EmptyState>
        ) : (
          <div className="relative overflow-x-auto" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 font-medium">
                    Learner
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Scenario or call
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    {state === "RELEASED" ? "Official score" : state === "ABANDONED" ? "Replies" : "Automatic score"}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    {state === "RELEASED" ? "Released" : state === "ABANDONED" ? "Started" : "Finished"}
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    <span className="sr-only">Action</span>
                  </th>
                </tr>
              </thead>
              {/* The rows as one escaped string (reviewQueueRowsHtml): a dozen elements and a link per attempt on every view. */}
              <tbody className="divide-y divide-slate-100" dangerouslySetInnerHTML={{ __html: reviewQueueRowsHtml(state, queue.items, formatDateTime) }} />
            </table>
          </div>
        )}
        {queue.nextCursor ? (
          <div className="mt-4">
            <ButtonLink variant="secondary" href={`/trainer/reviews?${next.toString()}`}>
              Next page
            </ButtonLink>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
