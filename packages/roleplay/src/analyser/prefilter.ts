/**
 * Cheap prefilters for regular expressions (perf round 20): from a pattern's source, a few literal strings at least one of
 * which every match must contain, so a caller can skip running the pattern on a text that holds none of them (one
 * `includes` per string instead of a search by the regular expression engine). The filter only ever says "cannot match":
 * where the source is not understood, or a part of it needs no particular characters, there is no filter (null), and a
 * pattern with a filter is run exactly as before whenever one of its strings is present. Nothing about the pattern, its
 * flags or its matches changes.
 *
 * Read from the source: literal characters (and escaped punctuation) in sequence form strings; an alternation needs one of
 * its branches' strings; a group or a repeat at least once needs its content's; a sequence needs the most selective string
 * set among its parts (the one whose shortest string is longest). Character classes, `.`, escapes of letters (`\w`, `\d`,
 * `\b`, `\x41`…), back-references, look-arounds, anchors and anything optional need nothing.
 */

type Node =
  | { t: "lit"; ch: string }
  | { t: "other" } // consumes something that is not a known literal, or asserts: no requirement, ends a run
  | { t: "cat"; items: Node[] }
  | { t: "alt"; alts: Node[] }
  | { t: "rep"; node: Node; min: number };

class Unsupported extends Error {}

function parse(src: string): Node {
  let i = 0;
  const alt = (): Node => {
    const alts: Node[] = [cat()];
    while (src[i] === "|") {
      i++;
      alts.push(cat());
    }
    return alts.length === 1 ? alts[0]! : { t: "alt", alts };
  };
  const cat = (): Node => {
    const items: Node[] = [];
    while (i < src.length && src[i] !== "|" && src[i] !== ")") {
      let atom = term();
      // quantifiers
      for (;;) {
        const q = quantifier();
        if (q === null) break;
        atom = { t: "rep", node: atom, min: q };
      }
      items.push(atom);
    }
    return { t: "cat", items };
  };
  const quantifier = (): number | null => {
    const c = src[i];
    let min: number | null = null;
    if (c === "*" || c === "?") {
      i++;
      min = 0;
    } else if (c === "+") {
      i++;
      min = 1;
    } else if (c === "{") {
      const m = /^\{(\d+)(,\d*)?\}/.exec(src.slice(i));
      if (!m) return null; // a literal "{" (not a quantifier), read by term()
      i += m[0].length;
      min = Number(m[1]);
    } else return null;
    if (src[i] === "?") i++; // lazy
    return min;
  };
  const term = (): Node => {
    const c = src[i]!;
    if (c === "(") {
      i++;
      let look = false;
      if (src[i] === "?") {
        const rest = src.slice(i, i + 3);
        if (rest.startsWith("?:")) i += 2;
        else if (rest.startsWith("?=") || rest.startsWith("?!")) {
          i += 2;
          look = true;
        } else if (rest === "?<=" || rest === "?<!") {
          i += 3;
          look = true;
        } else if (rest.startsWith("?<")) {
          const close = src.indexOf(">", i);
          if (close < 0) throw new Unsupported("group name");
          i = close + 1;
        } else throw new Unsupported(`group ${rest}`);
      }
      const inner = alt();
      if (src[i] !== ")") throw new Unsupported("unclosed group");
      i++;
      return look ? { t: "other" } : inner;
    }
    if (c === "[") {
      i++;
      if (src[i] === "^") i++;
      // in JavaScript a "]" straight after "[" or "[^" closes the (empty) class
      while (i < src.length && src[i] !== "]") i += src[i] === "\\" ? 2 : 1;
      if (src[i] !== "]") throw new Unsupported("unclosed class");
      i++;
      return { t: "other" };
    }
    if (c === "\\") {
      const e = src[i + 1];
      if (e === undefined) throw new Unsupported("trailing backslash");
      i += 2;
      // escaped punctuation is that character; an escaped letter or digit is a class, an assertion, a code or a back-reference
      if (/[A-Za-z0-9]/.test(e)) {
        if (e === "k" && src[i] === "<") {
          const close = src.indexOf(">", i);
          if (close < 0) throw new Unsupported("named back-reference");
          i = close + 1;
        } else if ((e === "p" || e === "P" || e === "u") && src[i] === "{") {
          const close = src.indexOf("}", i);
          if (close < 0) throw new Unsupported("property escape");
          i = close + 1;
        }
        return { t: "other" };
      }
      return { t: "lit", ch: e };
    }
    if (c === ")" || c === "|") throw new Unsupported("unexpected");
    if (c === "*" || c === "+" || c === "?") throw new Unsupported("quantifier without atom");
    i++;
    if (c === "^" || c === "$" || c === ".") return { t: "other" };
    return { t: "lit", ch: c };
  };
  const n = alt();
  if (i !== src.length) throw new Unsupported("trailing input");
  return n;
}

/** The shortest string's length (higher is more selective), then fewer strings. */
function better(a: string[], b: string[]): boolean {
  const ma = Math.min(...a.map((s) => s.length));
  const mb = Math.min(...b.map((s) => s.length));
  return ma !== mb ? ma > mb : a.length < b.length;
}

function required(n: Node): string[] | null {
  switch (n.t) {
    case "lit":
      return [n.ch];
    case "other":
      return null;
    case "rep":
      return n.min >= 1 ? required(n.node) : null;
    case "alt": {
      const out: string[] = [];
      for (const a of n.alts) {
        const r = required(a);
        if (r === null) return null;
        out.push(...r);
      }
      return out;
    }
    case "cat": {
      let best: string[] | null = null;
      let run = "";
      const consider = (r: string[] | null) => {
        if (r !== null && r.length > 0 && (best === null || better(r, best))) best = r;
      };
      for (const it of n.items) {
        if (it.t === "lit") {
          run += it.ch;
          continue;
        }
        if (run !== "") consider([run]);
        run = "";
        consider(required(it));
      }
      if (run !== "") consider([run]);
      return best;
    }
  }
}

/**
 * Literal strings at least one of which every match of `re` contains (case as written: the pattern must not be
 * case-insensitive), or null when there is no such filter worth having. Redundant strings are dropped: a string holding
 * another of the set is implied by it.
 */
export function literalPrefilter(re: RegExp): string[] | null {
  if (re.flags.includes("i") || re.flags.includes("v") || re.flags.includes("x")) return null;
  let r: string[] | null;
  try {
    r = required(parse(re.source));
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  if (r === null || r.length === 0 || r.some((s) => s.length === 0)) return null;
  const uniq = [...new Set(r)].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of uniq) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return kept;
}

/** Whether `text` contains one of the strings (true when there is no filter). */
export function mayMatch(filter: readonly string[] | null, text: string): boolean {
  if (filter === null) return true;
  for (let k = 0; k < filter.length; k++) if (text.includes(filter[k]!)) return true;
  return false;
}

/**
 * Many prefilters checked in one pass over a text (an Aho-Corasick automaton over all their strings, as a table of
 * transitions): `scan` a text, then ask `mayMatch(i)` of the i-th filter given to the constructor. A null filter always may
 * match.
 */
export class PrefilterSet {
  /** Column of each UTF-16 code unit in the table (0: a character no string has). */
  private readonly column = new Uint16Array(65536);
  private readonly width: number;
  /** state * width + column -> next state */
  private readonly table: Int32Array;
  /** Per state, the ids of the strings that end there (its own and through its failure links), or null. */
  private readonly out: (Uint32Array | null)[];
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly filters: (Uint32Array | null)[];

  constructor(filters: readonly (readonly string[] | null)[]) {
    const ids = new Map<string, number>();
    const trie: Map<number, number>[] = [new Map()];
    const ends: number[][] = [[]];
    let columns = 0;
    this.filters = filters.map((f) => {
      if (f === null) return null;
      return Uint32Array.from(f, (s) => {
        let id = ids.get(s);
        if (id === undefined) {
          ids.set(s, (id = ids.size));
          let st = 0;
          for (let k = 0; k < s.length; k++) {
            const c = s.charCodeAt(k);
            if (this.column[c] === 0) this.column[c] = ++columns;
            let to = trie[st]!.get(c);
            if (to === undefined) {
              to = trie.length;
              trie.push(new Map());
              ends.push([]);
              trie[st]!.set(c, to);
            }
            st = to;
          }
          ends[st]!.push(id);
        }
        return id;
      });
    });
    this.seen = new Uint32Array(ids.size);
    const width = (this.width = columns + 1);
    const n = trie.length;
    const table = (this.table = new Int32Array(n * width));
    const fail = new Int32Array(n);
    // breadth first: a state's failure link and its transitions on characters it has no edge for come from states nearer the root
    const queue: number[] = [];
    for (const [c, to] of trie[0]!) {
      table[this.column[c]!] = to;
      queue.push(to);
    }
    for (let q = 0; q < queue.length; q++) {
      const st = queue[q]!;
      const f = fail[st]!;
      ends[st] = [...ends[st]!, ...ends[f]!];
      for (let col = 0; col < width; col++) table[st * width + col] = table[f * width + col]!;
      for (const [c, to] of trie[st]!) {
        const col = this.column[c]!;
        fail[to] = table[f * width + col]!;
        table[st * width + col] = to;
        queue.push(to);
      }
    }
    this.out = ends.map((e) => (e.length > 0 ? Uint32Array.from(e) : null));
  }

  /** Notes which strings `text` contains, for the `mayMatch` calls that follow. */
  scan(text: string): void {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const stamp = this.stamp, seen = this.seen, table = this.table, width = this.width, column = this.column, out = this.out;
    let st = 0;
    for (let k = 0; k < text.length; k++) {
      st = table[st * width + column[text.charCodeAt(k)]!]!;
      const o = out[st];
      if (o !== null) for (let j = 0; j < o!.length; j++) seen[o![j]!] = stamp;
    }
  }

  /** Whether the last text scanned contains one of filter `i`'s strings. */
  mayMatch(i: number): boolean {
    const f = this.filters[i];
    if (f === null || f === undefined) return true;
    for (let k = 0; k < f.length; k++) if (this.seen[f[k]!] === this.stamp) return true;
    return false;
  }
}
