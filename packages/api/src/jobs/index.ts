import { PgBoss, type Job } from "pg-boss";
import type { Db } from "@defuse/db";
import { deleteExpiredTranscripts } from "../services/qa/retention";

/**
 * Scheduled work on a Postgres-backed queue (pg-boss, in its own "pgboss" schema of the app's
 * database), never a timer in a request. Minimal on purpose (issue 14): one queue, the transcript
 * retention job, scheduled nightly; run `startJobs` in one long-lived process (a worker), not in
 * Next.js request handlers.
 */

export const TRANSCRIPT_RETENTION = "transcript-retention";
/** 03:17 UTC every night: away from the hour, when few people review calls. */
export const TRANSCRIPT_RETENTION_CRON = "17 3 * * *";

export interface RetentionJobData {
  /** ISO time to judge expiry at; absent means now. Lets a test (or an operator) move the clock. */
  now?: string;
}

/** What a retention job does: delete every transcript past its organisation's retention period. */
export async function runRetentionJobs(db: Db, jobs: Pick<Job<RetentionJobData>, "data">[]) {
  const out: Record<string, number>[] = [];
  for (const job of jobs) out.push(await deleteExpiredTranscripts(db, job.data?.now ? new Date(job.data.now) : new Date()));
  return out;
}

export async function createJobQueue(connectionString: string) {
  const boss = new PgBoss({ connectionString });
  boss.on("error", (err) => console.error("jobs:", err.message));
  await boss.start();
  await boss.createQueue(TRANSCRIPT_RETENTION);
  await boss.schedule(TRANSCRIPT_RETENTION, TRANSCRIPT_RETENTION_CRON, {}, { tz: "UTC" });
  return boss;
}

/** Starts the queue and the retention worker; returns the queue so the caller can stop it. */
export async function startJobs(db: Db, connectionString: string) {
  const boss = await createJobQueue(connectionString);
  await boss.work<RetentionJobData>(TRANSCRIPT_RETENTION, async (jobs) => {
    await runRetentionJobs(db, jobs);
  });
  return boss;
}
