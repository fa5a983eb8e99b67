import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PlaytestAgain } from "@/components/authoring/playtest-again";
import { PracticeChat } from "@/components/learner/practice-chat";
import { CallHeader } from "@/components/learner/practice/call-header";
import { FocusTarget } from "@/components/learner/practice/focus-after";
import { Scorecard, Transcript } from "@/components/learner/scorecard";
import { orNotFound } from "@/components/learner/server";
import { loadPage, PLAYTEST } from "@/server/page-reads";

export const metadata: Metadata = { title: "Play-test" };

/**
 * A trainer play-testing a draft (issue 13): the learner's practice screen, scorecard and tension
 * timeline, fed by a play-test session that no learner's records ever count.
 */
export default async function PlaytestPage({ params }: { params: Promise<{ id: string; sessionId: string }> }) {
  const { id, sessionId } = await params;
  const attempt = await orNotFound(loadPage(PLAYTEST, { id, sessionId }));
  if (attempt.authoredScenarioId !== id) notFound();
  const finished = attempt.status === "COMPLETED";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href="/trainer/scenarios" className="text-brand-700 underline">
          Scenarios
        </a>{" "}
        /{" "}
        <a href={`/trainer/scenarios/${id}`} className="break-words text-brand-700 underline">
          {attempt.scenario.title}
        </a>{" "}
        / Play-test
      </nav>
      <p role="note" className="rounded-lg border border-brand-100 bg-brand-50 p-3 text-sm text-slate-800">
        Play-test of the draft as it was saved when you started. Learners see exactly this screen; nothing you do here is recorded for any learner, and it does not appear in progress, analytics or the
        review queue.
      </p>
      {attempt.cannotPublish.length > 0 ? (
        <section aria-labelledby="cannot-publish-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="cannot-publish">
          <h2 id="cannot-publish-heading" className="font-semibold">
            This draft cannot be published yet: the engine could not finish it
          </h2>
          <p className="mt-1">Play it to see where the call gets stuck, then change these in the editor:</p>
          <ul className="mt-1 list-disc space-y-1 pl-5 break-words">
            {attempt.cannotPublish.map((e, i) => (
              <li key={i}>
                <code className="break-all">{e.path}</code>: {e.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <CallHeader attempt={attempt} />
      {finished ? (
        <>
          <Scorecard attempt={attempt} />
          <FocusTarget id="score-heading" />
          <Transcript attempt={attempt} />
          <PlaytestAgain scenarioId={id} mode={attempt.mode} />
        </>
      ) : (
        <PracticeChat initial={attempt} playtest />
      )}
    </div>
  );
}
