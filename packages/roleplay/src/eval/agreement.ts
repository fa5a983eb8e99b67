/**
 * Inter-annotator agreement for the labelled agent turns.
 *   tsx src/eval/agreement.ts <first.jsonl> <second.jsonl> [--disagreements out.jsonl]
 *   tsx src/eval/agreement.ts <final-X.jsonl>   (an adjudicated file: labelsAuthor against labelsSecond)
 * Each file holds {"id","labels"} lines (other fields are ignored); items are matched by id. Prints,
 * per label, how often each annotator used it, raw agreement and Cohen's kappa over the items both
 * labelled, and writes the items where the two label sets differ so they can be settled against the
 * taxonomy's definitions.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { LABEL_IDS, type LabelId } from "@defuse/content";

export interface LabelSet {
  id: string;
  labels: LabelId[];
}

export interface LabelAgreement {
  label: LabelId;
  first: number;
  second: number;
  both: number;
  observed: number;
  kappa: number;
}

/**
 * Cohen's kappa for one binary decision (label present or not) over paired items. When both
 * annotators never (or always) use a label, chance agreement is 1 and kappa is undefined: reported
 * as 1 when they agree on every item, which is the only way that can happen.
 */
export function cohensKappa(a: boolean[], b: boolean[]): number {
  const n = a.length;
  if (n === 0 || n !== b.length) throw new Error("kappa needs two equally long, non-empty lists");
  let agree = 0, pa = 0, pb = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) agree++;
    if (a[i]) pa++;
    if (b[i]) pb++;
  }
  const po = agree / n;
  const pe = (pa / n) * (pb / n) + (1 - pa / n) * (1 - pb / n);
  if (pe === 1) return po === 1 ? 1 : 0;
  return (po - pe) / (1 - pe);
}

export function agreement(first: LabelSet[], second: LabelSet[]) {
  const byId = new Map(second.map((s) => [s.id, new Set(s.labels)]));
  const pairs = first.filter((f) => byId.has(f.id)).map((f) => ({ id: f.id, a: new Set(f.labels), b: byId.get(f.id)! }));
  const perLabel: LabelAgreement[] = LABEL_IDS.map((label) => {
    const a = pairs.map((p) => p.a.has(label));
    const b = pairs.map((p) => p.b.has(label));
    const both = a.filter((x, i) => x && b[i]).length;
    const observed = a.filter((x, i) => x === b[i]).length / Math.max(1, pairs.length);
    return { label, first: a.filter(Boolean).length, second: b.filter(Boolean).length, both, observed, kappa: pairs.length ? cohensKappa(a, b) : 0 };
  });
  const used = perLabel.filter((l) => l.first + l.second > 0);
  const meanKappa = used.reduce((s, l) => s + l.kappa, 0) / Math.max(1, used.length);
  const exact = pairs.filter((p) => p.a.size === p.b.size && [...p.a].every((l) => p.b.has(l))).length;
  const disagreements = pairs
    .filter((p) => !(p.a.size === p.b.size && [...p.a].every((l) => p.b.has(l))))
    .map((p) => ({ id: p.id, first: [...p.a], second: [...p.b] }));
  return { items: pairs.length, perLabel, meanKappa, exactMatch: exact / Math.max(1, pairs.length), disagreements };
}

const readJsonl = (f: string): LabelSet[] =>
  readFileSync(f, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelSet);

/** An adjudicated file's two original label sets ({"id","labelsAuthor","labelsSecond"} lines). */
export function splitAdjudicated(file: string): [LabelSet[], LabelSet[]] {
  const rows = readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as { id: string; labelsAuthor?: LabelId[]; labelsSecond?: LabelId[] });
  const bad = rows.find((r) => !Array.isArray(r.labelsAuthor) || !Array.isArray(r.labelsSecond));
  if (bad) throw new Error(`${file}: ${bad.id} has no ${bad.labelsAuthor ? "labelsSecond" : "labelsAuthor"} (labelled once, so no kappa)`);
  return [rows.map((r) => ({ id: r.id, labels: r.labelsAuthor! })), rows.map((r) => ({ id: r.id, labels: r.labelsSecond! }))];
}

if (process.argv[1] && /agreement\.(ts|js|mjs)$/.test(process.argv[1])) {
  const files = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && all[i - 1] !== "--disagreements");
  // one adjudicated file (final-<X>.jsonl): the author's labels against the second annotator's
  let sets: [LabelSet[], LabelSet[]] | null = null;
  try {
    sets = files.length === 1 ? splitAdjudicated(files[0]!) : files.length === 2 ? [readJsonl(files[0]!), readJsonl(files[1]!)] : null;
  } catch (e) {
    // e.g. a file labelled once (authors E and F): there is no second set to compare
    process.stderr.write(`agreement: ${(e as Error).message}\n`);
    process.exit(1);
  }
  if (!sets) {
    process.stderr.write("usage: agreement <first.jsonl> <second.jsonl> | <final-X.jsonl> [--disagreements out.jsonl]\n");
    process.exit(2);
  }
  const r = agreement(sets[0], sets[1]);
  console.log(`${r.items} items labelled by both; exact match ${r.exactMatch.toFixed(3)}; mean kappa ${r.meanKappa.toFixed(3)}`);
  console.log("label           first second both  agree  kappa");
  for (const l of r.perLabel) {
    console.log(`${l.label.padEnd(15)} ${String(l.first).padStart(5)} ${String(l.second).padStart(6)} ${String(l.both).padStart(4)}  ${l.observed.toFixed(3)}  ${l.kappa.toFixed(3)}`);
  }
  const i = process.argv.indexOf("--disagreements");
  const out = i > 0 ? process.argv[i + 1] : undefined;
  if (out) writeFileSync(out, r.disagreements.map((d) => JSON.stringify(d)).join("\n") + "\n");
}
