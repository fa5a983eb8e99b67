/**
 * Issue 17 item 3: cohort numbers count the right people and things. Deactivated people and
 * members who are not learners stay out of denominators and overdue lists; the learners table
 * counts role-plays only; technique mastery calls a technique missed only where the scenario needs
 * it; trainers see their own cohorts unless an admin lets them see the whole organisation.
 */
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { allLevels, callerFor, seedAttempt } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

describe("cohort numbers", () => {
  it("leave deactivated people and non-learners out of denominators, overdue lists, the learners table and the export", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const mk = (name: string, extra: { active?: boolean; role?: "LEARNER" | "TRAINER" } = {}) =>
      tdb.db.user.create({ data: { orgId: o.org.id, email: `${name.toLowerCase()}-${o.org.slug}@t.test`, name, passwordHash: "x", ...extra } });
    const gone = await mk("Gone Deactivated", { active: false });
    const promoted = await mk("Promoted Trainer", { role: "TRAINER" });
    const cohort = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Mixed" } });
    await tdb.db.cohortMember.createMany({
      data: [o.learner.id, gone.id, promoted.id, o.trainer.id].map((userId) => ({ orgId: o.org.id, cohortId: cohort.id, userId })),
    });
    const a = await trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", dueAt: new Date(Date.now() - 86_400_000) });
    // Two role-plays and a knowledge check for the learner; the knowledge check is not a role-play.
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(1) });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2), contentId: "refund-demand" });
    await tdb.db.attempt.create({
      data: { orgId: o.org.id, userId: o.learner.id, kind: "QUIZ", contentId: "quiz-x", contentVersion: 1, status: "COMPLETED", completedAt: new Date(), score: 100, passed: true },
    });

    const dash = await trainer.trainer.cohortDashboard({ cohortId: cohort.id });
    expect(dash.cohort.memberCount).toBe(1);
    expect(dash.assignments.find((x) => x.id === a.id)).toMatchObject({ members: 1, overdue: 1 });
    expect(dash.overdueLearners.items.map((l) => l.userId)).toEqual([o.learner.id]);
    expect(dash.overdueLearners.total).toBe(1);

    const table = await trainer.trainer.cohortProgress({ cohortId: cohort.id });
    expect(table.items.map((r) => r.userId)).toEqual([o.learner.id]);
    expect(table.items[0]).toMatchObject({ attempts: 2, avgScore: 37.5 });

    const statuses = await trainer.trainer.assignmentStatus({ cohortId: cohort.id });
    expect(statuses.items.map((r) => r.learner.id)).toEqual([o.learner.id]);

    const out = await trainer.reports.exportResults({ cohortId: cohort.id });
    const [header, ...rows] = Papa.parse<string[]>(out.csv, { skipEmptyLines: true }).data;
    expect(new Set(rows.map((r) => r[header!.indexOf("Email")]))).toEqual(new Set([o.learner.email]));

    // The trainer's home counts learners only, too.
    const home = await trainer.dashboard.trainer();
    expect(home.cohorts.find((c) => c.id === cohort.id)?.memberCount).toBe(1);
  });

  it("technique mastery calls a technique missed only where the scenario needs it", async () => {
    const o = await createOrgWithUsers(tdb.db);
    // billing-error needs (empathy or apology) and a solution; it never calls for a boundary.
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2), techniques: ["empathy"] });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(3), techniques: ["apology", "solution"] });
    const p = await callerFor(tdb.db, o.learner).learner.progress();
    const m = (id: string) => p.mastery.find((x) => x.id === id);
    expect(m("solution")).toMatchObject({ used: 1, missed: 1 });
    expect(m("boundary")).toBeUndefined();
    expect(m("escalation")).toBeUndefined();
    // Apology was not needed in the first call (empathy met that need), so it is not "missed" there.
    expect(m("apology")).toMatchObject({ used: 1, missed: 0 });
    expect(m("empathy")).toMatchObject({ used: 1, missed: 0 });
  });

  it("trainers see the cohorts they belong to, and the whole organisation only when an admin allows it", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const admin = callerFor(tdb.db, o.admin);
    const mine = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Mine" } });
    const theirs = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Theirs" } });
    expect((await trainer.dashboard.trainer()).cohorts).toEqual([]);
    // Admins' pickers list the whole organisation unless they ask for their own cohorts.
    expect((await admin.cohort.list()).map((c) => c.id)).toEqual([mine.id, theirs.id]);
    expect(await admin.cohort.list({ scope: "mine" })).toEqual([]);
    await tdb.db.cohortMember.create({ data: { orgId: o.org.id, cohortId: mine.id, userId: o.trainer.id } });

    expect((await trainer.dashboard.trainer()).cohorts.map((c) => c.id)).toEqual([mine.id]);
    const refused = await trainer.dashboard.trainer({ scope: "all" });
    expect(refused).toMatchObject({ scope: "mine", canSeeAll: false });
    expect(refused.cohorts.map((c) => c.id)).toEqual([mine.id]);
    expect((await trainer.cohort.list({ scope: "all" })).map((c) => c.id)).toEqual([mine.id]);

    await admin.org.update({ name: o.org.name, defaultPassMark: 70, trainersSeeAllCohorts: true });
    const all = await trainer.dashboard.trainer({ scope: "all" });
    expect(all).toMatchObject({ scope: "all", canSeeAll: true });
    expect(all.cohorts.map((c) => c.id)).toEqual([mine.id, theirs.id]);
    // The default stays the trainer's own cohorts.
    expect((await trainer.dashboard.trainer()).cohorts.map((c) => c.id)).toEqual([mine.id]);
    expect((await trainer.cohort.list({ scope: "all" })).map((c) => c.id)).toEqual([mine.id, theirs.id]);
    const audit = await tdb.db.auditLog.findFirstOrThrow({ where: { orgId: o.org.id, action: "org.update" } });
    expect(audit.after).toMatchObject({ trainersSeeAllCohorts: true });
    // Admins may always see every cohort.
    expect((await admin.dashboard.trainer({ scope: "all" })).cohorts.map((c) => c.id)).toEqual([mine.id, theirs.id]);
  });
});
