import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, notFound } from "../../errors";
import { jobQueue } from "../../jobs/handle";
import { QUEUES } from "../../jobs/queue";

export interface GradeJobRow {
  id: string;
  queue: "pending" | "dead";
  state: string;
  attemptId: string;
  lineItemUrl: string;
  retries: number;
  lastError: string | null;
  createdAt: Date;
}

/**
 * The organisation's grade passbacks that are failing or gave up (pg-boss's own table, read
 * directly: pg-boss has no per-organisation filter). Empty when the queue was never started.
 */
export async function listGradeJobs(db: Db, actor: SessionUser): Promise<GradeJobRow[]> {
  const exists = await db.$queryRaw<{ t: string | null }[]>`SELECT to_regclass('pgboss.job')::text AS t`;
  if (!exists[0]?.t) return [];
  const rows = await db.$queryRaw<{ id: string; name: string; state: string; data: { attemptId: string; lineItemUrl: string }; retry_count: number; output: unknown; created_on: Date }[]>`
    SELECT id::text, name, state::text, data, retry_count, output, created_on
    FROM pgboss.job
    WHERE data->>'orgId' = ${actor.orgId}
      AND ((name = ${QUEUES.grade} AND (retry_count > 0 OR state::text IN ('retry', 'failed'))) OR (name = ${QUEUES.gradeDead} AND state::text = 'created'))
    ORDER BY created_on DESC, id
    LIMIT 200`;
  return rows.map((r) => ({
    id: r.id,
    queue: r.name === QUEUES.gradeDead ? "dead" : "pending",
    state: r.state,
    attemptId: r.data.attemptId,
    lineItemUrl: r.data.lineItemUrl,
    retries: r.retry_count,
    lastError: r.output && typeof r.output === "object" && "message" in r.output ? String((r.output as { message: unknown }).message).slice(0, 300) : null,
    createdAt: r.created_on,
  }));
}

/** Sends a dead-lettered passback again (fresh retries) and removes it from the dead letters; audited. */
export async function retryGradeJob(db: Db, actor: SessionUser, input: { id: string }) {
  const boss = jobQueue();
  if (!boss) throw new AppError("PRECONDITION_FAILED", "The job queue is not running on this server, so nothing can be retried now.");
  const exists = await db.$queryRaw<{ t: string | null }[]>`SELECT to_regclass('pgboss.job')::text AS t`;
  if (!exists[0]?.t) throw notFound("The job");
  const [job] = await db.$queryRaw<{ id: string; data: Prisma.JsonObject }[]>`
    SELECT id::text, data FROM pgboss.job
    WHERE id::text = ${input.id} AND name = ${QUEUES.gradeDead} AND state::text = 'created' AND data->>'orgId' = ${actor.orgId}`;
  if (!job) throw notFound("The job");
  const newId = await boss.send(QUEUES.grade, job.data);
  await boss.deleteJob(QUEUES.gradeDead, job.id);
  await db.auditLog.create({ data: { orgId: actor.orgId, actorId: actor.id, action: "lti.grade.retry", targetType: "Attempt", targetId: String(job.data.attemptId), after: { jobId: newId } } });
  return { id: newId };
}
