import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPCError } from "@trpc/server";
import { appRouter, createContextInner, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@defuse/api";
import { db } from "./db";
import { clientIp } from "./client-ip";
import { MAX_TRPC_BATCH } from "./request-guard";
import { sessionUser } from "./session";

/**
 * One tRPC request whose body has been checked and read already (request-guard.ts): the session,
 * the procedure, and the answer's headers. Shared by the Next.js route (app/api/trpc) and the
 * direct path that serves the same requests without Next's route runtime (trpc-direct.ts).
 */
export async function answerTrpc(req: Request): Promise<Response> {
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_TRPC_BATCH,
    async createContext() {
      try {
        const user = await sessionUser(req.headers);
        return createContextInner({ db: db(), user, ip: clientIp(req.headers) ?? undefined, origin: new URL(req.url).origin });
      } catch (err) {
        // The session check is the first query of every call: an outage is a 503 here too.
        if (isDatabaseUnavailable(err)) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, cause: err });
        throw err;
      }
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
      else if (error.code === "SERVICE_UNAVAILABLE") console.error(`tRPC ${path ?? "?"}: database unavailable (${error.cause?.message.split("\n").at(-1) ?? "no detail"})`);
    },
  });
  // Answers carry people's names and results: never let a shared cache keep them.
  res.headers.set("cache-control", "no-store");
  return res;
}
