import { createElement, type ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { catalogue, catalogueVersion, contentVersion } from "@defuse/content";
import { Badge, ProgressBar } from "../ui";
import { badgeHtml, progressBarHtml } from "../ui-html";
import { courseCardsHtml, courseOutlineHtml, type CourseCard, type OutlineLesson } from "./curriculum-html";

const formatDate = (d: Date) => d.toISOString().slice(0, 10);
const card = (over: Partial<CourseCard> = {}): CourseCard => ({
  id: "card-course",
  kind: "roleplay",
  title: "Calm calls",
  description: "Practise & learn",
  estimatedMinutes: 90,
  lessonCount: 4,
  assigned: false,
  dueAt: null,
  overdue: false,
  progress: 25,
  lessonsDone: 1,
  lessonsTotal: 4,
  checksPassed: 1,
  checksTotal: 4,
  status: "IN_PROGRESS",
  ...over,
});
const lesson = (over: Partial<OutlineLesson> = {}): OutlineLesson => ({
  id: "l1",
  title: "Listen first",
  summary: "Why <listening> works",
  estimatedMinutes: 12,
  completed: false,
  quizPassed: false,
  ...over,
});
// React writes an apostrophe as &#x27;, the string helpers as &#39;: the same character.
const react = (el: ReactElement) => renderToStaticMarkup(el).replaceAll("&#x27;", "&#39;");

describe("the shared markup matches ui.tsx's components", () => {
  it.each(["neutral", "good", "bad", "warn", "info"] as const)("a %s badge", (tone) => {
    expect(badgeHtml(tone, "Due <soon> & 'now'")).toBe(react(createElement(Badge, { tone, children: "Due <soon> & 'now'" })));
  });
  it.each([0, 37.4, 100, 140])("a progress bar at %s", (value) => {
    expect(progressBarHtml(value, `Tom's "course" progress`)).toBe(react(createElement(ProgressBar, { value, label: `Tom's "course" progress` })));
  });
});

describe("course cards", () => {
  it("show the course and this learner's progress, assignment and status", () => {
    const html = courseCardsHtml("cards-1", [card({ assigned: true, dueAt: new Date("2026-12-24T00:00:00Z"), overdue: true })], formatDate);
    expect(html).toContain('<a href="/courses/card-course" class="underline-offset-4 hover:underline">Calm calls</a>');
    expect(html).toContain("Practise &amp; learn");
    expect(html).toContain("4 lessons · about 1 h 30 min");
    expect(html).toContain(badgeHtml("info", "Role-play practice"));
    expect(html).toContain(badgeHtml("warn", "Assigned · due 2026-12-24"));
    expect(html).toContain(badgeHtml("bad", "Overdue"));
    expect(html).toContain(progressBarHtml(25, "Calm calls progress"));
    expect(html).toContain(`<span>25% · 1/4 lessons, 1/4 checks</span>${badgeHtml("info", "In progress")}`);
  });

  it("keep each learner's parts their own while the shared parts are reused", () => {
    const first = courseCardsHtml("cards-2", [card()], formatDate);
    const other = courseCardsHtml("cards-2", [card({ progress: 100, lessonsDone: 4, checksPassed: 4, status: "COMPLETED" })], formatDate);
    expect(first).not.toContain("Overdue");
    expect(first).toContain(badgeHtml("info", "In progress"));
    expect(other).toContain(badgeHtml("good", "Completed"));
    expect(other).toContain("<span>100% · 4/4 lessons, 4/4 checks</span>");
    expect(other).not.toContain(badgeHtml("warn", "Assigned"));
  });

  it("show a course's new title once the content version changes, and not before", () => {
    expect(courseCardsHtml("cards-3", [card()], formatDate)).toContain(">Calm calls</a>");
    expect(courseCardsHtml("cards-3", [card({ title: "Calmer calls" })], formatDate)).toContain(">Calm calls</a>");
    expect(courseCardsHtml("cards-4", [card({ title: "Calmer calls" })], formatDate)).toContain(">Calmer calls</a>");
  });
});

describe("a course's outline", () => {
  it("numbers and links each lesson, with this learner's done and passed badges", () => {
    const html = courseOutlineHtml("outline-1", "course-a", [lesson(), lesson({ id: "l2", title: "Then act", completed: true, quizPassed: true })]);
    expect(html).toContain('<a href="/courses/course-a/l1" class="underline-offset-4 hover:underline">1. Listen first</a>');
    expect(html).toContain("Why &lt;listening&gt; works");
    expect(html).toContain(`${badgeHtml("neutral", "Lesson to do")}<a href="/courses/course-a/l1/check" class="rounded-full focus-visible:outline">${badgeHtml("neutral", "Knowledge check")}</a>`);
    expect(html).toContain(`${badgeHtml("good", "Lesson done")}<a href="/courses/course-a/l2/check" class="rounded-full focus-visible:outline">${badgeHtml("good", "Check passed")}</a>`);
    expect(html).toContain(">2. Then act</a>");
  });

  it("follows the running catalogue: an edited lesson title shows under the edited catalogue's version", () => {
    const m = catalogue.modules[0]!;
    const outline = (mod: typeof m, version: string) =>
      courseOutlineHtml(
        version,
        mod.id,
        mod.lessons.map((l) => ({ ...l, completed: false, quizPassed: false })),
      );
    expect(outline(m, contentVersion())).toContain(`>1. ${m.lessons[0]!.title.replace(/&/g, "&amp;").replace(/'/g, "&#39;")}</a>`);
    const edited = structuredClone(catalogue);
    edited.modules[0]!.lessons[0]!.title = "A renamed first lesson";
    expect(outline(edited.modules[0]!, catalogueVersion(edited))).toContain(">1. A renamed first lesson</a>");
  });
});
