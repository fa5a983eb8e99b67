import type { Db } from "@defuse/db";
import { recordAudit } from "../audit/recordAudit";

/**
 * The nightly purge of play-tests (issue 13). A play-test is a trainer's scratch run of a draft,
 * never a learner's record, so it is kept only as long as it helps the author: finished ones for
 * PLAYTEST_RETENTION_DAYS (default 30) after they finished, unfinished ones for
 * PLAYTEST_ABANDONED_DAYS (default 7) after their last turn, hint or start.
 *
 * The periods come from the environment, not from the organisation's settings: play-tests hold no
 * learner data and nothing an organisation must keep or must delete by a deadline (that is what
 * transcriptRetentionDays is for), so this is storage housekeeping for whoever runs Defuse, and a
 * per-organisation setting would add a screen, a procedure and an audit trail nobody needs.
 */

const DAY_MS = 86_400_000;
/** Sessions deleted per statement, so one run never holds a long lock. */
const BATCH = 500;
export const DEFAULT_PLAYTEST_RETENTION_DAYS = 30;
export const DEFAULT_PLAYTEST_ABANDONED_DAYS = 7;

export interface PlaytestRetention {
  /** Days a finished play-test is kept after it finished. */
  finishedDays: number;
  /** Days an unfinished play-test is kept after its last activity. */
  abandonedDays: number;
}

function days(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 3650) {
    console.warn(`[jobs] ${name}=${JSON.stringify(raw)} is not a whole number of days from 1 to 3650; using ${fallback}`);
    return fallback;
  }
  return n;
}

/** The retention periods from PLAYTEST_RETENTION_DAYS and PLAYTEST_ABANDONED_DAYS (whole days, 1–3650). */
export function playtestRetention(env: Record<string, string | undefined> = process.env): PlaytestRetention {
  return {
    finishedDays: days(env.PLAYTEST_RETENTION_DAYS, DEFAULT_PLAYTEST_RETENTION_DAYS, "PLAYTEST_RETENTION_DAYS"),
    abandonedDays: days(env.PLAYTEST_ABANDONED_DAYS, DEFAULT_PLAYTEST_ABANDONED_DAYS, "PLAYTEST_ABANDONED_DAYS"),
  };
}

export interface PurgedPlaytests {
  finished: number;
  abandoned: number;
}

/**
 * Deletes every organisation's play-tests past the retention periods at `now`, one organisation
 * at a time (each statement names it, on PlaytestSession(orgId, completedAt, updatedAt)), and
 * audits the counts per organisation. Returns the counts of the organisations that lost any.
 */
export async function deleteExpiredPlaytests(db: Db, now: Date = new Date(), retention: PlaytestRetention = playtestRetention()): Promise<Record<string, PurgedPlaytests>> {
  const finishedBefore = new Date(now.getTime() - retention.finishedDays * DAY_MS);
  const idleBefore = new Date(now.getTime() - retention.abandonedDays * DAY_MS);
  const orgs = await db.organization.findMany({ select: { id: true } });
  const out: Record<string, PurgedPlaytests> = {};
  for (const { id: orgId } of orgs) {
    const finished = await inBatches(
      () => db.$executeRaw`
        DELETE FROM "PlaytestSession" WHERE id IN (
          SELECT id FROM "PlaytestSession"
          WHERE "orgId" = ${orgId} AND "completedAt" < ${finishedBefore}
          LIMIT ${BATCH})
        AND "orgId" = ${orgId}`,
    );
    const abandoned = await inBatches(
      () => db.$executeRaw`
        DELETE FROM "PlaytestSession" WHERE id IN (
          SELECT id FROM "PlaytestSession"
          WHERE "orgId" = ${orgId} AND "completedAt" IS NULL AND "updatedAt" < ${idleBefore}
          LIMIT ${BATCH})
        AND "orgId" = ${orgId} AND "completedAt" IS NULL`,
    );
    if (finished + abandoned === 0) continue;
    await recordAudit(db, {
      orgId,
      actorId: null,
      action: "playtests.expire",
      targetType: "Organization",
      targetId: orgId,
      after: {
        finished,
        abandoned,
        finishedBefore: finishedBefore.toISOString(),
        idleSince: idleBefore.toISOString(),
        finishedDays: retention.finishedDays,
        abandonedDays: retention.abandonedDays,
      },
    });
    out[orgId] = { finished, abandoned };
  }
  return out;
}

async function inBatches(run: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await run();
    total += n;
    if (n < BATCH) return total;
  }
}
