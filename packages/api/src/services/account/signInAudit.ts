import type { Db } from "@defuse/db";
import { recordAudit } from "../audit/recordAudit";

/**
 * Sign-ins in the audit log: successes, and failures for an email that belongs to someone (so an
 * organisation can see an attack on its people). Failures for unknown emails belong to no
 * organisation and are only counted by the throttle. The address is the one the throttle uses.
 */
export async function recordSignInEvent(db: Db, e: { email: string; outcome: "success" | "failure"; ip: string | null }) {
  const user = await db.user.findUnique({ where: { email: e.email }, select: { id: true, orgId: true } });
  if (!user) return;
  await recordAudit(db, {
    orgId: user.orgId,
    actorId: e.outcome === "success" ? user.id : null,
    action: e.outcome === "success" ? "auth.sign_in" : "auth.sign_in_failed",
    targetType: "User",
    targetId: user.id,
    after: e.ip ? { ip: e.ip } : undefined,
  });
}

/** Someone signed in was refused a page or a procedure their role does not allow. */
export async function recordAccessDenied(db: Db, user: { id: string; orgId: string }, what: string) {
  await recordAudit(db, { orgId: user.orgId, actorId: user.id, action: "access.denied", targetType: "Route", targetId: what.slice(0, 200) });
}
