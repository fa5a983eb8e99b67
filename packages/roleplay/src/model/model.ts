/**
 * The learned model at run time: one logistic regression per label over the hashed features of
 * features.ts, shipped as sparse JSON (weights.json, written by train.ts). Scoring adds each
 * feature occurrence's weights into one logit per label; a label is on when its probability reaches
 * the threshold chosen for it by cross-validation, or when an `assert` rule fired, and off when a
 * `veto` rule fired.
 */
import type { LabelId } from "@defuse/content";
import type { RuleHit } from "../analyser/rules";

/**
 * weights.json. The arrays are base64 of little-endian typed arrays (decoding them is a copy, where
 * parsing a quarter of a million JSON numbers took most of the CLI's start-up).
 */
export interface ModelJson {
  version: number;
  labels: string[];
  bias: number[];
  thresholds: number[];
  /** Uint32: feature keys (30-bit hashes), ascending */
  keys: string;
  /** Uint8: how many (label, weight) pairs each key has */
  lens: string;
  /** Uint8: label index of each pair */
  labs: string;
  /** Int16: weight of each pair, in units of `scale` */
  ws: string;
  scale: number;
  /** a sentence is judged on its own only when it has at least this many tokens (0: never) */
  poolMin: number;
  /** ids of `cue` rules precise enough on every training author to assert their label (train.ts) */
  promoted?: string[];
  [meta: string]: unknown;
}

function bytes(b64: string): Uint8Array {
  // Node's Buffer decodes base64 natively; atob (the fallback elsewhere) cost a tenth of the CLI's start-up
  const B = (globalThis as { Buffer?: { from(s: string, enc: string): Uint8Array } }).Buffer;
  if (B) {
    const u = B.from(b64, "base64");
    // a copy at offset 0, so typed views of any element size line up
    return new Uint8Array(u);
  }
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
const view = <T>(b64: string, Ctor: new (buf: ArrayBuffer, off: number, len: number) => T, size: number): T => {
  const u = bytes(b64);
  return new Ctor(u.buffer as ArrayBuffer, u.byteOffset, u.byteLength / size);
};

/** The inverse of `bytes`, for the trainer. */
export function toBase64(a: ArrayBufferView): string {
  const u = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let s = "";
  for (let i = 0; i < u.length; i += 0x8000) s += String.fromCharCode(...u.subarray(i, i + 0x8000));
  return btoa(s);
}

export interface Model {
  labels: LabelId[];
  promoted: Set<string>;
  poolMin: number;
  bias: Float64Array;
  /** thresholds as logits */
  cut: Float64Array;
  thresholds: number[];
  /** feature key -> row, as an open-addressing table (keys are hashes already): `slotKey` holds
   * the key or -1, `slotRow` its row; rows index `from`/`to` ranges into labs/ws */
  mask: number;
  slotKey: Int32Array;
  slotRow: Int32Array;
  from: Int32Array;
  to: Int32Array;
  labs: Int32Array;
  ws: Float64Array;
}

export function loadModel(j: ModelJson): Model {
  const keys = view(j.keys, Uint32Array, 4), lens = bytes(j.lens);
  const F = keys.length;
  let size = 1024;
  while (size < F * 2) size *= 2;
  const mask = size - 1;
  const slotKey = new Int32Array(size).fill(-1), slotRow = new Int32Array(size);
  const from = new Int32Array(F), to = new Int32Array(F);
  let at = 0;
  for (let i = 0; i < F; i++) {
    let h = keys[i]! & mask;
    while (slotKey[h] !== -1) h = (h + 1) & mask;
    slotKey[h] = keys[i]!;
    slotRow[h] = i;
    from[i] = at;
    at += lens[i]!;
    to[i] = at;
  }
  const q = view(j.ws, Int16Array, 2);
  const ws = new Float64Array(q.length);
  for (let i = 0; i < q.length; i++) ws[i] = q[i]! * j.scale;
  const logit = (t: number) => (t >= 1 ? Infinity : t <= 0 ? -Infinity : Math.log(t / (1 - t)));
  return {
    labels: j.labels as LabelId[],
    promoted: new Set(j.promoted ?? []),
    poolMin: j.poolMin ?? 0,
    bias: Float64Array.from(j.bias),
    thresholds: j.thresholds,
    cut: Float64Array.from(j.thresholds.map(logit)),
    mask,
    slotKey,
    slotRow,
    from,
    to,
    labs: Int32Array.from(bytes(j.labs)),
    ws,
  };
}

/** Per sentence and label, the logit of that sentence alone (filled by `logits` when there are several sentences). */
export let perSent = new Float64Array(0);
/**
 * One logit per label into `z`: the whole utterance's, or a single sentence's when that is higher
 * (a long turn is as sorry as its sorriest sentence; the training lines are mostly short).
 */
export function logits(m: Model, keys: number[], sents: number[], sentLen: (s: number) => number, nSents: number, z: Float64Array): Float64Array {
  const L = m.labels.length;
  z.set(m.bias);
  const pool = nSents > 1;
  if (pool) {
    if (perSent.length < nSents * L) perSent = new Float64Array(nSents * L * 2);
    for (let s = 0; s < nSents; s++) perSent.set(m.bias, s * L);
  }
  const { mask, slotKey, slotRow, from, to, labs, ws } = m;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let h = key & mask;
    let k: number;
    while ((k = slotKey[h]!) !== key && k !== -1) h = (h + 1) & mask;
    if (k === -1) continue;
    const r = slotRow[h]!;
    const base = pool ? sents[i]! * L : 0;
    for (let q = from[r]!; q < to[r]!; q++) {
      const l = labs[q]!, w = ws[q]!;
      z[l] = z[l]! + w;
      if (pool) perSent[base + l] = perSent[base + l]! + w;
    }
  }
  if (pool && m.poolMin > 0) for (let s = 0; s < nSents; s++) if (sentLen(s) >= m.poolMin) for (let l = 0; l < L; l++) if (perSent[s * L + l]! > z[l]!) z[l] = perSent[s * L + l]!;
  return z;
}

/** The labels that stand: model at or over threshold, plus assert rules and promoted cue rules, minus veto rules. */
export function decide(m: Model, z: Float64Array, hits: RuleHit[], out: Set<LabelId>): Set<LabelId> {
  out.clear();
  for (let l = 0; l < m.labels.length; l++) if (z[l]! >= m.cut[l]!) out.add(m.labels[l]!);
  for (const h of hits) if (!h.negated && (h.rule.effect === "assert" || m.promoted.has(h.rule.id))) out.add(h.rule.label);
  for (const h of hits) if (!h.negated && h.rule.effect === "veto") out.delete(h.rule.label);
  return out;
}
