import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { pageArgs, toPage } from "../admin/paging";
import { actionName, describeAudit } from "./describeAudit";

export interface ListAuditInput {
  action?: string | null;
  actorId?: string | null;
  targetType?: string | null;
  targetId?: string | null;
  from?: Date | null;
  to?: Date | null;
  cursor?: string | null;
  limit?: number;
}

/**
 * The organisation's audit trail, newest first, on the (orgId, createdAt), (orgId, action,
 * createdAt) and (orgId, actorId, createdAt) indexes.
 */
export async function listAudit(db: Db, actor: SessionUser, input: ListAuditInput) {
  const where: Prisma.AuditLogWhereInput = {
    orgId: actor.orgId,
    ...(input.action ? { action: input.action } : {}),
    ...(input.actorId ? { actorId: input.actorId } : {}),
    ...(input.targetType ? { targetType: input.targetType } : {}),
    ...(input.targetId ? { targetId: input.targetId } : {}),
    ...(input.from || input.to ? { createdAt: { ...(input.from ? { gte: input.from } : {}), ...(input.to ? { lt: input.to } : {}) } } : {}),
  };
  const { pageSize, ...page } = await pageArgs(input, (id) => db.auditLog.findFirst({ where: { ...where, id }, select: { id: true } }));
  const rows = await db.auditLog.findMany({
    where,
    select: { id: true, action: true, targetType: true, targetId: true, before: true, after: true, createdAt: true, actor: { select: { id: true, name: true, email: true } } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    ...page,
  });
  const { items, nextCursor } = toPage(rows, pageSize);
  return { items: await describeAudit(db, actor, items), nextCursor };
}

/**
 * Distinct actions used in the organisation, for the filter picker. A skip scan on the (orgId,
 * action, createdAt) index: one probe per distinct action, however long the trail grows (grouping
 * every entry took 33 ms at 300,000 entries and grows with them).
 */
export async function auditActions(db: Db, actor: SessionUser) {
  const rows = await db.$queryRaw<Array<{ action: string }>>`
    WITH RECURSIVE a AS (
      (SELECT action FROM "AuditLog" WHERE "orgId" = ${actor.orgId} ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT l.action FROM "AuditLog" l WHERE l."orgId" = ${actor.orgId} AND l.action > a.action ORDER BY l.action LIMIT 1)
      FROM a WHERE a.action IS NOT NULL
    )
    SELECT action FROM a WHERE action IS NOT NULL`;
  return rows.map((r) => r.action);
}

/** The actions of auditActions with the names the log shows, for the filter picker. */
export async function auditActionOptions(db: Db, actor: SessionUser) {
  return (await auditActions(db, actor)).map((action) => ({ action, name: actionName(action) })).sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The people who appear as actors in the organisation's trail, by name, for the "Person" filter:
 * a skip scan on the (orgId, actorId, createdAt) index (one probe per person), then their names.
 */
export async function auditActors(db: Db, actor: SessionUser) {
  const rows = await db.$queryRaw<Array<{ actorId: string }>>`
    WITH RECURSIVE a AS (
      (SELECT "actorId" FROM "AuditLog" WHERE "orgId" = ${actor.orgId} AND "actorId" IS NOT NULL ORDER BY "actorId" LIMIT 1)
      UNION ALL
      SELECT (SELECT l."actorId" FROM "AuditLog" l WHERE l."orgId" = ${actor.orgId} AND l."actorId" > a."actorId" ORDER BY l."actorId" LIMIT 1)
      FROM a WHERE a."actorId" IS NOT NULL
    )
    SELECT "actorId" FROM a WHERE "actorId" IS NOT NULL`;
  if (rows.length === 0) return [];
  return db.user.findMany({
    where: { orgId: actor.orgId, id: { in: rows.map((r) => r.actorId) } },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
