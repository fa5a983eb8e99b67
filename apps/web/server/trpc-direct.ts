import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { getAcceptHeader } from "@trpc/server/unstable-core-do-not-import";
import { BodyTooLargeError, bodyLimitFor, refuseForeignRequest, tooLarge } from "./request-guard";
import { GZIP_THRESHOLD_BYTES } from "./sized-response";
import type { TrpcAnswer } from "./trpc-single";

/**
 * The tRPC endpoint served straight from the Node request, without Next.js's route runtime.
 *
 * A role-play turn is a small JSON POST whose own work (the session from memory, the engine, two
 * statements) is a few milliseconds of CPU; Next's handling of the same request around it (route
 * resolution, its request and response wrappers, web streams for the body both ways, tracing,
 * AsyncLocalStorage scopes, the compression middleware's stream) was a third or more of the
 * worker's time per turn in a CPU profile (issue 16). scripts/trpc-direct.cjs (preloaded) hands
 * `/api/trpc/<procedures>` GET and POST requests to the handler registered here, once the Next
 * route has loaded (its first request goes through Next and registers it). The work per request
 * is the route's, with the same code: the cross-site and content-type refusals, the body limit
 * (same limits and 413), the session and tRPC (answerTrpc), `cache-control: no-store`, answers
 * under 1 KB sent as they are with `no-transform`, larger JSON answers gzipped (or deflated) the way
 * Next's compression middleware does: `Vary: Accept-Encoding`, the encoding the client accepts.
 * Off with DEFUSE_TRPC_DIRECT=off, and outside production (`next dev` reloads the route's code).
 *
 * A mutation called on its own (`POST /api/trpc/<path>`, what a role-play turn is) is answered by
 * `mutation` (trpc-single.ts) without the web Request and Response in between; whatever it does not
 * take (it answers null) goes to `answer` like every other call.
 */

type Answer = (req: Request) => Promise<Response>;
/** One mutation on its own: its path, the request's headers and URL, the body as text; null to leave it to Answer. */
export type Mutation = (path: string, headers: Headers, url: string, body: string) => Promise<TrpcAnswer | null>;
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Where scripts/trpc-direct.cjs finds the handler: a process-wide symbol, the same in every bundle. */
export const TRPC_DIRECT = Symbol.for("defuse.trpcDirect");

/** Makes this worker serve /api/trpc directly from now on (production only; DEFUSE_TRPC_DIRECT=off keeps Next's route). */
export function registerTrpcDirect(answer: Answer, mutation?: Mutation) {
  if (process.env.NODE_ENV !== "production" || process.env.DEFUSE_TRPC_DIRECT === "off") return;
  (globalThis as Record<symbol, unknown>)[TRPC_DIRECT] ??= serveTrpcDirect(answer, mutation);
}

/** The request's headers as a web Headers object, as Next builds them (repeated headers appended). */
function webHeaders(h: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const key in h) {
    const v = h[key];
    if (Array.isArray(v)) for (const x of v) headers.append(key, x);
    else if (v !== undefined) headers.append(key, v);
  }
  return headers;
}

/** The URL Next gives a route's Request: this server's port on localhost, https when the request came over TLS or says a proxy did. */
function requestUrl(req: IncomingMessage): string {
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted;
  const proto = encrypted || String(req.headers["x-forwarded-proto"] ?? "").includes("https") ? "https" : "http";
  return `${proto}://localhost:${req.socket.localPort}${req.url}`;
}

/**
 * Reads the body up to `limit` bytes, like request-guard's readLimitedBody: a declared length over
 * the limit is refused before anything is read; past the limit, reading stops and the request is
 * let go (scripts/unread-body.cjs then discards the rest, so the client can read the 413).
 */
export function readNodeBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new BodyTooLargeError(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      req.off("close", onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= limit) return void chunks.push(chunk);
      done();
      req.destroy();
      reject(new BodyTooLargeError(limit));
    };
    const onEnd = () => {
      done();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (err: Error) => {
      done();
      reject(err);
    };
    const onClose = () => {
      done();
      reject(new Error("the request closed before its body arrived"));
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
    req.on("close", onClose);
  });
}

const gzip = promisify(zlib.gzip);
const deflate = promisify(zlib.deflate);

/** The compression middleware's choice for Accept-Encoding: gzip, else deflate, else none. */
export function encodingFor(acceptEncoding: string | undefined): "gzip" | "deflate" | null {
  const q = new Map<string, number>();
  for (const part of String(acceptEncoding ?? "").split(",")) {
    const [name = "", ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    q.set(name, qp ? Number(qp.slice(2)) || 0 : 1);
  }
  const accepted = (e: string) => (q.get(e) ?? q.get("*") ?? 0) > 0;
  return accepted("gzip") ? "gzip" : accepted("deflate") ? "deflate" : null;
}

/** Writes a web Response to the Node response: headers, then the body in one write when it is JSON. */
async function send(req: IncomingMessage, res: ServerResponse, answer: Response) {
  res.statusCode = answer.status;
  answer.headers.forEach((v, k) => {
    if (k !== "set-cookie" && k !== "content-length") res.setHeader(k, v);
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  if (!answer.body) return void res.end();
  if (!/^application\/json\b/i.test(answer.headers.get("content-type") ?? "")) {
    // Streamed answers (tRPC's JSON lines): passed on as they come, not compressed.
    for await (const chunk of answer.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
    return void res.end();
  }
  return endJson(req, res, Buffer.from(await answer.arrayBuffer()), answer.headers.get("cache-control"));
}

/** Writes a JSON answer (trpc-single.ts's) the same way as send() writes a Response. */
function sendAnswer(req: IncomingMessage, res: ServerResponse, answer: TrpcAnswer) {
  res.statusCode = answer.status;
  let cacheControl: string | null = null;
  for (const [k, v] of answer.headers) {
    if (k === "cache-control") cacheControl = v;
    res.setHeader(k, v);
  }
  return endJson(req, res, Buffer.from(answer.body), cacheControl);
}

/** A JSON body: under 1 KB as it is, marked no-transform; larger gzipped (or deflated) for a client that accepts it. */
async function endJson(req: IncomingMessage, res: ServerResponse, json: Buffer, cacheControl: string | null) {
  let body = json;
  if (body.byteLength < GZIP_THRESHOLD_BYTES) {
    res.setHeader("cache-control", [cacheControl, "no-transform"].filter(Boolean).join(", "));
  } else if (!/\bno-transform\b/i.test(cacheControl ?? "")) {
    res.appendHeader("vary", "Accept-Encoding");
    const encoding = req.method === "HEAD" ? null : encodingFor(req.headers["accept-encoding"]);
    if (encoding) {
      body = await (encoding === "gzip" ? gzip : deflate)(body);
      res.setHeader("content-encoding", encoding);
    }
  }
  res.setHeader("content-length", body.byteLength);
  res.end(body);
}

/** The one procedure a POST names ("/api/trpc/learner.takeTurn"), or null for a batch or a URL with a query string. */
const SINGLE_CALL = /^\/api\/trpc\/([A-Za-z0-9_.-]+)$/;

/** POSTs being worked on in this worker (their body read, their answer not yet sent), against their bound. */
type Work = { inflight: number; readonly limit: number };

function busy(res: ServerResponse) {
  res.writeHead(503, { "content-type": "application/json", "cache-control": "no-store", "retry-after": String(BUSY_RETRY_AFTER_S), "x-defuse-busy": "1" });
  res.end(JSON.stringify({ error: { message: BUSY_MESSAGE, data: { code: "BUSY", httpStatus: 503 } } }));
}

async function serve(answer: Answer, mutation: Mutation | undefined, work: Work, req: IncomingMessage, res: ServerResponse) {
  const method = req.method ?? "GET";
  const headers = webHeaders(req.headers);
  const refused = refuseForeignRequest({ method, headers });
  if (refused) return send(req, res, refused);
  const url = requestUrl(req);
  let body: Buffer | undefined;
  if (method === "POST") {
    try {
      body = await readNodeBody(req, bodyLimitFor(url));
    } catch (err) {
      if (err instanceof BodyTooLargeError) return send(req, res, tooLarge(err.limit));
      throw err;
    }
    // Counted once the body is in: a client trickling its body in holds a connection (bounded by
    // scripts/request-timeouts.cjs), not a place in the work, so slow senders cannot turn others away.
    if (work.inflight >= work.limit) return busy(res);
    work.inflight++;
    res.once("close", () => work.inflight--);
    const path = mutation && SINGLE_CALL.exec(req.url ?? "")?.[1];
    // (tRPC answers a JSON-lines request for one call with an error: left to it)
    if (path && getAcceptHeader(headers) !== "application/jsonl") {
      const answered = await mutation(path, headers, url, body.toString("utf8"));
      if (answered) return sendAnswer(req, res, answered);
    }
  }
  return send(req, res, await answer(new Request(url, { method, headers, body: body as BodyInit | undefined })));
}

/**
 * How many POSTs one worker works on at once before it turns more away (DEFUSE_MAX_INFLIGHT, a
 * positive integer; 0 or "off" turns the bound off). Past the bound a POST is answered as soon as its
 * body is in, before anything is done with it, with 503, `Retry-After` and `x-defuse-busy: 1`, so
 * the client can send the same call again a moment later (the browser's client does, a few times:
 * trpc/client.ts). GETs (queries a page makes) are never turned away.
 *
 * It is a safety bound, not a latency tool: every request in progress holds memory (its body, its
 * session, its statements waiting for a pooled connection), so a flood of POSTs (a retry storm after
 * an outage, a client looping) would otherwise grow a worker until it runs out of memory. Learners
 * wait for each answer before they type the next reply, so their load limits itself: measured with
 * the soak (500 learners, 180 s, this 2-core machine, issue 16), a bound of 32 turned 15,213 turns
 * away and 411 gave up after five tries (p95 13.7 s from the first send), where no bound had 0
 * errors and p95 9.9 s. The default, 256 per worker, is above what 500 learners on two workers
 * reach (about 250 each), and above what the bench's 50 sessions do by far.
 */
export const DEFAULT_MAX_INFLIGHT = 256;
export function maxInflight(env: Record<string, string | undefined> = process.env): number {
  const raw = env.DEFUSE_MAX_INFLIGHT;
  if (raw === "off" || raw === "0") return Infinity;
  const n = Number(raw);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_MAX_INFLIGHT;
}
/** What a turned-away POST is told: nothing was done, and when to send it again. */
export const BUSY_MESSAGE = "Defuse is very busy right now, so nothing was done with this request. It is safe to send it again in a moment.";
export const BUSY_RETRY_AFTER_S = 1;

/** The Node request handler for /api/trpc (GET and POST) that scripts/trpc-direct.cjs calls. */
export function serveTrpcDirect(answer: Answer, mutation?: Mutation, limit = maxInflight()): NodeHandler {
  const work: Work = { inflight: 0, limit };
  return (req, res) => {
    serve(answer, mutation, work, req, res).catch((err: unknown) => {
      if (req.destroyed && !req.complete) return; // the client went away mid-body: nobody to answer
      console.error("tRPC (direct path) failed:", err);
      if (res.headersSent) return void res.destroy();
      res.writeHead(500, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ error: { message: "Something went wrong on our side. Please try again." } }));
    });
  };
}
