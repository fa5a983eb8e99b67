import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { allLevels, seedAttempt, session } from "./trainer-fixtures";

// The trend's weeks are UTC weeks (Monday 00:00 UTC) whatever time zone the server runs in. Each
// server time zone is a child process, since Node reads TZ once per process.
let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
});
afterAll(() => tdb?.drop());

const run = promisify(execFile);
const child = path.join(import.meta.dirname, "cohort-trend-child.ts");
const tsx = path.join(import.meta.dirname, "../../../node_modules/.bin/tsx");

describe("cohort trend week buckets", () => {
  it("starts each week on Monday 00:00 UTC under TZ=UTC and TZ=Europe/Berlin alike", async () => {
    const o = await createOrgWithUsers(tdb.db);
    const cohort = await tdb.db.cohort.create({ data: { orgId: o.org.id, name: "Time zones" } });
    await tdb.db.cohortMember.create({ data: { orgId: o.org.id, cohortId: cohort.id, userId: o.learner.id } });
    // Just after midnight UTC on Monday 30 November, and late on Sunday 6 December (UTC).
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(3), completedAt: new Date("2026-11-30T00:30:00Z") });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(3), completedAt: new Date("2026-12-06T23:30:00Z") });
    const trainer = JSON.stringify(session(o.trainer));

    const expected = [{ week: "2026-11-30T00:00:00.000Z", attempts: 2 }];
    for (const TZ of ["UTC", "Europe/Berlin", "America/New_York"]) {
      const { stdout } = await run(tsx, [child, tdb.url, trainer, cohort.id], { env: { ...process.env, TZ }, timeout: 60_000 });
      expect({ TZ, trend: JSON.parse(stdout) }).toEqual({ TZ, trend: expected });
    }
  }, 120_000);
});
