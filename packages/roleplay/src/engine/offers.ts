import type { Scenario } from "@defuse/content";
import { readCommitments, type CommitmentReading } from "../commitments";

/**
 * The engine's and scorer's one door to the commitment reader: what an agent's turn offers, which
 * forbidden rules it breaks, and what it honestly refuses, against the scenario's structured policy.
 * Everything else in the engine reads commitments through `readTurn`, so the reader can change
 * without touching the customer model or the scorer.
 */
export interface TurnOffer {
  remedyId: string;
  amount?: number;
  date?: string;
  /** The learner's words that make the offer. */
  quote: string;
}
export interface TurnBreach {
  ruleId: string;
  quote: string;
  reason: string;
}
export interface TurnRefusal {
  remedyId?: string;
  quote: string;
}
export interface TurnCommitments {
  offers: TurnOffer[];
  breaches: TurnBreach[];
  refusals: TurnRefusal[];
  /** Allowed remedies the turn explains honestly (how long a refund takes, what a repair involves). */
  explains: { remedyId: string; quote: string }[];
}

/**
 * Readings already made, per scenario object and text. Turns are read again when a stored attempt is
 * replayed or rescored (the scorer, `replay`, the same call at other seeds); a reading depends only on
 * the scenario and the words, so the second read is a lookup. Bounded per scenario.
 */
const READ_CACHE = new WeakMap<Scenario, Map<string, TurnCommitments>>();
const READ_CACHE_MAX = 2_000;

/** Reads one agent turn with the commitment reader (src/commitments). Never throws. The result is shared: do not mutate it. */
export function readTurn(scenario: Scenario, text: string): TurnCommitments {
  let m = READ_CACHE.get(scenario);
  if (!m) READ_CACHE.set(scenario, (m = new Map()));
  const hit = m.get(text);
  if (hit) return hit;
  const r = readTurnUncached(scenario, text);
  if (m.size >= READ_CACHE_MAX) m.delete(m.keys().next().value!);
  m.set(text, r);
  return r;
}

function readTurnUncached(scenario: Scenario, text: string): TurnCommitments {
  let r: CommitmentReading;
  try {
    r = readCommitments(scenario, text);
  } catch {
    return { offers: [], breaches: [], refusals: [], explains: [] };
  }
  return {
    offers: r.offers
      .filter((o) => o.remedyId !== null && o.withinPolicy && !o.question)
      .map((o) => ({
        remedyId: o.remedyId!,
        ...(o.amount ? { amount: o.amount.amount } : {}),
        ...(o.timing ? { date: o.timing.text } : {}),
        quote: o.quote.text,
      })),
    breaches: r.breaches.map((b) => ({ ruleId: b.ruleId, quote: b.quote.text, reason: b.reason })),
    refusals: r.statements.filter((x) => x.type === "refusal").map((x) => ({ ...(x.remedyId ? { remedyId: x.remedyId } : {}), quote: x.quote.text })),
    explains: r.statements
      .filter((x) => x.type === "explanation" && x.remedyId)
      .map((x) => ({ remedyId: x.remedyId!, quote: x.quote.text })),
  };
}
