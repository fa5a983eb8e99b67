import "server-only";
import { setJobQueue, startJobQueue, startWorkers } from "@defuse/api";
import { db } from "./db";
import { serverEnv } from "./env";

let started: Promise<void> | null = null;

/**
 * Starts Defuse's durable queue (pg-boss) in this server process with every worker: LMS grade
 * passback, email sending and the daily reminders, transcript retention. Several instances may run
 * it; pg-boss hands each job to one of them. DEFUSE_JOBS=off keeps an instance out (e.g. a web-only replica).
 */
export function startJobs(): Promise<void> {
  started ??= (async () => {
    const env = serverEnv();
    const boss = await startJobQueue({ connectionString: env.DATABASE_URL });
    setJobQueue(boss);
    await startWorkers(boss, db(), { secret: env.AUTH_SECRET });
    console.log("[jobs] queue running (grade passback, email, reminders, transcript retention, xAPI)");
  })();
  return started;
}
