import { type Db, PREPARED } from "@defuse/db";
import type { SessionRef } from "./services/account/sessions";

export type Role = "ADMIN" | "TRAINER" | "LEARNER";

/** Who is calling, as loaded from the database on every request (not trusted from the token). */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  orgId: string;
  /** An admin gave them a temporary password: they must choose their own before using Defuse. */
  mustChangePassword?: boolean;
  /** The SignInSession this request came with (absent for callers built in tests). */
  sessionId?: string;
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  /** Request metadata for audit entries and rate limits; absent in tests. */
  ip?: string;
  /** The request's origin (https://host), for links in emails when DEFUSE_URL is not set. */
  origin?: string;
}

/** Context without HTTP: integration tests call routers through createCaller with this. */
export function createContextInner(opts: { db: Db; user: SessionUser | null; ip?: string; origin?: string }): Context {
  return { db: opts.db, user: opts.user, ip: opts.ip, origin: opts.origin };
}

/**
 * Resolve the session cookie to the current user row, through its SignInSession: a signed-out,
 * revoked or expired session, a deactivated or deleted user, or a changed role all take effect on
 * the very next request even though the JWT still exists. One indexed read per request.
 */
export async function loadSessionUser(db: Db, ref: SessionRef | null | undefined): Promise<SessionUser | null> {
  if (!ref?.userId || !ref.sessionId) return null;
  // One statement (Prisma's nested select sends two): this runs for every page view and API call.
  const [user] = await db.$queryRaw<Array<Omit<SessionUser, "sessionId">>>`${PREPARED}
    SELECT u.id, u.email, u.name, u.role::text AS role, u."orgId", u."mustChangePassword"
    FROM "SignInSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${ref.sessionId} AND s."userId" = ${ref.userId} AND s."revokedAt" IS NULL
      AND s."expiresAt" > (now() AT TIME ZONE 'UTC') AND u.active`;
  if (!user) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, orgId: user.orgId, mustChangePassword: user.mustChangePassword, sessionId: ref.sessionId };
}
