import { PgBoss, type Job } from "pg-boss";
import type { Db } from "@defuse/db";
import { postScore, type GradeJob } from "../services/lti/gradePassback";
import { gradeJobsSince } from "../services/lti/gradeTargets";
import { guardedFetch } from "../services/outbound/guardedFetch";
import { deleteExpiredTranscripts } from "../services/qa/retention";
import { deleteExpiredPlaytests, playtestRetention } from "../services/authoring/playtestRetention";
import { mailConfig } from "../services/email/config";
import { deliverEmail, queuedEmailIds, smtpTransport, type MailTransport } from "../services/email/deliver";
import { enqueueReminders } from "../services/email/notify";
import { deliverDue } from "../services/xapi/deliver";
import { sweepAll } from "../services/xapi/sweep";

/**
 * Defuse's one durable job queue (pg-boss, in the `pgboss` schema of the app's PostgreSQL): one
 * PgBoss per process, every queue and schedule created by `startJobQueue`, every worker registered
 * by `startWorkers`. Work for other systems (LMS grade passback, email) survives restarts and is
 * retried with backoff; jobs that keep failing move to a dead-letter queue. Never a timer in a
 * request: the web server (instrumentation.ts) or `pnpm --filter @defuse/api jobs` runs it.
 */
export const QUEUES = {
  grade: "lti-grade",
  gradeDead: "lti-grade-dead",
  gradeSweep: "lti-grade-sweep",
  retention: "transcript-retention",
  playtestRetention: "playtest-retention",
  email: "email-send",
  emailDead: "email-send-dead",
  emailSweep: "email-outbox-sweep",
  reminders: "email-reminders",
  xapi: "xapi-sweep",
} as const;

export const TRANSCRIPT_RETENTION = QUEUES.retention;
/** 03:17 UTC every night: away from the hour, when few people review calls. */
export const TRANSCRIPT_RETENTION_CRON = "17 3 * * *";
export const PLAYTEST_RETENTION = QUEUES.playtestRetention;
/** 03:47 UTC every night, after the transcript job: finished and abandoned play-tests go. */
export const PLAYTEST_RETENTION_CRON = "47 3 * * *";
/** 07:00 UTC every morning: reminders arrive at the start of a European working day. */
export const REMINDERS_CRON = "0 7 * * *";

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
  const retry = { retryLimit: opts.retryLimit ?? 6, retryDelay: opts.retryDelay ?? 30, retryBackoff: true };
  await boss.createQueue(QUEUES.gradeDead, {});
  await boss.createQueue(QUEUES.grade, { ...retry, deadLetter: QUEUES.gradeDead });
  await boss.createQueue(QUEUES.gradeSweep, { retryLimit: 0 });
  await boss.createQueue(QUEUES.retention);
  await boss.createQueue(QUEUES.playtestRetention);
  await boss.createQueue(QUEUES.emailDead, {});
  // "stately": at most one queued and one active job per message id, so sweeps never double-send.
  await boss.createQueue(QUEUES.email, { ...retry, policy: "stately", deadLetter: QUEUES.emailDead });
  await boss.createQueue(QUEUES.emailSweep, { retryLimit: 0 });
  await boss.createQueue(QUEUES.reminders, { retryLimit: 2 });
  await boss.createQueue(QUEUES.xapi, { retryLimit: 0 });
  await boss.schedule(QUEUES.retention, TRANSCRIPT_RETENTION_CRON, {}, { tz: "UTC" });
  await boss.schedule(QUEUES.playtestRetention, PLAYTEST_RETENTION_CRON, {}, { tz: "UTC" });
  await boss.schedule(QUEUES.reminders, REMINDERS_CRON, {}, { tz: "UTC" });
  return boss;
}

export interface WorkerOptions {
  /** AUTH_SECRET: LTI tool keys are sealed with it. */
  secret: string;
  /** Overrides SMTP_URL's transport (tests). */
  transport?: MailTransport;
  doFetch?: typeof fetch;
  /** Email send attempts after the first before a message is FAILED; match the queue's retryLimit. */
  retryLimit?: number;
}

/** Registers every worker and the minute sweeps on a started queue. */
export async function startWorkers(boss: PgBoss, db: Db, opts: WorkerOptions) {
  await workGrades(boss, db, opts.secret, opts.doFetch);
  await scheduleGradeSweep(boss, db);
  await boss.work<RetentionJobData>(QUEUES.retention, async (jobs) => {
    await runRetentionJobs(db, jobs);
  });
  await boss.work<RetentionJobData>(QUEUES.playtestRetention, async (jobs) => {
    await runPlaytestRetentionJobs(db, jobs);
  });
  await workEmail(boss, db, opts.transport, opts.retryLimit);
  await boss.schedule(QUEUES.emailSweep, "* * * * *");
  await boss.work(QUEUES.emailSweep, async () => {
    await sweepEmail(boss, db);
  });
  await boss.work<ReminderJobData>(QUEUES.reminders, async (jobs) => {
    for (const job of jobs) await enqueueReminders(db, job.data?.now ? new Date(job.data.now) : new Date());
    await sweepEmail(boss, db);
  });
  await scheduleXapi(boss, db, opts.secret);
}

// ---- xAPI statements (issue 15) ----

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

// ---- transcript retention (issue 14) ----

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

// ---- play-test purge (issue 13) ----

/**
 * What a play-test purge job does: delete finished play-tests past PLAYTEST_RETENTION_DAYS and
 * abandoned unfinished ones past PLAYTEST_ABANDONED_DAYS (read when the job runs), audited per
 * organisation. Its data is the transcript job's (`now` moves the clock).
 */
export async function runPlaytestRetentionJobs(db: Db, jobs: Pick<Job<RetentionJobData>, "data">[]) {
  const out: Awaited<ReturnType<typeof deleteExpiredPlaytests>>[] = [];
  for (const job of jobs) out.push(await deleteExpiredPlaytests(db, job.data?.now ? new Date(job.data.now) : new Date(), playtestRetention()));
  return out;
}

// ---- LMS grade passback (issue 15) ----

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

/** Queues a grade passback; the score is read when the job runs (see gradePassback.scoreFor). */
export function enqueueGrade(boss: PgBoss, job: GradeJob) {
  return boss.send(QUEUES.grade, job as unknown as object);
}

/** Runs grade passbacks: each failure throws, so pg-boss retries and finally dead-letters it. */
export function workGrades(boss: PgBoss, db: Db, secret: string, doFetch: typeof fetch = guardedFetch) {
  return boss.work<GradeJob>(QUEUES.grade, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (job) await postScore(db, job.data, secret, doFetch);
  });
}

// ---- email (issue 17) ----

export interface EmailJobData {
  messageId: string;
}

export interface ReminderJobData {
  /** ISO time to judge due dates at; absent means now (tests move the clock with it). */
  now?: string;
}

/**
 * The outbox is the source of truth: services write EmailMessage rows in their own transaction,
 * and this sweep (every minute, and after each reminder run) turns QUEUED rows into send jobs.
 */
export async function sweepEmail(boss: PgBoss, db: Db) {
  const ids = await queuedEmailIds(db);
  for (const messageId of ids) await boss.send(QUEUES.email, { messageId } satisfies EmailJobData, { singletonKey: messageId });
  return ids.length;
}

/** Sends outbox messages over SMTP; a failure throws, so pg-boss retries with backoff, then dead-letters. */
export function workEmail(boss: PgBoss, db: Db, transport?: MailTransport, retryLimit = 6) {
  const { smtpUrl, from } = mailConfig();
  const t = transport ?? (smtpUrl ? smtpTransport(smtpUrl) : null);
  return boss.work<EmailJobData>(QUEUES.email, { pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (!job || !t) return;
    await deliverEmail(db, job.data.messageId, t, { from, maxAttempts: retryLimit + 1 });
  });
}
