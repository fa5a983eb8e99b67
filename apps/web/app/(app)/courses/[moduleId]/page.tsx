import type { Metadata } from "next";
import { contentVersion } from "@defuse/content";
import { ButtonLink, Card, PageHeader, ProgressBar } from "@/components/ui";
import { courseOutlineHtml } from "@/components/learner/curriculum-html";
import { minutes, orNotFound } from "@/components/learner/server";
import { formatDate } from "@/lib/format";
import { COURSE, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Course" };

export default async function ModulePage({ params }: { params: Promise<{ moduleId: string }> }) {
  const { moduleId } = await params;
  const m = await orNotFound(loadPage(COURSE, { moduleId }));
  const resume = m.lessons.find((l) => l.id === m.lastLessonId && (!l.completed || !l.quizPassed)) ?? m.lessons.find((l) => l.id === m.nextLessonId);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href="/courses" className="text-brand-700 underline">
          Courses
        </a>
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
          <a href={`/courses/${m.id}/assessment`} className="font-medium text-brand-700 underline">
            Final assessment and certificate
          </a>
        </p>
        <p className="mt-1 text-sm text-slate-700" data-testid="module-progress">
          {m.progress}% complete: {m.lessonsDone} of {m.lessonsTotal} lessons done, {m.checksPassed} of {m.checksTotal} knowledge checks passed.
        </p>
      </Card>
      {/* The outline's shared parts are rendered once per content version; see curriculum-html.ts. Escaped text only. */}
      <ol className="space-y-3" aria-label="Lessons" dangerouslySetInnerHTML={{ __html: courseOutlineHtml(contentVersion(), m.id, m.lessons) }} />
    </div>
  );
}
