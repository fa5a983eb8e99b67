import type { Db } from "@defuse/db";
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
  const row = await db.signInSession.findFirst({
    where: { id: ref.sessionId, userId: ref.userId, revokedAt: null, expiresAt: { gt: new Date() } },
    select: { user: { select: { id: true, email: true, name: true, role: true, orgId: true, active: true, mustChangePassword: true } } },
  });
  const user = row?.user;
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, orgId: user.orgId, mustChangePassword: user.mustChangePassword, sessionId: ref.sessionId };
}
