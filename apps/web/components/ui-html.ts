import { BADGE_CLASS, BADGE_TONES, CARD_CLASS, cx, PROGRESS_CLASS, PROGRESS_FILL_CLASS, type BadgeTone } from "./ui";
import { escapeHtml } from "./learner/markdown";

/**
 * ui.tsx's Badge, Card and ProgressBar as HTML strings, for the curriculum pages that send the
 * parts every learner shares as one string (see learner/curriculum-html.ts). The same classes and
 * attributes as the React components (ui-html.test.ts renders both and compares them), so the
 * page looks the same either way. Every text is escaped here.
 */
export function badgeHtml(tone: BadgeTone, text: string): string {
  return `<span class="${cx(BADGE_CLASS, BADGE_TONES[tone])}">${escapeHtml(text)}</span>`;
}

export function progressBarHtml(value: number, label: string): string {
  const v = Math.max(0, Math.min(100, Math.round(value)));
  return (
    `<div role="progressbar" aria-label="${escapeHtml(label)}" aria-valuenow="${v}" aria-valuemin="0" aria-valuemax="100" class="${PROGRESS_CLASS}">` +
    `<div class="${PROGRESS_FILL_CLASS}" style="width:${v}%"></div></div>`
  );
}

/** The opening tag of a Card (a `section`) with extra classes; close it with `</section>`. */
export function cardOpen(className?: string): string {
  return `<section class="${cx(CARD_CLASS, className)}">`;
}
