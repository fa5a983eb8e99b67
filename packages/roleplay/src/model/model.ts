/**
 * The learned model at run time: one logistic regression per label over the hashed features of
 * features.ts, shipped as sparse JSON (weights.json, written by train.ts). Scoring adds each
 * feature occurrence's weights into one logit per label; a label is on when its probability reaches
 * the threshold chosen for it by cross-validation, or when an `assert` rule fired, and off when a
 * `veto` rule fired. A second stage (`stack`, train.ts fitStacker) first refits each label's logit from
 * all labels' logits; of two labels the definitions keep apart (`exclusive`) only the one further over its
 * threshold stands. `rude` is also on at a lower score (`rudeGate`) when no technique is on (train.ts,
 * chooseRudeGate). A pitfall the pairs or the gate took off for a technique said in another sentence comes back when
 * that sentence, decided on its own, shows it (analyser round 27, `rescueBySentence`).
 */
import { isPitfall, type LabelId } from "@defuse/content";
import type { RuleHit } from "../analyser/rules";
import { DEFAULT_FEATURES, type FeatureOptions } from "../analyser/features";

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
  /** the feature options the model was trained with (label extracts the same); absent: DEFAULT_FEATURES */
  features?: FeatureOptions;
  /** `rude` is also on at this probability when no technique (a label that is not a pitfall) is on; absent: never */
  rudeGate?: number;
  /**
   * the second stage (train.ts, fitStacker): per label, null (its own logit stands) or the bias and one
   * weight per label over every label's first-stage logit clipped to ±8 and divided by 4; absent: none
   */
  stack?: (number[] | null)[];
  /** label pairs the definitions keep apart: when the model puts both on, only the one further over its threshold stands */
  exclusive?: [string, string][];
  /**
   * analyser round 23: the bias of a second `rude` score, whose weights are the pairs with label index `labels.length`.
   * The second stage reads that score as its `rude` input, while `rude` itself is decided on its own row: a new `rude`
   * model (keep-others.ts --dual) then leaves every other label exactly as the shipped model had it. Absent: none.
   */
  stackRudeBias?: number;
  /**
   * with stackRudeBias: `rude` is decided on this share of its own score plus the rest of the second stage's `rude`
   * score (the two models' logits blended; analyser round 23: 0.6, chosen on the dev authors). Absent: its own score alone.
   */
  rudeBlend?: number;
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
  /** the feature options to extract with (the ones the model was trained with) */
  features: FeatureOptions;
  poolMin: number;
  bias: Float64Array;
  /** thresholds as logits */
  cut: Float64Array;
  thresholds: number[];
  /** `rude`'s second stage as a logit (Infinity: none), and which labels are techniques */
  rudeCut: number;
  rude: number;
  technique: Uint8Array;
  /** the second stage's rows (see ModelJson.stack), or null */
  stack: (Float64Array | null)[] | null;
  /** `exclusive` as label indices */
  exclusive: [number, number][];
  /** logit per unit of a stored weight */
  scale: number;
  /**
   * how many scores `logits` fills (and `perSent`'s stride): the labels, plus one when the second stage reads its own
   * `rude` score (ModelJson.stackRudeBias), which is then at index `labels.length`
   */
  width: number;
  /** the share of `rude`'s own score in its decision (the rest: the second stage's `rude` score); 1 without stackRudeBias */
  rudeBlend: number;
  /**
   * feature key -> its (label, weight) pairs, as an open-addressing table (keys are hashes
   * already) of two ints per slot, side by side so one probe touches one cache line: the key (or
   * -1), then the row's first pair times 32 plus its length
   */
  mask: number;
  table: Int32Array;
  /** each pair as weight (16-bit, in units of `scale`) times 32 plus label index */
  pairs: Int32Array;
}

/** The run-time table of a model: see `Model.table` and `Model.pairs`. */
export interface PackedModel {
  mask: number;
  table: Int32Array;
  pairs: Int32Array;
}

/** Builds the open-addressing table and the packed pairs from weights.json's sparse rows. */
export function packModel(j: ModelJson): PackedModel {
  const keys = view(j.keys, Uint32Array, 4), lens = bytes(j.lens), labs = bytes(j.labs);
  const F = keys.length;
  if (j.labels.length > (j.stackRudeBias === undefined ? 32 : 31)) throw new Error("weights.json: at most 32 labels (31 with stackRudeBias)");
  let size = 1024;
  while (size < F * 2) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size * 2).fill(-1);
  let at = 0;
  for (let i = 0; i < F; i++) {
    let h = keys[i]! & mask;
    while (table[h * 2] !== -1) h = (h + 1) & mask;
    table[h * 2] = keys[i]!;
    table[h * 2 + 1] = at * 32 + lens[i]!;
    at += lens[i]!;
  }
  const q = view(j.ws, Int16Array, 2);
  const pairs = new Int32Array(q.length);
  for (let i = 0; i < q.length; i++) pairs[i] = q[i]! * 32 + labs[i]!;
  return { mask, table, pairs };
}

/** A model's header fields (everything but the weight arrays). */
type Header = Pick<ModelJson, "version" | "labels" | "bias" | "thresholds" | "scale" | "poolMin" | "promoted" | "features" | "rudeGate" | "stack" | "exclusive" | "stackRudeBias" | "rudeBlend">;
const MAGIC = 0x44464d31; // "DFM1"

/**
 * The CLI's copy of the model (scripts/build-cli.mjs writes it beside the bundle): the header as
 * JSON, then the packed table and pairs as raw little-endian int32, so starting the CLI reads views
 * of one file instead of decoding base64 and building the table.
 */
export function toBinary(j: ModelJson): Uint8Array {
  const header: Header = { version: j.version, labels: j.labels, bias: j.bias, thresholds: j.thresholds, scale: j.scale, poolMin: j.poolMin, promoted: j.promoted, features: j.features, rudeGate: j.rudeGate, stack: j.stack, exclusive: j.exclusive, stackRudeBias: j.stackRudeBias, rudeBlend: j.rudeBlend };
  const p = packModel(j);
  const meta = new TextEncoder().encode(JSON.stringify({ ...header, mask: p.mask, tableLen: p.table.length, pairsLen: p.pairs.length }));
  const metaLen = Math.ceil(meta.length / 4) * 4;
  const out = new Uint8Array(8 + metaLen + (p.table.length + p.pairs.length) * 4);
  const dv = new DataView(out.buffer);
  dv.setUint32(0, MAGIC, true);
  dv.setUint32(4, meta.length, true);
  out.set(meta, 8);
  out.fill(32, 8 + meta.length, 8 + metaLen);
  new Int32Array(out.buffer, 8 + metaLen, p.table.length).set(p.table);
  new Int32Array(out.buffer, 8 + metaLen + p.table.length * 4, p.pairs.length).set(p.pairs);
  return out;
}

/** Reads `toBinary`'s output (a copy at offset 0 is made when the buffer is not aligned). */
export function fromBinary(buf: Uint8Array): Header & { packed: PackedModel } {
  const u = buf.byteOffset % 4 === 0 ? buf : new Uint8Array(buf);
  const dv = new DataView(u.buffer, u.byteOffset, u.byteLength);
  if (dv.getUint32(0, true) !== MAGIC) throw new Error("weights.bin: not a model file");
  const len = dv.getUint32(4, true);
  const meta = JSON.parse(new TextDecoder().decode(u.subarray(8, 8 + len))) as Header & { mask: number; tableLen: number; pairsLen: number };
  const at = u.byteOffset + 8 + Math.ceil(len / 4) * 4;
  const table = new Int32Array(u.buffer, at, meta.tableLen);
  const pairs = new Int32Array(u.buffer, at + meta.tableLen * 4, meta.pairsLen);
  return { ...meta, packed: { mask: meta.mask, table, pairs } };
}

/** weights.json (tables built here), or `fromBinary`'s reading (tables as they are). */
export function loadModel(j: ModelJson | (Header & { packed: PackedModel })): Model {
  const packed = (j as { packed?: PackedModel }).packed;
  const { mask, table, pairs } = packed ?? packModel(j as ModelJson);
  const logit = (t: number) => (t >= 1 ? Infinity : t <= 0 ? -Infinity : Math.log(t / (1 - t)));
  const dual = j.stackRudeBias !== undefined;
  const R = j.labels.indexOf("rude");
  // the second stage must not refit `rude` itself when it reads another `rude` score
  if (dual && (R < 0 || (j.stack && j.stack[R]))) throw new Error("weights.json: stackRudeBias needs `rude` and no second-stage row for it");
  return {
    labels: j.labels as LabelId[],
    promoted: new Set(j.promoted ?? []),
    features: { ...DEFAULT_FEATURES, ...j.features },
    poolMin: j.poolMin ?? 0,
    bias: Float64Array.from(dual ? [...j.bias, j.stackRudeBias!] : j.bias),
    thresholds: j.thresholds,
    cut: Float64Array.from(j.thresholds.map(logit)),
    rudeCut: j.rudeGate === undefined ? Infinity : logit(j.rudeGate),
    rude: j.labels.indexOf("rude"),
    technique: Uint8Array.from(j.labels.map((l) => (isPitfall(l) ? 0 : 1))),
    stack: j.stack ? j.stack.map((r) => (r ? Float64Array.from(r) : null)) : null,
    exclusive: (j.exclusive ?? []).map(([a, b]) => [j.labels.indexOf(a), j.labels.indexOf(b)] as [number, number]).filter(([a, b]) => a >= 0 && b >= 0),
    scale: j.scale,
    width: j.labels.length + (dual ? 1 : 0),
    rudeBlend: dual ? (j.rudeBlend ?? 1) : 1,
    mask,
    table,
    pairs,
  };
}

/** Per sentence and label, the logit of that sentence alone (filled by `logits` when there are several sentences; stride `Model.width`). */
export let perSent = new Float64Array(0);
/** The utterance's sums in weight units, per label. */
const units = new Int32Array(32);
/**
 * One logit per label into `z` (of length `m.width`): the whole utterance's, or a single sentence's when that is higher
 * (a long turn is as sorry as its sorriest sentence; the training lines are mostly short).
 */
export function logits(m: Model, keys: number[], sents: number[], sentLen: (s: number) => number, nSents: number, z: Float64Array): Float64Array {
  const L = m.width;
  const pool = nSents > 1;
  const u = units;
  u.fill(0);
  let ps = perSent;
  if (pool) {
    if (ps.length < nSents * L) ps = perSent = new Float64Array(nSents * L * 2);
    ps.fill(0, 0, nSents * L);
  }
  const { mask, table, pairs } = m;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    let h = (key & mask) << 1;
    let k: number;
    while ((k = table[h]!) !== key && k !== -1) h = (h + 2) & (mask << 1 | 1);
    if (k === -1) continue;
    const row = table[h + 1]!;
    const from = row >>> 5, to = from + (row & 31);
    if (pool) {
      const base = sents[i]! * L;
      for (let q = from; q < to; q++) {
        const p = pairs[q]!, l = p & 31, w = p >> 5;
        u[l] = u[l]! + w;
        ps[base + l] = ps[base + l]! + w;
      }
    } else
      for (let q = from; q < to; q++) {
        const p = pairs[q]!;
        u[p & 31] = u[p & 31]! + (p >> 5);
      }
  }
  const { bias, scale } = m;
  for (let l = 0; l < L; l++) z[l] = bias[l]! + u[l]! * scale;
  if (pool) {
    for (let s = 0; s < nSents; s++) {
      const pooled = m.poolMin > 0 && sentLen(s) >= m.poolMin;
      for (let l = 0; l < L; l++) {
        const v = bias[l]! + ps[s * L + l]! * scale;
        ps[s * L + l] = v;
        if (pooled && v > z[l]!) z[l] = v;
      }
    }
  }
  return secondStage(m, z);
}

/** The second stage and `rude`'s blend on one vector of first-stage logits (a turn's, or one sentence's), in place. */
function secondStage(m: Model, z: Float64Array): Float64Array {
  const L = m.width, n = m.labels.length;
  if (m.stack) {
    if (L > n) {
      // the second stage reads the other `rude` score (stackRudeBias); `rude` keeps its own (it has no row)
      const own = z[m.rude]!;
      z[m.rude] = z[n]!;
      applyStack(m.stack, z, z);
      z[m.rude] = own;
    } else applyStack(m.stack, z, z);
  }
  if (L > n && m.rudeBlend !== 1) z[m.rude] = m.rudeBlend * z[m.rude]! + (1 - m.rudeBlend) * z[n]!;
  return z;
}

/**
 * Sentence `s` judged as if it were a turn of its own: its first-stage logits (left in `perSent` by `logits`) through the
 * second stage, into `z`. Call after `logits` on the same turn.
 */
export function sentenceLogits(m: Model, s: number, z: Float64Array): Float64Array {
  const L = m.width;
  for (let l = 0; l < L; l++) z[l] = perSent[s * L + l]!;
  return secondStage(m, z);
}

const STACK_CLIP = 8;
/** The second stage's inputs into `x` from index 1 (index 0 is the bias's 1): each logit clipped to ±8, over 4. */
export function stackInputs(z: ArrayLike<number>, L: number, x: Float64Array): Float64Array {
  x[0] = 1;
  for (let k = 0; k < L; k++) x[k + 1] = Math.max(-STACK_CLIP, Math.min(STACK_CLIP, z[k]!)) / 4;
  return x;
}
const stackIn = new Float64Array(33);
/** The second stage: each label with a row gets its row · stackInputs(z); the others keep z. `out` may be `z`. */
export function applyStack(rows: readonly (Float64Array | null)[], z: Float64Array, out: Float64Array): Float64Array {
  const L = rows.length, x = stackInputs(z, L, stackIn);
  for (let l = 0; l < L; l++) {
    const w = rows[l];
    if (!w) {
      out[l] = z[l]!;
      continue;
    }
    let s = 0;
    for (let k = 0; k <= L; k++) s += w[k]! * x[k]!;
    out[l] = s;
  }
  return out;
}

/** Whether a rule that fired shows labels `a` and `b` together on purpose (`keepsWith`), so their exclusive pair does not apply. */
export function keptTogether(hits: RuleHit[], a: LabelId, b: LabelId): boolean {
  for (const h of hits) {
    const k = h.rule.keepsWith;
    if (k !== undefined && !h.negated && ((h.rule.label === a && k === b) || (h.rule.label === b && k === a))) return true;
  }
  return false;
}

/**
 * Pairs of `exclusive` in which only the second label yields (analyser round 24). Offering a real choice (`options`)
 * between concrete remedies also offers a concrete remedy (`solution`: "a concrete remedy or next action"), so when the
 * model reads the choice more strongly than a single remedy both stand; when it reads the single remedy more strongly,
 * its "or" is no real choice and `options` goes, as analyser round 10 set the pair up to do.
 */
export const ONE_WAY: readonly (readonly [LabelId, LabelId])[] = [["solution", "options"]];
/** Of two labels of an exclusive pair that are both on, the one to remove (null: both stand, see ONE_WAY). */
export function exclusiveLoser(a: LabelId, b: LabelId, marginA: number, marginB: number): LabelId | null {
  const loser = marginA >= marginB ? b : a;
  for (const [keep, yields] of ONE_WAY) if (loser === keep && (a === yields || b === yields)) return null;
  return loser;
}

/** The labels that stand: model at or over threshold (rude also at its second stage), plus assert rules and promoted cue rules, minus veto rules. */
export function decide(m: Model, z: Float64Array, hits: RuleHit[], out: Set<LabelId>, suppressed?: Set<LabelId>): Set<LabelId> {
  out.clear();
  suppressed?.clear();
  let technique = false;
  for (let l = 0; l < m.labels.length; l++)
    if (z[l]! >= m.cut[l]!) {
      out.add(m.labels[l]!);
      if (m.technique[l]) technique = true;
    }
  for (const [a, b] of m.exclusive)
    if (out.has(m.labels[a]!) && out.has(m.labels[b]!) && !keptTogether(hits, m.labels[a]!, m.labels[b]!)) {
      const loser = exclusiveLoser(m.labels[a]!, m.labels[b]!, z[a]! - m.cut[a]!, z[b]! - m.cut[b]!);
      if (loser) out.delete(loser);
      if (loser && isPitfall(loser)) suppressed?.add(loser);
    }
  if (m.rude >= 0 && z[m.rude]! >= m.rudeCut) {
    if (!technique) out.add("rude");
    else if (!out.has("rude")) suppressed?.add("rude");
  }
  for (const h of hits) if (!h.negated && (h.rule.effect === "assert" || m.promoted.has(h.rule.id))) out.add(h.rule.label);
  applyVetoes(hits, m.promoted, out);
  return out;
}

/**
 * Every veto that fired takes its label off, except a veto marked `yields` (analyser round 25), which says only that its
 * own words are no evidence for the label: it stands down when an assert or a promoted cue of that label fired too.
 */
export function applyVetoes(hits: RuleHit[], promoted: ReadonlySet<string>, out: Set<LabelId>): void {
  for (const h of hits) {
    if (h.negated || h.rule.effect !== "veto") continue;
    if (h.rule.yields && hits.some((c) => !c.negated && c.rule.label === h.rule.label && (c.rule.effect === "assert" || promoted.has(c.rule.id)))) continue;
    out.delete(h.rule.label);
  }
}

/**
 * Analyser round 27: the techniques that say how the agent feels about the customer's problem, not what is true or what
 * is done about it. They can be said around a pitfall without answering it: "I'm sorry, I know this is stressful. You
 * should have sent it back within the 60 days" still blames her.
 */
export const WRAPS: ReadonlySet<LabelId> = new Set<LabelId>(["empathy", "apology"]);
/**
 * Whether a technique on in the turn answers pitfall `l`: one of its exclusive partners that is not a wrap (WRAPS). A
 * refusal "with no explanation and no alternative" is no policy wall when the turn explains or offers one; a colleague's
 * error told while taking it on ("That's on us, and I'll fix it today") is no blame; a denial before a remedy ("No, I'm
 * not passing you anywhere. This is mine until the refund's in") is no argument.
 */
export function answeredInTurn(m: Model, l: LabelId, on: ReadonlySet<LabelId>): boolean {
  for (const [a, b] of m.exclusive) {
    const other = m.labels[a] === l ? m.labels[b]! : m.labels[b] === l ? m.labels[a]! : null;
    if (other !== null && (!WRAPS.has(other) || repairs(other, l)) && on.has(other)) return true;
  }
  return false;
}
/**
 * A wrap that repairs a pitfall rather than wrapping it: an apology beside a denial is the agent taking back her own
 * words ("Sorry, that came out wrong, I didn't mean it was your fault"), so `argue` keeps its pairs over the whole turn.
 */
const REPAIRS: readonly (readonly [LabelId, LabelId])[] = [["apology", "argue"]];
function repairs(technique: LabelId, pitfall: LabelId): boolean {
  return REPAIRS.some(([t, p]) => t === technique && p === pitfall);
}

/**
 * Whether a sentence or clause decided on its own (logits `z`, decision `on`) shows pitfall `l` for `rescueBySentence`.
 * `rude` must clear its own threshold there: its lower cut is for a turn with no technique in it, and a turn with one
 * is evidence of a kind agent ("We'll go slowly, and you can stop me whenever you like" after condolences is no sneer).
 */
export function showsAlone(m: Model, l: LabelId, z: Float64Array, on: ReadonlySet<LabelId>): boolean {
  return l === "rude" ? z[m.rude]! >= m.cut[m.rude]! : on.has(l);
}

/**
 * Whether an un-negated cue of label `l` fired among `hits` (one sentence's): a pitfall brought back against the turn's
 * reading must have words of its own to quote. Without this, "The app does work offline once each album is set to
 * download." read alone came back as blame beside "…and I'm sorry we didn't".
 */
export function citesCue(hits: readonly RuleHit[], l: LabelId): boolean {
  return hits.some((h) => h.rule.label === l && !h.negated && (h.rule.effect ?? "cue") !== "veto" && h.rule.effect !== "feature");
}

const ZS = new Float64Array(33);
const ONS = new Set<LabelId>();
const SENT_HITS: RuleHit[] = [];
/**
 * Analyser round 27: a pitfall the turn's model put over its threshold (`rude`: over its lower cut) but that `decide` took
 * off for a technique elsewhere in the turn (`suppressed`: an exclusive pair it lost, or `rude`'s lower cut closed by a
 * technique) stands when one sentence of the turn, decided on its own, shows it: its own logits through the second
 * stage, its own rule hits, the pairs and the lower cut among its own labels; only a sentence as long as the model judges
 * alone (`poolMin`). The pairs are there for the same words
 * read two ways; a turn that apologises in one sentence and blames in the next has done both ("I'm so sorry about the
 * wait. Honestly, the warehouse lot are hopeless at scanning things in"). A pitfall whose definition a technique in the
 * turn answers (answeredInTurn) stays off, and the turn's vetoes apply afterwards. The sentence goes into `where` (its
 * evidence). Call after `logits` and `decide` on the same turn.
 */
export function rescueBySentence(m: Model, hits: RuleHit[], sentLen: (s: number) => number, nSents: number, suppressed: ReadonlySet<LabelId>, on: Set<LabelId>, where: Map<LabelId, number>): Set<LabelId> {
  where.clear();
  if (nSents < 2 || suppressed.size === 0) return on;
  for (let s = 0; s < nSents; s++) {
    if (sentLen(s) < m.poolMin) continue;
    SENT_HITS.length = 0;
    for (const h of hits) if (h.sent === s) SENT_HITS.push(h);
    decide(m, sentenceLogits(m, s, ZS), SENT_HITS, ONS);
    for (const l of suppressed)
      if (showsAlone(m, l, ZS, ONS) && citesCue(SENT_HITS, l) && !on.has(l) && !answeredInTurn(m, l, on)) {
        on.add(l);
        where.set(l, s);
      }
  }
  if (where.size === 0) return on;
  applyVetoes(hits, m.promoted, on);
  for (const l of [...where.keys()]) if (!on.has(l)) where.delete(l);
  return on;
}
