import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { allLevels, callerFor, CRITERIA, seedAttempt, codeOf } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

const levels = (l: number) => Object.fromEntries(CRITERIA.map((c) => [c, l]));

describe("calibration sessions", () => {
  it("scores stay blind until every invited trainer has scored, then show the spread, and the agreed score becomes the released review", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const second = await tdb.db.user.create({ data: { orgId: o.org.id, email: `t2-${o.org.slug}@t.test`, name: "Second Trainer", passwordHash: "x", role: "TRAINER" } });
    const outsider = await tdb.db.user.create({ data: { orgId: o.org.id, email: `t3-${o.org.slug}@t.test`, name: "Not Invited", passwordHash: "x", role: "TRAINER" } });
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2) });
    const organiser = callerFor(tdb.db, o.trainer);
    const invited = callerFor(tdb.db, second);
    const { sessionId } = await organiser.qa.openCalibration({ attemptId: attempt.id, trainerIds: [second.id] });

    // the invited trainer finds the session waiting for their score; the organiser's invite list is everyone else
    expect((await invited.qa.calibrations({})).items).toMatchObject([{ sessionId, state: "OPEN", mineToScore: true, scored: 0, invited: 2 }]);
    expect((await callerFor(tdb.db, outsider).qa.calibrations({})).items).toEqual([]);
    expect((await organiser.qa.colleagues()).map((c) => c.name).sort()).toEqual(expect.arrayContaining(["Not Invited", "Second Trainer"]));
    expect((await organiser.qa.colleagues()).some((c) => c.id === o.trainer.id)).toBe(false);

    await organiser.qa.scoreCalibration({ sessionId, levels: levels(3) });
    const blind = await invited.qa.calibration({ sessionId });
    expect(blind.state).toBe("OPEN");
    expect(blind.spread).toBeNull();
    expect(blind.mine).toBeNull();
    expect(JSON.stringify(blind)).not.toContain('"level":3');
    expect(blind.trainers.find((t) => t.id === o.trainer.id)?.scored).toBe(true);
    expect(await codeOf(callerFor(tdb.db, outsider).qa.calibration({ sessionId }))).toBe("NOT_FOUND");
    expect(await codeOf(invited.qa.agreeCalibration({ sessionId, levels: levels(3) }))).toBe("FORBIDDEN");

    const last = await invited.qa.scoreCalibration({ sessionId, levels: { ...levels(1), "composure-boundaries": 3 } });
    expect(last.closed).toBe(true);
    const open = await invited.qa.calibration({ sessionId });
    expect(open.state).toBe("CLOSED");
    const ack = open.spread!.find((c) => c.criterionId === "acknowledge-emotion")!;
    expect(ack).toMatchObject({ autoLevel: 2, min: 1, max: 3 });
    expect(open.differsMost).not.toBeNull();
    expect(await codeOf(invited.qa.scoreCalibration({ sessionId, levels: levels(4) }))).toBe("CONFLICT");

    const review = await organiser.qa.agreeCalibration({ sessionId, levels: levels(3), comment: "Agreed: strong acknowledgement." });
    expect(review).toBeTruthy();
    const learnerView = await callerFor(tdb.db, o.learner).review.releasedForAttempt({ attemptId: attempt.id });
    expect(learnerView).toMatchObject({ score: 75, comment: "Agreed: strong acknowledgement." });

    const report = await organiser.qa.calibrationReport();
    const byName = new Map(report.map((r) => [r.trainerId, r]));
    expect(byName.get(o.trainer.id)).toMatchObject({ sessions: 1, meanAbsoluteDifference: 0 });
    // second trainer: 2 levels off on four criteria, 0 on one => 8/5
    expect(byName.get(second.id)).toMatchObject({ sessions: 1, meanAbsoluteDifference: 1.6 });
    // over time: one month so far, the same figure
    expect(byName.get(second.id)!.months).toEqual([{ month: expect.any(Date), sessions: 1, meanAbsoluteDifference: 1.6 }]);
    const audit = await tdb.db.auditLog.findMany({ where: { orgId: o.org.id, action: { startsWith: "calibration." } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["calibration.agree", "calibration.open", "calibration.score", "calibration.score"]);
  });

  it("the organiser can close early; nobody can invite a trainer from another organisation", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const other = await createOrgWithUsers(tdb.db);
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2) });
    const organiser = callerFor(tdb.db, o.trainer);
    expect(await codeOf(organiser.qa.openCalibration({ attemptId: attempt.id, trainerIds: [other.trainer.id] }))).toBe("NOT_FOUND");
    const { sessionId } = await organiser.qa.openCalibration({ attemptId: attempt.id, trainerIds: [o.admin.id] });
    await organiser.qa.scoreCalibration({ sessionId, levels: levels(2) });
    expect(await codeOf(callerFor(tdb.db, o.admin).qa.closeCalibration({ sessionId }))).toBe("FORBIDDEN");
    await organiser.qa.closeCalibration({ sessionId });
    const view = await callerFor(tdb.db, o.admin).qa.calibration({ sessionId });
    expect(view.state).toBe("CLOSED");
    expect(view.spread![0]!.levels).toHaveLength(1);
  });
});
