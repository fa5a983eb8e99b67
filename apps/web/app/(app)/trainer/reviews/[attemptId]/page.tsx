import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { Badge, Card, PageHeader } from "@/components/ui";
import { ReviewForm } from "@/components/trainer/review-form";
import { TensionCurve } from "@/components/trainer/tension-curve";
import { formatDateTime } from "@/lib/format";
import { requireUser, serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Review attempt" };

const label = (s: string) => s.replace(/_/g, " ");

export default async function ReviewPage({ params }: { params: Promise<{ attemptId: string }> }) {
  await requireUser(["TRAINER", "ADMIN"]);
  const { attemptId } = await params;
  const api = await serverApi();
  const data = await api.review.get({ attemptId }).catch((err: unknown) => {
    if (err instanceof TRPCError && err.code === "NOT_FOUND") notFound();
    throw err;
  });
  const a = data.attempt;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Review: ${a.title}`}
        description={
          <>
            {a.learner.name} · finished {formatDateTime(a.completedAt)} · outcome {a.outcome ?? "—"} · automatic score {a.autoScore ?? "—"}{" "}
            {data.review?.state === "RELEASED" ? <Badge tone="good">Released</Badge> : data.review?.state === "DRAFT" ? <Badge tone="info">Draft saved</Badge> : <Badge tone="warn">Waiting for review</Badge>}
          </>
        }
      />
      <ReviewForm
        data={data}
        aside={
          <Card aria-labelledby="tension-heading">
            <h2 id="tension-heading" className="mb-3 text-lg font-semibold">
              Tension curve
            </h2>
            <TensionCurve points={data.tensionCurve} />
            <p className="mt-3 text-sm">
              Techniques used: {a.techniques.length ? a.techniques.map(label).join(", ") : "none"}. Pitfalls: {a.pitfalls.length ? a.pitfalls.map(label).join(", ") : "none"}.
            </p>
          </Card>
        }
      />
    </div>
  );
}
