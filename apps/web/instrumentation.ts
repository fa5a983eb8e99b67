/**
 * Runs once when a `next start` worker boots, before it serves requests.
 * 1. Opening the first database connection (and loading Prisma's query compiler) here means a
 *    worker the supervisor has just started, after a crash or at start-up, does not make its first
 *    visitors wait for that, nor answer its first health check with 503.
 * 2. It starts Defuse's durable job queue (pg-boss: grade passback, email, reminders, retention). The app works
 *    without it (grades then wait), so a failure is logged, not fatal. DEFUSE_JOBS=off keeps an
 *    instance out; scripts/defuse.mjs turns it off on the embedded database, which serves every
 *    connection from one session (see ARCHITECTURE.md), unless DEFUSE_JOBS=on.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { getDb } = await import("@defuse/db");
  await getDb()
    .$queryRaw`select 1`.catch((err: unknown) => console.error("defuse: warming the database connection failed:", err instanceof Error ? err.message : err));
  if (process.env.DEFUSE_JOBS === "off" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { startJobs } = await import("./server/jobs");
  await startJobs().catch((e: unknown) => console.error(`[jobs] queue not started, LMS grade passback and email sending are paused: ${e instanceof Error ? e.message : String(e)}`));
}
