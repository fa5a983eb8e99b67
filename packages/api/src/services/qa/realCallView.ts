import type { Db, Prisma } from "@defuse/db";

/**
 * A real call shown in the shape the review screen already reads for practice (one row per agent
 * turn with what the customer said next), built from the masked transcript and the stored scorecard.
 */

type Tx = Db | Prisma.TransactionClient;

interface StoredTurn {
  speaker: "agent" | "customer";
  text: string;
}
interface ScoredTurn {
  speaker: "agent" | "customer";
  techniques?: string[];
  pitfalls?: string[];
  tension?: number;
  reason?: string;
}

export const REAL_CALL_TITLE = "Real call";

export function realCallTitle(fileName: string | null | undefined): string {
  return fileName ? `${REAL_CALL_TITLE}: ${fileName}` : REAL_CALL_TITLE;
}

/**
 * `reason` on a row says why the customer's tension moved after that agent turn, quoting the
 * frustration, anger or calming words in the customer's reply (the practice meter's explanation,
 * estimated from a real customer's words); `openingReason` does the same for what the customer said
 * before the agent first spoke.
 */
export function realCallTurns(turnsJson: unknown, autoResult: unknown) {
  const turns = (Array.isArray(turnsJson) ? turnsJson : []) as StoredTurn[];
  const scored = ((autoResult as { turns?: unknown } | null)?.turns ?? []) as ScoredTurn[];
  const kept = turns.filter((t) => t.text.trim() !== "");
  const opening: string[] = [];
  const openingReasons: string[] = [];
  const out: {
    index: number;
    agentText: string;
    customerLine: string;
    techniques: string[];
    pitfalls: string[];
    labels: unknown[];
    tensionBefore: number;
    tensionAfter: number;
    reason: string;
    hinted: boolean;
  }[] = [];
  let tension = 35;
  kept.forEach((t, i) => {
    const s = scored[i];
    if (t.speaker === "customer") {
      tension = s?.tension ?? tension;
      const last = out[out.length - 1];
      if (last) {
        last.customerLine = `${last.customerLine} ${t.text}`.trim();
        last.tensionAfter = tension;
        if (s?.reason) last.reason = `${last.reason} ${s.reason}`.trim();
      } else {
        opening.push(t.text);
        if (s?.reason) openingReasons.push(s.reason);
      }
      return;
    }
    out.push({
      index: out.length,
      agentText: t.text,
      customerLine: "",
      techniques: s?.techniques ?? [],
      pitfalls: s?.pitfalls ?? [],
      labels: [],
      tensionBefore: tension,
      tensionAfter: tension,
      reason: "",
      hinted: false,
    });
  });
  return { opening: opening.join(" "), openingTension: out[0]?.tensionBefore ?? tension, openingReason: openingReasons.join(" "), turns: out };
}

export async function loadRealCall(tx: Tx, orgId: string, attemptId: string) {
  return tx.transcript.findFirst({ where: { attemptId, orgId }, select: { fileName: true, turns: true, masked: true, createdAt: true } });
}
