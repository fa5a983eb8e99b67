import { z } from "zod";
import { getOrgSettings, updateOrgSettings } from "../../services/org/orgSettings";
import { adminProcedure, router } from "../../trpc";

export const updateOrgInput = z.object({
  name: z.string().trim().min(1, "Enter the organisation's name.").max(120, "Keep the name under 120 characters."),
  defaultPassMark: z.number({ error: "Enter a pass mark from 0 to 100." }).int("Use a whole number.").min(0, "Use 0 to 100.").max(100, "Use 0 to 100."),
  /** Trainers may switch their cohort lists to the whole organisation. */
  trainersSeeAllCohorts: z.boolean().optional(),
});

export const orgRouter = router({
  get: adminProcedure.query(({ ctx }) => getOrgSettings(ctx.db, ctx.user)),
  update: adminProcedure.input(updateOrgInput).mutation(({ ctx, input }) => updateOrgSettings(ctx.db, ctx.user, input)),
});
