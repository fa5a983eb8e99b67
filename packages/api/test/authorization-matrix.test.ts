/**
 * Authorisation matrix: every tRPC procedure × {anonymous, learner, trainer, admin, admin of
 * another organisation}. A procedure that is missing from EXPECTED fails the test, so new
 * procedures join the matrix the moment they are added to the router.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDatabase, createOrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { appRouter, createCaller, createContextInner, type SessionUser } from "../src";
import { EXPECTED, type Access, type Fixture } from "./authorization-expectations";

type Caller = "anonymous" | "learner" | "trainer" | "admin" | "otherAdmin";
const CALLERS: Caller[] = ["anonymous", "learner", "trainer", "admin", "otherAdmin"];

const ALLOWED: Record<Access, Caller[]> = {
  public: ["anonymous", "learner", "trainer", "admin", "otherAdmin"],
  signedIn: ["learner", "trainer", "admin", "otherAdmin"],
  trainer: ["trainer", "admin", "otherAdmin"],
  admin: ["admin", "otherAdmin"],
};

let tdb: TestDatabase;
let fixture: Fixture;
let users: Record<Exclude<Caller, "anonymous">, SessionUser>;

function asSession(u: { id: string; email: string; name: string; role: SessionUser["role"]; orgId: string }): SessionUser {
  return { id: u.id, email: u.email, name: u.name, role: u.role, orgId: u.orgId };
}

beforeAll(async () => {
  tdb = await createTestDatabase();
  const a = await createOrgWithUsers(tdb.db);
  const b = await createOrgWithUsers(tdb.db);
  const cohort = await tdb.db.cohort.create({ data: { orgId: a.org.id, name: "Matrix cohort" } });
  await tdb.db.cohortMember.create({ data: { orgId: a.org.id, cohortId: cohort.id, userId: a.learner.id } });
  users = {
    learner: asSession(a.learner),
    trainer: asSession(a.trainer),
    admin: asSession(a.admin),
    otherAdmin: asSession(b.admin),
  };
  fixture = { db: tdb.db, orgA: a, orgB: b, cohortA: cohort };
}, 120_000);

afterAll(async () => {
  await tdb?.drop();
});

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { type: string; meta?: { access?: Access } } }>);

describe("authorisation matrix", () => {
  it("lists every procedure with its expected access", () => {
    const missing = procedures.map(([path]) => path).filter((p) => !(p in EXPECTED));
    expect(missing, "add these procedures to test/authorization-expectations.ts").toEqual([]);
    const stale = Object.keys(EXPECTED).filter((p) => !procedures.some(([path]) => path === p));
    expect(stale, "these entries no longer exist in the router").toEqual([]);
  });

  for (const [path, proc] of procedures) {
    describe(path, () => {
      it("is built on the procedure rung its expectation names", () => {
        expect(proc._def.meta?.access).toBe(EXPECTED[path]?.access);
      });

      for (const who of CALLERS) {
        it(`${who}`, async () => {
          const spec = EXPECTED[path];
          if (!spec) throw new Error(`no expectation for ${path}`);
          const user = who === "anonymous" ? null : users[who];
          const caller = createCaller(createContextInner({ db: tdb.db, user }));
          const input = spec.input(fixture);
          const call = path.split(".").reduce<unknown>((obj, key) => (obj as Record<string, unknown>)[key], caller) as (i: unknown) => Promise<unknown>;
          let result: unknown;
          let error: unknown;
          try {
            result = await call(input);
          } catch (err) {
            error = err;
          }
          if (error && !(error instanceof TRPCError)) throw error;
          const code = error instanceof TRPCError ? error.code : "OK";

          if (!ALLOWED[spec.access].includes(who)) {
            expect(code, `${who} must be refused`).toBe(who === "anonymous" ? "UNAUTHORIZED" : "FORBIDDEN");
            return;
          }
          expect(["UNAUTHORIZED", "FORBIDDEN"], `${who} must be let in`).not.toContain(code);
          if (who === "otherAdmin") {
            // Another organisation's admin must never reach organisation A's rows.
            if (spec.crossOrg === "NOT_FOUND") expect(code).toBe("NOT_FOUND");
            const text = JSON.stringify(result ?? null);
            for (const secret of [fixture.orgA.org.id, fixture.cohortA.id, fixture.orgA.learner.email, fixture.orgA.trainer.email]) {
              expect(text.includes(secret), `${path} leaked ${secret} to another organisation`).toBe(false);
            }
          } else if (spec.expectOk !== false) {
            expect(code, `${who} should succeed with the sample input (${String((error as Error | undefined)?.message)})`).toBe("OK");
          }
        });
      }
    });
  }
});
