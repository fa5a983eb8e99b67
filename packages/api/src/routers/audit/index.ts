import { z } from "zod";
import { idSchema, dateSchema } from "../../schemas";
import { auditActions, listAudit } from "../../services/audit/listAudit";
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
});
