/**
 * Text normalisation for the analyser. Learners type fast and casually, so patterns run over a
 * lower-cased copy with straight quotes, restored apostrophes and common typos fixed. Because
 * evidence must quote the learner's own words, every character of the normalised text keeps a
 * pointer back to the original (`map`), so a match can always be reported as an original span.
 */

/** Missing apostrophes and chat shorthand, mapped to the form the patterns expect. */
const WORD_FIXES: Record<string, string> = {
  im: "i'm", ive: "i've", ill: "i'll", id: "i'd", youre: "you're", youve: "you've", youll: "you'll",
  youd: "you'd", ur: "you're", u: "you", r: "are", dont: "don't", cant: "can't", wont: "won't",
  didnt: "didn't", doesnt: "doesn't", isnt: "isn't", wasnt: "wasn't", arent: "aren't", werent: "weren't",
  havent: "haven't", hasnt: "hasn't", shouldnt: "shouldn't", couldnt: "couldn't", wouldnt: "wouldn't",
  thats: "that's", whats: "what's", hows: "how's", theres: "there's", heres: "here's", lets: "let's",
  itll: "it'll", theyll: "they'll", weve: "we've", were_: "we're", theyre: "they're", shes: "she's",
  hes: "he's", whos: "who's", wheres: "where's", yall: "you all", pls: "please", plz: "please",
  sry: "sorry", soz: "sorry", srry: "sorry", apols: "apologies", thx: "thanks", ty: "thank you",
  coz: "because", cos: "because", cuz: "because", bc: "because", b4: "before", tmrw: "tomorrow",
  tmr: "tomorrow", tomorow: "tomorrow", tommorow: "tomorrow", tommorrow: "tomorrow", gonna: "going to",
  wanna: "want to", gotta: "have to", kinda: "kind of", abt: "about", w: "with", wk: "week", wks: "weeks",
  hrs: "hours", hr: "hour", mins: "minutes", min: "minute", asap: "as soon as possible", ok: "okay",
  k: "okay", yeah: "yes", yep: "yes", ya: "you", manger: "manager", supervisior: "supervisor",
  superviser: "supervisor", anoying: "annoying", anoyed: "annoyed", frustating: "frustrating",
  frusterating: "frustrating", fustrating: "frustrating", frustraiting: "frustrating",
  frustated: "frustrated", fustrated: "frustrated", inconvience: "inconvenience",
  inconvenence: "inconvenience", inconveniance: "inconvenience", recieve: "receive", recieved: "received",
  buisness: "business", bussiness: "business", definately: "definitely", defintely: "definitely",
  seperate: "separate", responsibilty: "responsibility", sincerly: "sincerely", aplogise: "apologise",
  appologise: "apologise", appologize: "apologize", apologse: "apologise", appologies: "apologies",
  refnud: "refund", refudn: "refund", becuase: "because", becasue: "because", beacuse: "because",
  explaination: "explanation", untill: "until", wierd: "weird", wensday: "wednesday",
  wednsday: "wednesday", thrusday: "thursday", thursay: "thursday", fridy: "friday", tomrrow: "tomorrow",
};

/**
 * Words the patterns depend on. A token one edit away from one of these (a dropped, added,
 * swapped or changed letter) is read as it: "undrestand", "frustrting", "apologsie".
 */
const KEYWORDS = [
  "understand", "understandable", "frustrating", "frustrated", "frustration", "annoying", "disappointing",
  "disappointed", "stressful", "confusing", "apologise", "apologize", "apologies", "inconvenience",
  "unacceptable", "supervisor", "specialist", "escalate", "replacement", "personally", "responsibility",
  "absolutely", "completely", "definitely", "explanation", "tomorrow", "business", "appreciate",
  "imagine", "because", "respectful", "upsetting", "exception", "voucher", "whichever", "apologising",
  "apologizing", "unfortunately", "understanding", "situation", "frustrations", "immediately",
];

const KEYSET = new Set(KEYWORDS);
const DELETES = new Map<string, string>();
for (const k of KEYWORDS) {
  if (k.length < 7) continue; // shorter words collide with real words too often
  for (const d of deletes1(k)) if (!DELETES.has(d)) DELETES.set(d, k);
}

function deletes1(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/** Symmetric-delete lookup (one edit, including adjacent swaps) against the keyword list. */
function fuzzyKeyword(tok: string): string | undefined {
  if (tok.length < 6 || tok.length > 17 || KEYSET.has(tok)) return undefined;
  const dropped = DELETES.get(tok); // the learner dropped a letter: "undrstand"
  if (dropped !== undefined) return dropped;
  for (const d of deletes1(tok)) {
    if (d.length >= 7 && KEYSET.has(d)) return d; // the learner added a letter: "understtand"
    const k = DELETES.get(d); // a changed or swapped letter: "undrestand"
    if (k !== undefined && k.length === tok.length && sameLetters(k, tok)) return k;
  }
  return undefined;
}

/** Guards substitutions: the typo and the keyword must share most letters (avoids word-for-word swaps). */
function sameLetters(a: string, b: string): boolean {
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  if (diff <= 1) return true;
  // adjacent transposition
  if (diff === 2) {
    for (let i = 0; i < a.length - 1; i++) {
      if (a[i] !== b[i]) return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
  }
  return false;
}

/** Real words that are one edit from a keyword and must not be "corrected". */
const NOT_TYPOS = new Set([
  "working", "worrying", "calmer", "calmly", "blamed", "blames", "faults", "faulty", "wrongly",
  "follows", "followed", "refunds", "refunded", "process", "processed", "policies", "happens",
  "confirms", "confirmed", "sortedd", "exceptions", "managers", "options", "option", "specialists",
  "supervisors", "reverse", "understands", "escalated", "escalates", "imagined", "imagines",
  "preferred", "prefers", "vouchers", "courses", "really", "realty", "totals", "sorter", "sorters",
  "within", "withing", "happened", "happen", "anything", "something", "somethings", "personal",
  "confusion", "understood", "responsible", "specialise", "specialize", "processes", "proceed",
]);

export interface Normalised {
  /** Lower-cased, straight-quoted, typo-repaired text. */
  text: string;
  /** For each index of `text`, the index of the original character it came from. */
  map: number[];
  original: string;
}

const QUOTES: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201B": "'", "\u2032": "'", "`": "'", "\u00B4": "'",
  "\u201C": '"', "\u201D": '"', "\u201E": '"', "\u2033": '"',
  "\u2013": "-", "\u2014": "-", "\u2026": ".", "\u00A0": " ",
};

/** Typo repairs already worked out, by token: learners reuse the same words, so most lookups hit. */
const FIXED = new Map<string, string | null>();
const FIXED_MAX = 20_000;

function repairToken(bare: string): string | undefined {
  const cached = FIXED.get(bare);
  if (cached !== undefined) return cached ?? undefined;
  let out: string | undefined;
  if (bare.length >= 6 && !NOT_TYPOS.has(bare)) {
    const squeezed = bare.replace(/([a-z])\1\1+/g, "$1$1");
    out = KEYSET.has(squeezed) ? squeezed : fuzzyKeyword(squeezed);
    if (out === bare) out = undefined;
  } else if (/([a-z])\1\1/.test(bare)) {
    out = bare.replace(/([a-z])\1\1+/g, "$1"); // "sooo sorry" -> "so sorry"
    if (WORD_FIXES[out]) out = WORD_FIXES[out]!;
  }
  if (FIXED.size < FIXED_MAX) FIXED.set(bare, out ?? null);
  return out;
}

const QUOTE_RE = /[\u2018\u2019\u201B\u2032`\u00B4\u201C\u201D\u201E\u2033\u2013\u2014\u2026\u00A0]/g;

/** Normalises in one pass; cost is linear in the text length. */
export function normalise(original: string): Normalised {
  // 1. per-character: lower-case and straighten quotes, keeping a 1:1 map.
  let chars = original.toLowerCase();
  if (chars.length !== original.length) {
    // a few characters change length when lower-cased ("İ"); keep those as they were
    chars = "";
    for (let i = 0; i < original.length; i++) {
      const l = original[i]!.toLowerCase();
      chars += l.length === 1 ? l : original[i]!;
    }
  }
  chars = chars.replace(QUOTE_RE, (c) => QUOTES[c] ?? c);
  // 2. per-word: contractions, shorthand, British/American variants are handled in the patterns,
  // typos are repaired here.
  const parts: string[] = [];
  let map: number[] | null = null;
  const re = /[a-z0-9']+/g;
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(chars)) !== null) {
    const tok = m[0];
    const start = m.index;
    const c0 = tok.charCodeAt(0);
    if (c0 < 97 || c0 > 122) continue;
    const bare = tok.charCodeAt(tok.length - 1) === 39 ? tok.replace(/'+$/, "") : tok;
    let out: string | undefined;
    const fixed = WORD_FIXES[bare];
    if (fixed !== undefined && bare !== "were_") out = fixed + tok.slice(bare.length);
    else {
      const r = repairToken(bare);
      if (r !== undefined) out = r + tok.slice(bare.length);
    }
    if (out === undefined || out === tok) continue;
    if (map === null) {
      map = new Array<number>(start);
      for (let i = 0; i < start; i++) map[i] = i;
    } else {
      for (let i = last; i < start; i++) map.push(i);
    }
    parts.push(chars.slice(last, start), out);
    if (out.length === tok.length) for (let i = 0; i < tok.length; i++) map.push(start + i);
    else for (let i = 0; i < out.length; i++) map.push(start + Math.min(i, tok.length - 1));
    last = start + tok.length;
  }
  if (map === null) {
    const ident = new Array<number>(chars.length);
    for (let i = 0; i < chars.length; i++) ident[i] = i;
    return { text: chars, map: ident, original };
  }
  for (let i = last; i < chars.length; i++) map.push(i);
  parts.push(chars.slice(last));
  return { text: parts.join(""), map, original };
}

/** Maps a span of the normalised text back to the original text. */
export function originalSpan(n: Normalised, start: number, end: number): { start: number; end: number; text: string } {
  if (n.map.length === 0) return { start: 0, end: 0, text: "" };
  const s = n.map[Math.min(start, n.map.length - 1)] ?? 0;
  const e = end <= 0 ? s : (n.map[Math.min(end - 1, n.map.length - 1)] ?? s) + 1;
  return { start: s, end: e, text: n.original.slice(s, e) };
}
