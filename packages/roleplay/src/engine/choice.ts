import type { Scenario } from "@defuse/content";
import type { TurnCommitments } from "./offers";
import { lower, sentences, topicsIn } from "./substance";

/**
 * A choice put to her is not yet a fix (engine round 24). "Under the guarantee the options are a replacement by
 * next-day courier, a refund within 5 working days of collection, or a repair" tells her what could be done; until the
 * agent goes ahead with one of them (the one she picks, and when), nothing has been done for her, and a customer who is
 * read the menu and left "to reply to the confirmation email" has not had her problem dealt with. The engine keeps the
 * remedies put to her as a choice open (`ConversationState.choicePending`) and the call does not resolve while they are.
 */

/** Words that put remedies to her as alternatives for her to pick from. */
const PUTS_CHOICE =
  /\b(?:choice|choose|options?|either|whichever|alternatively|(?:any|one|either|both|all) of (?:those|these|them|the three|the two)|prefer|rather|up to you|your call|decide|decided|deciding)\b/;
/** A sentence that leaves the going-ahead to her or to later: "once you've decided", "if you'd like", "let me know which". */
const LEFT_TO_HER = /^\W*(?:(?:and|so|then)\s+)?(?:if|unless|once|when|whenever|as soon as)\b|\blet (?:me|us) know\b|\bget back to (?:me|us)\b|\breply to\b/;
/** Said as done or under way by us, here and now: "I've booked", "I'll send", "I'm arranging", "that's ordered". */
const GOES_AHEAD =
  /\b(?:i'll|i will|we'll|we will|i've|i have|we've|we have|i'm (?:\w+ing)|we're (?:\w+ing)|i am (?:\w+ing)|(?:that's|it's|that is|it is|this is|that's all|it's all) (?:now )?(?:booked|ordered|arranged|done|sorted|processed|on its way|going|set up|in|on)|you'll (?:have|get|be|try|go|see)|done|booked|all set|(?:it|that|this)(?: will|'ll) (?:be|arrive|come|go|reach))\b/;
/** A pronoun that stands for the remedy she has just picked: "I'll book that for tomorrow", "it's on its way". */
const POINTS_BACK = /\b(?:it|that|this|one|them)\b/;
const REFUSES = /\b(?:can't|cannot|won't|unable|not able|don't|isn't|aren't|no longer)\b/;

function remedyOf(scenario: Scenario, topic: string): string | undefined {
  return scenario.engine.topics.find((x) => x.id === topic)?.remedy;
}

function remediesIn(scenario: Scenario, low: string): string[] {
  return [
    ...new Set(
      topicsIn(scenario, low)
        .map((t) => remedyOf(scenario, t))
        .filter((r): r is string => !!r),
    ),
  ];
}

/** A sentence that lays remedies side by side for her to pick: two named with "or", or in words of choosing. */
function choiceSentence(scenario: Scenario, low: string): boolean {
  if (PUTS_CHOICE.test(low)) return true;
  // (two remedies either side of an "or" in one clause: "a replacement tomorrow or a refund once it's collected"; not "on your
  // phone it's Settings, then Phone or Connections")
  return low.split(/[,;:]/).some((cl) => {
    const at = cl.search(/\bor\b/);
    if (at < 0) return false;
    const before = remediesIn(scenario, cl.slice(0, at));
    return remediesIn(scenario, cl.slice(at)).some((r) => !before.includes(r)) && before.length > 0;
  });
}

/**
 * The allowed remedies this turn puts to her as a choice: two or more this scenario's policy allows, named or offered
 * in the turn, in words that leave the pick to her ("the options are…", "…or a repair", "whichever you prefer"). Not
 * those it refuses. Empty when the turn puts no choice.
 */
export function choicePut(scenario: Scenario, text: string, c: TurnCommitments): string[] {
  const t = text.slice(0, 2000);
  const sents = sentences(t).map((sp) => lower(t.slice(sp.start, sp.end)));
  if (!sents.some((s) => choiceSentence(scenario, s))) return [];
  const allowed = new Set(scenario.policy.allowed.map((r) => r.id));
  const refused = new Set(c.refusals.map((r) => r.remedyId).filter((r): r is string => !!r));
  const put = new Set<string>();
  for (const o of [...c.offers, ...c.explains, ...(c.conditional ?? [])]) put.add(o.remedyId);
  for (const s of sents) if (!REFUSES.test(s)) for (const r of remediesIn(scenario, s)) put.add(r);
  const out = [...put].filter((r) => allowed.has(r) && !refused.has(r));
  return out.length >= 2 ? out : [];
}

/**
 * The remedies among `open` this turn goes ahead with: committed to by the reader in a sentence that is no choice, no
 * question and leaves nothing to her ("I've booked the replacement for tomorrow"), or her pick (`hers`) said as done in
 * a sentence that points back at it ("Lovely, I'll get that out to you tomorrow").
 */
export function goesAheadWith(scenario: Scenario, text: string, c: TurnCommitments, open: readonly string[], hers?: string): Set<string> {
  const out = new Set<string>();
  const t = text.slice(0, 2000);
  const plain = sentences(t)
    .map((sp) => ({ ...sp, low: lower(t.slice(sp.start, sp.end)) }))
    .filter((s) => !s.low.includes("?") && !choiceSentence(scenario, s.low) && !LEFT_TO_HER.test(s.low) && !REFUSES.test(s.low));
  for (const o of c.offers) {
    if (!open.includes(o.remedyId)) continue;
    const at = t.indexOf(o.quote);
    if (at >= 0 && plain.some((s) => at >= s.start && at < s.end)) out.add(o.remedyId);
  }
  for (const s of plain) {
    if (!GOES_AHEAD.test(s.low)) continue;
    const named = remediesIn(scenario, s.low).filter((r) => open.includes(r));
    if (named.length === 1) out.add(named[0]!);
    else if (named.length === 0 && hers && open.includes(hers) && POINTS_BACK.test(s.low)) out.add(hers);
  }
  return out;
}
