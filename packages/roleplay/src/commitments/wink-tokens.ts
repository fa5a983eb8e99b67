/**
 * wink-nlp (with its English lite web model) as the commitment reader's tokeniser, kept only for the
 * comparison in compare-tokenisers.ts (a dev dependency; the reader itself uses ./tokens.ts).
 */
import { createRequire } from "node:module";
import type winkNLPType from "wink-nlp";
import type { ItemSentence } from "wink-nlp";
import type { Sentence, Tok } from "./tokens";

type Nlp = ReturnType<typeof winkNLPType>;
let loaded: Nlp | null = null;
/**
 * wink-nlp and its 3 MB model are loaded on the first call, not on import: importing this module
 * (or anything that imports it) costs nothing, and only the comparison script ever pays the load.
 */
function nlpOnce(): Nlp {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const winkNLP = require("wink-nlp") as typeof winkNLPType;
    const model = require("wink-eng-lite-web-model") as Parameters<typeof winkNLPType>[0];
    loaded = winkNLP(model, ["sbd", "negation"]);
  }
  return loaded;
}

const TOKEN_FIX: Record<string, string> = {
  "i'm": "i am",
  "you're": "you are",
  "we're": "we are",
  "they're": "they are",
  "that's": "that is",
  "there's": "there is",
  "it's": "it is",
  "i've": "i have",
  "we've": "we have",
  "you've": "you have",
  "i'll": "i will",
  "we'll": "we will",
  "you'll": "you will",
  "i'd": "i would",
  "let's": "let us",
  thats: "that is",
  shud: "should",
  hrs: "hours",
  dd: "direct debit",
  u: "you", ur: "your", im: "i am", ive: "i have", wont: "will not", cant: "can not", dont: "do not", "won't": "will not", "can't": "can not" };

/** Pieces wink-nlp splits contractions into, with or without the apostrophe ("wo" "nt", "i" "ve"). */
const CONTRACTION_PARTS = new Set(["ca", "wo", "sha", "nt", "ve", "ll", "re", "m", "d"]);

/** The reader's sentences built from wink-nlp's tokens, sentence breaks and negation flags. */
export function winkTokenise(text: string): Sentence[] {
  // curly apostrophes as straight ones (same length, so offsets hold) for wink's contraction handling
  const clean = text.replace(/[\u2018\u2019]/g, "'");
  const nlp = nlpOnce();
  const its = nlp.its;
  const doc = nlp.readDoc(clean);
  const tokens = doc.tokens();
  const values = tokens.out() as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const normals = tokens.out(its.normal) as string[];
  const negs = tokens.out(its.negationFlag) as unknown as boolean[];
  const all: Tok[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    at += spaces[i]!.length;
    const v = values[i]!;
    // wink keeps the text; find the token where it is, in case of odd whitespace
    const found = clean.indexOf(v, at);
    const start = found === -1 ? at : found;
    // wink's normal form expands contractions ("wo" "n't" is "will" "not") but also respells British
    // words the American way ("cheque" is "check"); keep the learner's spelling except in contractions
    const lower = v.toLowerCase().replace(/\u2019/g, "'");
    let n = /'/.test(lower) || CONTRACTION_PARTS.has(lower) ? normals[i]!.toLowerCase() : lower;
    n = TOKEN_FIX[n] ?? n;
    if (n === "'s" && all[all.length - 1]?.n === "let") n = "us";
    all.push({ n, start, end: start + v.length, neg: Boolean(negs[i]) });
    at = start + v.length;
  }
  const out: Sentence[] = [];
  doc.sentences().each((s: ItemSentence) => {
    const st = s.tokens();
    const first = st.itemAt(0).index();
    const len = st.length();
    const toks: Tok[] = [];
    for (let i = first; i < first + len; i++) {
      const t = all[i]!;
      // a fixed token such as "i am" becomes two tokens at the same place
      if (t.n.includes(" ")) for (const p of t.n.split(" ")) toks.push({ ...t, n: p });
      else toks.push(t);
    }
    const lastWord = [...toks].reverse().find((t) => !/^["')\]]$/.test(t.n));
    out.push({ toks, question: lastWord?.n === "?" });
  });
  return out;
}

