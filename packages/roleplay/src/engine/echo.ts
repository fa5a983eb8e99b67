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

/** Lower-cased, number words as digits, "3 to 5" as "3-5", "working days" as "days", no "£" or thousands commas. */
export function normaliseEcho(text: string): string {
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
