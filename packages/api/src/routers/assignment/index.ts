import { createAssignmentInput } from "../../schemas";
import { createAssignment } from "../../services/assignments/createAssignment";
import { router, trainerProcedure } from "../../trpc";

export const assignmentRouter = router({
  create: trainerProcedure.input(createAssignmentInput).mutation(({ ctx, input }) => createAssignment(ctx.db, ctx.user, input)),
});
