import { createElement as h, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Badge, type BadgeTone } from "../ui";
import { reviewQueueRowsHtml, type QueueRow } from "./review-queue-html";

const formatDateTime = (d: Date | null) => (d ? `${d.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—");
/** React's markup without the marks it puts where adjacent texts meet, apostrophes written as the string helpers do. */
const plain = (html: string) => html.replaceAll("<!-- -->", "").replaceAll("&#x27;", "&#39;");
const badge = (tone: BadgeTone, ...texts: Array<string | number>) => h(Badge, { tone, children: h(Fragment, null, ...texts) });

type State = "PENDING" | "RELEASED" | "ABANDONED";

/** The rows as the review queue rendered them with React elements before they became a string (the reference; its link was a next/link anchor). */
function reactRows(state: State, items: QueueRow[]) {
  return plain(
    renderToStaticMarkup(
      h(
        Fragment,
        null,
        items.map((a) =>
          h(
            "tr",
            { key: a.attemptId },
            h("td", { className: "py-2 font-medium" }, a.learner.name),
            h("td", { className: "py-2" }, a.title, " ", a.source === "real" ? badge("info", "Real call") : null),
            h(
              "td",
              { className: "py-2" },
              state === "RELEASED"
                ? h(Fragment, null, a.score ?? "—", " ", badge(a.passed ? "good" : "bad", a.passed ? "Passed" : "Not passed"))
                : state === "ABANDONED"
                  ? h(Fragment, null, a.turns, " ", badge("neutral", "Abandoned"))
                  : h(Fragment, null, a.autoScore ?? "—", " ", a.autoPassed === false ? badge("bad", "Not passed") : null, " ", a.draftSavedAt ? badge("info", "Draft") : null),
            ),
            h(
              "td",
              { className: "py-2" },
              state === "RELEASED" ? `${formatDateTime(a.releasedAt)} by ${a.reviewer ?? "—"}` : formatDateTime(state === "ABANDONED" ? a.startedAt : a.completedAt),
            ),
            h(
              "td",
              { className: "py-2" },
              h(
                "a",
                { className: "font-medium text-brand-700 underline", href: `/trainer/reviews/${a.attemptId}`, "aria-label": `${state === "PENDING" ? "Review" : "Open"} ${a.learner.name}'s ${a.title}` },
                state === "PENDING" ? "Review" : "Open",
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

const row = (over: Partial<QueueRow> = {}): QueueRow => ({
  attemptId: "att-1",
  title: "The bill that tripled",
  source: "practice",
  learner: { name: "Lena O'Learner" },
  score: null,
  passed: null,
  turns: 6,
  autoScore: 64,
  autoPassed: false,
  draftSavedAt: null,
  releasedAt: null,
  reviewer: null,
  startedAt: new Date("2026-12-01T09:00:00Z"),
  completedAt: new Date("2026-12-01T09:12:00Z"),
  ...over,
});

const rows = [
  row(),
  row({ attemptId: "att-2", autoScore: null, autoPassed: null, draftSavedAt: new Date("2026-12-02T10:00:00Z") }),
  row({ attemptId: "att-3", source: "real", title: "Real call: <bill> & 'refund'.txt", autoPassed: true, learner: { name: 'Sam "the agent" <Smith>' } }),
  row({ attemptId: "att-4", score: 88, passed: true, releasedAt: new Date("2026-12-03T11:00:00Z"), reviewer: "Tom Trainer" }),
  row({ attemptId: "att-5", score: null, passed: false, reviewer: null }),
];

describe("the review queue's rows", () => {
  it.each(["PENDING", "RELEASED", "ABANDONED"] as const)("are the markup the React rows were, on the %s list", (state) => {
    expect(reviewQueueRowsHtml(state, rows, formatDateTime)).toBe(reactRows(state, rows));
  });

  it("name the learner, the call, the score and what a trainer can do with it", () => {
    const pending = reviewQueueRowsHtml("PENDING", [row()], formatDateTime);
    expect(pending).toContain('aria-label="Review Lena O&#39;Learner&#39;s The bill that tripled">Review</a>');
    expect(pending).toContain("2026-12-01 09:12 UTC");
    expect(reviewQueueRowsHtml("RELEASED", [rows[3]!], formatDateTime)).toContain("2026-12-03 11:00 UTC by Tom Trainer");
    expect(reviewQueueRowsHtml("ABANDONED", [row()], formatDateTime)).toContain("2026-12-01 09:00 UTC");
  });

  it("escape every text", () => {
    const html = reviewQueueRowsHtml("PENDING", [row({ title: "<script>x</script>", learner: { name: "<img src=x>" } })], formatDateTime);
    expect(html).not.toMatch(/<script|<img/);
  });
});
