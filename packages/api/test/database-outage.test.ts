/**
 * During a database outage the API says so with 503 Service Unavailable and a clear message,
 * not a 500 (issue 16, finding 12). The outage is real: a PostgreSQL URL on which nothing listens.
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { TRPCError } from "@trpc/server";
import { createDb, type Db } from "@defuse/db";
import { appRouter, createCaller, createContextInner } from "../src";
import { isDatabaseUnavailable } from "../src/errors";

let down: Db;
beforeAll(async () => {
  // A port that was free a moment ago: connections to it are refused.
  const port = await new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  down = createDb(`postgres://postgres@127.0.0.1:${port}/defuse`, { poolMax: 1 });
});
afterAll(() => down?.$disconnect());

const learner = { id: "u1", email: "l@t.test", name: "L", role: "LEARNER" as const, orgId: "o1" };

describe("database outage", () => {
  it("a procedure answers SERVICE_UNAVAILABLE with a message that says what is wrong", async () => {
    const err = await createCaller(createContextInner({ db: down, user: learner }))
      .learner.catalogue()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect((err as TRPCError).code).toBe("SERVICE_UNAVAILABLE");
    expect((err as TRPCError).message).toMatch(/cannot reach its database/);
  });

  it("over HTTP the answer is 503, for raw SQL paths too", async () => {
    for (const path of ["learner.catalogue", "dashboard.learner"]) {
      const res = await fetchRequestHandler({
        endpoint: "/api/trpc",
        req: new Request(`http://localhost/api/trpc/${path}`),
        router: appRouter,
        createContext: () => createContextInner({ db: down, user: learner }),
      });
      expect({ path, status: res.status }).toEqual({ path, status: 503 });
      expect(JSON.stringify(await res.json())).toMatch(/cannot reach its database/);
    }
  });

  it("tells an outage from a bug", () => {
    expect(isDatabaseUnavailable(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "57P01" } } } })).toBe(true);
    // pg's own errors, as a PREPARED statement (sent straight to the pool) reports them.
    expect(isDatabaseUnavailable(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('duplicate key value violates unique constraint "x"'), { code: "23505" }))).toBe(false);
  });
});
