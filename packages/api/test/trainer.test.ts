import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { allLevels, callerFor, CRITERIA, seedAttempt } from "./trainer-fixtures";

let tdb: TestDatabase;
let org: OrgWithUsers;
let other: OrgWithUsers;

beforeAll(async () => {
  tdb = await createTestDatabase();
  org = await createOrgWithUsers(tdb.db);
  other = await createOrgWithUsers(tdb.db);
});
afterAll(() => tdb?.drop());

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : Promise.reject(e)),
  );

describe("assignments", () => {
  it("assigns a scenario with a due date and pass mark, learners see it at once, then it changes and is withdrawn", async () => {
    const cohort = await tdb.db.cohort.create({ data: { orgId: org.org.id, name: "Assign cohort" } });
    await tdb.db.cohortMember.create({ data: { orgId: org.org.id, cohortId: cohort.id, userId: org.learner.id } });
    const trainer = callerFor(tdb.db, org.trainer);
    const learner = callerFor(tdb.db, org.learner);
    const due = new Date(Date.now() + 3 * 86_400_000);

    const created = await trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "refund-demand", dueAt: due, passMark: 80 });
    let mine = (await learner.dashboard.learner()).assignments.find((a) => a.assignmentId === created.id);
    expect(mine).toMatchObject({ contentId: "refund-demand", cohortName: "Assign cohort", status: "NOT_STARTED" });
    expect(mine?.dueAt?.toISOString()).toBe(due.toISOString());

    const later = new Date(Date.now() + 10 * 86_400_000);
    const updated = await trainer.assignment.update({ assignmentId: created.id, dueAt: later, passMark: 60 });
    expect(updated).toMatchObject({ passMark: 60 });
    mine = (await learner.dashboard.learner()).assignments.find((a) => a.assignmentId === created.id);
    expect(mine?.dueAt?.toISOString()).toBe(later.toISOString());
    // Leaving a field out keeps it.
    expect(await trainer.assignment.update({ assignmentId: created.id, dueAt: null })).toMatchObject({ passMark: 60, dueAt: null });

    const listed = await trainer.assignment.list({ cohortId: cohort.id });
    expect(listed.items.map((a) => a.id)).toContain(created.id);

    await trainer.assignment.withdraw({ assignmentId: created.id });
    expect((await learner.dashboard.learner()).assignments.some((a) => a.assignmentId === created.id)).toBe(false);
    expect((await trainer.assignment.list({ cohortId: cohort.id })).items.some((a) => a.id === created.id)).toBe(false);
    expect((await trainer.assignment.list({ cohortId: cohort.id, includeWithdrawn: true })).items.some((a) => a.id === created.id)).toBe(true);
    expect(await codeOf(trainer.assignment.update({ assignmentId: created.id, passMark: 10 }))).toBe("PRECONDITION_FAILED");
    // Withdrawing twice is a no-op.
    await trainer.assignment.withdraw({ assignmentId: created.id });

    const audit = await tdb.db.auditLog.findMany({ where: { orgId: org.org.id, targetId: created.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["assignment.create", "assignment.update", "assignment.update", "assignment.withdraw"]);
    expect(audit[1]).toMatchObject({ actorId: org.trainer.id, before: { passMark: 80 }, after: { passMark: 60 } });

    // Other organisations cannot touch it; learners cannot assign.
    expect(await codeOf(callerFor(tdb.db, other.admin).assignment.withdraw({ assignmentId: created.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(tdb.db, other.admin).assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "refund-demand" }))).toBe("NOT_FOUND");
    expect(await codeOf(learner.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "refund-demand" }))).toBe("FORBIDDEN");
    expect(await codeOf(trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "no-such-scenario" }))).toBe("BAD_REQUEST");
  });
});

describe("learner dashboard", () => {
  it("lists the live assignments of the learner's current cohorts, soonest due first, with their own progress", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const day = 86_400_000;
    const [current, archived, left] = await Promise.all(
      ["Current", "Archived", "Left"].map((name) => tdb.db.cohort.create({ data: { orgId: o.org.id, name, archivedAt: name === "Archived" ? new Date() : null } })),
    );
    await tdb.db.cohortMember.createMany({
      data: [
        { orgId: o.org.id, cohortId: current!.id, userId: o.learner.id },
        { orgId: o.org.id, cohortId: archived!.id, userId: o.learner.id },
        { orgId: o.org.id, cohortId: left!.id, userId: o.learner.id, removedAt: new Date() },
      ],
    });
    const assign = (cohortId: string, kind: "MODULE" | "SCENARIO", contentId: string, dueAt: Date | null, withdrawnAt: Date | null = null) =>
      tdb.db.assignment.create({ data: { orgId: o.org.id, cohortId, kind, contentId, dueAt, withdrawnAt, assignedById: o.trainer.id } });
    const overdue = await assign(current!.id, "SCENARIO", "billing-error", new Date(Date.now() - 2 * day));
    const done = await assign(current!.id, "SCENARIO", "refund-demand", new Date(Date.now() - day));
    const course = await assign(current!.id, "MODULE", "emotional-intelligence", new Date(Date.now() + 5 * day));
    const open = await assign(current!.id, "SCENARIO", "abusive-caller", null);
    await assign(current!.id, "SCENARIO", "policy-exception", null, new Date()); // withdrawn
    await assign(archived!.id, "SCENARIO", "misled-features", null); // archived cohort
    await assign(left!.id, "SCENARIO", "misled-features", null); // cohort the learner left
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, contentId: "refund-demand", levels: allLevels(2) });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, contentId: "refund-demand", levels: allLevels(3) });
    await tdb.db.enrollment.create({ data: { orgId: o.org.id, userId: o.learner.id, moduleId: "emotional-intelligence", status: "IN_PROGRESS", progress: 40 } });

    const d = await callerFor(tdb.db, o.learner).dashboard.learner();
    expect(d.assignments.map((a) => a.assignmentId)).toEqual([overdue.id, done.id, course.id, open.id]);
    expect(d.assignments[0]).toMatchObject({ overdue: true, status: "NOT_STARTED", progress: 0, bestScore: null, cohortName: "Current" });
    expect(d.assignments[1]).toMatchObject({ overdue: false, status: "COMPLETED", progress: 100, bestScore: 75 });
    expect(d.assignments[2]).toMatchObject({ kind: "MODULE", status: "IN_PROGRESS", progress: 40, overdue: false });
    expect(d.assignments[2]!.dueAt?.getTime()).toBe(course.dueAt!.getTime());
    expect(d.assignments[3]).toMatchObject({ dueAt: null, overdue: false });
    // Another organisation's learner sees none of it.
    expect((await callerFor(tdb.db, other.learner).dashboard.learner()).assignments).toEqual([]);
  });
});

describe("trainer home", () => {
  it("shows live cohorts with their counts, the ten latest completed attempts and how many wait for review", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const alpha = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Alpha" } });
    await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Old", archivedAt: new Date() } });
    await tdb.db.cohortMember.createMany({
      data: [
        { orgId: o.org.id, cohortId: alpha.id, userId: o.learner.id },
        // The trainer belongs to Alpha (so sees it) but is not counted as one of its learners.
        { orgId: o.org.id, cohortId: alpha.id, userId: o.trainer.id },
      ],
    });
    await tdb.db.assignment.createMany({
      data: [
        { orgId: o.org.id, cohortId: alpha.id, kind: "SCENARIO", contentId: "billing-error", assignedById: o.trainer.id },
        { orgId: o.org.id, cohortId: alpha.id, kind: "SCENARIO", contentId: "refund-demand", assignedById: o.trainer.id, withdrawnAt: new Date() },
      ],
    });
    const now = Date.now();
    const attempts = [];
    for (let i = 0; i < 12; i++) {
      attempts.push(await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(i % 5), completedAt: new Date(now - i * 60_000) }));
    }
    await tdb.db.attempt.update({ where: { id: attempts[1]!.id }, data: { reviewState: "NONE" } });
    await seedAttempt(tdb.db, { orgId: other.org.id, userId: other.learner.id, levels: allLevels(4), completedAt: new Date(now + 60_000) });

    const d = await callerFor(tdb.db, o.trainer).dashboard.trainer();
    expect(d.cohorts).toEqual([{ id: alpha.id, name: "Alpha", memberCount: 1, assignmentCount: 1 }]);
    expect(d.recentAttempts.map((a) => a.id)).toEqual(attempts.slice(0, 10).map((a) => a.id));
    expect(d.recentAttempts[0]).toMatchObject({ learner: { id: o.learner.id, name: o.learner.name }, kind: "ROLEPLAY", score: 0, passed: false, reviewState: "PENDING" });
    expect(d.recentAttempts[0]!.completedAt.getTime()).toBe(attempts[0]!.completedAt!.getTime());
    expect(d.pendingReviews).toBe(11);
  });
});

describe("cohort dashboard", () => {
  it("reports completion, overdue learners, criterion averages, technique use, pass rates and trend", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const late = await tdb.db.user.create({ data: { orgId: o.org.id, email: `late-${o.org.slug}@t.test`, name: "Aaron Late", passwordHash: "x" } });
    const cohort = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Analytics" } });
    await tdb.db.cohortMember.createMany({
      data: [o.learner.id, late.id].map((userId) => ({ orgId: o.org.id, cohortId: cohort.id, userId })),
    });
    await tdb.db.assignment.create({
      data: { orgId: o.org.id, cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", dueAt: new Date(Date.now() - 86_400_000), assignedById: o.trainer.id },
    });
    const now = Date.now();
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(4), techniques: ["empathy", "ownership"], completedAt: new Date(now - 2 * 86_400_000) });
    const weak = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(1), techniques: ["empathy"], pitfalls: ["blame"], completedAt: new Date(now - 86_400_000) });
    // A released review: the trainer's levels (2) replace the automatic ones (1) in the averages.
    await callerFor(tdb.db, o.trainer).review.release({
      attemptId: weak.id,
      criteria: CRITERIA.map((c) => ({ criterionId: c, level: 2, comment: "Better than the engine thought." })),
    });
    // Outside the window, and another organisation's data, are not counted.
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(0), completedAt: new Date(now - 200 * 86_400_000) });

    const trainer = callerFor(tdb.db, o.trainer);
    const d = await trainer.trainer.cohortDashboard({ cohortId: cohort.id });
    expect(d.cohort.memberCount).toBe(2);
    expect(d.assignments).toHaveLength(1);
    expect(d.assignments[0]).toMatchObject({ members: 2, completed: 1, overdue: 1, completionRate: 50 });
    expect(d.overdueLearners).toEqual({ total: 1, items: [{ userId: late.id, name: "Aaron Late", overdue: 1 }] });
    const ack = d.criteria.find((c) => c.criterionId === "acknowledge-emotion");
    expect(ack).toMatchObject({ avgLevel: 3, n: 2 }); // (4 + 2) / 2
    const cell = (label: string) => d.heatMap.cells.find((c) => c.scenarioId === "billing-error" && c.label === label);
    expect(cell("empathy")).toMatchObject({ attempts: 2, rate: 100, kind: "technique" });
    expect(cell("ownership")).toMatchObject({ attempts: 1, rate: 50 });
    expect(cell("blame")).toMatchObject({ attempts: 1, rate: 50, kind: "pitfall" });
    expect(d.scenarios).toEqual([
      {
        scenarioId: "billing-error",
        title: expect.any(String),
        attempts: 2,
        learners: 1,
        passRate: 50,
        avgScore: 75,
        versions: [{ version: 1, rubricId: "core-deescalation", rubricTitle: "Core de-escalation", rubricVersion: 1, attempts: 2, learners: 1, passRate: 50, avgScore: 75 }],
      },
    ]);
    expect(d.trend.reduce((s, t) => s + t.attempts, 0)).toBe(2);

    // Filter by learner and by date.
    const onlyLate = await trainer.trainer.cohortDashboard({ cohortId: cohort.id, learnerId: late.id });
    expect(onlyLate.scenarios).toEqual([]);
    expect(onlyLate.assignments[0]).toMatchObject({ members: 1, completed: 0, overdue: 1 });
    const old = await trainer.trainer.cohortDashboard({ cohortId: cohort.id, from: new Date(now - 365 * 86_400_000), to: new Date(now - 100 * 86_400_000) });
    expect(old.scenarios[0]).toMatchObject({ attempts: 1, passRate: 0 });

    const progress = await trainer.trainer.cohortProgress({ cohortId: cohort.id, limit: 1 });
    expect(progress.items[0]).toMatchObject({ name: "Aaron Late", assigned: 1, completed: 0, overdue: 1, attempts: 0 });
    const next = await trainer.trainer.cohortProgress({ cohortId: cohort.id, limit: 1, cursor: progress.nextCursor });
    expect(next.items[0]).toMatchObject({ userId: o.learner.id, completed: 1, overdue: 0, attempts: 2 });
    expect(next.nextCursor).toBeNull();

    expect(await codeOf(callerFor(tdb.db, other.trainer).trainer.cohortDashboard({ cohortId: cohort.id }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(tdb.db, o.learner).trainer.cohortDashboard({ cohortId: cohort.id }))).toBe("FORBIDDEN");
  });
});
