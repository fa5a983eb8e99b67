import "server-only";
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { serverEnv } from "./env";

/**
 * Brute-force protection for sign-in, shared by every Next.js instance through PostgreSQL
 * (table `rate_limits`, created by a Prisma migration). Counts failures only: 10 per email from
 * one client address, and 100 per client address, per 15 minutes. Failures are never counted per
 * email alone: that would let anyone lock any account (or everyone behind one office address) out
 * by typing wrong passwords for it. The address is the socket's (server/client-ip.ts), so a forged
 * X-Forwarded-For does not reset the count.
 */
const WINDOW_SECONDS = 15 * 60;

type Limiters = { byEmailAndIp: RateLimiterPostgres; byIp: RateLimiterPostgres };
// Kept on globalThis: Next bundles route handlers and server actions separately, and each bundle
// would otherwise open its own pool.
const shared = globalThis as typeof globalThis & { __defuseSignInLimiters?: Limiters };

function get(): Limiters {
  if (shared.__defuseSignInLimiters) return shared.__defuseSignInLimiters;
  // The limiter names its prepared statements, but the embedded PostgreSQL serves every socket
  // connection from one session: a second connection (another web worker's) preparing the same
  // name would fail every sign-in it handles. Its statements are therefore sent unnamed, which
  // costs a parse per sign-in, nothing a sign-in notices. Sign-ins are rare enough for one connection.
  const pool = new pg.Pool({ connectionString: serverEnv().DATABASE_URL, max: 1, idleTimeoutMillis: 0 });
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  pool.query = ((config: unknown, ...rest: unknown[]) => {
    if (config && typeof config === "object" && "name" in config) {
      const { name: _unused, ...unnamed } = config as Record<string, unknown>;
      return query(unnamed, ...rest);
    }
    return query(config, ...rest);
  }) as typeof pool.query;
  const common = { storeClient: pool, storeType: "pool", tableName: "rate_limits", tableCreated: true, duration: WINDOW_SECONDS };
  shared.__defuseSignInLimiters = {
    byEmailAndIp: new RateLimiterPostgres({ ...common, keyPrefix: "signin-email-ip", points: 10 }),
    byIp: new RateLimiterPostgres({ ...common, keyPrefix: "signin-ip", points: 100 }),
  };
  return shared.__defuseSignInLimiters;
}

/** Seconds until the caller may try again, or 0 when sign-in is allowed. */
const pairKey = (email: string, ip: string | null) => `${ip ?? "unknown"}|${email}`;

export async function signInBlockedFor(email: string, ip: string | null): Promise<number> {
  const { byEmailAndIp, byIp } = get();
  const [e, i] = await Promise.all([byEmailAndIp.get(pairKey(email, ip)), ip ? byIp.get(ip) : Promise.resolve(null)]);
  const wait = (r: RateLimiterRes | null, max: number) => (r && r.consumedPoints >= max ? Math.ceil(r.msBeforeNext / 1000) : 0);
  return Math.max(wait(e, 10), wait(i, 100));
}

export async function recordSignInFailure(email: string, ip: string | null): Promise<void> {
  const { byEmailAndIp, byIp } = get();
  const swallow = (err: unknown) => {
    if (!(err instanceof RateLimiterRes)) throw err; // a rejection with RateLimiterRes only means "over the limit"
  };
  await Promise.all([byEmailAndIp.consume(pairKey(email, ip)).catch(swallow), ip ? byIp.consume(ip).catch(swallow) : null]);
}

export async function clearSignInFailures(email: string, ip: string | null): Promise<void> {
  await get().byEmailAndIp.delete(pairKey(email, ip));
}
