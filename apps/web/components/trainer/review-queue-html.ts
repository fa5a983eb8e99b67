import { escapeHtml } from "../learner/markdown";
import { badgeHtml } from "../ui-html";

/** A row of the review queue: what review.queue returns per item, the fields the table shows. */
export interface QueueRow {
  attemptId: string;
  title: string;
  source: "real" | "practice";
  learner: { name: string };
  score: number | null;
  passed: boolean | null;
  turns: number;
  autoScore: number | null;
  autoPassed: boolean | null;
  draftSavedAt: Date | null;
  releasedAt: Date | null;
  reviewer: string | null;
  startedAt: Date;
  completedAt: Date | null;
}

/**
 * The review queue's table rows (the `tr`s of its body) as one escaped string: a dozen elements
 * and a link per attempt, 25 attempts to a page, on every view of the trainer's most visited page
 * (issue 16). The same markup the rows had as React elements (review-queue-html.test.ts renders
 * both and compares them); every text is escaped here.
 */
export function reviewQueueRowsHtml(state: "PENDING" | "RELEASED" | "ABANDONED", items: QueueRow[], formatDateTime: (d: Date | null) => string): string {
  let html = "";
  for (const a of items) {
    const result =
      state === "RELEASED"
        ? `${a.score ?? "—"} ${badgeHtml(a.passed ? "good" : "bad", a.passed ? "Passed" : "Not passed")}`
        : state === "ABANDONED"
          ? `${a.turns} ${badgeHtml("neutral", "Abandoned")}`
          : `${a.autoScore ?? "—"} ${a.autoPassed === false ? badgeHtml("bad", "Not passed") : ""} ${a.draftSavedAt ? badgeHtml("info", "Draft") : ""}`;
    const when = state === "RELEASED" ? `${formatDateTime(a.releasedAt)} by ${a.reviewer ?? "—"}` : formatDateTime(state === "ABANDONED" ? a.startedAt : a.completedAt);
    const action = state === "PENDING" ? "Review" : "Open";
    html +=
      `<tr><td class="py-2 font-medium">${escapeHtml(a.learner.name)}</td>` +
      `<td class="py-2">${escapeHtml(a.title)} ${a.source === "real" ? badgeHtml("info", "Real call") : ""}</td>` +
      `<td class="py-2">${result}</td>` +
      `<td class="py-2">${escapeHtml(when)}</td>` +
      `<td class="py-2"><a class="font-medium text-brand-700 underline" href="${escapeHtml(`/trainer/reviews/${a.attemptId}`)}" aria-label="${escapeHtml(`${action} ${a.learner.name}'s ${a.title}`)}">${action}</a></td></tr>`;
  }
  return html;
}
