import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase } from "../packages/db/src/testing";
import { sameHtml, TOGGLE_LESSON_SQL, TOGGLE_MEMBERSHIP_SQL } from "./bench-data-misses.mjs";

// The HTTP bench's data-mode misses (bench-data-misses.mjs) on a real database: each write flips
// only its own session's row, and flips it back the next time, so a run's data stays the same size.
let tdb;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(() => tdb?.drop());

describe("the bench's data-mode writes", { timeout: 60_000 }, () => {
  it("toggles one learner's lesson completion and the course's progress with it, nobody else's", async () => {
    const { db, url } = tdb;
    const o = await createOrgWithUsers(db);
    const row = (userId) => ({ orgId: o.org.id, userId, moduleId: "m1", lessonId: "l1", contentVersion: 1, completedAt: new Date() });
    for (const u of [o.learner, o.trainer]) {
      await db.lessonProgress.create({ data: row(u.id) });
      await db.enrollment.create({ data: { orgId: o.org.id, userId: u.id, moduleId: "m1", status: "IN_PROGRESS", progress: 25, lastLessonId: "l1" } });
    }
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const state = async (userId) => {
        const lp = await db.lessonProgress.findFirstOrThrow({ where: { userId, lessonId: "l1" } });
        const e = await db.enrollment.findFirstOrThrow({ where: { userId, moduleId: "m1" } });
        return { done: lp.completedAt !== null, progress: e.progress };
      };
      await client.query(TOGGLE_LESSON_SQL, [o.learner.id, "l1", "m1", 25]);
      expect(await state(o.learner.id)).toEqual({ done: false, progress: 0 });
      await client.query(TOGGLE_LESSON_SQL, [o.learner.id, "l1", "m1", 25]);
      expect(await state(o.learner.id)).toEqual({ done: true, progress: 25 });
      expect(await state(o.trainer.id)).toEqual({ done: true, progress: 25 });
    } finally {
      await client.end();
    }
  });

  it("toggles one person's membership of one cohort", async () => {
    const { db, url } = tdb;
    const o = await createOrgWithUsers(db);
    const cohort = await db.cohort.create({ data: { orgId: o.org.id, name: "Own" } });
    const other = await db.cohort.create({ data: { orgId: o.org.id, name: "Other" } });
    for (const c of [cohort, other]) await db.cohortMember.create({ data: { orgId: o.org.id, cohortId: c.id, userId: o.trainer.id } });
    const pg = (await import("pg")).default;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const removed = async (cohortId) => (await db.cohortMember.findFirstOrThrow({ where: { cohortId, userId: o.trainer.id } })).removedAt !== null;
      await client.query(TOGGLE_MEMBERSHIP_SQL, [cohort.id, o.trainer.id]);
      expect([await removed(cohort.id), await removed(other.id)]).toEqual([true, false]);
      await client.query(TOGGLE_MEMBERSHIP_SQL, [cohort.id, o.trainer.id]);
      expect(await removed(cohort.id)).toBe(false);
    } finally {
      await client.end();
    }
  });

  it("compares two responses of a page but for their nonce", () => {
    const page = (nonce, text) => `<script nonce="${nonce}">x</script><p>${text}</p><link nonce="${nonce}">`;
    expect(sameHtml(page("abc", "one"), page("xyz", "one"))).toBe(true);
    expect(sameHtml(page("abc", "one"), page("xyz", "two"))).toBe(false);
  });
});
