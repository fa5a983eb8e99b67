import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { createSessionReader } from "./session-token";

const SECRET = "a-test-secret-that-is-long-enough-for-auth-js";
const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

const mint = (uid: string, opts: { salt?: string; secret?: string; maxAge?: number } = {}) =>
  encode({ token: { uid, sid: `s-${uid}`, sub: uid, role: "LEARNER" }, secret: opts.secret ?? SECRET, salt: opts.salt ?? PLAIN, maxAge: opts.maxAge ?? 3600 });
const cookies = (pairs: Record<string, string>) => new Headers({ cookie: Object.entries(pairs).map(([k, v]) => `${k}=${v}`).join("; ") });

describe("session cookie reader", () => {
  it("returns the user id of a token Auth.js minted, again and again", async () => {
    const read = createSessionReader(() => SECRET);
    const token = await mint("user-1");
    expect(await read(cookies({ [PLAIN]: token }))).toEqual({ userId: "user-1", sessionId: "s-user-1" });
    expect(await read(cookies({ other: "x", [PLAIN]: token }))).toEqual({ userId: "user-1", sessionId: "s-user-1" });
  });

  it("treats a missing, tampered or foreign token as signed out", async () => {
    const read = createSessionReader(() => SECRET);
    expect(await read(new Headers())).toBeNull();
    expect(await read(cookies({ other: "x" }))).toBeNull();
    const token = await mint("user-1");
    const flipped = token.slice(0, -6) + (token.at(-6) === "A" ? "B" : "A") + token.slice(-5);
    expect(await read(cookies({ [PLAIN]: flipped }))).toBeNull();
    expect(await read(cookies({ [PLAIN]: await mint("user-2", { secret: "some-other-secret-of-enough-length-000" }) }))).toBeNull();
    // A token minted for the plain cookie is not accepted under the secure name (the name is the key's salt).
    expect(await read(cookies({ [SECURE]: token }))).toBeNull();
  });

  it("stops accepting a remembered token once it expires", async () => {
    let now = Date.now();
    const read = createSessionReader(() => SECRET, () => now);
    const token = await mint("user-1", { maxAge: 60 });
    expect(await read(cookies({ [PLAIN]: token }))).toEqual({ userId: "user-1", sessionId: "s-user-1" });
    now += 30_000;
    expect(await read(cookies({ [PLAIN]: token }))).toEqual({ userId: "user-1", sessionId: "s-user-1" });
    now += 60_000; // past exp plus Auth.js's 15 s tolerance
    expect(await read(cookies({ [PLAIN]: token }))).toBeNull();
    expect(await read(cookies({ [PLAIN]: token }))).toBeNull();
  });

  it("reads the secure-prefixed cookie and a cookie split into chunks", async () => {
    const read = createSessionReader(() => SECRET);
    const secure = await mint("user-3", { salt: SECURE });
    expect(await read(cookies({ [SECURE]: secure }))).toEqual({ userId: "user-3", sessionId: "s-user-3" });
    const token = await mint("user-4");
    const half = Math.floor(token.length / 2);
    expect(await read(cookies({ [`${PLAIN}.0`]: token.slice(0, half), [`${PLAIN}.1`]: token.slice(half) }))).toEqual({ userId: "user-4", sessionId: "s-user-4" });
  });

  it("does not sign anyone in with a token minted before sessions could be revoked (no session id)", async () => {
    const read = createSessionReader(() => SECRET);
    const legacy = await encode({ token: { uid: "user-9", sub: "user-9" }, secret: SECRET, salt: PLAIN, maxAge: 3600 });
    expect(await read(cookies({ [PLAIN]: legacy }))).toBeNull();
  });
});
