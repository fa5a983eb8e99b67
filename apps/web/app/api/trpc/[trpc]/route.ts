import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter, createContextInner, loadSessionUser } from "@defuse/api";
import { db } from "@/server/db";
import { sessionUserId } from "@/server/session";

async function handler(req: Request) {
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    async createContext() {
      const user = await loadSessionUser(db(), await sessionUserId(req.headers));
      const ip = req.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
      return createContextInner({ db: db(), user, ip });
    },
    onError({ error, path }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
    },
  });
}

export { handler as GET, handler as POST };
