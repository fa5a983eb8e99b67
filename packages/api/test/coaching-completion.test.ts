/**
 * Issue 17 item 2: an assignment's status follows the organisation's rules. An assessed scenario is
 * done only once an attempt passes (failed attempts leave it open, "re-attempt required", and
 * overdue after the due date); a practice scenario is done once finished. The learner's dashboard,
 * the cohort dashboard, the learners table, the status list and the CSV export agree.
 */
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { allLevels, callerFor, CRITERIA, seedAttempt } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

const yesterday = () => new Date(Date.now() - 86_400_000);

async function csvRows(trainer: ReturnType<typeof callerFor>, cohortId: string) {
  const out = await trainer.reports.exportResults({ cohortId });
  const [header, ...rows] = Papa.parse<string[]>(out.csv, { skipEmptyLines: true }).data;
  const col = (name: string) => header!.indexOf(name);
  return { rows, col };
}

describe("completion respects pass marks", () => {
  it("a failed assessed attempt leaves the assignment open and overdue; a pass (or a trainer's passing review) closes it everywhere", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const learner = callerFor(tdb.db, o.learner);
    const cohortId = (await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Pass marks" } })).id;
    await tdb.db.cohortMember.create({ data: { orgId: o.org.id, cohortId, userId: o.learner.id } });
    const assessed = await trainer.assignment.create({ cohortId, kind: "SCENARIO", contentId: "billing-error", dueAt: yesterday(), passMark: 70 });
    expect(assessed.requirement).toBe("PASS");
    const practice = await trainer.assignment.create({ cohortId, kind: "SCENARIO", contentId: "refund-demand", dueAt: yesterday(), requirement: "COMPLETE" });

    // Failing attempts at both: 36 and 25 against a pass mark of 70.
    const failed = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(1), assignmentId: assessed.id });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(1), contentId: "refund-demand", assignmentId: practice.id });
    expect(failed.passed).toBe(false);

    const mine = await learner.dashboard.learner();
    const row = (contentId: string) => mine.assignments.find((a) => a.contentId === contentId)!;
    expect(row("billing-error")).toMatchObject({ status: "RETRY_REQUIRED", overdue: true, requirement: "PASS" });
    expect(row("refund-demand")).toMatchObject({ status: "COMPLETED", overdue: false, requirement: "COMPLETE" });

    const dash = await trainer.trainer.cohortDashboard({ cohortId });
    expect(dash.assignments.find((a) => a.id === assessed.id)).toMatchObject({ members: 1, completed: 0, retryRequired: 1, overdue: 1, completionRate: 0 });
    expect(dash.assignments.find((a) => a.id === practice.id)).toMatchObject({ completed: 1, overdue: 0 });
    expect(dash.overdueLearners.items).toEqual([{ userId: o.learner.id, name: o.learner.name, overdue: 1 }]);

    const table = await trainer.trainer.cohortProgress({ cohortId });
    expect(table.items[0]).toMatchObject({ assigned: 2, completed: 1, overdue: 1 });

    const retry = await trainer.trainer.assignmentStatus({ cohortId, status: "RETRY_REQUIRED" });
    expect(retry.items.map((r) => [r.learner.id, r.assignmentId, r.overdue])).toEqual([[o.learner.id, assessed.id, true]]);
    expect((await trainer.trainer.assignmentStatus({ cohortId, overdueOnly: true })).items.map((r) => r.assignmentId)).toEqual([assessed.id]);
    expect((await trainer.trainer.assignmentStatus({ cohortId, status: "COMPLETED" })).items.map((r) => r.assignmentId)).toEqual([practice.id]);

    let { rows, col } = await csvRows(trainer, cohortId);
    const billing = () => rows.find((r) => r[col("Content ID")] === "billing-error")!;
    expect([billing()[col("Status")], billing()[col("Requirement")], billing()[col("Overdue")], billing()[col("Passed")], billing()[col("Progress %")]]).toEqual([
      "RETRY_REQUIRED",
      "pass",
      "yes",
      "no",
      "50",
    ]);
    expect(rows.find((r) => r[col("Content ID")] === "refund-demand")![col("Status")]).toBe("COMPLETED");

    // The trainer reviews the failed attempt and releases a passing score: the assignment is done.
    await trainer.review.release({
      attemptId: failed.id,
      criteria: CRITERIA.map((c) => ({ criterionId: c, level: 3, comment: "Better than the check thought." })),
    });
    expect(row("billing-error").status).toBe("RETRY_REQUIRED"); // the old read
    const after = await learner.dashboard.learner();
    expect(after.assignments.find((a) => a.contentId === "billing-error")).toMatchObject({ status: "COMPLETED", overdue: false });
    expect((await trainer.trainer.cohortDashboard({ cohortId })).overdueLearners.total).toBe(0);
    expect((await trainer.trainer.cohortProgress({ cohortId })).items[0]).toMatchObject({ completed: 2, overdue: 0 });
    ({ rows, col } = await csvRows(trainer, cohortId));
    expect([billing()[col("Status")], billing()[col("Overdue")], billing()[col("Passed")]]).toEqual(["COMPLETED", "no", "yes"]);
  });

  it("a new passing attempt closes an assessed assignment that a failed one left open", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const cohort = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Second try" } });
    await tdb.db.cohortMember.create({ data: { orgId: o.org.id, cohortId: cohort.id, userId: o.learner.id } });
    const a = await trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", passMark: 70 });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2) });
    expect((await trainer.trainer.assignmentStatus({ cohortId: cohort.id })).items[0]).toMatchObject({ assignmentId: a.id, status: "RETRY_REQUIRED", overdue: false });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(4) });
    expect((await trainer.trainer.assignmentStatus({ cohortId: cohort.id })).items[0]).toMatchObject({ status: "COMPLETED" });
    // Switching the assignment to practice counts any finished attempt.
    await trainer.assignment.update({ assignmentId: a.id, requirement: "COMPLETE" });
    const audit = await tdb.db.auditLog.findFirstOrThrow({ where: { orgId: o.org.id, action: "assignment.update", targetId: a.id } });
    expect(audit.after).toMatchObject({ requirement: "COMPLETE" });
  });
});
