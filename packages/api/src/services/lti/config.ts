/**
 * What the LTI services need from the environment: AUTH_SECRET (tool private keys are sealed
 * with a key derived from it) and Defuse's public base URL (DEFUSE_URL, else AUTH_URL), which
 * platforms call back. Read per call so tests and `scripts/defuse.mjs` can set them.
 */
export function ltiConfig(): { baseUrl: string; secret: string } {
  const secret = process.env.AUTH_SECRET ?? "";
  if (secret.length < 32) throw new Error("AUTH_SECRET is not set (at least 32 characters): LTI keys cannot be protected.");
  const baseUrl = (process.env.DEFUSE_URL ?? process.env.AUTH_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return { baseUrl, secret };
}

/**
 * An operator's whole-number setting from the environment: `fallback` when unset or empty; a value
 * that is not a whole number from `min` to `max` stops the caller with a message naming the variable
 * (a typo must not silently switch a limit off).
 */
export function intSetting(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name]?.trim();
  if (!raw) return fallback;
  const n = /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  return n;
}

/**
 * LTI login initiation limits (both anonymous-facing): per client address in a 5-minute window
 * (LTI_LOGINS_PER_ADDRESS, default 300) and unexpired login states per registration
 * (LTI_MAX_PENDING_LOGINS, default 5,000). Read per call, so a change needs no rebuild, only a restart
 * for the per-address limiter, which is built once per process.
 */
export function ltiLoginLimits(): { perAddress: number; pendingPerRegistration: number } {
  return {
    perAddress: intSetting("LTI_LOGINS_PER_ADDRESS", 300, 1, 1_000_000),
    pendingPerRegistration: intSetting("LTI_MAX_PENDING_LOGINS", 5000, 1, 10_000_000),
  };
}
