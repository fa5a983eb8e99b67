import { Prisma, type Db } from "@defuse/db";
import { assignmentStatusSql } from "../assignments/completion";
import { titleLookup } from "../authoring/resolve";
import { appBaseUrl } from "./config";
import { queueEmails, type OutgoingEmail } from "./outbox";
import { unsubscribeToken } from "./preferences";

type Tx = Db | Prisma.TransactionClient;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Where a learner does an assignment. */
export const assignmentPath = (kind: "MODULE" | "SCENARIO", contentId: string) => (kind === "MODULE" ? `/courses/${contentId}` : `/practice/${contentId}`);

/**
 * "New assignment" emails to the cohort's current active learners, written in the assignment's
 * transaction. Sent to everyone, opted out or not: it is news, not a reminder.
 */
export async function queueNewAssignmentEmails(
  tx: Tx,
  assignment: { id: string; orgId: string; cohortId: string; kind: "MODULE" | "SCENARIO"; contentId: string; dueAt: Date | null },
  origin?: string | null,
) {
  const members = await tx.cohortMember.findMany({
    where: { orgId: assignment.orgId, cohortId: assignment.cohortId, removedAt: null, user: { active: true, role: "LEARNER", orgId: assignment.orgId } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  const link = appBaseUrl(origin) + assignmentPath(assignment.kind, assignment.contentId);
  const title = (await titleLookup(tx, assignment.orgId, [assignment.contentId]))(assignment.kind, assignment.contentId);
  return queueEmails(
    tx,
    members.map(({ user }) => ({
      orgId: assignment.orgId,
      userId: user.id,
      recipient: user.email,
      dedupeKey: `new-assignment:${assignment.id}:${user.id}`,
      data: { template: "new-assignment", name: user.name, title, dueAt: assignment.dueAt, link },
    })),
  );
}

interface ReminderRow {
  assignmentId: string;
  orgId: string;
  kind: "MODULE" | "SCENARIO";
  contentId: string;
  dueAt: Date;
  userId: string;
  email: string;
  name: string;
  overdueRepeatDays: number;
}

/**
 * The daily reminder run: for every organisation with reminders on, each active learner who has
 * not opted out and has an unfinished assignment (by the organisation's completion rules) gets
 * "due soon" once when its due date is within the organisation's days-before (calendar days, UTC),
 * and "overdue" once after it passes (again every overdueRepeatDays days, if set). The dedupe key
 * makes a run idempotent: running twice, or late, writes nothing new.
 */
export async function enqueueReminders(db: Db, now = new Date()) {
  const startOfToday = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const rows = await db.$queryRaw<ReminderRow[]>(Prisma.sql`
    SELECT a.id AS "assignmentId", a."orgId", a.kind::text AS kind, a."contentId", a."dueAt",
           u.id AS "userId", u.email, u.name, o."overdueRepeatDays"
    FROM "Assignment" a
    JOIN "Organization" o ON o.id = a."orgId" AND o."remindersEnabled"
    JOIN "Cohort" c ON c.id = a."cohortId" AND c."orgId" = a."orgId" AND c."archivedAt" IS NULL
    JOIN "CohortMember" m ON m."cohortId" = a."cohortId" AND m."orgId" = a."orgId" AND m."removedAt" IS NULL
    JOIN "User" u ON u.id = m."userId" AND u."orgId" = a."orgId" AND u.active AND u.role = 'LEARNER' AND u."emailReminders"
    WHERE a."withdrawnAt" IS NULL AND a."dueAt" IS NOT NULL
      AND a."dueAt" < ${new Date(startOfToday)}::timestamp + make_interval(days => o."reminderDaysBefore" + 1)
      AND ${assignmentStatusSql(Prisma.sql`u.id`)} <> 'COMPLETED'
    ORDER BY a.id, u.id`);
  const base = appBaseUrl();
  const emails: OutgoingEmail[] = [];
  // Reminders span organisations: each one names its own scenarios.
  const titles = new Map<string, Awaited<ReturnType<typeof titleLookup>>>();
  for (const orgId of new Set(rows.map((r) => r.orgId))) titles.set(orgId, await titleLookup(db, orgId, rows.filter((r) => r.orgId === orgId).map((r) => r.contentId)));
  for (const r of rows) {
    const link = base + assignmentPath(r.kind, r.contentId);
    const unsubscribeLink = `${base}/unsubscribe/${await unsubscribeToken(r.userId)}`;
    const title = titles.get(r.orgId)!(r.kind, r.contentId);
    const common = { orgId: r.orgId, userId: r.userId, recipient: r.email };
    if (r.dueAt > now) {
      emails.push({ ...common, dedupeKey: `due-soon:${r.assignmentId}:${r.userId}`, data: { template: "due-soon", name: r.name, title, dueAt: r.dueAt, link, unsubscribeLink } });
    } else {
      const round = r.overdueRepeatDays > 0 ? Math.floor((now.getTime() - r.dueAt.getTime()) / (r.overdueRepeatDays * DAY_MS)) : 0;
      emails.push({ ...common, dedupeKey: `overdue:${r.assignmentId}:${r.userId}:${round}`, data: { template: "overdue", name: r.name, title, dueAt: r.dueAt, link, unsubscribeLink } });
    }
  }
  // Skip keys already written before rendering, so a daily run costs one read for old reminders.
  const known = new Set(
    (await db.emailMessage.findMany({ where: { dedupeKey: { in: emails.map((e) => e.dedupeKey!) } }, select: { dedupeKey: true } })).map((m) => m.dedupeKey),
  );
  return queueEmails(db, emails.filter((e) => !known.has(e.dedupeKey!)));
}
