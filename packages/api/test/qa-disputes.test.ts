import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { allLevels, callerFor, CRITERIA, seedAttempt, codeOf } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

const levels = (l: number) => Object.fromEntries(CRITERIA.map((c) => [c, l]));
const crit = (l: number) => CRITERIA.map((criterionId) => ({ criterionId, level: l, comment: "Heard it." }));

describe("disputes", () => {
  it("an agent disputes a released review once; it goes to a different trainer, who upholds it with a new score the agent sees", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const second = await tdb.db.user.create({ data: { orgId: o.org.id, email: `t2-${o.org.slug}@t.test`, name: "Second Trainer", passwordHash: "x", role: "TRAINER" } });
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2) });
    const reviewer = callerFor(tdb.db, o.trainer);
    const agent = callerFor(tdb.db, o.learner);
    expect(await codeOf(agent.qa.openDispute({ attemptId: attempt.id, reason: "My apology was not counted." }))).toBe("CONFLICT"); // not released yet
    await reviewer.review.release({ attemptId: attempt.id, criteria: crit(1), comment: "Weak." });

    const opened = await agent.qa.openDispute({ attemptId: attempt.id, reason: "My apology was not counted." });
    expect(opened.state).toBe("OPEN");
    expect(await codeOf(agent.qa.openDispute({ attemptId: attempt.id, reason: "Trying a second time here." }))).toBe("CONFLICT");
    const row = await tdb.db.dispute.findFirstOrThrow({ where: { id: opened.disputeId } });
    expect(row.assignedToId).toBe(second.id);
    expect((await reviewer.qa.disputeQueue({})).items).toEqual([]);
    const queue = await callerFor(tdb.db, second).qa.disputeQueue({});
    expect(queue.items.map((d) => d.id)).toEqual([opened.disputeId]);
    expect(await codeOf(reviewer.qa.decideDispute({ disputeId: opened.disputeId, outcome: "declined", reason: "No." }))).toBe("FORBIDDEN");

    const decided = await callerFor(tdb.db, second).qa.decideDispute({ disputeId: opened.disputeId, outcome: "upheld", reason: "The apology named the charge.", levels: levels(3) });
    expect(decided).toEqual({ state: "UPHELD", newScore: 75 });
    expect(await agent.qa.dispute({ attemptId: attempt.id })).toMatchObject({ state: "UPHELD", oldScore: 25, newScore: 75, outcomeReason: "The apology named the charge." });
    expect(await agent.review.releasedForAttempt({ attemptId: attempt.id })).toMatchObject({ score: 75 });
    expect(await reviewer.qa.disputeSummary()).toEqual({ total: 1, open: 0, upheld: 1, declined: 0 });
    const audit = await tdb.db.auditLog.findMany({ where: { orgId: o.org.id, action: { startsWith: "dispute." } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["dispute.open", "dispute.uphold"]);
  });

  it("a trainer of the agent's cohort hears it before trainers who do not know the agent", async () => {
    const o = await createOrgWithUsers(tdb.db);
    // created first, so it would win the tie on open disputes without the cohort rule
    const stranger = await tdb.db.user.create({ data: { orgId: o.org.id, email: `s-${o.org.slug}@t.test`, name: "Stranger Trainer", passwordHash: "x", role: "TRAINER" } });
    const theirs = await tdb.db.user.create({ data: { orgId: o.org.id, email: `k-${o.org.slug}@t.test`, name: "Cohort Trainer", passwordHash: "x", role: "TRAINER" } });
    const cohort = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Night shift" } });
    await tdb.db.cohortMember.createMany({ data: [o.learner.id, theirs.id].map((userId) => ({ orgId: o.org.id, cohortId: cohort.id, userId })) });
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2) });
    await callerFor(tdb.db, o.trainer).review.release({ attemptId: attempt.id, criteria: crit(1), comment: "Weak." });
    const { disputeId } = await callerFor(tdb.db, o.learner).qa.openDispute({ attemptId: attempt.id, reason: "My apology was not counted." });
    const row = await tdb.db.dispute.findFirstOrThrow({ where: { id: disputeId } });
    expect(row.assignedToId).toBe(theirs.id);
    expect(row.assignedToId).not.toBe(stranger.id);
  });

  it("with no other trainer the reviewer hears it; a declined dispute keeps the score and gives the reason; another agent cannot dispute or see it", async () => {
    const o = await createOrgWithUsers(tdb.db);
    await tdb.db.user.update({ where: { id: o.admin.id }, data: { active: false } });
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2) });
    const reviewer = callerFor(tdb.db, o.trainer);
    await reviewer.review.release({ attemptId: attempt.id, criteria: crit(2), comment: "Fine." });
    const colleague = await tdb.db.user.create({ data: { orgId: o.org.id, email: `c-${o.org.slug}@t.test`, name: "Colleague", passwordHash: "x" } });
    expect(await codeOf(callerFor(tdb.db, colleague).qa.openDispute({ attemptId: attempt.id, reason: "Not mine but let me try." }))).toBe("NOT_FOUND");
    const { disputeId } = await callerFor(tdb.db, o.learner).qa.openDispute({ attemptId: attempt.id, reason: "I resolved the call in the end." });
    expect((await tdb.db.dispute.findFirstOrThrow({ where: { id: disputeId } })).assignedToId).toBe(o.trainer.id);
    await reviewer.qa.decideDispute({ disputeId, outcome: "declined", reason: "The refund was promised without checking." });
    expect(await callerFor(tdb.db, o.learner).qa.dispute({ attemptId: attempt.id })).toMatchObject({ state: "DECLINED", newScore: null, outcomeReason: "The refund was promised without checking." });
    expect(await callerFor(tdb.db, colleague).qa.dispute({ attemptId: attempt.id })).toBeNull();
    expect(await reviewer.qa.disputeSummary()).toEqual({ total: 1, open: 0, upheld: 0, declined: 1 });
  });

  it("two decisions sent at once: one is recorded with its new score, the other is refused and releases nothing", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const second = await tdb.db.user.create({ data: { orgId: o.org.id, email: `r-${o.org.slug}@t.test`, name: "Racing Trainer", passwordHash: "x", role: "TRAINER" } });
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2) });
    await callerFor(tdb.db, o.trainer).review.release({ attemptId: attempt.id, criteria: crit(1), comment: "Weak." });
    const { disputeId } = await callerFor(tdb.db, o.learner).qa.openDispute({ attemptId: attempt.id, reason: "My apology was not counted." });
    const decider = callerFor(tdb.db, second);
    const results = await Promise.allSettled([
      decider.qa.decideDispute({ disputeId, outcome: "upheld", reason: "Heard it.", levels: levels(4) }),
      decider.qa.decideDispute({ disputeId, outcome: "upheld", reason: "Heard it too.", levels: levels(3) }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected")!;
    expect(await codeOf(Promise.reject((lost as PromiseRejectedResult).reason))).toBe("CONFLICT");
    const newScore = (won[0] as PromiseFulfilledResult<{ newScore: number | null }>).value.newScore;
    // the released review is the winner's, and the dispute records the same score
    expect((await callerFor(tdb.db, o.learner).review.releasedForAttempt({ attemptId: attempt.id }))?.score).toBe(newScore);
    expect(await tdb.db.dispute.findFirstOrThrow({ where: { id: disputeId } })).toMatchObject({ state: "UPHELD", newScore });
    const audit = await tdb.db.auditLog.findMany({ where: { orgId: o.org.id, targetId: attempt.id, action: { in: ["dispute.uphold", "review.rerelease"] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["dispute.uphold", "review.rerelease"]);
  });
});
