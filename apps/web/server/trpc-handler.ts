import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPCError } from "@trpc/server";
import { appRouter, createContextInner, DATABASE_UNAVAILABLE_MESSAGE, isDatabaseUnavailable } from "@defuse/api";
import { db } from "./db";
import { clientIp } from "./client-ip";
import { MAX_TRPC_BATCH } from "./request-guard";
import { sessionUser } from "./session";
import { answerSingleMutation, type TrpcAnswer } from "./trpc-single";

/** The session, database and caller of one tRPC request (`url`: the request's, for its origin). */
async function trpcContext(headers: Headers, url: string) {
  try {
    const user = await sessionUser(headers);
    return createContextInner({ db: db(), user, ip: clientIp(headers) ?? undefined, origin: new URL(url).origin });
  } catch (err) {
    // The session check is the first query of every call: an outage is a 503 here too.
    if (isDatabaseUnavailable(err)) throw new TRPCError({ code: "SERVICE_UNAVAILABLE", message: DATABASE_UNAVAILABLE_MESSAGE, cause: err });
    throw err;
  }
}

function logTrpcError({ error, path }: { error: TRPCError; path: string | undefined }) {
  if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
  else if (error.code === "SERVICE_UNAVAILABLE") console.error(`tRPC ${path ?? "?"}: database unavailable (${error.cause?.message.split("\n").at(-1) ?? "no detail"})`);
}

/** Answers carry people's names and results: never let a shared cache keep them. */
const CACHE_CONTROL = "no-store";

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
    createContext: () => trpcContext(req.headers, req.url),
    onError: logTrpcError,
  });
  res.headers.set("cache-control", CACHE_CONTROL);
  return res;
}

/**
 * One mutation called on its own (a role-play turn), as answerTrpc answers it but without the web
 * Request and Response (trpc-single.ts); null when it is not one, for answerTrpc to take.
 */
export async function answerTrpcMutation(path: string, headers: Headers, url: string, body: string): Promise<TrpcAnswer | null> {
  const answer = await answerSingleMutation({ router: appRouter, path, body, createContext: () => trpcContext(headers, url), onError: logTrpcError });
  if (answer) answer.headers.push(["cache-control", CACHE_CONTROL]);
  return answer;
}
