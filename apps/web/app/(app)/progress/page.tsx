import type { Metadata } from "next";
import { Badge, Card, EmptyState, PageHeader, ProgressBar } from "@/components/ui";
import { MasteryChart, scenarioScoreRowsHtml } from "@/components/learner/mastery";
import { TensionChart } from "@/components/learner/tension";
import { RealCallsSection } from "@/components/qa/real-calls-section";
import { formatDateTime } from "@/lib/format";
import { loadPage, PROGRESS } from "@/server/page-reads";

export const metadata: Metadata = { title: "Progress" };

// Links here are plain anchors: usePlainLinkNavigation (the (app) header) turns a click on one into a
// client-side navigation as next/link does, without a client component rendered per link on every view.
export default async function ProgressPage() {
  const p = await loadPage(PROGRESS);
  const scores = p.timeline.map((t) => t.score ?? 0);
  return (
    <div className="space-y-6">
      <PageHeader title="Your progress" description="Courses, scenario scores, the techniques you use, and feedback from your trainers." />

      <Card aria-labelledby="modules-heading">
        <h2 id="modules-heading" className="mb-3 text-lg font-semibold">
          Courses
        </h2>
        <ul className="space-y-3" aria-label="Course completion">
          {p.modules.map((m) => (
            <li key={m.id} className="grid gap-1 sm:grid-cols-[16rem_1fr_auto] sm:items-center sm:gap-4">
              <a href={`/courses/${m.id}`} className="font-medium underline-offset-4 hover:underline">
                {m.title}
              </a>
              <ProgressBar value={m.progress} label={`${m.title} completion`} />
              <span className="text-sm">
                {m.progress}% · {m.lessonsDone}/{m.lessonsTotal} lessons · {m.checksPassed}/{m.checksTotal} checks
              </span>
            </li>
          ))}
        </ul>
      </Card>

      <Card aria-labelledby="scenarios-heading">
        <h2 id="scenarios-heading" className="mb-3 text-lg font-semibold">
          Role-play scores
        </h2>
        <div className="relative overflow-x-auto" tabIndex={0}>
          <table className="w-full text-left text-sm" aria-labelledby="scenarios-heading">
            <thead>
              <tr className="border-b border-slate-200">
                <th scope="col" className="py-2 pr-3">
                  Scenario
                </th>
                <th scope="col" className="py-2 pr-3">
                  Attempts
                </th>
                <th scope="col" className="py-2 pr-3">
                  Best
                </th>
                <th scope="col" className="py-2">
                  Latest
                </th>
              </tr>
            </thead>
            {/* One escaped string per view (scenarioScoreRowsHtml): a row per scenario on every view of this page. */}
            <tbody dangerouslySetInnerHTML={{ __html: scenarioScoreRowsHtml(p.scenarios) }} />
          </table>
        </div>
        {scores.length > 1 ? (
          <div className="mt-4">
            <TensionChart points={scores} title="Your role-play scores, oldest first" id="score-chart" step="attempt" scale="score" />
          </div>
        ) : null}
      </Card>

      <Card aria-labelledby="mastery-heading">
        <h2 id="mastery-heading" className="mb-3 text-lg font-semibold">
          Technique mastery
        </h2>
        {p.mastery.length ? <MasteryChart mastery={p.mastery} attempts={p.timeline.length} /> : <EmptyState>Finish a role-play to see which techniques you use and miss.</EmptyState>}
      </Card>

      <RealCallsSection r={p.realCalls} />

      <div className="grid gap-4 md:grid-cols-2">
        <Card aria-labelledby="feedback-heading">
          <h2 id="feedback-heading" className="mb-3 text-lg font-semibold">
            Trainer feedback
          </h2>
          {p.releasedReviews.length ? (
            <ul className="space-y-3">
              {p.releasedReviews.map((r) => (
                <li key={r.attemptId}>
                  <a href={`/practice/${r.scenarioId}/${r.attemptId}`} className="font-medium text-brand-700 underline">
                    {r.scenarioTitle}
                  </a>{" "}
                  · {r.score}/100 <Badge tone={r.passed ? "good" : "bad"}>{r.passed ? "Passed" : "Not passed"}</Badge>
                  <span className="block text-xs text-slate-600">
                    From {r.reviewer}
                    {r.autoScore !== null && r.autoScore !== r.score ? ` · automatic score was ${r.autoScore}` : ""}
                  </span>
                  {r.comment ? <p className="mt-1 whitespace-pre-wrap text-sm text-slate-700">{r.comment}</p> : null}
                  {r.criteria.length ? (
                    <ul className="ml-5 mt-1 list-disc text-sm text-slate-700">
                      {r.criteria.map((c) => (
                        <li key={c.criterionId}>
                          {c.title}: level {c.level}/4
                          {c.autoLevel !== null && c.autoLevel !== c.level ? ` (automatic ${c.autoLevel}/4)` : ""}
                          {c.comment ? ` · ${c.comment}` : ""}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {r.critical ? (
                    <p className="mt-1 text-sm text-slate-700">
                      Critical behaviour {r.critical.decision === "CLEARED" ? "cleared" : "confirmed"} by your trainer{r.critical.reason ? `: ${r.critical.reason}` : "."}
                    </p>
                  ) : null}
                  {r.lineComments ? (
                    <p className="mt-1 text-sm text-slate-700">
                      {r.lineComments} note{r.lineComments === 1 ? "" : "s"} on lines of your transcript.
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>No trainer feedback released yet.</EmptyState>
          )}
          {p.pendingFeedback.length ? (
            <p className="mt-3 text-sm text-slate-700" data-testid="pending-feedback">
              {p.pendingFeedback.length} attempt{p.pendingFeedback.length === 1 ? " is" : "s are"} waiting for a trainer’s review.
            </p>
          ) : null}
        </Card>
        <Card aria-labelledby="recent-heading">
          <h2 id="recent-heading" className="mb-3 text-lg font-semibold">
            Recent role-plays
          </h2>
          {p.recentAttempts.length ? (
            <ul className="divide-y divide-slate-100" aria-label="Recent role-plays">
              {p.recentAttempts.map((a) => (
                <li key={a.attemptId} className="py-2 text-sm">
                  <a href={`/practice/${a.scenarioId}/${a.attemptId}`} className="font-medium text-brand-700 underline">
                    {a.scenarioTitle}
                  </a>{" "}
                  · {a.mode === "branching" ? "branching" : "free text"} · {a.score}/100 · {formatDateTime(a.completedAt)}
                  {a.reflected ? "" : " · reflection not written yet"}
                </li>
              ))}
            </ul>
          ) : (
            <EmptyState>No role-plays finished yet.</EmptyState>
          )}
        </Card>
      </div>
    </div>
  );
}
