import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Badge } from "../ui";
import { masteryRowsHtml, scenarioScoreRowsHtml } from "./mastery";

type Row = Parameters<typeof masteryRowsHtml>[0][number];

/** React's markup without the marks it puts where adjacent texts meet, apostrophes written as the string helpers do. */
const plain = (html: string) => html.replaceAll("<!-- -->", "").replaceAll("&#x27;", "&#39;");

/** The rows as the chart rendered them with React elements before they became a string (the reference). */
function reactRows(mastery: Row[], attempts: number) {
  return renderToStaticMarkup(
    h(
      "tbody",
      null,
      mastery.map((m) =>
        h(
          "tr",
          { key: m.id, className: "border-b border-slate-100" },
          h("th", { scope: "row", className: "py-2 pr-3 font-medium" }, m.name),
          h(
            "td",
            { className: "py-2 pr-3" },
            h(
              "div",
              { className: "flex items-center gap-2" },
              h(
                "svg",
                { width: "120", height: "10", "aria-hidden": "true", className: "shrink-0" },
                h("rect", { width: "120", height: "10", rx: "5", fill: "#e2e8f0" }),
                h("rect", { width: (120 * m.rate) / 100, height: "10", rx: "5", fill: m.rate >= 70 ? "#0f766e" : m.rate >= 40 ? "#b45309" : "#b42318" }),
              ),
              h("span", null, m.rate, "% ", h("span", { className: "text-slate-600" }, "(", m.used, " used, ", m.missed, " missed)")),
            ),
          ),
          h(
            "td",
            { className: "py-2" },
            h(
              "svg",
              { width: Math.max(attempts, 1) * 14, height: "14", "aria-hidden": "true" },
              m.series.map((s, i) =>
                s === "n/a" ? null : h("circle", { key: i, cx: i * 14 + 7, cy: "7", r: "5", fill: s === "used" ? "#0f766e" : "white", stroke: s === "used" ? "#0f766e" : "#b42318", strokeWidth: "2" }),
              ),
            ),
            h("span", { className: "sr-only" }, m.series.map((s, i) => `attempt ${i + 1}: ${s === "n/a" ? "not expected" : s}`).join("; ")),
          ),
        ),
      ),
    ),
  )
    .replace(/^<tbody>|<\/tbody>$/g, "")
    .replaceAll("<!-- -->", "") // React marks where adjacent texts meet; the browser shows the same text
    .replaceAll("&#x27;", "&#39;");
}

type Scores = Parameters<typeof scenarioScoreRowsHtml>[0];
/** The role-play score rows as the progress page rendered them with React elements (the reference; its links were next/link anchors). */
const reactScoreRows = (scenarios: Scores) =>
  plain(
    renderToStaticMarkup(
      h(
        "tbody",
        null,
        scenarios.map((s) =>
          h(
            "tr",
            { key: s.id, className: "border-b border-slate-100" },
            h("th", { scope: "row", className: "py-2 pr-3 font-medium" }, h("a", { href: `/practice/${s.id}`, className: "underline-offset-4 hover:underline" }, s.title)),
            h("td", { className: "py-2 pr-3" }, s.attempts),
            h("td", { className: "py-2 pr-3" }, s.bestScore ?? "—"),
            h(
              "td",
              { className: "py-2" },
              s.latestScore ?? "—",
              " ",
              s.latestPassed === null ? null : h(Badge, { tone: s.latestPassed ? "good" : "bad", children: s.latestPassed ? "Passed" : "Not passed" }),
            ),
          ),
        ),
      ),
    ).replace(/^<tbody>|<\/tbody>$/g, ""),
  );

describe("role-play score rows", () => {
  it("are the markup React rendered: link, attempts, best and latest score with a passed badge, a dash for none", () => {
    const scores = [
      { id: "billing-error", title: "The bill that tripled", attempts: 3, bestScore: 87, latestScore: 70, latestPassed: false },
      { id: "misled-features", title: `"It said it works offline" & more`, attempts: 1, bestScore: 91, latestScore: 91, latestPassed: true },
      { id: "chat-complaint", title: "Charged twice", attempts: 0, bestScore: null, latestScore: null, latestPassed: null },
    ] as Scores;
    expect(scenarioScoreRowsHtml(scores)).toBe(reactScoreRows(scores));
    expect(scenarioScoreRowsHtml(scores)).toContain("&quot;It said it works offline&quot; &amp; more</a>");
  });
});

const rows: Row[] = [
  { id: "empathy", name: "Empathy", rate: 75, used: 3, missed: 1, series: ["used", "missed", "n/a", "used", "used"] } as Row,
  { id: "apology", name: "Apology & <ownership>", rate: 50, used: 1, missed: 1, series: ["n/a", "used", "missed", "n/a", "n/a"] } as Row,
  { id: "options", name: "Options", rate: 33.3, used: 1, missed: 2, series: ["missed", "missed", "used", "n/a", "n/a"] } as Row,
  { id: "solution", name: "Solution", rate: 0, used: 0, missed: 1, series: ["missed"] } as Row,
];

describe("technique mastery rows", () => {
  it("are the markup React rendered for the same rows: bars, colours, dots and the words for screen readers", () => {
    expect(masteryRowsHtml(rows, 5)).toBe(reactRows(rows, 5));
    expect(masteryRowsHtml(rows.slice(3), 0)).toBe(reactRows(rows.slice(3), 0));
  });

  it("escape technique names and say each attempt in words", () => {
    const html = masteryRowsHtml(rows, 5);
    expect(html).toContain(">Apology &amp; &lt;ownership&gt;</th>");
    expect(html).toContain('<span class="sr-only">attempt 1: not expected; attempt 2: used; attempt 3: missed; attempt 4: not expected; attempt 5: not expected</span>');
  });
});
