import "server-only";
import { z } from "zod";

/**
 * Server environment, read once and validated. `pnpm start`/`pnpm dev` (scripts/defuse.mjs) set
 * DATABASE_URL (embedded PostgreSQL when none is given) and a generated AUTH_SECRET, so a
 * newcomer writes no env file. A production deployment must set both itself.
 */
const schema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is not set: start Defuse with `pnpm start`, or set it to a PostgreSQL URL."),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be set to a random string of at least 32 characters (e.g. `openssl rand -base64 33`)."),
});

let cached: z.infer<typeof schema> | null = null;

export function serverEnv(): z.infer<typeof schema> {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Defuse cannot start: ${parsed.error.issues.map((i) => i.message).join(" ")}`);
  }
  cached = parsed.data;
  return cached;
}
