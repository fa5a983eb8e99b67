import { PgBoss } from "pg-boss";
import type { Db } from "@defuse/db";
import { postScore, type GradeJob } from "../services/lti/gradePassback";
import { gradeJobsSince } from "../services/lti/gradeTargets";
import { deliverDue } from "../services/xapi/deliver";
import { sweepAll } from "../services/xapi/sweep";

/**
 * Defuse's one durable job queue (pg-boss, in the `pgboss` schema of the app's PostgreSQL), so
 * work for other systems (LMS grade passback) survives restarts and is retried with backoff.
 * Jobs that keep failing move to a dead-letter queue that admins can see and retry.
 */
export const QUEUES = { grade: "lti-grade", gradeDead: "lti-grade-dead", gradeSweep: "lti-grade-sweep", xapi: "xapi-sweep" } as const;

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
  await boss.createQueue(QUEUES.gradeSweep, { retryLimit: 0 });
  await boss.createQueue(QUEUES.xapi, { retryLimit: 0 });
  return boss;
}

/** Looks back this far on each sweep: a sweep that ran late or twice re-posts the same score, which platforms accept. */
const SWEEP_WINDOW_MS = 3 * 60_000;

/** Queues grade jobs for attempts finished or released recently (see gradeTargets.gradeJobsSince). */
export async function sweepGrades(boss: PgBoss, db: Db, now = new Date()) {
  const jobs = await gradeJobsSince(db, new Date(now.getTime() - SWEEP_WINDOW_MS));
  for (const job of jobs) await boss.send(QUEUES.grade, job as unknown as object, { singletonKey: `${job.attemptId}:${job.lineItemUrl}` });
  return jobs.length;
}

/** Every minute (pg-boss cron), one instance sweeps for new results to post. */
export async function scheduleGradeSweep(boss: PgBoss, db: Db) {
  await boss.schedule(QUEUES.gradeSweep, "* * * * *");
  await boss.work(QUEUES.gradeSweep, async () => {
    await sweepGrades(boss, db);
  });
}

/**
 * Every minute, one instance writes the xAPI statements for new activity into the outbox and sends
 * what is due (retries and the dead-letter state live on the outbox rows, see xapi/deliver.ts).
 */
export async function scheduleXapi(boss: PgBoss, db: Db, secret: string) {
  await boss.schedule(QUEUES.xapi, "* * * * *");
  await boss.work(QUEUES.xapi, async () => {
    await sweepAll(db);
    await deliverDue(db, secret);
  });
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
