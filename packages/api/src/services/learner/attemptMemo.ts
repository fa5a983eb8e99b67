import type * as engine from "./engine";

/**
 * The memo format: what the attempt row's `answers` column holds for a role-play, the engine's
 * resumable state, and how it is written. The turn writer, the attempt view and the lifecycle
 * (start, finish) all read it; only storedMemo writes it.
 */
export interface RoleplayMemo {
  state: engine.EngineState;
  hintPending?: boolean;
  lastHint?: { technique: string; name: string; prompt: string } | null;
}

/**
 * A JSON-safe copy for a Json column. PostgreSQL rejects lone UTF-16 surrogates (half an emoji,
 * e.g. from text cut at a length limit), in keys as well as values, so they become U+FFFD.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// String.prototype.toWellFormed (Node 20) does the same natively, several times faster on the memo's many short strings.
const toWellFormed = (String.prototype as { toWellFormed?: (this: string) => string }).toWellFormed;
const wellFormed = toWellFormed ? (s: string) => toWellFormed.call(s) : (s: string) => s.replace(LONE_SURROGATE, "\uFFFD");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function json(v: unknown): any {
  const clean = (x: unknown): unknown => {
    if (typeof x === "string") return wellFormed(x);
    if (Array.isArray(x)) return x.map(clean);
    if (x && typeof x === "object") {
      if (x instanceof Date) return x.toISOString();
      return Object.fromEntries(
        Object.entries(x)
          .filter(([, val]) => val !== undefined)
          .map(([k, val]) => [wellFormed(k), clean(val)]),
      );
    }
    return x ?? null;
  };
  return clean(v);
}

/**
 * The memo as stored. The engine reads only how many turns there were and which labels they
 * used; each turn's full record (what was said, the customer's answer, the reason) is already in
 * its AttemptTurn row, so the memo drops those texts and stays a few hundred bytes a turn instead
 * of growing by every line of the call (it is read and rewritten on every turn).
 */
export function storedMemo(memo: RoleplayMemo) {
  return json(withoutTurnTexts(memo));
}

function withoutTurnTexts(memo: RoleplayMemo): RoleplayMemo {
  // A turn read back from a memo has no texts already: kept as it is (see parseStoredMemo).
  const turns = memo.state.turns.map((t) => (t.agentText === "" && t.customerLine === "" && t.reason === "" ? t : { ...t, agentText: "", customerLine: "", reason: "" }));
  return { ...memo, state: { ...memo.state, turns } };
}

/**
 * The turns of memos parsed from text storedMemoJson wrote: their keys are in jsonb's order and their
 * strings well-formed already, so inJsonbOrder takes them as they are instead of copying them again.
 * A call's earlier turns are most of its memo, and the engine never changes a turn once recorded
 * (it returns a new state with the new turn appended), so only the new turn and the rest of the
 * state are copied on each turn. Only objects from parseStoredMemo are marked.
 */
const ORDERED = new WeakSet<object>();

/** A memo text storedMemoJson wrote (this process's memory of an attempt), parsed, its turns marked as in order. */
export function parseStoredMemo(text: string): RoleplayMemo {
  const memo = JSON.parse(text) as RoleplayMemo;
  for (const t of memo.state.turns) ORDERED.add(t);
  return memo;
}

/**
 * storedMemo as the JSON text a turn writes, with every object's keys in the order PostgreSQL's
 * jsonb keeps them (inJsonbOrder): parsing this text gives exactly the value a read of the row
 * gives, so a worker can remember the text instead of reading the row back (services/learner/turns.ts).
 */
export function storedMemoJson(memo: RoleplayMemo): string {
  return JSON.stringify(inJsonbOrder(withoutTurnTexts(memo)));
}

/** Sorted key lists by the object's own key list: the memo's objects come in a few dozen shapes. */
const jsonbKeyOrders = new Map<string, string[]>();
const MAX_KEY_ORDERS = 2_000;

function jsonbKeyOrder(keys: string[]): string[] {
  if (keys.length < 2) return keys;
  const signature = keys.join("\u0000");
  const known = jsonbKeyOrders.get(signature);
  if (known) return known;
  let sorted: string[];
  if (keys.every((k) => Buffer.byteLength(k) === k.length)) {
    sorted = [...keys].sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0));
  } else {
    const bytes = keys.map((k) => ({ k, b: Buffer.from(k) }));
    bytes.sort((x, y) => x.b.length - y.b.length || Buffer.compare(x.b, y.b));
    sorted = bytes.map((x) => x.k);
  }
  if (jsonbKeyOrders.size >= MAX_KEY_ORDERS) jsonbKeyOrders.clear();
  jsonbKeyOrders.set(signature, sorted);
  return sorted;
}

/**
 * json()'s copy with every object's keys in jsonb's order (shorter keys first, then by their UTF-8
 * bytes), which is how a jsonb column gives them back. One pass over the value: strings made
 * well-formed, undefined properties dropped (null in arrays), dates as ISO text.
 */
export function inJsonbOrder(v: unknown): unknown {
  if (typeof v === "string") return wellFormed(v);
  if (v === undefined || v === null) return null;
  if (typeof v !== "object") return v;
  if (Array.isArray(v)) {
    const out = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) out[i] = inJsonbOrder(v[i]);
    return out;
  }
  if (v instanceof Date) return v.toISOString();
  if (ORDERED.has(v)) return v;
  const o = v as Record<string, unknown>;
  const own: string[] = [];
  let renamed: Map<string, string> | null = null;
  for (const k of Object.keys(o)) {
    if (o[k] === undefined) continue;
    const clean = wellFormed(k);
    if (clean !== k) (renamed ??= new Map()).set(clean, k);
    own.push(clean);
  }
  const out: Record<string, unknown> = {};
  for (const k of jsonbKeyOrder(own)) out[k] = inJsonbOrder(o[renamed?.get(k) ?? k]);
  return out;
}
