/**
 * A small tRPC answer is sent as it is, not gzipped: below the 1 KB under which the compression
 * middleware itself would not compress, had it known the size.
 *
 * `next start` gzips every response through Next's copy of the `compression` middleware, whose
 * threshold is 1 KB. A route handler's Response reaches it as a stream written chunk by chunk, and
 * Next drops a Content-Length the Response declares (send-response.ts), so the middleware never
 * knows the size and gzipped everything: an 86-byte startAttempt answer and a 700-byte role-play
 * turn each got a gzip stream of their own (zlib's deflate state is about 256 KB, set up and freed
 * per response), about 6% of a worker's CPU time under the turn load (CPU profile, issue 16). JSON
 * answers are whole strings already, so reading one into a buffer costs a copy of a few KB; one
 * under 1 KB gets `no-transform` in its Cache-Control, which the middleware honours (and which
 * tells proxies not to recompress it either). Larger answers are gzipped as before; streamed answers
 * (tRPC's JSON lines, anything not plain JSON) are passed through untouched.
 */
export const GZIP_THRESHOLD_BYTES = 1024;

export async function smallAnswersUncompressed(res: Response): Promise<Response> {
  if (!res.body || !/^application\/json\b/i.test(res.headers.get("content-type") ?? "")) return res;
  const body = await res.arrayBuffer();
  const headers = new Headers(res.headers);
  if (body.byteLength < GZIP_THRESHOLD_BYTES) headers.set("cache-control", [headers.get("cache-control"), "no-transform"].filter(Boolean).join(", "));
  return new Response(body, { status: res.status, statusText: res.statusText, headers });
}
