/**
 * Critical behaviour on an attempt: what the engine flagged (in autoResult.critical) and how the
 * trainer ruled on it. A flag stands until a trainer clears it with a reason; a trainer may also
 * confirm a critical behaviour the engine missed (with a reason), which fails the attempt.
 */
export type CriticalDecisionValue = "CONFIRMED" | "CLEARED";

export interface AutoCritical {
  id: string;
  description: string;
  quotes: Array<{ turn: number; quote: string }>;
}

/** The engine's critical failures, whatever shape the stored autoResult has. */
export function autoCriticalOf(autoResult: unknown): AutoCritical[] {
  const raw = autoResult && typeof autoResult === "object" ? (autoResult as { critical?: unknown }).critical : null;
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((c): AutoCritical[] => {
    if (typeof c === "string") return [{ id: c, description: c, quotes: [] }];
    if (!c || typeof c !== "object") return [];
    const x = c as { id?: unknown; description?: unknown; evidence?: unknown };
    const quotes = (Array.isArray(x.evidence) ? x.evidence : [])
      .map((e) => e as { turn?: unknown; quote?: unknown })
      .filter((e) => typeof e?.quote === "string")
      .map((e) => ({ turn: typeof e.turn === "number" ? e.turn : -1, quote: String(e.quote) }));
    const description = typeof x.description === "string" ? x.description : typeof x.id === "string" ? x.id : "Critical behaviour";
    return [{ id: typeof x.id === "string" ? x.id : description, description, quotes }];
  });
}

/** Whether a critical behaviour fails the attempt, given the engine's flag and the trainer's ruling. */
export function criticalStands(flagged: boolean, decision: CriticalDecisionValue | null | undefined): boolean {
  if (decision === "CLEARED") return false;
  if (decision === "CONFIRMED") return true;
  return flagged;
}

export interface TurnComment {
  turn: number;
  comment: string;
}

export function readTurnComments(json: unknown): TurnComment[] {
  if (!Array.isArray(json)) return [];
  return json
    .map((c) => c as { turn?: unknown; comment?: unknown })
    .filter((c) => typeof c?.turn === "number" && typeof c.comment === "string" && c.comment.length > 0)
    .map((c) => ({ turn: c.turn as number, comment: c.comment as string }));
}
