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
const wellFormed = (s: string) => s.replace(LONE_SURROGATE, "\uFFFD");
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
  const turns = memo.state.turns.map((t) => ({ ...t, agentText: "", customerLine: "", reason: "" }));
  return json({ ...memo, state: { ...memo.state, turns } });
}
