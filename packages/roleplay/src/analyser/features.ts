/**
 * The model's features, as 32-bit hashes, read off the tokenised normalised text. Shared by the
 * trainer (src/model/train.ts) and `label`, so both see exactly the same features:
 *
 * - word unigrams, bigrams and trigrams (sentence starts marked with "^"),
 * - negation-scoped unigrams ("n:" + word inside the scope of not/never/n't…),
 * - optionally (`chars`, off since the fifth analyser round: the model generalised better across
 *   authors without them), character 3- to 5-grams inside each word, padded with spaces,
 * - the first two words of a question ("what's taking you away?") and a question marker,
 * - rule hits from the rule table (rules.ts), negated hits apart,
 * - optionally (`clusters`, `clusterBigrams`, `coarse`), the word's cluster among 50,000 English
 *   words clustered by their GloVe vectors (clusters.json, written by scripts/build-embeddings.mjs),
 *   so a word never seen in training weighs like the words it is used like.
 *
 * Each feature also records the sentence it comes from, so the label's evidence can be the sentence
 * that weighs most for it.
 */
import type { Tokenised } from "./tokens";
import type { RuleHit } from "./rules";

import * as hash from "./hash";
import { contemptMarkerKeys } from "./contempt";
import CLUSTERS from "./clusters.json";
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
  /** the word's fine cluster (clusters.json) */
  clusters?: boolean;
  /** pairs of adjacent words' fine clusters (a word without one stands for itself) */
  clusterBigrams?: boolean;
  /** the word's coarse cluster */
  coarse?: boolean;
  /**
   * in a sentence addressed to the listener (a second-person word), each word's fine cluster once more, as
   * its own feature: by the taxonomy rude is insult or contempt towards the customer, and "you" beside a
   * word of an insult's cluster says more than either alone
   */
  youClusters?: boolean;
  /**
   * the contempt stage's definition markers (contempt.ts: talking down, sarcastic praise and thanks, her manner held
   * against her, mock names, threats, ...), per sentence and again when the sentence addresses her (analyser round 19;
   * only `rude` is fitted on them, see train.ts --rude-features)
   */
  contempt?: boolean;
  /**
   * the turn's shape (analyser round 23; only `rude` is fitted on it): each sentence's length band crossed with its place
   * in the turn (alone, first, last, between), how many curt sentences (one or two words) the turn has, and a sentence
   * closed by "..." or by "?!"; a cold, clipped turn ("Fine. PAC sent. Bye.", "No tomorrow. Tuesday. That's it.") is
   * what the authors call rude where no word in it is
   */
  shape?: boolean;
}
export const DEFAULT_FEATURES: FeatureOptions = { chars: false, trigrams: true, rules: true, length: false, clusters: true, clusterBigrams: false, coarse: false };
const T_CL = hashString("cl"), T_CL2 = hashString("cl2"), T_CO = hashString("co"), T_YOU = hashString("you");
/** second-person words (their hashes are built on first use) */
const SECOND_PERSON_WORDS = ["you", "your", "yours", "yourself", "ya", "you're", "you've", "you'd", "you'll", "u"];
let secondPerson: Set<number> | null = null;

/**
 * Word hash -> cluster ids, an open-addressing table over the words' FNV-1a hashes (the same hash
 * the unigram feature uses, so a lookup costs no extra hashing). Value: fine id + 1 (0: no word),
 * coarse id in the high 16 bits.
 */
const CL_BITS = 17, CL_MASK = (1 << CL_BITS) - 1;
let clKeys: Uint32Array | null = null;
let clVals = new Uint32Array(0);
/** Builds the table on first use (a model without cluster features never pays for it). */
function clusterTable(): void {
  const keys = new Uint32Array(1 << CL_BITS);
  const vals = new Uint32Array(1 << CL_BITS);
  // Node's Buffer where there is one (a copy at offset 0, so typed views line up), atob elsewhere
  const B = (globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
  const b = (s: string): Uint8Array => (B ? new Uint8Array(B.from(s, "base64")) : Uint8Array.from(atob(s), (c) => c.charCodeAt(0)));
  const hb = b(CLUSTERS.hashes), fb = b(CLUSTERS.fineIds), cb = b(CLUSTERS.coarseIds);
  const hs = new Uint32Array(hb.buffer, hb.byteOffset, hb.byteLength / 4);
  const fs = new Uint16Array(fb.buffer, fb.byteOffset, fb.byteLength / 2);
  for (let i = 0; i < hs.length; i++) {
    const h = hs[i]!;
    let at = h & CL_MASK;
    while (vals[at] !== 0) at = (at + 1) & CL_MASK;
    keys[at] = h;
    vals[at] = (fs[i]! + 1) | (cb[i]! << 16);
  }
  clKeys = keys;
  clVals = vals;
}
/** The cluster entry of a word's hash (0 when the word has none). */
function clusterOf(h: number): number {
  const keys = clKeys!, vals = clVals;
  let at = h & CL_MASK;
  for (;;) {
    const v = vals[at]!;
    if (v === 0 || keys[at] === h) return v;
    at = (at + 1) & CL_MASK;
  }
}
const T_TOK = hashString("len:tok");
const T_SHAPE = hashString("shape"), T_CURT = hashString("shape:curt"), T_ELLIPSIS = hashString("shape:..."), T_QEX = hashString("shape:?!");
const T_SLEN = [hashString("len:1-2"), hashString("len:3-5"), hashString("len:6-10"), hashString("len:11-20"), hashString("len:21+")];
const band = (n: number) => (n <= 2 ? 0 : n <= 5 ? 1 : n <= 10 ? 2 : n <= 20 ? 3 : 4);

/** Reused between calls: features of one utterance, and the sentence each came from. */
export interface FeatureBuffer {
  keys: number[];
  sents: number[];
}
export const newBuffer = (): FeatureBuffer => ({ keys: [], sents: [] });

/** Fills `out` with the utterance's features (duplicates kept; the model counts each once per position). */
export function extract(tk: Tokenised, hits: RuleHit[], out: FeatureBuffer, opt: FeatureOptions = DEFAULT_FEATURES, text = ""): void {
  const keys = out.keys, sents = out.sents;
  keys.length = 0;
  sents.length = 0;
  const toks = tk.toks;
  let p1 = H_START, p2 = H_START;
  // the previous word's fine cluster (or its hash when it has none), for cluster bigrams
  let c1 = H_START;
  const cl = opt.clusters === true, cl2 = opt.clusterBigrams === true, co = opt.coarse === true;
  if ((cl || cl2 || co) && clKeys === null) clusterTable();
  let lastSent = -1;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const s = t.sent;
    if (s !== lastSent) {
      p1 = H_START;
      p2 = H_START;
      c1 = H_START;
      lastSent = s;
    }
    const h = hashString(t.w);
    keys.push(mix(T_UNI, h));
    sents.push(s);
    if (cl || cl2 || co) {
      const v = clusterOf(h);
      const c = v === 0 ? h : v & 0xffff;
      if (v !== 0 && cl) {
        keys.push(mix(T_CL, c));
        sents.push(s);
      }
      if (v !== 0 && co) {
        keys.push(mix(T_CO, v >>> 16));
        sents.push(s);
      }
      if (cl2 && (v !== 0 || c1 < 0x10000)) {
        keys.push(mix(mix(T_CL2, c1), c));
        sents.push(s);
      }
      c1 = c;
    }
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
  if (opt.youClusters === true) {
    if (clKeys === null) clusterTable();
    secondPerson ??= new Set(SECOND_PERSON_WORDS.map((w) => hashString(w)));
    const addressed = new Set<number>();
    for (const t of toks) if (secondPerson.has(hashString(t.w))) addressed.add(t.sent);
    for (const t of toks) {
      if (!addressed.has(t.sent)) continue;
      const v = clusterOf(hashString(t.w));
      if (v === 0) continue;
      keys.push(mix(T_YOU, v & 0xffff));
      sents.push(t.sent);
    }
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
  if (opt.shape === true) {
    const n = tk.sents.length;
    let curt = 0;
    for (let si = 0; si < n; si++) {
      const se = tk.sents[si]!;
      const len = se.to - se.from;
      const place = n === 1 ? 0 : si === 0 ? 1 : si === n - 1 ? 2 : 3;
      keys.push(mix(mix(T_SHAPE, band(len)), place));
      sents.push(si);
      if (len <= 2) curt++;
      if (text) {
        // the marks between this sentence's last word and the next sentence (a sentence's end includes its marks)
        const tail = text.slice(toks[se.to - 1]!.end, si + 1 < n ? tk.sents[si + 1]!.start : text.length);
        if (tail.includes("...") || tail.includes("\u2026")) {
          keys.push(T_ELLIPSIS);
          sents.push(si);
        }
        if (tail.includes("?!") || tail.includes("!?")) {
          keys.push(T_QEX);
          sents.push(si);
        }
      }
    }
    if (n > 0) {
      keys.push(mix(T_CURT, Math.min(curt, 3)));
      sents.push(n - 1);
    }
  }
  if (opt.contempt === true && text)
    contemptMarkerKeys(text, tk, (k, si) => {
      keys.push(k);
      sents.push(si);
    });
  if (opt.rules) {
    for (const r of hits) {
      keys.push(mix(r.negated ? T_RULE_NEG : T_RULE, r.rule.hash));
      sents.push(r.sent);
    }
  }
  // 30-bit keys stay small integers in V8, which hash and compare fastest
  for (let i = 0; i < keys.length; i++) keys[i] = keys[i]! & 0x3fffffff;
}
