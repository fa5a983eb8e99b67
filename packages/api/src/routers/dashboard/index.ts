import { z } from "zod";
import { adminProcedure, protectedProcedure, router, trainerProcedure } from "../../trpc";
import { adminDashboard } from "../../services/dashboard/adminDashboard";
import { learnerDashboard } from "../../services/dashboard/learnerDashboard";
import { trainerDashboard } from "../../services/dashboard/trainerDashboard";

export const dashboardRouter = router({
  /** Any signed-in person can learn; shows what their cohorts were assigned. */
  learner: protectedProcedure.query(({ ctx }) => learnerDashboard(ctx.db, ctx.user)),
  /** The trainer's cohorts (theirs by default; scope "all" when an admin allows it), latest attempts. */
  trainer: trainerProcedure
    .input(z.object({ scope: z.enum(["mine", "all"]).optional() }).optional())
    .query(({ ctx, input }) => trainerDashboard(ctx.db, ctx.user, input ?? {})),
  admin: adminProcedure.query(({ ctx }) => adminDashboard(ctx.db, ctx.user)),
});
