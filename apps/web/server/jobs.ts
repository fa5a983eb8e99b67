import "server-only";
import { scheduleGradeSweep, scheduleXapi, setJobQueue, startJobQueue, workGrades } from "@defuse/api";
import { db } from "./db";
import { serverEnv } from "./env";

let started: Promise<void> | null = null;

/**
 * Starts Defuse's durable queue (pg-boss) in this server process: LMS grade passback workers and
 * the once-a-minute sweep for new results. Several instances may run it; pg-boss hands each job
 * to one of them. DEFUSE_JOBS=off keeps an instance out (e.g. a web-only replica).
 */
export function startJobs(): Promise<void> {
  started ??= (async () => {
    const env = serverEnv();
    const boss = await startJobQueue({ connectionString: env.DATABASE_URL });
    setJobQueue(boss);
    await workGrades(boss, db(), env.AUTH_SECRET);
    await scheduleGradeSweep(boss, db());
    await scheduleXapi(boss, db(), env.AUTH_SECRET);
    console.log("[jobs] grade passback and xAPI queues running");
  })();
  return started;
}
