import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { neutraliseCell } from "../src/services/reports/csv";
import { allLevels, callerFor, CRITERIA, seedAttempt } from "./trainer-fixtures";

let tdb: TestDatabase;
let other: OrgWithUsers;

beforeAll(async () => {
  tdb = await createTestDatabase();
  other = await createOrgWithUsers(tdb.db);
});
afterAll(() => tdb?.drop());

const levels = (l: number[]) => Object.fromEntries(CRITERIA.map((c, i) => [c, l[i]!]));

describe("agreement report", () => {
  it("computes mean absolute difference, exact agreement and the largest disagreements on a known fixture", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const fixture: Array<[number[], number[]]> = [
      [[2, 2, 2, 2, 2], [2, 2, 2, 2, 2]],
      [[1, 1, 1, 1, 1], [3, 1, 1, 1, 1]],
      [[4, 4, 4, 4, 4], [3, 4, 4, 4, 2]],
    ];
    const ids: string[] = [];
    for (const [auto, mine] of fixture) {
      const a = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: levels(auto) });
      ids.push(a.id);
      await trainer.review.release({
        attemptId: a.id,
        criteria: CRITERIA.map((c, i) => ({ criterionId: c, level: mine[i]!, comment: mine[i] === auto[i] ? "" : "Differs: see transcript." })),
      });
    }
    // Not counted: an unreleased attempt, and another organisation's released review.
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(0) });
    const foreign = await seedAttempt(tdb.db, { orgId: other.org.id, userId: other.learner.id, levels: allLevels(0) });
    await callerFor(tdb.db, other.trainer).review.release({ attemptId: foreign.id, criteria: CRITERIA.map((c) => ({ criterionId: c, level: 4, comment: "x" })) });

    const r = await trainer.reports.agreement({});
    expect(r.overall).toEqual({
      reviewedAttempts: 3,
      pairs: 15,
      meanAbsoluteDifference: 0.33, // 5 levels of difference over 15 pairs
      exactAgreementPercent: 80, // 12 of 15
      withinOnePercent: 86.7, // 13 of 15
      bias: -0.07, // (+2 - 1 - 2) / 15
      scoreMeanAbsoluteDifference: 8.3, // |50-50|, |25-35|, |100-85|
    });
    const by = Object.fromEntries(r.criteria.map((c) => [c.criterionId, c]));
    expect(by["acknowledge-emotion"]).toMatchObject({ pairs: 3, meanAbsoluteDifference: 1, exactAgreementPercent: 33.3, withinOnePercent: 66.7, bias: 0.33 });
    expect(by["understand-problem"]).toMatchObject({ meanAbsoluteDifference: 0, exactAgreementPercent: 100 });
    expect(by["composure-boundaries"]).toMatchObject({ meanAbsoluteDifference: 0.67, exactAgreementPercent: 66.7, bias: -0.67 });
    expect(r.disagreements.map((d) => [d.attemptId, d.totalLevelDifference, d.criteriaDiffering, d.autoScore, d.trainerScore])).toEqual([
      [ids[2], 3, 2, 100, 85],
      [ids[1], 2, 1, 25, 35],
    ]);
    // Filters: a scenario nobody practised has nothing to compare.
    expect((await trainer.reports.agreement({ scenarioId: "abusive-caller" })).overall.pairs).toBe(0);
  });
});

describe("results export", () => {
  it("writes one row per learner and module or scenario, with scores and dates, and neutralises formulas", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const evil = await tdb.db.user.create({ data: { orgId: o.org.id, email: `evil-${o.org.slug}@t.test`, name: '=HYPERLINK("http://x.test","click")', passwordHash: "x" } });
    const cohort = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "+Export, cohort" } });
    await tdb.db.cohortMember.createMany({ data: [o.learner.id, evil.id].map((userId) => ({ orgId: o.org.id, cohortId: cohort.id, userId })) });
    const due = new Date("2030-01-31T17:00:00Z");
    await tdb.db.assignment.create({ data: { orgId: o.org.id, cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", dueAt: due, assignedById: o.trainer.id } });
    await tdb.db.assignment.create({ data: { orgId: o.org.id, cohortId: cohort.id, kind: "MODULE", contentId: "communication-workshops", assignedById: o.trainer.id } });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2), completedAt: new Date("2029-12-01T10:00:00Z") });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(3), completedAt: new Date("2029-12-02T10:00:00Z") });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(4), contentId: "refund-demand" });
    await tdb.db.enrollment.create({ data: { orgId: o.org.id, userId: o.learner.id, moduleId: "communication-workshops", status: "IN_PROGRESS", progress: 40 } });

    const out = await callerFor(tdb.db, o.trainer).reports.exportResults({ cohortId: cohort.id });
    expect(out.filename).toMatch(/^defuse-results-export-cohort-\d{4}-\d{2}-\d{2}\.csv$/);
    const parsed = Papa.parse<string[]>(out.csv, { skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(header).toContain("Best score");
    expect(rows).toHaveLength(5); // learner: 2 assigned + 1 practised; evil: 2 assigned
    const col = (name: string) => header!.indexOf(name);
    const learnerBilling = rows.find((r) => r[col("Email")] === o.learner.email && r[col("Content ID")] === "billing-error")!;
    expect(learnerBilling[col("Attempts")]).toBe("2");
    expect(learnerBilling[col("Best score")]).toBe("75");
    expect(learnerBilling[col("Latest score")]).toBe("75");
    expect(learnerBilling[col("Due")]).toBe(due.toISOString());
    expect(learnerBilling[col("Last completed")]).toBe("2029-12-02T10:00:00.000Z");
    expect(learnerBilling[col("Cohort")]).toBe("'+Export, cohort");
    const module = rows.find((r) => r[col("Email")] === o.learner.email && r[col("Type")] === "Module")!;
    expect(module[col("Status")]).toBe("IN_PROGRESS");
    expect(module[col("Progress %")]).toBe("40");
    const evilRow = rows.find((r) => r[col("Email")] === evil.email)!;
    expect(evilRow[col("Learner")]).toBe(`'=HYPERLINK("http://x.test","click")`);
    expect(rows.every((r) => r.every((cell) => !/^[=+\-@\t\r]/.test(cell)))).toBe(true);
  });

  it("keeps formulas inert when a spreadsheet splits the file on semicolons or tabs (other locales)", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const ann = await tdb.db.user.create({ data: { orgId: o.org.id, email: `ann-${o.org.slug}@t.test`, name: "Ann;=1+1;", passwordHash: "x" } });
    const cohort = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Team\t@SUM(A1);-2+3" } });
    await tdb.db.cohortMember.create({ data: { orgId: o.org.id, cohortId: cohort.id, userId: ann.id } });
    await tdb.db.assignment.create({ data: { orgId: o.org.id, cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", assignedById: o.trainer.id } });
    const out = await callerFor(tdb.db, o.trainer).reports.exportResults({ cohortId: cohort.id });
    // A semicolon-locale spreadsheet reads each line split on ";" (and honours a field's quotes);
    // some split on tabs. No cell may start with a formula character in any of these readings.
    for (const delimiter of [",", ";", "\t"]) {
      const cells = Papa.parse<string[]>(out.csv, { delimiter, skipEmptyLines: true }).data.flat();
      const live = cells.filter((c) => /^[=+\-@\t\r]/.test(c) || /^"[=+\-@\t\r]/.test(c));
      expect({ delimiter, live }).toEqual({ delimiter, live: [] });
    }
    // The text itself stays readable.
    const row = Papa.parse<string[]>(out.csv, { skipEmptyLines: true }).data.find((r) => r.includes(ann.email))!;
    expect(row).toContain("Ann;'=1+1;");
  });

  it("neutralises every formula trigger", () => {
    for (const s of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) expect(neutraliseCell(s)).toBe(`'${s}`);
    for (const sep of [";", ",", "\t"]) expect(neutraliseCell(`Ann${sep}=1+1`)).toBe(`Ann${sep}'=1+1`);
    expect(neutraliseCell("plain")).toBe("plain");
    expect(neutraliseCell(42)).toBe("42");
    expect(neutraliseCell(null)).toBe("");
  });
});
