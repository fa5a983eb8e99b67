import http from "node:http";
import { createRequire } from "node:module";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { afterAll, describe, expect, it } from "vitest";
import { GZIP_THRESHOLD_BYTES, smallAnswersUncompressed } from "./sized-response";

const json = (n: number, init: ResponseInit = {}) =>
  new Response(JSON.stringify({ x: "a".repeat(n) }), { ...init, headers: { "content-type": "application/json", "cache-control": "no-store", ...init.headers } });

describe("smallAnswersUncompressed", () => {
  it("marks a JSON answer under 1 KB no-transform, keeping status, headers and body", async () => {
    const text = JSON.stringify({ reason: "Tension fell (62 → 56)" });
    const res = await smallAnswersUncompressed(new Response(text, { status: 412, headers: { "content-type": "application/json", "cache-control": "no-store", vary: "trpc-accept" } }));
    expect(res.status).toBe(412);
    expect(res.headers.get("cache-control")).toBe("no-store, no-transform");
    expect(res.headers.get("vary")).toBe("trpc-accept");
    expect(await res.text()).toBe(text);
  });

  it("counts bytes, not characters, and leaves answers of 1 KB and more as they were", async () => {
    expect(GZIP_THRESHOLD_BYTES).toBe(1024);
    const wide = new Response(JSON.stringify("é".repeat(600)), { headers: { "content-type": "application/json" } }); // 602 characters, 1,202 bytes
    expect((await smallAnswersUncompressed(wide)).headers.get("cache-control")).toBeNull();
    expect((await smallAnswersUncompressed(json(2000))).headers.get("cache-control")).toBe("no-store");
  });

  it("passes streamed answers (tRPC's JSON lines) and bodiless ones through untouched", async () => {
    const stream = new Response(new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode('{"a":1}\n')), c.close()) }), { headers: { "content-type": "application/jsonl" } });
    expect(await smallAnswersUncompressed(stream)).toBe(stream);
    const empty = new Response(null, { status: 204 });
    expect(await smallAnswersUncompressed(empty)).toBe(empty);
  });
});

// What it is for: `next start`'s compression middleware (Next's compiled copy of `compression`)
// gzips an answer whose size it cannot see, however small, and skips one marked no-transform.
// Served the way Next sends a route's Response (send-response.ts): its headers but never its
// Content-Length set on the Node response, then the body piped in.
describe("Next's compression middleware and a route's answer", () => {
  const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
  const gzip = compression();
  let current: Response;
  const server = http.createServer((req, res) =>
    gzip(req, res, () => {
      current.headers.forEach((v, k) => k !== "content-length" && res.setHeader(k, v));
      Readable.fromWeb(current.body as NodeReadableStream).pipe(res);
    }),
  );
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const port = new Promise<number>((resolve) => server.listen(0, "127.0.0.1", () => resolve((server.address() as { port: number }).port)));
  const encodingOf = async (res: Response) => {
    current = res;
    const p = await port;
    const answer = await new Promise<http.IncomingMessage>((resolve) => http.get({ port: p, host: "127.0.0.1", headers: { "accept-encoding": "gzip" } }, resolve));
    answer.resume();
    return answer.headers["content-encoding"] ?? "identity";
  };

  it("gzips a 100-byte answer as Next sends it", async () => {
    expect(await encodingOf(json(100))).toBe("gzip");
  });

  it("sends a small answer as it is, and still gzips a large one", async () => {
    expect(await encodingOf(await smallAnswersUncompressed(json(100)))).toBe("identity");
    expect(await encodingOf(await smallAnswersUncompressed(json(5000)))).toBe("gzip");
  });
});
