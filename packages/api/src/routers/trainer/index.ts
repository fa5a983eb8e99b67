import { z } from "zod";
import { idSchema, dateSchema } from "../../schemas";
import { cohortDashboard } from "../../services/trainer/cohortDashboard";
import { cohortProgress } from "../../services/trainer/cohortProgress";
import { assignmentStatus } from "../../services/trainer/assignmentStatus";
import { router, trainerProcedure } from "../../trpc";

const window = { from: dateSchema.nullish(), to: dateSchema.nullish() };

export const trainerRouter = router({
  /** Completion, overdue learners, criterion averages, technique heat map, pass rates, trend. */
  cohortDashboard: trainerProcedure
    .input(z.object({ cohortId: idSchema, learnerId: idSchema.nullish(), ...window }))
    .query(({ ctx, input }) => cohortDashboard(ctx.db, ctx.user, input)),
  /** Per-learner progress in a cohort, keyset-paginated. */
  cohortProgress: trainerProcedure
    .input(z.object({ cohortId: idSchema, ...window, cursor: idSchema.nullish(), limit: z.number().int().min(1).max(100).optional() }))
    .query(({ ctx, input }) => cohortProgress(ctx.db, ctx.user, input)),
  /** Each learner's status on each live assignment (passed / re-attempt required / …), filterable. */
  assignmentStatus: trainerProcedure
    .input(
      z.object({
        cohortId: idSchema,
        status: z.enum(["NOT_STARTED", "IN_PROGRESS", "RETRY_REQUIRED", "COMPLETED"]).nullish(),
        assignmentId: idSchema.nullish(),
        overdueOnly: z.boolean().optional(),
        cursor: z.string().max(140).nullish(),
        limit: z.number().int().min(1).max(100).optional(),
      }),
    )
    .query(({ ctx, input }) => assignmentStatus(ctx.db, ctx.user, input)),
});
