import { z } from "zod";
import { idSchema, dateSchema } from "../../schemas";
import { cohortDashboard } from "../../services/trainer/cohortDashboard";
import { cohortProgress } from "../../services/trainer/cohortProgress";
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
});
