import type { Db } from "@defuse/db";
import type { Role, SessionUser } from "../../context";
import { AppError, notFound } from "../../errors";
import { recordAudit, recordAuditMany } from "../audit/recordAudit";
import { revokeAllSignInSessions } from "../account/sessions";
import { noticeSessionsChanged } from "../account/sessionNotice";
import { lockOrgAdmins } from "./managePeople";

export type BulkPeopleAction = { kind: "role"; role: Role } | { kind: "cohort"; cohortId: string } | { kind: "deactivate" };

/**
 * One change to several people at once, from the admin's people table: all or nothing, in one
 * transaction, with one audit entry per person changed (the same entries the single-person
 * actions write) and one entry for the bulk action itself. The rules of the single actions hold:
 * nobody deactivates themselves, and the organisation keeps at least one active admin.
 */
export async function bulkPeople(db: Db, actor: SessionUser, input: { userIds: string[]; action: BulkPeopleAction }) {
  const ids = [...new Set(input.userIds)];
  return db.$transaction(async (tx) => {
    const people = await tx.user.findMany({ where: { orgId: actor.orgId, id: { in: ids } }, select: { id: true, role: true, active: true } });
    if (people.length !== ids.length) throw notFound("One of those people");
    const audit = { orgId: actor.orgId, actorId: actor.id, targetType: "User" } as const;
    const a = input.action;
    let changed: string[] = [];

    if (a.kind === "cohort") {
      const cohort = await tx.cohort.findFirst({ where: { id: a.cohortId, orgId: actor.orgId }, select: { id: true, archivedAt: true } });
      if (!cohort) throw notFound("That cohort");
      if (cohort.archivedAt) throw new AppError("PRECONDITION_FAILED", "This cohort is archived; unarchive it first.");
      const current = await tx.cohortMember.findMany({ where: { orgId: actor.orgId, cohortId: cohort.id, userId: { in: ids }, removedAt: null }, select: { userId: true } });
      const already = new Set(current.map((m) => m.userId));
      changed = ids.filter((id) => !already.has(id));
      await tx.cohortMember.createMany({ data: changed.map((userId) => ({ orgId: actor.orgId, cohortId: cohort.id, userId })) });
      await recordAuditMany(
        tx,
        changed.map((userId) => ({ ...audit, action: "cohort.member_add", targetType: "Cohort", targetId: cohort.id, after: { userId } })),
      );
    } else {
      const leaving = a.kind === "deactivate" ? people.filter((p) => p.active) : people.filter((p) => p.role !== a.role);
      if (a.kind === "deactivate" && leaving.some((p) => p.id === actor.id)) {
        throw new AppError("PRECONDITION_FAILED", "You cannot deactivate yourself: leave yourself out of the selection.");
      }
      const adminsLeaving = leaving.filter((p) => p.role === "ADMIN" && p.active).map((p) => p.id);
      if (adminsLeaving.length) {
        await lockOrgAdmins(tx, actor.orgId);
        const others = await tx.user.count({ where: { orgId: actor.orgId, role: "ADMIN", active: true, id: { notIn: adminsLeaving } } });
        if (others === 0) throw new AppError("PRECONDITION_FAILED", "That would leave the organisation without an active admin.");
      }
      changed = leaving.map((p) => p.id);
      if (a.kind === "deactivate") {
        await tx.user.updateMany({ where: { orgId: actor.orgId, id: { in: changed } }, data: { active: false } });
        await tx.passwordResetToken.updateMany({ where: { userId: { in: changed }, usedAt: null }, data: { usedAt: new Date() } });
        for (const id of changed) await revokeAllSignInSessions(tx, id);
        await recordAuditMany(
          tx,
          changed.map((id) => ({ ...audit, action: "user.deactivate", targetId: id, before: { active: true }, after: { active: false } })),
        );
      } else {
        await tx.user.updateMany({ where: { orgId: actor.orgId, id: { in: changed } }, data: { role: a.role } });
        // as changeRole: the web app's session cache must not keep serving the old role
        for (const id of changed) noticeSessionsChanged(id);
        await recordAuditMany(
          tx,
          leaving.map((p) => ({ ...audit, action: "user.role_change", targetId: p.id, before: { role: p.role }, after: { role: a.role } })),
        );
      }
    }
    await recordAudit(tx, { ...audit, action: "people.bulk", targetType: "Organization", targetId: actor.orgId, after: { ...a, userIds: ids, changed: changed.length } });
    return { selected: ids.length, changed: changed.length };
  });
}
