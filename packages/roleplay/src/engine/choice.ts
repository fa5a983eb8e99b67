import type { Scenario } from "@defuse/content";
import { keptPerScenarioText, keptPerText } from "./kept";
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
// (not "rather than a voucher, I'm refunding you": one put in place of another is no choice)
const PUTS_CHOICE =
  /\b(?:choice|choose|options?|either|whichever|alternatively|(?:any|one|either|both|all) of (?:those|these|them|the three|the two)|(?:you'd|you would|would you|if you'd|do you) (?:rather|prefer)|which (?:one|would|do|suits)|up to you|your call|decide|decided|deciding)\b/;
/** A sentence that leaves the going-ahead to her or to later: "once you've decided", "if you'd like", "let me know which". */
const LEFT_TO_HER = /^\W*(?:(?:and|so|then)\s+)?(?:if|unless|once|when|whenever|as soon as) you\b|\blet (?:me|us) know\b|\bget back to (?:me|us)\b|\breply to\b|\bwhenever you(?:'re| are) ready\b/;
/** Said as done or under way by us, here and now: "I've booked", "I'll send", "I'm arranging", "that's ordered". */
const GOES_AHEAD =
  /\b(?:i'll|i will|we'll|we will|i've|i have|we've|we have|i'm (?:\w+ing)|we're (?:\w+ing)|i am (?:\w+ing)|(?:that's|it's|that is|it is|this is|that's all|it's all) (?:now )?(?:booked|ordered|arranged|done|sorted|processed|on its way|going|set up|in|on)|you'll (?:have|get|be|try|go|see|receive)|(?:will|'ll|is going to|are going to) (?:be |now )?(?:arrive|reach|come|go|land|show|appear|start|be)|done|booked|all set|^\W*(?:(?:sure|right|okay|ok|great|lovely|perfect)[,.!]?\s+)?[a-z]+ing (?:it|that|this|them|those|the|your|you)|(?:is|are|has been|have been) (?:now )?(?:on|booked|ordered|arranged|done|sorted|set up|switched on|turned on|sent|added|applied|removed|taken off|processed|moved|on its way)|(?:it|that|this)(?: will|'ll) (?:be|arrive|come|go|reach))\b/;
/**
 * A time she can hold the agent to: "tomorrow", "by Friday", "within 5 working days", "this afternoon", "8 till 1".
 * Not merged with conversation.ts's `TIME_GIVEN` (engine round 26), though the two are near-twins: this one is read only in
 * a sentence that already names her remedy as gone ahead with, so "today", "now" and clock times are the going-ahead's own
 * time ("I'll book it now"); `TIME_GIVEN` is read in any sentence of a turn, to judge a hand-on and to pick her reply, where
 * "I will be helping you today" or "the reference is on a text to you now" say nothing of when anything happens. A merged
 * core left every dev and held-out total unchanged but changed her replies to such turns (coherence-r17, -r25), so it was
 * dropped.
 */
const A_TIME =
  /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next (?:week|month|\w+day)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|within \S+|(?:\d+|one|two|three|five|ten)(?:\s*(?:-|to)\s*\d+)? (?:working )?(?:days?|hours?|weeks?)|\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.)|(?:right )?now)\b/;
/** Done or under way now, not promised: "I've booked", "I'm sending", "that's done", "it's on its way". */
const DONE_NOW = /\b(?:i've|i have|we've|we have|i'm \w+ing|we're \w+ing|(?:that's|it's|that is|it is) (?:now )?(?:booked|ordered|arranged|done|sorted|on its way|set up|on))\b/;
/** Where a remedy's terms last occur in the words, or -1. */
function lastMention(scenario: Scenario, low: string, remedy: string): number {
  let at = -1;
  for (const t of scenario.engine.topics) if (t.remedy === remedy) for (const term of t.terms) at = Math.max(at, low.lastIndexOf(term));
  return at;
}
/** Said as done and nothing more: "Booked.", "Done!", "All sorted.", "That's done for you." */
const BARE_DONE = /^\W*(?:(?:ok(?:ay)?|right|great|lovely|perfect)[,.!]?\s+)?(?:that's |it's |all )?(?:done|booked|sorted|arranged|ordered|set up)(?: for you)?(?: now)?\W*$/;
/** A pronoun that stands for the remedy she has just picked: "I'll book that for tomorrow", "it's on its way". */
const POINTS_BACK = /\b(?:it|that|this|one|them)\b|\bas (?:you )?(?:asked|requested|chose|picked)\b/;
/** Another put in place of hers: "Rather than what you asked for, I have emailed you the guide". */
const INSTEAD = /\b(?:rather than|instead)\b/;
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
  // (an "or" that opens a clause takes the clause before it: "I can send a replacement tomorrow, or I can refund you once it's
  // collected", engine round 26)
  const clauses = low.split(/[,;:]/);
  return clauses.some((cl, i) => {
    const at = cl.search(/\bor\b/);
    if (at < 0) return false;
    const before = remediesIn(scenario, (/^\s*$/.test(cl.slice(0, at)) && i > 0 ? clauses[i - 1]! : "") + " " + cl.slice(0, at));
    return remediesIn(scenario, cl.slice(at)).some((r) => !before.includes(r)) && before.length > 0;
  });
}

/** A recommendation: "I'd go for the replacement", "my advice would be…", "the quickest is…", "if I were you". */
const RECOMMENDS =
  /\b(?:i'd|i would|i'd probably|i would probably) (?:go for|go with|suggest|recommend|pick|choose|take)\b|\bmy (?:advice|suggestion|recommendation)\b|\bif i were you\b|\b(?:best|quickest|fastest|safest|simplest) (?:bet|option|way|one|choice)\b|\b(?:suit|suits|work for|works for) you best\b/;

/**
 * Whether a turn that puts remedies to her as a choice helps her make it: it recommends one, or ties one of them to her
 * worry in the sentence that names it ("the replacement would be with you tomorrow, well before the party on Saturday").
 */
function helpsChoose(scenario: Scenario, sents: readonly string[]): boolean {
  const worry = new Set(scenario.engine.concerns.flatMap((k) => k.topics));
  const remedyTopic = (id: string) => !!scenario.engine.topics.find((x) => x.id === id)?.remedy;
  return sents.some(
    (s) =>
      RECOMMENDS.test(s) ||
      (remediesIn(scenario, s).length === 1 && topicsIn(scenario, s).some((t) => worry.has(t) && !remedyTopic(t))),
  );
}

/**
 * The allowed remedies this turn puts to her as a choice with no offer of the agent's own: two or more this scenario's
 * policy allows, named or explained in the turn, in words that leave the pick to her ("the options are…", "…or a
 * repair", "whichever you prefer"). Not those it refuses. Empty when the turn puts no such choice.
 */
/** Speed round 25: a text's sentences in lower case, kept per text (shared: do not mutate). */
export const lowSentences = keptPerText((t: string): readonly string[] => sentences(t).map((sp) => lower(t.slice(sp.start, sp.end))));
/** Speed round 25: whether a sentence of the text lays remedies side by side (`choiceSentence`), kept per scenario and text. */
export const putsChoice = keptPerScenarioText((scenario, t) => lowSentences(t).some((s) => choiceSentence(scenario, s)));
export function choicePut(scenario: Scenario, text: string, c: TurnCommitments): string[] {
  const t = text.slice(0, 2000);
  if (!putsChoice(scenario, t)) return [];
  const sents = lowSentences(t);
  // (options the agent offers to do, "I can send a replacement tomorrow, or I can refund you once it's collected", are the
  // agent's commitment to whichever she picks, but a commitment to a pick not yet made: until the agent acts on her choice,
  // or helps her make it, nothing has been done for her (engine round 26). A turn that helps her choose, naming one option
  // as the one for her or for her deadline, is more than a menu)
  if (c.offers.length > 0 && helpsChoose(scenario, sents)) return [];
  const allowed = new Set(scenario.policy.allowed.map((r) => r.id));
  const refused = new Set(c.refusals.map((r) => r.remedyId).filter((r): r is string => !!r));
  const put = new Set<string>();
  for (const o of [...c.offers, ...c.explains, ...(c.conditional ?? [])]) put.add(o.remedyId);
  for (const s of sents) if (!REFUSES.test(s)) for (const r of remediesIn(scenario, s)) put.add(r);
  const out = [...put].filter((r) => allowed.has(r) && !refused.has(r));
  return out.length >= 2 ? out : [];
}

/** Helping her decide, after an offered choice: time to think, the options sent to her, a step taken together. */
const HELPS_DECIDE =
  /\b(?:no (?:need|rush|hurry)(?: at all)? to decide|(?:don't|do not) (?:need|have) to decide|take your time|think (?:it|about it) over|have a think|talk (?:it )?(?:over|through) with|(?:email|send|text) you (?:all|both|the (?:two|three|options|details))|whichever you (?:pick|choose|go for|decide)|let's|let us|we'll go|shall we)\b/;

/**
 * Whether a turn after a choice the agent offered to do follows it through (engine round 26): it goes ahead with one of its
 * remedies (any, since a scripted call's agent may have meant another pick than hers), names one of them outside a question,
 * or helps her decide. A turn that only closes ("Is there anything else I can help with?", "Thanks for calling") or moves to
 * something else leaves the choice hanging.
 */
export function followsThrough(scenario: Scenario, text: string, c: TurnCommitments, open: readonly string[], hers?: string): boolean {
  if (goesAheadWith(scenario, text, c, open, hers, false, true).size > 0) return true;
  const t = text.slice(0, 2000);
  return sentences(t)
    .map((sp) => lower(t.slice(sp.start, sp.end)))
    .some((s) => HELPS_DECIDE.test(s) || (!s.includes("?") && remediesIn(scenario, s).some((r) => open.includes(r))));
}

/**
 * The remedies among `open` this turn goes ahead with: committed to by the reader in a sentence that is no choice, no
 * question and leaves nothing to her ("I've booked the replacement for tomorrow"), named with its time after the choice,
 * or her pick (`hers`) said as done in a sentence that points back at it or gives its time ("Lovely, I'll get that out to
 * you tomorrow", "The courier's booked for tomorrow", "Booked."). `menuTurn`: this turn itself puts the choice.
 */
/** A sentence of a turn with its words in lower case. */
type LowSentence = { readonly start: number; readonly end: number; readonly low: string };
/**
 * Speed round 25: the sentences of a turn (its first 2,000 characters) that are no question, no choice, leave nothing to her and
 * refuse nothing, per scenario and text: a pure function of the two, asked again at every later turn's look back and every replay.
 * Bounded. Shared: do not mutate.
 */
export const plainSentences = keptPerScenarioText((scenario, t): readonly LowSentence[] => readPlainSentences(scenario, t));
/** `plainSentences` without the cache. */
export function readPlainSentences(scenario: Scenario, t: string): LowSentence[] {
  return (
    sentences(t)
      .map((sp) => ({ ...sp, low: lower(t.slice(sp.start, sp.end)) }))
      // (a sentence naming one remedy is no choice, though it says "as you'd prefer" or "since you've chosen")
      .filter((s) => !s.low.includes("?") && !(remediesIn(scenario, s.low).length >= 2 && choiceSentence(scenario, s.low)) && !LEFT_TO_HER.test(s.low) && !REFUSES.test(s.low))
  );
}

export function goesAheadWith(scenario: Scenario, text: string, c: TurnCommitments, open: readonly string[], hers?: string, menuTurn = false, anyOfOpen = false): Set<string> {
  const out = new Set<string>();
  const t = text.slice(0, 2000);
  const plain = plainSentences(scenario, t);
  for (const o of c.offers) {
    if (!open.includes(o.remedyId)) continue;
    const at = t.indexOf(o.quote);
    if (at >= 0 && plain.some((s) => at >= s.start && at < s.end)) out.add(o.remedyId);
  }
  for (const s of plain) {
    if (INSTEAD.test(s.low)) continue;
    const named = remediesIn(scenario, s.low).filter((r) => open.includes(r));
    // (after the choice, hers named with its time is hers given, however it is worded: "Going with the refund, then: £79 back
    // to your card within five working days"; in the turn that puts the choice, each option is named with its time)
    if (!menuTurn && named.length === 1 && A_TIME.test(s.low) && (!hers || named[0] === hers || anyOfOpen)) {
      out.add(named[0]!);
      continue;
    }
    if (!GOES_AHEAD.test(s.low)) continue;
    if (named.length === 1) out.add(named[0]!);
    // (hers pointed back at in a clause that names no other remedy: "All done as you asked, and I have sent the guide too";
    // not "I have emailed you the guide as you asked")
    // (not picked yet, one done now and pointed back at: "…a replacement by next-day courier. I've booked it for tomorrow" goes
    // ahead with the one named last before it; not "Whichever you choose, I'll book it today")
    else if (named.length === 0 && !hers && DONE_NOW.test(s.low) && !PUTS_CHOICE.test(s.low) && POINTS_BACK.test(s.low)) {
      const before = open
        .map((r) => ({ r, at: lastMention(scenario, lower(t.slice(0, s.start)), r) }))
        .filter((x) => x.at >= 0)
        .sort((a, b) => b.at - a.at)[0];
      if (before) out.add(before.r);
    }
    // (or done by when, in a clause naming no other remedy: "The courier's booked for tomorrow between 8 and 1")
    else if (
      named.length === 0 &&
      hers &&
      open.includes(hers) &&
      (BARE_DONE.test(s.low) || s.low.split(/,\s*(?:and\s+)?|;|\band\b/).some((cl) => (POINTS_BACK.test(cl) || A_TIME.test(cl)) && remediesIn(scenario, cl).length === 0))
    )
      out.add(hers);
  }
  return out;
}
