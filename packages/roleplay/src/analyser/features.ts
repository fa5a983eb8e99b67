/**
 * The model's features, as 32-bit hashes, read off the tokenised normalised text. Shared by the
 * trainer (src/model/train.ts) and `label`, so both see exactly the same features:
 *
 * - word unigrams, bigrams and trigrams (sentence starts marked with "^"),
 * - negation-scoped unigrams ("n:" + word inside the scope of not/never/n't…),
 * - optionally (`chars`, off since the fifth analyser round: the model generalised better across
 *   authors without them), character 3- to 5-grams inside each word, padded with spaces,
 * - the first two words of a question ("what's taking you away?") and a question marker,
 * - rule hits from the rule table (rules.ts), negated hits apart.
 *
 * Each feature also records the sentence it comes from, so the label's evidence can be the sentence
 * that weighs most for it.
 */
import type { Tokenised } from "./tokens";
import type { RuleHit } from "./rules";

import * as hash from "./hash";
// read once: under tsx each use of an imported binding goes through a getter, which cost 4% of `label`
const step = hash.step, hashString = hash.hashString;
export { hashString };
/** combines two hashes; order matters */
const mix = (a: number, b: number) => step(step(step(step(a, b & 0xff), (b >>> 8) & 0xff), (b >>> 16) & 0xff), b >>> 24);

const T_UNI = hashString("u"), T_NEG = hashString("n"), T_BI = hashString("b"), T_TRI = hashString("t");
const T_CHAR = hashString("c"), T_Q = hashString("q"), T_RULE = hashString("r"), T_RULE_NEG = hashString("rn");
const H_START = hashString("^");

export interface FeatureOptions {
  chars: boolean;
  trigrams: boolean;
  rules: boolean;
  /** one feature per token and one per sentence's length band, so the bias need not stand in for length */
  length: boolean;
}
export const DEFAULT_FEATURES: FeatureOptions = { chars: false, trigrams: true, rules: true, length: false };
const T_TOK = hashString("len:tok");
const T_SLEN = [hashString("len:1-2"), hashString("len:3-5"), hashString("len:6-10"), hashString("len:11-20"), hashString("len:21+")];
const band = (n: number) => (n <= 2 ? 0 : n <= 5 ? 1 : n <= 10 ? 2 : n <= 20 ? 3 : 4);

/** Reused between calls: features of one utterance, and the sentence each came from. */
export interface FeatureBuffer {
  keys: number[];
  sents: number[];
}
export const newBuffer = (): FeatureBuffer => ({ keys: [], sents: [] });

/** Fills `out` with the utterance's features (duplicates kept; the model counts each once per position). */
export function extract(tk: Tokenised, hits: RuleHit[], out: FeatureBuffer, opt: FeatureOptions = DEFAULT_FEATURES): void {
  const keys = out.keys, sents = out.sents;
  keys.length = 0;
  sents.length = 0;
  const toks = tk.toks;
  let p1 = H_START, p2 = H_START;
  let lastSent = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const s = t.sent;
    if (s !== lastSent) {
      p1 = H_START;
      p2 = H_START;
      lastSent = s;
    }
    const h = hashString(t.w);
    keys.push(mix(T_UNI, h));
    sents.push(s);
    if (opt.length) {
      keys.push(T_TOK);
      sents.push(s);
    }
    if (t.neg) {
      keys.push(mix(T_NEG, h));
      sents.push(s);
    }
    keys.push(mix(mix(T_BI, p1), h));
    sents.push(s);
    if (opt.trigrams && p1 !== H_START) {
      keys.push(mix(mix(mix(T_TRI, p2), p1), h));
      sents.push(s);
    }
    if (opt.chars && t.w.length > 2 && t.w !== "0") {
      const w = t.w;
      const L = w.length + 2;
      for (let a = 0; a + 3 <= L; a++) {
        let g = T_CHAR;
        for (let b = a; b < a + 5 && b < L; b++) {
          const c = b === 0 || b === L - 1 ? 32 : w.charCodeAt(b - 1);
          g = step(g, c);
          if (b - a >= 2) {
            keys.push(g);
            sents.push(s);
          }
        }
      }
    }
    p2 = p1;
    p1 = h;
  }
  for (let si = 0; si < tk.sents.length; si++) {
    const se = tk.sents[si]!;
    if (opt.length) {
      keys.push(T_SLEN[band(se.to - se.from)]!);
      sents.push(si);
    }
    if (!se.question) continue;
    const a = toks[se.from]!, b = toks[se.from + 1];
    keys.push(T_Q, mix(mix(T_Q, hashString(a.w)), b ? hashString(b.w) : H_START));
    sents.push(si, si);
  }
  if (opt.rules) {
    for (const r of hits) {
      keys.push(mix(r.negated ? T_RULE_NEG : T_RULE, r.rule.hash));
      sents.push(r.sent);
    }
  }
  // 30-bit keys stay small integers in V8, which hash and compare fastest
  for (let i = 0; i < keys.length; i++) keys[i] = keys[i]! & 0x3fffffff;
}
