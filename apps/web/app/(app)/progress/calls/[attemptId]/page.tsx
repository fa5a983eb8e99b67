import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui";
import { AgentCallReview } from "@/components/qa/agent-call-review";
import { DisputeReview } from "@/components/qa/dispute-review";
import { formatDateTime } from "@/lib/format";
import { CALL_REVIEW, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Real call review" };

export default async function RealCallReviewPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const { review, dispute } = await loadPage(CALL_REVIEW, { attemptId });
  // a practice attempt's review is read on its own page, with the call as the learner played it
  if (!review || review.source !== "real") notFound();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Review of your real call"
        description={
          <>
            <span className="break-all">{review.title}</span> · released {formatDateTime(review.releasedAt)} by {review.reviewer}
          </>
        }
      />
      <AgentCallReview review={review} />
      <Card aria-labelledby="dispute-heading">
        <h2 id="dispute-heading" className="mb-2 text-lg font-semibold">
          Dispute this review
        </h2>
        <DisputeReview
          attemptId={attemptId}
          dispute={
            dispute
              ? { state: dispute.state, reason: dispute.reason, outcomeReason: dispute.outcomeReason, oldScore: dispute.oldScore, newScore: dispute.newScore, decidedAt: dispute.decidedAt }
              : null
          }
        />
      </Card>
    </div>
  );
}
