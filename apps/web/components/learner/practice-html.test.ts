import { createElement as h, Fragment } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Badge, Card, type BadgeTone } from "../ui";
import { scenarioCardsHtml, type ScenarioCard } from "./practice-html";

const formatDate = (d: Date) => d.toISOString().slice(0, 10);

/** React's markup without the marks it puts where adjacent texts meet, apostrophes written as the string helpers do. */
const plain = (html: string) => html.replaceAll("<!-- -->", "").replaceAll("&#x27;", "&#39;");

/** ui.tsx's Badge around the texts given, as JSX writes `<Badge tone>{a}{b}</Badge>`. */
const badge = (tone: BadgeTone, ...texts: Array<string | number>) => h(Badge, { tone, children: h(Fragment, null, ...texts) });

/** The cards as the practice page rendered them with React elements before they became a string (the reference; its link was a next/link anchor). */
function reactCards(scenarios: ScenarioCard[]) {
  return plain(
    renderToStaticMarkup(
      h(
        Fragment,
        null,
        scenarios.map((s) =>
          h(
            "li",
            { key: s.id },
            h(
              Card,
              { className: "flex h-full flex-col gap-2" },
              h(
                "div",
                { className: "flex flex-wrap gap-2" },
                badge("info", s.customerType, " customer"),
                badge("neutral", s.difficulty),
                s.channel === "chat" ? badge("info", "web chat") : null,
                s.assigned ? badge("warn", "Assigned", s.dueAt ? ` · due ${formatDate(s.dueAt)}` : "") : null,
                s.contentWarning ? badge("bad", "Content warning") : null,
                s.madeBy ? badge("neutral", "By ", s.madeBy) : null,
              ),
              h("h2", { className: "text-lg font-semibold" }, h("a", { href: `/practice/${s.id}`, className: "underline-offset-4 hover:underline" }, s.title)),
              h("p", { className: "flex-1 text-sm text-slate-700" }, s.summary),
              h(
                "p",
                { className: "text-sm text-slate-700" },
                s.attempts
                  ? h(
                      Fragment,
                      null,
                      "Best ",
                      s.bestScore,
                      "/100 · latest ",
                      s.latestScore,
                      "/100 (",
                      s.latestPassed ? "passed" : "not passed",
                      ") · ",
                      s.attempts,
                      " attempt",
                      s.attempts === 1 ? "" : "s",
                    )
                  : "Not attempted yet",
                s.inProgress.length ? " · an attempt is in progress" : "",
              ),
            ),
          ),
        ),
      ),
    ),
  );
}

const scenario = (over: Partial<ScenarioCard> = {}): ScenarioCard => ({
  id: "billing-error",
  title: "The bill that tripled",
  summary: "A customer's bill is three times what it should be & they're \"furious\".",
  customerType: "angry",
  difficulty: "medium",
  channel: "phone",
  contentWarning: null,
  madeBy: null,
  attempts: 0,
  bestScore: null,
  latestScore: null,
  latestPassed: null,
  inProgress: [],
  assigned: false,
  dueAt: null,
  ...over,
});

describe("the practice page's scenario cards", () => {
  it("are the markup the React cards were, for every badge and score line", () => {
    const cards = [
      scenario(),
      scenario({ id: "chat-complaint", channel: "chat", assigned: true, dueAt: new Date("2026-12-24T00:00:00Z"), attempts: 1, bestScore: 72, latestScore: 72, latestPassed: true }),
      scenario({ id: "persistent-abuse", contentWarning: "Abusive language", assigned: true, attempts: 3, bestScore: 81, latestScore: 40, latestPassed: false, inProgress: [{ attemptId: "a1" }] }),
      scenario({ id: "own-<scenario>", title: "<b>Our</b> 'own' call", summary: "Written by us", madeBy: "Demo & Co <Support>", difficulty: "hard", customerType: "confused" }),
    ];
    expect(scenarioCardsHtml(cards, formatDate)).toBe(reactCards(cards));
  });

  it("show this learner's assignment, scores and call in progress", () => {
    const html = scenarioCardsHtml([scenario({ assigned: true, dueAt: new Date("2026-12-24T00:00:00Z"), attempts: 2, bestScore: 90, latestScore: 55, latestPassed: false, inProgress: [{}] })], formatDate);
    expect(html).toContain("Assigned · due 2026-12-24");
    expect(html).toContain("Best 90/100 · latest 55/100 (not passed) · 2 attempts · an attempt is in progress");
    expect(html).toContain('<a href="/practice/billing-error" class="underline-offset-4 hover:underline">The bill that tripled</a>');
    expect(scenarioCardsHtml([scenario()], formatDate)).toContain(">Not attempted yet</p>");
  });

  it("escape every text", () => {
    const html = scenarioCardsHtml([scenario({ title: "<script>x</script>", madeBy: "<img src=x>", id: '"><b>' })], formatDate);
    expect(html).not.toMatch(/<script|<img|"><b>/);
  });
});
