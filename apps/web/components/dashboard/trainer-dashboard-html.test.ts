import { createElement as h, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Badge } from "../ui";
import { recentAttemptRowsHtml, type RecentAttempt } from "./trainer-dashboard-html";

const formatDateTime = (d: Date | null) => (d ? `${d.toISOString().slice(0, 16).replace("T", " ")} UTC` : "—");
const OUTCOME: Record<string, string> = { resolved: "resolved", escalated: "escalated", ongoing: "ended unresolved" };
/** React's markup without the marks it puts where adjacent texts meet, apostrophes written as the string helpers do. */
const plain = (html: string) => html.replaceAll("<!-- -->", "").replaceAll("&#x27;", "&#39;");

/** The rows as the trainer dashboard rendered them with React elements before they became a string (the reference). */
function reactRows(attempts: RecentAttempt[]) {
  return plain(
    renderToStaticMarkup(
      h(
        Fragment,
        null,
        attempts.map((a) =>
          h(
            "tr",
            { key: a.id },
            h("td", { className: "py-2 font-medium" }, a.learner.name),
            h(
              "td",
              { className: "py-2" },
              a.kind === "QUIZ" ? a.title : h("a", { href: `/trainer/reviews/${a.id}`, className: "text-brand-700 underline" }, a.title),
              " ",
              a.kind !== "QUIZ" && a.outcome ? h("span", { className: "text-slate-600" }, "(", OUTCOME[a.outcome] ?? a.outcome, ")") : null,
            ),
            h("td", { className: "py-2" }, a.score ?? "—", " ", a.passed === null ? null : h(Badge, { tone: a.passed ? "good" : "bad", children: a.passed ? "Passed" : "Not passed" })),
            h("td", { className: "py-2 text-slate-700" }, formatDateTime(a.completedAt)),
          ),
        ),
      ),
    ),
  );
}

const attempt = (over: Partial<RecentAttempt> = {}): RecentAttempt => ({
  id: "att-1",
  kind: "ROLEPLAY",
  title: "The bill that tripled",
  learner: { name: "Lena O'Learner" },
  outcome: "resolved",
  score: 82,
  passed: true,
  completedAt: new Date("2026-12-01T09:12:00Z"),
  ...over,
});

describe("the trainer dashboard's recent attempts", () => {
  it("are the markup the React rows were, for role-plays, checks and every outcome", () => {
    const rows = [
      attempt(),
      attempt({ id: "att-2", outcome: "ongoing", score: 40, passed: false }),
      attempt({ id: "att-3", outcome: "walked-out", score: null, passed: null, completedAt: null }),
      attempt({ id: "att-4", kind: "QUIZ", title: "Check: <listening> & 'you'", outcome: null, score: 67, passed: true }),
      attempt({ id: "att-5", kind: "BRANCHING", outcome: null, learner: { name: 'Sam "S" <Smith>' } }),
    ];
    expect(recentAttemptRowsHtml(rows, formatDateTime)).toBe(reactRows(rows));
  });

  it("link a role-play to its review and say how the call ended", () => {
    const html = recentAttemptRowsHtml([attempt({ outcome: "escalated" })], formatDateTime);
    expect(html).toContain('<a href="/trainer/reviews/att-1" class="text-brand-700 underline">The bill that tripled</a> <span class="text-slate-600">(escalated)</span>');
    expect(recentAttemptRowsHtml([attempt({ kind: "QUIZ" })], formatDateTime)).not.toContain("<a ");
  });
});
