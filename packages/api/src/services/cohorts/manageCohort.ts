import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, conflict, isUniqueViolation, notFound } from "../../errors";
import { pageArgs, toPage } from "../admin/paging";
import { recordAudit, recordAuditMany } from "../audit/recordAudit";

const cohortSelect = { id: true, name: true, description: true, archivedAt: true } as const;

async function findCohort(tx: Prisma.TransactionClient, orgId: string, cohortId: string) {
  const cohort = await tx.cohort.findFirst({ where: { id: cohortId, orgId }, select: cohortSelect });
  if (!cohort) throw notFound("That cohort");
  return cohort;
}

export async function renameCohort(db: Db, actor: SessionUser, input: { cohortId: string; name: string; description?: string | null }) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await findCohort(tx, actor.orgId, input.cohortId);
      const after = await tx.cohort.update({
        where: { id: before.id },
        data: { name: input.name, ...(input.description != null ? { description: input.description } : {}) },
        select: cohortSelect,
      });
      await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "cohort.rename", targetType: "Cohort", targetId: before.id, before, after });
      return after;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict(`A cohort called “${input.name}” already exists.`, "name");
    throw err;
  }
}

/** Archiving hides a cohort from pickers and learners' dashboards; members and results stay. */
export async function archiveCohort(db: Db, actor: SessionUser, input: { cohortId: string; archived: boolean }) {
  return db.$transaction(async (tx) => {
    const before = await findCohort(tx, actor.orgId, input.cohortId);
    if (!!before.archivedAt === input.archived) return before;
    const after = await tx.cohort.update({ where: { id: before.id }, data: { archivedAt: input.archived ? new Date() : null }, select: cohortSelect });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: input.archived ? "cohort.archive" : "cohort.unarchive",
      targetType: "Cohort",
      targetId: before.id,
      before,
      after,
    });
    return after;
  });
}

/** Adds people of the organisation to a cohort; people already in it are left as they are. */
export async function addMembers(db: Db, actor: SessionUser, input: { cohortId: string; userIds: string[] }) {
  return db.$transaction(async (tx) => {
    const cohort = await findCohort(tx, actor.orgId, input.cohortId);
    if (cohort.archivedAt) throw new AppError("PRECONDITION_FAILED", "This cohort is archived; unarchive it first.");
    const ids = [...new Set(input.userIds)];
    const users = await tx.user.findMany({ where: { id: { in: ids }, orgId: actor.orgId }, select: { id: true } });
    if (users.length !== ids.length) throw notFound("One of those people");
    const current = await tx.cohortMember.findMany({
      where: { cohortId: cohort.id, userId: { in: ids }, removedAt: null },
      select: { userId: true },
    });
    const already = new Set(current.map((m) => m.userId));
    const toAdd = ids.filter((id) => !already.has(id));
    if (toAdd.length) {
      await tx.cohortMember.createMany({ data: toAdd.map((userId) => ({ orgId: actor.orgId, cohortId: cohort.id, userId })) });
      await recordAuditMany(
        tx,
        toAdd.map((userId) => ({ orgId: actor.orgId, actorId: actor.id, action: "cohort.member_add", targetType: "Cohort", targetId: cohort.id, after: { userId } })),
      );
    }
    return { added: toAdd.length, alreadyMembers: ids.length - toAdd.length };
  });
}

/** Removes a member; the membership row stays with removedAt set, so the cohort's history stays. */
export async function removeMember(db: Db, actor: SessionUser, input: { cohortId: string; userId: string }) {
  return db.$transaction(async (tx) => {
    const cohort = await findCohort(tx, actor.orgId, input.cohortId);
    const now = new Date();
    const result = await tx.cohortMember.updateMany({
      where: { orgId: actor.orgId, cohortId: cohort.id, userId: input.userId, removedAt: null },
      data: { removedAt: now },
    });
    if (result.count === 0) throw notFound("That member");
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "cohort.member_remove", targetType: "Cohort", targetId: cohort.id, before: { userId: input.userId }, after: { removedAt: now } });
    return { removed: result.count };
  });
}

/** A cohort's members (current, or with history), by name, keyset-paginated. */
export async function listMembers(db: Db, actor: SessionUser, input: { cohortId: string; includeRemoved?: boolean; cursor?: string | null; limit?: number }) {
  const cohort = await db.cohort.findFirst({ where: { id: input.cohortId, orgId: actor.orgId }, select: cohortSelect });
  if (!cohort) throw notFound("That cohort");
  const where: Prisma.CohortMemberWhereInput = { orgId: actor.orgId, cohortId: cohort.id, ...(input.includeRemoved ? {} : { removedAt: null }) };
  const { pageSize, ...page } = await pageArgs(input, (id) => db.cohortMember.findFirst({ where: { ...where, id }, select: { id: true } }));
  const rows = await db.cohortMember.findMany({
    where,
    select: { id: true, addedAt: true, removedAt: true, user: { select: { id: true, name: true, email: true, role: true, active: true } } },
    orderBy: [{ addedAt: "desc" }, { id: "desc" }],
    ...page,
  });
  const result = toPage(rows, pageSize);
  return { cohort, nextCursor: result.nextCursor, items: result.items };
}

/** All cohorts of the organisation for the admin's cohort page, with member counts. */
export async function listCohorts(db: Db, actor: SessionUser, input: { includeArchived?: boolean; cursor?: string | null; limit?: number }) {
  const where: Prisma.CohortWhereInput = { orgId: actor.orgId, ...(input.includeArchived ? {} : { archivedAt: null }) };
  const { pageSize, ...page } = await pageArgs(input, (id) => db.cohort.findFirst({ where: { ...where, id }, select: { id: true } }));
  const rows = await db.cohort.findMany({
    where,
    select: { ...cohortSelect, createdAt: true, _count: { select: { members: { where: { removedAt: null } } } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    ...page,
  });
  const result = toPage(rows, pageSize);
  return { nextCursor: result.nextCursor, items: result.items.map(({ _count, ...c }) => ({ ...c, memberCount: _count.members })) };
}

