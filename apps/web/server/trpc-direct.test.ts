import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_TRPC_BODY_BYTES } from "./request-guard";
import { DEFAULT_MAX_INFLIGHT, encodingFor, maxInflight, serveTrpcDirect, TRPC_DIRECT, type Mutation } from "./trpc-direct";

// The preload as the workers load it: it patches http.Server in this test process.
const preload = createRequire(import.meta.url)("../../../scripts/trpc-direct.cjs") as { install: () => void; isDirectTrpc: (m: string, u: string) => boolean };
preload.install();

const seen: Array<{ method: string; url: string; body: string; ip: string | null }> = [];
/** Stands in for answerTrpc: echoes what it was given; `big` answers 5 KB, `boom` throws. */
async function answer(req: Request): Promise<Response> {
  const body = req.method === "POST" ? await req.text() : "";
  seen.push({ method: req.method, url: req.url, body, ip: req.headers.get("x-defuse-client-ip") });
  if (req.url.includes("boom")) throw new Error("boom");
  const data = req.url.includes("big") ? "x".repeat(5000) : "ok";
  return new Response(JSON.stringify({ result: { data } }), { headers: { "content-type": "application/json", "cache-control": "no-store" } });
}

let server: http.Server;
let port: number;
beforeAll(async () => {
  // What Next would answer: anything the direct path does not take ends up here.
  server = http.createServer((_req, res) => res.end("next"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[TRPC_DIRECT];
  server.close();
});

function request(method: string, path: string, headers: Record<string, string | number> = {}, body?: string | Buffer, agent?: http.Agent) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end(body);
  });
}
const json = { "content-type": "application/json" };

describe("the direct tRPC path (scripts/trpc-direct.cjs and server/trpc-direct.ts)", () => {
  it("leaves every request to Next until the route has registered its handler", async () => {
    expect((await request("POST", "/api/trpc/learner.takeTurn", json, "{}")).body.toString()).toBe("next");
    (globalThis as Record<symbol, unknown>)[TRPC_DIRECT] = serveTrpcDirect(answer);
  });

  it("answers a tRPC POST itself: the body, the URL Next would give, the client address header passed on", async () => {
    seen.length = 0;
    const res = await request("POST", "/api/trpc/learner.takeTurn", { ...json, "x-defuse-client-ip": "192.0.2.7", "accept-encoding": "gzip" }, '{"json":{"text":"héllo"}}');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toEqual({ result: { data: "ok" } });
    expect(seen).toEqual([{ method: "POST", url: `http://localhost:${port}/api/trpc/learner.takeTurn`, body: '{"json":{"text":"héllo"}}', ip: "192.0.2.7" }]);
    // Under 1 KB: sent as it is, with its length, and marked so no proxy recompresses it.
    expect(res.headers["content-encoding"]).toBeUndefined();
    expect(res.headers["content-length"]).toBe(String(res.body.length));
    expect(res.headers["cache-control"]).toBe("no-store, no-transform");
    // The headers next.config.mjs gives API answers served by Next.
    expect(res.headers).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "strict-origin-when-cross-origin",
      "permissions-policy": "camera=(), microphone=(), geolocation=()",
      "x-frame-options": "DENY",
      "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    });
    expect(res.headers["strict-transport-security"]).toBeUndefined();
    const proxied = await request("POST", "/api/trpc/learner.takeTurn", { ...json, "x-forwarded-proto": "https" }, "{}");
    expect(proxied.headers["strict-transport-security"]).toBe("max-age=63072000; includeSubDomains");
    expect(seen.at(-1)!.url).toBe(`https://localhost:${port}/api/trpc/learner.takeTurn`);
  });

  it("gzips an answer of 1 KB or more for a client that accepts it, as Next's compression middleware did", async () => {
    const gz = await request("GET", "/api/trpc/x.big?input=%7B%7D", { "accept-encoding": "gzip, deflate, br" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gz.headers.vary).toBe("Accept-Encoding");
    expect(gz.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(gunzipSync(gz.body).toString()).result.data).toHaveLength(5000);
    const plain = await request("GET", "/api/trpc/x.big", { "accept-encoding": "identity" });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(JSON.parse(plain.body.toString()).result.data).toHaveLength(5000);
  });

  it("refuses what the route refuses before reading the body: another site's origin, a body that is not JSON, a declared length over the limit", async () => {
    seen.length = 0;
    expect((await request("POST", "/api/trpc/x.y", { ...json, origin: "https://evil.example" }, "{}")).status).toBe(403);
    expect((await request("POST", "/api/trpc/x.y", { "content-type": "multipart/form-data; boundary=x" }, "--x--")).status).toBe(415);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const big = Buffer.alloc(MAX_TRPC_BODY_BYTES + 1, 97);
    const tooLarge = await request("POST", "/api/trpc/x.y", { ...json, "content-length": big.length }, big, agent);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.toString()).toContain("The request is too large");
    // The same kept-alive connection carries the next call.
    expect((await request("POST", "/api/trpc/x.y", json, "{}", agent)).status).toBe(200);
    agent.destroy();
    expect(seen.map((s) => s.url)).toEqual([`http://localhost:${port}/api/trpc/x.y`]);
  });

  it("answers 500 in JSON when the handler fails, and goes on serving", async () => {
    const res = await request("POST", "/api/trpc/x.boom", json, "{}");
    expect(res.status).toBe(500);
    expect(JSON.parse(res.body.toString()).error.message).toMatch(/went wrong/);
    expect((await request("POST", "/api/trpc/x.y", json, "{}")).status).toBe(200);
  });

  it("hands a mutation called on its own to the mutation handler, written like any answer; anything else, or what it leaves, to the rest", async () => {
    const calls: string[] = [];
    const mutation: Mutation = async (path, headers, url, body) => {
      calls.push(`${path} ${url} ${body} ${headers.get("x-defuse-client-ip")}`);
      if (path === "x.leave") return null;
      const data = path === "x.big" ? "x".repeat(5000) : "direct";
      return {
        status: 200,
        headers: [
          ["vary", "trpc-accept, accept"],
          ["content-type", "application/json"],
          ["cache-control", "no-store"],
        ],
        body: JSON.stringify({ result: { data } }),
      };
    };
    (globalThis as Record<symbol, unknown>)[TRPC_DIRECT] = serveTrpcDirect(answer, mutation);
    try {
      seen.length = 0;
      const res = await request("POST", "/api/trpc/learner.takeTurn", { ...json, "x-defuse-client-ip": "192.0.2.7" }, '{"json":{"text":"héllo"}}');
      expect(JSON.parse(res.body.toString())).toEqual({ result: { data: "direct" } });
      expect(res.headers).toMatchObject({ "cache-control": "no-store, no-transform", "content-length": String(res.body.length), vary: "trpc-accept, accept", "x-frame-options": "DENY" });
      const gz = await request("POST", "/api/trpc/x.big", { ...json, "accept-encoding": "gzip" }, "{}");
      expect(gz.headers).toMatchObject({ "content-encoding": "gzip", vary: "trpc-accept, accept, Accept-Encoding", "cache-control": "no-store" });
      expect(JSON.parse(gunzipSync(gz.body).toString()).result.data).toHaveLength(5000);
      expect(seen).toEqual([]);
      expect(calls).toEqual([`learner.takeTurn http://localhost:${port}/api/trpc/learner.takeTurn {"json":{"text":"héllo"}} 192.0.2.7`, `x.big http://localhost:${port}/api/trpc/x.big {} null`]);
      // Left to the rest: what the handler leaves, a batch, a query string, a GET, a request for JSON lines.
      calls.length = 0;
      for (const [method, path, headers] of [
        ["POST", "/api/trpc/x.leave", json],
        ["POST", "/api/trpc/a.b,c.d?batch=1", json],
        ["POST", "/api/trpc/x.y?batch=1", json],
        ["GET", "/api/trpc/x.y", {}],
        ["POST", "/api/trpc/x.y", { ...json, "trpc-accept": "application/jsonl" }],
      ] as const) {
        expect(JSON.parse((await request(method, path, headers, method === "POST" ? "{}" : undefined)).body.toString()), `${method} ${path}`).toEqual({ result: { data: "ok" } });
      }
      expect(calls).toEqual([`x.leave http://localhost:${port}/api/trpc/x.leave {} null`]);
      expect(seen.map((x) => x.url.replace(`http://localhost:${port}`, ""))).toEqual(["/api/trpc/x.leave", "/api/trpc/a.b,c.d?batch=1", "/api/trpc/x.y?batch=1", "/api/trpc/x.y", "/api/trpc/x.y"]);
    } finally {
      (globalThis as Record<symbol, unknown>)[TRPC_DIRECT] = serveTrpcDirect(answer);
    }
  });

  it("turns POSTs away with 503 and Retry-After, before doing anything, while the worker is at its bound; queries and slow senders still pass; then takes them again", async () => {
    const started: string[] = [];
    const release: Array<() => void> = [];
    const slow = async (req: Request) => {
      const path = new URL(req.url).pathname;
      started.push(`${req.method} ${path}`);
      if (path.endsWith("x.slow")) await new Promise<void>((r) => release.push(r));
      return new Response(JSON.stringify({ result: { data: "ok" } }), { headers: { "content-type": "application/json" } });
    };
    (globalThis as Record<symbol, unknown>)[TRPC_DIRECT] = serveTrpcDirect(slow, undefined, 2);
    try {
      const held = [request("POST", "/api/trpc/x.slow", json, "{}"), request("POST", "/api/trpc/x.slow", json, "{}")];
      while (release.length < 2) await new Promise((r) => setTimeout(r, 5));
      const busy = await request("POST", "/api/trpc/learner.takeTurn", json, JSON.stringify({ json: { text: "x".repeat(50_000) } }));
      expect(busy.status).toBe(503);
      expect(busy.headers).toMatchObject({ "retry-after": "1", "x-defuse-busy": "1", "cache-control": "no-store", "x-frame-options": "DENY" });
      expect(JSON.parse(busy.body.toString()).error).toMatchObject({ message: expect.stringMatching(/busy.*nothing was done.*safe to send it again/), data: { code: "BUSY", httpStatus: 503 } });
      expect(started).not.toContain("POST /api/trpc/learner.takeTurn");
      // A page's query is not turned away.
      expect((await request("GET", "/api/trpc/x.y?input=%7B%7D")).status).toBe(200);
      for (const r of release) r();
      expect((await Promise.all(held)).map((r) => r.status)).toEqual([200, 200]);
      expect((await request("POST", "/api/trpc/learner.takeTurn", json, "{}")).status).toBe(200);

      // Clients still sending their bodies hold no place in the work: slow senders cannot turn others away.
      const trickling = [0, 1].map(() => {
        const req = http.request({ host: "127.0.0.1", port, method: "POST", path: "/api/trpc/x.y", headers: { ...json, "content-length": 10 } });
        req.on("error", () => {});
        req.write("{");
        return req;
      });
      await new Promise((r) => setTimeout(r, 50));
      expect((await request("POST", "/api/trpc/learner.takeTurn", json, "{}")).status).toBe(200);
      for (const req of trickling) req.destroy();
    } finally {
      (globalThis as Record<symbol, unknown>)[TRPC_DIRECT] = serveTrpcDirect(answer);
    }
  });

  it("reads the bound from DEFUSE_MAX_INFLIGHT: a positive integer, off or 0 for none, else the default", () => {
    expect(maxInflight({})).toBe(DEFAULT_MAX_INFLIGHT);
    expect(maxInflight({ DEFUSE_MAX_INFLIGHT: "64" })).toBe(64);
    expect(maxInflight({ DEFUSE_MAX_INFLIGHT: "off" })).toBe(Infinity);
    expect(maxInflight({ DEFUSE_MAX_INFLIGHT: "0" })).toBe(Infinity);
    expect(maxInflight({ DEFUSE_MAX_INFLIGHT: "-3" })).toBe(DEFAULT_MAX_INFLIGHT);
    expect(maxInflight({ DEFUSE_MAX_INFLIGHT: "many" })).toBe(DEFAULT_MAX_INFLIGHT);
  });

  it("leaves other methods, other paths and tRPC URLs Next would normalise to Next", async () => {
    for (const [method, path] of [
      ["PUT", "/api/trpc/x.y"],
      ["HEAD", "/api/trpc/x.y"],
      ["GET", "/api/health"],
      ["POST", "/api/trpc/x.y/"],
      ["POST", "/api/trpc//x.y"],
      ["GET", "/api/trpcx.y"],
    ] as const) {
      expect(preload.isDirectTrpc(method, path), `${method} ${path}`).toBe(false);
    }
    expect(preload.isDirectTrpc("GET", "/api/trpc/a.b,c.d?batch=1&input=%7B%7D")).toBe(true);
    expect((await request("POST", "/api/trpc/x.y/", json, "{}")).body.toString()).toBe("next");
  });
});

describe("encodingFor (the compression middleware's negotiation)", () => {
  it("prefers gzip, falls back to deflate, and honours q=0 and *", () => {
    expect(encodingFor("gzip, deflate, br")).toBe("gzip");
    expect(encodingFor("deflate")).toBe("deflate");
    expect(encodingFor("gzip;q=0, deflate")).toBe("deflate");
    expect(encodingFor("*")).toBe("gzip");
    expect(encodingFor("*, gzip;q=0")).toBe("deflate");
    expect(encodingFor("identity")).toBeNull();
    expect(encodingFor(undefined)).toBeNull();
  });
});
