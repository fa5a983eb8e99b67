// @defuse/db: the Prisma client factory and everything the rest of the app needs from the data
// layer. Other packages import from here, never from ./generated directly, so the generator's
// output location stays an implementation detail.
import { AsyncResource } from "node:async_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/prisma/client";

export { PrismaClient, Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export type {
  Organization,
  User,
  Cohort,
  CohortMember,
  Assignment,
  Enrollment,
  LessonProgress,
  Attempt,
  AttemptTurn,
  CriterionScore,
  Review,
  AuditLog,
  PasswordResetToken,
} from "./generated/prisma/client";
export { hashPassword, verifyPassword } from "./password";

export type Db = PrismaClient;

/** A transaction client as passed to `db.$transaction(async (tx) => …)`. */
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export interface CreateDbOptions {
  /** Pool size; defaults to DB_POOL_MAX or 10. */
  poolMax?: number;
}

function poolMaxFromEnv(): number {
  const raw = process.env.DB_POOL_MAX;
  const n = raw ? Number.parseInt(raw, 10) : Number.NaN;
  return Number.isInteger(n) && n > 0 ? n : 10;
}

/**
 * A pg pool that opens its connections and arms its idle timers outside the request that happened
 * to need them. Node gives every handle and timer the AsyncLocalStorage stores of the code that
 * created it, and Next.js keeps a request's whole state (its response, its React render) in such
 * stores: a connection opened during a page view kept that page view reachable for the
 * connection's life, and each idle timer kept the request that released the connection for
 * idleTimeoutMillis. Heap snapshots of a web worker under load showed finished requests held this
 * way (see the README's benchmark section). Here both run in a scope created with the pool, which
 * is at start-up (apps/web/instrumentation.ts opens the first connection) and so carries no
 * request; the query's own promise still resumes in its request.
 */
export class DetachedPool extends pg.Pool {
  readonly detachedScope = new AsyncResource("defuse-db-pool");
}
const poolInternals = pg.Pool.prototype as unknown as Record<"newClient" | "_release", (...args: unknown[]) => unknown>;
for (const method of ["newClient", "_release"] as const) {
  const original = poolInternals[method];
  if (typeof original !== "function") throw new Error(`pg.Pool has no ${method}: check DetachedPool against this pg version`);
  Object.defineProperty(DetachedPool.prototype, method, {
    value(this: DetachedPool, ...args: unknown[]) {
      // Unset only while pg.Pool's own constructor runs (it opens nothing then).
      return this.detachedScope ? this.detachedScope.runInAsyncScope(original, this, ...args) : original.apply(this, args);
    },
  });
}

/** A Prisma client for a PostgreSQL URL (a real server or the embedded PGlite socket server). */
export function createDb(url: string, options: CreateDbOptions = {}): Db {
  if (!url) throw new Error("createDb: the database URL is empty.");
  const pool = new DetachedPool({
    connectionString: url,
    max: options.poolMax ?? poolMaxFromEnv(),
    // Fail fast instead of queueing forever when the server is gone.
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  // disposeExternalPool: $disconnect() ends the pool, as it did when the adapter made its own.
  return new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
}

// Next.js dev re-evaluates modules on every edit; without a global cache each reload would open
// a new pool until the server runs out of connections.
const globalCache = globalThis as typeof globalThis & { __defuseDb?: { url: string; db: Db } };

/**
 * The process-wide client for DATABASE_URL (read on first use). Throws a clear error when the
 * variable is unset, which means the app was started without scripts/defuse.mjs.
 */
export function getDb(): Db {
  if (globalCache.__defuseDb) return globalCache.__defuseDb.db;
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `pnpm dev` / `pnpm start` (they start the embedded " +
        "database and set it), or set DATABASE_URL to a PostgreSQL URL, e.g. postgres://user@host:5432/defuse.",
    );
  }
  const db = createDb(url);
  globalCache.__defuseDb = { url, db };
  return db;
}

/** Disconnects and forgets the getDb() singleton (tests and graceful shutdown). */
export async function disconnectDb(): Promise<void> {
  const cached = globalCache.__defuseDb;
  globalCache.__defuseDb = undefined;
  await cached?.db.$disconnect();
}
