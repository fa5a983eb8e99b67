/**
 * `pnpm --filter @defuse/roleplay train-model`: trains the word n-gram model that adds recall behind the
 * rules, and writes `weights.json`. One logistic regression per label over binary unigram and bigram
 * features of the normalised text. Trained on dev, test, train and the content author's branching
 * choices; the blind sets (heldout.jsonl, blind2.jsonl, blind3.jsonl) are never read here.
 *
 * Each label gets a threshold from 5-fold cross-validation: the lowest probability at which the
 * model's own out-of-fold precision is at least 0.9 for a technique and 0.95 for a pitfall or a solution. Labels that never reach it are left
 * to the rules alone. The report also counts how often the out-of-fold model was right where the
 * rules had not already found the label (the only place it acts); the rules are in-sample here, so
 * that count is pessimistic. Deterministic: fixed folds, fixed order, no randomness.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogue, LABEL_IDS, type LabelId } from "@defuse/content";
import { normalise } from "../analyser/normalise";
import { ruleLabelIds } from "../analyser/label";
import { eachFeature, tokens } from "./features";

const here = dirname(fileURLToPath(import.meta.url));
/** A wrongly flagged pitfall costs a learner more than a missed technique, so pitfalls need more. */
const MIN_PRECISION_TECHNIQUE = 0.9;
const MIN_PRECISION_PITFALL = 0.95;
const PITFALLS = new Set(["blame", "dismissive", "argue", "policy_wall", "jargon", "rude"]);
/**
 * A wrongly credited solution tells the learner they offered a fix they never offered, so solution is
 * held to the pitfalls' bar too. (At 0.9 its threshold fell to 0.55 and held-out solution precision
 * fell with it; out of fold, none of what the model added beyond the rules on the training data was right.)
 */
const STRICT = new Set([...PITFALLS, "solution"]);
const MIN_HITS = 4;
const EPOCHS = 40;
const L2 = 1e-3;
const LR = 0.5;
const MIN_COUNT = 2;
const KEEP = 0.25;

interface Doc { feats: number[]; labels: Set<LabelId>; rules: Set<LabelId> }

const readJsonl = (f: string) =>
  readFileSync(join(here, "..", "eval", "data", f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { text: string; labels: LabelId[] });
const raw = [
  ...readJsonl("dev.jsonl"),
  ...readJsonl("test.jsonl"),
  ...readJsonl("train.jsonl"),
  ...catalogue.scenarios.flatMap((s) => s.branching.nodes.flatMap((n) => n.choices.map((c) => ({ text: c.text, labels: c.labels as LabelId[] })))),
];

const featText = raw.map((u) => {
  const set = new Set<string>();
  eachFeature(tokens(normalise(u.text).text), (f) => set.add(f));
  return set;
});
const counts = new Map<string, number>();
for (const s of featText) for (const f of s) counts.set(f, (counts.get(f) ?? 0) + 1);
const vocab = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([f]) => f).sort();
const index = new Map(vocab.map((f, i) => [f, i]));
const docs: Doc[] = raw.map((u, i) => ({
  feats: [...featText[i]!].map((f) => index.get(f)).filter((x): x is number => x !== undefined).sort((a, b) => a - b),
  labels: new Set(u.labels),
  rules: new Set(ruleLabelIds(u.text)),
}));

/** Logistic regression with AdaGrad on binary features; returns [bias, weights]. */
function fit(train: Doc[], label: LabelId): [number, Float64Array] {
  const w = new Float64Array(vocab.length);
  const g2 = new Float64Array(vocab.length).fill(1e-8);
  let b = 0, gb = 1e-8;
  for (let e = 0; e < EPOCHS; e++) {
    for (const d of train) {
      let z = b;
      for (const f of d.feats) z += w[f]!;
      const p = 1 / (1 + Math.exp(-z));
      const err = p - (d.labels.has(label) ? 1 : 0);
      gb += err * err;
      b -= (LR / Math.sqrt(gb)) * err;
      for (const f of d.feats) {
        const g = err + L2 * w[f]!;
        g2[f] = g2[f]! + g * g;
        w[f] = w[f]! - (LR / Math.sqrt(g2[f]!)) * g;
      }
    }
  }
  return [b, w];
}
const prob = (b: number, w: Float64Array, d: Doc) => {
  let z = b;
  for (const f of d.feats) z += w[f]!;
  return 1 / (1 + Math.exp(-z));
};

const K = 5;
const thresholds: Record<string, number> = {};
const report: string[] = [];
for (const label of LABEL_IDS) {
  const oof: { p: number; gold: boolean; rule: boolean }[] = [];
  for (let k = 0; k < K; k++) {
    const train = docs.filter((_, i) => i % K !== k);
    const test = docs.filter((_, i) => i % K === k);
    const [b, w] = fit(train, label);
    for (const d of test) oof.push({ p: prob(b, w, d), gold: d.labels.has(label), rule: d.rules.has(label) });
  }
  const MIN_PRECISION = STRICT.has(label) ? MIN_PRECISION_PITFALL : MIN_PRECISION_TECHNIQUE;
  let chosen: number | null = null;
  for (let t = 0.5; t < 0.995; t += 0.01) {
    const sel = oof.filter((x) => x.p >= t);
    const tp = sel.filter((x) => x.gold).length;
    if (tp >= MIN_HITS && tp / sel.length >= MIN_PRECISION) {
      chosen = Math.round(t * 100) / 100;
      break;
    }
  }
  const support = oof.filter((x) => x.gold).length;
  if (chosen !== null) {
    thresholds[label] = chosen;
    const sel = oof.filter((x) => x.p >= chosen!);
    const tp = sel.filter((x) => x.gold).length;
    const add = sel.filter((x) => !x.rule), addTp = add.filter((x) => x.gold).length;
    report.push(`${label.padEnd(14)} threshold ${chosen.toFixed(2)}  cv precision ${(tp / sel.length).toFixed(3)}  cv recall ${(tp / support).toFixed(3)}  (support ${support})  beyond the rules ${addTp}/${add.length} right`);
  } else report.push(`${label.padEnd(14)} off (never reaches precision ${MIN_PRECISION})`);
}

// final model on everything, pruned to the weights that matter
const features: Record<string, number[]> = {};
const bias: Record<string, number> = {};
for (const label of Object.keys(thresholds) as LabelId[]) {
  const [b, w] = fit(docs, label);
  bias[label] = Math.round(b * 1000) / 1000;
  w.forEach((x, i) => {
    if (Math.abs(x) < KEEP) return;
    (features[vocab[i]!] ??= []).push(LABEL_IDS.indexOf(label), Math.round(x * 1000) / 1000);
  });
}
const out = { note: "generated by src/model/train.ts; do not edit", labels: LABEL_IDS, bias, thresholds, features };
writeFileSync(join(here, "weights.json"), JSON.stringify(out) + "\n");
console.log(`${docs.length} training utterances, ${vocab.length} features (${Object.keys(features).length} kept)`);
for (const r of report) console.log(r);
