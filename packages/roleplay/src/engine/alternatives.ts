import { lower, sentences } from "./substance";

/**
 * A choice put beside what is already on offer (engine round 29, gam27; RT-28): "What I can do is transfer your membership to
 * York…" then "The other options are transferring the remaining months to someone else, or freezing it… what matters most to
 * you?". The remedies on the table are all three: the one offered before is one of her options, and her pick of it ("I'll
 * stick with the York club") is a pick, which the agent going ahead with York follows through.
 */
const BESIDE =
  /\b(?:the other (?:options?|choices?|ways?)|other options?|another (?:option|way|choice|alternative)|alternatively|as well as (?:that|this)|besides (?:that|this)|on top of (?:that|this))\b|^\W*or(?:,|\s+if)\b|\binstead\b/;

/** Remedies offered earlier in the call that a choice put in this turn sets its options beside. */
export function offeredBeside(text: string, offeredBefore: readonly string[], putNow: readonly string[]): string[] {
  if (putNow.length === 0 || offeredBefore.length === 0) return [];
  const t = text.slice(0, 2000);
  if (!sentences(t).some((sp) => BESIDE.test(lower(t.slice(sp.start, sp.end))))) return [];
  return offeredBefore.filter((r) => !putNow.includes(r));
}
