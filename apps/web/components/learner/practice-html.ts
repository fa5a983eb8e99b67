import { badgeHtml, cardOpen } from "../ui-html";
import { escapeHtml } from "./markdown";

/** A scenario on the practice page: what the learner.scenarios loader returns per scenario. */
export interface ScenarioCard {
  id: string;
  title: string;
  summary: string;
  customerType: string;
  difficulty: string;
  channel: string;
  contentWarning: string | null;
  madeBy: string | null;
  attempts: number;
  bestScore: number | null;
  latestScore: number | null;
  latestPassed: boolean | null;
  inProgress: unknown[];
  assigned: boolean;
  dueAt: Date | null;
}

/**
 * The practice page's scenario cards (the `li`s of its list) as one escaped string: about fifteen
 * elements per scenario, ten scenarios and more, rendered into the RSC payload and then into HTML
 * on every view of the page (issue 16). The same markup the cards had as React elements
 * (practice-html.test.ts renders both and compares them); every text is escaped here.
 */
export function scenarioCardsHtml(scenarios: ScenarioCard[], formatDate: (d: Date) => string): string {
  let html = "";
  for (const s of scenarios) {
    const scores = s.attempts
      ? `Best ${s.bestScore}/100 · latest ${s.latestScore}/100 (${s.latestPassed ? "passed" : "not passed"}) · ${s.attempts} attempt${s.attempts === 1 ? "" : "s"}`
      : "Not attempted yet";
    html +=
      `<li>${cardOpen("flex h-full flex-col gap-2")}<div class="flex flex-wrap gap-2">` +
      badgeHtml("info", `${s.customerType} customer`) +
      badgeHtml("neutral", s.difficulty) +
      (s.channel === "chat" ? badgeHtml("info", "web chat") : "") +
      (s.assigned ? badgeHtml("warn", `Assigned${s.dueAt ? ` · due ${formatDate(s.dueAt)}` : ""}`) : "") +
      (s.contentWarning ? badgeHtml("bad", "Content warning") : "") +
      (s.madeBy ? badgeHtml("neutral", `By ${s.madeBy}`) : "") +
      `</div><h2 class="text-lg font-semibold"><a href="${escapeHtml(`/practice/${s.id}`)}" class="underline-offset-4 hover:underline">${escapeHtml(s.title)}</a></h2>` +
      `<p class="flex-1 text-sm text-slate-700">${escapeHtml(s.summary)}</p>` +
      `<p class="text-sm text-slate-700">${escapeHtml(scores)}${s.inProgress.length ? " · an attempt is in progress" : ""}</p></section></li>`;
  }
  return html;
}
