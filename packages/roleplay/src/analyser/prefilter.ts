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
  | { t: "lit"; s: string }
  | { t: "other" } // consumes something that is not a known literal, or asserts: no requirement, ends a run
  | { t: "cat"; items: Node[] }
  | { t: "alt"; alts: Node[] }
  | { t: "rep"; node: Node; min: number };

class Unsupported extends Error {}

/**
 * One token of a pattern's source: an escape, a class, a group's opening (with its kind), ")", "|", a quantifier, a run of
 * plain characters, or any other single character. Lexed by the regular expression engine, so the (once per process) read
 * of a few hundred patterns stays cheap at a CLI's start-up.
 */
const TOKEN = /\\[\s\S]|\[\^?(?:\\[\s\S]|[^\\\]])*\]|\((?:\?(?::|=|!|<=|<!|<[^>]*>))?|\)|\||[*+?]\??|\{(\d+)(?:,\d*)?\}\??|[^\\[\]()|*+?{}.^$]+|[\s\S]/y;

function lex(src: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    const m = TOKEN.exec(src);
    if (m === null) throw new Unsupported("lex");
    out.push(m[0]);
  }
  return out;
}

const isQuantifier = (tok: string | undefined): boolean =>
  tok !== undefined && (tok[0] === "*" || tok[0] === "+" || tok[0] === "?" || (tok[0] === "{" && /^\{\d+(?:,\d*)?\}\??$/.test(tok)));
const minOf = (q: string): number => (q[0] === "*" || q[0] === "?" ? 0 : q[0] === "+" ? 1 : Number(/^\{(\d+)/.exec(q)![1]));

function parse(src: string): Node {
  const toks = lex(src);
  let i = 0;
  const alt = (): Node => {
    const alts: Node[] = [cat()];
    while (toks[i] === "|") {
      i++;
      alts.push(cat());
    }
    return alts.length === 1 ? alts[0]! : { t: "alt", alts };
  };
  const cat = (): Node => {
    const items: Node[] = [];
    while (i < toks.length && toks[i] !== "|" && toks[i] !== ")") {
      const tok = toks[i]!;
      // a run of plain characters followed by a quantifier: the quantifier is the last character's
      if (tok.length > 1 && isPlainRun(tok) && isQuantifier(toks[i + 1])) {
        items.push({ t: "lit", s: tok.slice(0, -1) });
        toks[i] = tok.slice(-1);
      }
      let atom = term();
      while (isQuantifier(toks[i])) atom = { t: "rep", node: atom, min: minOf(toks[i++]!) };
      items.push(atom);
    }
    return { t: "cat", items };
  };
  const term = (): Node => {
    const tok = toks[i++]!;
    const c = tok[0]!;
    if (c === "(") {
      const look = tok === "(?=" || tok === "(?!" || tok === "(?<=" || tok === "(?<!";
      if (tok.length > 1 && !look && tok !== "(?:" && !/^\(\?<[^>]*>$/.test(tok)) throw new Unsupported(`group ${tok}`);
      const inner = alt();
      if (toks[i] !== ")") throw new Unsupported("unclosed group");
      i++;
      return look ? { t: "other" } : inner;
    }
    if (c === "[") return { t: "other" };
    if (c === "\\") {
      if (tok.length < 2) throw new Unsupported("trailing backslash");
      const e = tok[1]!;
      // escaped punctuation is that character; an escaped letter or digit is a class, an assertion, a code or a back-reference
      if (/[A-Za-z0-9]/.test(e)) {
        // (the name or code after \k, \p, \P, \u in braces is read as plain characters that follow: skip them)
        if ((e === "k" && toks[i]?.startsWith("<")) || ((e === "p" || e === "P" || e === "u") && toks[i] === "{")) skipTo(e === "k" ? ">" : "}");
        return { t: "other" };
      }
      return { t: "lit", s: e };
    }
    if (c === ")" || c === "|" || isQuantifier(tok)) throw new Unsupported("unexpected");
    if (tok === "^" || tok === "$" || tok === ".") return { t: "other" };
    return { t: "lit", s: tok };
  };
  const skipTo = (close: string) => {
    while (i < toks.length && !toks[i]!.includes(close)) i++;
    if (i >= toks.length || !toks[i]!.endsWith(close)) throw new Unsupported("escape");
    i++;
  };
  const n = alt();
  if (i !== toks.length) throw new Unsupported("trailing input");
  return n;
}

const isPlainRun = (tok: string): boolean => !/[\\[\]()|*+?{}.^$]/.test(tok);

/**
 * Filters read when the CLI was bundled (scripts/build-cli.mjs defines `__DEFUSE_PREFILTERS__`), keyed by a pattern's flags
 * and source; undefined elsewhere, where every pattern is read here.
 */
declare const __DEFUSE_PREFILTERS__: Record<string, string[] | null> | undefined;
const KNOWN: Record<string, string[] | null> | undefined = typeof __DEFUSE_PREFILTERS__ !== "undefined" ? __DEFUSE_PREFILTERS__ : undefined;

/** The shortest string's length (higher is more selective), then fewer strings. */
function better(a: string[], b: string[]): boolean {
  const ma = Math.min(...a.map((s) => s.length));
  const mb = Math.min(...b.map((s) => s.length));
  return ma !== mb ? ma > mb : a.length < b.length;
}

function required(n: Node): string[] | null {
  switch (n.t) {
    case "lit":
      return [n.s];
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
          run += it.s;
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
  const known = KNOWN?.[`${re.flags}/${re.source}`];
  if (known !== undefined) return known === null ? null : [...known];
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
    this.trie = trie;
    const width = (this.width = columns + 1);
    const n = trie.length;
    // the table is filled as texts need it (see `step`): building it whole would cost a one-input run more than it saves
    this.table = new Int32Array(n * width).fill(-1);
    const fail = (this.fail = new Int32Array(n));
    // breadth first: a state's failure link and its strings come from states nearer the root
    const queue: number[] = [];
    for (const to of trie[0]!.values()) queue.push(to);
    for (let q = 0; q < queue.length; q++) {
      const st = queue[q]!;
      for (const [c, to] of trie[st]!) {
        let f = fail[st]!;
        let g = trie[f]!.get(c);
        while (g === undefined && f !== 0) {
          f = fail[f]!;
          g = trie[f]!.get(c);
        }
        fail[to] = g !== undefined && g !== to ? g : 0;
        if (ends[fail[to]!]!.length > 0) ends[to] = [...ends[to]!, ...ends[fail[to]!]!];
        queue.push(to);
      }
    }
    this.out = ends.map((e) => (e.length > 0 ? Uint32Array.from(e) : null));
  }

  private readonly trie: Map<number, number>[];
  private readonly fail: Int32Array;

  /** The state after `st` on a character of column `col` (computed once, then read from the table). */
  private step(st: number, c: number, col: number): number {
    let to: number;
    if (col === 0) to = 0;
    else {
      const g = this.trie[st]!.get(c);
      to = g !== undefined ? g : st === 0 ? 0 : this.next(this.fail[st]!, c, col);
    }
    this.table[st * this.width + col] = to;
    return to;
  }
  private next(st: number, c: number, col: number): number {
    const to = this.table[st * this.width + col]!;
    return to >= 0 ? to : this.step(st, c, col);
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
      const c = text.charCodeAt(k);
      const col = column[c]!;
      const to = table[st * width + col]!;
      st = to >= 0 ? to : this.step(st, c, col);
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
