/**
 * Issue 17 item 4 (server side): a call set aside with "Start over instead" stays visible as
 * abandoned to the learner and to trainers, and trainers have a list of reviews already done.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { allLevels, callerFor, CRITERIA, seedAttempt } from "./trainer-fixtures";
import { SKILLED_BILLING } from "./learner-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

describe("abandoned calls and reviews already done", () => {
  it("keeps a restarted call visible as abandoned for the learner and in the trainer's queue, readable but not scorable", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const learner = callerFor(tdb.db, o.learner);
    const trainer = callerFor(tdb.db, o.trainer);
    const first = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    await learner.learner.takeTurn({ attemptId: first.attemptId, clientTurnId: randomUUID(), text: SKILLED_BILLING[0]! });
    await learner.learner.takeTurn({ attemptId: first.attemptId, clientTurnId: randomUUID(), text: SKILLED_BILLING[1]! });
    const second = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText", restart: true });
    expect(second.attemptId).not.toBe(first.attemptId);
    // An attempt abandoned before any reply is noise, not history.
    await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText", restart: true });

    const page = await learner.learner.scenario({ id: "billing-error" });
    expect(page.recent.map((r) => [r.id, r.status])).toEqual([[first.attemptId, "ABANDONED"]]);

    const queue = await trainer.review.queue({ state: "ABANDONED" });
    expect(queue.items.map((i) => [i.attemptId, i.status, i.turns])).toEqual([[first.attemptId, "ABANDONED", 2]]);
    expect((await trainer.review.queue({})).items.some((i) => i.attemptId === first.attemptId)).toBe(false);

    const screen = await trainer.review.get({ attemptId: first.attemptId });
    expect(screen.attempt.status).toBe("ABANDONED");
    expect(screen.transcript.map((t) => t.agentText)).toEqual(SKILLED_BILLING.slice(0, 2));
    const save = await trainer.review
      .saveDraft({ attemptId: first.attemptId, criteria: CRITERIA.map((c) => ({ criterionId: c, level: 2 })) })
      .then(() => "OK", (e: TRPCError) => e.code);
    expect(save).toBe("NOT_FOUND");
  });

  it("lists reviews already released, newest first, with who released them", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const t0 = Date.now() - 3_600_000;
    const a = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2), completedAt: new Date(t0) });
    const b = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(3), completedAt: new Date(t0 + 1000) });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(3), completedAt: new Date(t0 + 2000) });
    for (const x of [a, b]) await trainer.review.release({ attemptId: x.id, criteria: CRITERIA.map((c) => ({ criterionId: c, level: 3, comment: "Fair call." })), comment: "ok" });
    const done = await trainer.review.queue({ state: "RELEASED" });
    expect(done.items.map((i) => [i.attemptId, i.score, i.reviewer])).toEqual([
      [b.id, 75, o.trainer.name],
      [a.id, 75, o.trainer.name],
    ]);
    expect(done.items[0]!.releasedAt).toBeInstanceOf(Date);
    expect((await trainer.review.queue({ state: "RELEASED", limit: 1 })).nextCursor).toBe(b.id);
  });
});
