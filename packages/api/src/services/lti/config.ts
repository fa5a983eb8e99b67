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
