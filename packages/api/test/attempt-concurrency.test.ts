/**
 * Role-play attempts under concurrent requests on a real PostgreSQL (issue 16, findings 8-10): a
 * hint and a turn at the same moment, a turn sent while the attempt is being finished, concurrent
 * (re)starts, and many finishes through a small connection pool; and turns continued from a
 * worker's memory of the attempt, current or out of date.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { TRPCError } from "@trpc/server";
import { createDb, PREPARED, type Db } from "@defuse/db";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { createCaller, createContextInner, type SessionUser } from "../src";
import { findRubric, findScenario } from "../src/services/learner/content";
import * as engine from "../src/services/learner/engine";
import { inJsonbOrder, json, parseStoredMemo, storedMemoJson, type RoleplayMemo } from "../src/services/learner/attemptMemo";
import { rememberedAttempt } from "../src/services/learner/turns";
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
const callerFor = (db: Db, u: Parameters<typeof asSession>[0]) => createCaller(createContextInner({ db, user: asSession(u) }));

const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "OK",
    (e: unknown) => (e instanceof TRPCError ? e.code : Promise.reject(e)),
  );

/** What the database holds for an attempt: the memo, the columns and the turn rows. */
async function stored(attemptId: string) {
  const a = await tdb.db.attempt.findUniqueOrThrow({ where: { id: attemptId }, include: { turns: { orderBy: { index: "asc" } } } });
  const memo = a.answers as unknown as { state: engine.EngineState; hintPending?: boolean };
  return { a, memo, turns: a.turns };
}

describe("role-play attempts under concurrency", () => {
  it("a hint and a turn sent at the same moment: no lost turn, no lost hint, memo and rows agree", async () => {
    const org = await createOrgWithUsers(tdb.db);
    // Several learners, so the race is tried many times in parallel.
    const learners = await Promise.all(
      Array.from({ length: 6 }, (_, i) => tdb.db.user.create({ data: { orgId: org.org.id, email: `race${i}-${org.org.slug}@t.test`, name: `Race ${i}`, passwordHash: "x" } })),
    );
    const apis = learners.map((u) => callerFor(tdb.db, { ...u, role: "LEARNER" }));
    const attempts = await Promise.all(apis.map((api) => api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" })));

    const hintsGiven = apis.map(() => 0);
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        apis.map(async (api, i) => {
          const [hinted, turned] = await Promise.all([
            outcome(api.learner.hint({ attemptId: attempts[i]!.attemptId })),
            outcome(api.learner.takeTurn({ attemptId: attempts[i]!.attemptId, clientTurnId: randomUUID(), text: SKILLED_BILLING[round]! })),
          ]);
          expect([hinted, turned]).toEqual(["OK", "OK"]);
          hintsGiven[i]!++;
        }),
      );
    }

    for (const [i, { attemptId }] of attempts.entries()) {
      const { a, memo, turns } = await stored(attemptId);
      // Every stored turn is in the memo the engine continues from, and the columns match the last turn.
      expect(turns.length).toBe(3);
      expect(memo.state.turns.length).toBe(turns.length);
      expect(a.tension).toBe(turns.at(-1)!.tensionAfter);
      expect(engine.summary(memo.state).tension).toBe(turns.at(-1)!.tensionAfter);
      for (let r = 1; r < turns.length; r++) expect(turns[r]!.tensionBefore).toBe(turns[r - 1]!.tensionAfter);
      // Every hint is counted, and none is lost: the hint of each round is marked on that round's
      // turn (it came first) or on the next one, or, after the last turn, is still waiting.
      expect(a.hintsUsed).toBe(hintsGiven[i]);
      for (let r = 0; r < turns.length; r++) {
        const markedLater = r + 1 < turns.length ? turns[r + 1]!.hinted : !!memo.hintPending;
        expect({ round: r, marked: turns[r]!.hinted || markedLater }).toEqual({ round: r, marked: true });
      }
    }
  }, 120_000);

  it("a turn sent while the attempt is finishing is either scored or refused, never stored unscored", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const learners = await Promise.all(
      Array.from({ length: 8 }, (_, i) => tdb.db.user.create({ data: { orgId: org.org.id, email: `fin${i}-${org.org.slug}@t.test`, name: `Fin ${i}`, passwordHash: "x" } })),
    );
    const apis = learners.map((u) => callerFor(tdb.db, { ...u, role: "LEARNER" }));
    const scenario = findScenario("billing-error");
    const rubric = findRubric(scenario.rubricId);
    await Promise.all(
      apis.map(async (api) => {
        const { attemptId } = await api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
        await api.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: RUDE_BILLING[0]! });
        const [finished, turn] = await Promise.all([
          outcome(api.learner.finishAttempt({ attemptId })),
          outcome(api.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: SKILLED_BILLING[0]! })),
        ]);
        expect(finished).toBe("OK");
        expect(["OK", "PRECONDITION_FAILED"]).toContain(turn);
        const { a, memo, turns } = await stored(attemptId);
        expect(turns.length).toBe(turn === "OK" ? 2 : 1);
        // The stored score is the score of every stored turn: the engine's records of exactly the
        // stored turns (no more, no fewer), with their texts from the rows, as finishAttempt scores them.
        expect(memo.state.turns.length).toBe(turns.length);
        const rescored = engine.score(
          scenario,
          rubric,
          memo.state.turns.map((t, i) => ({ ...t, agentText: turns[i]!.agentText, customerLine: turns[i]!.customerLine, reason: turns[i]!.reason })),
        );
        expect(a.autoScore).toBe(Math.round(rescored.score));
      }),
    );
  }, 120_000);

  it("concurrent starts and restarts leave exactly one attempt in progress", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const api = callerFor(tdb.db, org.learner);
    const starts = await Promise.all(Array.from({ length: 6 }, () => api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" })));
    expect(new Set(starts.map((s) => s.attemptId)).size).toBe(1);

    const restarts = await Promise.all(Array.from({ length: 6 }, () => api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText", restart: true })));
    const live = await tdb.db.attempt.findMany({ where: { userId: org.learner.id, contentId: "billing-error", kind: "ROLEPLAY", status: "IN_PROGRESS" } });
    expect(live).toHaveLength(1);
    expect(restarts.map((r) => r.attemptId)).toContain(live[0]!.id);
    expect(live[0]!.id).not.toBe(starts[0]!.attemptId);
  }, 120_000);

  it("many learners finishing at once through a two-connection pool all get their scorecard", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const small = createDb(tdb.url, { poolMax: 2 });
    try {
      const learners = await tdb.db.user.createManyAndReturn({
        data: Array.from({ length: 60 }, (_, i) => ({ orgId: org.org.id, email: `load${i}-${org.org.slug}@t.test`, name: `Load ${i}`, passwordHash: "x" })),
      });
      const apis = learners.map((u) => callerFor(small, { ...u, role: "LEARNER" }));
      const ids: string[] = [];
      for (const api of apis) {
        const { attemptId } = await api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
        for (const text of SKILLED_BILLING.slice(0, 2)) await api.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text });
        ids.push(attemptId);
      }
      const results = await Promise.allSettled(apis.map((api, i) => api.learner.finishAttempt({ attemptId: ids[i]! })));
      const failures = results.filter((r) => r.status === "rejected").map((r) => String((r as PromiseRejectedResult).reason).slice(0, 200));
      expect(failures).toEqual([]);
      expect(await tdb.db.attempt.count({ where: { id: { in: ids }, status: "COMPLETED" } })).toBe(60);
      expect(await tdb.db.criterionScore.count({ where: { attemptId: { in: ids } } })).toBe(60 * 5);
    } finally {
      await small.$disconnect();
    }
  }, 240_000);
});

/** The attempt as the turn's read gives it (the same PREPARED path, so the same JSON parsing). */
async function row(attemptId: string) {
  const [r] = await tdb.db.$queryRaw<Array<{ answers: unknown; version: number; turnCount: number; status: string }>>`${PREPARED}
    SELECT a.answers, a.version, a.status::text AS status, (SELECT count(*)::int FROM "AttemptTurn" x WHERE x."attemptId" = a.id) AS "turnCount"
    FROM "Attempt" a WHERE a.id = ${attemptId}`;
  return r!;
}

/** The database client with a count of the SQL statements sent through $queryRaw (what a turn uses). */
function counting(db: Db) {
  const counter = { n: 0 };
  const counted = new Proxy(db, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (prop === "$queryRaw") return (...args: Parameters<Db["$queryRaw"]>) => (counter.n++, target.$queryRaw(...args));
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { db: counted, counter };
}

/**
 * A role-play turn continues from what this process wrote for the attempt's last turn instead of
 * reading the row back (services/learner/turns.ts): the memory must be exactly what a read gives,
 * a turn from it one statement, and a memory made out of date by anything else (a hint, a turn
 * served by another worker) must not be used.
 */
describe("a turn continued from this process's memory of the attempt", () => {
  it("remembers exactly what the row holds (keys in jsonb's order too), from the start on, and takes one statement instead of two", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const { db, counter } = counting(tdb.db);
    const api = callerFor(db, org.learner);
    counter.n = 0;
    const { attemptId } = await api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    // The start: a read (the attempt in progress, the assignment) and the insert.
    expect(counter.n).toBe(2);
    const started = await row(attemptId);
    expect(JSON.stringify(rememberedAttempt(attemptId)!.answers)).toBe(JSON.stringify(started.answers));
    expect({ version: started.version, turnCount: started.turnCount, status: started.status }).toEqual({ version: 0, turnCount: 0, status: "IN_PROGRESS" });
    const statements: number[] = [];
    for (const text of SKILLED_BILLING) {
      counter.n = 0;
      const r = await api.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text });
      statements.push(counter.n);
      const stored = await row(attemptId);
      const memory = rememberedAttempt(attemptId);
      if (r.ended) {
        expect(memory).toBeUndefined();
        break;
      }
      expect(JSON.stringify(memory!.answers)).toBe(JSON.stringify(stored.answers));
      expect({ version: memory!.version, turnCount: memory!.turnCount, status: memory!.status }).toEqual({ version: stored.version, turnCount: stored.turnCount, status: stored.status });
    }
    // Every turn is the write alone, the first too (the start remembered the attempt it inserted).
    expect(new Set(statements)).toEqual(new Set([1]));
  });

  it("does not use a memory a hint made out of date: the turn reads the row and carries the hint", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const api = callerFor(tdb.db, org.learner);
    const { attemptId } = await api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    await api.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: SKILLED_BILLING[0]! });
    await api.learner.hint({ attemptId });
    const second = await api.learner.takeTurn({ attemptId, clientTurnId: randomUUID(), text: SKILLED_BILLING[1]! });
    expect(second.turn.index).toBe(1);
    expect(second.turn.hinted).toBe(true);
    const stored = await row(attemptId);
    expect((stored.answers as { hintPending?: boolean }).hintPending).toBe(false);
    expect(stored.turnCount).toBe(2);
  });

  it("does not use a memory a turn served elsewhere made out of date: no lost, doubled or misnumbered turn", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const user = asSession(org.learner);
    const here = await import("../src/services/learner/turns");
    // Another worker: the same code with a memory of its own.
    vi.resetModules();
    const elsewhere = await import("../src/services/learner/turns");
    expect(elsewhere.takeTurn).not.toBe(here.takeTurn);
    const api = callerFor(tdb.db, org.learner);
    const { attemptId } = await api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    const turn = (m: typeof here, i: number, clientTurnId: string = randomUUID()) => m.takeTurn(tdb.db, user, { attemptId, clientTurnId, text: SKILLED_BILLING[i]! });
    const first = await turn(here, 0);
    const second = await turn(elsewhere, 1);
    const third = await turn(here, 2); // `here` remembers the attempt as it was after the first turn
    expect([first, second, third].map((r) => [r.turn.index, r.duplicate])).toEqual([
      [0, false],
      [1, false],
      [2, false],
    ]);
    expect(third.turn.tensionBefore).toBe(second.turn.tensionAfter);
    // A re-sent turn is answered with the stored one, from either memory.
    const again = await turn(elsewhere, 2, third.turn.clientTurnId);
    expect([again.duplicate, again.turn.index, again.turn.agentText]).toEqual([true, 2, third.turn.agentText]);
    const resent = await turn(here, 2, third.turn.clientTurnId);
    expect([resent.duplicate, resent.turn.index]).toEqual([true, 2]);
    const stored = await row(attemptId);
    expect(stored.turnCount).toBe(3);
    expect((stored.answers as { state: { turns: unknown[] } }).state.turns.length).toBe(3);
  });

  it("writes the same memo whether the earlier turns come from memory (taken as they are) or from a read, and the engine never changes a state it is given", () => {
    const scenario = findScenario("billing-error");
    const deepFreeze = <T>(v: T): T => {
      if (v && typeof v === "object" && !Object.isFrozen(v)) {
        Object.freeze(v);
        for (const x of Object.values(v)) deepFreeze(x);
      }
      return v;
    };
    const played: number[] = [];
    for (const lines of [SKILLED_BILLING, RUDE_BILLING]) {
      let text = storedMemoJson({ state: engine.start(scenario, { seed: 11, intensity: "full" }) });
      let turns = 0;
      for (const line of lines) {
        const remembered = parseStoredMemo(text);
        const read = deepFreeze(JSON.parse(text) as RoleplayMemo);
        const fromMemory = engine.step(scenario, remembered.state, { text: line }).state;
        const fromRead = engine.step(scenario, read.state, { text: line }).state; // throws if it writes to the frozen state
        text = storedMemoJson({ state: fromMemory, hintPending: false, lastHint: null });
        expect(text).toBe(storedMemoJson({ state: fromRead, hintPending: false, lastHint: null }));
        turns++;
        if (engine.summary(fromMemory).ended) break;
      }
      played.push(turns);
    }
    // each call played until it ended (the skilled one resolved, the rude one hung up). Since analyser round 20's model
    // the rude call's first turn ("That's not my problem. … Calm down.") is heard as rude and the customer hangs up at
    // once, so the memo's reuse across turns is exercised by the skilled call's several turns
    expect(played[0]!).toBeGreaterThanOrEqual(3);
    expect(played[1]!).toBeGreaterThanOrEqual(1);
    expect(played[0]! + played[1]!).toBeGreaterThanOrEqual(4);
  });

  it("orders keys as PostgreSQL's jsonb gives them back", async () => {
    const value = { bb: 1, a: { zz: [{ y: 1, x: 2 }], b: null }, ab: 3, "10": 4, é: 5, "2": 6, ba: "é", aaa: true };
    const [r] = await tdb.db.$queryRaw<Array<{ back: unknown }>>`${PREPARED} SELECT ${JSON.stringify(value)}::jsonb AS back`;
    expect(JSON.stringify(inJsonbOrder(value))).toBe(JSON.stringify(r!.back));
    expect(JSON.stringify(value)).not.toBe(JSON.stringify(r!.back));
  });

  it("writes the memo's text as json() does (half an emoji, undefined, dates), so the remembered text reads back as the row", async () => {
    const value = { zz: "half \uD83D", "k\uDE00": [undefined, 1, { when: new Date(Date.UTC(2026, 0, 2)), gone: undefined }], a: "🙂" };
    const [r] = await tdb.db.$queryRaw<Array<{ back: unknown }>>`${PREPARED} SELECT ${JSON.stringify(json(value))}::jsonb AS back`;
    expect(JSON.stringify(inJsonbOrder(value))).toBe(JSON.stringify(r!.back));
    expect(JSON.stringify(r!.back)).toBe('{"a":"🙂","zz":"half \uFFFD","k\uFFFD":[null,1,{"when":"2026-01-02T00:00:00.000Z"}]}');
  });
});

/**
 * startAttempt in two statements (services/learner/attempts.ts): the assignment the attempt counts
 * for is the newest live one of a cohort the learner is still in, and a restart's abandoned attempt
 * takes no more turns, from this process's memory or otherwise.
 */
describe("starting a role-play", () => {
  it("links the newest assignment of the scenario in a cohort the learner is in: not withdrawn, not archived, not left", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const api = callerFor(tdb.db, org.learner);
    const cohort = (name: string) => tdb.db.cohort.create({ data: { orgId: org.org.id, name } });
    const [mine, left, archived, other] = await Promise.all([cohort("Mine"), cohort("Left"), cohort("Archived"), cohort("Not mine")]);
    await tdb.db.cohortMember.createMany({
      data: [
        { orgId: org.org.id, cohortId: mine.id, userId: org.learner.id },
        { orgId: org.org.id, cohortId: left.id, userId: org.learner.id, removedAt: new Date() },
        { orgId: org.org.id, cohortId: archived.id, userId: org.learner.id },
      ],
    });
    await tdb.db.cohort.update({ where: { id: archived.id }, data: { archivedAt: new Date() } });
    let at = Date.UTC(2026, 0, 1);
    const assign = (cohortId: string, contentId = "billing-error", withdrawnAt: Date | null = null) =>
      tdb.db.assignment.create({ data: { orgId: org.org.id, cohortId, kind: "SCENARIO", contentId, assignedById: org.trainer.id, withdrawnAt, createdAt: new Date((at += 60_000)) } });
    const linked = async () => {
      const { attemptId } = await api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText", restart: true });
      return (await tdb.db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).assignmentId;
    };
    expect(await linked()).toBeNull();
    const older = await assign(mine.id);
    const newer = await assign(mine.id);
    expect(await linked()).toBe(newer.id);
    // Newer still, but each one the learner does not count for.
    await assign(mine.id, "billing-error", new Date());
    await assign(left.id);
    await assign(archived.id);
    await assign(other.id);
    await assign(mine.id, "refund-demand");
    expect(await linked()).toBe(newer.id);
    await tdb.db.assignment.update({ where: { id: newer.id }, data: { withdrawnAt: new Date() } });
    expect(await linked()).toBe(older.id);
  });

  it("a restart abandons the attempt in progress, whose next turn is refused and stores nothing", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const api = callerFor(tdb.db, org.learner);
    const first = await api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    await api.learner.takeTurn({ attemptId: first.attemptId, clientTurnId: randomUUID(), text: SKILLED_BILLING[0]! });
    expect(rememberedAttempt(first.attemptId)).toBeDefined();
    const resumed = await api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
    expect(resumed).toEqual({ attemptId: first.attemptId, resumed: true });
    const second = await api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText", restart: true });
    expect(second.resumed).toBe(false);
    expect(second.attemptId).not.toBe(first.attemptId);
    expect(rememberedAttempt(first.attemptId)).toBeUndefined();
    await expect(outcome(api.learner.takeTurn({ attemptId: first.attemptId, clientTurnId: randomUUID(), text: SKILLED_BILLING[1]! }))).resolves.toBe("PRECONDITION_FAILED");
    const old = await stored(first.attemptId);
    expect([old.a.status, old.a.version, old.turns.length]).toEqual(["ABANDONED", 2, 1]);
    const fresh = await stored(second.attemptId);
    expect([fresh.a.status, fresh.a.version, fresh.a.outcome, fresh.a.seed > 0, fresh.memo.state.turns.length]).toEqual(["IN_PROGRESS", 0, "ongoing", true, 0]);
    expect(fresh.a.startedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(fresh.a.startedAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
  });
});
