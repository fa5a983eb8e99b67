/**
 * The commitment reader's own tokeniser: words, numbers, currency symbols and punctuation with their
 * offsets; contractions expanded the way the reader's word lists expect ("won't" is "will" "not",
 * "I've" is "i" "have", also without the apostrophe: "wont", "ive"); sentences split on . ! ? except
 * in abbreviations ("p.m.", "e.g.", "Mr.") and numbers ("£59.98"); and negation scope: the words after
 * a negator up to the next punctuation or joining word ("I can't refund you today | because…").
 * Measured against wink-nlp in the README: the same answers on every probe, no model to load.
 */

import { wordTable } from "./word-table";

export interface Tok {
  /** Normalised: lower case, contractions expanded. */
  n: string;
  start: number;
  end: number;
  /** Inside a negation's scope. */
  neg: boolean;
}

export interface Sentence {
  toks: Tok[];
  question: boolean;
}

const TOKEN_RE = /[a-z]\.(?:[a-z]\.)+|\b2(?:day|moro|morrow|mrw|nite|night)\b|\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th|k|gb|tb|pm|am)?|[a-z]+(?:'[a-z]+)*|[£$€]|\.{3}|[^\s\w]/gi;

/** Whole-word expansions. Apostrophes are straight by the time these are looked up. */
const EXPAND: Record<string, string> = {
  "can't": "can not", cant: "can not", cannot: "can not", "won't": "will not", wont: "will not", "don't": "do not", dont: "do not",
  "doesn't": "does not", doesnt: "does not", "didn't": "did not", didnt: "did not", "isn't": "is not", isnt: "is not",
  "aren't": "are not", arent: "are not", "wasn't": "was not", wasnt: "was not", "weren't": "were not", "shan't": "shall not",
  "couldn't": "could not", couldnt: "could not", "wouldn't": "would not", wouldnt: "would not", "shouldn't": "should not",
  shouldnt: "should not", "haven't": "have not", havent: "have not", "hasn't": "has not", hasnt: "has not", "hadn't": "had not",
  "mustn't": "must not", "needn't": "need not", "ain't": "is not",
  "i'm": "i am", im: "i am", "i've": "i have", ive: "i have", "i'll": "i will", "i'd": "i would", "you're": "you are",
  "you've": "you have", "you'll": "you will", "you'd": "you would", "we're": "we are", "we've": "we have", "we'll": "we will",
  "we'd": "we would", "they're": "they are", "they've": "they have", "they'll": "they will", "they'd": "they would",
  "he'll": "he will", "she'll": "she will", "he'd": "he would", "she'd": "she would", "it'll": "it will", "that'll": "that will",
  "there'll": "there will", "it's": "it is", "that's": "that is", thats: "that is", "there's": "there is", "here's": "here is",
  "what's": "what is", "who's": "who is", "let's": "let us", "y'all": "you all", "gonna": "going to", "wanna": "want to",
  "gotta": "got to", youll: "you will", tmrw: "tomorrow", tmr: "tomorrow", "2day": "today", "2moro": "tomorrow", "2morrow": "tomorrow", "2mrw": "tomorrow", "2nite": "tonight", "2night": "tonight", tomoz: "tomorrow", tonite: "tonight", itll: "it will", theyll: "they will", thatll: "that will", youre: "you are", theyre: "they are", youve: "you have", u: "you", ur: "your", shud: "should", hrs: "hours", dd: "direct debit", "'ll": "will", "'ve": "have",
  "'re": "are", "'m": "am", "'d": "would", "n't": "not",
};

/**
 * "ill" typed for "I'll" (chat, no apostrophe): read as "i will" at the start of a sentence or before a verb an agent
 * commits with ("ill put £35 back", "so ill sort it"); elsewhere it is the adjective ("she's been ill").
 */
const ILL_VERBS = new Set([
  "put", "sort", "give", "get", "send", "make", "have", "do", "book", "call", "ring", "add", "take", "knock", "pop", "refund",
  "credit", "arrange", "pass", "email", "text", "chase", "see", "check", "be", "let", "raise", "log", "waive", "cancel",
  "move", "switch", "transfer", "freeze", "skip", "throw", "stick", "pay", "cover", "release", "push", "process", "just",
  "also", "personally", "definitely", "write", "wipe", "clear", "scrap", "bring", "keep", "match", "double", "try",
]);

/** "bill's", "money's": the noun, then "'s" (is, has or possessive; the word lists accept "'s"). */
const TRAILING_S = /^([a-z]+)'s$/;
/** "money'll", "someone'll", "should've": any word with "will", "have" or "are" contracted onto it. */
const TRAILING_AUX = /^([a-z]+)'(ll|ve|re)$/;
const AUX: Record<string, string> = { ll: "will", ve: "have", re: "are" };
// (read through a Map: see word-table.ts, speed round 24)
const EXPAND_ = wordTable(EXPAND);

const ABBREVIATIONS = new Set(["mr.", "mrs.", "ms.", "dr.", "st.", "etc.", "vs.", "approx.", "no.", "e.g.", "i.e.", "a.m.", "p.m.", "ref."]);
const NEGATORS = new Set(["not", "never", "no", "nor", "neither", "nobody", "none"]);
const SCOPE_END_WORDS = new Set(["but", "because", "although", "though", "however", "so", "and", "or", "yet", "while", "whereas", "unless", "if", "which", "cos"]);
const PUNCT = /^[^\w£$€]+$/;
const NOT_NEGATING = /^(?:worry\b|the first time\b|(?:have|need) to wait\b)/;

/** Splits an utterance into sentences of normalised tokens with offsets into `text`. */
export function tokenise(text: string): Sentence[] {
  const clean = text.replace(/[\u2018\u2019]/g, "'");
  const raw: { v: string; start: number; end: number }[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(clean))) {
    const v = m[0];
    // "£59.98." ends a sentence: a number cannot end in a point, so give the point back
    if (/^\d.*\.$/.test(v)) {
      raw.push({ v: v.slice(0, -1), start: m.index, end: m.index + v.length - 1 }, { v: ".", start: m.index + v.length - 1, end: m.index + v.length });
    } else raw.push({ v, start: m.index, end: m.index + v.length });
  }
  const sentences: Sentence[] = [];
  let cur: Tok[] = [];
  let question = false;
  let neg = false;
  const flush = () => {
    if (cur.length > 0) sentences.push({ toks: cur, question });
    cur = [];
    question = false;
    neg = false;
  };
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const lower = r.v.toLowerCase();
    // an abbreviation written with a trailing point ("Mr.", "approx.") joins the point to the word
    if (raw[i + 1]?.v === "." && raw[i + 1]!.start === r.end && ABBREVIATIONS.has(`${lower}.`)) {
      cur.push({ n: `${lower}.`, start: r.start, end: r.end + 1, neg });
      i++;
      continue;
    }
    const illIsIll = lower === "ill" && (cur.length === 0 || ILL_VERBS.has(raw[i + 1]?.v.toLowerCase() ?? ""));
    const expanded = illIsIll ? "i will" : EXPAND_.get(lower);
    const parts: string[] = [];
    if (expanded) parts.push(...expanded.split(" "));
    else {
      const s = TRAILING_S.exec(lower);
      const aux = s ? null : TRAILING_AUX.exec(lower);
      if (s) parts.push(s[1]!, "'s");
      else if (aux) parts.push(aux[1]!, AUX[aux[2]!]!);
      else parts.push(lower);
    }
    for (const p of parts) {
      if (PUNCT.test(p) || SCOPE_END_WORDS.has(p)) neg = false;
      cur.push({ n: p, start: r.start, end: r.end, neg: neg && !PUNCT.test(p) });
      // "don't worry about next month's bill": reassurance, not a negation of what follows; nor are "it's not the
      // first time" (it has happened before) and "you won't have to wait" (sooner)
      // "why don't I refund you now?" offers it
      const whyNot = p === "not" && cur.length >= 2 && cur[cur.length - 3]?.n === "why";
      if (NEGATORS.has(p) && !whyNot && !NOT_NEGATING.test(raw.slice(i + 1, i + 5).map((x) => x.v.toLowerCase()).join(" "))) neg = true;
    }
    if (lower === "?") question = true;
    const endsSentence = (lower === "." || lower === "!" || lower === "?" || lower === "...") && !/^[a-z]\.(?:[a-z]\.)+$/.test(lower);
    if (endsSentence) {
      // closing quotes or brackets stay with the sentence they close
      while (raw[i + 1] && /^["')\]]$/.test(raw[i + 1]!.v)) {
        i++;
        cur.push({ n: raw[i]!.v, start: raw[i]!.start, end: raw[i]!.end, neg: false });
      }
      flush();
    }
  }
  flush();
  return sentences;
}
