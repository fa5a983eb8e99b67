import { badgeHtml, cardOpen, progressBarHtml } from "../ui-html";
import { cachedHtml, escapeHtml } from "./markdown";

/**
 * The curriculum pages' shared markup, rendered once per content version (issue 16: "lessons and
 * other curriculum pages are the same for everyone: render them once per content version and
 * cache them, keeping per-learner parts small").
 *
 * What every learner sees alike (a course card's kind, title, link, description and length; a
 * lesson's title, link, summary and length in the course outline; the lesson text) is made into
 * HTML once per item and content version and kept per process. Per request only the learner's own
 * parts are written between those pieces (assigned and overdue badges, progress, done and passed
 * badges), so React sends one string per list instead of building, serialising and rendering a
 * few hundred elements for every view.
 *
 * The content version is @defuse/content's `contentVersion()`, a fingerprint of the whole
 * catalogue, handed to the page by its loader: any change to the content, version number bumped or
 * not, is another key, so a page never shows curriculum that no longer exists.
 */
export function curriculumHtml(contentVersion: string, key: string, render: () => string): string {
  return cachedHtml(`curriculum\u0000${contentVersion}\u0000${key}`, render);
}

export function minutes(n: number) {
  return n >= 60 ? `${Math.floor(n / 60)} h ${n % 60 ? `${n % 60} min` : ""}`.trim() : `${n} min`;
}

const KIND = { roleplay: "Role-play practice", "emotional-intelligence": "Emotional intelligence", "communication-workshop": "Communication workshop" } as const;
const STATUS = { NOT_STARTED: ["Not started", "neutral"], IN_PROGRESS: ["In progress", "info"], COMPLETED: ["Completed", "good"] } as const;
type Status = keyof typeof STATUS;

/** A course on the catalogue page: what the learner.catalogue loader returns per course. */
export interface CourseCard {
  id: string;
  kind: string;
  title: string;
  description: string;
  estimatedMinutes: number;
  lessonCount: number;
  assigned: boolean;
  dueAt: Date | null;
  overdue: boolean;
  progress: number;
  lessonsDone: number;
  lessonsTotal: number;
  checksPassed: number;
  checksTotal: number;
  status: Status;
}

/**
 * The catalogue's course cards (the `li`s of its list). Shared per course: the kind badge's
 * opening, then the title, description and length; the learner's: the assignment badges, the
 * progress bar, the counts and the status badge. `formatDate` writes a due date.
 */
export function courseCardsHtml(contentVersion: string, courses: CourseCard[], formatDate: (d: Date) => string): string {
  let html = "";
  for (const m of courses) {
    const [head, middle] = curriculumHtml(contentVersion, `card:${m.id}`, () =>
      [
        `<li>${cardOpen("flex h-full flex-col gap-3")}<div class="flex flex-wrap items-center gap-2">${badgeHtml("info", KIND[m.kind as keyof typeof KIND] ?? m.kind)}`,
        `</div><h2 class="text-lg font-semibold"><a href="/courses/${encodeURIComponent(m.id)}" class="underline-offset-4 hover:underline">${escapeHtml(m.title)}</a></h2>` +
          `<p class="flex-1 text-sm text-slate-700">${escapeHtml(m.description)}</p>` +
          `<p class="text-sm text-slate-600">${m.lessonCount} lessons · about ${minutes(m.estimatedMinutes)}</p>`,
      ].join("\u0000"),
    ).split("\u0000");
    const [statusText, statusTone] = STATUS[m.status];
    html +=
      head +
      (m.assigned ? badgeHtml("warn", `Assigned${m.dueAt ? ` · due ${formatDate(m.dueAt)}` : ""}`) : "") +
      (m.overdue ? badgeHtml("bad", "Overdue") : "") +
      middle +
      progressBarHtml(m.progress, `${m.title} progress`) +
      `<p class="flex items-center justify-between text-sm"><span>${m.progress}% · ${m.lessonsDone}/${m.lessonsTotal} lessons, ${m.checksPassed}/${m.checksTotal} checks</span>${badgeHtml(statusTone, statusText)}</p></section></li>`;
  }
  return html;
}

/** A lesson in a course's outline: what the learner.module loader returns per lesson. */
export interface OutlineLesson {
  id: string;
  title: string;
  summary: string;
  estimatedMinutes: number;
  completed: boolean;
  quizPassed: boolean;
}

/**
 * A course's outline (the `li`s of its lesson list). Shared per lesson: its number, title, link,
 * summary and length; the learner's: whether the lesson is done and its check passed.
 */
export function courseOutlineHtml(contentVersion: string, moduleId: string, lessons: OutlineLesson[]): string {
  let html = "";
  lessons.forEach((l, i) => {
    const href = `/courses/${encodeURIComponent(moduleId)}/${encodeURIComponent(l.id)}`;
    const shared = curriculumHtml(
      contentVersion,
      `outline:${moduleId}:${l.id}:${i}`,
      () =>
        `<li>${cardOpen("flex flex-wrap items-center gap-4")}<div class="min-w-56 flex-1"><h2 class="font-semibold"><a href="${href}" class="underline-offset-4 hover:underline">${i + 1}. ${escapeHtml(l.title)}</a></h2>` +
        `<p class="text-sm text-slate-700">${escapeHtml(l.summary)}</p><p class="text-sm text-slate-600">${minutes(l.estimatedMinutes)}</p></div><div class="flex flex-wrap gap-2">`,
    );
    html +=
      shared +
      badgeHtml(l.completed ? "good" : "neutral", l.completed ? "Lesson done" : "Lesson to do") +
      `<a href="${href}/check" class="rounded-full focus-visible:outline">${badgeHtml(l.quizPassed ? "good" : "neutral", l.quizPassed ? "Check passed" : "Knowledge check")}</a></div></section></li>`;
  });
  return html;
}
