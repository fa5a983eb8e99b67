import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPCError } from "@trpc/server";
import { appRouter, createContextInner, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@defuse/api";
import { db } from "@/server/db";
import { clientIp } from "@/server/client-ip";
import { bodyLimitFor, MAX_TRPC_BATCH, refuseForeignRequest, withLimitedBody } from "@/server/request-guard";
import { sessionUser } from "@/server/session";
import { smallAnswersUncompressed } from "@/server/sized-response";

async function handler(incoming: Request) {
  const refused = refuseForeignRequest(incoming);
  if (refused) return refused;
  // The body is capped before tRPC parses it: one 100 MB body used to run the server out of memory.
  const req = await withLimitedBody(incoming, bodyLimitFor(incoming.url));
  if (req instanceof Response) return req;
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
  // An answer under 1 KB (a role-play turn) is sent as it is, not gzipped (sized-response.ts).
  return smallAnswersUncompressed(res);
}

export { handler as GET, handler as POST };
