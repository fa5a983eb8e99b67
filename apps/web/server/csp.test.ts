import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, frameAncestors, newNonce, servedOverHttps } from "./csp";

const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? "";

describe("content security policy", () => {
  it("allows scripts only from this origin or with this request's nonce, never inline ones", () => {
    const nonce = newNonce();
    const scripts = directive(contentSecurityPolicy(nonce), "script-src");
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(directive(contentSecurityPolicy(nonce), "object-src")).toBe("object-src 'none'");
  });

  it("uses a different 128-bit nonce for every request", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    expect(Buffer.from([...nonces][0]!, "base64")).toHaveLength(16);
  });

  it("knows when a request came over HTTPS, directly or through a TLS proxy", () => {
    expect(servedOverHttps(true, undefined)).toBe(true);
    expect(servedOverHttps(false, "https, http")).toBe(true);
    expect(servedOverHttps(false, undefined)).toBe(false);
  });

  it("lets nobody frame a page unless LTI_FRAME_ANCESTORS names the LMS origins, and drops anything that is not an origin", () => {
    expect(directive(contentSecurityPolicy(newNonce()), "frame-ancestors")).toBe("frame-ancestors 'none'");
    const allowed = frameAncestors("https://moodle.example.edu  https://x.instructure.com/ * javascript:alert(1) https://lms.example/path 'unsafe-inline'");
    expect(allowed).toEqual(["https://moodle.example.edu", "https://x.instructure.com"]);
    expect(directive(contentSecurityPolicy(newNonce(), { frameAncestors: allowed }), "frame-ancestors")).toBe("frame-ancestors 'self' https://moodle.example.edu https://x.instructure.com");
    expect(frameAncestors("")).toEqual([]);
  });
});
