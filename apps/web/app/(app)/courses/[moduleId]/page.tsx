import type { Metadata } from "next";
import Link from "next/link";
import { Badge, ButtonLink, Card, PageHeader, ProgressBar } from "@/components/ui";
import { minutes, orNotFound } from "@/components/learner/server";
import { formatDate } from "@/lib/format";
import { serverApi } from "@/server/session";

export const metadata: Metadata = { title: "Course" };

export default async function ModulePage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const api = await serverApi();
  const m = await orNotFound(api.learner.module({ id: moduleId }));
  const resume = m.lessons.find((l) => l.id === m.lastLessonId && (!l.completed || !l.quizPassed)) ?? m.lessons.find((l) => l.id === m.nextLessonId);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/courses" className="text-brand-700 underline">
          Courses
        </Link>
      </nav>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={resume ? <ButtonLink href={`/courses/${m.id}/${resume.id}`}>{m.status === "NOT_STARTED" ? "Start the course" : `Continue: ${resume.title}`}</ButtonLink> : null}
      />
      <Card>
        <p className="mb-2 text-sm text-slate-700">
          About {minutes(m.estimatedMinutes)} · {m.assigned ? `Assigned${m.dueAt ? `, due ${formatDate(m.dueAt)}` : ""}` : "Not assigned"}
          {m.status === "COMPLETED" ? " · Completed" : ""}
        </p>
        <ProgressBar value={m.progress} label={`${m.title} progress`} />
        <p className="mt-3">
          <Link href={`/courses/${m.id}/assessment`} className="font-medium text-brand-700 underline">
            Final assessment and certificate
          </Link>
        </p>
        <p className="mt-1 text-sm text-slate-700" data-testid="module-progress">
          {m.progress}% complete: {m.lessonsDone} of {m.lessonsTotal} lessons done, {m.checksPassed} of {m.checksTotal} knowledge checks passed.
        </p>
      </Card>
      <ol className="space-y-3" aria-label="Lessons">
        {m.lessons.map((l, i) => (
          <li key={l.id}>
            <Card className="flex flex-wrap items-center gap-4">
              <div className="min-w-56 flex-1">
                <h2 className="font-semibold">
                  <Link href={`/courses/${m.id}/${l.id}`} className="underline-offset-4 hover:underline">
                    {i + 1}. {l.title}
                  </Link>
                </h2>
                <p className="text-sm text-slate-700">{l.summary}</p>
                <p className="text-sm text-slate-600">{minutes(l.estimatedMinutes)}</p>
              </div>
              <div className="flex flex-wrap gap-2">
                <Badge tone={l.completed ? "good" : "neutral"}>{l.completed ? "Lesson done" : "Lesson to do"}</Badge>
                <Link href={`/courses/${m.id}/${l.id}/check`} className="rounded-full focus-visible:outline">
                  <Badge tone={l.quizPassed ? "good" : "neutral"}>{l.quizPassed ? "Check passed" : "Knowledge check"}</Badge>
                </Link>
              </div>
            </Card>
          </li>
        ))}
      </ol>
    </div>
  );
}
