import { afterEach, describe, expect, it, vi } from "vitest";
import { ltiBaseUrl } from "./lti";

vi.mock("server-only", () => ({}));

describe("ltiBaseUrl: the address platforms are told to send the browser back to", () => {
  const saved = { DEFUSE_URL: process.env.DEFUSE_URL, AUTH_URL: process.env.AUTH_URL };
  afterEach(() => {
    for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  });

  it("is the address the browser used when DEFUSE_URL is not set, not the server's own hostname", () => {
    delete process.env.DEFUSE_URL;
    delete process.env.AUTH_URL;
    // `next start` builds request.url from its own hostname; the browser came to 127.0.0.1.
    expect(ltiBaseUrl(new Request("http://localhost:3114/api/lti/login", { headers: { host: "127.0.0.1:3114" } }))).toBe("http://127.0.0.1:3114");
    expect(ltiBaseUrl(new Request("http://localhost:3000/api/lti/login", { headers: { host: "internal:3000", "x-forwarded-host": "defuse.example.com", "x-forwarded-proto": "https" } }))).toBe("https://defuse.example.com");
    // A Host that is not a host name falls back to the request's own.
    expect(ltiBaseUrl(new Request("http://localhost:3000/api/lti/login", { headers: { host: "evil.example/<script>" } }))).toBe("http://localhost:3000");
  });

  it("is DEFUSE_URL when set, whatever the request says", () => {
    process.env.DEFUSE_URL = "https://defuse.example.org/";
    expect(ltiBaseUrl(new Request("http://localhost:3000/api/lti/login", { headers: { host: "127.0.0.1:3000" } }))).toBe("https://defuse.example.org");
  });
});
