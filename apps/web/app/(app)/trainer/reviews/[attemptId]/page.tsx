import type { Metadata } from "next";
import { labelName } from "@defuse/content";
import { Badge, Card, PageHeader } from "@/components/ui";
import { ReviewForm } from "@/components/trainer/review-form";
import { OpenCalibration } from "@/components/qa/open-calibration";
import { TensionCurve } from "@/components/trainer/tension-curve";
import { formatDateTime } from "@/lib/format";
import { notFoundOnMissing } from "@/lib/not-found";
import { loadPage, REVIEW } from "@/server/page-reads";

export const metadata: Metadata = { title: "Review attempt" };

export default async function ReviewPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const data = await loadPage(REVIEW, { attemptId }).catch(notFoundOnMissing);
  const a = data.attempt;
  return (
    <div className="space-y-6">
      <PageHeader
        title={a.source === "real" ? "Review: real call" : `Review: ${a.title}`}
        description={
          <>
            {a.status === "ABANDONED" ? (
              <>
                {a.learner.name} · started {formatDateTime(a.startedAt)} · set aside by the learner
              </>
            ) : (
              <>
                {a.source === "real" ? (
                  <>
                    <Badge tone="info">Real call</Badge> <span className="break-all">{a.title}</span> ·{" "}
                  </>
                ) : null}
                {a.source === "real" ? (
                  <>
                    {a.learner.name} · imported {formatDateTime(a.completedAt)} · automatic score{" "}
                  </>
                ) : (
                  <>
                    {a.learner.name} · finished {formatDateTime(a.completedAt)} · {a.outcome === "ongoing" ? "ended unresolved" : (a.outcome ?? "—")} · automatic score{" "}
                  </>
                )}
                {a.autoScore ?? "—"}
                {a.source === "practice" && a.contentVersion ? ` · scenario version ${a.contentVersion}` : ""}
                {a.source === "practice" && a.rubricVersion ? ` · rubric ${data.rubric.title}, version ${a.rubricVersion}` : ""}{" "}
                {data.review?.state === "RELEASED" ? (
                  <Badge tone="good">Released</Badge>
                ) : data.review?.state === "DRAFT" ? (
                  <Badge tone="info">Draft saved</Badge>
                ) : (
                  <Badge tone="warn">Waiting for review</Badge>
                )}
              </>
            )}
          </>
        }
      />
      {a.status === "ABANDONED" ? (
        <Card aria-labelledby="abandoned-heading">
          <h2 id="abandoned-heading" className="mb-2 text-lg font-semibold">
            Abandoned call <Badge>Abandoned</Badge>
          </h2>
          <p className="mb-3 text-sm text-slate-700">The learner started over, so this call was never scored; it is here to read, not to review.</p>
          <ol className="space-y-3 text-sm" aria-label="Transcript">
            {data.openingLine ? (
              <li className="rounded-lg border border-slate-200 bg-slate-50 p-3">
                <span className="font-semibold">{data.customerName} (opening line):</span> {data.openingLine}
              </li>
            ) : null}
            {data.transcript.map((t) => (
              <li key={t.index} className="rounded-lg border border-slate-200 p-3">
                <p>
                  <span className="font-semibold">Agent (turn {t.index + 1}):</span> {t.agentText}
                </p>
                <p className="mt-1">
                  <span className="font-semibold">{data.customerName}:</span> {t.customerLine}
                </p>
              </li>
            ))}
          </ol>
        </Card>
      ) : (
        <ReviewForm
          data={data}
          aside={
            <Card aria-labelledby="tension-heading">
              <h2 id="tension-heading" className="mb-3 text-lg font-semibold">
                {a.source === "real" ? "Estimated customer tension" : "Tension curve"}
              </h2>
              <TensionCurve points={data.tensionCurve} />
              <p className="mt-3 text-sm">
                Techniques used: {a.techniques.length ? a.techniques.map(labelName).join(", ") : "none"}. Pitfalls: {a.pitfalls.length ? a.pitfalls.map(labelName).join(", ") : "none"}.
              </p>
              {a.source === "real" ? (
                <p className="mt-2 text-sm text-slate-700">
                  A real call: the customer&apos;s tension is estimated from the frustration, anger and calming words in what they said, and explained beside each turn of the transcript.
                </p>
              ) : null}
              <div className="mt-4 border-t border-slate-200 pt-3">
                <h3 className="mb-1 font-semibold">Calibrate</h3>
                <OpenCalibration attemptId={a.id} />
              </div>
            </Card>
          }
        />
      )}
    </div>
  );
}
