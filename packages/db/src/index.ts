// @defuse/db: the Prisma client factory and everything the rest of the app needs from the data
// layer. Other packages import from here, never from ./generated directly, so the generator's
// output location stays an implementation detail.
import { AsyncResource } from "node:async_hooks";
import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Prisma, PrismaClient } from "./generated/prisma/client";
import { queryDirect } from "./direct";

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
  /**
   * Whether statements marked with PREPARED (below) become named prepared statements; defaults to
   * on unless DB_PREPARED_STATEMENTS is "off". Off for the embedded database (PGlite), which serves
   * every connection from one session, where two connections' statements of the same name collide.
   */
  preparedStatements?: boolean;
}

/**
 * Put at the very start of a hot `$queryRaw` statement (`${PREPARED}` is not a parameter: it is
 * written into the SQL text as a comment) to have PostgreSQL keep its plan per connection.
 *
 * Prisma sends every statement unnamed, so PostgreSQL parses and plans it afresh on each call. The
 * pages' statements are single large queries (CTEs, lateral joins, json_agg) whose planning costs
 * more than running them: in PostgreSQL's statement log, the learner dashboard's one statement
 * spent 5.1 ms in bind (planning) against 2.8 ms executing, the course pages' 2.8 ms against
 * 0.6 ms, per view, on the database server's share of the same two cores (issue 16). A marked
 * statement is sent as a named prepared statement (its name from a hash of its text): parsed once
 * per connection, and after five runs PostgreSQL uses a generic plan when it is no dearer than the
 * custom ones (plan_cache_mode auto). Only explicitly marked, fixed-text statements are named, and
 * at most MAX_PREPARED distinct texts per process, so the plans each connection holds stay bounded.
 * A marked statement must name its result columns (no `SELECT *` or `RETURNING *`): a cached plan
 * whose result columns a migration changed fails until the connection is replaced.
 *
 * A marked statement also goes straight to the pg pool (direct.ts) instead of through Prisma's
 * query interpreter, which cost about four times the driver's own CPU per statement (0.3 against
 * 0.07 ms measured side by side on the role-play turn's read): the rows come back with the values
 * Prisma would give (Date, BigInt, Decimal, parsed JSON), a failure as pg's error (SQLSTATE in
 * `code`). So a marked statement is awaited on its own, never put in `$transaction([...])`.
 */
export const PREPARED: Prisma.Sql = sharedPreparedMark();
/**
 * One mark per process, whichever copy of this module made it: a Next.js build instantiates this
 * module once per server runtime (the pages' and the route handlers'), and the one client
 * (getDb's, made by whichever ran first) recognises the mark by identity. With a mark per copy,
 * every page's PREPARED statement went through Prisma's interpreter after all (issue 16, perf17).
 */
function sharedPreparedMark(): Prisma.Sql {
  const key = Symbol.for("@defuse/db PREPARED");
  const store = globalThis as unknown as Record<symbol, Prisma.Sql | undefined>;
  return (store[key] ??= Prisma.raw("/* prepared */ "));
}
const PREPARED_MARK = "/* prepared */";
const MAX_PREPARED = 200;
const statementNames = new Map<string, string>();

/** The statement name for a marked SQL text (undefined: send it unnamed). Exported for tests. */
export function preparedStatementName(sql: string): string | undefined {
  if (!sql.startsWith(PREPARED_MARK)) return undefined;
  let name = statementNames.get(sql);
  if (name === undefined) {
    if (statementNames.size >= MAX_PREPARED) return undefined;
    name = `defuse_${createHash("sha256").update(sql).digest("hex").slice(0, 32)}`;
    statementNames.set(sql, name);
  }
  return name;
}

function preparedFromEnv(): boolean {
  return process.env.DB_PREPARED_STATEMENTS !== "off";
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
  const named = options.preparedStatements ?? preparedFromEnv();
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true, ...(named ? { statementNameGenerator: (q: { sql: string }) => preparedStatementName(q.sql) as string } : {}) }),
  });
  // PREPARED statements skip Prisma's query interpreter (direct.ts): the same pool, the same
  // statement name, the same values back. Everything else still goes through Prisma, and so does
  // every statement of an interactive transaction: its client inherits this method, and `this`
  // then is the transaction's client, whose statements must run on the transaction's connection.
  const viaPrisma = client.$queryRaw;
  client.$queryRaw = function (this: Db, query: TemplateStringsArray | Prisma.Sql, ...values: unknown[]) {
    const marked = this === client && (query instanceof Prisma.Sql ? query.text.startsWith(PREPARED_MARK) : query[0] === "" && values[0] === PREPARED);
    if (!marked) return viaPrisma.call(this, query, ...values);
    const sql = query instanceof Prisma.Sql ? query : Prisma.sql(query, ...values);
    return queryDirect(pool, sql, named ? preparedStatementName(sql.text) : undefined);
  } as Db["$queryRaw"];
  // Prisma attaches its idle-connection error listener, and ends the pool on $disconnect, only once
  // it has run a statement itself: a client that ran only PREPARED ones needs both from here. A
  // connection that broke while idle is dropped by the pool (Prisma's listener only logs it too).
  pool.on("error", () => {});
  const disconnect = client.$disconnect.bind(client);
  client.$disconnect = async () => {
    await disconnect();
    if (!pool.ended) await pool.end();
  };
  return client;
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
