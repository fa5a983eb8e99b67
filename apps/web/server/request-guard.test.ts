import { describe, expect, it } from "vitest";
import { BodyTooLargeError, bodyLimitFor, MAX_TRANSCRIPT_BODY_BYTES, MAX_TRPC_BODY_BYTES, readLimitedBody, refuseForeignRequest, withLimitedBody } from "./request-guard";

const url = "http://defuse.test/api/trpc/learner.takeTurn";

/** A body that would be `total` bytes, produced lazily so the test can see how much was pulled. */
function streamOf(total: number, chunk = 64 * 1024) {
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const n = Math.min(chunk, total - sent);
      sent += n;
      controller.enqueue(new Uint8Array(n).fill(97));
    },
  });
  return { stream, pulled: () => sent };
}

describe("tRPC request guard", () => {
  it("refuses a declared oversize body before reading any of it", async () => {
    const { stream, pulled } = streamOf(100 * 1024 * 1024);
    const req = new Request(url, { method: "POST", body: stream, headers: { "content-length": String(100 * 1024 * 1024) }, duplex: "half" } as RequestInit);
    await expect(readLimitedBody(req, 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(pulled()).toBeLessThanOrEqual(64 * 1024); // the stream queues one chunk on its own; nothing more is read
  });

  it("stops reading an undeclared 100 MB body soon after the limit and answers 413", async () => {
    const { stream, pulled } = streamOf(100 * 1024 * 1024);
    const req = new Request(url, { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    const res = await withLimitedBody(req, 512 * 1024);
    expect(res).toBeInstanceOf(Response);
    expect((res as Response).status).toBe(413);
    expect(pulled()).toBeLessThan(2 * 1024 * 1024);
  });

  it("allows a transcript upload a larger body only when the request calls nothing else", () => {
    expect(bodyLimitFor("http://defuse.test/api/trpc/qa.previewImport?batch=1")).toBe(MAX_TRANSCRIPT_BODY_BYTES);
    expect(bodyLimitFor("http://defuse.test/api/trpc/qa.import?batch=1")).toBe(MAX_TRANSCRIPT_BODY_BYTES);
    expect(bodyLimitFor("http://defuse.test/api/trpc/qa.import,learner.takeTurn?batch=1")).toBe(MAX_TRPC_BODY_BYTES);
    expect(bodyLimitFor(url)).toBe(MAX_TRPC_BODY_BYTES);
  });

  it("passes a normal body through unchanged", async () => {
    const body = JSON.stringify({ 0: { json: { attemptId: "a", text: "hello" } } });
    const out = await withLimitedBody(new Request(url, { method: "POST", body, headers: { "content-type": "application/json" } }));
    expect(out).toBeInstanceOf(Request);
    expect(await (out as Request).text()).toBe(body);
  });

  it("refuses cross-site origins and form posts, and lets same-origin JSON through", () => {
    const post = (headers: Record<string, string>) => new Request(url, { method: "POST", body: "{}", headers: { host: "defuse.test", ...headers } });
    expect(refuseForeignRequest(post({ origin: "https://evil.example", "content-type": "application/json" }))?.status).toBe(403);
    expect(refuseForeignRequest(post({ origin: "http://defuse.test", "content-type": "multipart/form-data; boundary=x" }))?.status).toBe(415);
    expect(refuseForeignRequest(post({ "content-type": "text/plain" }))?.status).toBe(415);
    expect(refuseForeignRequest(post({ origin: "http://defuse.test", "content-type": "application/json" }))).toBeNull();
    expect(refuseForeignRequest(new Request(url, { headers: { host: "defuse.test" } }))).toBeNull();
  });
});
