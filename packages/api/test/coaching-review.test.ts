/**
 * The coaching loop, item 1 of issue 17: what a trainer releases is exactly what the learner sees,
 * and one scoring rule serves the automatic score and the trainer's. Real database, attempts
 * played through the learner services (no stubs of the engine).
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { callerFor, CRITERIA, seedAttempt } from "./trainer-fixtures";
import { RUDE_BILLING, SKILLED_BILLING } from "./learner-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

type Caller = ReturnType<typeof callerFor>;

async function playAndFinish(learner: Caller, lines: string[], scenarioId = "billing-error") {
  const { attemptId } = await learner.learner.startAttempt({ scenarioId, mode: "freeText" });
  for (const text of lines) {
    const r = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text });
    if (r.ended) break;
  }
  return learner.learner.finishAttempt({ attemptId });
}

/** The levels the review screen pre-fills, sent back unchanged. */
async function unchanged(trainer: Caller, attemptId: string) {
  const screen = await trainer.review.get({ attemptId });
  return screen.criteria.map((c) => ({ criterionId: c.criterionId, level: c.level }));
}

describe("one scoring rule for the automatic and the trainer's score", () => {
  it("a review that changes nothing releases exactly the automatic score and verdict, for played attempts", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const learner = callerFor(tdb.db, o.learner);
    const trainer = callerFor(tdb.db, o.trainer);
    const played = [
      await playAndFinish(learner, SKILLED_BILLING),
      await playAndFinish(learner, SKILLED_BILLING.slice(0, 2)),
      await playAndFinish(learner, ["Hello, how can I help?", "OK, I see. Anything else?"]),
    ];
    for (const p of played) {
      const released = await trainer.review.release({ attemptId: p.id, criteria: await unchanged(trainer, p.id) });
      const row = await tdb.db.attempt.findUniqueOrThrow({ where: { id: p.id } });
      expect(released.score).toBe(row.autoScore);
      expect(released.passed).toBe(row.autoPassed);
      expect(row.score).toBe(row.autoScore);
    }
  });

  it("keeps the engine's points for unchanged criteria even when they sit between level steps", async () => {
    const o = await createOrgWithUsers(tdb.db);
    // The engine gives points on a continuous scale: 13.3 of 20 at level 3 (the level grid says 15).
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: Object.fromEntries(CRITERIA.map((c) => [c, 3])) });
    const off = { "acknowledge-emotion": 13.3, "understand-problem": 13.1, "ownership-resolution": 17.4, "clear-communication": 10.2, "composure-boundaries": 13.6 };
    for (const [criterionId, points] of Object.entries(off)) {
      await tdb.db.criterionScore.updateMany({ where: { attemptId: attempt.id, criterionId, source: "auto" }, data: { points } });
    }
    await tdb.db.attempt.update({ where: { id: attempt.id }, data: { autoScore: 68, score: 68, autoPassed: false, passed: false } });
    const trainer = callerFor(tdb.db, o.trainer);
    const same = await trainer.review.saveDraft({ attemptId: attempt.id, criteria: await unchanged(trainer, attempt.id) });
    expect(same.score).toBe(68); // 13.3 + 13.1 + 17.4 + 10.2 + 13.6 = 67.6
    // Raising one criterion changes only that criterion's points: 67.6 - 17.4 + 25 = 75.2.
    const raised = CRITERIA.map((c) => ({ criterionId: c, level: c === "ownership-resolution" ? 4 : 3, comment: c === "ownership-resolution" ? "Clear next steps." : "" }));
    const r = await trainer.review.release({ attemptId: attempt.id, criteria: raised });
    expect(r).toMatchObject({ score: 75, passed: true });
  });
});

describe("what the trainer releases reaches the learner", () => {
  it("shows the trainer's levels, points, comments, cleared critical behaviour with its reason and line comments", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const learner = callerFor(tdb.db, o.learner);
    const trainer = callerFor(tdb.db, o.trainer);
    // Rude from the first line, so the engine flags it before the customer hangs up (engine v2 plays
    // no turns after the customer has gone).
    const finished = await playAndFinish(learner, [RUDE_BILLING[3]!, RUDE_BILLING[4]!]);
    expect(finished.result?.critical.flagged.length).toBeGreaterThan(0);
    expect(finished.result?.passed).toBe(false);
    await learner.learner.saveReflection({ attemptId: finished.id, wentWell: "I kept going.", doDifferently: "Not snap back." });

    const screen = await trainer.review.get({ attemptId: finished.id });
    // The trainer sees what the learner saw first, and what they wrote afterwards.
    expect(screen.openingLine).toBe(finished.openingLine);
    expect(screen.openingLine?.length).toBeGreaterThan(10);
    expect(screen.reflection).toMatchObject({ wentWell: "I kept going.", doDifferently: "Not snap back." });
    expect(screen.critical).toMatchObject({ decision: null, stands: true });
    expect(screen.critical.flagged[0]?.quotes.length).toBeGreaterThan(0);

    const criteria = screen.criteria.map((c) => ({
      criterionId: c.criterionId,
      level: c.criterionId === "acknowledge-emotion" || c.criterionId === "ownership-resolution" ? 4 : c.level,
      comment: c.criterionId === "acknowledge-emotion" ? "You named her worry in turn 2." : c.criterionId === "ownership-resolution" ? "You took it on yourself." : "",
    }));
    // Clearing the flag needs a reason the learner can read.
    const noReason = await trainer.review.release({ attemptId: finished.id, criteria, critical: { decision: "CLEARED" } }).catch((e: unknown) => e);
    expect(noReason).toBeInstanceOf(TRPCError);
    expect(((noReason as TRPCError).cause as { field?: string }).field).toBe("criticalReason");
    // Nothing was released by the failed attempt.
    expect((await learner.learner.attempt({ attemptId: finished.id })).result?.source).toBe("automatic");

    const released = await trainer.review.release({
      attemptId: finished.id,
      criteria,
      comment: "Better than the score says; watch the first line.",
      critical: { decision: "CLEARED", reason: "Quoting the customer's own words back is not an insult here." },
      turnComments: [{ turn: 0, comment: "This is where the call turned." }],
    });

    const seen = await learner.learner.attempt({ attemptId: finished.id });
    const r = seen.result!;
    expect(r.source).toBe("trainer");
    expect(r.score).toBe(released.score);
    expect(r.passed).toBe(released.passed);
    expect(r.critical).toMatchObject({ decision: "CLEARED", reason: "Quoting the customer's own words back is not an insult here.", stands: false });
    const ack = r.criteria.find((c) => c.id === "acknowledge-emotion")!;
    expect(ack).toMatchObject({ level: 4, changed: true, comment: "You named her worry in turn 2.", points: 20 });
    expect(r.criteria.find((c) => c.id === "ownership-resolution")).toMatchObject({ level: 4, points: 25, comment: "You took it on yourself." });
    // The rubric adds up to the official score.
    expect(Math.round(r.criteria.reduce((s, c) => s + c.points, 0))).toBe(r.score);
    expect(r.review).toMatchObject({ comment: "Better than the score says; watch the first line.", reviewer: o.trainer.name });
    expect(seen.turns[0]?.trainerComment).toBe("This is where the call turned.");
    expect(seen.turns.slice(1).every((t) => t.trainerComment === null)).toBe(true);
    // Strengths follow the official levels, not the automatic ones.
    expect(r.strengths.join(" ")).toMatch(/level 4\/4/);
    // Without the critical flag standing, the verdict is the score against the pass mark, for a call
    // that ended in a way that can pass: a call the customer never saw resolved still does not pass.
    expect(r.passed).toBe(r.score >= r.passMark && (seen.outcome === "resolved" || seen.outcome === "ended"));

    const progress = await learner.learner.progress();
    const fb = progress.releasedReviews.find((x) => x.attemptId === finished.id)!;
    expect(fb).toMatchObject({ score: released.score, comment: "Better than the score says; watch the first line.", critical: { decision: "CLEARED" }, lineComments: 1 });
    expect(fb.criteria.map((c) => [c.criterionId, c.level, c.comment])).toEqual(
      expect.arrayContaining([
        ["acknowledge-emotion", 4, "You named her worry in turn 2."],
        ["ownership-resolution", 4, "You took it on yourself."],
      ]),
    );

    // The audit trail records the ruling.
    const audit = await tdb.db.auditLog.findFirstOrThrow({ where: { orgId: o.org.id, action: "review.release", targetId: finished.id } });
    expect(audit.after).toMatchObject({ critical: { decision: "CLEARED" } });
  });

  it("a confirmed critical behaviour fails the attempt whatever the score, and a trainer can raise one the check missed", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const learner = callerFor(tdb.db, o.learner);
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: Object.fromEntries(CRITERIA.map((c) => [c, 4])) });
    const criteria = CRITERIA.map((c) => ({ criterionId: c, level: 4 }));
    // Raising one needs a reason.
    expect(await trainer.review.release({ attemptId: attempt.id, criteria, critical: { decision: "CONFIRMED" } }).then(() => "OK", (e: TRPCError) => e.code)).toBe("BAD_REQUEST");
    const r = await trainer.review.release({ attemptId: attempt.id, criteria, critical: { decision: "CONFIRMED", reason: "Turn 2 promises a refund the policy rules out." } });
    expect(r).toMatchObject({ score: 100, passed: false });
    const seen = await learner.learner.attempt({ attemptId: attempt.id });
    expect(seen.result).toMatchObject({ score: 100, passed: false, critical: { decision: "CONFIRMED", stands: true, reason: "Turn 2 promises a refund the policy rules out." } });
  });

  it("a saved draft with a ruling and line comments releases as it was saved, and changes nothing for the learner before", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const trainer = callerFor(tdb.db, o.trainer);
    const learner = callerFor(tdb.db, o.learner);
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: Object.fromEntries(CRITERIA.map((c) => [c, 3])) });
    await trainer.review.saveDraft({
      attemptId: attempt.id,
      criteria: CRITERIA.map((c) => ({ criterionId: c, level: 3 })),
      comment: "Draft note",
      turnComments: [{ turn: 1, comment: "Good, concrete." }],
    });
    expect((await learner.learner.attempt({ attemptId: attempt.id })).turns[1]?.trainerComment).toBeNull();
    expect((await trainer.review.get({ attemptId: attempt.id })).transcript[1]?.comment).toBe("Good, concrete.");
    // A comment on a line that does not exist is refused.
    expect(
      await trainer.review
        .saveDraft({ attemptId: attempt.id, criteria: CRITERIA.map((c) => ({ criterionId: c, level: 3 })), turnComments: [{ turn: 7, comment: "?" }] })
        .then(() => "OK", (e: TRPCError) => e.code),
    ).toBe("BAD_REQUEST");
    await trainer.review.release({ attemptId: attempt.id });
    const seen = await learner.learner.attempt({ attemptId: attempt.id });
    expect(seen.turns[1]?.trainerComment).toBe("Good, concrete.");
    expect(seen.result?.review?.comment).toBe("Draft note");
  });
});
