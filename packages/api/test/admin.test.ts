import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { authenticate, loadSessionUser, startSignInSession } from "../src";
import { callerFor } from "./trainer-fixtures";

let tdb: TestDatabase;
let other: OrgWithUsers;

beforeAll(async () => {
  tdb = await createTestDatabase();
  await createOrgWithUsers(tdb.db); // a neighbour organisation whose rows must stay invisible
  other = await createOrgWithUsers(tdb.db);
});
afterAll(() => tdb?.drop());

const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof TRPCError ? e.code : Promise.reject(e)));
const tokenOf = (path: string) => path.split("/").pop()!;

describe("CSV import", () => {
  it("previews every row's problem, imports nothing while one row is broken, then imports all once fixed", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const admin = callerFor(tdb.db, o.admin);
    await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Night Shift" } });
    await tdb.db.cohort.create({ data: { orgId: other.org.id, name: "Other Org Cohort" } });
    const s = o.org.slug;
    const rows = [
      "email,name,role,cohort",
      `ann-${s}@example.test,"Ann, Agent",learner,night shift`,
      `not-an-email,Bad Email,learner,`,
      `ann-${s}@example.test,Ann Again,learner,`,
      `${o.learner.email},Existing,learner,`,
      `bo-${s}@example.test,Bo,wizard,`,
      `cy-${s}@example.test,Cy,trainer,Other Org Cohort`,
      `di-${s}@example.test,,learner,`,
    ];
    const preview = await admin.people.previewImport({ csv: rows.join("\n") });
    expect(preview.ok).toBe(false);
    expect(preview.total).toBe(7);
    expect(preview.errorCount).toBe(6);
    const problems = Object.fromEntries(preview.rows.map((r) => [r.line, r.problems.join(" ")]));
    expect(problems[2]).toBe("");
    expect(preview.rows[0]).toMatchObject({ name: "Ann, Agent", cohortName: "Night Shift", role: "LEARNER" });
    expect(problems[3]).toMatch(/not a valid email/);
    expect(problems[4]).toMatch(/Duplicate.*line 2/);
    expect(problems[5]).toMatch(/already uses/);
    expect(problems[6]).toMatch(/Unknown role/);
    expect(problems[7]).toMatch(/Unknown cohort/); // another organisation's cohort is unknown here
    expect(problems[8]).toMatch(/Name is missing/);
    // Preview writes nothing.
    expect(await tdb.db.user.count({ where: { orgId: o.org.id } })).toBe(3);

    // All-or-nothing: one broken row and nobody is created, not even the good rows before it.
    const oneBad = ["email,name,role,cohort", `eve-${s}@example.test,Eve,learner,Night Shift`, `fay-${s}@example.test,Fay,learner,Day Shift`];
    const err = await admin.people.import({ csv: oneBad.join("\r\n") }).catch((e: unknown) => e);
    expect((err as TRPCError).code).toBe("BAD_REQUEST");
    expect((err as TRPCError).message).toMatch(/Nothing was imported.*Unknown cohort.*line 3/);
    expect(await tdb.db.user.count({ where: { email: { in: [`eve-${s}@example.test`, `fay-${s}@example.test`] } } })).toBe(0);
    expect(await tdb.db.auditLog.count({ where: { orgId: o.org.id, action: "people.import" } })).toBe(0);

    const fixed = [oneBad[0], oneBad[1], `FAY-${s}@Example.test,Fay,Trainer,`];
    const result = await admin.people.import({ csv: fixed.join("\r\n") });
    expect(result.created.map((c) => [c.email, c.role, c.cohort])).toEqual([
      [`eve-${s}@example.test`, "LEARNER", "Night Shift"],
      [`fay-${s}@example.test`, "TRAINER", null],
    ]);
    const eve = await tdb.db.user.findUniqueOrThrow({ where: { email: `eve-${s}@example.test` }, include: { memberships: { include: { cohort: true } } } });
    expect(eve.orgId).toBe(o.org.id);
    expect(eve.memberships.map((m) => m.cohort.name)).toEqual(["Night Shift"]);
    expect(await tdb.db.auditLog.count({ where: { orgId: o.org.id, action: "user.create", targetId: eve.id } })).toBe(1);
    expect(await tdb.db.auditLog.count({ where: { orgId: o.org.id, action: "people.import" } })).toBe(1);

    // The imported learner cannot sign in until they set a password through their link; then they can.
    expect(await authenticate(tdb.db, eve.email, "anything-at-all")).toBeNull();
    const token = tokenOf(result.created[0]!.setupPath);
    expect(await callerFor(tdb.db, null).people.checkResetToken({ token })).toEqual({ valid: true, firstName: "Eve" });
    await callerFor(tdb.db, null).people.redeemResetToken({ token, password: "eves-new-password" });
    expect(await authenticate(tdb.db, eve.email, "eves-new-password")).toMatchObject({ id: eve.id, role: "LEARNER" });
    // One-time: the link cannot be used again.
    expect(await codeOf(callerFor(tdb.db, null).people.redeemResetToken({ token, password: "another-password" }))).toBe("NOT_FOUND");

    // Importing the same file again is refused as duplicates, again all-or-nothing.
    expect(await codeOf(admin.people.import({ csv: fixed.join("\n") }))).toBe("BAD_REQUEST");
    // A file without the needed columns is a file-level problem.
    const noCols = await admin.people.previewImport({ csv: "mail,fullname\nx@y.z,X" });
    expect(noCols.ok).toBe(false);
    expect(noCols.fileProblems[0]).toMatch(/email/);
  });
});

describe("people", () => {
  it("deactivates a person: they cannot sign in, their session stops working, their history stays", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const admin = callerFor(tdb.db, o.admin);
    await tdb.db.attempt.create({ data: { orgId: o.org.id, userId: o.learner.id, kind: "QUIZ", contentId: "q", contentVersion: 1, status: "COMPLETED", score: 90 } });
    expect(await authenticate(tdb.db, o.learner.email, o.password)).not.toBeNull();
    const session = await startSignInSession(tdb.db, o.learner);
    expect(await loadSessionUser(tdb.db, session)).not.toBeNull();

    await admin.people.setActive({ userId: o.learner.id, active: false });
    expect(await authenticate(tdb.db, o.learner.email, o.password)).toBeNull();
    expect(await loadSessionUser(tdb.db, session)).toBeNull();
    expect(await tdb.db.attempt.count({ where: { userId: o.learner.id } })).toBe(1);
    const listed = await admin.people.list({ active: false });
    expect(listed.items.map((p) => p.id)).toEqual([o.learner.id]);

    await admin.people.setActive({ userId: o.learner.id, active: true });
    expect(await authenticate(tdb.db, o.learner.email, o.password)).not.toBeNull();
    // Reactivation lets them sign in again, but does not revive the cookie they had before.
    expect(await loadSessionUser(tdb.db, session)).toBeNull();
    const audit = await tdb.db.auditLog.findMany({ where: { orgId: o.org.id, targetId: o.learner.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ["user.deactivate", o.admin.id],
      ["user.reactivate", o.admin.id],
    ]);
    expect(audit[0]).toMatchObject({ before: { active: true }, after: { active: false } });

    // The last admin cannot be removed or demoted; nobody can deactivate themselves.
    expect(await codeOf(admin.people.setActive({ userId: o.admin.id, active: false }))).toBe("PRECONDITION_FAILED");
    expect(await codeOf(admin.people.setRole({ userId: o.admin.id, role: "LEARNER" }))).toBe("PRECONDITION_FAILED");
    expect(await codeOf(callerFor(tdb.db, other.admin).people.setActive({ userId: o.learner.id, active: false }))).toBe("NOT_FOUND");
  });

  it("changes roles and resets passwords with a one-time link or a temporary password", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const admin = callerFor(tdb.db, o.admin);
    expect(await admin.people.setRole({ userId: o.learner.id, role: "TRAINER" })).toMatchObject({ role: "TRAINER" });
    expect((await loadSessionUser(tdb.db, await startSignInSession(tdb.db, o.learner)))?.role).toBe("TRAINER");
    await admin.people.setRole({ userId: o.learner.id, role: "LEARNER" });

    const link = await admin.people.resetPassword({ userId: o.learner.id, method: "link" });
    expect(link.path).toMatch(/^\/reset-password\/[\w-]{40,}$/);
    expect(link.expiresAt!.getTime() - Date.now()).toBeGreaterThan(23 * 3600_000);
    const stored = await tdb.db.passwordResetToken.findFirstOrThrow({ where: { userId: o.learner.id, usedAt: null } });
    expect(stored.tokenHash).not.toContain(tokenOf(link.path!)); // only the hash is stored
    // A newer link retires the older one.
    const link2 = await admin.people.resetPassword({ userId: o.learner.id, method: "link" });
    expect(await callerFor(tdb.db, null).people.checkResetToken({ token: tokenOf(link.path!) })).toMatchObject({ valid: false });
    await callerFor(tdb.db, null).people.redeemResetToken({ token: tokenOf(link2.path!), password: "a-brand-new-password" });
    expect(await authenticate(tdb.db, o.learner.email, "a-brand-new-password")).not.toBeNull();
    expect(await authenticate(tdb.db, o.learner.email, o.password)).toBeNull();

    // Expired links do not work.
    const link3 = await admin.people.resetPassword({ userId: o.learner.id, method: "link" });
    await tdb.db.passwordResetToken.updateMany({ where: { userId: o.learner.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await codeOf(callerFor(tdb.db, null).people.redeemResetToken({ token: tokenOf(link3.path!), password: "too-late-password" }))).toBe("NOT_FOUND");

    const temp = await admin.people.resetPassword({ userId: o.learner.id, method: "temporary" });
    expect(temp.temporaryPassword).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);
    expect(await authenticate(tdb.db, o.learner.email, temp.temporaryPassword!)).toMatchObject({ mustChangePassword: true });

    const audit = await tdb.db.auditLog.findMany({ where: { orgId: o.org.id, targetId: o.learner.id, action: "user.password_reset" } });
    expect(audit).toHaveLength(4);
    expect(JSON.stringify(audit)).not.toContain(temp.temporaryPassword!); // secrets never reach the log
  });
});

describe("cohorts, organisation settings and audit log", () => {
  it("renames, archives, adds and removes members with history, and every change is audited and filterable", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const admin = callerFor(tdb.db, o.admin);
    const cohort = await admin.cohort.create({ name: "Morning" });
    await admin.cohort.create({ name: "Evening" });
    expect(await codeOf(admin.cohort.rename({ cohortId: cohort.id, name: "Evening" }))).toBe("CONFLICT");
    await admin.cohort.rename({ cohortId: cohort.id, name: "Early" });
    expect(await admin.cohort.addMembers({ cohortId: cohort.id, userIds: [o.learner.id, o.trainer.id] })).toEqual({ added: 2, alreadyMembers: 0 });
    expect(await admin.cohort.addMembers({ cohortId: cohort.id, userIds: [o.learner.id] })).toEqual({ added: 0, alreadyMembers: 1 });
    expect(await codeOf(admin.cohort.addMembers({ cohortId: cohort.id, userIds: [other.learner.id] }))).toBe("NOT_FOUND");
    await admin.cohort.removeMember({ cohortId: cohort.id, userId: o.trainer.id });
    const current = await admin.cohort.members({ cohortId: cohort.id });
    expect(current.items.map((m) => m.user.id)).toEqual([o.learner.id]);
    const history = await admin.cohort.members({ cohortId: cohort.id, includeRemoved: true });
    expect(history.items.find((m) => m.user.id === o.trainer.id)?.removedAt).toBeTruthy();

    await admin.cohort.archive({ cohortId: cohort.id, archived: true });
    expect((await admin.cohort.list()).some((c) => c.id === cohort.id)).toBe(false);
    expect((await admin.cohort.listAll({ includeArchived: true })).items.find((c) => c.id === cohort.id)).toMatchObject({ name: "Early", memberCount: 1 });
    expect(await codeOf(admin.cohort.addMembers({ cohortId: cohort.id, userIds: [o.trainer.id] }))).toBe("PRECONDITION_FAILED");

    expect(await admin.org.get()).toMatchObject({ defaultPassMark: 70 });
    expect(await codeOf(admin.org.update({ name: "Renamed", defaultPassMark: 101 }))).toBe("BAD_REQUEST");
    await admin.org.update({ name: "Renamed Org", defaultPassMark: 75 });
    expect(await admin.org.get()).toMatchObject({ name: "Renamed Org", defaultPassMark: 75 });

    const all = await admin.audit.list({});
    expect(all.items.map((a) => a.action)).toEqual([
      "org.update",
      "cohort.archive",
      "cohort.member_remove",
      "cohort.member_add",
      "cohort.member_add",
      "cohort.rename",
      "cohort.create",
      "cohort.create",
    ]);
    expect(all.items[0]).toMatchObject({ actor: { id: o.admin.id }, before: { defaultPassMark: 70 }, after: { defaultPassMark: 75 } });
    const renames = await admin.audit.list({ action: "cohort.rename" });
    expect(renames.items).toHaveLength(1);
    expect(renames.items[0]).toMatchObject({ before: { name: "Morning" }, after: { name: "Early" } });
    const page1 = await admin.audit.list({ limit: 3 });
    const page2 = await admin.audit.list({ limit: 3, cursor: page1.nextCursor });
    expect([...page1.items, ...page2.items].map((a) => a.id)).toEqual(all.items.slice(0, 6).map((a) => a.id));
    // The filter picker lists each action once, sorted, and only this organisation's.
    expect(all.nextCursor).toBeNull();
    expect(await admin.audit.actions()).toEqual([...new Set(all.items.map((a) => a.action))].sort());
    const otherActions = (await callerFor(tdb.db, other.admin).audit.list({ limit: 100 })).items.map((a) => a.action);
    expect(await callerFor(tdb.db, other.admin).audit.actions()).toEqual([...new Set(otherActions)].sort());
    // Another organisation sees none of it; trainers and learners cannot read the log.
    expect((await callerFor(tdb.db, other.admin).audit.list({})).items.some((a) => a.targetId === cohort.id)).toBe(false);
    expect(await codeOf(callerFor(tdb.db, o.trainer).audit.list({}))).toBe("FORBIDDEN");
  });
});
