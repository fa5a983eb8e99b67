import type { Metadata } from "next";
import Link from "next/link";
import { AssessmentPanel } from "@/components/learner/assessment-panel";
import { orNotFound } from "@/components/learner/server";
import { Card } from "@/components/ui";
import { ASSESSMENT, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Final assessment" };

function wait(seconds: number) {
  if (seconds < 3600) return `${Math.round(seconds / 60)} minutes`;
  if (seconds < 2 * 86400) return `${Math.round(seconds / 3600)} hours`;
  return `${Math.round(seconds / 86400)} days`;
}

export default async function AssessmentPage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const data = await orNotFound(loadPage(ASSESSMENT, { moduleId }));
  const r = data.rules;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/courses" className="text-brand-700 underline">
          Courses
        </Link>{" "}
        /{" "}
        <Link href={`/courses/${data.module.id}`} className="text-brand-700 underline">
          {data.module.title}
        </Link>
      </nav>
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Final assessment: {data.module.title}</h1>
      </header>
      <Card>
        <h2 className="font-semibold">How it works</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
          <li>
            A knowledge test of {r.questionCount} questions drawn from the module&apos;s question banks; you need {r.knowledgePassMark}%.
          </li>
          <li>Then one assessed role-play, scored by the rubric; you need {r.roleplayPassMark}% and no critical failure.</li>
          <li>
            {r.maxAttempts} attempt{r.maxAttempts === 1 ? "" : "s"} in all ({data.attemptsLeft} left); after an attempt that does not pass, wait {wait(r.cooldownSeconds)} before the next.
          </li>
          <li>Passing both earns a certificate with a code anyone can check.</li>
        </ul>
      </Card>
      <AssessmentPanel data={data} />
    </div>
  );
}
