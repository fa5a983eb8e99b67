import type { Metadata } from "next";
import { Card, PageHeader } from "@/components/ui";
import { CalibrationPanel } from "@/components/qa/calibration-panel";
import { CallTranscript } from "@/components/qa/call-transcript";
import { notFoundOnMissing } from "@/lib/not-found";
import { CALIBRATION, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Calibration session" };

export default async function CalibrationPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const { session, review } = await loadPage(CALIBRATION, { sessionId }).catch(notFoundOnMissing);
  return (
    <div className="space-y-6">
      <PageHeader
        title="Calibration"
        description={
          <>
            <span className="break-all">{review.attempt.title}</span> · {review.attempt.learner.name} · rubric {review.rubric.title}
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
        <div className="min-w-0">
          <CalibrationPanel session={session} criteria={review.criteria.map((c) => ({ criterionId: c.criterionId, title: c.title, levels: c.levels }))} autoScore={review.attempt.autoScore} />
        </div>
      </div>
    </div>
  );
}
