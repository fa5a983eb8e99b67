/**
 * The rest of issue 16 finding 7 at the API: passwords (length and well-known ones), people search
 * taking % and _ literally, trainers reviewing their own attempts, and what an admin learns about
 * email addresses used in other organisations.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { allLevels, callerFor, CRITERIA, seedAttempt } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

const failure = (p: Promise<unknown>) =>
  p.then(
    () => ({ code: "OK", message: "" }),
    (e: unknown) => (e instanceof TRPCError ? { code: e.code, message: e.message, cause: e.cause } : Promise.reject(e)),
  );
const fieldMessage = async (p: Promise<unknown>, field: string) => {
  const e = await p.then(() => null, (err: unknown) => err);
  if (!(e instanceof TRPCError)) return e === null ? "OK" : String(e);
  const cause = e.cause as { field?: string; issues?: Array<{ path: unknown[]; message: string }> } | undefined;
  if (cause?.field === field) return e.message;
  return cause?.issues?.find((i) => i.path[0] === field)?.message ?? `${e.code}: ${e.message}`;
};

describe("new passwords", () => {
  it("need at least 12 characters and may not be a well-known password, in every place a password is chosen", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const admin = callerFor(tdb.db, o.admin);
    const me = callerFor(tdb.db, o.learner);
    const change = (newPassword: string) => me.account.changePassword({ currentPassword: o.password, newPassword, confirmPassword: newPassword });

    expect(await fieldMessage(change("eleven-char"), "newPassword")).toMatch(/at least 12 characters/);
    for (const common of ["password1234", "123456789012", "qwertyuiopasdf", "Password123!", "1q2w3e4r5t6y7u"]) {
      expect({ common, message: await fieldMessage(change(common), "newPassword") }).toEqual({ common, message: expect.stringMatching(/too common or too easy to guess/) });
    }
    const user = (password: string) => admin.people.create({ name: "Pat Example", email: `pat-${o.org.slug}@t.test`, password, role: "LEARNER" });
    expect(await fieldMessage(user("iloveyou2024"), "password")).toMatch(/too common/);
    expect(await tdb.db.user.count({ where: { email: `pat-${o.org.slug}@t.test` } })).toBe(0);

    const reset = await admin.people.resetPassword({ userId: o.trainer.id, method: "link" });
    const token = reset.path!.split("/").pop()!;
    const anon = callerFor(tdb.db, null);
    expect(await fieldMessage(anon.people.redeemResetToken({ token, password: "football1234" }), "password")).toMatch(/too common/);
    // A refused password leaves the link usable; a good one works.
    expect(await anon.people.redeemResetToken({ token, password: "lantern-orbit-meadow" })).toMatchObject({ email: o.trainer.email });
    expect(await change("copper-kettle-harbour")).toMatchObject({});
  });
});

describe("people search", () => {
  it("takes % and _ literally instead of as wildcards", async () => {
    const o = await createOrgWithUsers(tdb.db);
    for (const [name, email] of [
      ["Percent 100% Sure", "pct"],
      ["Under_Score", "under_score"],
      ["Plain Person", "plain"],
      ["Backslash \\ Name", "bslash"],
    ] as const) {
      await tdb.db.user.create({ data: { orgId: o.org.id, name, email: `${email}-${o.org.slug}@t.test`, passwordHash: "x" } });
    }
    const admin = callerFor(tdb.db, o.admin);
    const names = async (search: string) => (await admin.people.list({ search })).items.map((u) => u.name).sort();
    expect(await names("%")).toEqual(["Percent 100% Sure"]);
    expect(await names("_")).toEqual(["Under_Score"]);
    expect(await names("n_p")).toEqual([]); // as a wildcard, "_" matched the space in "Plain Person"
    expect(await names("\\")).toEqual(["Backslash \\ Name"]);
    expect(await names("under_")).toEqual(["Under_Score"]);
  });
});

describe("reviews", () => {
  it("a trainer cannot review, release or raise their own attempt; another trainer can", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const own = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.trainer.id, levels: allLevels(1) });
    const trainer = callerFor(tdb.db, o.trainer);
    const criteria = CRITERIA.map((c) => ({ criterionId: c, level: 4, comment: "Much better than that." }));
    for (const call of [() => trainer.review.get({ attemptId: own.id }), () => trainer.review.saveDraft({ attemptId: own.id, criteria }), () => trainer.review.release({ attemptId: own.id, criteria })]) {
      expect(await failure(call())).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/your own attempt/) });
    }
    expect((await tdb.db.attempt.findUniqueOrThrow({ where: { id: own.id } })).score).toBe(own.score);
    expect((await trainer.review.queue({})).items.map((i) => i.attemptId)).not.toContain(own.id);

    // The admin (another reviewer) may.
    const admin = callerFor(tdb.db, o.admin);
    expect((await admin.review.queue({})).items.map((i) => i.attemptId)).toContain(own.id);
    await admin.review.release({ attemptId: own.id, criteria });
    expect((await tdb.db.attempt.findUniqueOrThrow({ where: { id: own.id } })).score).toBe(100);
  });
});

describe("email addresses of other organisations", () => {
  it("an admin gets the same answer for an email used in another organisation as for one in their own, and no duplicate", async () => {
    const mine = await createOrgWithUsers(tdb.db);
    const theirs = await createOrgWithUsers(tdb.db);
    const admin = callerFor(tdb.db, mine.admin);
    const create = (email: string) => failure(admin.people.create({ name: "Some One", email, password: "lantern-orbit-meadow", role: "LEARNER" }));
    const inOwn = await create(mine.learner.email);
    const inOther = await create(theirs.learner.email);
    expect(inOther).toEqual(inOwn);
    expect(inOther.code).toBe("CONFLICT");
    expect(inOther.message).not.toMatch(/organisation/i);

    const preview = async (email: string) => (await admin.people.previewImport({ csv: `email,name\n${email},Some One\n` })).rows[0]!.problems.map((p) => p.replace(email, "EMAIL"));
    expect(await preview(theirs.learner.email)).toEqual(await preview(mine.learner.email));
    expect(await tdb.db.user.count({ where: { email: theirs.learner.email } })).toBe(1);
  });
});
