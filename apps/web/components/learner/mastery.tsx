import type { AppRouter, inferRouterOutputs } from "@defuse/api";
import { badgeHtml } from "../ui-html";
import { escapeHtml } from "./markdown";

type Progress = inferRouterOutputs<AppRouter>["learner"]["progress"];
type Mastery = Progress["mastery"];

/**
 * The progress page's role-play scores, a row per scenario (its link, attempts, best and latest
 * score with a passed badge), as one escaped string for the same reason as masteryRowsHtml below.
 */
export function scenarioScoreRowsHtml(scenarios: Progress["scenarios"]): string {
  let html = "";
  for (const s of scenarios) {
    const latest = s.latestPassed === null ? "" : badgeHtml(s.latestPassed ? "good" : "bad", s.latestPassed ? "Passed" : "Not passed");
    html +=
      `<tr class="border-b border-slate-100"><th scope="row" class="py-2 pr-3 font-medium"><a href="/practice/${encodeURIComponent(s.id)}" class="underline-offset-4 hover:underline">${escapeHtml(s.title)}</a></th>` +
      `<td class="py-2 pr-3">${s.attempts}</td><td class="py-2 pr-3">${s.bestScore ?? "—"}</td><td class="py-2">${s.latestScore ?? "—"} ${latest}</td></tr>`;
  }
  return html;
}

const rateColour = (rate: number) => (rate >= 70 ? "#0f766e" : rate >= 40 ? "#b45309" : "#b42318");

/**
 * The chart's rows as HTML: per technique its name, a bar for the rate with the counts, a dot per
 * attempt and the same values in words for screen readers. Written as a string because the
 * progress page shows a row per technique on every view, and React built, serialised and rendered
 * about a dozen elements for each (issue 16: the progress page was the second dearest page).
 * Every text is escaped; the numbers are the loader's.
 */
export function masteryRowsHtml(mastery: Mastery, attempts: number): string {
  let html = "";
  for (const m of mastery) {
    let dots = "";
    m.series.forEach((s, i) => {
      if (s !== "n/a") dots += `<circle cx="${i * 14 + 7}" cy="7" r="5" fill="${s === "used" ? "#0f766e" : "white"}" stroke="${s === "used" ? "#0f766e" : "#b42318"}" stroke-width="2"></circle>`;
    });
    const words = m.series.map((s, i) => `attempt ${i + 1}: ${s === "n/a" ? "not expected" : s}`).join("; ");
    html +=
      `<tr class="border-b border-slate-100"><th scope="row" class="py-2 pr-3 font-medium">${escapeHtml(m.name)}</th>` +
      `<td class="py-2 pr-3"><div class="flex items-center gap-2"><svg width="120" height="10" aria-hidden="true" class="shrink-0"><rect width="120" height="10" rx="5" fill="#e2e8f0"></rect>` +
      `<rect width="${(120 * m.rate) / 100}" height="10" rx="5" fill="${rateColour(m.rate)}"></rect></svg>` +
      `<span>${m.rate}% <span class="text-slate-600">(${m.used} used, ${m.missed} missed)</span></span></div></td>` +
      `<td class="py-2"><svg width="${Math.max(attempts, 1) * 14}" height="14" aria-hidden="true">${dots}</svg><span class="sr-only">${escapeHtml(words)}</span></td></tr>`;
  }
  return html;
}

/**
 * Technique mastery over time as a table-shaped chart: one row per technique, a bar for how often
 * it was used when the rubric looked for it, and a dot per attempt in time order (filled = used,
 * hollow = missed). A real table, so screen readers get every value.
 */
export function MasteryChart({ mastery, attempts }: { mastery: Mastery; attempts: number }) {
  return (
    <div className="relative overflow-x-auto" tabIndex={0}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Techniques you used and missed in your role-plays, oldest attempt first</caption>
        <thead>
          <tr className="border-b border-slate-200">
            <th scope="col" className="py-2 pr-3">
              Technique
            </th>
            <th scope="col" className="py-2 pr-3">
              Used when expected
            </th>
            <th scope="col" className="py-2">
              Over time (oldest → newest)
            </th>
          </tr>
        </thead>
        {/* Rows written as one escaped string (masteryRowsHtml): up to a dozen elements per technique, on every view of the progress page. */}
        <tbody dangerouslySetInnerHTML={{ __html: masteryRowsHtml(mastery, attempts) }} />
      </table>
    </div>
  );
}
