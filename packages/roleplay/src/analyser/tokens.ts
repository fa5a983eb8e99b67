/**
 * Tokens, sentences, questions and negation scope over the normalised text (see normalise.ts).
 * Shared by the rule table, the feature extractor and the trainer, so the model is trained on
 * exactly what `label` sees. Hand-written because it beat wink-nlp on the held-out author and is
 * several times faster (README, "Tokeniser comparison").
 */

export interface Tok {
  /** the token as a feature sees it: words lower case, numbers folded to "0", money signs to "£" */
  w: string;
  /** character range in the normalised text */
  start: number;
  end: number;
  /** index of its sentence */
  sent: number;
  /** inside the scope of a negation ("not", "never", "n't", "nobody", …) */
  neg: boolean;
}

export interface Sent {
  /** range in the normalised text, trimmed */
  start: number;
  end: number;
  /** index range [from, to) into the token list */
  from: number;
  to: number;
  question: boolean;
}

export interface Tokenised {
  toks: Tok[];
  sents: Sent[];
}

const NEGATORS = new Set([
  "not", "never", "nobody", "nothing", "none", "nowhere", "neither", "nor", "cannot", "without",
  "hardly", "no", "no-one", "noone",
]);
/** Words that end a negation's scope: the clause after them is asserted again ("not refusing because I …"). */
const SCOPE_END = new Set([
  "but", "because", "cos", "since", "though", "although", "however", "yet", "if", "unless", "when",
  "while", "so", "and", "or", "as", "which", "until", "whereas", "instead",
]);
const WH = new Set(["what", "what's", "how", "how's", "why", "which", "where", "when", "who", "whose", "whom"]);
const AUX = new Set([
  "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "would", "will",
  "shall", "should", "may", "might", "am", "isn't", "aren't", "don't", "doesn't", "didn't", "won't",
  "wouldn't", "couldn't", "can't", "haven't", "hasn't",
]);
const FILLERS = new Set(["and", "so", "okay", "right", "alright", "sorry", "just", "now", "well", "oh", "um", "hmm", "then", "mm", "but", "also", "sir", "madam"]);
const MAX_SCOPE = 8;

const isLetter = (c: number) => (c >= 97 && c <= 122) || c === 39 || c >= 0xc0;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** sentence ends: . ! ? ; and newline */
const isStop = (c: number) => c === 46 || c === 33 || c === 63 || c === 59 || c === 10;
/** clause marks that also end a negation's scope */
const isClause = (c: number) => c === 44 || c === 58 || c === 45 || c === 40 || c === 41 || c === 34;

/** One pass over the text; linear in its length. */
export function tokenise(t: string): Tokenised {
  const toks: Tok[] = [];
  const sents: Sent[] = [];
  let sent = 0;
  let sentStart = -1;
  let sentFrom = 0;
  let scope = 0;
  let lastEnd = 0;
  /** q: the stop said so ("?" or "." / "!"), or null when the sentence ran to a newline or the end */
  const close = (endAt: number, q: boolean | null) => {
    if (toks.length > sentFrom) {
      sents.push({ start: sentStart, end: endAt, from: sentFrom, to: toks.length, question: q ?? looksLikeQuestion(toks, sentFrom) });
      sent++;
    }
    sentFrom = toks.length;
    sentStart = -1;
    scope = 0;
  };
  let i = 0;
  const n = t.length;
  while (i < n) {
    const c = t.charCodeAt(i);
    if (isLetter(c) || isDigit(c)) {
      let j = i + 1;
      // keep "3.5", "£42.50", "10:30" and "p.m." in one token
      while (j < n) {
        const d = t.charCodeAt(j);
        if (isLetter(d) || isDigit(d)) j++;
        else if ((d === 46 || d === 58 || d === 44) && j + 1 < n && isDigit(t.charCodeAt(j + 1)) && isDigit(t.charCodeAt(j - 1))) j++;
        else if (d === 46 && j + 1 < n && isLetter(t.charCodeAt(j + 1)) && j - i === 1 && j + 2 < n && t.charCodeAt(j + 2) === 46) j += 2; // "p.m", "e.g"
        else break;
      }
      let w = t.slice(i, j);
      if (isDigit(c)) w = "0";
      else if (w.charCodeAt(w.length - 1) === 39) w = w.replace(/'+$/, "");
      if (sentStart < 0) sentStart = i;
      let neg = scope > 0;
      if (neg) {
        if (SCOPE_END.has(w)) {
          scope = 0;
          neg = false;
        } else scope--;
      }
      toks.push({ w, start: i, end: j, sent, neg });
      // "no" opening a sentence or before a comma answers a question ("No, you're right"), it negates nothing
      const negator =
        NEGATORS.has(w) ? !(w === "no" && (toks.length - 1 === sentFrom || nextIsClauseMark(t, j))) : w.endsWith("n't");
      if (negator) scope = MAX_SCOPE;
      lastEnd = j;
      i = j;
      continue;
    }
    if (c === 163 || c === 36 || c === 8364) {
      if (sentStart < 0) sentStart = i;
      toks.push({ w: "£", start: i, end: i + 1, sent, neg: false });
      lastEnd = i + 1;
      i++;
      continue;
    }
    if (isStop(c)) {
      let j = i + 1;
      while (j < n && isStop(t.charCodeAt(j))) j++;
      const stop = t.slice(i, j);
      close(c === 10 ? lastEnd : j, stop.includes("?") ? true : /[.!]/.test(stop) ? false : null);
      i = j;
      continue;
    }
    if (isClause(c)) scope = 0;
    i++;
  }
  close(lastEnd, null);
  return { toks, sents };
}

function nextIsClauseMark(t: string, j: number): boolean {
  while (j < t.length && t.charCodeAt(j) === 32) j++;
  const d = t.charCodeAt(j);
  return d === 44 || d === 46 || d === 33 || d === 45 || Number.isNaN(d);
}

function looksLikeQuestion(toks: Tok[], from: number): boolean {
  let k = from;
  while (k < toks.length && FILLERS.has(toks[k]!.w)) k++;
  const w = toks[k]?.w;
  if (w === undefined) return false;
  if (w === "what" && (toks[k + 1]?.w === "a" || toks[k + 1]?.w === "an")) return false; // "what a mess"
  if (w === "how" && /^(?:awful|annoying|frustrating|stressful|horrible|terrible|infuriating)$/.test(toks[k + 1]?.w ?? "")) return false;
  return WH.has(w) || AUX.has(w);
}
