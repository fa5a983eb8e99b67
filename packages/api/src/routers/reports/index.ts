import { z } from "zod";
import { idSchema, dateSchema } from "../../schemas";
import { agreementReport } from "../../services/reports/agreement";
import { exportResults } from "../../services/reports/exportResults";
import { exportLabelCorrections } from "../../services/review/labelCorrections";
import { router, trainerProcedure } from "../../trpc";

export const reportsRouter = router({
  /** Automatic vs trainer levels on released reviews: how far to trust the automatic scoring. */
  agreement: trainerProcedure
    .input(
      z.object({
        cohortId: idSchema.nullish(),
        scenarioId: z.string().min(1).max(80).nullish(),
        from: dateSchema.nullish(),
        to: dateSchema.nullish(),
      }),
    )
    .query(({ ctx, input }) => agreementReport(ctx.db, ctx.user, input)),
  /** A cohort's results as CSV text (one row per learner × module/scenario), formulas neutralised. */
  exportResults: trainerProcedure.input(z.object({ cohortId: idSchema })).mutation(({ ctx, input }) => exportResults(ctx.db, ctx.user, input)),
  /** Trainers' label corrections as JSONL in the role-play training format (trainers and admins only). */
  exportLabelCorrections: trainerProcedure
    .input(z.object({ includeConfirmed: z.boolean().optional(), from: dateSchema.nullish(), to: dateSchema.nullish() }))
    .mutation(({ ctx, input }) => exportLabelCorrections(ctx.db, ctx.user, input)),
});
