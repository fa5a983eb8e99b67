import { labelName } from "@defuse/content";
import type { Db, Prisma } from "@defuse/db";

type Tx = Db | Prisma.TransactionClient;

export interface AutoCriterion {
  criterionId: string;
  level: number;
  points: number;
  evidence: string[];
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** The engine's evidence items ({turn, quote, label, effect}) as one readable line each. */
function evidenceText(e: unknown): string {
  if (typeof e === "string") return e;
  if (!e || typeof e !== "object") return String(e);
  const x = e as { turn?: unknown; quote?: unknown; label?: unknown; effect?: unknown; text?: unknown };
  const quote = typeof x.quote === "string" ? x.quote : typeof x.text === "string" ? x.text : "";
  const turn = typeof x.turn === "number" ? `Turn ${x.turn + 1}` : "";
  const label = typeof x.label === "string" ? labelName(x.label) : "";
  const effect = x.effect === "against" || x.effect === "negative" ? " (counts against)" : "";
  return [turn, label && `${label}${effect}`, quote && `“${quote}”`].filter(Boolean).join(" · ") || JSON.stringify(e);
}

/** Reads per-criterion results from the engine's autoResult JSON, tolerating its known shapes. */
export function parseAutoResult(autoResult: unknown): AutoCriterion[] {
  if (!autoResult || typeof autoResult !== "object") return [];
  const raw = (autoResult as { criteria?: unknown }).criteria;
  const list: unknown[] = Array.isArray(raw)
    ? raw
    : raw && typeof raw === "object"
      ? Object.entries(raw as Record<string, unknown>).map(([id, v]) => ({ id, ...(v as object) }))
      : [];
  const out: AutoCriterion[] = [];
  for (const item of list) {
    if (!item || typeof item !== "object") continue;
    const c = item as Record<string, unknown>;
    const criterionId = (c.criterionId ?? c.id) as unknown;
    const level = c.level;
    if (typeof criterionId !== "string" || typeof level !== "number") continue;
    out.push({
      criterionId,
      level,
      points: typeof c.points === "number" ? c.points : 0,
      evidence: asArray(c.evidence).map(evidenceText),
    });
  }
  return out;
}

/**
 * The engine's per-criterion levels for an attempt: the CriterionScore rows of source "auto"
 * (what analytics aggregate), with evidence from autoResult; autoResult alone when no rows exist.
 */
export async function loadAutoCriteria(tx: Tx, orgId: string, attemptId: string, autoResult: unknown): Promise<AutoCriterion[]> {
  const parsed = parseAutoResult(autoResult);
  const rows = await tx.criterionScore.findMany({
    where: { orgId, attemptId, source: "auto" },
    select: { criterionId: true, level: true, points: true },
  });
  if (rows.length === 0) return parsed;
  const evidence = new Map(parsed.map((p) => [p.criterionId, p.evidence]));
  return rows.map((r) => ({ ...r, evidence: evidence.get(r.criterionId) ?? [] }));
}
