/**
 * `pnpm exec tsx src/model/keep-others.ts <shipped.json> <candidate.json> <out.json>` (analyser round 21): a model whose
 * `rude` (its weights, bias, threshold, second-stage gate, fit options and promoted `rude-` rules) comes from the candidate
 * and every other label from the shipped model, unchanged. Round 21's retrains, with or without a new `rude`, each lost one
 * held-out call's verdict through the other labels (a retrain on today's rule table moves their thresholds and weights a
 * little); `rude` alone is what the round changed, so it is what ships. Both files must share the feature options.
 * Deterministic: merging a model with itself gives the same weights.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { toBase64, type ModelJson } from "./model";

function decode(j: ModelJson): Map<number, Map<number, number>> {
  const b = (s: string) => new Uint8Array(Buffer.from(s, "base64"));
  const keys = new Uint32Array(b(j.keys).buffer), lens = b(j.lens), labs = b(j.labs), ws = new Int16Array(b(j.ws).buffer);
  const out = new Map<number, Map<number, number>>();
  let p = 0;
  for (let i = 0; i < keys.length; i++) {
    const row = new Map<number, number>();
    for (let k = 0; k < lens[i]!; k++, p++) row.set(labs[p]!, ws[p]! * j.scale);
    out.set(keys[i]!, row);
  }
  return out;
}

/**
 * `dual` (analyser round 23): the shipped `rude` weights and bias stay in the model as the score the second stage reads
 * (ModelJson.stackRudeBias, label index `labels.length`), so every other label's score is the shipped one bit for bit;
 * without it the second stage reads the candidate's `rude`, and round 21's candidate lost an apology that way.
 */
export function keepOthers(shipped: ModelJson, cand: ModelJson, dual = false): ModelJson {
  if (JSON.stringify(shipped.labels) !== JSON.stringify(cand.labels)) throw new Error("the two models' labels differ");
  // with `dual`, the candidate may read more features than the shipped model (analyser round 23: the turn's shape): the
  // shipped labels have no weights on them, so extracting them leaves their scores as they were
  const sf = (shipped.features ?? {}) as unknown as Record<string, unknown>, cf = (cand.features ?? {}) as unknown as Record<string, unknown>;
  const same = JSON.stringify(sf) === JSON.stringify(cf);
  const adds = Object.keys({ ...sf, ...cf }).every((k) => cf[k] === sf[k] || (cf[k] === true && !sf[k]));
  if (!same && !(dual && adds)) throw new Error("the two models' feature options differ");
  if (shipped.stackRudeBias !== undefined) throw new Error("the shipped model already has two `rude` scores");
  const R = shipped.labels.indexOf("rude"), X = shipped.labels.length;
  const merged = new Map<number, Map<number, number>>();
  for (const [k, row] of decode(shipped)) {
    const r = new Map([...row].filter(([l]) => l !== R));
    if (dual && row.has(R)) r.set(X, row.get(R)!);
    if (r.size) merged.set(k, r);
  }
  for (const [k, row] of decode(cand)) {
    const w = row.get(R);
    if (w === undefined) continue;
    if (!merged.has(k)) merged.set(k, new Map());
    merged.get(k)!.set(R, w);
  }
  let maxW = 0;
  for (const row of merged.values()) for (const w of row.values()) maxW = Math.max(maxW, Math.abs(w));
  // the shipped scale unless a candidate weight needs more room, so the other labels' weights come out bit for bit
  const scale = Math.max(maxW / 32767, shipped.scale);
  const keys: number[] = [], lens: number[] = [], labs: number[] = [], ws: number[] = [];
  for (const k of [...merged.keys()].sort((a, b) => a - b)) {
    let c = 0;
    for (const l of [...merged.get(k)!.keys()].sort((a, b) => a - b)) {
      const q = Math.round(merged.get(k)!.get(l)! / scale);
      if (q === 0) continue;
      labs.push(l);
      ws.push(q);
      c++;
    }
    if (c) {
      keys.push(k);
      lens.push(c);
    }
  }
  const at = <T>(a: T[], i: number, v: T) => a.map((x, j) => (j === i ? v : x));
  const rude = (ids: readonly string[] | undefined) => (ids ?? []).filter((id) => id.startsWith("rude-"));
  return {
    ...shipped,
    trainedOn: { ...(shipped.trainedOn as object), rudeFrom: cand.trainedOn },
    rudeFit: cand.fit,
    bias: at(shipped.bias, R, cand.bias[R]!),
    thresholds: at(shipped.thresholds, R, cand.thresholds[R]!),
    rudeGate: cand.rudeGate,
    promoted: [...new Set([...(shipped.promoted ?? []).filter((id) => !id.startsWith("rude-")), ...rude(cand.promoted)])].sort(),
    scale,
    keys: toBase64(Uint32Array.from(keys)),
    lens: toBase64(Uint8Array.from(lens)),
    labs: toBase64(Uint8Array.from(labs)),
    ws: toBase64(Int16Array.from(ws)),
    ...(dual ? { stackRudeBias: shipped.bias[R]!, features: cand.features } : {}),
  };
}

if (process.argv[1]?.endsWith("keep-others.ts")) {
  const args = process.argv.slice(2);
  // --dual: keep the shipped `rude` as the second stage's input; --set rudeGate=0.77,rudeThreshold=0.99,rudeBlend=0.6: the
  // merged model's `rude` gate, threshold and blend of the two `rude` scores (chosen on the dev authors) instead of the candidate's
  const dual = args.includes("--dual");
  const set = args.includes("--set") ? Object.fromEntries(args[args.indexOf("--set") + 1]!.split(",").map((kv) => kv.split("=") as [string, string])) : {};
  const [a, b, out] = args.filter((x, i) => !x.startsWith("--") && args[i - 1] !== "--set");
  if (!a || !b || !out) throw new Error("usage: keep-others.ts [--dual] [--set rudeGate=G,rudeThreshold=T,rudeBlend=B] <shipped.json> <candidate.json> <out.json>");
  const read = (f: string) => JSON.parse(readFileSync(f, "utf8")) as ModelJson;
  const m = keepOthers(read(a), read(b), dual);
  if (set.rudeGate !== undefined) m.rudeGate = Number(set.rudeGate);
  if (set.rudeBlend !== undefined) {
    if (!dual) throw new Error("--set rudeBlend needs --dual");
    m.rudeBlend = Number(set.rudeBlend);
  }
  if (set.rudeThreshold !== undefined) m.thresholds = m.thresholds.map((t, i) => (m.labels[i] === "rude" ? Number(set.rudeThreshold) : t));
  writeFileSync(out, JSON.stringify(m));
}
