import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@defuse/db";
import { createCaller, createContextInner, loadSessionUser, revokeSignInSession, SESSIONS_CHANGED, startSignInSession, type SessionUser } from "@defuse/api";
import { createSessionUserCache, processSessionUserCache, SESSION_CACHE_MS, SESSIONS_CHANGED_MESSAGE } from "./session-user-cache";

// Every page view and API call resolves its session cookie to a user; the answer is remembered
// per process for SESSION_CACHE_MS. These tests hold that bound against a real database: a change
// made behind Defuse's back (another machine, psql) is honoured once the bound has passed, and a
// change made through Defuse (sign-out, deactivation, role change, another worker's notice) at once.
interface Person {
  id: string;
  orgId: string;
  email: string;
  name: string;
  role: "ADMIN" | "TRAINER" | "LEARNER";
}
interface Testing {
  createTestDatabase(): Promise<{ url: string; db: Db; drop(): Promise<void> }>;
  createOrgWithUsers(db: Db): Promise<{ admin: Person; trainer: Person; learner: Person }>;
}
let tdb: Awaited<ReturnType<Testing["createTestDatabase"]>>;
let createOrgWithUsers: Testing["createOrgWithUsers"];
beforeAll(async () => {
  const testing = (await import("@defuse/db/testing" as string)) as Testing;
  createOrgWithUsers = testing.createOrgWithUsers;
  tdb = await testing.createTestDatabase();
}, 120_000);
afterAll(() => tdb?.drop());

const asCaller = (p: Person): SessionUser => ({ id: p.id, orgId: p.orgId, email: p.email, name: p.name, role: p.role });

describe("the per-process session cache", { timeout: 60_000 }, () => {
  it("honours a revocation made outside Defuse within SESSION_CACHE_MS, and not before", async () => {
    const o = await createOrgWithUsers(tdb.db);
    let t = 1_000_000;
    const cache = createSessionUserCache({ now: () => t });
    const ref = await startSignInSession(tdb.db, o.learner);
    const lookup = () => cache.get(ref, () => loadSessionUser(tdb.db, ref));
    expect((await lookup())?.id).toBe(o.learner.id);
    // As another machine, or an operator in psql, would: nothing tells this process.
    await tdb.db.signInSession.update({ where: { id: ref.sessionId }, data: { revokedAt: new Date() } });
    t += SESSION_CACHE_MS - 1;
    expect((await lookup())?.id, "still remembered inside the bound").toBe(o.learner.id);
    t += 2;
    expect(await lookup(), "refused once the bound has passed").toBeNull();
  });

  it("a deactivation or role change made behind Defuse's back shows within the bound", async () => {
    const o = await createOrgWithUsers(tdb.db);
    let t = 0;
    const cache = createSessionUserCache({ now: () => t });
    const ref = await startSignInSession(tdb.db, o.trainer);
    const lookup = () => cache.get(ref, () => loadSessionUser(tdb.db, ref));
    expect((await lookup())?.role).toBe("TRAINER");
    await tdb.db.user.update({ where: { id: o.trainer.id }, data: { role: "LEARNER" } });
    t += SESSION_CACHE_MS + 1;
    expect((await lookup())?.role).toBe("LEARNER");
    await tdb.db.user.update({ where: { id: o.trainer.id }, data: { active: false } });
    t += SESSION_CACHE_MS + 1;
    expect(await lookup()).toBeNull();
  });

  it("a lookup that started before a change is not remembered (it may carry the old row)", async () => {
    const cache = createSessionUserCache({ now: () => 0 });
    const ref = { userId: "u1", sessionId: "s1" };
    let loads = 0;
    const user = { id: "u1", orgId: "o", email: "e", name: "n", role: "LEARNER" } as const;
    await cache.get(ref, async () => {
      loads++;
      cache.forget("u1"); // the change lands while this lookup is in flight
      return user;
    });
    await cache.get(ref, async () => (loads++, null));
    expect(loads).toBe(2);
  });

  it("stays bounded in size, dropping the oldest first", async () => {
    const cache = createSessionUserCache({ maxEntries: 3 });
    for (let i = 0; i < 5; i++) await cache.get({ userId: `u${i}`, sessionId: `s${i}` }, async () => null);
    expect(cache.size).toBe(3);
    let reloaded = false;
    await cache.get({ userId: "u0", sessionId: "s0" }, async () => ((reloaded = true), null));
    expect(reloaded).toBe(true);
  });
});

describe("changes made through Defuse apply at once", { timeout: 60_000 }, () => {
  const cache = () => processSessionUserCache(SESSIONS_CHANGED);
  const seen = (ref: { userId: string; sessionId: string }) => cache().get(ref, () => loadSessionUser(tdb.db, ref));

  it("sign-out: a copy of the cookie stops working on the next request", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const ref = await startSignInSession(tdb.db, o.learner);
    expect((await seen(ref))?.id).toBe(o.learner.id);
    await revokeSignInSession(tdb.db, ref);
    expect(await seen(ref)).toBeNull();
  });

  it("an admin's deactivation and role change, and a password change, apply on the next request", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const admin = createCaller(createContextInner({ db: tdb.db, user: asCaller(o.admin) }));
    const trainer = await startSignInSession(tdb.db, o.trainer);
    expect((await seen(trainer))?.role).toBe("TRAINER");
    await admin.people.setRole({ userId: o.trainer.id, role: "LEARNER" });
    expect((await seen(trainer))?.role).toBe("LEARNER");
    const me = await seen(trainer);
    await createCaller(createContextInner({ db: tdb.db, user: me })).account.changePassword({
      currentPassword: "test-password",
      newPassword: "a-new-and-long-password",
      confirmPassword: "a-new-and-long-password",
    });
    expect(await seen(trainer), "a password change ends that session too").toBeNull();
    const learner = await startSignInSession(tdb.db, o.learner);
    expect((await seen(learner))?.id).toBe(o.learner.id);
    await admin.people.setActive({ userId: o.learner.id, active: false });
    expect(await seen(learner)).toBeNull();
  });

  it("a sign-out is sent to the supervisor for the other workers, by whichever worker handled it", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const ref = await startSignInSession(tdb.db, o.learner);
    const sent: unknown[] = [];
    const before = process.send;
    process.send = ((m: unknown) => (sent.push(m), true)) as typeof process.send;
    try {
      await revokeSignInSession(tdb.db, ref);
    } finally {
      process.send = before;
    }
    expect(sent).toContainEqual({ type: SESSIONS_CHANGED_MESSAGE, userId: o.learner.id });
  });

  it("another worker's notice (relayed by the supervisor) clears this worker's memory of that person", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const ref = await startSignInSession(tdb.db, o.learner);
    expect((await seen(ref))?.id).toBe(o.learner.id);
    await tdb.db.signInSession.update({ where: { id: ref.sessionId }, data: { revokedAt: new Date() } });
    process.emit("message", { type: SESSIONS_CHANGED_MESSAGE, userId: o.learner.id }, undefined);
    expect(await seen(ref)).toBeNull();
  });
});
