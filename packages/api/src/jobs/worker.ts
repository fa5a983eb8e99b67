/**
 * The job worker process: `DATABASE_URL=… AUTH_SECRET=… pnpm --filter @defuse/api jobs`. Runs every
 * queue's workers and schedules (transcript retention, the play-test purge, LMS grade passback, email and reminders)
 * until stopped; one or more may run, alongside the web servers' own, and pg-boss hands each job to one.
 */
import { disconnectDb, getDb } from "@defuse/db";
import { startJobQueue, startWorkers } from "./queue";
import { setJobQueue } from "./handle";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("jobs: DATABASE_URL is not set");
  process.exit(1);
}
const boss = await startJobQueue({ connectionString: url });
setJobQueue(boss);
await startWorkers(boss, getDb(), { secret: process.env.AUTH_SECRET ?? "" });
console.log("jobs: worker started (grade passback, email every minute, reminders 07:00 UTC, transcript retention 03:17 UTC, play-test purge 03:47 UTC)");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void boss.stop({ graceful: true }).then(() => disconnectDb());
  });
}
