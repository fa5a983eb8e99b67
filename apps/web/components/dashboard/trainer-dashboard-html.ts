import { escapeHtml } from "../learner/markdown";
import { badgeHtml } from "../ui-html";

const OUTCOME: Record<string, string> = { resolved: "resolved", escalated: "escalated", ongoing: "ended unresolved" };

/** A finished attempt on the trainer dashboard: what dashboard.trainer returns per recent attempt. */
export interface RecentAttempt {
  id: string;
  kind: string;
  title: string;
  learner: { name: string };
  outcome: string | null;
  score: number | null;
  passed: boolean | null;
  completedAt: Date | null;
}

/**
 * The trainer dashboard's recent attempts (the `tr`s of the table's body) as one escaped string:
 * about ten elements per attempt on every view of a trainer's home page (issue 16). The same markup
 * the rows had as React elements (trainer-dashboard-html.test.ts renders both and compares them).
 */
export function recentAttemptRowsHtml(attempts: RecentAttempt[], formatDateTime: (d: Date | null) => string): string {
  let html = "";
  for (const a of attempts) {
    const activity =
      a.kind === "QUIZ"
        ? escapeHtml(a.title)
        : `<a href="${escapeHtml(`/trainer/reviews/${a.id}`)}" class="text-brand-700 underline">${escapeHtml(a.title)}</a>`;
    const outcome = a.kind !== "QUIZ" && a.outcome ? `<span class="text-slate-600">(${escapeHtml(OUTCOME[a.outcome] ?? a.outcome)})</span>` : "";
    html +=
      `<tr><td class="py-2 font-medium">${escapeHtml(a.learner.name)}</td>` +
      `<td class="py-2">${activity} ${outcome}</td>` +
      `<td class="py-2">${a.score ?? "—"} ${a.passed === null ? "" : badgeHtml(a.passed ? "good" : "bad", a.passed ? "Passed" : "Not passed")}</td>` +
      `<td class="py-2 text-slate-700">${escapeHtml(formatDateTime(a.completedAt))}</td></tr>`;
  }
  return html;
}
