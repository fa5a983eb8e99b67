import { Prisma, type Db } from "@defuse/db";
import { catalogue, LABEL_IDS } from "@defuse/content";
import type { SessionUser } from "../../context";
import { AppError, invalid, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { findReviewableAttempt, refuseOwnAttempt } from "./reviewable";

type Tx = Db | Prisma.TransactionClient;
const KNOWN = new Set<string>(LABEL_IDS);

/** Every label a trainer can add or remove, with the definition the review screen shows. */
export const LABEL_CATALOGUE = catalogue.techniques.map((t) => ({ id: t.id as string, kind: t.kind, name: t.name, definition: t.definition }));

export interface TurnCorrection {
  added: string[];
  removed: string[];
}

/** A turn's labels as the trainer says they should be: the analyser's, plus additions, minus removals. */
export function correctedLabels(engine: string[], c: TurnCorrection | undefined): string[] {
  if (!c) return [...engine].sort();
  const removed = new Set(c.removed);
  return [...new Set([...engine.filter((l) => !removed.has(l)), ...c.added])].sort();
}

/** The stored corrections of one attempt, by turn index. */
export async function loadCorrections(tx: Tx, orgId: string, attemptId: string): Promise<Map<number, TurnCorrection>> {
  const rows = await tx.labelCorrection.findMany({
    where: { orgId, attemptId },
    select: { turnIndex: true, label: true, action: true },
    orderBy: [{ turnIndex: "asc" }, { label: "asc" }],
  });
  const out = new Map<number, TurnCorrection>();
  for (const r of rows) {
    const c = out.get(r.turnIndex) ?? out.set(r.turnIndex, { added: [], removed: [] }).get(r.turnIndex)!;
    (r.action === "add" ? c.added : c.removed).push(r.label);
  }
  return out;
}

/**
 * A trainer sets the right labels for one agent turn. The difference from the analyser's labels is
 * stored (one row per label added or removed) and audited; sending the analyser's own labels clears
 * the correction; sending the same correction again changes nothing and writes no audit entry.
 */
export async function correctTurnLabels(db: Db, actor: SessionUser, input: { attemptId: string; turn: number; labels: string[] }) {
  for (const l of input.labels) if (!KNOWN.has(l)) throw invalid(`“${l}” is not a technique or pitfall.`, "labels");
  return db.$transaction(async (tx) => {
    const attempt = await findReviewableAttempt(tx, actor.orgId, input.attemptId);
    // labels are part of the review (the screen, the agreement report, the training export)
    refuseOwnAttempt(actor, attempt);
    if (attempt.kind !== "ROLEPLAY") throw new AppError("PRECONDITION_FAILED", "Branching replies carry the author's labels; only free-text turns can be corrected.");
    const turn = await tx.attemptTurn.findFirst({
      where: { attemptId: attempt.id, index: input.turn },
      select: { index: true, agentText: true, techniques: true, pitfalls: true },
    });
    if (!turn) throw notFound("That line of the conversation");
    const engine = [...turn.techniques, ...turn.pitfalls];
    const wanted = new Set(input.labels);
    const next: TurnCorrection = {
      added: [...wanted].filter((l) => !engine.includes(l)).sort(),
      removed: engine.filter((l) => !wanted.has(l)).sort(),
    };
    const before = (await loadCorrections(tx, actor.orgId, attempt.id)).get(turn.index) ?? { added: [], removed: [] };
    const same = JSON.stringify(before) === JSON.stringify(next);
    if (!same) {
      await tx.labelCorrection.deleteMany({ where: { orgId: actor.orgId, attemptId: attempt.id, turnIndex: turn.index } });
      await tx.labelCorrection.createMany({
        data: [...next.added.map((label) => ({ label, action: "add" })), ...next.removed.map((label) => ({ label, action: "remove" }))].map((c) => ({
          ...c,
          orgId: actor.orgId,
          attemptId: attempt.id,
          turnIndex: turn.index,
          trainerId: actor.id,
        })),
      });
      await recordAudit(tx, {
        orgId: actor.orgId,
        actorId: actor.id,
        action: "review.labels",
        targetType: "Attempt",
        targetId: attempt.id,
        before: { turn: turn.index, engine, ...before },
        after: { turn: turn.index, labels: correctedLabels(engine, next), ...next },
      });
    }
    return { turn: turn.index, engine: [...engine].sort(), labels: correctedLabels(engine, next), ...next, changed: !same };
  });
}

/**
 * The organisation's corrected turns as JSONL in the role-play training format
 * ({"id","scenario","text","labels"}, as packages/roleplay/src/eval/data), for
 * `pnpm --filter @defuse/roleplay train-model -- --corrections <file>`. Labels are the trainer's
 * full set for the turn. Optionally the turns of released reviews the trainer left as they were.
 */
export async function exportLabelCorrections(db: Db, actor: SessionUser, input: { includeConfirmed?: boolean; from?: Date | null; to?: Date | null }) {
  const rows = await db.$queryRaw<Array<{ attemptId: string; contentId: string; index: number; agentText: string; engine: string[]; added: string[]; removed: string[] }>>`
    SELECT x."attemptId", t."contentId", x.index, x."agentText", x.techniques || x.pitfalls AS engine,
      coalesce(array_agg(c.label ORDER BY c.label) FILTER (WHERE c.action = 'add'), '{}') AS added,
      coalesce(array_agg(c.label ORDER BY c.label) FILTER (WHERE c.action = 'remove'), '{}') AS removed
    FROM "Attempt" t
    JOIN "AttemptTurn" x ON x."attemptId" = t.id
    LEFT JOIN "LabelCorrection" c ON c."attemptId" = x."attemptId" AND c."turnIndex" = x.index AND c."orgId" = ${actor.orgId}
    WHERE t."orgId" = ${actor.orgId} AND t.status = 'COMPLETED' AND t.kind = 'ROLEPLAY'
      ${input.from ? Prisma.sql`AND t."completedAt" >= ${input.from}` : Prisma.empty}
      ${input.to ? Prisma.sql`AND t."completedAt" < ${input.to}` : Prisma.empty}
      AND (${input.includeConfirmed ?? false} AND t."reviewState" = 'RELEASED'
           OR EXISTS (SELECT 1 FROM "LabelCorrection" k WHERE k."attemptId" = x."attemptId" AND k."turnIndex" = x.index AND k."orgId" = ${actor.orgId}))
    GROUP BY x."attemptId", t."contentId", x.index, x."agentText", x.techniques, x.pitfalls, t."completedAt"
    ORDER BY t."completedAt", x."attemptId", x.index
    LIMIT 50000`;
  const lines = rows.map((r) =>
    JSON.stringify({ id: `review-${r.attemptId}-${r.index}`, scenario: r.contentId, text: r.agentText, labels: correctedLabels(r.engine, { added: r.added, removed: r.removed }) }),
  );
  const date = new Date().toISOString().slice(0, 10);
  return { filename: `defuse-label-corrections-${date}.jsonl`, jsonl: lines.length ? `${lines.join("\n")}\n` : "", count: lines.length };
}

/**
 * Label-level agreement between the analyser and trainers, per technique and pitfall, over the
 * turns trainers looked at: every turn of a released review, and any turn with a correction. A
 * label the trainer added is one the analyser missed; one they removed, one it saw wrongly.
 */
export async function labelAgreement(db: Db, actor: SessionUser, filters: Prisma.Sql) {
  const rows = await db.$queryRaw<Array<{ label: string; turns: number; agree: number; both: number; added: number; removed: number }>>`
    WITH att AS (
      SELECT t.id FROM "Attempt" t
      WHERE t."orgId" = ${actor.orgId} AND t.status = 'COMPLETED' AND t.kind = 'ROLEPLAY'
        AND (t."reviewState" = 'RELEASED' OR EXISTS (SELECT 1 FROM "LabelCorrection" k WHERE k."attemptId" = t.id AND k."orgId" = ${actor.orgId}))
        ${filters}
    ),
    tu AS (SELECT x."attemptId", x.index, x.techniques || x.pitfalls AS engine FROM "AttemptTurn" x JOIN att ON att.id = x."attemptId"),
    per AS (
      SELECT l.label, (l.label = ANY(tu.engine)) AS e,
        CASE WHEN c.action = 'add' THEN true WHEN c.action = 'remove' THEN false ELSE l.label = ANY(tu.engine) END AS tr
      FROM tu CROSS JOIN unnest(${[...LABEL_IDS]}::text[]) AS l(label)
      LEFT JOIN "LabelCorrection" c ON c."attemptId" = tu."attemptId" AND c."turnIndex" = tu.index AND c.label = l.label AND c."orgId" = ${actor.orgId}
    )
    SELECT label, count(*)::int AS turns, count(*) FILTER (WHERE e = tr)::int AS agree, count(*) FILTER (WHERE e AND tr)::int AS both,
      count(*) FILTER (WHERE tr AND NOT e)::int AS added, count(*) FILTER (WHERE e AND NOT tr)::int AS removed
    FROM per GROUP BY label`;
  const byId = new Map(rows.map((r) => [r.label, r]));
  const pct = (n: number, d: number) => (d === 0 ? null : Math.round((n / d) * 1000) / 10);
  return LABEL_CATALOGUE.map((l) => {
    const r = byId.get(l.id) ?? { turns: 0, agree: 0, both: 0, added: 0, removed: 0 };
    return {
      label: l.id,
      name: l.name,
      kind: l.kind,
      turns: r.turns,
      agreementPercent: pct(r.agree, r.turns),
      addedByTrainers: r.added,
      removedByTrainers: r.removed,
      // Of the turns the analyser labelled, how many the trainer kept; of the trainer's, how many it found.
      precisionPercent: pct(r.both, r.both + r.removed),
      recallPercent: pct(r.both, r.both + r.added),
    };
  });
}
