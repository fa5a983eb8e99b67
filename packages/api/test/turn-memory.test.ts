/**
 * A role-play turn continues from what this process wrote for the attempt's last turn instead of
 * reading the row back (services/learner/turns.ts, issue 16): the memory must be exactly what a
 * read gives, a turn from it must be one statement, and a memory made out of date by anything
 * else (a hint, a turn served by another worker) must not be used, on a real PostgreSQL.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PREPARED, type Db } from "@defuse/db";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { createCaller, createContextInner, type SessionUser } from "../src";
import { inJsonbOrder, rememberedAttempt } from "../src/services/learner/turns";
import { SKILLED_BILLING } from "./learner-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await tdb?.drop();
});

const asSession = (u: { id: string; email: string; name: string; role: SessionUser["role"]; orgId: string }): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, orgId: u.orgId });

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

describe("a turn continued from this process's memory of the attempt", () => {
  it("remembers exactly what the row holds (keys in jsonb's order too), and takes one statement instead of two", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const { db, counter } = counting(tdb.db);
    const api = createCaller(createContextInner({ db, user: asSession(org.learner) }));
    const { attemptId } = await api.learner.startAttempt({ scenarioId: "billing-error", mode: "freeText" });
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
    // The first turn reads the row; every later one is the write alone.
    expect(statements[0]).toBe(2);
    expect(new Set(statements.slice(1))).toEqual(new Set([1]));
  });

  it("does not use a memory a hint made out of date: the turn reads the row and carries the hint", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const api = createCaller(createContextInner({ db: tdb.db, user: asSession(org.learner) }));
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
    const api = createCaller(createContextInner({ db: tdb.db, user }));
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

  it("orders keys as PostgreSQL's jsonb gives them back", async () => {
    const value = { bb: 1, a: { zz: [{ y: 1, x: 2 }], b: null }, ab: 3, "10": 4, é: 5, "2": 6, ba: "é", aaa: true };
    const [r] = await tdb.db.$queryRaw<Array<{ back: unknown }>>`${PREPARED} SELECT ${JSON.stringify(value)}::jsonb AS back`;
    expect(JSON.stringify(inJsonbOrder(value))).toBe(JSON.stringify(r!.back));
    expect(JSON.stringify(value)).not.toBe(JSON.stringify(r!.back));
  });
});
