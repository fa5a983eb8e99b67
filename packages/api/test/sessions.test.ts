import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { createCaller, createContextInner, loadSessionUser, revokeSignInSession, startSignInSession, type SessionRef } from "../src";
import { callerFor } from "./trainer-fixtures";

// A copied session cookie used to keep working after sign-out, a password change and an admin
// reset (issue 16, finding 3). Each browser now has a SignInSession row that every request checks.
let tdb: TestDatabase;
let o: OrgWithUsers;
beforeAll(async () => {
  tdb = await createTestDatabase();
  o = await createOrgWithUsers(tdb.db);
});
afterAll(() => tdb?.drop());

const alive = async (ref: SessionRef) => (await loadSessionUser(tdb.db, ref)) !== null;

describe("revocable sessions", () => {
  it("sign-out ends that browser's session (and a copy of its cookie) but no other", async () => {
    const laptop = await startSignInSession(tdb.db, o.learner);
    const phone = await startSignInSession(tdb.db, o.learner);
    await revokeSignInSession(tdb.db, laptop);
    expect(await alive(laptop)).toBe(false);
    expect(await alive(phone)).toBe(true);
  });

  it("a password change ends every session, the one that made it included (a copy of that cookie is the usual theft)", async () => {
    const u = await createOrgWithUsers(tdb.db);
    const here = await startSignInSession(tdb.db, u.learner);
    const stolen = await startSignInSession(tdb.db, u.learner);
    const me = await loadSessionUser(tdb.db, here);
    await createCaller(createContextInner({ db: tdb.db, user: me })).account.changePassword({
      currentPassword: u.password,
      newPassword: "a-new-and-long-password",
      confirmPassword: "a-new-and-long-password",
    });
    expect(await alive(stolen)).toBe(false);
    expect(await alive(here)).toBe(false);
  });

  it("an admin's reset (link or temporary password) ends every session of that person", async () => {
    const u = await createOrgWithUsers(tdb.db);
    for (const method of ["link", "temporary"] as const) {
      const s = await startSignInSession(tdb.db, u.learner);
      await callerFor(tdb.db, u.admin).people.resetPassword({ userId: u.learner.id, method });
      expect(await alive(s), method).toBe(false);
    }
  });

  it("expires 12 hours after sign-in however often the cookie was renewed, and refuses another person's session id", async () => {
    const old = await startSignInSession(tdb.db, o.learner, new Date(Date.now() - 12 * 3600_000 - 1000));
    expect(await alive(old)).toBe(false);
    const trainers = await startSignInSession(tdb.db, o.trainer);
    expect(await alive({ userId: o.learner.id, sessionId: trainers.sessionId })).toBe(false);
  });
});

describe("sign-in, sign-out and refused access are audited", () => {
  it("records successes, failures for a real person, sign-outs and a learner refused a trainer procedure", async () => {
    const { recordSignInEvent } = await import("../src");
    const u = await createOrgWithUsers(tdb.db);
    await recordSignInEvent(tdb.db, { email: u.learner.email, outcome: "failure", ip: "203.0.113.5" });
    await recordSignInEvent(tdb.db, { email: u.learner.email, outcome: "success", ip: "203.0.113.5" });
    await recordSignInEvent(tdb.db, { email: "nobody-at-all@example.test", outcome: "failure", ip: "203.0.113.5" });
    const s = await startSignInSession(tdb.db, u.learner);
    await revokeSignInSession(tdb.db, s, { audit: true });
    const learner = callerFor(tdb.db, u.learner);
    await expect(learner.cohort.list()).rejects.toMatchObject({ code: "FORBIDDEN" });
    const rows = await tdb.db.auditLog.findMany({ where: { orgId: u.org.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true, targetId: true, after: true } });
    expect(rows).toEqual([
      { action: "auth.sign_in_failed", actorId: null, targetId: u.learner.id, after: { ip: "203.0.113.5" } },
      { action: "auth.sign_in", actorId: u.learner.id, targetId: u.learner.id, after: { ip: "203.0.113.5" } },
      { action: "auth.sign_out", actorId: u.learner.id, targetId: u.learner.id, after: null },
      { action: "access.denied", actorId: u.learner.id, targetId: "api:cohort.list", after: null },
    ]);
  });
});
