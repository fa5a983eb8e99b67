/**
 * `pnpm --filter @defuse/roleplay exec tsx src/model/train-contempt.ts --words [--write] [--threshold 0.8] [--enable] [--show]`
 * (the committed contempt.json: `--words --write`; other flags of the README's "Analyser round 17": `--no-band`,
 * `--unseen`, `--l1`, `--l2`, `--pos`, `--rich`, `--show-oof <p>`)
 *
 * Trains the contempt stage (src/analyser/contempt.ts, analyser round 17): one logistic regression (FTRL-proximal,
 * L1 + L2, so the shipped weights stay sparse) that decides `rude` only for the turns the main stage (the shipped
 * model, its rules and vetoes) did not call rude and no `rude` veto touched. Its lines are those turns of every
 * training author (TRAINING_AUTHORS: the nineteen natural-rate authors and the five rude-rich ones, whose half of near
 * misses are the firm boundaries, plain refusals, honest corrections and dry humour the definition keeps apart).
 *
 * M, S and AA (labelled, never trained on by the main model) are its dev set: never trained on here either, they
 * choose the threshold with the training authors' leave-one-author-out scores (each judged by a stage that never saw
 * it). The threshold is the lowest at which `rude`'s precision (main stage and contempt stage together) stays at or
 * above PRECISION (or the main stage's own precision, where that is lower) on every natural-rate author with at least
 * MIN_RUDE rude lines, out of fold or dev, the stage's own additions are right at least ADDED_PRECISION of the time,
 * pooled over those authors, and no agent turn of a dev call whose author expected a pass (or of a mediocre call)
 * scores at or over it.
 *
 * Prints the table of thresholds; `--write` writes contempt.json (with `enabled` false unless `--enable`).
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { isPitfall, type LabelId } from "@defuse/content";
import { analyse } from "../analyser/analyse";
import { contemptFeatures, type ContemptJson, type ContemptOptions } from "../analyser/contempt";
import { newBuffer } from "../analyser/features";
import { authorItems, RUDE_RICH_AUTHORS, TRAINING_AUTHORS } from "./data";
import { decide, loadModel, logits, type ModelJson } from "./model";
import WEIGHTS from "./weights.json";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const argNum = (name: string, d: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : d;
};
export const DEV_AUTHORS = ["M", "S", "AA"];
const PRECISION = argNum("--precision", 0.9);
const ADDED_PRECISION = argNum("--added", 0.8);
const MIN_RUDE = 10;
const OPT = {
  epochs: argNum("--epochs", 8),
  alpha: argNum("--alpha", 0.1),
  beta: 1,
  l1: argNum("--l1", 0.5),
  l2: argNum("--l2", 1),
  /** gradient weight of a rude line (the stage's positives are rare among natural-rate lines) */
  posWeight: argNum("--pos", 1),
  /** gradient weight of a rude-rich author's line */
  richWeight: argNum("--rich", 1),
};

const FEATS: ContemptOptions = { keys: args.includes("--words") ? "words" : "main", band: !args.includes("--no-band") };
interface Row {
  author: string;
  text: string;
  labels: string[];
  rude: boolean;
  feats: number[];
}
interface AuthorCounts {
  /** main stage: rude calls right and wrong, gold rude lines */
  tp: number;
  fp: number;
  gold: number;
}

const MODEL = loadModel(WEIGHTS as unknown as ModelJson);
const RUDE = MODEL.labels.indexOf("rude");
const Z = new Float64Array(MODEL.width);
const ON = new Set<LabelId>();
const BUF = newBuffer();
const FS = new Set<number>();

/** The stage's line for a turn: "main" when the main stage calls it rude, null when a veto or the gate keeps the stage out. */
function stageRow(author: string, text: string, labels: string[]): Row | "main" | null {
  const a = analyse(text, BUF, MODEL.features);
  if (a.tk.toks.length === 0) return null;
  const sents = a.tk.sents;
  logits(MODEL, a.feats.keys, a.feats.sents, (s) => sents[s]!.to - sents[s]!.from, sents.length, Z);
  decide(MODEL, Z, a.hits, ON);
  if (ON.has("rude")) return "main";
  if (a.hits.some((h) => !h.negated && h.rule.label === "rude" && h.rule.effect === "veto")) return null;
  const technique = [...ON].some((l) => !isPitfall(l));
  // a turn with no marker of contempt is left to the main stage (contempt.ts, GATE): not a line of the stage's
  if (!contemptFeatures(a.n.text, a.n.original, a.tk, a.feats.keys, technique, Z[RUDE]!, FS, FEATS)) return null;
  return { author, text, labels, rude: labels.includes("rude"), feats: [...FS] };
}

function rows(author: string, counts: Map<string, AuthorCounts>): Row[] {
  const out: Row[] = [];
  const c: AuthorCounts = { tp: 0, fp: 0, gold: 0 };
  for (const it of authorItems(author)) {
    const gold = it.labels.includes("rude");
    if (gold) c.gold++;
    const r = stageRow(author, it.text, it.labels);
    if (r === "main") {
      if (gold) c.tp++;
      else c.fp++;
    } else if (r) out.push(r);
  }
  counts.set(author, c);
  return out;
}

/** FTRL-proximal logistic regression over binary features. */
function fit(train: Row[]): { bias: number; w: Map<number, number> } {
  const zs = new Map<number, number>(), ns = new Map<number, number>();
  let zb = 0, nb = 0;
  const { alpha, beta, l1, l2 } = OPT;
  const wOf = (z: number, n: number) => (Math.abs(z) <= l1 ? 0 : -(z - Math.sign(z) * l1) / ((beta + Math.sqrt(n)) / alpha + l2));
  const order = train.map((_, i) => i);
  let seed = 17;
  const rnd = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  for (let e = 0; e < OPT.epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const i of order) {
      const r = train[i]!;
      const wb = -zb / ((beta + Math.sqrt(nb)) / alpha);
      let s = wb;
      for (const k of r.feats) s += wOf(zs.get(k) ?? 0, ns.get(k) ?? 0);
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, s))));
      const weight = (r.rude ? OPT.posWeight : 1) * (RUDE_RICH_AUTHORS.includes(r.author) ? OPT.richWeight : 1);
      const g = (p - (r.rude ? 1 : 0)) * weight;
      const sb = (Math.sqrt(nb + g * g) - Math.sqrt(nb)) / alpha;
      zb += g - sb * wb;
      nb += g * g;
      for (const k of r.feats) {
        const n = ns.get(k) ?? 0, z = zs.get(k) ?? 0;
        const w = wOf(z, n);
        const sg = (Math.sqrt(n + g * g) - Math.sqrt(n)) / alpha;
        zs.set(k, z + g - sg * w);
        ns.set(k, n + g * g);
      }
    }
  }
  const w = new Map<number, number>();
  for (const [k, z] of zs) {
    const v = wOf(z, ns.get(k)!);
    if (v !== 0) w.set(k, v);
  }
  return { bias: -zb / ((beta + Math.sqrt(nb)) / alpha), w };
}
const score = (m: { bias: number; w: Map<number, number> }, r: Row) => {
  let s = m.bias;
  for (const k of r.feats) s += m.w.get(k) ?? 0;
  return 1 / (1 + Math.exp(-s));
};

/**
 * `--unseen`: fit on the authors the shipped main model never saw (the five rude-rich training authors and M, S, AA),
 * so the main `rude` logit the stage reads is as honest in training as at run time (on the nineteen authors it was
 * trained on, the main model's scores are in-sample: a missed rude line there scores far higher than on a new author);
 * the threshold is then judged out of fold on M, S and AA, and the nineteen are only reported.
 */
const UNSEEN = args.includes("--unseen");
const FIT_AUTHORS = UNSEEN ? [...TRAINING_AUTHORS.filter((a) => RUDE_RICH_AUTHORS.includes(a)), ...DEV_AUTHORS] : TRAINING_AUTHORS;
const REST_AUTHORS = UNSEEN ? TRAINING_AUTHORS.filter((a) => !RUDE_RICH_AUTHORS.includes(a)) : DEV_AUTHORS;
/** the authors whose precision the threshold must keep */
const CHECK = new Set(UNSEEN ? DEV_AUTHORS : [...TRAINING_AUTHORS, ...DEV_AUTHORS].filter((a) => !RUDE_RICH_AUTHORS.includes(a)));
const counts = new Map<string, AuthorCounts>();
const train = FIT_AUTHORS.flatMap((a) => rows(a, counts));
const dev = REST_AUTHORS.flatMap((a) => rows(a, counts));
console.log(`stage lines: ${train.length} training (${train.filter((r) => r.rude).length} rude), ${dev.length} dev (${dev.filter((r) => r.rude).length} rude)`);

// out of fold: each training author scored by a stage fitted without it
const scored: { author: string; rude: boolean; p: number }[] = [];
const showAt = argNum("--show-oof", 2);
for (const a of FIT_AUTHORS) {
  const m = fit(train.filter((r) => r.author !== a));
  for (const r of train)
    if (r.author === a) {
      const p = score(m, r);
      scored.push({ author: a, rude: r.rude, p });
      if (p >= showAt && !r.rude) console.log(`OOF FP ${p.toFixed(2)} ${a} [${r.labels.join(",")}] ${r.text}`);
    }
}
const full = fit(train);
for (const r of dev) scored.push({ author: r.author, rude: r.rude, p: score(full, r) });

// whole calls: every agent turn of the dev call sets' calls whose author expected a pass, and of their mediocre calls
// (which fail for being mediocre, never for a rude turn): the stage must call none of them rude
const DEV_CALL_FILES = [
  ...readdirSync(join(here, "..", "eval", "data")).filter((f) => /^calls-(?:dev\d+|v2)\.json$/.test(f)).map((f) => join(here, "..", "eval", "data", f)),
  join(here, "..", "eval", "data", "v2", "calls-heldout-C21.json"), // C21: promoted from held-out to dev in round 17
];
let callCeiling = 0, callTurns = 0, ceilingText = "";
for (const file of DEV_CALL_FILES) {
  const raw = JSON.parse(readFileSync(file, "utf8")) as { calls?: unknown[] } | unknown[];
  const calls = (Array.isArray(raw) ? raw : (raw.calls ?? [])) as { kind: string; turns: string[]; expect: { passed: boolean } }[];
  for (const c of calls) {
    if (!c.expect.passed && c.kind !== "mediocre") continue;
    for (const t of c.turns) {
      const r = stageRow("call", t, []);
      if (!r || r === "main") continue;
      callTurns++;
      const p = score(full, r);
      if (p > callCeiling) [callCeiling, ceilingText] = [p, t];
    }
  }
}
console.log(`dev calls: ${callTurns} turns of passing and mediocre calls reach the stage; the highest scores ${callCeiling.toFixed(3)}${args.includes("--show") ? `: ${ceilingText}` : ""}`);

const natural = (a: string) => !RUDE_RICH_AUTHORS.includes(a);
const authors = [...TRAINING_AUTHORS, ...DEV_AUTHORS];
function at(t: number) {
  const per = new Map<string, { tp: number; fp: number }>();
  for (const s of scored)
    if (s.p >= t) {
      const x = per.get(s.author) ?? { tp: 0, fp: 0 };
      if (s.rude) x.tp++;
      else x.fp++;
      per.set(s.author, x);
    }
  return per;
}
const f2 = (x: number) => x.toFixed(2);
function summary(t: number) {
  const per = at(t);
  let worst = 1, worstA = "", addTp = 0, addFp = 0;
  const groups = { natural: { tp: 0, fp: 0, gold: 0 }, rich: { tp: 0, fp: 0, gold: 0 }, dev: { tp: 0, fp: 0, gold: 0 } };
  for (const a of authors) {
    const c = counts.get(a)!, x = per.get(a) ?? { tp: 0, fp: 0 };
    const g = DEV_AUTHORS.includes(a) ? groups.dev : natural(a) ? groups.natural : groups.rich;
    g.tp += c.tp + x.tp;
    g.fp += c.fp + x.fp;
    g.gold += c.gold;
    if (!CHECK.has(a)) continue;
    addTp += x.tp;
    addFp += x.fp;
    // how far under the floor (PRECISION, or the main stage's own precision where that is lower) the author falls
    const p = (c.tp + x.tp) / Math.max(1, c.tp + c.fp + x.tp + x.fp);
    const floor = Math.min(PRECISION, c.tp / Math.max(1, c.tp + c.fp));
    if (c.gold >= MIN_RUDE && p - floor < worst) [worst, worstA] = [p - floor, a];
  }
  return { worst, worstA, addTp, addFp, groups };
}
console.log("threshold | worst natural-rate P less its floor (author) | added right/wrong (natural-rate + dev) | P / R natural (OOF) | rich (OOF) | dev M+S+AA");
let chosen = 1;
for (let t = 0.99; t >= 0.3; t -= 0.01) {
  const s = summary(t);
  const g = (x: { tp: number; fp: number; gold: number }) => `${f2(x.tp / Math.max(1, x.tp + x.fp))} / ${f2(x.tp / Math.max(1, x.gold))}`;
  const ok = t > callCeiling && s.worst >= 0 && s.addTp / Math.max(1, s.addTp + s.addFp) >= ADDED_PRECISION;
  if (ok) chosen = Number(t.toFixed(2));
  console.log(`${t.toFixed(2)} ${ok ? "ok" : "  "} | ${f2(s.worst)} (${s.worstA}) | ${s.addTp}/${s.addFp} | ${g(s.groups.natural)} | ${g(s.groups.rich)} | ${g(s.groups.dev)}`);
}
const base = summary(1.01);
console.log(`main stage alone: natural ${f2(base.groups.natural.tp / (base.groups.natural.tp + base.groups.natural.fp))} / ${f2(base.groups.natural.tp / base.groups.natural.gold)}, dev ${f2(base.groups.dev.tp / (base.groups.dev.tp + base.groups.dev.fp))} / ${f2(base.groups.dev.tp / base.groups.dev.gold)}`);
const threshold = args.includes("--threshold") ? argNum("--threshold", chosen) : chosen;
console.log(`chosen threshold ${chosen}; writing ${threshold}; ${full.w.size} weights`);
const per = at(threshold);
console.log("per author at the threshold (main + stage): " + authors.map((a) => {
  const c = counts.get(a)!, x = per.get(a) ?? { tp: 0, fp: 0 };
  return `${a} ${f2((c.tp + x.tp) / Math.max(1, c.tp + c.fp + x.tp + x.fp))}/${f2((c.tp + x.tp) / Math.max(1, c.gold))} (+${x.tp}-${x.fp})`;
}).join(", "));

if (args.includes("--show")) {
  // the dev authors' lines the stage calls rude at the threshold, and their rude lines it leaves (training data, not held out)
  for (const r of dev) {
    const p = score(full, r);
    if (p >= threshold || r.rude) console.log(`${p >= threshold ? (r.rude ? "TP" : "FP") : "FN"} ${p.toFixed(2)} ${r.author} [${r.labels.join(",")}] ${r.text}`);
  }
}
if (args.includes("--write")) {
  const weights: Record<string, number> = {};
  for (const [k, v] of [...full.w].sort((a, b) => a[0] - b[0])) weights[k] = Number(v.toFixed(4));
  const j: ContemptJson = { version: 1, enabled: args.includes("--enable"), threshold, bias: Number(full.bias.toFixed(4)), weights, features: FEATS, options: OPT, precision: PRECISION, addedPrecision: ADDED_PRECISION, dev: DEV_AUTHORS };
  writeFileSync(join(here, "..", "analyser", "contempt.json"), JSON.stringify(j) + "\n");
  console.log("wrote src/analyser/contempt.json");
}
