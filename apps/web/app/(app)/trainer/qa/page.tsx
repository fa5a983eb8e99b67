import type { Metadata } from "next";
import Link from "next/link";
import { Badge, ButtonLink, Card, EmptyState, PageHeader } from "@/components/ui";
import { DisputeCounts } from "@/components/qa/dispute-counts";
import { formatDateTime } from "@/lib/format";
import { loadPage, QA } from "@/server/page-reads";

export const metadata: Metadata = { title: "Real calls" };

const monthFmt = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });
const STATE = { OPEN: "Scoring", CLOSED: "Closed: agree the score", AGREED: "Agreed" } as const;

export default async function QaPage({ searchParams }: { searchParams: Promise<{ cursor?: string }> }) {
  const { disputes, sessions, report, summary } = await loadPage(QA, {}, await searchParams);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Real calls"
        description="Agents' real calls scored with the same rubric as practice: import them, calibrate your scoring with other trainers, and hear agents' disputes."
        actions={
          <div className="flex flex-wrap gap-3">
            <ButtonLink href="/trainer/qa/import">Import calls</ButtonLink>
            <ButtonLink variant="secondary" href="/trainer/reviews?source=real">
              Real calls to review
            </ButtonLink>
          </div>
        }
      />
      <Card aria-labelledby="disputes-heading">
        <h2 id="disputes-heading" className="mb-3 text-lg font-semibold">
          Disputes waiting for you
        </h2>
        {disputes.items.length === 0 ? (
          <EmptyState>No dispute is waiting for you.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {disputes.items.map((d) => (
              <li key={d.id} className="py-2 text-sm">
                <Link href={`/trainer/qa/disputes/${d.attemptId}`} className="font-medium text-brand-700 underline">
                  {d.agent.name} disputes a score of {d.oldScore}
                </Link>{" "}
                · {formatDateTime(d.createdAt)}
                <p className="text-slate-700">“{d.reason}”</p>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-3">
          <DisputeCounts summary={summary} />
        </div>
      </Card>
      <Card aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="mb-1 text-lg font-semibold">
          Calibration sessions
        </h2>
        <p className="mb-3 text-sm text-slate-700">Open one from any call or attempt in the review queue. Scores stay hidden until everyone has scored or the organiser closes the session.</p>
        {sessions.items.length === 0 ? (
          <EmptyState>You have not organised or been invited to a calibration session yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {sessions.items.map((s) => (
              <li key={s.sessionId} className="flex flex-wrap items-center gap-2 py-2 text-sm">
                <Link href={`/trainer/qa/calibration/${s.sessionId}`} className="break-all font-medium text-brand-700 underline">
                  {s.agent}: {s.title}
                </Link>
                <Badge tone={s.state === "AGREED" ? "good" : s.mineToScore ? "warn" : "info"}>{s.mineToScore ? "Your score is awaited" : (STATE[s.state as keyof typeof STATE] ?? s.state)}</Badge>
                <span className="text-slate-700">
                  {s.scored} of {s.invited} scored · organised by {s.organiser} · {formatDateTime(s.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
        {sessions.nextCursor ? (
          <div className="mt-3">
            <ButtonLink variant="secondary" href={`/trainer/qa?cursor=${sessions.nextCursor}`}>
              Older sessions
            </ButtonLink>
          </div>
        ) : null}
      </Card>
      <Card aria-labelledby="report-heading">
        <h2 id="report-heading" className="mb-1 text-lg font-semibold">
          Calibration report
        </h2>
        <p className="mb-3 text-sm text-slate-700">
          Per trainer over agreed sessions, overall and by month: the mean absolute difference, in levels per criterion, between their blind score and the agreed one.
        </p>
        {report.length === 0 ? (
          <EmptyState>No calibration session has an agreed score yet.</EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">Calibration report per trainer</caption>
              <thead className="border-b border-slate-200 text-slate-600">
                <tr>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Trainer
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Sessions
                  </th>
                  <th scope="col" className="py-2 pr-3 font-medium">
                    Mean abs. difference from agreed
                  </th>
                  <th scope="col" className="py-2 font-medium">
                    By month, newest first
                  </th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {report.map((r) => (
                  <tr key={r.trainerId}>
                    <th scope="row" className="py-2 pr-3 font-medium">
                      {r.name}
                    </th>
                    <td className="py-2 pr-3">{r.sessions}</td>
                    <td className="py-2 pr-3">{r.meanAbsoluteDifference}</td>
                    <td className="py-2">
                      {r.months
                        .slice(0, 6)
                        .map((m) => `${monthFmt.format(new Date(m.month))} ${m.meanAbsoluteDifference}`)
                        .join(" · ")}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
