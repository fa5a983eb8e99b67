import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { verifyPassword } from "@defuse/db";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { authenticate, createCaller, createContextInner, loadSessionUser, startSignInSession } from "../src";

let tdb: TestDatabase;
let org: OrgWithUsers;

beforeAll(async () => {
  tdb = await createTestDatabase();
  org = await createOrgWithUsers(tdb.db);
});
afterAll(() => tdb?.drop());

/** A caller as the web app builds it: the session user loaded from the database. */
async function callerAs(userId: string) {
  return createCaller(createContextInner({ db: tdb.db, user: await loadSessionUser(tdb.db, await signedInAs(userId)) }));
}
/** A fresh sign-in session, as the web app starts one. */
async function signedInAs(userId: string) {
  const u = await tdb.db.user.findUniqueOrThrow({ where: { id: userId } });
  return startSignInSession(tdb.db, u);
}

async function refusal(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TRPCError);
  const e = err as TRPCError & { cause?: unknown };
  return { code: e.code, message: e.message };
}

describe("account.changePassword", () => {
  it("after a temporary password: refuses a wrong current password, then changes it, clears the flag and audits", async () => {
    const adminCaller = await callerAs(org.admin.id);
    const { temporaryPassword } = await adminCaller.people.resetPassword({ userId: org.learner.id, method: "temporary" });
    expect(temporaryPassword).toBeTruthy();
    const signedIn = await authenticate(tdb.db, org.learner.email, temporaryPassword!);
    expect(signedIn?.mustChangePassword).toBe(true);
    expect((await loadSessionUser(tdb.db, await signedInAs(org.learner.id)))?.mustChangePassword).toBe(true);

    const learner = await callerAs(org.learner.id);
    const wrong = await refusal(learner.account.changePassword({ currentPassword: "not-my-password", newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" }));
    expect(wrong.code).toBe("BAD_REQUEST");
    expect(wrong.message).toMatch(/current password/i);
    // The field error the form shows next to "Current password".
    const formatted = await learner.account
      .changePassword({ currentPassword: "not-my-password", newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" })
      .catch((e: unknown) => e as TRPCError);
    expect(formatted).toBeInstanceOf(TRPCError);
    expect((formatted as TRPCError).cause).toMatchObject({ field: "currentPassword" });

    const still = await tdb.db.user.findUniqueOrThrow({ where: { id: org.learner.id } });
    expect(still.mustChangePassword).toBe(true);
    expect(await verifyPassword(still.passwordHash, temporaryPassword!)).toBe(true);

    const result = await learner.account.changePassword({ currentPassword: temporaryPassword!, newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" });
    expect(result.ok).toBe(true);
    const after = await tdb.db.user.findUniqueOrThrow({ where: { id: org.learner.id } });
    expect(after.mustChangePassword).toBe(false);
    expect(await verifyPassword(after.passwordHash, "a-brand-new-password")).toBe(true);
    expect(await verifyPassword(after.passwordHash, temporaryPassword!)).toBe(false);
    expect(await authenticate(tdb.db, org.learner.email, "a-brand-new-password")).toMatchObject({ id: org.learner.id, mustChangePassword: false });

    const audit = await tdb.db.auditLog.findMany({ where: { orgId: org.org.id, action: "user.password_change", targetId: org.learner.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: org.learner.id, targetType: "User", after: { wasTemporary: true } });
    // Neither password is ever written to the audit log.
    expect(JSON.stringify(audit)).not.toContain("a-brand-new-password");
  });

  it("checks the new password: long enough, typed twice the same, not the current one", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = await callerAs(o.trainer.id);
    const short = await refusal(trainer.account.changePassword({ currentPassword: o.password, newPassword: "short", confirmPassword: "short" }));
    expect(short.code).toBe("BAD_REQUEST");
    const mismatch = trainer.account.changePassword({ currentPassword: o.password, newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-passwort" });
    await expect(mismatch).rejects.toMatchObject({ cause: { field: "confirmPassword" } });
    const same = trainer.account.changePassword({ currentPassword: o.password, newPassword: o.password, confirmPassword: o.password });
    await expect(same).rejects.toMatchObject({ cause: { field: "newPassword" } });
    const row = await tdb.db.user.findUniqueOrThrow({ where: { id: o.trainer.id } });
    expect(await verifyPassword(row.passwordHash, o.password)).toBe(true);
    expect(await tdb.db.auditLog.count({ where: { action: "user.password_change", targetId: o.trainer.id } })).toBe(0);

    // Any signed-in person may change their password without having been asked to.
    await trainer.account.changePassword({ currentPassword: o.password, newPassword: "trainer-chose-this", confirmPassword: "trainer-chose-this" });
    expect(await authenticate(tdb.db, o.trainer.email, "trainer-chose-this")).not.toBeNull();
  });

  it("is refused without a session", async () => {
    const anonymous = createCaller(createContextInner({ db: tdb.db, user: null }));
    expect((await refusal(anonymous.account.changePassword({ currentPassword: "x", newPassword: "a-brand-new-password", confirmPassword: "a-brand-new-password" }))).code).toBe("UNAUTHORIZED");
  });
});

describe("before choosing their own password", () => {
  it("a person created with requirePasswordChange can call nothing but me.get and account.changePassword", async () => {
    const adminCaller = await callerAs(org.admin.id);
    const email = `forced-${Date.now()}@example.test`;
    const created = await adminCaller.people.create({ name: "Fay Forced", email, password: "admin-chosen-pass", role: "LEARNER", requirePasswordChange: true });
    const fay = await callerAs(created.id);
    expect((await fay.me.get()).email).toBe(email);
    expect(await refusal(fay.dashboard.learner())).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/own password/) });
    expect(await refusal(fay.learner.catalogue())).toMatchObject({ code: "FORBIDDEN" });

    await fay.account.changePassword({ currentPassword: "admin-chosen-pass", newPassword: "fays-own-password", confirmPassword: "fays-own-password" });
    const after = await callerAs(created.id);
    expect((await after.dashboard.learner()).assignments).toEqual([]);
  });

  it("a trainer on a temporary password cannot reach trainer procedures either", async () => {
    const adminCaller = await callerAs(org.admin.id);
    await adminCaller.people.resetPassword({ userId: org.trainer.id, method: "temporary" });
    const trainer = await callerAs(org.trainer.id);
    expect(await refusal(trainer.cohort.list())).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/own password/) });
  });
});
