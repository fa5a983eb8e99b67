/**
 * Issue 11 item 5 (via issue 17): trainers correct the analyser's labels on a turn. Corrections are
 * stored per organisation, audited, counted in the agreement report per label and exported as JSONL
 * in the role-play training format. Real database; the attempt is played through the learner services.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { callerFor } from "./trainer-fixtures";
import { SKILLED_BILLING } from "./learner-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

const codeOf = (p: Promise<unknown>) => p.then(() => "OK", (e: unknown) => (e instanceof TRPCError ? e.code : Promise.reject(e)));

async function played(o: Awaited<ReturnType<typeof createOrgWithUsers>>) {
  const learner = callerFor(tdb.db, o.learner);
  const { attemptId } = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
  for (const text of SKILLED_BILLING) {
    const r = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text });
    if (r.ended) break;
  }
  await learner.learner.finishAttempt({ attemptId });
  return attemptId;
}

describe("trainers correct the analyser's labels", () => {
  it("stores, audits, reports and exports a correction, and undoes it", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const other = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const attemptId = await played(o);

    const screen = await trainer.review.get({ attemptId });
    expect(screen.labelCatalogue.find((l) => l.id === "open_question")?.definition.length).toBeGreaterThan(20);
    const t0 = screen.transcript[0]!;
    const engine = [...t0.techniques, ...t0.pitfalls];
    expect(engine.length).toBeGreaterThan(0);
    const dropped = engine[0]!;
    const extra = ["open_question", "reflection", "follow_up"].find((l) => !engine.includes(l))!;
    const labels = [...engine.filter((l) => l !== dropped), extra];

    const r = await trainer.review.correctLabels({ attemptId, turn: 0, labels });
    expect(r).toMatchObject({ added: [extra], removed: [dropped], changed: true });
    expect(r.labels).toEqual([...labels].sort());
    const rows = await tdb.db.labelCorrection.findMany({ where: { attemptId }, orderBy: { label: "asc" } });
    expect(rows.map((x) => [x.label, x.action, x.orgId, x.trainerId])).toEqual(
      [[extra, "add"], [dropped, "remove"]].sort((a, b) => a[0]!.localeCompare(b[0]!)).map(([l, a]) => [l, a, o.org.id, o.trainer.id]),
    );
    // The review screen shows the trainer's labels for the turn.
    const again = await trainer.review.get({ attemptId });
    expect(again.transcript[0]).toMatchObject({ added: [extra], removed: [dropped], correctedLabels: [...labels].sort() });

    // The same correction twice is one audit entry.
    expect((await trainer.review.correctLabels({ attemptId, turn: 0, labels })).changed).toBe(false);
    const audits = await tdb.db.auditLog.findMany({ where: { orgId: o.org.id, action: "review.labels", targetId: attemptId } });
    expect(audits).toHaveLength(1);
    expect(audits[0]!.after).toMatchObject({ turn: 0, added: [extra], removed: [dropped] });

    // Counted in the agreement report, label by label.
    const report = await trainer.reports.agreement({});
    const byLabel = (id: string) => report.labels.find((l) => l.label === id)!;
    const turns = again.transcript.length;
    expect(byLabel(extra)).toMatchObject({ turns, addedByTrainers: 1, removedByTrainers: 0 });
    expect(byLabel(extra).agreementPercent).toBeCloseTo(((turns - 1) / turns) * 100, 0);
    expect(byLabel(dropped)).toMatchObject({ removedByTrainers: 1, addedByTrainers: 0 });
    expect(byLabel("rude")).toMatchObject({ agreementPercent: 100, addedByTrainers: 0, removedByTrainers: 0 });

    // Exported as training data in the roleplay format, and only to staff of this organisation.
    const exp = await trainer.reports.exportLabelCorrections({});
    expect(exp.count).toBe(1);
    const lines = exp.jsonl.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(lines[0]!)).toEqual(["id", "scenario", "text", "labels"]);
    expect(lines[0]).toMatchObject({ id: `review-${attemptId}-0`, scenario: "billing-error", text: SKILLED_BILLING[0], labels: [...labels].sort() });
    expect((await callerFor(tdb.db, other.admin).reports.exportLabelCorrections({})).count).toBe(0);
    expect(await codeOf(callerFor(tdb.db, o.learner).reports.exportLabelCorrections({}))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(tdb.db, other.admin).review.correctLabels({ attemptId, turn: 0, labels }))).toBe("NOT_FOUND");
    expect(await codeOf(trainer.review.correctLabels({ attemptId, turn: 0, labels: ["mind_reading"] }))).toBe("BAD_REQUEST");
    expect(await codeOf(trainer.review.correctLabels({ attemptId, turn: 40, labels }))).toBe("NOT_FOUND");

    // After a released review, its untouched turns can be exported as confirmed data too.
    const criteria = again.criteria.map((c) => ({ criterionId: c.criterionId, level: c.level }));
    await trainer.review.release({ attemptId, criteria });
    expect((await trainer.reports.exportLabelCorrections({ includeConfirmed: true })).count).toBe(turns);

    // Sending the analyser's own labels clears the correction.
    const undone = await trainer.review.correctLabels({ attemptId, turn: 0, labels: engine });
    expect(undone).toMatchObject({ added: [], removed: [], changed: true });
    expect(await tdb.db.labelCorrection.count({ where: { attemptId } })).toBe(0);
  });
});
