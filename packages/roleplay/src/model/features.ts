/**
 * Features for the small word n-gram model that backs up the rules: unigrams and bigrams of the
 * normalised text (lower case, typos repaired), numbers folded to "0", plus a sentence-start marker.
 * Shared by the trainer and by `label`, so both see exactly the same features.
 */
export interface Token {
  w: string;
  start: number;
  end: number;
}

const TOKEN = /[a-z0-9']+|[.!?;]+/g;

export function tokens(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const c = m[0].charCodeAt(0);
    const w = c >= 48 && c <= 57 ? "0" : c === 46 || c === 33 || c === 63 || c === 59 ? "." : m[0];
    out.push({ w, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Calls `f` with each feature and the token range [from, to] it covers. */
export function eachFeature(toks: Token[], f: (feat: string, from: number, to: number) => void): void {
  let prev = "^";
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.w;
    if (w !== ".") f(w, i, i);
    f(prev + " " + w, i === 0 || prev === "^" ? i : i - 1, i);
    prev = w === "." ? "^" : w;
  }
}
