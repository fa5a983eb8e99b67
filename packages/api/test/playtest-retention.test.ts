/**
 * The play-test purge (issue 13) on a real database, through the pg-boss queue as the worker runs
 * it: finished play-tests past the retention period and abandoned unfinished ones past the shorter
 * one go, recent ones and other organisations' stay, and each organisation's purge is audited.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { PLAYTEST_RETENTION, runPlaytestRetentionJobs, startJobQueue, type RetentionJobData } from "../src/jobs/queue";
import { playtestRetention } from "../src/services/authoring/playtestRetention";
import { callerFor } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(() => tdb?.drop());

const DAY = 86_400_000;

/** A trainer's scenario with play-tests started through the api, then moved back in time. */
async function orgWithPlaytests() {
  const o = await createOrgWithUsers(tdb.db);
  const trainer = callerFor(tdb.db, o.trainer);
  const { id } = await trainer.authoring.create({ from: "billing-error", title: "Purge me" });
  const start = async () => (await trainer.authoring.startPlaytest({ id, mode: "freeText" })).sessionId;
  const age = async (sessionId: string, days: { completed?: number | null; idle: number }) => {
    const at = (d: number) => new Date(Date.now() - d * DAY);
    await tdb.db.playtestSession.updateMany({
      where: { id: sessionId, orgId: o.org.id },
      data: { createdAt: at(Math.max(days.idle, days.completed ?? 0) + 1), updatedAt: at(days.idle), completedAt: days.completed == null ? null : at(days.completed) },
    });
  };
  return { o, trainer, start, age };
}

describe("play-test purge", () => {
  it("reads its periods from the environment, 30 and 7 days unless set", () => {
    expect(playtestRetention({})).toEqual({ finishedDays: 30, abandonedDays: 7 });
    expect(playtestRetention({ PLAYTEST_RETENTION_DAYS: "90", PLAYTEST_ABANDONED_DAYS: "2" })).toEqual({ finishedDays: 90, abandonedDays: 2 });
    // nonsense falls back to the defaults rather than deleting everything
    expect(playtestRetention({ PLAYTEST_RETENTION_DAYS: "0", PLAYTEST_ABANDONED_DAYS: "soon" })).toEqual({ finishedDays: 30, abandonedDays: 7 });
  });

  it("a turn keeps an unfinished play-test alive: its last activity is what ages it", async () => {
    const { o, trainer, start, age } = await orgWithPlaytests();
    const sessionId = await start();
    await age(sessionId, { idle: 20 });
    await trainer.authoring.playtestTurn({ attemptId: sessionId, clientTurnId: "turn-one-0001", text: "I'm so sorry about the bill. Let me look into it now." });
    const row = await tdb.db.playtestSession.findFirstOrThrow({ where: { id: sessionId, orgId: o.org.id }, select: { updatedAt: true } });
    expect(Date.now() - row.updatedAt.getTime()).toBeLessThan(DAY);
  });

  it("the scheduled job deletes old finished and abandoned play-tests, keeps recent ones and other organisations', and audits it", async () => {
    const a = await orgWithPlaytests();
    const b = await orgWithPlaytests();
    const oldFinished = await a.start();
    await a.age(oldFinished, { completed: 31, idle: 31 });
    const recentFinished = await a.start();
    await a.age(recentFinished, { completed: 29, idle: 29 });
    // started long ago but finished recently: kept (retention runs from the finish)
    const longRunFinished = await a.start();
    await a.age(longRunFinished, { completed: 3, idle: 3 });
    const abandoned = await a.start();
    await a.age(abandoned, { idle: 8 });
    const inProgress = await a.start();
    await a.age(inProgress, { idle: 6 });
    // organisation B's play-tests are just as old, but the job runs for A and B alike: B's recent one stays
    const bOld = await b.start();
    await b.age(bOld, { completed: 40, idle: 40 });
    const bRecent = await b.start();
    await b.age(bRecent, { idle: 1 });

    const ids = async (orgId: string) => (await tdb.db.playtestSession.findMany({ where: { orgId }, select: { id: true } })).map((r) => r.id).sort();

    if (tdb.kind !== "postgres") {
      await runPlaytestRetentionJobs(tdb.db, [{ data: {} }]);
    } else {
      const boss = await startJobQueue({ connectionString: tdb.url });
      try {
        expect((await boss.getSchedules()).map((s) => s.name)).toContain(PLAYTEST_RETENTION);
        await boss.send(PLAYTEST_RETENTION, { now: new Date().toISOString() } satisfies RetentionJobData);
        const jobs = await boss.fetch<RetentionJobData>(PLAYTEST_RETENTION);
        expect(jobs).toHaveLength(1);
        const [result] = await runPlaytestRetentionJobs(tdb.db, jobs);
        await boss.complete(PLAYTEST_RETENTION, jobs[0]!.id);
        expect(result![a.o.org.id]).toEqual({ finished: 1, abandoned: 1 });
        expect(result![b.o.org.id]).toEqual({ finished: 1, abandoned: 0 });
      } finally {
        await boss.stop({ graceful: false });
      }
    }

    expect(await ids(a.o.org.id)).toEqual([recentFinished, longRunFinished, inProgress].sort());
    expect(await ids(b.o.org.id)).toEqual([bRecent]);
    // the purged one is gone for its trainer too; the kept one still opens
    expect((await a.trainer.authoring.playtest({ sessionId: inProgress })).status).toBe("IN_PROGRESS");
    await expect(a.trainer.authoring.playtest({ sessionId: oldFinished })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const audit = await tdb.db.auditLog.findMany({ where: { orgId: a.o.org.id, action: "playtests.expire" }, select: { actorId: true, after: true } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorId).toBeNull();
    expect(audit[0]!.after).toMatchObject({ finished: 1, abandoned: 1, finishedDays: 30, abandonedDays: 7 });
    // the admin's audit log names it
    const log = await callerFor(tdb.db, a.o.admin).audit.list({});
    expect(JSON.stringify(log)).toContain("Old play-tests deleted");

    // a second run finds nothing more and writes no second entry
    expect(await runPlaytestRetentionJobs(tdb.db, [{ data: {} }])).toEqual([{}]);
    expect(await tdb.db.auditLog.count({ where: { orgId: a.o.org.id, action: "playtests.expire" } })).toBe(1);
  });
});
