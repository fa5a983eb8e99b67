import "server-only";
import pg from "pg";
import { serverEnv } from "./env";

/**
 * Where every rate limiter keeps its counts: the table `rate_limits` (created by a Prisma
 * migration) in Defuse's PostgreSQL, so all Next.js workers and machines share them. One small
 * pool for all limiters.
 */
export interface RateLimitStore {
  storeClient: pg.Pool;
  storeType: "pool";
  tableName: "rate_limits";
  tableCreated: true;
}

// Kept on globalThis: Next bundles route handlers and server actions separately, and each bundle
// would otherwise open its own pool.
const shared = globalThis as typeof globalThis & { __defuseRateLimitStore?: RateLimitStore };

export function rateLimitStore(): RateLimitStore {
  if (shared.__defuseRateLimitStore) return shared.__defuseRateLimitStore;
  // The limiter names its prepared statements, but the embedded PostgreSQL serves every socket
  // connection from one session: a second connection (another web worker's) preparing the same
  // name would fail every request it handles. Its statements are therefore sent unnamed, which
  // costs a parse per check, nothing a sign-in or a launch notices. One connection is enough for them.
  const pool = new pg.Pool({ connectionString: serverEnv().DATABASE_URL, max: 1, idleTimeoutMillis: 0 });
  // An idle connection the server closes (a restart, a failover) is an 'error' event on the pool;
  // unheard, it would end the worker. The pool opens a new connection for the next check.
  pool.on("error", () => {});
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((config: unknown, ...rest: unknown[]) => {
    if (config && typeof config === "object" && "name" in config) {
      const { name: _unused, ...unnamed } = config as Record<string, unknown>;
      return query(unnamed, ...rest);
    }
    return query(config, ...rest);
  }) as typeof pool.query;
  shared.__defuseRateLimitStore = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true };
  return shared.__defuseRateLimitStore;
}

/** Closes the pool (tests, before their database is dropped); the next limiter check opens a new one. */
export async function closeRateLimitStore(): Promise<void> {
  const store = shared.__defuseRateLimitStore;
  if (!store) return;
  delete shared.__defuseRateLimitStore;
  delete (globalThis as { __defuseSignInLimiters?: unknown }).__defuseSignInLimiters;
  delete (globalThis as { __defuseLtiLoginLimiter?: unknown }).__defuseLtiLoginLimiter;
  await store.storeClient.end();
}
