/**
 * Checks the tRPC route makes before anything is parsed. Kept free of Next.js imports so unit tests
 * can call them with plain `Request`s.
 */

/** Largest tRPC request body. The biggest legitimate input (a people CSV import) is well under it. */
export const MAX_TRPC_BODY_BYTES = 512 * 1024;
/**
 * Largest form post to the anonymous endpoints outside tRPC (sign-in, LTI login and launch): an
 * LTI launch's id_token with every claim is a few KB. Next.js and Auth.js read such bodies whole.
 */
export const MAX_FORM_BODY_BYTES = 256 * 1024;
export { MAX_TRPC_BATCH } from "../trpc/limits";

/**
 * Real-call transcript uploads (base64 of at most 8 MB, the API's MAX_UPLOAD_BYTES, is 10.7 MB)
 * may be larger, but only on a request that calls nothing else.
 */
export const MAX_TRANSCRIPT_BODY_BYTES = 11 * 1024 * 1024 + 512 * 1024;
const UPLOAD_PROCEDURES = new Set(["qa.previewImport", "qa.import"]);

/** The body limit for one tRPC request, from the procedures its URL names ("/api/trpc/a.b,c.d"). */
export function bodyLimitFor(url: string): number {
  const path = decodeURIComponent(new URL(url).pathname.replace(/^.*\/api\/trpc\//, ""));
  const procedures = path.split(",");
  return procedures.length > 0 && procedures.every((p) => UPLOAD_PROCEDURES.has(p)) ? MAX_TRANSCRIPT_BODY_BYTES : MAX_TRPC_BODY_BYTES;
}

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`);
  }
}

/**
 * Reads a body up to `limit` bytes and stops reading (cancelling the stream) the moment it goes
 * over, so a 100 MB body costs at most `limit` bytes of memory. A declared Content-Length over the
 * limit is refused before one byte is read.
 *
 * In a worker, the client still gets to read the 413: Node discards an unread body as it arrives,
 * and scripts/unread-body.cjs does the same for one whose stream was cancelled here (cancelling it
 * would otherwise leave the connection unread until it timed out).
 */
export async function readLimitedBody(req: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw new BodyTooLargeError(limit);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The route's own refusals: plain JSON, never cached. */
export const refusal = (status: number, message: string) =>
  new Response(JSON.stringify({ error: { message } }), {
    status,
    headers: { "content-type": "application/json", "cache-control": "no-store" },
  });

/**
 * Refuses what the app's own client never sends: cross-site requests (an Origin that is not this
 * host) and non-JSON bodies (tRPC would otherwise accept `multipart/form-data`, which a plain HTML
 * form on another site can post without a CORS preflight).
 */
export function refuseForeignRequest(req: Pick<Request, "headers" | "method">): Response | null {
  const origin = req.headers.get("origin");
  if (origin) {
    const host = req.headers.get("x-forwarded-host") ?? req.headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = null;
    }
    if (!host || originHost !== host) return refusal(403, "Cross-site requests are not accepted.");
  }
  if (req.method === "POST") {
    const type = (req.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (type !== "application/json") return refusal(415, "Send the request as application/json.");
  }
  return null;
}

/** The 413 for a body over `limit` bytes. */
export const tooLarge = (limit: number) => refusal(413, `The request is too large (the limit is ${Math.round(limit / 1024)} KB).`);

/** A copy of `req` whose body is at most MAX_TRPC_BODY_BYTES, or the 413 answer. */
export async function withLimitedBody(req: Request, limit = MAX_TRPC_BODY_BYTES): Promise<Request | Response> {
  if (req.method !== "POST") return req;
  try {
    const body = await readLimitedBody(req, limit);
    return new Request(req.url, { method: req.method, headers: req.headers, body: body as BodyInit });
  } catch (e) {
    if (e instanceof BodyTooLargeError) return tooLarge(limit);
    throw e;
  }
}
