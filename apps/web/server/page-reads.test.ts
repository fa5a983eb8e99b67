import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TRPCError } from "@trpc/server";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@defuse/api";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
const USERS: Record<string, SessionUser> = {
  ann: { id: "u-ann", email: "ann@a.test", name: "Ann", role: "LEARNER", orgId: "org-a" },
  cy: { id: "u-cy", email: "cy@a.test", name: "Cy", role: "TRAINER", orgId: "org-a" },
};
vi.mock("./session", () => ({
  sessionUser: async (h: Headers) => USERS[/sid=(\w+)/.exec(h.get("cookie") ?? "")?.[1] ?? ""] ?? null,
  requireUser: async () => USERS.ann,
  serverApi: async () => ({}),
}));
vi.mock("./db", () => ({ db: () => ({}) }));

const reads = await import("./page-reads");
const { lookup, resetPageMemo } = await import("./page-memo");

const ALL = Object.entries(reads).filter(([, v]) => typeof v === "object" && v !== null && "path" in v && "read" in v) as Array<
  [string, { path: string; read: (...a: unknown[]) => Promise<unknown> }]
>;

const ORIGINAL = new Map(ALL.map(([name, r]) => [name, r.read]));

describe("the pages the page memo may send again (server/page-reads.ts)", () => {
  const seen: Array<{ name: string; params: Record<string, string> }> = [];
  beforeEach(() => {
    resetPageMemo();
    seen.length = 0;
    // Each read stubbed to say which page's read ran and with which params (lookup runs the registered object's read).
    for (const [name, r] of ALL) r.read = async (_api: unknown, ctx: unknown) => (seen.push({ name, params: (ctx as { params: Record<string, string> }).params }), { name });
  });
  const get = (url: string, sid = "ann") => lookup({ url, headers: { cookie: `sid=${sid}` } });

  it("matches each URL to its own page's read, with the ids from the path", async () => {
    for (const [url, name, params] of [
      ["/practice", "PRACTICE", {}],
      ["/practice/billing-error", "SCENARIO", { scenarioId: "billing-error" }],
      ["/practice/billing-error/att-1", "ATTEMPT", { scenarioId: "billing-error", attemptId: "att-1" }],
      ["/progress", "PROGRESS", {}],
      ["/progress/calls/att-2", "CALL_REVIEW", { attemptId: "att-2" }],
    ] as const) {
      seen.length = 0;
      expect(await get(url)).not.toBeNull();
      expect(seen).toEqual([{ name, params }]);
    }
  });

  it("leaves URLs no read knows to Next (a deeper path, an encoded id)", async () => {
    for (const url of ["/practice/billing-error/att-1/extra", "/progress/calls", "/practice/bill%2Fing"]) expect(await get(url)).toBeNull();
    expect(seen).toEqual([]);
  });

  it("a real call's review: a review that is not there is null (the page answers 404), any other failure is thrown", async () => {
    const read = ORIGINAL.get("CALL_REVIEW")!;
    const api = (fail: TRPCError) => ({ review: { releasedForAttempt: () => Promise.reject(fail) }, qa: { dispute: async () => ({ state: "OPEN" }) } });
    const ctx = { params: { attemptId: "att-1" }, search: new URLSearchParams(), user: USERS.ann! };
    await expect(read(api(new TRPCError({ code: "NOT_FOUND", message: "no review" })), ctx)).resolves.toEqual({ review: null, dispute: { state: "OPEN" } });
    await expect(read(api(new TRPCError({ code: "FORBIDDEN" })), ctx)).rejects.toThrow(TRPCError);
  });
});

// A kept page is sent again when its read fingerprints the same; anything else the page shows would go
// stale. So a page with a PageRead reads nothing but it: no procedure called on the side, no request
// headers or cookies, no clock or randomness of its own.
describe("pages with a PageRead read nothing else", () => {
  const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../app");
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === "page.tsx") pages.push(p);
    }
  };
  walk(appDir);
  const memoPages = pages.filter((p) => /\bloadPage\(/.test(readFileSync(p, "utf8")));

  it("finds every page that has one", () => {
    expect(memoPages.length).toBe(ALL.length);
  });

  it.each(memoPages.map((p) => [path.relative(appDir, p)]))("%s", (rel) => {
    const src = readFileSync(path.join(appDir, rel), "utf8");
    for (const forbidden of [/\bserverApi\(/, /\bcurrentUser\(/, /\bheaders\(\)/, /\bcookies\(\)/, /\bDate\.now\(/, /\bnew Date\(\)/, /\bMath\.random\(/, /\bapi\./])
      expect(src).not.toMatch(forbidden);
  });
});
