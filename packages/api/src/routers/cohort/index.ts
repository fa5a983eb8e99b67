import { createCohortInput } from "../../schemas";
import { createCohort } from "../../services/cohorts/createCohort";
import { adminProcedure, router, trainerProcedure } from "../../trpc";

export const cohortRouter = router({
  create: adminProcedure.input(createCohortInput).mutation(({ ctx, input }) => createCohort(ctx.db, ctx.user, input)),
  /** Live cohorts of the caller's organisation, for pickers. */
  list: trainerProcedure.query(({ ctx }) =>
    ctx.db.cohort.findMany({
      where: { orgId: ctx.user.orgId, archivedAt: null },
      select: { id: true, name: true },
      orderBy: { name: "asc" },
    }),
  ),
});
