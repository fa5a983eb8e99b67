import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContextInner, loadSessionUser } from "@defuse/api";
import { db } from "@/server/db";
import { clientIp } from "@/server/client-ip";
import { MAX_TRPC_BATCH, refuseForeignRequest, withLimitedBody } from "@/server/request-guard";
import { sessionRef } from "@/server/session";

async function handler(incoming: Request) {
  const refused = refuseForeignRequest(incoming);
  if (refused) return refused;
  // The body is capped before tRPC parses it: one 100 MB body used to run the server out of memory.
  const req = await withLimitedBody(incoming);
  if (req instanceof Response) return req;
  const res = await fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    maxBatchSize: MAX_TRPC_BATCH,
    async createContext() {
      const user = await loadSessionUser(db(), await sessionRef(req.headers));
      return createContextInner({ db: db(), user, ip: clientIp(req.headers) ?? undefined });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
  // Answers carry people's names and results: never let a shared cache keep them.
  res.headers.set("cache-control", "no-store");
  return res;
}

export { handler as GET, handler as POST };
