import { z } from "zod";
import { idSchema, dateSchema } from "../../schemas";
import { auditActionOptions, auditActions, auditActors, listAudit } from "../../services/audit/listAudit";
import { adminProcedure, router } from "../../trpc";

export const listAuditInput = z.object({
  action: z.string().max(80).nullish(),
  actorId: idSchema.nullish(),
  targetType: z.string().max(40).nullish(),
  targetId: idSchema.nullish(),
  from: dateSchema.nullish(),
  to: dateSchema.nullish(),
  cursor: idSchema.nullish(),
  limit: z.number().int().min(1).max(100).optional(),
});

export const auditRouter = router({
  list: adminProcedure.input(listAuditInput).query(({ ctx, input }) => listAudit(ctx.db, ctx.user, input)),
  actions: adminProcedure.query(({ ctx }) => auditActions(ctx.db, ctx.user)),
  /** The actions with readable names, for the log's filter. */
  actionOptions: adminProcedure.query(({ ctx }) => auditActionOptions(ctx.db, ctx.user)),
  /** The people who did something in the log, for its "Person" filter. */
  actors: adminProcedure.query(({ ctx }) => auditActors(ctx.db, ctx.user)),
});
