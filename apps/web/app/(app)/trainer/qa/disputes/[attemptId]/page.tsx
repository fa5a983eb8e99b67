import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, Card, PageHeader } from "@/components/ui";
import { CallTranscript } from "@/components/qa/call-transcript";
import { DecideDispute } from "@/components/qa/decide-dispute";
import { formatDateTime } from "@/lib/format";
import { notFoundOnMissing } from "@/lib/not-found";
import { DISPUTE, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Dispute" };

export default async function DisputePage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const { dispute, review } = await loadPage(DISPUTE, { attemptId }).catch(notFoundOnMissing);
  if (!dispute) notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Dispute"
        description={
          <>
            <span className="break-all">{review.attempt.title}</span>: {review.attempt.learner.name} disputed the released score of {dispute.oldScore} on {formatDateTime(dispute.createdAt)}. Reviewed
            by {review.review?.reviewer ?? "—"}.
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="call-heading" className="min-w-0">
          <h2 id="call-heading" className="mb-3 text-lg font-semibold">
            The call
          </h2>
          <CallTranscript data={review} />
        </Card>
        <div className="min-w-0 space-y-6">
          <Card aria-labelledby="reason-heading">
            <h2 id="reason-heading" className="mb-2 text-lg font-semibold">
              The agent&apos;s reason{" "}
              <Badge tone={dispute.state === "OPEN" ? "warn" : dispute.state === "UPHELD" ? "good" : "neutral"}>
                {dispute.state === "OPEN" ? "Open" : dispute.state === "UPHELD" ? "Upheld" : "Declined"}
              </Badge>
            </h2>
            <p className="whitespace-pre-wrap text-sm">{dispute.reason}</p>
            {dispute.state !== "OPEN" ? (
              // a status, so the outcome stays announced and visible after the decision form gives way to it
              <p role="status" className="mt-2 text-sm text-slate-700" data-testid="dispute-decision">
                Decided {formatDateTime(dispute.decidedAt)}: {dispute.outcomeReason}
                {dispute.newScore !== null ? ` New score ${dispute.newScore}.` : ""}
              </p>
            ) : null}
          </Card>
          {dispute.state === "OPEN" && dispute.assignedToMe ? (
            <Card aria-labelledby="decide-heading">
              <h2 id="decide-heading" className="mb-2 text-lg font-semibold">
                Your decision
              </h2>
              <DecideDispute disputeId={dispute.id} criteria={review.criteria.map((c) => ({ criterionId: c.criterionId, title: c.title, levels: c.levels, level: c.level }))} />
            </Card>
          ) : dispute.state === "OPEN" ? (
            <p className="text-sm text-slate-700">This dispute was given to another trainer to decide.</p>
          ) : null}
        </div>
      </div>
    </div>
  );
}
