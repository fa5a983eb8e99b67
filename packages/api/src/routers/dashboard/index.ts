import { adminProcedure, protectedProcedure, router, trainerProcedure } from "../../trpc";
import { adminDashboard } from "../../services/dashboard/adminDashboard";
import { learnerDashboard } from "../../services/dashboard/learnerDashboard";
import { trainerDashboard } from "../../services/dashboard/trainerDashboard";

export const dashboardRouter = router({
  /** Any signed-in person can learn; shows what their cohorts were assigned. */
  learner: protectedProcedure.query(({ ctx }) => learnerDashboard(ctx.db, ctx.user)),
  trainer: trainerProcedure.query(({ ctx }) => trainerDashboard(ctx.db, ctx.user)),
  admin: adminProcedure.query(({ ctx }) => adminDashboard(ctx.db, ctx.user)),
});
