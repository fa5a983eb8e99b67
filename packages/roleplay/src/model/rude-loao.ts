/**
 * `OOF_CACHE=<dir> pnpm exec tsx src/model/rude-loao.ts [variant ...] [--set k=v,...] [--without RH,RI]` (analyser round 19): `rude` alone, on
 * the authors a model never saw, for the ways train.ts can fit it (`natural`: the shipped way, every label on the
 * natural-rate authors; `all`: `rude` also on the rude-rich authors, --rude-from-all; `contempt`: `rude` also reads the
 * contempt markers, --rude-features contempt; `all+contempt`: both). Per variant it prints `rude` P / R for
 * - each natural-rate training author left out (its `rude` score from the fold model that never saw it; `rude`'s
 *   threshold, gate and promoted cues chosen on the other authors' out-of-fold scores), and pooled;
 * - each rude-rich training author (never in the other labels' fits; under `all` its `rude` fold model never saw it);
 * - the dev authors M, S, AA (never trained on; read freely), by the model train.ts would write;
 * - the `rude` score's ranking alone (recall at precision 0.90 and 0.95, no rules, no gate) on each of the three.
 * `--without RH,RI` leaves those rude-rich authors out everywhere (to measure what they add).
 * Cheaper than experiment.ts --fast: the other labels' second stage is fitted once on every natural-rate line's
 * out-of-fold scores (it only decides which turns carry a technique, for the gate), not once per left-out author.
 * Never reads a held-out author.
 */
import { LABEL_IDS } from "@defuse/content";
import { authorItems, readJsonl, DATA_DIR, RUDE_RICH_AUTHORS, TRAINING_AUTHORS, oldItems } from "./data";
import { applyStacker, cachedOutOfFold, chooseRudeGate, chooseThresholds, decideDoc, FIT, fit, fitStacker, logitsOfExport as logitsOf, ownAnalyser, prepare, promotedRules, RUDE_ONLY, rudeDocs, rudeFeatures, rudeFromAll, stackedOof, type Doc, type FitOptions } from "./train";
import { join } from "node:path";

const RUDE = LABEL_IDS.indexOf("rude");
const f2 = (x: number) => x.toFixed(2);
const args = process.argv.slice(2);
const o: FitOptions = { ...FIT };
if (args.includes("--set"))
  for (const kv of args[args.indexOf("--set") + 1]!.split(",")) {
    const [k, v] = kv.split("=") as [keyof FitOptions, string];
    (o as unknown as Record<string, unknown>)[k] = typeof FIT[k] === "boolean" ? v === "true" : Number(v);
  }
const variants = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--set" && args[i - 1] !== "--without");
const NATURAL = TRAINING_AUTHORS.filter((a) => !RUDE_RICH_AUTHORS.includes(a));
// --without RH,RI: those rude-rich authors left out altogether (to measure what they add)
const without = args.includes("--without") ? args[args.indexOf("--without") + 1]!.split(",") : [];
const RICH = TRAINING_AUTHORS.filter((a) => RUDE_RICH_AUTHORS.includes(a) && !without.includes(a));
const docs = prepare([...oldItems(), ...NATURAL.flatMap((a) => authorItems(a))], ownAnalyser);
const rich = prepare(RICH.flatMap((a) => authorItems(a)), ownAnalyser);
const dev = prepare(["M", "S", "AA"].flatMap((a) => readJsonl(join(DATA_DIR, "v2", `final-${a}.jsonl`), a)), ownAnalyser);
const oof0 = cachedOutOfFold(docs, o);
// every label but `rude` on every natural-rate line: the technique scores of the unseen authors' lines
const full = fit(docs, o);

type Count = { tp: number; fp: number; fn: number };
const pr = (c: Count) => `${f2(c.tp / Math.max(1, c.tp + c.fp))}/${f2(c.tp / Math.max(1, c.tp + c.fn))}`;
function count(into: Map<string, Count>, g: string, on: boolean, gold: number): void {
  const c = into.get(g) ?? { tp: 0, fp: 0, fn: 0 };
  into.set(g, c);
  if (on && gold) c.tp++;
  else if (on) c.fp++;
  else if (gold) c.fn++;
}
/** The `rude` score's ranking alone (no rules, no gate): recall at the lowest cut reaching precision 0.9 and 0.95, pooled. */
function ranking(scores: number[], gold: number[]): string {
  const order = scores.map((s, i) => [s, gold[i]!] as const).sort((a, b) => b[0] - a[0]);
  const pos = gold.reduce((a, b) => a + b, 0);
  const at = (p: number) => {
    let tp = 0, best = 0;
    order.forEach(([, y], k) => {
      tp += y;
      if (tp / (k + 1) >= p) best = tp;
    });
    return f2(best / Math.max(1, pos));
  };
  return `R@P.90 ${at(0.9)}, R@P.95 ${at(0.95)}`;
}
const pooled = (m: Map<string, Count>, keys: string[]) => keys.reduce((t, k) => ({ tp: t.tp + (m.get(k)?.tp ?? 0), fp: t.fp + (m.get(k)?.fp ?? 0), fn: t.fn + (m.get(k)?.fn ?? 0) }), { tp: 0, fp: 0, fn: 0 });

for (const v of variants.length ? variants : ["natural"]) {
  const t0 = Date.now();
  const fromAll = v.startsWith("all");
  const feat = v.endsWith("contempt") ? rudeFeatures("contempt") : undefined;
  const split = fromAll || feat !== undefined;
  const { oof, extra } = split ? rudeFromAll(docs, fromAll ? rich : [], oof0, o, feat) : { oof: oof0, extra: [] as Float64Array[] };
  const st = fitStacker(docs, oof, o);
  const sOof = stackedOof(docs, oof, o);
  const th = chooseThresholds(docs, sOof, o);
  const promoted = promotedRules(docs, o);
  const gate = chooseRudeGate(docs, sOof, th, promoted, o);
  // `rude` for the unseen authors: the model on every natural-rate line (and, under `all`, every rude-rich one)
  const rudeFit = split ? fit(rudeDocs(fromAll ? [...docs, ...rich] : docs, feat), o, RUDE_ONLY) : full;
  const rudeOf = (d: Doc) => logitsOf(rudeFit, split ? rudeDocs([d], feat)[0]! : d)[RUDE]!;
  // natural-rate authors, each left out
  const nat = new Map<string, Count>();
  const ths: string[] = [];
  for (const a of NATURAL) {
    const keep = docs.map((d) => d.item.group !== a);
    const tr = docs.filter((_, i) => keep[i]), trOof = sOof.filter((_, i) => keep[i]);
    const tha = [...th];
    tha[RUDE] = chooseThresholds(tr, trOof, o)[RUDE]!;
    const pa = promotedRules(tr, o);
    const ga = chooseRudeGate(tr, trOof, tha, pa, o);
    ths.push(`${tha[RUDE]}/${ga > 1 ? "-" : ga.toFixed(2)}`);
    docs.forEach((d, i) => {
      if (keep[i]) return;
      count(nat, a, decideDoc(sOof[i]!, tha, d.hits, pa, ga, o.exclusive).includes("rude"), d.y[RUDE]!);
    });
  }
  const unseen = (list: Doc[], own: ((i: number) => number) | null) => {
    const m = new Map<string, Count>();
    list.forEach((d, i) => {
      const z = logitsOf(full, d);
      z[RUDE] = own ? own(i) : rudeOf(d);
      count(m, d.item.group, decideDoc(applyStacker(st, z), th, d.hits, promoted, gate, o.exclusive).includes("rude"), d.y[RUDE]!);
    });
    return m;
  };
  const r = unseen(rich, fromAll ? (i) => extra[i]![RUDE]! : null);
  const rank = `natural-rate out of fold ${ranking(oof.map((z) => z[RUDE]!), docs.map((d) => d.y[RUDE]!))}; rude-rich ${ranking(rich.map((d, i) => (fromAll ? extra[i]![RUDE]! : rudeOf(d))), rich.map((d) => d.y[RUDE]!))}; dev ${ranking(dev.map(rudeOf), dev.map((d) => d.y[RUDE]!))}`;
  const dv = unseen(dev, null);
  const devKeys = ["M", "S", "AA"];
  console.log(`== ${v} ${JSON.stringify(Object.fromEntries(args.includes("--set") ? [["set", args[args.indexOf("--set") + 1]]] : []))} (rude threshold ${th[RUDE]}, gate ${gate > 1 ? "off" : gate.toFixed(2)}; ${(Date.now() - t0) / 1000} s)`);
  console.log(`  natural-rate, left out (P/R): ${NATURAL.map((a) => `${a} ${pr(nat.get(a)!)}`).join(", ")}`);
  console.log(`  natural-rate pooled ${pr(pooled(nat, NATURAL))}; thresholds/gates ${[...new Set(ths)].join(" ")}`);
  console.log(`  rude-rich: ${RICH.map((a) => `${a} ${pr(r.get(a)!)}`).join(", ")}; pooled ${pr(pooled(r, RICH))}`);
  console.log(`  score alone: ${rank}`);
  console.log(`  dev: ${devKeys.map((a) => `${a} ${pr(dv.get(a)!)}`).join(", ")}; pooled ${pr(pooled(dv, devKeys))}`);
}
