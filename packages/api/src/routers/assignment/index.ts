import { z } from "zod";
import { createAssignmentInput, idSchema, dateSchema } from "../../schemas";
import { createAssignment } from "../../services/assignments/createAssignment";
import { listAssignments } from "../../services/assignments/listAssignments";
import { updateAssignment, withdrawAssignment } from "../../services/assignments/updateAssignment";
import { router, trainerProcedure } from "../../trpc";

export const updateAssignmentInput = z.object({
  assignmentId: idSchema,
  dueAt: dateSchema.nullish(),
  passMark: z.number().int().min(0, "Use 0 to 100.").max(100, "Use 0 to 100.").nullish(),
  requirement: z.enum(["PASS", "COMPLETE"]).optional(),
});

export const assignmentRouter = router({
  create: trainerProcedure.input(createAssignmentInput).mutation(({ ctx, input }) => createAssignment(ctx.db, ctx.user, input, { origin: ctx.origin })),
  update: trainerProcedure.input(updateAssignmentInput).mutation(({ ctx, input }) => updateAssignment(ctx.db, ctx.user, input)),
  withdraw: trainerProcedure
    .input(z.object({ assignmentId: idSchema }))
    .mutation(({ ctx, input }) => withdrawAssignment(ctx.db, ctx.user, input.assignmentId)),
  list: trainerProcedure
    .input(
      z.object({
        cohortId: idSchema,
        includeWithdrawn: z.boolean().optional(),
        cursor: idSchema.nullish(),
        limit: z.number().int().min(1).max(100).optional(),
      }),
    )
    .query(({ ctx, input }) => listAssignments(ctx.db, ctx.user, input)),
});
