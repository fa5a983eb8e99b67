import { CARD_CLASS } from "../ui";
import { curriculumHtml } from "./curriculum-html";
import { escapeHtml, MARKDOWN_CLASS, markdownToHtml } from "./markdown";

/** The parts of a lesson that are the same for every learner: its objectives, text and worked examples. */
export interface LessonContent {
  id: string;
  objectives: string[];
  body: string;
  examples: Array<{ situation: string; weak: string; strong: string; why: string }>;
}

const CARD = CARD_CLASS;

/**
 * The lesson's objectives, text and worked examples as HTML, made once per lesson and content
 * version (`contentVersion` from @defuse/content, see curriculum-html.ts) and kept per process:
 * React then sends one string instead of
 * building, serialising and rendering a few hundred elements for every learner who opens the
 * lesson. Every text from the content is escaped; the only markup is written here. What differs
 * per learner (done badges, the completion form, where to go next) stays in the page.
 */
export function lessonContentHtml(lesson: LessonContent, contentVersion: string): string {
  return curriculumHtml(contentVersion, `lesson:${lesson.id}`, () => {
    const objectives = lesson.objectives.map((o) => `<li>${escapeHtml(o)}</li>`).join("");
    const examples = lesson.examples
      .map(
        (ex, i) =>
          `<section class="${CARD} space-y-2"><h3 class="font-semibold">Example ${i + 1}</h3><p class="text-slate-700">${escapeHtml(ex.situation)}</p>` +
          `<div class="grid gap-3 md:grid-cols-2"><div class="rounded-lg border border-red-200 bg-red-50 p-3"><p class="text-sm font-semibold text-red-900">Weaker</p><p>“${escapeHtml(ex.weak)}”</p></div>` +
          `<div class="rounded-lg border border-emerald-200 bg-emerald-50 p-3"><p class="text-sm font-semibold text-emerald-900">Stronger</p><p>“${escapeHtml(ex.strong)}”</p></div></div>` +
          `<p class="text-sm"><span class="font-semibold">Why:</span> ${escapeHtml(ex.why)}</p></section>`,
      )
      .join("");
    return (
      `<section class="${CARD}" aria-labelledby="objectives-heading"><h2 id="objectives-heading" class="font-semibold">By the end you will be able to</h2><ul class="ml-5 mt-2 list-disc space-y-1">${objectives}</ul></section>` +
      `<div class="${MARKDOWN_CLASS}">${markdownToHtml(lesson.body)}</div>` +
      `<section aria-labelledby="examples-heading" class="space-y-4"><h2 id="examples-heading" class="text-xl font-semibold">Worked examples</h2>${examples}</section>`
    );
  });
}

/** The lesson's shared parts (see lessonContentHtml), spaced like the page's other blocks. */
export function LessonContentBlock({ lesson, contentVersion }: { lesson: LessonContent; contentVersion: string }) {
  // Built by lessonContentHtml from escaped text only.
  return <div className="space-y-6" dangerouslySetInnerHTML={{ __html: lessonContentHtml(lesson, contentVersion) }} />;
}
