/**
 * Role-play attempt procedures against a real database (no mocks): start, turn, hint, finish,
 * resume, idempotent turns, and other people's attempts being unreachable.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { catalogue } from "@defuse/content";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { createCaller, createContextInner, type SessionUser } from "../src";
import { isUniqueViolation } from "../src/errors";
import { RUDE_BILLING, SKILLED_BILLING } from "./learner-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await tdb?.drop();
});

const asSession = (u: { id: string; email: string; name: string; role: SessionUser["role"]; orgId: string }): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  orgId: u.orgId,
});
const callerFor = (u: Parameters<typeof asSession>[0]) => createCaller(createContextInner({ db: tdb.db, user: asSession(u) }));

async function setup() {
  const org = await createOrgWithUsers(tdb.db);
  return { org, learner: callerFor(org.learner), trainer: callerFor(org.trainer) };
}

async function codeOf(p: Promise<unknown>) {
  try {
    await p;
    return "OK";
  } catch (err) {
    if (err instanceof TRPCError) return err.code;
    throw err;
  }
}

async function play(api: ReturnType<typeof callerFor>, attemptId: string, lines: string[]) {
  let last;
  for (const text of lines) {
    last = await api.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text });
    if (last.ended) break;
  }
  return last!;
}

describe("learner role-play attempts", () => {
  it("starts, resumes the same attempt, stores each turn once, and keeps the conversation across requests", async () => {
    const { org, learner } = await setup();
    const started = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    expect(started.resumed).toBe(false);
    // Shaped like the cuid() ids Prisma gives attempts elsewhere: it is part of the practice page's address.
    expect(started.attemptId).toMatch(/^c[a-z0-9]{24}$/);
    const again = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    expect(again).toEqual({ attemptId: started.attemptId, resumed: true });

    const clientTurnId = randomUUID();
    const first = await learner.learner.takeTurn({ attemptId: started.attemptId, clientTurnId, text: SKILLED_BILLING[0]! });
    expect(first.duplicate).toBe(false);
    expect(first.turn.index).toBe(0);
    expect(first.turn.customerLine.length).toBeGreaterThan(0);
    expect(first.turn.reason.length).toBeGreaterThan(0);
    expect(first.turn.tensionAfter).toBeLessThan(first.turn.tensionBefore);
    expect(first.turn.techniques.map((t) => t.id)).toEqual(expect.arrayContaining(["apology"]));

    // A double-submitted turn (a retry after a lost response) is stored once and answered the same.
    const resent = await learner.learner.takeTurn({ attemptId: started.attemptId, clientTurnId, text: SKILLED_BILLING[0]! });
    expect(resent.duplicate).toBe(true);
    expect(resent.turn).toEqual(first.turn);
    // ... also when both copies arrive at once.
    const racedId = randomUUID();
    const raced = await Promise.all([
      learner.learner.takeTurn({ attemptId: started.attemptId, clientTurnId: racedId, text: SKILLED_BILLING[1]! }),
      learner.learner.takeTurn({ attemptId: started.attemptId, clientTurnId: racedId, text: SKILLED_BILLING[1]! }),
    ]);
    expect(raced[0].turn).toEqual(raced[1].turn);
    expect(await tdb.db.attemptTurn.count({ where: { attemptId: started.attemptId } })).toBe(2);

    // A "refresh": a fresh caller reads the same attempt with every turn in order.
    const resumed = await callerFor(org.learner).learner.attempt({ attemptId: started.attemptId });
    expect(resumed.status).toBe("IN_PROGRESS");
    expect(resumed.turns.map((t) => t.agentText)).toEqual([SKILLED_BILLING[0], SKILLED_BILLING[1]]);
    expect(resumed.tension).toBe(raced[0].turn.tensionAfter);
  });

  it("a call takes at most MAX_CALL_TURNS replies: the next is refused with a message saying to finish, and nothing is stored", async () => {
    const { learner } = await setup();
    const { MAX_CALL_TURNS } = await import("../src/services/learner/turns");
    const started = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    // A call that has run to one short of the limit without ending (stored turns as takeTurn writes them).
    await tdb.db.attemptTurn.createMany({
      data: Array.from({ length: MAX_CALL_TURNS - 1 }, (_, index) => ({
        attemptId: started.attemptId, index, clientTurnId: `long-${index}`, agentText: "Let me just check that.", labels: {},
        customerLine: "Go on then.", tensionBefore: 50, tensionAfter: 50, reason: "",
      })),
    });
    const last = await learner.learner.takeTurn({ attemptId: started.attemptId, clientTurnId: randomUUID(), text: "Thanks for bearing with me." });
    expect(last.turn.index).toBe(MAX_CALL_TURNS - 1);
    const over = learner.learner.takeTurn({ attemptId: started.attemptId, clientTurnId: randomUUID(), text: "One more thing." });
    await expect(over).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringMatching(new RegExp(`reached ${MAX_CALL_TURNS} replies.*Finish the attempt`)) });
    expect(await tdb.db.attemptTurn.count({ where: { attemptId: started.attemptId } })).toBe(MAX_CALL_TURNS);
    // Finishing still gives the scorecard.
    const done = await learner.learner.finishAttempt({ attemptId: started.attemptId });
    expect(done.status).toBe("COMPLETED");
  });

  it("validates replies with clear messages: empty, too long, and odd input", async () => {
    const { learner } = await setup();
    const { attemptId } = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    const empty = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: "   \n " }).catch((e) => e);
    expect(empty).toBeInstanceOf(TRPCError);
    expect(empty.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(empty.cause)).toContain("Type what you would say");
    const long = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: "a".repeat(2001) }).catch((e) => e);
    expect(long.code).toBe("BAD_REQUEST");
    expect(JSON.stringify(long.cause)).toContain("under 2,000 characters");
    // Exactly 2,000 emoji are 2,000 characters (not 4,000 UTF-16 units): accepted.
    const emoji = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: "🙂".repeat(2000) });
    expect(emoji.turn.index).toBe(0);
    const pasted = await learner.learner.takeTurn({
      attemptId,
      clientTurnId: randomUUID(),
      text: `${SKILLED_BILLING[0]}\n\n${SKILLED_BILLING[1]}\n\n${SKILLED_BILLING[2]}`,
    });
    expect(pasted.turn.index).toBe(1);
    expect(await tdb.db.attemptTurn.count({ where: { attemptId } })).toBe(2);
  });

  it("plays billing-error with skilled replies to a resolved, passing scorecard", async () => {
    const { org, learner } = await setup();
    const { attemptId } = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    const h = await learner.learner.hint({ attemptId });
    expect(h.name.length).toBeGreaterThan(0);
    expect(h.hintsUsed).toBe(1);
    const last = await play(learner, attemptId, SKILLED_BILLING);
    expect(last.outcome).toBe("resolved");
    expect(last.ended).toBe(true);

    const done = await learner.learner.finishAttempt({ attemptId });
    expect(done.status).toBe("COMPLETED");
    expect(done.passed).toBe(true);
    expect(done.score).toBeGreaterThanOrEqual(70);
    expect(done.turns[0]!.hinted).toBe(true);
    expect(done.result?.criteria.length).toBeGreaterThan(0);
    const row = await tdb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row).toMatchObject({ status: "COMPLETED", reviewState: "PENDING", autoPassed: true, hintsUsed: 1, outcome: "resolved" });
    expect(row.techniques).toEqual(expect.arrayContaining(["apology", "solution"]));
    const criteria = await tdb.db.criterionScore.findMany({ where: { attemptId } });
    expect(criteria.length).toBe(done.result!.criteria.length);
    expect(criteria.every((c) => c.source === "auto" && c.orgId === org.org.id)).toBe(true);
    // The cohort dashboard averages the attempt's official levels: the engine's until a review is released.
    expect(row.officialLevels).toEqual(Object.fromEntries(criteria.map((c) => [c.criterionId, c.level])));

    // Finishing twice is harmless; turns after the end are refused, re-sent old turns still answer.
    expect((await learner.learner.finishAttempt({ attemptId })).score).toBe(done.score);
    expect(await codeOf(learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: "Hello?" }))).toBe("PRECONDITION_FAILED");
    const old = await learner.learner.takeTurn({ attemptId, clientTurnId: done.turns[0]!.clientTurnId, text: SKILLED_BILLING[0]! });
    expect(old.duplicate).toBe(true);

    const reflection = await learner.learner.saveReflection({ attemptId, wentWell: "Owning it early 🙂", doDifferently: "Ask about the receipt sooner." });
    expect(reflection.wentWell).toBe("Owning it early 🙂");
    expect((await learner.learner.attempt({ attemptId })).reflection?.doDifferently).toBe("Ask about the receipt sooner.");

    // A new start after finishing begins a new attempt.
    const next = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    expect(next.attemptId).not.toBe(attemptId);

    const progress = await learner.learner.progress();
    expect(progress.scenarios.find((s) => s.id === "billing-error")).toMatchObject({ attempts: 1, bestScore: done.score, latestScore: done.score });
    expect(progress.mastery.find((m) => m.id === "apology")?.used).toBe(1);
    expect(progress.pendingFeedback).toHaveLength(1);
  });

  it("plays billing-error rudely: the customer escalates and the attempt fails", async () => {
    const { learner } = await setup();
    const { attemptId } = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    const last = await play(learner, attemptId, RUDE_BILLING);
    expect(last.tension).toBeGreaterThan(62);
    expect(last.outcome).toBe("escalated");
    const done = await learner.learner.finishAttempt({ attemptId });
    expect(done.passed).toBe(false);
    expect(done.result?.improvement?.betterPhrasing.length).toBeGreaterThan(0);
    const row = await tdb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.pitfalls.length).toBeGreaterThan(0);
  });

  it("stores and shows the critical behaviour, quoted, and the replies scored (engine v2)", async () => {
    const { learner } = await setup();
    const { attemptId } = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    await play(learner, attemptId, [
      "I'm so sorry about the twenty minutes on hold and that bill. What does the extra charge say?",
      "Don't worry about the £59.98, I'll give you three free months to make up for it.",
    ]);
    const done = await learner.learner.finishAttempt({ attemptId });
    expect(done.passed).toBe(false);
    expect(done.result?.turnsScored).toBe(2);
    expect(done.result?.firstCritical).toMatchObject({ behaviour: "forbidden-promise", turn: 1 });
    expect(done.result?.firstCritical?.quote).toMatch(/three free months/);
    expect(done.result?.verdict).toMatch(/^Not passed: turn 2/);
    // the stored result reads back the same on a fresh view
    const view = await learner.learner.attempt({ attemptId });
    expect(view.result?.firstCritical?.quote).toBe(done.result?.firstCritical?.quote);
    for (const c of view.result!.criteria) if (c.points > 0) expect(c.reason).toMatch(/"/);
  });

  it("plays a branching scenario to the end by picking offered replies", async () => {
    const { learner } = await setup();
    const { attemptId } = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "branching" });
    let view = await learner.learner.attempt({ attemptId });
    expect(view.mode).toBe("branching");
    expect(view.choices.length).toBeGreaterThan(0);
    let choices = view.choices;
    let ended = false;
    for (let i = 0; i < 20 && !ended; i++) {
      const r = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), choiceId: choices[0]!.id });
      expect(r.turn.reason.length).toBeGreaterThan(0);
      expect(r.turn.feedback?.length).toBeGreaterThan(0);
      ended = r.ended;
      choices = r.choices;
    }
    expect(ended).toBe(true);
    expect(await codeOf(learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: "free text is not a choice" }))).not.toBe("OK");
    const done = await learner.learner.finishAttempt({ attemptId });
    expect(done.status).toBe("COMPLETED");
    view = await learner.learner.attempt({ attemptId });
    expect(view.turns.every((t) => t.choiceId)).toBe(true);
  });

  it("shuffles branching choices per attempt, keeping the order on reload", async () => {
    const { learner } = await setup();
    const orders = new Set<string>();
    let attemptId = "";
    for (let i = 0; i < 6; i++) {
      ({ attemptId } = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "branching", restart: true }));
      const first = await learner.learner.attempt({ attemptId });
      const again = await learner.learner.attempt({ attemptId });
      expect(again.choices).toEqual(first.choices); // a reload shows the same order
      orders.add(first.choices.map((c) => c.id).join(","));
    }
    expect(orders.size).toBeGreaterThan(1); // the data's order is not what every attempt sees
    const view = await learner.learner.attempt({ attemptId });
    const r = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), choiceId: view.choices[1]!.id });
    const reloaded = await learner.learner.attempt({ attemptId });
    expect(reloaded.choices).toEqual(r.choices);
  });

  it("never lets another learner, a trainer or another organisation reach someone's attempt", async () => {
    const { org, learner } = await setup();
    const { attemptId } = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    const turn = await learner.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: SKILLED_BILLING[0]! });
    const classmate = await tdb.db.user.create({
      data: { orgId: org.org.id, email: `classmate-${randomUUID()}@test.defuse`, name: "Classmate", passwordHash: "x", role: "LEARNER" },
    });
    const other = await createOrgWithUsers(tdb.db);
    for (const intruder of [callerFor(classmate), callerFor(org.trainer), callerFor(org.admin), callerFor(other.admin), callerFor(other.learner)]) {
      expect(await codeOf(intruder.learner.attempt({ attemptId }))).toBe("NOT_FOUND");
      expect(await codeOf(intruder.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: "Hello" }))).toBe("NOT_FOUND");
      // Even with the real clientTurnId, a stored turn is not handed over.
      expect(await codeOf(intruder.learner.takeTurn({ attemptId, clientTurnId: turn.turn.clientTurnId, text: "Hello" }))).toBe("NOT_FOUND");
      expect(await codeOf(intruder.learner.hint({ attemptId }))).toBe("NOT_FOUND");
      expect(await codeOf(intruder.learner.finishAttempt({ attemptId }))).toBe("NOT_FOUND");
      expect(await codeOf(intruder.learner.abandonAttempt({ attemptId }))).toBe("NOT_FOUND");
      expect(await codeOf(intruder.learner.saveReflection({ attemptId, wentWell: "x" }))).toBe("NOT_FOUND");
    }
    expect(await tdb.db.attemptTurn.count({ where: { attemptId } })).toBe(1);
    const row = await tdb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(row.status).toBe("IN_PROGRESS");
  });

  it("records the abusive-caller intensity and restarts on request", async () => {
    const { learner } = await setup();
    const abusive = catalogue.scenarios.find((s) => s.contentWarning);
    expect(abusive).toBeTruthy();
    const a = await learner.learner.startAttempt({ scenarioId: abusive!.id, mode: "freeText", intensity: "reduced" });
    expect((await learner.learner.attempt({ attemptId: a.attemptId })).intensity).toBe("reduced");
    const b = await learner.learner.startAttempt({ scenarioId: abusive!.id, mode: "freeText", intensity: "full", restart: true });
    expect(b.attemptId).not.toBe(a.attemptId);
    expect((await learner.learner.attempt({ attemptId: a.attemptId })).status).toBe("ABANDONED");
    expect((await learner.learner.attempt({ attemptId: b.attemptId })).intensity).toBe("full");
  });
});

describe("learner attempts written by others", () => {
  it("renders a completed attempt with a thinner stored result (seed data) without failing", async () => {
    const { org, learner } = await setup();
    const rubric = catalogue.rubrics[0]!;
    const row = await tdb.db.attempt.create({
      data: {
        orgId: org.org.id,
        userId: org.learner.id,
        kind: "ROLEPLAY",
        contentId: "billing-error",
        contentVersion: 1,
        rubricId: rubric.id,
        rubricVersion: rubric.version,
        status: "COMPLETED",
        completedAt: new Date(),
        score: 64,
        passed: false,
        autoResult: { criteria: [{ id: rubric.criteria[0]!.id, level: 2, points: 10 }], strengths: ["Stayed calm."], improvement: "Take ownership." },
      },
    });
    const view = await learner.learner.attempt({ attemptId: row.id });
    expect(view.result?.criteria[0]).toMatchObject({ title: rubric.criteria[0]!.title, evidence: [], maxPoints: rubric.criteria[0]!.weight });
    expect(view.result?.improvement.advice).toBe("Take ownership.");
    expect(view.ended).toBe(true);
  });
});

describe("a turn saved twice at the same moment", () => {
  // Two copies of one reply can both pass the read before either writes (a double click on two
  // instances); the single-statement write then fails on a unique key, and takeTurn must treat
  // that as "already stored", not as a server error. This pins the detection on real PostgreSQL.
  it("recognises the unique-key failure of the raw write statement", async () => {
    const { learner } = await setup();
    const { attemptId } = await learner.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    const clientTurnId = randomUUID();
    const insert = () => tdb.db.$queryRaw`
      WITH ins AS (
        INSERT INTO "AttemptTurn" (id, "attemptId", index, "clientTurnId", "agentText", labels, "customerLine", "tensionBefore", "tensionAfter", reason)
        VALUES (${randomUUID()}, ${attemptId}, 0, ${clientTurnId}, 'Hello', '[]'::jsonb, 'Hi', 50, 50, 'held')
        RETURNING id)
      SELECT * FROM ins`;
    await insert();
    const err = await insert().catch((e: unknown) => e);
    expect(isUniqueViolation(err)).toBe(true);
    expect(isUniqueViolation(new Error("connection reset"))).toBe(false);
    // The stored turn is what a retry of that reply gets back.
    const again = await learner.learner.takeTurn({ attemptId, clientTurnId, text: "Hello" });
    expect(again).toMatchObject({ duplicate: true, turn: { agentText: "Hello", customerLine: "Hi" } });
  });
});
