/**
 * Cheap pre-checks for the large pattern families. Every match of a pattern contains at least one of
 * a few literal strings that can be read off its source (the words every alternative needs), so each
 * literal's rarest trigram is a necessary condition: when none of a family's trigrams occurs anywhere
 * in the utterance, no sentence of it can match and the family's expressions are not run at all.
 * This only skips work; it never changes a label.
 */

import DF from "./ngram-df.json";

type Need = string[] | null; // a set of literals, one of which every match contains; null = none known

/** Parses just enough of a RegExp source to find, for each match, a literal it must contain. */
function needs(src: string): Need {
  let i = 0;
  // each sequence is a list of items; an item is either a literal character or a sub-result
  function alternation(): Need {
    const alts: Need[] = [sequence()];
    while (src[i] === "|") {
      i++;
      alts.push(sequence());
    }
    const out: string[] = [];
    for (const a of alts) {
      if (a === null) return null;
      out.push(...a);
    }
    return out;
  }
  function sequence(): Need {
    let best: Need = null;
    let run = "";
    const consider = (n: Need) => {
      if (n === null) return;
      if (best === null || score(n) > score(best)) best = n;
    };
    const endRun = () => {
      if (run.length > 0) consider([run]);
      run = "";
    };
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      const item = atom();
      // a quantifier may follow
      let min = 1;
      const q = src[i];
      if (q === "*" || q === "?") {
        min = 0;
        i++;
      } else if (q === "+") {
        i++;
      } else if (q === "{") {
        const m = /^\{(\d+)(?:,(\d*))?\}/.exec(src.slice(i));
        if (m) {
          min = Number(m[1]);
          i += m[0].length;
        }
      }
      const quantified = q === "*" || q === "?" || q === "+" || (q === "{" && src[i - 1] === "}");
      if (quantified && src[i] === "?") i++; // lazy
      if (item.kind === "char" && !quantified) {
        run += item.c;
        continue;
      }
      if (item.kind === "char") {
        // "s?" ends the run; "s+" or "s{2}" keeps one copy as a required literal
        if (min >= 1) {
          run += item.c;
        }
        endRun();
        continue;
      }
      if (item.kind === "assert") continue; // zero-width: \b, ^, $ and lookarounds neither add nor break a run
      endRun();
      if (min >= 1) consider(item.need);
    }
    endRun();
    return best;
  }
  type Item = { kind: "char"; c: string } | { kind: "assert" } | { kind: "other"; need: Need };
  function atom(): Item {
    const c = src[i]!;
    if (c === "(") {
      i++;
      let look = false;
      if (src[i] === "?") {
        if (src[i + 1] === ":") i += 2;
        else if (src[i + 1] === "=" || src[i + 1] === "!") {
          i += 2;
          look = true;
        } else if (src[i + 1] === "<" && (src[i + 2] === "=" || src[i + 2] === "!")) {
          i += 3;
          look = true;
        } else throw new Error("unsupported group");
      }
      const n = alternation();
      if (src[i] !== ")") throw new Error("unbalanced");
      i++;
      return look ? { kind: "assert" } : { kind: "other", need: n };
    }
    if (c === "[") {
      i++;
      if (src[i] === "^") i++;
      if (src[i] === "]") i++;
      while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
      i++;
      return { kind: "other", need: null };
    }
    if (c === "\\") {
      const e = src[i + 1]!;
      i += 2;
      if (e === "b" || e === "B") return { kind: "assert" };
      if (/[A-Za-z0-9]/.test(e)) {
        if (e === "u" || e === "x" || e === "c" || e === "k" || e === "p" || e === "P") throw new Error("unsupported escape");
        return { kind: "other", need: null }; // \w \d \s and the like
      }
      return { kind: "char", c: e };
    }
    if (c === "^" || c === "$") {
      i++;
      return { kind: "assert" };
    }
    if (c === ".") {
      i++;
      return { kind: "other", need: null };
    }
    if (c === "*" || c === "+" || c === "?" || c === "{") throw new Error("dangling quantifier");
    i++;
    return { kind: "char", c };
  }
  try {
    const n = alternation();
    if (i !== src.length) return null;
    return n;
  } catch {
    return null;
  }
}

/**
 * How often (percent of utterances, from the training set) a literal's rarest bigram or trigram
 * occurs; n-grams in under 3% of utterances are not listed and count as 1.
 */
const df = DF as Record<string, number>;
function rarest(lit: string): [string, number] {
  if (lit.length === 2) return [lit, df[lit] ?? 1];
  let best = lit.slice(0, 3), cost = Infinity;
  for (let k = 0; k + 3 <= lit.length; k++) {
    const g = lit.slice(k, k + 3);
    const c = df[g] ?? 1;
    if (c < cost) {
      cost = c;
      best = g;
    }
  }
  return [best, cost];
}
/** Higher is better: the expected share of utterances in which none of the literals' n-grams occurs. */
function score(n: string[]): number {
  let cost = 0;
  for (const s of n) {
    if (s.length < 2) return -1e9;
    cost += rarest(s)[1];
  }
  return -cost;
}

const TRI_BITS = 1 << 16;
const triHash = (a: number, b: number, c: number) => (Math.imul(a * 31 + b, 31) + c) & (TRI_BITS - 1);

/**
 * Gates are registered once, at load time. For each n-gram hash a gate needs, `postings` lists the
 * gates it opens, and `interest` marks those hashes so the scan over an utterance skips all others.
 */
const interest = new Uint32Array(TRI_BITS >>> 5);
const postings = new Map<number, number[]>();
/** Room for this many gates (the analyser registers a few hundred); the arrays are never replaced. */
const MAX_GATES = 2048;
let count = 0;
const base = new Uint8Array(MAX_GATES);
const open = new Uint8Array(MAX_GATES);
/** The gates' state: `[id]` is 1 when gate `id` may match in the text last passed to `openGates`. */
export const gateState = (): Uint8Array => open;

/**
 * Registers a gate for a list of patterns (the rarest trigram, or for two-letter literals bigram, of
 * each literal one of the patterns needs) and returns its id. Lists with a pattern that needs no
 * literal get a gate that is always open.
 */
export function buildGate(list: RegExp[]): number {
  if (count === MAX_GATES) throw new Error("too many pattern gates");
  const id = count++;
  const done = (always: boolean) => {
    base[id] = always ? 1 : 0;
    open[id] = 1;
    return id;
  };
  const hashes = new Set<number>();
  for (const r of list) {
    if (r.flags.includes("i")) return done(true);
    const n = needs(r.source);
    if (n === null || n.some((lit) => lit.length < 2)) return done(true);
    for (const lit of n) {
      const g = rarest(lit)[0];
      hashes.add(g.length === 2 ? triHash(0, g.charCodeAt(0), g.charCodeAt(1)) : triHash(g.charCodeAt(0), g.charCodeAt(1), g.charCodeAt(2)));
    }
  }
  for (const h of hashes) {
    interest[h >>> 5]! |= 1 << (h & 31);
    const list = postings.get(h);
    if (list === undefined) postings.set(h, [id]);
    else list.push(id);
  }
  return done(false);
}

/** Sets `open` for the utterance `t`: one pass over its bigrams and trigrams. */
export function openGates(t: string): void {
  open.set(base);
  // bigrams are hashed as trigrams that start with a NUL, for literals of two characters
  for (let k = 1; k < t.length; k++) {
    const b = t.charCodeAt(k - 1), c = t.charCodeAt(k);
    for (let r = 0; r < 2; r++) {
      if (r === 0 && k < 2) continue;
      const h = triHash(r === 0 ? t.charCodeAt(k - 2) : 0, b, c);
      if ((interest[h >>> 5]! & (1 << (h & 31))) === 0) continue;
      const ids = postings.get(h)!;
      for (let q = 0; q < ids.length; q++) open[ids[q]!] = 1;
    }
  }
}

/** For tests and tuning: the literals found for one pattern source. */
export const literalsOf = (src: string): string[] | null => needs(src);
