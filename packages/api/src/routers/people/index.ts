import { z } from "zod";
import { createUserInput, idSchema, passwordSchema, roleSchema } from "../../schemas";
import { createUser } from "../../services/people/createUser";
import { importPeople, previewImport } from "../../services/people/importPeople";
import { bulkPeople } from "../../services/people/bulkPeople";
import { changeRole, listPeople, setActive } from "../../services/people/managePeople";
import { checkResetToken, redeemResetToken, resetPassword } from "../../services/people/passwordReset";
import { adminProcedure, publicProcedure, router } from "../../trpc";

const csvInput = z.object({ csv: z.string().min(1, "Choose a CSV file or paste its contents.").max(2_000_000, "The file is too large (2 MB at most).") });
const tokenSchema = z.string().min(20).max(200);

export const peopleRouter = router({
  create: adminProcedure.input(createUserInput).mutation(({ ctx, input }) => createUser(ctx.db, ctx.user, input, { origin: ctx.origin })),
  list: adminProcedure
    .input(
      z.object({
        search: z.string().max(120).nullish(),
        role: roleSchema.nullish(),
        active: z.boolean().nullish(),
        cohortId: idSchema.nullish(),
        cursor: idSchema.nullish(),
        limit: z.number().int().min(1).max(100).optional(),
      }),
    )
    .query(({ ctx, input }) => listPeople(ctx.db, ctx.user, input)),
  setRole: adminProcedure.input(z.object({ userId: idSchema, role: roleSchema })).mutation(({ ctx, input }) => changeRole(ctx.db, ctx.user, input)),
  setActive: adminProcedure.input(z.object({ userId: idSchema, active: z.boolean() })).mutation(({ ctx, input }) => setActive(ctx.db, ctx.user, input)),
  /** One change (role, add to a cohort, deactivate) to the people selected in the table. */
  bulk: adminProcedure
    .input(
      z.object({
        userIds: z.array(idSchema).min(1, "Select at least one person.").max(100, "Select at most 100 people at once."),
        action: z.discriminatedUnion("kind", [
          z.object({ kind: z.literal("role"), role: roleSchema }),
          z.object({ kind: z.literal("cohort"), cohortId: idSchema }),
          z.object({ kind: z.literal("deactivate") }),
        ]),
      }),
    )
    .mutation(({ ctx, input }) => bulkPeople(ctx.db, ctx.user, input)),
  resetPassword: adminProcedure
    .input(z.object({ userId: idSchema, method: z.enum(["link", "temporary"]) }))
    .mutation(({ ctx, input }) => resetPassword(ctx.db, ctx.user, input, { origin: ctx.origin })),
  /** Lists every row's problems; writes nothing. */
  previewImport: adminProcedure.input(csvInput).mutation(({ ctx, input }) => previewImport(ctx.db, ctx.user, input.csv)),
  /** All-or-nothing: any problem aborts the whole import. */
  import: adminProcedure.input(csvInput).mutation(({ ctx, input }) => importPeople(ctx.db, ctx.user, input.csv, { origin: ctx.origin })),
  /** Public (the /reset-password page): whether a one-time link still works. */
  checkResetToken: publicProcedure.input(z.object({ token: tokenSchema })).query(({ ctx, input }) => checkResetToken(ctx.db, input.token)),
  /** Public: sets a new password through a one-time link. */
  redeemResetToken: publicProcedure
    .input(z.object({ token: tokenSchema, password: passwordSchema }))
    .mutation(({ ctx, input }) => redeemResetToken(ctx.db, input)),
});
