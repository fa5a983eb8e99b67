import { z } from "zod";
import { createCohortInput, idSchema } from "../../schemas";
import { createCohort } from "../../services/cohorts/createCohort";
import { visibleCohorts } from "../../services/cohorts/visibleCohorts";
import { addMembers, archiveCohort, listCohorts, listMembers, removeMember, renameCohort } from "../../services/cohorts/manageCohort";
import { adminProcedure, router, trainerProcedure } from "../../trpc";

const page = { cursor: idSchema.nullish(), limit: z.number().int().min(1).max(100).optional() };

export const renameCohortInput = createCohortInput.extend({ cohortId: idSchema });

export const cohortRouter = router({
  create: adminProcedure.input(createCohortInput).mutation(({ ctx, input }) => createCohort(ctx.db, ctx.user, input)),
  /** Live cohorts for pickers: the caller's own, or the organisation's (scope "all") when allowed. */
  list: trainerProcedure
    .input(z.object({ scope: z.enum(["mine", "all"]).optional() }).optional())
    .query(({ ctx, input }) => visibleCohorts(ctx.db, ctx.user, input ?? {})),
  /** The admin's cohort list, archived ones optional, with member counts. */
  listAll: adminProcedure
    .input(z.object({ includeArchived: z.boolean().optional(), ...page }))
    .query(({ ctx, input }) => listCohorts(ctx.db, ctx.user, input)),
  rename: adminProcedure.input(renameCohortInput).mutation(({ ctx, input }) => renameCohort(ctx.db, ctx.user, input)),
  archive: adminProcedure
    .input(z.object({ cohortId: idSchema, archived: z.boolean() }))
    .mutation(({ ctx, input }) => archiveCohort(ctx.db, ctx.user, input)),
  addMembers: adminProcedure
    .input(z.object({ cohortId: idSchema, userIds: z.array(idSchema).min(1, "Choose at least one person.").max(500) }))
    .mutation(({ ctx, input }) => addMembers(ctx.db, ctx.user, input)),
  removeMember: adminProcedure
    .input(z.object({ cohortId: idSchema, userId: idSchema }))
    .mutation(({ ctx, input }) => removeMember(ctx.db, ctx.user, input)),
  members: trainerProcedure
    .input(z.object({ cohortId: idSchema, includeRemoved: z.boolean().optional(), ...page }))
    .query(({ ctx, input }) => listMembers(ctx.db, ctx.user, input)),
});
