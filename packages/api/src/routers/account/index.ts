import { z } from "zod";
import { passwordSchema } from "../../schemas";
import { changePassword } from "../../services/account/changePassword";
import { protectedProcedure, router } from "../../trpc";

const changePasswordInput = z.object({
  currentPassword: z.string().min(1, "Enter your current password.").max(200),
  newPassword: passwordSchema,
  confirmPassword: z.string().min(1, "Type the new password again.").max(200),
});

/** The signed-in person's own account. */
export const accountRouter = router({
  changePassword: protectedProcedure.input(changePasswordInput).mutation(({ ctx, input }) => changePassword(ctx.db, ctx.user, input)),
});
