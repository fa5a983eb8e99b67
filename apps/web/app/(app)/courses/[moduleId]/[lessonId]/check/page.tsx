import type { Metadata } from "next";
import { Card } from "@/components/ui";
import { contentVersion } from "@defuse/content";
import { QuizForm } from "@/components/learner/quiz-form";
import { quizOptionsHtml } from "@/components/learner/quiz-html";
import { orNotFound } from "@/components/learner/server";
import { KNOWLEDGE_CHECK, loadPage } from "@/server/page-reads";

export const metadata: Metadata = { title: "Knowledge check" };

export default async function CheckPage({ params }: { params: Promise<{ moduleId: string; lessonId: string }> }) {
  const { moduleId, lessonId } = await params;
  // One loader: the check, and the course's title, state and next lesson (issue 16).
  const data = await orNotFound(loadPage(KNOWLEDGE_CHECK, { moduleId, lessonId }));
  const { module } = data;
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <a href="/courses" className="text-brand-700 underline">
          Courses
        </a>{" "}
        /{" "}
        <a href={`/courses/${module.id}`} className="text-brand-700 underline">
          {module.title}
        </a>{" "}
        /{" "}
        <a href={`/courses/${module.id}/${lessonId}`} className="text-brand-700 underline">
          {data.lesson.title}
        </a>
      </nav>
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Knowledge check: {data.quiz.title}</h1>
        <p className="mt-1 text-slate-700">
          {data.quiz.questions.length} questions, drawn from a bank of {data.quiz.bankSize} · pass mark {data.quiz.passMark}%.
          {data.attempts.length ? ` Your best so far: ${data.bestScore}% over ${data.attempts.length} attempt${data.attempts.length === 1 ? "" : "s"}.` : ""}
        </p>
      </header>
      <QuizForm
        attemptNumber={data.attemptNumber}
        // The options' markup is the same for everyone who draws this order: made once per content version (quiz-html.ts).
        questions={data.quiz.questions.map((q) => ({ id: q.id, prompt: q.prompt, optionsHtml: quizOptionsHtml(contentVersion(), data.quiz.id, q) }))}
        moduleId={module.id}
        lessonId={lessonId}
        nextHref={data.nextLessonId ? `/courses/${module.id}/${data.nextLessonId}` : `/courses/${module.id}`}
      />
      {module.status === "COMPLETED" ? (
        <Card className="border-emerald-300 bg-emerald-50" role="status">
          <p className="font-semibold">You have completed {module.title}.</p>
        </Card>
      ) : null}
    </div>
  );
}
