/**
 * Issue 16's attacker's pass repeated on the features that landed after it (authored rubrics,
 * disputes, calibration sessions, …), against a real database through the tRPC callers. Each test
 * failed before its fix.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { allLevels, callerFor, codeOf, CRITERIA, seedAttempt } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await tdb?.drop();
});

async function failure(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected the call to be refused");
}

const crit = (l: number) => CRITERIA.map((criterionId) => ({ criterionId, level: l, comment: "Heard it." }));

describe("authored rubric drafts", () => {
  it("a rubric draft whose JSON escapes NUL or half a surrogate pair, or nests 20,000 levels deep, answers 400 naming where, not 500", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, org.trainer);
    const { id } = await trainer.authoring.createRubric({ from: "core-deescalation", title: "Ours" });
    const got = await trainer.authoring.rubric({ id });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- drafts are edited as plain JSON
    const draft = structuredClone(got.draft) as Record<string, any>;
    for (const bad of ["a\u0000b", "a\ud800b", "b\udfffa"]) {
      draft.criteria[0].title = bad;
      const saved = await failure(trainer.authoring.saveRubricDraft({ id, revision: got.revision, text: JSON.stringify(draft) }));
      expect(saved).toEqual({ code: "BAD_REQUEST", message: expect.stringMatching(/^criteria\[0\]\.title: .*cannot be stored/) });
    }
    const deep = `{"title":"Deep","notes":${"[".repeat(20_000)}${"]".repeat(20_000)}}`;
    expect(await failure(trainer.authoring.saveRubricDraft({ id, revision: got.revision, text: deep }))).toEqual({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/^notes(\[0\])+: nested more than 32 levels deep/),
    });
    // nothing was written, and the same change without the bad character saves
    expect((await trainer.authoring.rubric({ id })).revision).toBe(got.revision);
    draft.criteria[0].title = "ab";
    expect(await codeOf(trainer.authoring.saveRubricDraft({ id, revision: got.revision, text: JSON.stringify(draft) }))).toBe("OK");
  });
});

describe("the dispute queue's cursor", () => {
  it("answers another organisation's dispute id exactly like an unknown one (no ordering oracle), and pages its own", async () => {
    const a = await createOrgWithUsers(tdb.db, { name: "Victim" });
    const b = await createOrgWithUsers(tdb.db, { name: "Prober" });
    const disputeIn = async (o: typeof a, n: number) => {
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2) });
        await callerFor(tdb.db, o.admin).review.release({ attemptId: attempt.id, criteria: crit(1), comment: "Weak." });
        ids.push((await callerFor(tdb.db, o.learner).qa.openDispute({ attemptId: attempt.id, reason: "My apology was not counted." })).disputeId);
      }
      return ids;
    };
    const [foreign] = await disputeIn(a, 1);
    const own = await disputeIn(b, 3);
    const hearer = await tdb.db.dispute.findFirstOrThrow({ where: { id: own[0] }, select: { assignedTo: true } });
    const probe = callerFor(tdb.db, hearer.assignedTo);
    const outcome = async (cursor: string) => {
      try {
        return `ok:${(await probe.qa.disputeQueue({ cursor })).items.length}`;
      } catch (e) {
        if (e instanceof TRPCError) return `${e.code}:${e.message}`;
        throw e;
      }
    };
    const viaForeign = await outcome(foreign!);
    expect(viaForeign).toBe(await outcome("c" + "0".repeat(24)));
    expect(viaForeign).toMatch(/^BAD_REQUEST:That page is no longer available/);
    // its own queue still pages, one at a time, without repeats
    const first = await probe.qa.disputeQueue({ limit: 1 });
    const second = await probe.qa.disputeQueue({ limit: 1, cursor: first.nextCursor });
    const third = await probe.qa.disputeQueue({ limit: 1, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((d) => d.id)).toEqual(own);
    expect(third.nextCursor).toBeNull();
  });
});

describe("nobody reviews their own attempt, in the newer review tools too", () => {
  it("a trainer cannot correct the labels of their own attempt, open a calibration on it, or be invited to score it", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const second = await tdb.db.user.create({ data: { orgId: o.org.id, email: `t2-${o.org.slug}@t.test`, name: "Second Trainer", passwordHash: "x", role: "TRAINER" } });
    const own = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.trainer.id, levels: allLevels(1) });
    const trainer = callerFor(tdb.db, o.trainer);
    const own403 = { code: "FORBIDDEN", message: expect.stringMatching(/your own attempt/) };
    expect(await failure(trainer.review.correctLabels({ attemptId: own.id, turn: 0, labels: ["apology", "empathy"] }))).toMatchObject(own403);
    expect(await tdb.db.labelCorrection.count({ where: { attemptId: own.id } })).toBe(0);
    expect(await failure(trainer.qa.openCalibration({ attemptId: own.id, trainerIds: [second.id] }))).toMatchObject(own403);
    // another trainer may calibrate it, but not with its agent among the scorers
    const organiser = callerFor(tdb.db, second);
    expect(await failure(organiser.qa.openCalibration({ attemptId: own.id, trainerIds: [o.trainer.id] }))).toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/own attempt/) });
    expect(await tdb.db.calibrationSession.count({ where: { attemptId: own.id } })).toBe(0);
    expect(await codeOf(organiser.qa.openCalibration({ attemptId: own.id, trainerIds: [o.admin.id] }))).toBe("OK");
    expect(await codeOf(organiser.review.correctLabels({ attemptId: own.id, turn: 0, labels: ["apology", "empathy"] }))).toBe("OK");
  });
});

describe("a submission sent twice", () => {
  it("the same assignment sent twice (a double click, a retried request, two at once) is created once and emailed once", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const cohort = await callerFor(tdb.db, org.admin).cohort.create({ name: "Twice" });
    await tdb.db.cohortMember.create({ data: { orgId: org.org.id, cohortId: cohort.id, userId: org.learner.id } });
    const trainer = callerFor(tdb.db, org.trainer);
    const input = { cohortId: cohort.id, kind: "SCENARIO" as const, contentId: "billing-error", dueAt: new Date("2031-03-12T17:00:00Z") };
    const [a, b] = await Promise.all([trainer.assignment.create(input), trainer.assignment.create(input)]);
    const c = await trainer.assignment.create(input);
    expect(new Set([a.id, b.id, c.id]).size).toBe(1);
    expect(await tdb.db.assignment.count({ where: { cohortId: cohort.id } })).toBe(1);
    expect(await tdb.db.emailMessage.count({ where: { orgId: org.org.id, template: "new-assignment" } })).toBe(1);
    expect(await tdb.db.auditLog.count({ where: { orgId: org.org.id, action: "assignment.create" } })).toBe(1);
    // a different choice is a new assignment, and one withdrawn is no reason to refuse it again
    const later = await trainer.assignment.create({ ...input, dueAt: new Date("2031-04-12T17:00:00Z") });
    expect(later.id).not.toBe(a.id);
    await trainer.assignment.withdraw({ assignmentId: a.id });
    expect((await trainer.assignment.create(input)).id).not.toBe(a.id);
  });
});

describe("a role taken away in bulk", () => {
  it("clears the demoted people's cached sessions at once, as a single role change does", async () => {
    const { SESSIONS_CHANGED } = await import("../src/services/account/sessionNotice");
    const org = await createOrgWithUsers(tdb.db);
    const noticed: string[] = [];
    const listen = (id: unknown) => noticed.push(String(id));
    process.on(SESSIONS_CHANGED as "warning", listen);
    try {
      await callerFor(tdb.db, org.admin).people.bulk({ userIds: [org.trainer.id, org.learner.id], action: { kind: "role", role: "LEARNER" } });
    } finally {
      process.off(SESSIONS_CHANGED as "warning", listen);
    }
    expect((await tdb.db.user.findUniqueOrThrow({ where: { id: org.trainer.id } })).role).toBe("LEARNER");
    expect(noticed).toEqual([org.trainer.id]);
  });
});

describe("the last admin, under concurrency", () => {
  it("two admins removing each other at the same moment leave one admin, however they do it", async () => {
    for (const how of ["role", "deactivate", "bulk"] as const) {
      const org = await createOrgWithUsers(tdb.db);
      const second = await tdb.db.user.create({ data: { orgId: org.org.id, email: `a2-${how}-${org.org.slug}@t.test`, name: "Second Admin", passwordHash: "x", role: "ADMIN" } });
      const remove = (by: { id: string; email: string; name: string; role: "ADMIN"; orgId: string }, userId: string) => {
        const c = callerFor(tdb.db, by);
        if (how === "role") return c.people.setRole({ userId, role: "LEARNER" });
        if (how === "deactivate") return c.people.setActive({ userId, active: false });
        return c.people.bulk({ userIds: [userId], action: { kind: "role", role: "TRAINER" } });
      };
      const results = await Promise.allSettled([remove({ ...org.admin, role: "ADMIN", orgId: org.org.id }, second.id), remove({ ...second, role: "ADMIN", orgId: org.org.id }, org.admin.id)]);
      const admins = await tdb.db.user.count({ where: { orgId: org.org.id, role: "ADMIN", active: true } });
      expect(admins, how).toBe(1);
      expect(results.filter((r) => r.status === "fulfilled").length, how).toBe(1);
      const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
      expect((refused.reason as TRPCError).code, how).toBe("PRECONDITION_FAILED");
    }
  });
});
