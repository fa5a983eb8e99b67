/**
 * Runs once when a `next start` worker boots, before it serves requests. Opening the first
 * database connection (and loading Prisma's query compiler) here means a worker the supervisor
 * has just started, after a crash or at start-up, does not make its first visitors wait for that,
 * nor answer its first health check with 503.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.DATABASE_URL) return;
  const { getDb } = await import("@defuse/db");
  await getDb()
    .$queryRaw`select 1`.catch((err: unknown) => console.error("defuse: warming the database connection failed:", err instanceof Error ? err.message : err));
}
