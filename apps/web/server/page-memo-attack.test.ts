import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { catalogue } from "@defuse/content";
import type { Db, User } from "@defuse/db";
import type * as ApiModule from "@defuse/api";
import type { SessionUser } from "@defuse/api";
import type { encode as encodeJwt } from "next-auth/jwt";
import { seedCertificate } from "../../../packages/api/test/trainer-fixtures";
import { type Answer, httpGet } from "./fixtures/http-get";
import type * as MemoModule from "./page-memo";
import type { PageRead } from "./page-memo";
import type * as ReadsModule from "./page-reads";
import type * as SessionModule from "./session";

vi.mock("server-only", () => ({}));

// An attacker's pass on the page memo (issue 16, sec25), end to end on a real database: real session
// cookies (Auth.js's own encoding) naming real SignInSession rows, the real session lookup and its
// per-process cache, the real page reads through the tRPC caller, and the real preloads (page-headers.cjs,
// page-memo.cjs and the compression middleware as compression-level.cjs patches it). Only Next's render
// is stood in for: it does what requireUser and loadPage do (sign-in, temporary password and role
// rules, then the page's read via pageData) and writes the page's data with the header's name and role.

type Person = Pick<User, "id" | "orgId" | "email" | "name" | "role">;
type Org = { org: { id: string; name: string } } & Record<"admin" | "trainer" | "learner", Person>;
type Testing = {
  createTestDatabase(): Promise<{ url: string; db: Db; drop(): Promise<void> }>;
  createOrgWithUsers(db: Db, opts?: { name?: string }): Promise<Org>;
};
type AnyRead = PageRead<unknown>;
type Api = typeof ApiModule;

const here = path.dirname(fileURLToPath(import.meta.url));
const req = createRequire(import.meta.url);
const webDir = path.resolve(here, "..");

let tdb: Awaited<ReturnType<Testing["createTestDatabase"]>>;
let db: Db;
let api: Api;
let memo: typeof MemoModule;
let reads: typeof ReadsModule;
let session: typeof SessionModule;
let encode: typeof encodeJwt;
let compressionMiddleware: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void;
let server: http.Server;
let port: number;
let a: Org;
let b: Org;
const PAGE_MEMO = Symbol.for("defuse.pageMemo");
const NEXT_VARY = "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch";
const NO_STORE = "private, no-cache, no-store, max-age=0, must-revalidate";

/** The pages these tests ask for, as Next routes them. */
function route(pathname: string): { read: AnyRead; params: Record<string, string> } | null {
  const r = reads as unknown as Record<string, AnyRead>;
  const table: Array<[RegExp, string, string[]]> = [
    [/^\/dashboard$/, "DASHBOARD", []],
    [/^\/progress$/, "PROGRESS", []],
    [/^\/courses\/([\w-]+)\/assessment$/, "ASSESSMENT", ["moduleId"]],
    [/^\/courses\/([\w-]+)$/, "COURSE", ["moduleId"]],
    [/^\/trainer$/, "TRAINER_HOME", []],
    [/^\/trainer\/reviews$/, "REVIEW_QUEUE", []],
    [/^\/admin\/people$/, "PEOPLE", []],
  ];
  for (const [re, name, keys] of table) {
    const m = re.exec(pathname);
    if (m) return { read: r[name]!, params: Object.fromEntries(keys.map((k, i) => [k, m[i + 1]!])) };
  }
  return null;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
let renders = 0;
/** Stands in for Next's render of a signed-in page (the (app) layout's requireUser, then loadPage's read). */
async function next(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const url = new URL(req.url ?? "/", "http://defuse.test");
  const found = route(url.pathname);
  if (!found) return res.writeHead(404).end();
  const headers = new Headers(Object.entries(req.headers).map(([k, v]): [string, string] => [k, String(v)]));
  const user = await session.sessionUser(headers);
  if (!user) return res.writeHead(307, { location: "/login" }).end();
  if (user.mustChangePassword) return res.writeHead(307, { location: "/account/password" }).end();
  if (found.read.roles && !found.read.roles.includes(user.role)) return res.writeHead(307, { location: "/dashboard?denied=1" }).end();
  let data: unknown;
  try {
    data = await memo.pageData(found.read, headers, api.createCaller(api.createContextInner({ db, user })), { params: found.params, search: url.searchParams, user });
  } catch {
    return res.writeHead(404).end();
  }
  compressionMiddleware(req, res, () => {});
  res.setHeader("cache-control", NO_STORE);
  res.setHeader("vary", NEXT_VARY);
  res.setHeader("x-content-type-options", "nosniff");
  res.setHeader("content-type", req.headers.rsc === "1" ? "text/x-component" : "text/html; charset=utf-8");
  const nonce = String(req.headers["x-nonce"]);
  res.write(`<!DOCTYPE html><html><head><script nonce="${nonce}">1</script></head><body><header data-user="${user.id}">${esc(user.name)} · ${user.role}</header>`);
  res.end(`<main>${esc(memo.canonical(data))}</main><footer>— ${"<!-- padding -->".repeat(80)}</footer></body></html>`);
}

type Got = Answer;
const get = (urlPath: string, cookie: string | null, headers: Record<string, string> = {}, method = "GET") => httpGet(port, urlPath, { ...(cookie ? { cookie } : {}), ...headers }, method);
/** Asks for a page and says whether it was a memo hit (no render). */
async function view(urlPath: string, cookie: string | null, headers: Record<string, string> = {}) {
  const before = renders;
  const res = await get(urlPath, cookie, headers);
  return { ...res, hit: renders === before };
}
/** The signed-in person the page was rendered for, from its header. */
const shownUser = (body: string) => /data-user="([^"]+)"/.exec(body)?.[1];

/** A real sign-in: a SignInSession row and the Auth.js cookie naming it, as the credentials sign-in sets it. */
async function signIn(p: Person): Promise<{ cookie: string; sessionId: string }> {
  const ref = await api.startSignInSession(db, p);
  const value = await encode({
    token: { sub: p.id, uid: p.id, sid: ref.sessionId, role: p.role, orgId: p.orgId, name: p.name, email: p.email },
    secret: process.env.AUTH_SECRET!,
    salt: "authjs.session-token",
    maxAge: 12 * 60 * 60,
  });
  return { cookie: `authjs.session-token=${value}`, sessionId: ref.sessionId };
}
const caller = (p: Person, sessionId?: string) => api.createCaller(api.createContextInner({ db, user: { ...p, ...(sessionId ? { sessionId } : {}) } as SessionUser }));

let n = 0;
/** A new person in `org`, signed in (so each test's changes touch nobody else's). */
async function newPerson(org: Org, role: Person["role"] = "LEARNER"): Promise<Person & { cookie: string; sessionId: string }> {
  n++;
  const made = await caller(org.admin).people.create({ name: `Mem ${role} ${n} ${org.org.name}`, email: `mem-${n}-${org.org.id}@test.defuse`, password: "memo-attack-password-1", role });
  const p: Person = { id: made.id, orgId: org.org.id, email: made.email, name: made.name, role };
  return { ...p, ...(await signIn(p)) };
}

beforeAll(async () => {
  const testing = (await import("@defuse/db/testing" as string)) as Testing;
  tdb = await testing.createTestDatabase();
  db = tdb.db;
  process.env.DATABASE_URL = tdb.url;
  process.env.AUTH_SECRET = "page-memo-attack-secret-0123456789abcdef";
  api = await import("@defuse/api");
  memo = await import("./page-memo");
  reads = await import("./page-reads");
  session = await import("./session");
  ({ encode } = await import("next-auth/jwt"));
  // The preloads, as a worker loads them (page-memo.cjs first, so it sees page-headers.cjs's nonce).
  (req("../../../scripts/page-memo.cjs") as { install: () => void }).install();
  (req("../../../scripts/page-headers.cjs") as { install: () => void }).install();
  const compressionLevel = req("../../../scripts/compression-level.cjs") as { install: (dir: string) => boolean };
  expect(compressionLevel.install(webDir)).toBe(true);
  const factory = createRequire(path.join(webDir, "package.json"))("next/dist/compiled/compression") as () => typeof compressionMiddleware;
  compressionMiddleware = factory();
  (globalThis as Record<symbol, unknown>)[PAGE_MEMO] = memo.lookup;
  a = await testing.createOrgWithUsers(db, { name: "Attack A" });
  b = await testing.createOrgWithUsers(db, { name: "Attack B" });
  server = http.createServer((req, res) => void next(req, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
}, 180_000);
afterAll(async () => {
  delete (globalThis as Record<symbol, unknown>)[PAGE_MEMO];
  server?.close();
  const { disconnectDb } = await import("@defuse/db");
  await disconnectDb();
  await tdb?.drop();
});
beforeEach(() => memo.resetPageMemo());

/** Two views of `url`: the first rendered, the second the kept page. */
async function warm(url: string, cookie: string) {
  const first = await view(url, cookie);
  expect(first.status).toBe(200);
  const again = await view(url, cookie);
  expect(again.hit, `${url} is kept`).toBe(true);
  return again;
}

describe("the page memo under attack: revoked sessions and changed roles", { timeout: 60_000 }, () => {
  it("a session signed out (a copied cookie included) gets no kept page: sent to sign in", async () => {
    const p = await newPerson(a);
    await warm("/dashboard", p.cookie);
    await api.revokeSignInSession(db, { userId: p.id, sessionId: p.sessionId }, { audit: true });
    const after = await view("/dashboard", p.cookie);
    expect(after).toMatchObject({ status: 307, hit: false });
    expect(after.headers.location).toBe("/login");
    expect(after.body).not.toContain(p.name);
    expect(await memo.lookup({ url: "/dashboard", headers: { cookie: p.cookie } })).toBeNull();
  });

  it("a password changed in another session ends this one's kept pages (and the changing one's: the form signs it in again)", async () => {
    const p = await newPerson(a);
    const other = await signIn(p);
    await warm("/progress", other.cookie);
    await warm("/progress", p.cookie);
    await caller(p, p.sessionId).account.changePassword({ currentPassword: "memo-attack-password-1", newPassword: "Tangerine-Harbour-Lantern-42", confirmPassword: "Tangerine-Harbour-Lantern-42" });
    expect(await view("/progress", other.cookie)).toMatchObject({ status: 307, hit: false });
    expect(await view("/progress", p.cookie)).toMatchObject({ status: 307, hit: false });
    // Signed in again with the new password: their own page (a person's sessions share their kept pages).
    const again = await signIn(p);
    const back = await view("/progress", again.cookie);
    expect(back.status).toBe(200);
    expect(shownUser(back.body)).toBe(p.id);
  });

  it("an admin's password reset (link or temporary password) and a deactivation end every kept page of that person", async () => {
    for (const change of ["link", "temporary", "deactivate", "bulk-deactivate"] as const) {
      const p = await newPerson(a);
      await warm("/courses/" + catalogue.modules[0]!.id, p.cookie);
      if (change === "deactivate") await caller(a.admin).people.setActive({ userId: p.id, active: false });
      else if (change === "bulk-deactivate") await caller(a.admin).people.bulk({ userIds: [p.id], action: { kind: "deactivate" } });
      else await caller(a.admin).people.resetPassword({ userId: p.id, method: change });
      const after = await view("/courses/" + catalogue.modules[0]!.id, p.cookie);
      expect(after.hit, change).toBe(false);
      expect(after.status, change).toBe(307);
      expect(after.body, change).not.toContain(p.name);
    }
  });

  it("a trainer made a learner is refused the trainer pages at once; a learner made a trainer gets a fresh dashboard, not the learner's", async () => {
    const t = await newPerson(a, "TRAINER");
    await warm("/trainer/reviews", t.cookie);
    await warm("/dashboard", t.cookie);
    await caller(a.admin).people.setRole({ userId: t.id, role: "LEARNER" });
    expect(await view("/trainer/reviews", t.cookie)).toMatchObject({ status: 307, hit: false, headers: { location: "/dashboard?denied=1" } });
    const demoted = await view("/dashboard", t.cookie);
    expect(demoted).toMatchObject({ status: 200, hit: false });
    expect(demoted.body).toContain("· LEARNER");
    expect(demoted.body).toContain('"role":"LEARNER"');

    const l = await newPerson(a);
    await warm("/dashboard", l.cookie);
    expect((await view("/trainer", l.cookie)).status).toBe(307);
    await caller(a.admin).people.bulk({ userIds: [l.id], action: { kind: "role", role: "TRAINER" } });
    const promoted = await view("/dashboard", l.cookie);
    expect(promoted).toMatchObject({ status: 200, hit: false });
    expect(promoted.body).toContain('"role":"TRAINER"');
    expect((await view("/trainer", l.cookie)).status).toBe(200);
  });
});

describe("the page memo under attack: data the page no longer may show", { timeout: 60_000 }, () => {
  it("a learner removed from a cohort, moved to another, or whose assignment is withdrawn never gets the old dashboard or course page", async () => {
    const admin = caller(a.admin);
    const trainer = caller(a.trainer);
    const p = await newPerson(a);
    const first = await admin.cohort.create({ name: `First cohort ${n}` });
    const second = await admin.cohort.create({ name: `Second cohort ${n}` });
    await admin.cohort.addMembers({ cohortId: first.id, userIds: [p.id] });
    const mod = catalogue.modules[1]!;
    const assignment = await trainer.assignment.create({ cohortId: first.id, kind: "MODULE", contentId: mod.id, dueAt: null });
    expect((await warm("/dashboard", p.cookie)).body).toContain(`First cohort ${n}`);

    await trainer.assignment.withdraw({ assignmentId: assignment.id });
    const withdrawn = await view("/dashboard", p.cookie);
    expect(withdrawn.hit).toBe(false);
    expect(withdrawn.body).not.toContain(`First cohort ${n}`);

    await trainer.assignment.create({ cohortId: first.id, kind: "MODULE", contentId: mod.id, dueAt: null });
    await trainer.assignment.create({ cohortId: second.id, kind: "SCENARIO", contentId: "billing-error", dueAt: null, passMark: 70 });
    expect((await warm("/dashboard", p.cookie)).body).toContain(`First cohort ${n}`);
    const course = await warm(`/courses/${mod.id}`, p.cookie);
    // Moved: out of the first cohort, into the second.
    await admin.cohort.removeMember({ cohortId: first.id, userId: p.id });
    await admin.cohort.addMembers({ cohortId: second.id, userIds: [p.id] });
    const moved = await view("/dashboard", p.cookie);
    expect(moved.hit).toBe(false);
    expect(moved.body).not.toContain(`First cohort ${n}`);
    expect(moved.body).toContain(`Second cohort ${n}`);
    const courseAfter = await view(`/courses/${mod.id}`, p.cookie);
    expect(courseAfter.hit).toBe(false);
    expect(courseAfter.body).not.toBe(course.body);
  });

  it("a revoked certificate: the learner's assessment page is rendered anew, without the certificate", async () => {
    const p = await newPerson(a);
    const cert = await seedCertificate(db, a.org, p, `attack-${n}`);
    const url = `/courses/${cert.moduleId}/assessment`;
    expect((await warm(url, p.cookie)).body).toContain(cert.code);
    await caller(a.admin).certificate.revoke({ certificateId: cert.id, reason: "Issued in error" });
    const after = await view(url, p.cookie);
    expect(after.hit).toBe(false);
    expect(after.body).not.toContain(cert.code);
  });

  it("a person moved to another organisation (behind Defuse's back) is shown the new one's data within the session cache's bound, never the old kept page", async () => {
    const p = await newPerson(a);
    const cohort = await caller(a.admin).cohort.create({ name: `Left behind ${n}` });
    await caller(a.admin).cohort.addMembers({ cohortId: cohort.id, userIds: [p.id] });
    await caller(a.trainer).assignment.create({ cohortId: cohort.id, kind: "MODULE", contentId: catalogue.modules[0]!.id, dueAt: null });
    expect((await warm("/dashboard", p.cookie)).body).toContain(`Left behind ${n}`);
    await db.user.update({ where: { id: p.id }, data: { orgId: b.org.id } });
    try {
      // The bound for a change made behind Defuse's back (psql): the worker's session cache, then a fresh read.
      const { SESSION_CACHE_MS } = await import("./session-user-cache");
      await new Promise((r) => setTimeout(r, SESSION_CACHE_MS + 100));
      const after = await view("/dashboard", p.cookie);
      expect(after).toMatchObject({ status: 200, hit: false });
      expect(after.body).not.toContain(`Left behind ${n}`);
    } finally {
      await db.user.update({ where: { id: p.id }, data: { orgId: a.org.id } });
    }
  });
});

describe("the page memo under attack: what a kept page is kept under", { timeout: 60_000 }, () => {
  it("two people of two organisations at one URL each get their own page, either order", async () => {
    const pa = await newPerson(a, "TRAINER");
    const pb = await newPerson(b, "TRAINER");
    await warm("/trainer/reviews", pa.cookie);
    const bFirst = await view("/trainer/reviews", pb.cookie);
    expect(bFirst.hit).toBe(false);
    expect(shownUser(bFirst.body)).toBe(pb.id);
    expect(bFirst.body).not.toContain(a.org.id);
    expect(shownUser((await view("/trainer/reviews", pa.cookie)).body)).toBe(pa.id);
    expect(shownUser((await view("/trainer/reviews", pb.cookie)).body)).toBe(pb.id);
  });

  it("RSC requests, Next's flight paths, HEAD and the _rsc parameter never get a kept page", async () => {
    const p = await newPerson(a);
    await warm("/dashboard", p.cookie);
    for (const headers of [
      { rsc: "1" },
      { rsc: "1", "next-router-prefetch": "1" },
      { rsc: "1", "next-router-prefetch": "1", "next-router-segment-prefetch": "/_tree" },
      { "next-router-state-tree": "%5B%22%22%5D" },
      { "next-router-prefetch": "1" },
      { rsc: "0" },
    ] as Record<string, string>[]) {
      const r = await view("/dashboard", p.cookie, headers);
      expect(r.hit, JSON.stringify(headers)).toBe(false);
    }
    for (let i = 0; i < 2; i++) expect((await view("/dashboard?_rsc=1a2b3", p.cookie)).hit).toBe(false);
    for (const url of ["/dashboard.rsc", `/courses/${catalogue.modules[0]!.id}.rsc`, `/courses/${catalogue.modules[0]!.id}.segments/_tree.segment.rsc`])
      expect(await memo.lookup({ url, headers: { cookie: p.cookie } }), url).toBeNull();
    const before = renders;
    const head = await get("/dashboard", p.cookie, {}, "HEAD");
    expect(head.body).toBe("");
    expect(renders).toBe(before + 1);
  });

  it("a client's own Accept, Accept-Language, Next-Url or a second person's cookie never changes whose page is sent", async () => {
    const pa = await newPerson(a);
    const pb = await newPerson(b);
    await warm("/progress", pa.cookie);
    await warm("/progress", pb.cookie);
    for (const headers of [
      { accept: "text/x-component" },
      { "accept-language": "de-DE,de;q=0.9" },
      { "next-url": "/trainer" },
      { "x-defuse-page-read": "guessed" },
      { "x-nonce": "AAAAAAAAAAAAAAAAAAAAAA==" },
    ] as Record<string, string>[]) {
      const r = await view("/progress", pa.cookie, headers);
      expect(shownUser(r.body), JSON.stringify(headers)).toBe(pa.id);
      expect(r.body).not.toContain("AAAAAAAAAAAAAAAAAAAAAA==");
    }
    // Two sessions' cookies in one request: the memo and the render pick the same one (the first), both ways round.
    for (const [cookie, owner] of [
      [`${pa.cookie}; ${pb.cookie}`, pa],
      [`${pb.cookie}; ${pa.cookie}`, pb],
    ] as const) {
      memo.resetPageMemo();
      await warm("/progress", owner.cookie);
      const kept = await view("/progress", cookie);
      expect(kept.hit).toBe(true);
      expect(shownUser(kept.body)).toBe(owner.id);
      memo.resetPageMemo();
      const rendered = await view("/progress", cookie);
      expect(rendered.hit).toBe(false);
      expect(shownUser(rendered.body)).toBe(owner.id);
    }
  });
});

describe("the page memo under attack: a kept page's headers are a fresh render's", { timeout: 60_000 }, () => {
  const compare = ["cache-control", "vary", "x-frame-options", "x-content-type-options", "content-type", "content-encoding", "strict-transport-security"];
  it.each([
    ["a browser (gzip)", { "accept-encoding": "gzip, deflate, br" }],
    ["a client without gzip", { "accept-encoding": "identity" }],
    ["a client preferring brotli", { "accept-encoding": "br, gzip;q=0.5" }],
    ["over HTTPS through a proxy", { "x-forwarded-proto": "https" }],
  ])("%s", async (_name, headers) => {
    const p = await newPerson(a);
    const fresh = await view("/dashboard", p.cookie, headers);
    const kept = await view("/dashboard", p.cookie, headers);
    expect(fresh.hit).toBe(false);
    expect(kept.hit).toBe(true);
    for (const h of compare) expect(kept.headers[h], h).toEqual(fresh.headers[h]);
    expect(kept.headers["cache-control"]).toBe(NO_STORE);
    expect(kept.headers["set-cookie"]).toBeUndefined();
    // A fresh policy and nonce per response, the same policy otherwise.
    const nonce = (r: Got) => /'nonce-([^']+)'/.exec(String(r.headers["content-security-policy"]))![1]!;
    expect(nonce(kept)).not.toBe(nonce(fresh));
    expect(String(kept.headers["content-security-policy"]).replace(nonce(kept), "")).toBe(String(fresh.headers["content-security-policy"]).replace(nonce(fresh), ""));
    expect(kept.body).toContain(`nonce="${nonce(kept)}"`);
    expect(kept.body).not.toContain(nonce(fresh));
  });
});
