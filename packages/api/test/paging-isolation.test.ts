import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { callerFor } from "./trainer-fixtures";

// Prisma's `cursor: { id }` looks the row up by id outside the list's `where` and pages relative to
// it, so another organisation's id used as a cursor leaked its position in our ordering (a Demo
// cohort's name was recovered letter by letter). A foreign cursor must answer exactly like an id
// nobody has.
let tdb: TestDatabase;
let a: OrgWithUsers;
let b: OrgWithUsers;
let cohortA: { id: string };
let cohortB: { id: string };
let memberA: { id: string };
let assignmentA: { id: string };
let auditA: { id: string };

beforeAll(async () => {
  tdb = await createTestDatabase();
  a = await createOrgWithUsers(tdb.db, { name: "Victim" });
  b = await createOrgWithUsers(tdb.db, { name: "Prober" });
  cohortA = await tdb.db.cohort.create({ data: { orgId: a.org.id, name: "Mmm secret cohort" } });
  cohortB = await tdb.db.cohort.create({ data: { orgId: b.org.id, name: "Mmm probe cohort" } });
  for (const name of ["Aaa", "Zzz"]) await tdb.db.cohort.create({ data: { orgId: b.org.id, name } });
  memberA = await tdb.db.cohortMember.create({ data: { orgId: a.org.id, cohortId: cohortA.id, userId: a.learner.id } });
  await tdb.db.cohortMember.create({ data: { orgId: b.org.id, cohortId: cohortB.id, userId: b.learner.id } });
  assignmentA = await tdb.db.assignment.create({
    data: { orgId: a.org.id, cohortId: cohortA.id, kind: "SCENARIO", contentId: "billing-error", assignedById: a.trainer.id },
  });
  auditA = await tdb.db.auditLog.create({ data: { orgId: a.org.id, actorId: a.admin.id, action: "cohort.create", targetType: "Cohort", targetId: cohortA.id } });
});
afterAll(() => tdb?.drop());

async function outcome(p: Promise<unknown>): Promise<string> {
  try {
    const r = (await p) as { items: unknown[] };
    return `ok:${JSON.stringify(r.items.length)}`;
  } catch (e) {
    if (e instanceof TRPCError) return `${e.code}:${e.message}`;
    throw e;
  }
}

describe("keyset cursors stay inside the organisation", () => {
  it("answers another organisation's cursor exactly like an unknown one, on every paged list", async () => {
    const admin = callerFor(tdb.db, b.admin);
    const lists: [string, (cursor: string) => Promise<unknown>, string][] = [
      ["people.list", (cursor) => admin.people.list({ cursor }), a.learner.id],
      ["cohort.listAll", (cursor) => admin.cohort.listAll({ includeArchived: true, cursor }), cohortA.id],
      ["cohort.members", (cursor) => admin.cohort.members({ cohortId: cohortB.id, includeRemoved: true, cursor }), memberA.id],
      ["assignment.list", (cursor) => admin.assignment.list({ cohortId: cohortB.id, includeWithdrawn: true, cursor }), assignmentA.id],
      ["audit.list", (cursor) => admin.audit.list({ cursor }), auditA.id],
    ];
    for (const [name, call, foreignId] of lists) {
      const foreign = await outcome(call(foreignId));
      const unknown = await outcome(call("c" + "0".repeat(24)));
      expect(foreign, name).toBe(unknown);
      expect(foreign, name).toMatch(/^BAD_REQUEST:That page is no longer available/);
    }
  });

  it("still pages through the organisation's own rows with its own cursors", async () => {
    const admin = callerFor(tdb.db, b.admin);
    const first = await admin.cohort.listAll({ includeArchived: true, limit: 1 });
    expect(first.items.map((c) => c.name)).toEqual(["Aaa"]);
    const second = await admin.cohort.listAll({ includeArchived: true, limit: 1, cursor: first.nextCursor });
    expect(second.items.map((c) => c.name)).toEqual(["Mmm probe cohort"]);
  });
});
