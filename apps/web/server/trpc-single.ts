import type { AnyRouter } from "@trpc/server";
import {
  getErrorShape,
  getHTTPStatusCode,
  getProcedureAtPath,
  getTRPCErrorFromUnknown,
  isAsyncIterable,
  isObject,
  isPromise,
  transformTRPCResponse,
  TRPCError,
} from "@trpc/server/unstable-core-do-not-import";

/** An answer as status, headers and JSON text, for the direct path to write as it is. */
export interface TrpcAnswer {
  status: number;
  headers: Array<[string, string]>;
  body: string;
}

export interface SingleCallOptions<TContext> {
  router: AnyRouter;
  /** The procedure's path ("learner.takeTurn"): one procedure, no batch. */
  path: string;
  /** The request body as sent: tRPC's JSON envelope ({"json": …, "meta": …} with superjson). */
  body: string;
  createContext: () => Promise<TContext>;
  onError?: (opts: { error: TRPCError; path: string | undefined; input: unknown; ctx: TContext | undefined; type: "mutation" }) => void;
}

/** tRPC's isDataStream (not exported): an answer a plain JSON request cannot carry. */
function isDataStream(v: unknown) {
  if (!isObject(v)) return false;
  if (isAsyncIterable(v)) return true;
  return Object.values(v).some(isPromise) || Object.values(v).some(isAsyncIterable);
}

/**
 * One tRPC mutation called on its own (`POST /api/trpc/<path>`, a JSON body, no batch), answered
 * exactly as tRPC's fetch adapter (resolveResponse, @trpc/server 11.22) answers it: the same context,
 * input, procedure call, error hook, error shape, status and JSON, through tRPC's own functions for
 * each, but without the web Request, Response and Headers objects and the AbortSignal.any it makes
 * per call, which were about a tenth of a role-play turn's CPU time in the worker (issue 16).
 *
 * Answers null, having done nothing, for anything else (a body that is not JSON, a path that names
 * no mutation): the caller then hands the request to the fetch adapter, which answers those.
 * trpc-single.test.ts compares the two on the app's router and on a router of edge cases.
 */
export async function answerSingleMutation<TContext>(opts: SingleCallOptions<TContext>): Promise<TrpcAnswer | null> {
  const { router, path } = opts;
  let envelope: unknown;
  try {
    envelope = JSON.parse(opts.body);
  } catch {
    return null;
  }
  const procedure = await getProcedureAtPath(router, path);
  if (!procedure || procedure._def.type !== "mutation") return null;
  const config = router._def._config;
  const headers: Array<[string, string]> = [
    ["vary", "trpc-accept, accept"],
    ["content-type", "application/json"],
  ];

  let ctx: TContext | undefined;
  let ctxError: TRPCError | undefined;
  try {
    ctx = await opts.createContext();
  } catch (cause) {
    ctxError = getTRPCErrorFromUnknown(cause);
  }
  // The input is deserialised when the procedure first asks for it, and a failure is the fetch
  // adapter's: a BAD_REQUEST with the cause's message.
  let input: unknown;
  let inputRead = false;
  const getRawInput = async () => {
    if (!inputRead) {
      try {
        input = config.transformer.input.deserialize(envelope);
      } catch (cause) {
        if (cause instanceof TRPCError) throw cause;
        throw new TRPCError({ code: "BAD_REQUEST", message: cause instanceof Error ? cause.message : "Invalid input", cause });
      }
      inputRead = true;
    }
    return input;
  };
  const answer = (res: { error: unknown } | { result: { data: unknown } }): TrpcAnswer => ({
    status: getHTTPStatusCode([res] as Parameters<typeof getHTTPStatusCode>[0]),
    headers,
    body: JSON.stringify(transformTRPCResponse(config, res as Parameters<typeof transformTRPCResponse>[1])),
  });
  const failed = (cause: unknown, callPath: string | undefined, callInput: unknown) => {
    const error = getTRPCErrorFromUnknown(cause);
    opts.onError?.({ error, path: callPath, input: callInput, ctx, type: "mutation" });
    return answer({ error: getErrorShape({ config, ctx, error, input: callInput, path: callPath, type: "mutation" }) });
  };

  let data: unknown;
  try {
    if (ctxError) throw ctxError;
    data = await procedure({ path, getRawInput, ctx, type: "mutation", signal: new AbortController().signal, batchIndex: 0 });
  } catch (cause) {
    return failed(cause, path, inputRead ? input : undefined);
  }
  if (isDataStream(data)) {
    // The fetch adapter throws this outside the call, so its error names no path or input.
    return failed(new TRPCError({ code: "UNSUPPORTED_MEDIA_TYPE", message: "Cannot use stream-like response in non-streaming request - use httpBatchStreamLink" }), undefined, undefined);
  }
  return answer({ result: { data } });
}
