/**
 * A customer line only echoes what the call said: a weekday, an amount or a time frame in her line must
 * have been said by the agent in this call, or be her own (her opening, her facts, her situation). "Thursday.
 * And I get a time the night before?" waits for the agent to say Thursday; "Before Friday, then" for Friday.
 * The words are compared after a light normalising ("three to five working days" is "3-5 days", "£59.98"
 * is "59.98"), so the agent's way of saying it counts.
 */
const NUMBER_WORDS: Record<string, string> = {
  one: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
  twelve: "12",
  fourteen: "14",
  fifteen: "15",
  twenty: "20",
  thirty: "30",
  forty: "40",
  fifty: "50",
  sixty: "60",
  seventy: "70",
  eighty: "80",
  ninety: "90",
  hundred: "100",
};
const NUM_RE = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join("|")})\\b`, "g");

const NORMALISED = new Map<string, string>();
const NORMALISED_MAX = 5_000;
/** Lower-cased, number words as digits, "3 to 5" as "3-5", "working days" as "days", no "£" or thousands commas. */
export function normaliseEcho(text: string): string {
  // each turn normalises every agent line of the call so far: a line's form is looked up after its first turn
  const hit = NORMALISED.get(text);
  if (hit !== undefined) return hit;
  const n = normaliseUncached(text);
  if (NORMALISED.size >= NORMALISED_MAX) NORMALISED.delete(NORMALISED.keys().next().value!);
  NORMALISED.set(text, n);
  return n;
}
function normaliseUncached(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(NUM_RE, (w) => NUMBER_WORDS[w]!)
    .replace(/(\d),(\d{3})\b/g, "$1$2")
    .replace(/£\s?/g, "")
    .replace(/(\d)\s*(?:-|to|–)\s*(\d)/g, "$1-$2")
    .replace(/\bworking[- ]/g, "")
    .replace(/\s+/g, " ");
}

const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;
const AMOUNT = /\b\d+(?:\.\d+)?(?=\s?(?:pounds|quid)\b)|(?<=£\s?)\d+(?:\.\d+)?/g;
const FRAME = /\b(?:tomorrow|next week|\d+(?:-\d+)? (?:days?|weeks?|hours?))\b/g;

const TOKENS = new Map<string, string[]>();
/** The weekdays, amounts and time frames a line takes as said, normalised. */
export function echoTokens(line: string): string[] {
  const hit = TOKENS.get(line);
  if (hit) return hit;
  const amounts = [
    ...line
      .toLowerCase()
      .replace(/(\d),(\d{3})\b/g, "$1$2")
      .matchAll(AMOUNT),
  ].map((m) => m[0]);
  const n = normaliseEcho(line);
  const out = [
    ...new Set(
      [...n.matchAll(WEEKDAY)]
        .map((m) => m[0])
        .concat(
          amounts,
          [...n.matchAll(FRAME)].map((m) => m[0]),
        ),
    ),
  ];
  if (TOKENS.size > 5_000) TOKENS.clear();
  TOKENS.set(line, out);
  return out;
}

/**
 * Every echo of the line is in what was said (normalised text of the agent's turns and her own words). An amount
 * may also be one she knows without being told (`known`: her bill says £59.98 whether or not she has read it out).
 */
export function echoesOnly(line: string, said: string, known = ""): boolean {
  for (const t of echoTokens(line)) {
    if (said.includes(t)) continue;
    if (known && /^\d+(?:\.\d+)?$/.test(t) && known.includes(t)) continue;
    return false;
  }
  return true;
}

/**
 * Words a line quotes back at the agent as theirs: "Don't tell me it's standard", "I've heard 'we'll look into
 * it' before", or an echo of a word or two opening the line ("Tracking number? Are you thick?", "Policy?").
 * These react to the agent's words in this turn, so at least one content word of the quoted part must be
 * among them; a quote of her own words (her opening, her situation, her facts: "'Dear Mr Hartley'") is hers.
 * Returns the quoted parts (lower case); none for a line that quotes nothing. `withHead: false` leaves the opening
 * echo out: a line answering a move ("Another department?" to a transfer, "Warning?" to a limit) may name it in
 * her own word.
 */
const DONT_TELL = /\bdon't (?:just )?tell me (?:(?:that )?(?:it's|it is|that's|it isn't|it's not|how|about) )?([^.!?]+)/i;
const QUOTED = /(?:^|\s)'([a-z][^\n]{1,60}?[a-z.!?])'(?=[\s.,!?]|$)/gi;
/** An opening echo of the agent's words: a short phrase and a question mark, not a question of her own. */
const ECHO_HEAD = /^((?!(?:is|are|am|do|does|did|can|could|will|would|was|were|have|has|so|what|what's|where|where's|who|how|why|when|which|really|you|you're|you've|sorry|and|but|then|right|ok|okay|oh)\b)[a-z][a-z' -]{1,30})\?/i;
const PARTS = [new Map<string, string[]>(), new Map<string, string[]>()] as const;
export function quotedParts(line: string, withHead = true): string[] {
  const m = PARTS[withHead ? 1 : 0];
  const hit = m.get(line);
  if (hit) return hit;
  const out = readQuotes(line, withHead);
  if (m.size >= 4_000) m.clear();
  m.set(line, out);
  return out;
}
function readQuotes(line: string, withHead: boolean): string[] {
  const out: string[] = [];
  const d = DONT_TELL.exec(line);
  if (d) out.push(d[1]!.toLowerCase());
  for (const m of line.matchAll(QUOTED)) out.push(m[1]!.toLowerCase());
  const h = withHead ? ECHO_HEAD.exec(line.trim()) : null;
  if (h && h[1]!.trim().split(/\s+/).length <= 3) out.push(h[1]!.toLowerCase());
  return out;
}

const QUOTE_STOP = new Set(["that", "this", "with", "into", "it's", "we'll", "i'll", "you'll", "they'll", "just", "about", "what", "your", "have", "been", "will", "from", "there", "them", "then"]);
/**
 * Whether the agent's words (lower case) hold a quoted part: one of its words of four letters or more, matched
 * on its stem ("standard" in "standard charge", "policy" in "policies"). A quote with no such word holds nothing to check.
 */
export function quoteHeard(part: string, agentLow: string): boolean {
  const words = (part.match(/[a-z][a-z']{3,}/g) ?? []).filter((x) => !QUOTE_STOP.has(x));
  if (words.length === 0) return true;
  // (a phrase resting on one word, "we'll look into it", needs that word with the one after it: not "Look, it's a coffee machine")
  const all: string[] = part.match(/[a-z][a-z']*/g) ?? [];
  if (words.length === 1 && all.length >= 2) {
    const at = all.indexOf(words[0]!);
    const next = all[at + 1];
    if (at >= 0 && next !== undefined) return new RegExp(`${stemRe(words[0]!).source}[a-z']*\\s+${next}\\b`).test(agentLow);
  }
  return words.some((x) => stemRe(x).test(agentLow));
}
const STEM_RES = new Map<string, RegExp>();
function stemRe(word: string): RegExp {
  let r = STEM_RES.get(word);
  if (!r) STEM_RES.set(word, (r = new RegExp(`\\b${word.slice(0, Math.max(4, word.length - 2))}`)));
  return r;
}
