/**
 * Every place that shows an attempt keeps showing the version it was played on (issue 13): the
 * learner's scorecard, the trainer's review, cohort analytics (split by version, so v2 of a
 * scenario is never averaged in with v1), the assignment status and the results export. Built-in
 * scenarios are treated the same way, by their content version.
 */
import { randomUUID } from "node:crypto";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue } from "@defuse/content";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { RUDE_BILLING, SKILLED_BILLING } from "./learner-fixtures";
import { callerFor } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(() => tdb?.drop());

type Caller = ReturnType<typeof callerFor>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- drafts are edited as plain JSON
type Draft = { scenario: Record<string, any> };
async function edit(t: Caller, id: string, change: (d: Draft) => void) {
  const got = await t.authoring.get({ id });
  const draft = structuredClone(got.draft) as Draft;
  change(draft);
  return t.authoring.saveDraft({ id, revision: got.revision, text: JSON.stringify(draft) });
}

async function play(learner: Caller, scenarioId: string, lines: string[]) {
  const { attemptId } = await learner.learner.startAttempt({ scenarioId, mode: "freeText" });
  for (const text of lines) {
    const r = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text });
    if (r.ended) break;
  }
  return learner.learner.finishAttempt({ attemptId });
}

const builtIn = catalogue.scenarios.find((s) => s.id === "billing-error")!;
const builtInRubric = catalogue.rubrics.find((r) => r.id === builtIn.rubricId)!;

describe("the version an attempt was played on", () => {
  it("is named on the scorecard, the review, the assignment status and the export, and analytics split by it", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const admin = callerFor(tdb.db, o.admin);
    const learner = callerFor(tdb.db, o.learner);
    const { id, key } = await trainer.authoring.create({ from: "billing-error", title: "Versioned call" });
    expect((await trainer.authoring.publish({ id })).version).toBe(1);
    const cohort = await admin.cohort.create({ name: `Versions ${randomUUID().slice(0, 6)}` });
    await admin.cohort.addMembers({ cohortId: cohort.id, userIds: [o.learner.id] });
    await trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: key, requirement: "COMPLETE" });

    const v1 = await play(learner, key, SKILLED_BILLING);
    await edit(trainer, id, (d) => {
      d.scenario.persona.name = "Version Two";
    });
    expect((await trainer.authoring.publish({ id })).version).toBe(2);
    const v2 = await play(learner, key, RUDE_BILLING);
    const builtInAttempt = await play(learner, "billing-error", SKILLED_BILLING);
    expect(v1.result!.score).not.toBe(v2.result!.score);

    // the learner's scorecard names the scenario and rubric version played, also when opened later
    const rubric = { rubricId: builtInRubric.id, rubricTitle: builtInRubric.title, rubricVersion: builtInRubric.version };
    expect(v1.played).toEqual({ scenarioVersion: 1, ...rubric });
    expect((await learner.learner.attempt({ attemptId: v1.id })).played).toEqual({ scenarioVersion: 1, ...rubric });
    expect((await learner.learner.attempt({ attemptId: v2.id })).played).toEqual({ scenarioVersion: 2, ...rubric });
    // built-in scenarios by their content version
    expect(builtInAttempt.played).toEqual({ scenarioVersion: builtIn.version, ...rubric });

    // the trainer's review
    const review = await trainer.review.get({ attemptId: v1.id });
    expect(review.attempt).toMatchObject({ contentVersion: 1, rubricVersion: builtInRubric.version });

    // cohort analytics: one row for the scenario, broken down by version with each version's own figures
    const d = await trainer.trainer.cohortDashboard({ cohortId: cohort.id });
    const row = d.scenarios.find((s) => s.scenarioId === key)!;
    expect(row).toMatchObject({ title: "Versioned call", attempts: 2, learners: 1 });
    expect(row.versions).toEqual([
      { version: 1, ...rubric, attempts: 1, learners: 1, passRate: v1.result!.passed ? 100 : 0, avgScore: v1.result!.score },
      { version: 2, ...rubric, attempts: 1, learners: 1, passRate: v2.result!.passed ? 100 : 0, avgScore: v2.result!.score },
    ]);
    expect(d.scenarios.find((s) => s.scenarioId === "billing-error")!.versions).toEqual([expect.objectContaining({ version: builtIn.version, attempts: 1 })]);
    // the heat map has a column per version played, each with its own rates
    const columns = d.heatMap.scenarios.filter((s) => s.scenarioId === key);
    expect(columns.map((c) => [c.version, c.attempts])).toEqual([
      [1, 1],
      [2, 1],
    ]);
    const v2Pitfalls = d.heatMap.cells.filter((c) => c.column === columns[1]!.column && c.kind === "pitfall");
    const v1Pitfalls = d.heatMap.cells.filter((c) => c.column === columns[0]!.column && c.kind === "pitfall");
    expect(v2Pitfalls.length).toBeGreaterThan(v1Pitfalls.length);

    // where the learner stands: the latest finished attempt's version
    const status = await trainer.trainer.assignmentStatus({ cohortId: cohort.id });
    expect(status.items.find((r) => r.contentId === key)?.played).toEqual({ scenarioVersion: 2, rubricId: builtInRubric.id, rubricVersion: builtInRubric.version });

    // the results export
    const out = await trainer.reports.exportResults({ cohortId: cohort.id });
    const [header, ...rows] = Papa.parse<string[]>(out.csv, { skipEmptyLines: true }).data;
    const col = (name: string) => header!.indexOf(name);
    const authored = rows.find((r) => r[col("Content ID")] === key)!;
    expect(authored[col("Latest scenario version")]).toBe("2");
    expect(authored[col("Latest rubric")]).toBe(builtInRubric.id);
    expect(authored[col("Latest rubric version")]).toBe(String(builtInRubric.version));
    expect(authored[col("Scenario versions played")]).toBe("1; 2");
    expect(authored[col("Latest score")]).toBe(String(v2.result!.score));
    const practised = rows.find((r) => r[col("Content ID")] === "billing-error")!;
    expect(practised[col("Scenario versions played")]).toBe(String(builtIn.version));
  });

  it("another organisation's attempts on its own versions never reach the dashboard", async () => {
    const a = await createOrgWithUsers(tdb.db);
    const b = await createOrgWithUsers(tdb.db);
    const cohort = await callerFor(tdb.db, a.admin).cohort.create({ name: `A ${randomUUID().slice(0, 6)}` });
    await callerFor(tdb.db, a.admin).cohort.addMembers({ cohortId: cohort.id, userIds: [a.learner.id] });
    await play(callerFor(tdb.db, b.learner), "billing-error", SKILLED_BILLING);
    const d = await callerFor(tdb.db, a.trainer).trainer.cohortDashboard({ cohortId: cohort.id });
    expect(d.scenarios).toEqual([]);
    expect(d.heatMap.scenarios).toEqual([]);
  });
});
