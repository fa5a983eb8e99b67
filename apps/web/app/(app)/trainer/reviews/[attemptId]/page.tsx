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
      <div className="grid gap-6 lg:grid-cols-2">
        <Card aria-labelledby="transcript-heading">
          <h2 id="transcript-heading" className="mb-3 text-lg font-semibold">
            Transcript
          </h2>
          <ol className="space-y-3" aria-label="Transcript">
            {data.transcript.map((t) => (
              <li key={t.index} className="rounded-lg border border-slate-200 p-3 text-sm">
                <p>
                  <span className="font-semibold">Agent:</span> {t.agentText}
                </p>
                <p className="mt-1 flex flex-wrap gap-1">
                  {t.techniques.map((x) => (
                    <Badge key={x} tone="good">{label(x)}</Badge>
                  ))}
                  {t.pitfalls.map((x) => (
                    <Badge key={x} tone="bad">{label(x)}</Badge>
                  ))}
                  {t.hinted ? <Badge tone="neutral">hint used</Badge> : null}
                </p>
                <p className="mt-1">
                  <span className="font-semibold">Customer:</span> {t.customerLine}
                </p>
                <p className="mt-1 text-slate-600">
                  Tension {t.tensionBefore} → {t.tensionAfter}: {t.reason}
                </p>
              </li>
            ))}
          </ol>
        </Card>
        <div className="space-y-6">
          <Card aria-labelledby="tension-heading">
            <h2 id="tension-heading" className="mb-3 text-lg font-semibold">
              Tension curve
            </h2>
            <TensionCurve points={data.tensionCurve} />
            <p className="mt-3 text-sm">
              Techniques used: {a.techniques.length ? a.techniques.map(label).join(", ") : "none"}. Pitfalls: {a.pitfalls.length ? a.pitfalls.map(label).join(", ") : "none"}.
            </p>
          </Card>
          <Card>
            <ReviewForm data={data} />
          </Card>
        </div>
      </div>
    </div>
  );
}
