import type { LabelId } from "@defuse/content";
import { labelIds, type Span } from "../analyser/label";
import { sentences, snapSpan } from "../engine/substance";

/**
 * The words that earned a pitfall (engine round 29, gam27; RT-30): the analyser labels the whole turn and points at one
 * sentence as its evidence, which can be a harmless one beside the real slip ("Do you have the Post Office receipt or
 * tracking number? Try not to lose the receipt this time, eh?" quoted the question). A learner must be shown the words
 * that failed them: when the sentence pointed at does not carry the pitfall on its own and another sentence of the turn
 * does, that sentence is the quote. Otherwise the analyser's span stands.
 */
export function pitfallSpan(text: string, label: LabelId, span: Span): Span {
  const snapped = snapSpan(text, span);
  const parts = sentences(text);
  if (parts.length < 2) return snapped;
  if (labelIds(snapped.text).includes(label)) return snapped;
  for (const p of parts) {
    const s = text.slice(p.start, p.end).trim();
    if (s.length === 0 || s === snapped.text.trim()) continue;
    if (labelIds(s).includes(label)) {
      const start = text.indexOf(s, p.start);
      return snapSpan(text, { start, end: start + s.length, text: s });
    }
  }
  return snapped;
}
