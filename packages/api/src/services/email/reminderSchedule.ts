import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { recordAudit } from "../audit/recordAudit";

const select = { remindersEnabled: true, reminderDaysBefore: true, overdueRepeatDays: true } as const;

export interface ReminderSchedule {
  remindersEnabled: boolean;
  /** "Due soon" goes this many calendar days before the due date (1 = the day before). */
  reminderDaysBefore: number;
  /** "Overdue" again every this many days while it stays overdue; 0 sends it once. */
  overdueRepeatDays: number;
}

export function getReminderSchedule(db: Db, actor: SessionUser): Promise<ReminderSchedule> {
  return db.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select });
}

/** Admin: the organisation's reminder schedule (audited; saving the same values again changes nothing). */
export async function setReminderSchedule(db: Db, actor: SessionUser, input: ReminderSchedule): Promise<ReminderSchedule> {
  return db.$transaction(async (tx) => {
    const before = await tx.organization.findUniqueOrThrow({ where: { id: actor.orgId }, select });
    if (before.remindersEnabled === input.remindersEnabled && before.reminderDaysBefore === input.reminderDaysBefore && before.overdueRepeatDays === input.overdueRepeatDays) return before;
    const after = await tx.organization.update({ where: { id: actor.orgId }, data: input, select });
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "org.reminders", targetType: "Organization", targetId: actor.orgId, before, after });
    return after;
  });
}
