/**
 * The job worker process: `DATABASE_URL=… pnpm --filter @defuse/api jobs`. Runs the scheduled
 * jobs (transcript retention) until stopped; one or more may run, pg-boss hands each job to one.
 */
import { disconnectDb, getDb } from "@defuse/db";
import { startJobs } from "./index";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("jobs: DATABASE_URL is not set");
  process.exit(1);
}
const boss = await startJobs(getDb(), url);
console.log("jobs: worker started (transcript retention nightly at 03:17 UTC)");
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void boss.stop({ graceful: true }).then(() => disconnectDb());
  });
}
