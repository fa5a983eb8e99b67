import type { inferRouterOutputs, AppRouter } from "@defuse/api";
import { Card, EmptyState, PageHeader } from "@/components/ui";
import { formatDateTime } from "@/lib/format";
import { recentAttemptRowsHtml } from "./trainer-dashboard-html";

type Data = inferRouterOutputs<AppRouter>["dashboard"]["trainer"];

/** "Your cohorts" / "All cohorts" links, shown when the trainer may see the whole organisation. */
export function CohortScopeSwitch({ data, basePath }: { data: Pick<Data, "scope" | "canSeeAll">; basePath: string }) {
  if (!data.canSeeAll) return null;
  return (
    <nav aria-label="Which cohorts" className="mb-3 flex gap-4 text-sm">
      <a href={`${basePath}?scope=mine`} aria-current={data.scope === "mine" ? "page" : undefined} className={data.scope === "mine" ? "font-semibold" : "text-brand-700 underline"}>
        Cohorts I belong to
      </a>
      <a
        href={`${basePath}?scope=all`}
        aria-current={data.scope === "all" ? "page" : undefined}
        className={data.scope === "all" ? "font-semibold" : "text-brand-700 underline"}
      >
        All cohorts in the organisation
      </a>
    </nav>
  );
}

export function TrainerDashboard({ data }: { data: Data }) {
  return (
    <div className="space-y-6">
      <PageHeader title="Your cohorts" description={`${data.pendingReviews} role-play attempt${data.pendingReviews === 1 ? "" : "s"} waiting for review.`} />
      <Card aria-labelledby="cohorts-heading">
        <h2 id="cohorts-heading" className="mb-3 text-lg font-semibold">
          Cohorts
        </h2>
        <CohortScopeSwitch data={data} basePath="/dashboard" />
        {data.cohorts.length === 0 ? (
          <EmptyState>
            {data.scope === "mine" ? "You do not belong to any cohort yet. An admin adds trainers to the cohorts they look after." : "No cohorts yet. An admin creates cohorts and adds learners to them."}
          </EmptyState>
        ) : (
          <div className="relative overflow-x-auto" tabIndex={0}>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 font-medium">Cohort</th>
                <th scope="col" className="py-2 font-medium">Learners</th>
                <th scope="col" className="py-2 font-medium">Live assignments</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.cohorts.map((c) => (
                <tr key={c.id}>
                  <td className="py-2 font-medium">
                    <a href={`/trainer/cohorts/${c.id}`} className="text-brand-700 underline">
                      {c.name}
                    </a>
                  </td>
                  <td className="py-2">{c.memberCount}</td>
                  <td className="py-2">{c.assignmentCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        )}
      </Card>
      <Card aria-labelledby="recent-heading">
        <h2 id="recent-heading" className="mb-3 text-lg font-semibold">
          Recent attempts
        </h2>
        {data.recentAttempts.length === 0 ? (
          <EmptyState>No completed attempts yet.</EmptyState>
        ) : (
          <div className="relative overflow-x-auto" tabIndex={0}>
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 text-slate-600">
              <tr>
                <th scope="col" className="py-2 font-medium">Learner</th>
                <th scope="col" className="py-2 font-medium">Activity</th>
                <th scope="col" className="py-2 font-medium">Score</th>
                <th scope="col" className="py-2 font-medium">Finished</th>
              </tr>
            </thead>
            {/* The rows as one escaped string (recentAttemptRowsHtml): about ten elements per attempt on every view. */}
            <tbody className="divide-y divide-slate-100" dangerouslySetInnerHTML={{ __html: recentAttemptRowsHtml(data.recentAttempts, formatDateTime) }} />
          </table>
          </div>
        )}
      </Card>
    </div>
  );
}
