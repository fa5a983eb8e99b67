import { LABEL_IDS, type LabelId } from "@defuse/content";

export interface LabelledUtterance {
  id: string;
  scenario?: string;
  text: string;
  labels: LabelId[];
}
export interface LabelScore {
  label: LabelId;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}
export interface EvalReport {
  perLabel: LabelScore[];
  microF1: number;
  macroF1: number;
  microP: number;
  microR: number;
  exactMatch: number;
  errors: { id: string; text: string; expected: LabelId[]; got: LabelId[] }[];
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Multi-label precision/recall/F1; macro averages over labels that appear in gold or predictions. */
export function evaluate(items: LabelledUtterance[], predict: (u: LabelledUtterance) => LabelId[]): EvalReport {
  const counts = new Map<LabelId, { tp: number; fp: number; fn: number; support: number }>();
  for (const l of LABEL_IDS) counts.set(l, { tp: 0, fp: 0, fn: 0, support: 0 });
  const errors: EvalReport["errors"] = [];
  let exact = 0;
  for (const u of items) {
    const got = new Set(predict(u));
    const gold = new Set(u.labels);
    for (const l of LABEL_IDS) {
      const c = counts.get(l)!;
      if (gold.has(l)) c.support++;
      if (gold.has(l) && got.has(l)) c.tp++;
      else if (got.has(l)) c.fp++;
      else if (gold.has(l)) c.fn++;
    }
    const same = gold.size === got.size && [...gold].every((l) => got.has(l));
    if (same) exact++;
    else errors.push({ id: u.id, text: u.text, expected: [...gold], got: [...got] });
  }
  let TP = 0, FP = 0, FN = 0;
  const perLabel: LabelScore[] = [];
  for (const l of LABEL_IDS) {
    const c = counts.get(l)!;
    TP += c.tp; FP += c.fp; FN += c.fn;
    const p = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
    const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
    perLabel.push({ label: l, ...c, precision: p, recall: r, f1: c.tp + c.fp + c.fn === 0 ? 1 : f1(p, r) });
  }
  const used = perLabel.filter((s) => s.tp + s.fp + s.fn > 0);
  const microP = TP + FP === 0 ? 0 : TP / (TP + FP);
  const microR = TP + FN === 0 ? 0 : TP / (TP + FN);
  return {
    perLabel,
    microP,
    microR,
    microF1: f1(microP, microR),
    macroF1: used.reduce((s, x) => s + x.f1, 0) / Math.max(1, used.length),
    exactMatch: items.length === 0 ? 0 : exact / items.length,
    errors,
  };
}
