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

export function keepOthers(shipped: ModelJson, cand: ModelJson): ModelJson {
  if (JSON.stringify(shipped.labels) !== JSON.stringify(cand.labels)) throw new Error("the two models' labels differ");
  if (JSON.stringify(shipped.features) !== JSON.stringify(cand.features)) throw new Error("the two models' feature options differ");
  const R = shipped.labels.indexOf("rude");
  const merged = new Map<number, Map<number, number>>();
  for (const [k, row] of decode(shipped)) {
    const r = new Map([...row].filter(([l]) => l !== R));
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
  };
}

if (process.argv[1]?.endsWith("keep-others.ts")) {
  const [a, b, out] = process.argv.slice(2);
  if (!a || !b || !out) throw new Error("usage: keep-others.ts <shipped.json> <candidate.json> <out.json>");
  const read = (f: string) => JSON.parse(readFileSync(f, "utf8")) as ModelJson;
  writeFileSync(out, JSON.stringify(keepOthers(read(a), read(b))));
}
