/**
 * `pnpm exec tsx src/model/experiment.ts [--fast] '<json overrides of FIT>' ...`: the leave-one-author-out
 * procedure of train.ts (inner folds, thresholds, fit) for each configuration given, judged on each
 * training author left out, with the mean micro / macro F1 and the pitfalls' recall. Never reads
 * the held-out author. For choosing the model's settings; train.ts uses the chosen ones.
 *
 * `--fast` (about six times cheaper, for a loaded machine): one model per fold group (each training
 * author, the old data in two halves) gives every line an out-of-fold score; the author left out is
 * judged by the model that never saw it, with thresholds chosen on the other groups' out-of-fold
 * scores (those models saw the left-out author, so its labels leak a little into the thresholds,
 * never into its own scores). Good for comparing settings; the README's figures come from train.ts.
 */
import { appendFileSync } from "node:fs";
import { LABEL_IDS, type LabelId } from "@defuse/content";
import { DEFAULT_FEATURES } from "../analyser/features";
import { authorItems, oldItems, RUDE_RICH_AUTHORS, TRAINING_AUTHORS as ALL_AUTHORS } from "./data";
import { evaluate, type EvalReport } from "../eval/metrics";
import { applyStacker, cachedOutOfFold, fit, logitsOfExport as logitsOf, rudeDocs, rudeFeatures, rudeFromAll, RUDE_ONLY, chooseRudeGate, firstStageKey, secondStage, chooseThresholds, decideDoc, FIT, ownAnalyser, prepare, promotedRules, trainAndJudge, type Doc, type FitOptions } from "./train";

const PITFALLS: LabelId[] = ["blame", "dismissive", "argue", "policy_wall", "jargon", "rude"];
// FEATURES='{"length":false}': the same with other feature options
Object.assign(DEFAULT_FEATURES, JSON.parse(process.env.FEATURES ?? "{}"));
// AUTHORS=natural: the natural-rate authors alone (the shipped weights' training set, train.ts --natural-only)
const TRAINING_AUTHORS = process.env.AUTHORS === "natural" ? ALL_AUTHORS.filter((a) => !RUDE_RICH_AUTHORS.includes(a)) : ALL_AUTHORS;
const old = oldItems();
const all = [...old, ...TRAINING_AUTHORS.flatMap((a) => authorItems(a))];
const docs = prepare(all, ownAnalyser);
// RUDE_FROM=all (with AUTHORS=natural; analyser round 19): `rude` alone is also fitted on the rude-rich authors' lines
// (train.ts --rude-from-all). Either way, with AUTHORS=natural the rude-rich authors, never in the other labels' fits, are
// judged too (`rude` only: P / R each, by a `rude` model that never saw that author)
const RICH_OUT = ALL_AUTHORS.filter((a) => !TRAINING_AUTHORS.includes(a));
const richDocs = prepare(RICH_OUT.flatMap((a) => authorItems(a)), ownAnalyser);
const rudeFrom = process.env.RUDE_FROM === "all";
// RUDE_FEATURES=contempt: `rude` alone also reads the contempt markers (train.ts --rude-features)
const rudeFeat = process.env.RUDE_FEATURES ? rudeFeatures(process.env.RUDE_FEATURES) : undefined;
const split = rudeFrom || rudeFeat !== undefined;
const richFor = rudeFrom ? richDocs : [];
const f2 = (x: number) => x.toFixed(3);
const fast = process.argv.includes("--fast");

const firstStage = new Map<string, Float64Array[]>();
/** the second stage per left-out author depends only on the first stage and the stack options: reused across rows (rude's rows differ elsewhere) */
const second = new Map<string, ReturnType<typeof secondStage>>();
/** per left-out author: the `rude` threshold, gate and promoted rude cues its judge used (--fast) */
const rudeDecision = new Map<string, string>();

/** --fast: every author judged by the fold model that never saw it, thresholds from the other groups' out-of-fold scores. */
function fastJudge(o: FitOptions): Map<string, EvalReport> {
  // the first stage's out-of-fold models depend only on the options the fit reads: reuse them across rows that differ elsewhere
  const key = firstStageKey(o);
  let oof = firstStage.get(key) ?? cachedOutOfFold(docs, o, key);
  firstStage.set(key, oof);
  if (split) oof = rudeFromAll(docs, richFor, oof, o, rudeFeat).oof;
  const out = new Map<string, EvalReport>();
  for (const a of TRAINING_AUTHORS) {
    const keep = docs.map((d) => d.item.group !== a);
    const train: Doc[] = docs.filter((_, i) => keep[i]);
    const sKey = JSON.stringify([key, a, o.stack, o.stackL2, o.stackRude]);
    const memo = second.get(sKey) ?? secondStage(train, oof.filter((_, i) => keep[i]), o);
    second.set(sKey, memo);
    const { st, oof: trainOof } = memo;
    const th = chooseThresholds(train, trainOof, o);
    const promoted = promotedRules(train, o);
    const gate = chooseRudeGate(train, trainOof, th, promoted, o);
    const test = docs.filter((_, i) => !keep[i]);
    // the left-out author's out-of-fold logits are its fold model's scores (that model never saw it)
    const testOof = oof.filter((_, i) => !keep[i]);
    const pred = test.map((d, j) => {
      const z = testOof[j]!;
      return decideDoc(st ? applyStacker(st, z) : z, th, d.hits, promoted, gate, o.exclusive);
    });
    let k = 0;
    out.set(a, evaluate(test.map((d) => ({ ...d.item })), () => pred[k++]!));
    rudeDecision.set(a, `rude threshold ${th[LABEL_IDS.indexOf("rude")]}, gate ${gate > 1 ? "off" : gate.toFixed(2)}, promoted ${[...promoted].filter((r) => r.startsWith("rude-")).length} rude cues`);
  }
  return out;
}

/**
 * The rude-rich authors left out of the other labels' fits (AUTHORS=natural), judged on `rude` by the model trained on
 * every natural-rate author (as train.ts --natural-only would ship it), with `rude`'s score from that model or, with
 * RUDE_FROM=all, from the `rude` fold model that never saw the author. P / R per author.
 */
function richJudge(o: FitOptions): string {
  if (richDocs.length === 0) return "";
  const RUDE = LABEL_IDS.indexOf("rude");
  const oof0 = cachedOutOfFold(docs, o);
  const { oof, extra } = split ? rudeFromAll(docs, richFor, oof0, o, rudeFeat) : { oof: oof0, extra: null };
  const { st, oof: sOof } = secondStage(docs, oof, o);
  const th = chooseThresholds(docs, sOof, o);
  const promoted = promotedRules(docs, o);
  const gate = chooseRudeGate(docs, sOof, th, promoted, o);
  const m = fit(docs, o);
  // without RUDE_FROM=all the rude-rich authors were never in `rude`'s fit: its score from a model on every natural-rate line
  const mr = split && !rudeFrom ? fit(rudeDocs(docs, rudeFeat), o, RUDE_ONLY) : null;
  const rr = mr && rudeFeat ? rudeDocs(richDocs, rudeFeat) : richDocs;
  const c = new Map<string, { tp: number; fp: number; fn: number }>();
  richDocs.forEach((d, i) => {
    const z = logitsOf(m, d);
    if (mr) z[RUDE] = logitsOf(mr, rr[i]!)[RUDE]!;
    else if (extra && rudeFrom) z[RUDE] = extra[i]![RUDE]!;
    const on = decideDoc(st ? applyStacker(st, z) : z, th, d.hits, promoted, gate, o.exclusive).includes("rude");
    const k = c.get(d.item.group) ?? { tp: 0, fp: 0, fn: 0 };
    c.set(d.item.group, k);
    if (on && d.y[RUDE]) k.tp++;
    else if (on) k.fp++;
    else if (d.y[RUDE]) k.fn++;
  });
  const t = { tp: 0, fp: 0, fn: 0 };
  const rows = [...c].map(([a, k]) => {
    t.tp += k.tp;
    t.fp += k.fp;
    t.fn += k.fn;
    return `${a} ${f2(k.tp / Math.max(1, k.tp + k.fp))}/${f2(k.tp / Math.max(1, k.tp + k.fn))}`;
  });
  return `  rude-rich authors (rude P/R; threshold ${th[RUDE]}, gate ${gate > 1 ? "off" : gate.toFixed(2)}): ${rows.join(", ")}; pooled ${f2(t.tp / Math.max(1, t.tp + t.fp))}/${f2(t.tp / Math.max(1, t.tp + t.fn))}`;
}

for (const arg of process.argv.slice(2).filter((x) => !x.startsWith("--"))) {
  const o: FitOptions = { ...FIT, ...(JSON.parse(arg) as Partial<FitOptions>) };
  const t0 = Date.now();
  const fastReports = fast ? fastJudge(o) : null;
  const rows: string[] = [];
  let mi = 0, ma = 0;
  // `rude` pooled over the natural-rate authors and over the rude-rich ones apart (their 50% rude share flatters precision)
  const rudeAll = { tp: 0, fp: 0, fn: 0 }, rudeRich = { tp: 0, fp: 0, fn: 0 };
  const pooled = new Map<LabelId, { tp: number; fp: number; fn: number }>(LABEL_IDS.map((l) => [l, { tp: 0, fp: 0, fn: 0 }]));
  const pit: Record<string, number[]> = {};
  for (const a of TRAINING_AUTHORS) {
    const r = fastReports?.get(a) ?? trainAndJudge(docs.filter((d) => d.item.group !== a), docs.filter((d) => d.item.group === a), o);
    // DUMP=file: the left-out author's errors (training authors only), to read for rule ideas
    if (process.env.DUMP) for (const e of r.errors) appendFileSync(process.env.DUMP, JSON.stringify(e) + "\n");
    mi += r.microF1;
    ma += r.macroF1;
    for (const s of r.perLabel) if (PITFALLS.includes(s.label)) (pit[s.label] ??= []).push(s.recall);
    for (const s of r.perLabel) {
      const c = pooled.get(s.label)!;
      c.tp += s.tp;
      c.fp += s.fp;
      c.fn += s.fn;
    }
    const rude = r.perLabel.find((s) => s.label === "rude")!;
    const into = RUDE_RICH_AUTHORS.includes(a) ? rudeRich : rudeAll;
    into.tp += rude.tp;
    into.fp += rude.fp;
    into.fn += rude.fn;
    const sol = r.perLabel.find((s) => s.label === "solution")!;
    const pr = PITFALLS.map((p) => `${p.slice(0, 4)} ${f2(r.perLabel.find((s) => s.label === p)!.recall)}`).join(" ");
    rows.push(`  ${a}: micro ${f2(r.microF1)} macro ${f2(r.macroF1)} rude P ${f2(rude.precision)} R ${f2(rude.recall)} (${rude.support} rude lines); recall ${pr}; solution P ${f2(sol.precision)}${rudeDecision.has(a) ? `; ${rudeDecision.get(a)}` : ""}`);
  }
  const n = TRAINING_AUTHORS.length;
  console.log(`${arg} => mean micro ${f2(mi / n)} macro ${f2(ma / n)} (${(Date.now() - t0) / 1000} s)`);
  console.log(rows.join("\n"));
  const pr = (c: typeof rudeAll) => `P ${f2(c.tp / Math.max(1, c.tp + c.fp))} R ${f2(c.tp / Math.max(1, c.tp + c.fn))}`;
  console.log(`  rude pooled, natural-rate authors: ${pr(rudeAll)}; rude-rich authors: ${pr(rudeRich)}`);
 // pooled per label over the left-out authors (each judged by a model that never saw it): P / R / F1
  const f2s = (x: number) => x.toFixed(2);
  console.log(
    "  pooled per label (P / R / F1): " +
      LABEL_IDS.map((l) => {
        const c = pooled.get(l)!;
        const p = c.tp / Math.max(1, c.tp + c.fp), rr = c.tp / Math.max(1, c.tp + c.fn);
        return `${l} ${f2s(p)}/${f2s(rr)}/${f2s(p + rr ? (2 * p * rr) / (p + rr) : 0)}`;
      }).join(", "),
  );
  console.log("  pitfall recall: " + PITFALLS.map((p) => `${p} ${pit[p]!.map(f2).join("/")}`).join(", "));
  if (RICH_OUT.length && process.env.RICH !== "0") console.log(richJudge(o));
}
