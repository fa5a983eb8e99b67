import type { Db } from "@defuse/db";

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
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  /** Request metadata for audit entries and rate limits; absent in tests. */
  ip?: string;
}

/** Context without HTTP: integration tests call routers through createCaller with this. */
export function createContextInner(opts: { db: Db; user: SessionUser | null; ip?: string }): Context {
  return { db: opts.db, user: opts.user, ip: opts.ip };
}

/**
 * Resolve the session's user id to the current user row. A deactivated or deleted user, or one
 * whose role changed, takes effect on their very next request even though their JWT still exists.
 */
export async function loadSessionUser(db: Db, userId: string | undefined | null): Promise<SessionUser | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, role: true, orgId: true, active: true, mustChangePassword: true },
  });
  if (!user || !user.active) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, orgId: user.orgId, mustChangePassword: user.mustChangePassword };
}
