import type { Db, Prisma } from "@defuse/db";
import { recordAudit } from "../audit/recordAudit";
import { noticeSessionsChanged } from "./sessionNotice";

type Tx = Db | Prisma.TransactionClient;

/** How long one sign-in lasts, however often Auth.js renews the cookie. */
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

/** What the session cookie points at: the person and the SignInSession row. */
export interface SessionRef {
  userId: string;
  sessionId: string;
}

/** Records a new signed-in browser; its id goes into the JWT as `sid`. */
export async function startSignInSession(db: Tx, user: { id: string; orgId: string }, now = new Date()): Promise<SessionRef> {
  const row = await db.signInSession.create({
    data: { orgId: user.orgId, userId: user.id, expiresAt: new Date(now.getTime() + SESSION_TTL_MS) },
    select: { id: true },
  });
  return { userId: user.id, sessionId: row.id };
}

/** Sign-out: this browser's session stops working, a copied cookie included. */
export async function revokeSignInSession(db: Tx, ref: SessionRef, opts: { audit?: boolean } = {}): Promise<void> {
  const session = await db.signInSession.findFirst({ where: { id: ref.sessionId, userId: ref.userId, revokedAt: null }, select: { id: true, orgId: true } });
  if (!session) return;
  await db.signInSession.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: new Date() } });
  noticeSessionsChanged(ref.userId);
  if (opts.audit) {
    await recordAudit(db, { orgId: session.orgId, actorId: ref.userId, action: "auth.sign_out", targetType: "User", targetId: ref.userId });
  }
}

/**
 * Ends every session of a person (password changed or reset, account deactivated), except the one
 * making the change when it is their own.
 */
export async function revokeAllSignInSessions(db: Tx, userId: string, exceptSessionId?: string | null): Promise<number> {
  const r = await db.signInSession.updateMany({
    where: { userId, revokedAt: null, ...(exceptSessionId ? { id: { not: exceptSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
  noticeSessionsChanged(userId);
  return r.count;
}
