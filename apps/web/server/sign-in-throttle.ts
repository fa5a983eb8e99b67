import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { rateLimitStore } from "./rate-limit-store";

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
const shared = globalThis as typeof globalThis & { __defuseSignInLimiters?: Limiters };

function get(): Limiters {
  if (shared.__defuseSignInLimiters) return shared.__defuseSignInLimiters;
  const common = { ...rateLimitStore(), duration: WINDOW_SECONDS };
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
