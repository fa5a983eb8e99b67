import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { ltiLoginLimits } from "@defuse/api";
import { rateLimitKey } from "./client-ip";
import { rateLimitStore } from "./rate-limit-store";

/**
 * LTI login initiation (/api/lti/login) is anonymous and stores a login state for every call that
 * names a registered platform: per client address (the socket's, or the one TRUSTED_PROXY_HOPS
 * proxies vouch for; server/client-ip.ts; an IPv6 client by its /64), at most this many in the window. Generous enough for a
 * whole contact-centre floor behind one office address opening the same activity at 9:00; the
 * per-registration cap on outstanding states (services/lti/launch.ts) bounds floods from many addresses.
 * The default is 300; an operator sets LTI_LOGINS_PER_ADDRESS (read when the process builds its limiter).
 */
export const ltiLoginsPerAddress = (): number => ltiLoginLimits().perAddress;
export const LTI_LOGIN_WINDOW_SECONDS = 5 * 60;

const shared = globalThis as typeof globalThis & { __defuseLtiLoginLimiter?: RateLimiterPostgres };

function limiter(): RateLimiterPostgres {
  shared.__defuseLtiLoginLimiter ??= new RateLimiterPostgres({ ...rateLimitStore(), keyPrefix: "lti-login-ip", points: ltiLoginsPerAddress(), duration: LTI_LOGIN_WINDOW_SECONDS });
  return shared.__defuseLtiLoginLimiter;
}

/** Counts one login initiation from `ip`: 0 when allowed, else the seconds until the address may try again. */
export async function ltiLoginWaitFor(ip: string | null): Promise<number> {
  // Without the client-address preload there is no trustworthy address; the per-registration cap still applies.
  if (!ip) return 0;
  try {
    await limiter().consume(rateLimitKey(ip));
    return 0;
  } catch (err) {
    if (!(err instanceof RateLimiterRes)) throw err; // a rejection with RateLimiterRes only means "over the limit"
    return Math.max(1, Math.ceil(err.msBeforeNext / 1000));
  }
}
