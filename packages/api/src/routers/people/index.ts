import { createUserInput } from "../../schemas";
import { createUser } from "../../services/people/createUser";
import { adminProcedure, router } from "../../trpc";

export const peopleRouter = router({
  create: adminProcedure.input(createUserInput).mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input)),
});
