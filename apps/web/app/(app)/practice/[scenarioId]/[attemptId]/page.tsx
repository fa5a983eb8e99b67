import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui";
import { PracticeChat } from "@/components/learner/practice-chat";
import { CallHeader } from "@/components/learner/practice/call-header";
import { FocusTarget } from "@/components/learner/practice/focus-after";
import { ReflectionForm } from "@/components/learner/reflection-form";
import { Scorecard, Transcript } from "@/components/learner/scorecard";
import { orNotFound } from "@/components/learner/server";
import { ATTEMPT, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Role-play" };

// Links here are plain anchors (the (app) header's usePlainLinkNavigation makes them client-side navigations),
// which keeps next/link's client code out of this route's first-load JS.
export default async function AttemptPage({ params }: { params: Promise<{ scenarioId: string; attemptId: string }> }) {
  const { scenarioId, attemptId } = await params;
  const attempt = await orNotFound(loadPage(ATTEMPT, { scenarioId, attemptId }));
  if (attempt.scenario.id !== scenarioId) notFound();
  const finished = attempt.status === "COMPLETED";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href="/practice" className="text-brand-700 underline">
          Practice
        </a>{" "}
        /{" "}
        <a href={`/practice/${scenarioId}`} className="text-brand-700 underline">
          {attempt.scenario.title}
        </a>
      </nav>
      <CallHeader attempt={attempt} />
      {finished ? (
        <>
          <Scorecard attempt={attempt} />
          <FocusTarget id="score-heading" />
          {attempt.review ? null : attempt.reviewState === "PENDING" || attempt.reviewState === "DRAFT" ? (
            <p className="text-sm text-slate-600">A trainer may review this attempt; their feedback will appear here and on your progress page.</p>
          ) : null}
          <Card>
            <ReflectionForm attemptId={attempt.id} initial={attempt.reflection} debrief={!!attempt.scenario.contentWarning} />
          </Card>
          <Transcript attempt={attempt} />
          <p>
            <a href={`/practice/${scenarioId}`} className="font-medium text-brand-700 underline">
              Practise this scenario again
            </a>
          </p>
        </>
      ) : attempt.status === "ABANDONED" ? (
        <Card>
          <p>
            You started over, so this call was set aside before it was scored.{" "}
            <a href={`/practice/${scenarioId}`} className="text-brand-700 underline">
              Start a new one
            </a>
            .
          </p>
        </Card>
      ) : (
        <PracticeChat initial={attempt} />
      )}
      {attempt.status === "ABANDONED" && attempt.turns.length ? <Transcript attempt={attempt} /> : null}
    </div>
  );
}
