import { PgBoss } from "pg-boss";
import type { Db } from "@defuse/db";
import { postScore, type GradeJob } from "../services/lti/gradePassback";

/**
 * Defuse's one durable job queue (pg-boss, in the `pgboss` schema of the app's PostgreSQL), so
 * work for other systems (LMS grade passback) survives restarts and is retried with backoff.
 * Jobs that keep failing move to a dead-letter queue that admins can see and retry.
 */
export const QUEUES = { grade: "lti-grade", gradeDead: "lti-grade-dead" } as const;

export interface QueueOptions {
  connectionString: string;
  /** Seconds before the first retry (doubling after); tests use 1. */
  retryDelay?: number;
  retryLimit?: number;
}

export async function startJobQueue(opts: QueueOptions) {
  const boss = new PgBoss({ connectionString: opts.connectionString, max: 3 });
  boss.on("error", (e: Error) => console.error(`[jobs] ${e.message}`));
  await boss.start();
  await boss.createQueue(QUEUES.gradeDead, {});
  await boss.createQueue(QUEUES.grade, { retryLimit: opts.retryLimit ?? 6, retryDelay: opts.retryDelay ?? 30, retryBackoff: true, deadLetter: QUEUES.gradeDead });
  return boss;
}

/** Queues a grade passback; the score is read when the job runs (see gradePassback.scoreFor). */
export function enqueueGrade(boss: PgBoss, job: GradeJob) {
  return boss.send(QUEUES.grade, job as unknown as object);
}

/** Runs grade passbacks: each failure throws, so pg-boss retries and finally dead-letters it. */
export function workGrades(boss: PgBoss, db: Db, secret: string, doFetch: typeof fetch = fetch) {
  return boss.work<GradeJob>(QUEUES.grade, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (job) await postScore(db, job.data, secret, doFetch);
  });
}
