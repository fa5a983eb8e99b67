import type { Metadata } from "next";
import { contentVersion } from "@defuse/content";
import { Badge, Button, ButtonLink, Card } from "@/components/ui";
import { LessonContentBlock } from "@/components/learner/lesson-content";
import { Markdown } from "@/components/learner/markdown";
import { minutes, orNotFound } from "@/components/learner/server";
import { LESSON, loadPage } from "@/server/page-reads";
import { completeLessonAction } from "../../actions";

export const metadata: Metadata = { title: "Lesson" };

export default async function LessonPage({ params }: { params: Promise<{ moduleId: string; lessonId: string }> }) {
  const { moduleId, lessonId } = await params;
  const data = await orNotFound(loadPage(LESSON, { moduleId, lessonId }));
  const { lesson } = data;
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href="/courses" className="text-brand-700 underline">
          Courses
        </a>{" "}
        /{" "}
        <a href={`/courses/${data.module.id}`} className="text-brand-700 underline">
          {data.module.title}
        </a>
      </nav>
      <header>
        <p className="text-sm text-slate-600">
          Lesson {data.position} of {data.module.lessonCount} · {minutes(lesson.estimatedMinutes)}
        </p>
        <h1 className="text-2xl font-semibold tracking-tight">{lesson.title}</h1>
        <p className="mt-1 text-slate-700">{lesson.summary}</p>
        <div className="mt-2 flex gap-2">
          {data.completed ? <Badge tone="good">Lesson done</Badge> : null}
          {data.quizPassed ? <Badge tone="good">Check passed</Badge> : null}
        </div>
      </header>
      <LessonContentBlock lesson={lesson} contentVersion={contentVersion()} />
      <Card aria-labelledby="activity-heading" className="border-brand-100 bg-brand-50">
        <h2 id="activity-heading" className="font-semibold">
          Practice activity: {lesson.activity.title}
        </h2>
        <Markdown source={lesson.activity.instructions} headingOffset={2} />
        {lesson.scenarioId ? (
          <p className="mt-3">
            <ButtonLink href={`/practice/${lesson.scenarioId}`} variant="secondary">
              Practise this scenario
            </ButtonLink>
          </p>
        ) : null}
      </Card>
      <div className="flex flex-wrap items-center gap-3 border-t border-slate-200 pt-6">
        <form action={completeLessonAction}>
          <input type="hidden" name="moduleId" value={data.module.id} />
          <input type="hidden" name="lessonId" value={lesson.id} />
          <Button type="submit">{data.completed ? "Go to the knowledge check" : "Mark lesson complete and check my knowledge"}</Button>
        </form>
        {data.prev ? (
          <ButtonLink variant="ghost" href={`/courses/${data.module.id}/${data.prev.id}`}>
            ← {data.prev.title}
          </ButtonLink>
        ) : null}
        {data.next ? (
          <ButtonLink variant="ghost" href={`/courses/${data.module.id}/${data.next.id}`}>
            {data.next.title} →
          </ButtonLink>
        ) : null}
      </div>
    </article>
  );
}
