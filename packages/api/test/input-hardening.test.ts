import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { callerFor } from "./trainer-fixtures";

let tdb: TestDatabase;
let o: OrgWithUsers;
beforeAll(async () => {
  tdb = await createTestDatabase();
  o = await createOrgWithUsers(tdb.db);
});
afterAll(() => tdb?.drop());

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected the call to be refused");
}

describe("input that used to reach the database and answer 500", () => {
  it("refuses a NUL character in any text field with a clear 400, in queries and mutations", async () => {
    const admin = callerFor(tdb.db, o.admin);
    const created = await failure(admin.cohort.create({ name: "Night\u0000Shift" }));
    expect(created).toEqual({ code: "BAD_REQUEST", message: expect.stringMatching(/NUL character/) });
    const searched = await failure(admin.people.list({ search: "ann\u0000" }));
    expect(searched.code).toBe("BAD_REQUEST");
    expect(await tdb.db.cohort.count({ where: { orgId: o.org.id } })).toBe(0);
  });

  it("refuses a due date in year 275760 (which broke every page of the cohort) and an impossible date", async () => {
    const admin = callerFor(tdb.db, o.admin);
    const cohort = await admin.cohort.create({ name: "Dates" });
    const trainer = callerFor(tdb.db, o.trainer);
    const far = await failure(trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "refund-demand", dueAt: new Date(8.64e15) }));
    expect(far.code).toBe("BAD_REQUEST");
    const bad = await failure(trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "refund-demand", dueAt: "2024-13-45" as unknown as Date }));
    expect(bad.code).toBe("BAD_REQUEST");
    expect(await tdb.db.assignment.count({ where: { orgId: o.org.id } })).toBe(0);
    const ok = await trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "refund-demand", dueAt: new Date("2031-05-01T12:00:00Z") });
    expect(ok.dueAt?.toISOString()).toBe("2031-05-01T12:00:00.000Z");
  });

  it("refuses out-of-range dates in report filters instead of failing", async () => {
    const admin = callerFor(tdb.db, o.admin);
    const r = await failure(admin.audit.list({ from: new Date(-8.64e15) }));
    expect(r.code).toBe("BAD_REQUEST");
  });
});
