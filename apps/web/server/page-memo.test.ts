import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import v8 from "node:v8";
import vm from "node:vm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@defuse/api";
import { httpGet } from "./fixtures/http-get";

vi.mock("server-only", () => ({}));
// The session as the database would give it: the cookie names the user (null: signed out or revoked).
const USERS: Record<string, SessionUser> = {
  ann: { id: "u-ann", email: "ann@a.test", name: "Ann", role: "LEARNER", orgId: "org-a", sessionId: "s-1" },
  annOnPhone: { id: "u-ann", email: "ann@a.test", name: "Ann", role: "LEARNER", orgId: "org-a", sessionId: "s-2" },
  bob: { id: "u-bob", email: "bob@a.test", name: "Bob", role: "LEARNER", orgId: "org-a" },
  cy: { id: "u-cy", email: "cy@b.test", name: "Cy", role: "TRAINER", orgId: "org-b" },
  temp: { id: "u-temp", email: "t@a.test", name: "Temp", role: "LEARNER", orgId: "org-a", mustChangePassword: true },
};
/** A person of their own for each `sid=g<n>` (many users, for the memory tests). */
const someone = (sid: string): SessionUser | null => (/^g\d+$/.test(sid) ? { id: `u-${sid}`, email: `${sid}@c.test`, name: `Guest ${sid}`, role: "LEARNER", orgId: "org-c" } : null);
const userOf = (cookie: string) => {
  const sid = /sid=(\w+)/.exec(cookie)?.[1] ?? "";
  return USERS[sid] ?? someone(sid);
};
vi.mock("./session", () => ({
  sessionUser: async (h: Headers) => userOf(h.get("cookie") ?? ""),
}));
vi.mock("./db", () => ({ db: () => ({}) }));

// A small budget, so that the memory tests below fill it in a few hundred requests.
process.env.WEB_PAGE_MEMO_MB = "2";
const { canonical, lookup, nonceOffsets, pageData, pageRead, resetPageMemo } = await import("./page-memo");
const { handedUser } = await import("./page-memo-state");

// The preloads as a worker loads them: page-headers.cjs (the nonce), page-memo.cjs, and the
// compression middleware's whole-page gzip (compression-level.cjs), which hands the page to the memo.
const req = createRequire(import.meta.url);
const pageMemo = req("../../../scripts/page-memo.cjs") as {
  install: () => void;
  PAGE_MEMO: symbol;
  READ_HEADER: string;
  withNonce: (body: Buffer, from: string, to: string, at?: number[]) => Buffer;
};
const compression = req("../../../scripts/compression-level.cjs") as { bufferWholePage: (res: http.ServerResponse) => void };
pageMemo.install();
(req("../../../scripts/page-headers.cjs") as { install: () => void }).install();

// What each learner's progress read returns: their own rows (a read scoped to the caller, as the procedures are).
const progress: Record<string, { done: string[] }> = { "u-ann": { done: ["ann-lesson-1"] }, "u-bob": { done: ["bob-lesson-9"] } };
const PROGRESS = pageRead({ path: "/progress", read: async (_api, { user }) => ({ ...progress[user.id]! }) });
/** A long page with text beyond Latin-1 (an em dash, as cohort names and dates have), one per person. */
const BIG = pageRead({ path: "/big", read: async (_api, { user }) => ({ who: user.id }) });
const STAFF_PAGE = pageRead({ path: "/trainer/reviews", roles: ["TRAINER", "ADMIN"], read: async (_api, { search }) => ({ state: search.get("state") ?? "PENDING" }) });

/** Stands in for Next: renders the page from pageData (as the pages do) with this request's nonce, counts renders. */
let renders = 0;
let setCookie = false;
/** What each render was handed as its user by the memo (session.ts currentUser takes it), in order. */
let handedUsers: (SessionUser | null)[] = [];
async function next(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const headers = new Headers(Object.entries(req.headers).map(([k, v]): [string, string] => [k, String(v)]));
  handedUsers.push(handedUser(headers));
  const user = userOf(String(req.headers.cookie));
  if (!user) return res.writeHead(307, { location: "/login" }).end();
  const search = new URLSearchParams(req.url!.split("?")[1] ?? "");
  const read = req.url!.startsWith("/progress") ? PROGRESS : req.url!.startsWith("/big") ? BIG : STAFF_PAGE;
  const data = await pageData(read as typeof PROGRESS, headers, {} as never, { params: {}, search, user });
  compression.bufferWholePage(res);
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("link", `</x.css>; rel=preload; as="style"; nonce="${req.headers["x-nonce"]}"`);
  if (setCookie) res.setHeader("set-cookie", "authjs.session-token=renewed");
  const nonce = req.headers["x-nonce"];
  res.write(`<html><script nonce="${nonce}">1</script><main>${user.name}: ${JSON.stringify(data)}</main>`);
  const big = read === (BIG as unknown) ? `<p>${user.name} — ${"a long page ".repeat(3000)}</p>` : "";
  res.end(`<script nonce="${nonce}">2</script>${big}${"<!-- padding -->".repeat(Number(search.get("pad") ?? 100))}</html>`);
}

let server: http.Server;
let port: number;
beforeAll(async () => {
  server = http.createServer((req, res) => void next(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
  (globalThis as Record<symbol, unknown>)[pageMemo.PAGE_MEMO] = lookup;
});
afterAll(() => {
  delete (globalThis as Record<symbol, unknown>)[pageMemo.PAGE_MEMO];
  server.close();
});
beforeEach(() => {
  resetPageMemo();
  renders = 0;
  setCookie = false;
  handedUsers = [];
  progress["u-ann"] = { done: ["ann-lesson-1"] };
});

const get = (path: string, sid: string, headers: Record<string, string> = {}) => httpGet(port, path, { cookie: `authjs.session-token=x; sid=${sid}`, ...headers });
const nonceOf = (res: { headers: http.IncomingHttpHeaders }) => /'nonce-([^']+)'/.exec(String(res.headers["content-security-policy"]))![1]!;

describe("the page memo (scripts/page-memo.cjs and server/page-memo.ts)", () => {
  it("sends a page again without a render when the user, URL and data read are unchanged, with this request's nonce", async () => {
    const first = await get("/progress", "ann");
    const again = await get("/progress", "ann");
    expect(renders).toBe(1);
    expect(again.status).toBe(200);
    expect(again.body).toContain('Ann: {"done":["ann-lesson-1"]}');
    const nonce = nonceOf(again);
    expect(nonce).not.toBe(nonceOf(first));
    // Every script carries the new nonce, none the old one; the link header too.
    expect(again.body.split(`nonce="${nonce}"`).length - 1).toBe(2);
    expect(again.body).not.toContain(nonceOf(first));
    expect(again.headers.link).toContain(`nonce="${nonce}"`);
    expect(again.headers["content-encoding"]).toBe("gzip");
  });

  it("never sends one learner's page to another: each user's page is their own render of their own read", async () => {
    await get("/progress", "ann");
    await get("/progress", "ann");
    const bob = await get("/progress", "bob");
    expect(bob.body).toContain('Bob: {"done":["bob-lesson-9"]}');
    expect(bob.body).not.toContain("ann-lesson-1");
    expect(renders).toBe(2);
    // And Bob's kept page is never Ann's either way round.
    const ann = await get("/progress", "ann");
    expect(ann.body).toContain("ann-lesson-1");
    expect(ann.body).not.toContain("bob-lesson-9");
    expect((await get("/progress", "bob")).body).not.toContain("ann-lesson-1");
    expect(renders).toBe(2);
  });

  it("shares a page between one user's sessions, and renders anew when the user's own details change", async () => {
    await get("/progress", "ann");
    expect((await get("/progress", "annOnPhone")).body).toContain("ann-lesson-1");
    expect(renders).toBe(1);
    USERS.ann = { ...USERS.ann!, name: "Ann Smith" };
    try {
      expect((await get("/progress", "ann")).body).toContain("Ann Smith: ");
      expect(renders).toBe(2);
    } finally {
      USERS.ann = { ...USERS.ann!, name: "Ann" };
    }
  });

  it("renders anew as soon as the data read differs (a lesson completed): nothing stale", async () => {
    await get("/progress", "ann");
    progress["u-ann"] = { done: ["ann-lesson-1", "ann-lesson-2"] };
    const after = await get("/progress", "ann");
    expect(after.body).toContain("ann-lesson-2");
    expect(renders).toBe(2);
  });

  it("leaves to Next a signed-out or revoked session, a temporary password, and a role the page refuses", async () => {
    expect((await get("/progress", "nobody")).status).toBe(307);
    await get("/progress", "temp");
    await get("/progress", "temp");
    await get("/trainer/reviews", "ann");
    await get("/trainer/reviews", "ann");
    expect(renders).toBe(5);
    expect(await lookup({ url: "/trainer/reviews", headers: { cookie: "sid=ann" } })).toBeNull();
    expect(await lookup({ url: "/trainer/reviews", headers: { cookie: "sid=cy" } })).not.toBeNull();
  });

  it("keeps a page per URL: another query string is another page", async () => {
    await get("/trainer/reviews", "cy");
    const released = await get("/trainer/reviews?state=RELEASED", "cy");
    expect(released.body).toContain('"state":"RELEASED"');
    expect(renders).toBe(2);
    expect((await get("/trainer/reviews", "cy")).body).toContain('"state":"PENDING"');
    expect(renders).toBe(2);
  });

  it("does not keep a page that sets a cookie, and RSC payloads always go to Next", async () => {
    setCookie = true;
    await get("/progress", "ann");
    await get("/progress", "ann");
    expect(renders).toBe(2);
    setCookie = false;
    await get("/progress", "ann");
    await get("/progress", "ann", { rsc: "1" });
    await get("/progress?_rsc=abc", "ann");
    expect(renders).toBe(5);
    const kept = await get("/progress", "ann");
    expect(kept.headers["set-cookie"]).toBeUndefined();
    expect(renders).toBe(5);
  });

  it("ignores a client's x-defuse-page-read: a page renders from its own read", async () => {
    const found = await lookup({ url: "/progress", headers: { cookie: "sid=ann" } });
    expect(found && "readId" in found).toBe(true);
    const readId = (found as { readId: string }).readId;
    const bob = await get("/progress", "bob", { [pageMemo.READ_HEADER]: readId });
    expect(bob.body).toContain("bob-lesson-9");
    expect(bob.body).not.toContain("ann-lesson-1");
    // Even handed straight to pageData, another user's read is not taken.
    const headers = new Headers({ [pageMemo.READ_HEADER]: readId });
    expect(await pageData(PROGRESS, headers, {} as never, { params: {}, search: new URLSearchParams(), user: USERS.bob! })).toEqual({ done: ["bob-lesson-9"] });
  });

  // perf26: on a miss the layout takes the user the memo resolved instead of reading the session again.
  it("hands a miss's render the user the memo resolved for that very request, never another request's", async () => {
    await get("/progress", "ann");
    expect(handedUsers).toEqual([USERS.ann]);
    // A live read id of Ann's (her request still open) sent by Bob as his own header: his render is handed Bob.
    const anns = (await lookup({ url: "/progress?x=1", headers: { cookie: "sid=ann" } })) as { readId: string; done: () => void };
    expect(handedUser(new Headers({ [pageMemo.READ_HEADER]: anns.readId }))).toEqual(USERS.ann);
    const bob = await get("/progress?x=1", "bob", { [pageMemo.READ_HEADER]: anns.readId });
    expect(bob.body).toContain("Bob:");
    expect(handedUsers[1]).toEqual(USERS.bob);
    // A request the memo leaves to Next (a temporary password) is handed nobody, whatever header it sends: the page reads the session itself.
    await get("/progress", "temp", { [pageMemo.READ_HEADER]: anns.readId });
    expect(handedUsers[2]).toBeNull();
    // Once a response is done, its id names nobody.
    anns.done();
    expect(handedUser(new Headers({ [pageMemo.READ_HEADER]: anns.readId }))).toBeNull();
    expect(handedUser(new Headers())).toBeNull();
  });

  // An attacker's pass (issue 16, sec25): the memo is one per worker, shared by everyone that worker serves.
  it("one person (here of another organisation) asking for page after page under new query strings cannot push anyone else's page out", async () => {
    await get("/progress", "ann");
    await get("/progress", "ann");
    expect(renders).toBe(1);
    // 200 pages of 32 kB under URLs never asked for before: three times the whole memo (WEB_PAGE_MEMO_MB=2).
    for (let i = 0; i < 200; i++) await get(`/progress?pad=2000&n=${i}`, "cy");
    expect(renders).toBe(201);
    const ann = await get("/progress", "ann");
    expect(ann.body).toContain("ann-lesson-1");
    expect(renders).toBe(201);
    // Cy's own latest pages are still kept.
    await get("/progress?pad=2000&n=199", "cy");
    expect(renders).toBe(201);
  });

  it("a URL longer than 2,048 characters is left to Next and never kept", async () => {
    const long = `/progress?q=${"x".repeat(2100)}`;
    await get(long, "ann");
    await get(long, "ann");
    expect(renders).toBe(2);
    expect(await lookup({ url: long, headers: { cookie: "sid=ann" } })).toBeNull();
  });

  it("holds no more memory than its budget, also for pages with text beyond Latin-1 (which a string holds at two bytes a character)", { timeout: 60_000 }, async () => {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as () => void;
    const used = () => {
      gc();
      gc();
      const m = process.memoryUsage();
      return m.heapUsed + m.arrayBuffers;
    };
    // Warm up the path first (the server, the preloads, zlib), so that only the kept pages are measured.
    for (let i = 0; i < 20; i++) await get("/big", `g${i}`);
    resetPageMemo();
    const before = used();
    // 150 people, one 36 kB page each: 5.4 MB of pages for a 2 MB memo.
    for (let i = 0; i < 150; i++) await get("/big", `g${i}`);
    expect(renders).toBe(170);
    const grew = used() - before;
    expect(grew).toBeGreaterThan(1.5 * 1024 * 1024);
    expect(grew).toBeLessThan(2.8 * 1024 * 1024);
    // And the most recent pages are kept.
    await get("/big", "g149");
    expect(renders).toBe(170);
  });

  it("fingerprints plain data only", () => {
    expect(canonical({ b: 1, a: [new Date(0), null, "x"] })).toBe(canonical({ a: [new Date(0), null, "x"], b: 1 }));
    expect(canonical({ a: new Date(1) })).not.toBe(canonical({ a: new Date(2) }));
    expect(() => canonical({ m: new Map() })).toThrow();
    // The exact text (perf26 builds it as one string; the format is the one fingerprints always had).
    expect(canonical([{ b: 1, a: [new Date(0), null, 'x"', undefined, 2n, true] }, [], {}, "u"])).toBe('[{"a":[d0,null,"x\\"",u,2n,true],"b":1},[],{},"u"]');
  });

  it("writes a hit's nonce at the offsets found when the page was kept, the same bytes as a search and replace", () => {
    const old = "A".repeat(22) + "==";
    const fresh = "B".repeat(22) + "==";
    const body = Buffer.from(`<script nonce="${old}">é—</script><link nonce="${old}">${old}`);
    const at = nonceOffsets(body, old);
    expect(at).toHaveLength(3);
    const spliced = pageMemo.withNonce(body, old, fresh, at);
    expect(spliced.toString()).toBe(body.toString().split(old).join(fresh));
    expect(spliced.toString()).not.toContain(old);
    // The kept page itself is untouched (each hit writes into its own copy).
    expect(body.toString()).toContain(old);
    // Without offsets (or for a nonce of another length), a search and replace, as before.
    expect(pageMemo.withNonce(body, old, fresh).toString()).toBe(spliced.toString());
    expect(pageMemo.withNonce(body, old, "short").toString()).toBe(body.toString().split(old).join("short"));
  });
});
