import type { Db, Prisma } from "@defuse/db";
import type { Role, SessionUser } from "../../context";
import { AppError, notFound } from "../../errors";
import { pageArgs, toPage } from "../admin/paging";
import { recordAudit } from "../audit/recordAudit";
import { revokeAllSignInSessions } from "../account/sessions";
import { noticeSessionsChanged } from "../account/sessionNotice";

export interface ListPeopleInput {
  search?: string | null;
  role?: Role | null;
  active?: boolean | null;
  cohortId?: string | null;
  cursor?: string | null;
  limit?: number;
}

/**
 * Prisma's `contains` is a LIKE pattern without escaping, so % and _ in what the admin typed would
 * be wildcards ("r_s" finding "Rose"). Escaped with PostgreSQL's default LIKE escape, the backslash.
 */
export const likeLiteral = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The organisation's people by name, filterable, keyset-paginated on (name, id). */
export async function listPeople(db: Db, actor: SessionUser, input: ListPeopleInput) {
  const typed = input.search?.trim();
  const search = typed ? likeLiteral(typed) : typed;
  const where: Prisma.UserWhereInput = {
    orgId: actor.orgId,
    ...(input.role ? { role: input.role } : {}),
    ...(input.active != null ? { active: input.active } : {}),
    ...(input.cohortId ? { memberships: { some: { cohortId: input.cohortId, removedAt: null } } } : {}),
    ...(search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search.toLowerCase() } }] } : {}),
  };
  const { pageSize, ...page } = await pageArgs(input, (id) => db.user.findFirst({ where: { ...where, id }, select: { id: true } }));
  const rows = await db.user.findMany({
    where,
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      active: true,
      mustChangePassword: true,
      lastSignInAt: true,
      memberships: { where: { removedAt: null }, select: { cohort: { select: { id: true, name: true } } } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...page,
  });
  const result = toPage(rows, pageSize);
  return { nextCursor: result.nextCursor, items: result.items.map(({ memberships, ...u }) => ({ ...u, cohorts: memberships.map((m) => m.cohort) })) };
}

const userSelect = { id: true, name: true, email: true, role: true, active: true } as const;

async function findPerson(tx: Prisma.TransactionClient, orgId: string, userId: string) {
  const user = await tx.user.findFirst({ where: { id: userId, orgId }, select: userSelect });
  if (!user) throw notFound("That person");
  return user;
}

/**
 * Changes that may take away an organisation's admin take turns on its row: each counts the
 * admins left only once the one before has committed. Without it, two admins removing each other
 * at the same moment each counted the other and both succeeded, leaving nobody to manage it.
 * NO KEY UPDATE: rows that only reference the organisation (audit entries, attempts) are not held up.
 */
export async function lockOrgAdmins(tx: Prisma.TransactionClient, orgId: string) {
  await tx.$queryRaw`SELECT id FROM "Organization" WHERE id = ${orgId} FOR NO KEY UPDATE`;
}

/** An organisation must keep at least one active admin, or nobody could manage it any more. */
async function assertAnotherAdmin(tx: Prisma.TransactionClient, orgId: string, userId: string, message: string) {
  await lockOrgAdmins(tx, orgId);
  const others = await tx.user.count({ where: { orgId, role: "ADMIN", active: true, id: { not: userId } } });
  if (others === 0) throw new AppError("PRECONDITION_FAILED", message);
}

export async function changeRole(db: Db, actor: SessionUser, input: { userId: string; role: Role }) {
  return db.$transaction(async (tx) => {
    const before = await findPerson(tx, actor.orgId, input.userId);
    if (before.role === input.role) return before;
    if (before.role === "ADMIN" && before.active) {
      await assertAnotherAdmin(tx, actor.orgId, before.id, "This is the organisation's only admin: make someone else an admin first.");
    }
    const after = await tx.user.update({ where: { id: before.id }, data: { role: input.role }, select: userSelect });
    noticeSessionsChanged(before.id);
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "user.role_change", targetType: "User", targetId: before.id, before: { role: before.role }, after: { role: after.role } });
    return after;
  });
}

/**
 * Deactivates (or reactivates) a person. A deactivated person cannot sign in and their open
 * sessions stop working on the next request (loadSessionUser); attempts, reviews and memberships
 * stay for the organisation's records. Outstanding reset links die with the deactivation.
 */
export async function setActive(db: Db, actor: SessionUser, input: { userId: string; active: boolean }) {
  return db.$transaction(async (tx) => {
    const before = await findPerson(tx, actor.orgId, input.userId);
    if (before.active === input.active) return before;
    if (!input.active) {
      if (before.id === actor.id) throw new AppError("PRECONDITION_FAILED", "You cannot deactivate yourself.");
      if (before.role === "ADMIN") await assertAnotherAdmin(tx, actor.orgId, before.id, "This is the organisation's only admin.");
      await tx.passwordResetToken.updateMany({ where: { userId: before.id, usedAt: null }, data: { usedAt: new Date() } });
      // So that reactivating someone later does not bring their old cookies back to life.
      await revokeAllSignInSessions(tx, before.id);
    }
    const after = await tx.user.update({ where: { id: before.id }, data: { active: input.active }, select: userSelect });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: input.active ? "user.reactivate" : "user.deactivate",
      targetType: "User",
      targetId: before.id,
      before: { active: before.active },
      after: { active: after.active },
    });
    return after;
  });
}
