import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { strToU8 } from "fflate";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { runRetentionJobs, startJobQueue, TRANSCRIPT_RETENTION, type RetentionJobData } from "../src/jobs/queue";
import { callerFor } from "./trainer-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

const call = (n: number) => Buffer.from(strToU8(`Customer: My bill is wrong (${n}).\nAgent: I'll correct the bill today.`)).toString("base64");
const DAY = 86_400_000;

describe("transcript retention", () => {
  it("the scheduled job deletes calls older than the organisation's retention period, and only those, through the Postgres queue", async () => {
    const keep = await createOrgWithUsers(tdb.db);
    const expire = await createOrgWithUsers(tdb.db);
    for (const o of [keep, expire]) {
      await callerFor(tdb.db, o.trainer).qa.import({ fileName: "a.txt", data: call(1), rubricId: "core-deescalation", agentId: o.learner.id, key: `ret-${o.org.id}` });
    }
    const admin = callerFor(tdb.db, expire.admin);
    expect(await admin.qa.setRetention({ days: 30 })).toEqual({ days: 30 });
    expect(await admin.qa.retention()).toEqual({ days: 30 });

    // on time nothing is due
    expect(await runRetentionJobs(tdb.db, [{ data: { now: new Date(Date.now() + 29 * DAY).toISOString() } }])).toEqual([{}]);
    expect(await tdb.db.transcript.count({ where: { orgId: expire.org.id } })).toBe(1);

    if (tdb.kind !== "postgres") return; // pg-boss needs a real server
    const boss = await startJobQueue({ connectionString: tdb.url });
    try {
      const schedules = await boss.getSchedules();
      expect(schedules.map((s) => s.name)).toContain(TRANSCRIPT_RETENTION);
      // a run 31 days on, sent through the queue and handled as the worker would
      await boss.send(TRANSCRIPT_RETENTION, { now: new Date(Date.now() + 31 * DAY).toISOString() } satisfies RetentionJobData);
      const jobs = await boss.fetch<RetentionJobData>(TRANSCRIPT_RETENTION);
      expect(jobs).toHaveLength(1);
      const [result] = await runRetentionJobs(tdb.db, jobs);
      await boss.complete(TRANSCRIPT_RETENTION, jobs[0]!.id);
      expect(result).toEqual({ [expire.org.id]: 1 });
    } finally {
      await boss.stop({ graceful: false });
    }
    expect(await tdb.db.transcript.count({ where: { orgId: expire.org.id } })).toBe(0);
    expect(await tdb.db.attempt.count({ where: { orgId: expire.org.id, kind: "REAL_CALL" } })).toBe(0);
    expect(await tdb.db.transcript.count({ where: { orgId: keep.org.id } })).toBe(1);
    const audit = await tdb.db.auditLog.findMany({ where: { orgId: expire.org.id, action: { in: ["transcripts.expire", "org.transcriptRetention"] } } });
    expect(audit.map((a) => a.action).sort()).toEqual(["org.transcriptRetention", "transcripts.expire"]);
  });
});
