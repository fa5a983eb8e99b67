import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, Card, PageHeader } from "@/components/ui";
import { DisputeReview } from "@/components/qa/dispute-review";
import { formatDateTime } from "@/lib/format";
import { notFoundOnMissing } from "@/lib/not-found";
import { serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Real call review" };

export default async function RealCallReviewPage({ params }: { params: Promise<{ attemptId: string }> }) {
  const { attemptId } = await params;
  const api = await serverApi();
  const [review, dispute] = await Promise.all([
    api.review.releasedForAttempt({ attemptId }).catch(notFoundOnMissing),
    api.qa.dispute({ attemptId }),
  ]);
  if (!review) notFound();
  return (
    <div className="space-y-6">
      <PageHeader title="Review of your real call" description={`Released ${formatDateTime(review.releasedAt)} by ${review.reviewer}`} />
      <Card aria-labelledby="score-heading">
        <h2 id="score-heading" className="mb-2 text-lg font-semibold">
          Official score: {review.score}/100 <Badge tone={review.passed ? "good" : "bad"}>{review.passed ? "Passed" : "Not passed"}</Badge>
        </h2>
        {review.autoScore !== null && review.autoScore !== review.score ? <p className="text-sm text-slate-700">The automatic score was {review.autoScore}.</p> : null}
        {review.comment ? <p className="mt-2 whitespace-pre-wrap text-sm">{review.comment}</p> : null}
        <ul className="ml-5 mt-2 list-disc text-sm text-slate-700" aria-label="Per criterion">
          {review.criteria.map((c) => (
            <li key={c.criterionId}>
              {c.title}: level {c.level}/4{c.levelDescription ? ` (${c.levelDescription})` : ""}
              {c.comment ? ` · ${c.comment}` : ""}
            </li>
          ))}
        </ul>
      </Card>
      <Card aria-labelledby="dispute-heading">
        <h2 id="dispute-heading" className="mb-2 text-lg font-semibold">
          Dispute this review
        </h2>
        <DisputeReview attemptId={attemptId} dispute={dispute ? { state: dispute.state, reason: dispute.reason, outcomeReason: dispute.outcomeReason, oldScore: dispute.oldScore, newScore: dispute.newScore, decidedAt: dispute.decidedAt } : null} />
      </Card>
    </div>
  );
}
