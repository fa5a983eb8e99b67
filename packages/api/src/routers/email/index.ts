import { z } from "zod";
import { idSchema, reminderScheduleInput } from "../../schemas";
import { getOutboxMessage, listOutbox } from "../../services/email/outbox";
import { checkUnsubscribe, getNotificationSettings, setNotificationSettings, unsubscribe } from "../../services/email/preferences";
import { getReminderSchedule, setReminderSchedule } from "../../services/email/reminderSchedule";
import { adminProcedure, protectedProcedure, publicProcedure, router } from "../../trpc";

const unsubscribeToken = z.string().min(20).max(1000);

export const emailRouter = router({
  /** Admin: the organisation's outbox, newest first. */
  outbox: adminProcedure
    .input(z.object({ cursor: idSchema.nullish(), limit: z.number().int().min(1).max(100).optional(), status: z.enum(["QUEUED", "SENT", "FAILED", "HELD"]).nullish() }).optional())
    .query(({ ctx, input }) => listOutbox(ctx.db, ctx.user, input ?? {})),
  /** Admin: one message as rendered, with its links. */
  message: adminProcedure.input(z.object({ id: idSchema })).query(({ ctx, input }) => getOutboxMessage(ctx.db, ctx.user, input.id)),
  reminderSchedule: adminProcedure.query(({ ctx }) => getReminderSchedule(ctx.db, ctx.user)),
  setReminderSchedule: adminProcedure.input(reminderScheduleInput).mutation(({ ctx, input }) => setReminderSchedule(ctx.db, ctx.user, input)),
  /** Anyone signed in: their own reminder choice. */
  notificationSettings: protectedProcedure.query(({ ctx }) => getNotificationSettings(ctx.db, ctx.user)),
  setNotificationSettings: protectedProcedure.input(z.object({ emailReminders: z.boolean() })).mutation(({ ctx, input }) => setNotificationSettings(ctx.db, ctx.user, input)),
  /** Public (the /unsubscribe page): whose reminders a signed link turns off. */
  checkUnsubscribe: publicProcedure.input(z.object({ token: unsubscribeToken })).query(({ ctx, input }) => checkUnsubscribe(ctx.db, input.token)),
  /** Public, one click from a reminder email: turns that person's reminders off. */
  unsubscribe: publicProcedure.input(z.object({ token: unsubscribeToken })).mutation(({ ctx, input }) => unsubscribe(ctx.db, input.token)),
});
