import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { isPitfall, labelName } from "@defuse/content";
import { Card, EmptyState, ProgressBar } from "@/components/ui";
import { formatDate } from "@/lib/format";
import { Fragment } from "react";
import { TrendChart } from "./trend-chart";

type Dashboard = inferRouterOutputs<AppRouter>["trainer"]["cohortDashboard"];

/** "version 2 · rubric v1": the scenario version attempts were played on and the rubric version they were scored with. */
function versionName(v: { version: number | null; rubricTitle: string | null; rubricVersion: number | null }) {
  return `version ${v.version ?? "?"}${v.rubricVersion != null ? ` · ${v.rubricTitle ?? "rubric"} v${v.rubricVersion}` : ""}`;
}

/**
 * Heat-map cell: a stronger tint is more use (techniques) or more trouble (pitfalls); the number is
 * always shown. The tint stops at half strength so dark text keeps at least 7:1 contrast.
 */
function Cell({ rate, pitfall }: { rate: number | null; pitfall: boolean }) {
  if (rate === null) return <td className="px-2 py-1 text-center text-slate-500">—</td>;
  const alpha = 0.06 + (Math.min(100, rate) / 100) * 0.44;
  const bg = pitfall ? `rgba(180, 35, 24, ${alpha.toFixed(2)})` : `rgba(15, 118, 110, ${alpha.toFixed(2)})`;
  return (
    <td className="px-2 py-1 text-center font-medium" style={{ background: bg, color: "#0f172a" }}>
      {Math.round(rate)}%
    </td>
  );
}

export function CohortAnalytics({ data }: { data: Dashboard }) {
  const cell = (column: string, l: string) => data.heatMap.cells.find((c) => c.column === column && c.label === l);
  return (
    <div className="space-y-6">
      <Card aria-labelledby="completion-heading">
        <h2 id="completion-heading" className="mb-3 text-lg font-semibold">
          Completion
        </h2>
        {data.assignments.length === 0 ? (
          <EmptyState>No live assignments.</EmptyState>
        ) : (
          <ul className="space-y-3" aria-label="Completion by assignment">
            {data.assignments.map((a) => (
              <li key={a.id}>
                <div className="flex justify-between text-sm">
                  <span className="font-medium">{a.title}</span>
                  <span>
                    {a.completed} of {a.members} done{a.retryRequired ? `, ${a.retryRequired} must re-attempt` : ""}
                    {a.overdue ? `, ${a.overdue} overdue` : ""} · {a.kind === "SCENARIO" ? (a.requirement === "PASS" ? "pass needed" : "practice") : "module"} · due {formatDate(a.dueAt)}
                  </span>
                </div>
                <ProgressBar value={a.completionRate ?? 0} label={`${a.title} completion`} />
              </li>
            ))}
          </ul>
        )}
        <h3 className="mb-2 mt-5 font-semibold">Overdue learners ({data.overdueLearners.total})</h3>
        {data.overdueLearners.items.length === 0 ? (
          <p className="text-sm text-slate-700">Nobody is overdue.</p>
        ) : (
          <ul className="text-sm" aria-label="Overdue learners">
            {data.overdueLearners.items.map((l) => (
              <li key={l.userId}>
                {l.name}: {l.overdue} overdue
              </li>
            ))}
          </ul>
        )}
      </Card>
      <div className="grid grid-cols-1 gap-6 *:min-w-0 lg:grid-cols-2">
        <Card aria-labelledby="criteria-heading">
          <h2 id="criteria-heading" className="mb-3 text-lg font-semibold">
            Average per rubric criterion
          </h2>
          {data.criteria.length === 0 ? (
            <EmptyState>No scored attempts in this period.</EmptyState>
          ) : (
            <ul className="space-y-3">
              {data.criteria.map((c) => (
                <li key={c.criterionId}>
                  <div className="flex justify-between text-sm">
                    <span>{c.title}</span>
                    <span className="font-medium">{c.avgLevel} / 4</span>
                  </div>
                  <ProgressBar value={c.avgPercent ?? 0} label={`${c.title} average`} />
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card aria-labelledby="pass-heading">
          <h2 id="pass-heading" className="mb-3 text-lg font-semibold">
            Pass rate per scenario
          </h2>
          {data.scenarios.length === 0 ? (
            <EmptyState>No attempts in this period.</EmptyState>
          ) : (
            <div className="relative overflow-x-auto" tabIndex={0}>
              <table className="w-full text-left text-sm">
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 font-medium">
                      Scenario
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Attempts
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Learners
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Pass rate
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Average
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {data.scenarios.map((s) => (
                    <Fragment key={s.scenarioId}>
                      <tr>
                        <th scope="row" className="py-2 font-normal">
                          {s.title}
                          {s.versions.length === 1 ? <span className="block text-xs text-slate-600">{versionName(s.versions[0]!)}</span> : null}
                          {s.versions.length > 1 ? <span className="block text-xs text-slate-600">all {s.versions.length} versions</span> : null}
                        </th>
                        <td className="py-2">{s.attempts}</td>
                        <td className="py-2">{s.learners}</td>
                        <td className="py-2">{s.passRate === null ? "—" : `${s.passRate}%`}</td>
                        <td className="py-2">{s.avgScore ?? "—"}</td>
                      </tr>
                      {s.versions.length > 1
                        ? s.versions.map((v) => (
                            <tr key={`${v.version}/${v.rubricId}@${v.rubricVersion}`} data-testid="scenario-version-row">
                              <th scope="row" className="py-1 pl-4 text-xs font-normal text-slate-700">
                                {versionName(v)}
                              </th>
                              <td className="py-1 text-xs">{v.attempts}</td>
                              <td className="py-1 text-xs">{v.learners}</td>
                              <td className="py-1 text-xs">{v.passRate === null ? "—" : `${v.passRate}%`}</td>
                              <td className="py-1 text-xs">{v.avgScore ?? "—"}</td>
                            </tr>
                          ))
                        : null}
                    </Fragment>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      </div>
      <Card aria-labelledby="heat-heading">
        <h2 id="heat-heading" className="mb-1 text-lg font-semibold">
          Technique heat map
        </h2>
        <p className="mb-3 text-sm text-slate-700">Share of attempts in which the cohort used each technique (green) or fell into each pitfall (red).</p>
        {data.heatMap.scenarios.length === 0 ? (
          <EmptyState>No attempts in this period.</EmptyState>
        ) : (
          <div className="relative overflow-x-auto" tabIndex={0}>
            <table className="text-sm">
              <thead>
                <tr>
                  <th scope="col" className="px-2 py-1 text-left font-medium">
                    Technique / pitfall
                  </th>
                  {data.heatMap.scenarios.map((s) => (
                    <th key={s.column} scope="col" className="px-2 py-1 font-medium">
                      {s.title}
                      <span className="block text-xs font-normal text-slate-600">{versionName(s)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {[...data.heatMap.techniques, ...data.heatMap.pitfalls].map((l) => {
                  const pitfall = isPitfall(l);
                  return (
                    <tr key={l}>
                      <th scope="row" className="px-2 py-1 text-left font-normal">
                        {labelName(l)}
                        {pitfall ? " (pitfall)" : ""}
                      </th>
                      {data.heatMap.scenarios.map((s) => (
                        <Cell key={s.column} rate={cell(s.column, l)?.rate ?? (s.attempts ? 0 : null)} pitfall={pitfall} />
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <Card aria-labelledby="trend-heading">
        <h2 id="trend-heading" className="mb-3 text-lg font-semibold">
          Trend by week
        </h2>
        {data.trend.length === 0 ? (
          <EmptyState>No attempts in this period.</EmptyState>
        ) : (
          <div className="space-y-4">
            <TrendChart trend={data.trend} id="trend-chart" />
            <div className="relative overflow-x-auto" tabIndex={0}>
              <table className="w-full text-left text-sm">
                <caption className="mb-1 text-left text-sm text-slate-600">The numbers behind the chart, week by week</caption>
                <thead className="border-b border-slate-200 text-slate-600">
                  <tr>
                    <th scope="col" className="py-2 font-medium">
                      Week of
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Attempts
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Average score
                    </th>
                    <th scope="col" className="py-2 font-medium">
                      Pass rate
                    </th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100">
                  {data.trend.map((t) => (
                    <tr key={new Date(t.week).toISOString()}>
                      <th scope="row" className="py-2 font-normal">
                        {formatDate(t.week)}
                      </th>
                      <td className="py-2">{t.attempts}</td>
                      <td className="py-2">{t.avgScore ?? "—"}</td>
                      <td className="py-2">{t.passRate === null ? "—" : `${t.passRate}%`}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        )}
      </Card>
    </div>
  );
}
