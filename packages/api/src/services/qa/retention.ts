import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { recordAudit } from "../audit/recordAudit";

/**
 * How long an organisation keeps real-call transcripts, and the deletion the scheduled job runs.
 * Deleting the REAL_CALL attempt takes its transcript, review and criterion scores with it
 * (cascades), so nothing of an expired call is left but the audit entry counting it.
 */

export const MAX_RETENTION_DAYS = 3650;
const DAY_MS = 86_400_000;
/** Calls deleted per statement, so one run never holds a long lock. */
const BATCH = 500;

export async function setTranscriptRetention(db: Db, actor: SessionUser, input: { days: number | null }) {
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { transcriptRetentionDays: true } });
    const after = await tx.organization.update({ where: { id: actor.orgId }, data: { transcriptRetentionDays: input.days }, select: { transcriptRetentionDays: true } });
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "org.transcriptRetention", targetType: "Organization", targetId: actor.orgId, before, after });
    return { days: after.transcriptRetentionDays };
  });
}

export async function getTranscriptRetention(db: Db, actor: SessionUser) {
  const org = await db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select: { transcriptRetentionDays: true } });
  return { days: org.transcriptRetentionDays };
}

/** Deletes every transcript older than its organisation's retention period at `now`. Returns counts per organisation. */
export async function deleteExpiredTranscripts(db: Db, now: Date = new Date()): Promise<Record<string, number>> {
  const orgs = await db.organization.findMany({ where: { transcriptRetentionDays: { not: null } }, select: { id: true, transcriptRetentionDays: true } });
  const deleted: Record<string, number> = {};
  for (const org of orgs) {
    const cutoff = new Date(now.getTime() - org.transcriptRetentionDays! * DAY_MS);
    let total = 0;
    for (;;) {
      const n = await db.$executeRaw`
        DELETE FROM "Attempt" WHERE id IN (
          SELECT t."attemptId" FROM "Transcript" t
          WHERE t."orgId" = ${org.id} AND t."createdAt" < ${cutoff}
          ORDER BY t."createdAt" LIMIT ${BATCH})
        AND "orgId" = ${org.id} AND kind = 'REAL_CALL'`;
      total += n;
      if (n < BATCH) break;
    }
    if (total > 0) {
      await recordAudit(db, {
        orgId: org.id,
        actorId: null,
        action: "transcripts.expire",
        targetType: "Organization",
        targetId: org.id,
        after: { deleted: total, olderThan: cutoff.toISOString(), retentionDays: org.transcriptRetentionDays },
      });
      deleted[org.id] = total;
    }
  }
  return deleted;
}


