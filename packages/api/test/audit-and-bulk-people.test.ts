import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { callerFor } from "./trainer-fixtures";

let tdb: TestDatabase;
let other: OrgWithUsers;

beforeAll(async () => {
  tdb = await createTestDatabase();
  other = await createOrgWithUsers(tdb.db);
});
afterAll(() => tdb?.drop());

const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof TRPCError ? e.code : Promise.reject(e)));

describe("audit log as an admin reads it", () => {
  it("names people and things in a sentence, shows changes as labelled fields, and filters by person inside the organisation", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const admin = callerFor(tdb.db, o.admin);
    const cohort = await admin.cohort.create({ name: "Night Shift" });
    await admin.cohort.addMembers({ cohortId: cohort.id, userIds: [o.learner.id] });
    await admin.people.setRole({ userId: o.learner.id, role: "TRAINER" });
    // Another organisation's admin acts on their own people: never in this log, never a filter choice.
    await callerFor(tdb.db, other.admin).people.setRole({ userId: other.learner.id, role: "TRAINER" });

    const log = await admin.audit.list({});
    const role = log.items.find((e) => e.action === "user.role_change")!;
    expect(role.sentence).toBe(`${o.admin.name} changed the role of ${o.learner.name}.`);
    expect(role.actionName).toBe("Role changed");
    expect(role.fields).toEqual([{ label: "Role", before: "LEARNER", after: "TRAINER" }]);
    const added = log.items.find((e) => e.action === "cohort.member_add")!;
    expect(added.sentence).toBe(`${o.admin.name} added someone to the cohort Night Shift.`);
    expect(added.fields).toEqual([{ label: "Person", before: null, after: o.learner.name }]);
    // No ids or keys in what the admin reads.
    for (const e of log.items) expect(`${e.sentence} ${JSON.stringify(e.fields)}`).not.toMatch(new RegExp(`${o.learner.id}|${cohort.id}|user\\.role_change`));

    // Filter by person: the admin's entries only; the trainer who did nothing has none.
    const actors = await admin.audit.actors();
    expect(actors.map((a) => a.name)).toEqual([o.admin.name]);
    const byAdmin = await admin.audit.list({ actorId: o.admin.id });
    expect(byAdmin.items.length).toBe(log.items.length);
    expect((await admin.audit.list({ actorId: o.trainer.id })).items).toEqual([]);
    // Another organisation's person filters to nothing, not to their entries.
    expect((await admin.audit.list({ actorId: other.admin.id })).items).toEqual([]);
    expect((await callerFor(tdb.db, other.admin).audit.actors()).map((a) => a.id)).toEqual([other.admin.id]);
    // Pages of the person filter: one entry per page, no repeats, and a cursor from the other organisation is refused.
    const p1 = await admin.audit.list({ actorId: o.admin.id, limit: 1 });
    const p2 = await admin.audit.list({ actorId: o.admin.id, limit: 1, cursor: p1.nextCursor });
    expect(p1.items[0]!.id).not.toBe(p2.items[0]!.id);
    const theirs = (await callerFor(tdb.db, other.admin).audit.list({})).items[0]!.id;
    expect(await codeOf(admin.audit.list({ actorId: o.admin.id, cursor: theirs }))).toBe("BAD_REQUEST");
    // The action filter offers names, not keys.
    expect(await admin.audit.actionOptions()).toContainEqual({ action: "user.role_change", name: "Role changed" });
    expect(await codeOf(callerFor(tdb.db, o.trainer).audit.actors())).toBe("FORBIDDEN");
  });
});

describe("bulk actions on people", () => {
  it("changes roles, adds to a cohort and deactivates several people at once, audited per person, only for an admin of their organisation", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const admin = callerFor(tdb.db, o.admin);
    const a = await admin.people.create({ name: "Ava Bulk", email: `ava-${o.org.slug}@example.test`, password: "a-long-enough-pass-phrase", role: "LEARNER", cohortId: null });
    const b = await admin.people.create({ name: "Ben Bulk", email: `ben-${o.org.slug}@example.test`, password: "a-long-enough-pass-phrase", role: "LEARNER", cohortId: null });
    const cohort = await admin.cohort.create({ name: "Bulk Cohort" });
    const ids = [a.id, b.id];

    expect(await admin.people.bulk({ userIds: ids, action: { kind: "cohort", cohortId: cohort.id } })).toEqual({ selected: 2, changed: 2 });
    expect(await admin.people.bulk({ userIds: [...ids, o.learner.id], action: { kind: "cohort", cohortId: cohort.id } })).toEqual({ selected: 3, changed: 1 });
    expect((await admin.people.list({ cohortId: cohort.id })).items.map((p) => p.name).sort()).toEqual(["Ava Bulk", "Ben Bulk", o.learner.name].sort());

    await admin.people.bulk({ userIds: ids, action: { kind: "role", role: "TRAINER" } });
    expect((await admin.people.list({ role: "TRAINER" })).items.map((p) => p.name).sort()).toEqual(["Ava Bulk", "Ben Bulk", o.trainer.name].sort());

    // Deactivating yourself or the last admin is refused, and nothing in the batch changes.
    expect(await codeOf(admin.people.bulk({ userIds: [a.id, o.admin.id], action: { kind: "deactivate" } }))).toBe("PRECONDITION_FAILED");
    expect(await codeOf(admin.people.bulk({ userIds: [o.admin.id], action: { kind: "role", role: "LEARNER" } }))).toBe("PRECONDITION_FAILED");
    expect((await admin.people.list({ active: false })).items).toEqual([]);
    await admin.people.bulk({ userIds: ids, action: { kind: "deactivate" } });
    expect((await admin.people.list({ active: false })).items.map((p) => p.name).sort()).toEqual(["Ava Bulk", "Ben Bulk"]);

    const audit = await tdb.db.auditLog.findMany({ where: { orgId: o.org.id, targetId: a.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => [e.action, e.actorId])).toEqual([
      ["user.create", o.admin.id],
      ["user.role_change", o.admin.id],
      ["user.deactivate", o.admin.id],
    ]);
    expect(await tdb.db.auditLog.count({ where: { orgId: o.org.id, action: "cohort.member_add", targetId: cohort.id } })).toBe(3);
    const bulk = (await admin.audit.list({ action: "people.bulk" })).items;
    expect(bulk).toHaveLength(4); // two cohort additions, one role change, one deactivation; refused ones wrote nothing
    expect(bulk[0]!.fields).toContainEqual({ label: "People", before: null, after: "Ava Bulk, Ben Bulk" });

    // Another organisation's admin cannot touch these people; a trainer cannot bulk-change anyone.
    expect(await codeOf(callerFor(tdb.db, other.admin).people.bulk({ userIds: [o.learner.id], action: { kind: "deactivate" } }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(tdb.db, other.admin).people.bulk({ userIds: [other.learner.id], action: { kind: "cohort", cohortId: cohort.id } }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(tdb.db, o.trainer).people.bulk({ userIds: [o.learner.id], action: { kind: "deactivate" } }))).toBe("FORBIDDEN");
    expect((await admin.people.list({ active: true })).items.map((p) => p.id)).toContain(o.learner.id);
  });
});
