import { z } from "zod";
import { outboundUrl } from "../../schemas";
import { ltiConfig } from "../../services/lti/config";
import { getXapiConfig, listXapiStatements, retryXapi, saveXapiConfig, testXapiConnection } from "../../services/xapi/config";
import { adminProcedure, router } from "../../trpc";

/** The organisation's learning record store (admin › Integrations › xAPI). */
export const xapiRouter = router({
  config: adminProcedure.query(({ ctx }) => getXapiConfig(ctx.db, ctx.user)),
  saveConfig: adminProcedure
    .input(
      z.object({
        enabled: z.boolean(),
        endpoint: outboundUrl("record store's xAPI address"),
        username: z.string().trim().min(1, "Enter the record store's user name (or key).").max(200),
        password: z.string().max(500),
        actorMode: z.enum(["account", "email"]),
      }),
    )
    .mutation(({ ctx, input }) => saveXapiConfig(ctx.db, ctx.user, input, ltiConfig())),
  testConnection: adminProcedure.mutation(({ ctx }) => testXapiConnection(ctx.db, ctx.user, ltiConfig().secret)),
  statements: adminProcedure
    .input(z.object({ status: z.enum(["QUEUED", "SENT", "DEAD"]), cursor: z.string().max(64).nullish(), limit: z.number().int().min(1).max(100).default(25) }))
    .query(({ ctx, input }) => listXapiStatements(ctx.db, ctx.user, input)),
  retry: adminProcedure.input(z.object({ id: z.string().uuid().optional() })).mutation(({ ctx, input }) => retryXapi(ctx.db, ctx.user, input)),
});
