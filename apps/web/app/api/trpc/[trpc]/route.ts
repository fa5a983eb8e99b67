import { bodyLimitFor, refuseForeignRequest, withLimitedBody } from "@/server/request-guard";
import { smallAnswersUncompressed } from "@/server/sized-response";
import { answerTrpc, answerTrpcMutation } from "@/server/trpc-handler";
import { registerTrpcDirect } from "@/server/trpc-direct";

async function handler(incoming: Request) {
  const refused = refuseForeignRequest(incoming);
  if (refused) return refused;
  // The body is capped before tRPC parses it: one 100 MB body used to run the server out of memory.
  const req = await withLimitedBody(incoming, bodyLimitFor(incoming.url));
  if (req instanceof Response) return req;
  // An answer under 1 KB (a role-play turn) is sent as it is, not gzipped (sized-response.ts).
  return smallAnswersUncompressed(await answerTrpc(req));
}

// From here on this worker serves /api/trpc itself, in the http server's request event, without
// Next's route runtime (trpc-direct.ts; scripts/trpc-direct.cjs), a mutation called on its own (a
// role-play turn) without web Request and Response objects either (trpc-single.ts). This first
// request, and any the direct path does not take, still come here.
registerTrpcDirect(answerTrpc, answerTrpcMutation);

export { handler as GET, handler as POST };
