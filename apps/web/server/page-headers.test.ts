import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pageHeadersModule from "../../../scripts/page-headers.cjs";

const { install } = pageHeadersModule;

// What Next.js would see and answer: the request headers it was handed, echoed back.
let server: http.Server;
let base = "";
beforeAll(async () => {
  install();
  server = http.createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify(req.headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const SIGNED_IN = { cookie: "theme=1; authjs.session-token=abc.def" };
async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + path, { headers, redirect: "manual" });
  const seen = res.headers.get("content-type") === "application/json" ? ((await res.json()) as Record<string, string>) : null;
  return { res, seen };
}

describe("page headers preload (scripts/page-headers.cjs)", () => {
  it("gives every page a fresh nonce, on the request Next.js renders and in the response's policy", async () => {
    const a = await get("/dashboard", SIGNED_IN);
    const b = await get("/dashboard", SIGNED_IN);
    const nonce = a.seen!["x-nonce"]!;
    expect(Buffer.from(nonce, "base64")).toHaveLength(16);
    expect(a.seen!["content-security-policy"]).toContain(`'nonce-${nonce}'`);
    expect(a.res.headers.get("content-security-policy")).toBe(a.seen!["content-security-policy"]);
    expect(a.res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(a.res.headers.get("x-frame-options")).toBe("DENY");
    expect(b.seen!["x-nonce"]).not.toBe(nonce);
  });

  it("never lets the client choose the nonce", async () => {
    const forged = { ...SIGNED_IN, "x-nonce": "forged", "content-security-policy": "script-src 'nonce-forged'", "content-security-policy-report-only": "script-src 'nonce-forged'" };
    const page = await get("/courses", forged);
    expect(page.seen!["x-nonce"]).not.toBe("forged");
    expect(page.seen!["content-security-policy"]).not.toContain("forged");
    expect(page.seen!["content-security-policy-report-only"]).toBeUndefined();
    // Not a page: no policy of ours, and the forged one is gone too.
    const api = await get("/api/trpc/me.get", forged);
    expect(api.seen!["x-nonce"]).toBeUndefined();
    expect(api.seen!["content-security-policy"]).toBeUndefined();
    expect(api.res.headers.get("content-security-policy")).toBeNull();
  });

  it("sends anonymous visitors of signed-in pages to /login with where they were going, and leaves public pages alone", async () => {
    const { res } = await get("/progress?tab=2");
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/login?callbackUrl=%2Fprogress%3Ftab%3D2");
    for (const path of ["/", "/login", "/reset-password/x", "/verify/x", "/unsubscribe/x"]) {
      const open = await get(path);
      expect(open.res.status, path).toBe(200);
      expect(open.seen!["x-nonce"], path).toBeTruthy();
    }
    // An empty session cookie is no session; a chunked or secure-prefixed one is.
    expect((await get("/dashboard", { cookie: "authjs.session-token=" })).res.status).toBe(307);
    expect((await get("/dashboard", { cookie: "__Secure-authjs.session-token.0=abc" })).res.status).toBe(200);
    expect((await get("/api/trpc/me.get")).res.status).toBe(200);
  });

  it("sends HSTS only when the request came over HTTPS", async () => {
    expect((await get("/dashboard", SIGNED_IN)).res.headers.get("strict-transport-security")).toBeNull();
    expect((await get("/dashboard", { ...SIGNED_IN, "x-forwarded-proto": "https" })).res.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
  });
});
