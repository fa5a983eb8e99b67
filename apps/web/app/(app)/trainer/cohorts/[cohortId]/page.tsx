import type { Metadata } from "next";
import { catalogue } from "@defuse/content";
import { Badge, Button, ButtonLink, Card, DateRangeFields, EmptyState, PageHeader, inputClass } from "@/components/ui";
import { AssignForm, AssignmentActions, ExportButton } from "@/components/trainer/assignment-forms";
import { CohortAnalytics } from "@/components/trainer/cohort-analytics";
import { RosterSync } from "@/components/trainer/roster-sync";
import { formatDate, formatDateTime } from "@/lib/format";
import { notFoundOnMissing } from "@/lib/not-found";
import { COHORT, COHORT_STATUSES as STATUSES, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Cohort" };

type Search = Promise<{ learnerId?: string; from?: string; to?: string; cursor?: string; status?: string; assignmentId?: string; overdue?: string; scursor?: string }>;
type Status = (typeof STATUSES)[number];
const STATUS_LABEL: Record<Status, string> = {
  NOT_STARTED: "Not started",
  IN_PROGRESS: "In progress",
  RETRY_REQUIRED: "Re-attempt required",
  COMPLETED: "Done",
};
const STATUS_TONE = { NOT_STARTED: "neutral", IN_PROGRESS: "info", RETRY_REQUIRED: "warn", COMPLETED: "good" } as const;

export default async function CohortPage({ params, searchParams }: { params: Promise<{ cohortId: string }>; searchParams: Search }) {
  const { cohortId } = await params;
  const sp = await searchParams;
  // Everything the page shows, in one read (COHORT); a cohort that is not the organisation's is a 404.
  const { status, dashboard, assignments, members, progress, statuses, lmsCourses, ownScenarios } = await loadPage(COHORT, { cohortId }, sp).catch(notFoundOnMissing);
  const syncable = lmsCourses.filter((c) => c.canSync);
  const statusParams = new URLSearchParams(Object.entries({ status: status ?? undefined, assignmentId: sp.assignmentId, overdue: sp.overdue }).filter((e): e is [string, string] => !!e[1]));
  if (statuses.nextCursor) statusParams.set("scursor", statuses.nextCursor);
  const nextParams = new URLSearchParams(Object.entries({ learnerId: sp.learnerId, from: sp.from, to: sp.to }).filter((e): e is [string, string] => !!e[1]));
  if (progress.nextCursor) nextParams.set("cursor", progress.nextCursor);
  return (
    <div className="space-y-6">
      <PageHeader
        title={dashboard.cohort.name}
        description={`${dashboard.cohort.memberCount} learner${dashboard.cohort.memberCount === 1 ? "" : "s"} · results from ${formatDate(dashboard.window.from)} to ${formatDate(dashboard.window.to)}`}
        actions={<ExportButton cohortId={cohortId} />}
      />
      <div className="grid grid-cols-1 gap-6 *:min-w-0 lg:grid-cols-3">
        <Card className="lg:col-span-2" aria-labelledby="assignments-heading">
          <h2 id="assignments-heading" className="mb-3 text-lg font-semibold">
            Assignments
          </h2>
          {assignments.items.length === 0 ? (
            <EmptyState>Nothing assigned yet.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100" aria-label="Assignments">
              {assignments.items.map((a) => (
                <li key={a.id} className="space-y-2 py-3">
                  <p>
                    <span className="font-medium">{a.title}</span>{" "}
                    <span className="text-sm text-slate-700">
                      ({a.kind === "MODULE" ? "module" : a.requirement === "PASS" ? "scenario, pass needed" : "scenario, practice"}) · due {formatDate(a.dueAt)} · pass mark {a.passMark ?? "default"} ·
                      by {a.assignedBy}
                    </span>
                  </p>
                  <AssignmentActions assignment={a} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card>
          <AssignForm
            cohortId={cohortId}
            scenarios={[...catalogue.scenarios.map((s) => ({ id: s.id, title: s.title })), ...ownScenarios]}
            modules={catalogue.modules.map((m) => ({ id: m.id, title: m.title }))}
          />
        </Card>
        {syncable.length > 0 ? (
          <Card>
            <RosterSync cohortId={cohortId} courses={syncable} />
          </Card>
        ) : null}
      </div>
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-4" aria-label="Filter the results">
          <div>
            <label htmlFor="f-learner" className="block text-sm font-medium">
              Learner
            </label>
            <select id="f-learner" name="learnerId" defaultValue={sp.learnerId ?? ""} className={inputClass}>
              <option value="">Everyone</option>
              {members.items.map((m) => (
                <option key={m.user.id} value={m.user.id}>
                  {m.user.name}
                </option>
              ))}
            </select>
          </div>
          <DateRangeFields idPrefix="f" from={sp.from} to={sp.to} />
          <Button type="submit" variant="secondary">
            Apply
          </Button>
        </form>
      </Card>
      <CohortAnalytics data={dashboard} />
      <Card aria-labelledby="status-heading">
        <h2 id="status-heading" className="mb-3 text-lg font-semibold">
          Where each learner stands
        </h2>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-4" aria-label="Filter by status">
          <div>
            <label htmlFor="s-status" className="block text-sm font-medium">
              Status
            </label>
            <select id="s-status" name="status" defaultValue={status ?? ""} className={inputClass}>
              <option value="">Any status</option>
              {STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="s-assignment" className="block text-sm font-medium">
              Assignment
            </label>
            <select id="s-assignment" name="assignmentId" defaultValue={sp.assignmentId ?? ""} className={inputClass}>
              <option value="">All assignments</option>
              {assignments.items.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.title}
                </option>
              ))}
            </select>
          </div>
          <label className="flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" name="overdue" value="1" defaultChecked={sp.overdue === "1"} /> Overdue only
          </label>
          <Button type="submit" variant="secondary">
            Show
          </Button>
        </form>
        {statuses.items.length === 0 ? (
          <EmptyState>No learner matches these filters.</EmptyState>
        ) : (
          <div className="relative overflow-x-auto" tabIndex={0}>
            <table className="w-full text-left text-sm" data-testid="status-table">
              <caption className="sr-only">Each learner’s status on each assignment</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Learner
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Assignment
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Status
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Last played on
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Due
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {statuses.items.map((r) => (
                  <tr key={`${r.learner.id}.${r.assignmentId}`}>
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {r.learner.name}
                    </th>
                    <td className="py-2 pr-3">{r.title}</td>
                    <td className="py-2 pr-3">
                      <Badge tone={STATUS_TONE[r.status]}>{STATUS_LABEL[r.status]}</Badge> {r.overdue ? <Badge tone="bad">Overdue</Badge> : null}
                    </td>
                    <td className="py-2 pr-3" data-testid="played-version">
                      {r.played ? `version ${r.played.scenarioVersion}${r.played.rubricVersion != null ? ` · rubric v${r.played.rubricVersion}` : ""}` : "—"}
                    </td>
                    <td className="py-2">{formatDate(r.dueAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {statuses.nextCursor ? (
          <div className="mt-4">
            <ButtonLink variant="secondary" href={`/trainer/cohorts/${cohortId}?${statusParams.toString()}`}>
              More
            </ButtonLink>
          </div>
        ) : null}
      </Card>
      <Card aria-labelledby="learners-heading">
        <h2 id="learners-heading" className="mb-3 text-lg font-semibold">
          Learners
        </h2>
        {progress.items.length === 0 ? (
          <EmptyState>No learners in this cohort.</EmptyState>
        ) : (
          <div className="relative overflow-x-auto" tabIndex={0}>
            <table className="w-full text-left text-sm">
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 font-medium">
                    Learner
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Done
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Overdue
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Attempts
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Average
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    Last activity
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {progress.items.map((l) => (
                  <tr key={l.userId}>
                    <td className="py-2 font-medium">
                      {l.name}
                      {l.active ? "" : " (deactivated)"}
                    </td>
                    <td className="py-2">
                      {l.completed} / {l.assigned}
                    </td>
                    <td className="py-2">{l.overdue}</td>
                    <td className="py-2">{l.attempts}</td>
                    <td className="py-2">{l.avgScore ?? "—"}</td>
                    <td className="py-2">{formatDateTime(l.lastActivity)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {progress.nextCursor ? (
          <div className="mt-4">
            <ButtonLink variant="secondary" href={`/trainer/cohorts/${cohortId}?${nextParams.toString()}`}>
              Next learners
            </ButtonLink>
          </div>
        ) : null}
      </Card>
    </div>
  );
}
