import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { clientIp, rateLimitKey } from "./client-ip";

const require = createRequire(import.meta.url);
const { clientAddress } = require("../../../scripts/client-address.cjs") as {
  clientAddress: (xff: string | undefined, socket: string | undefined, hops: number) => string;
};

describe("client address", () => {
  it("ignores a spoofed X-Forwarded-For when no proxy is trusted", () => {
    expect(clientAddress("6.6.6.6, 7.7.7.7", "203.0.113.9", 0)).toBe("203.0.113.9");
    expect(clientAddress(undefined, "203.0.113.9", 0)).toBe("203.0.113.9");
  });

  it("behind one trusted proxy, takes the address that proxy saw, not what the client claimed", () => {
    // client claims 6.6.6.6; the proxy appends the real peer 198.51.100.7; the proxy itself connects from 10.0.0.2
    expect(clientAddress("6.6.6.6, 198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", "10.0.0.2", 1)).toBe("198.51.100.7");
  });

  it("never runs off the start of a short chain", () => {
    expect(clientAddress("", "10.0.0.2", 3)).toBe("10.0.0.2");
  });

  it("the app reads only the header the preload wrote", () => {
    expect(clientIp(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBeNull();
    expect(clientIp(new Headers({ "x-defuse-client-ip": "203.0.113.9", "x-forwarded-for": "6.6.6.6" }))).toBe("203.0.113.9");
  });

  it("rate limits count an IPv6 client by its /64 network (one site holds the whole /64), an IPv4 client by its address", () => {
    expect(rateLimitKey("2001:db8:a:b:1:2:3:4")).toBe("2001:db8:a:b::/64");
    expect(rateLimitKey("2001:db8:a:b::ffff")).toBe("2001:db8:a:b::/64");
    expect(rateLimitKey("2001:0DB8:000a:000b:9999::1")).toBe("2001:db8:a:b::/64");
    expect(rateLimitKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(rateLimitKey("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
    expect(rateLimitKey("2001:db8:a:c::1")).not.toBe(rateLimitKey("2001:db8:a:b::1"));
    expect(rateLimitKey("::ffff:198.51.100.7")).toBe("198.51.100.7");
    expect(rateLimitKey("198.51.100.7")).toBe("198.51.100.7");
  });
});
