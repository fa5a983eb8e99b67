import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { PgBoss } from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { publicJwks } from "../../src";
import { QUEUES, enqueueGrade, startJobQueue, sweepGrades, workGrades } from "../../src/jobs/queue";
import { captureGradeTarget } from "../../src/services/lti/gradeTargets";
import { setJobQueue } from "../../src/jobs/handle";
import { signInFromLaunch, startLogin, verifyLaunch } from "../../src";
import { CRITERIA, callerFor, seedAttempt } from "../trainer-fixtures";
import { PlatformSimulator } from "./platform-simulator";

process.env.AUTH_SECRET ??= "test-secret-for-lti-keys-0123456789abcdef";
// The simulated platform listens on plain http://127.0.0.1: the operator's setting for a private
// host has to be given explicitly (Defuse refuses both by default; see services/outbound).
process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
// Its fake servers listen on whatever port the system gives (only 443 and 80 are allowed by default).
process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = "1024-65535";
const secret = process.env.AUTH_SECRET;

let tdb: TestDatabase;
let o: OrgWithUsers;
let sim: PlatformSimulator;
let tool: Server;
let boss: PgBoss;
let registrationId: string;
beforeAll(async () => {
  tdb = await createTestDatabase();
  o = await createOrgWithUsers(tdb.db);
  tool = createServer((_req, res) => void publicJwks(tdb.db).then((j) => (res.writeHead(200, { "content-type": "application/json" }), res.end(JSON.stringify(j)))));
  await new Promise<void>((r) => tool.listen(0, "127.0.0.1", r));
  sim = await new PlatformSimulator().start();
  sim.clientId = "ags-client";
  sim.toolJwksUrl = `http://127.0.0.1:${(tool.address() as AddressInfo).port}/api/lti/jwks`;
  registrationId = (await callerFor(tdb.db, o.admin).lti.createRegistration(sim.registration())).id;
  boss = await startJobQueue({ connectionString: tdb.url, retryDelay: 1, retryLimit: 3 });
  await workGrades(boss, tdb.db, secret);
}, 120_000);
afterAll(async () => {
  await boss?.stop({ graceful: false });
  await sim?.stop();
  await new Promise((r) => tool?.close(r));
  await tdb?.drop();
});

async function until<T>(what: () => T | undefined | false, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = what();
    if (v) return v;
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 200));
  }
}

const levels = (n: number) => Object.fromEntries(CRITERIA.map((c) => [c, n]));

describe("AGS grade passback through the durable queue", () => {
  it("posts PendingManual with the automatic score, then FullyGraded with the trainer's score after release", async () => {
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: levels(2) });
    const job = { orgId: o.org.id, registrationId, attemptId: attempt.id, lineItemUrl: `${sim.url}/lineitems/li-1`, platformUserId: "lms-learner-1" };
    await enqueueGrade(boss, job);
    const pending = await until(() => sim.scores.find((s) => s.lineItem === "li-1"));
    expect(pending.score).toMatchObject({ userId: "lms-learner-1", gradingProgress: "PendingManual", activityProgress: "Completed", scoreMaximum: 100, scoreGiven: 50 });

    await callerFor(tdb.db, o.trainer).review.release({
      attemptId: attempt.id,
      criteria: CRITERIA.map((criterionId) => ({ criterionId, level: 4, comment: "Better than the engine saw." })),
      comment: "Strong call.",
    });
    await enqueueGrade(boss, job);
    const graded = await until(() => sim.scores.filter((s) => s.lineItem === "li-1")[1]);
    expect(graded.score).toMatchObject({ gradingProgress: "FullyGraded", scoreGiven: 100 });
    expect(Date.parse(String(graded.score.timestamp))).toBeGreaterThanOrEqual(Date.parse(String(pending.score.timestamp)));
    const audit = await tdb.db.auditLog.count({ where: { orgId: o.org.id, action: "lti.grade.post", targetId: attempt.id } });
    expect(audit).toBe(2);
  });

  it("retries when the platform fails twice, then delivers", async () => {
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: levels(3) });
    sim.failScores = 2;
    await enqueueGrade(boss, { orgId: o.org.id, registrationId, attemptId: attempt.id, lineItemUrl: `${sim.url}/lineitems/li-2`, platformUserId: "lms-learner-2" });
    const got = await until(() => sim.scores.find((s) => s.lineItem === "li-2"), 60_000);
    expect(got.score).toMatchObject({ scoreGiven: 75, gradingProgress: "PendingManual" });
    expect(sim.failScores).toBe(0);
  }, 90_000);

  it("dead-letters a passback the platform keeps refusing, with the attempt it was for", async () => {
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: levels(1) });
    sim.failScores = 1000;
    try {
      await enqueueGrade(boss, { orgId: o.org.id, registrationId, attemptId: attempt.id, lineItemUrl: `${sim.url}/lineitems/li-3`, platformUserId: "lms-learner-3" });
      let dead: { data: { attemptId: string } }[] = [];
      const end = Date.now() + 60_000;
      while (dead.length === 0 && Date.now() < end) {
        await new Promise((r) => setTimeout(r, 500));
        dead = (await boss.findJobs<{ attemptId: string }>(QUEUES.gradeDead, { data: { attemptId: attempt.id } })) as { data: { attemptId: string } }[];
      }
      expect(dead).toHaveLength(1);
      expect(sim.scores.find((s) => s.lineItem === "li-3")).toBeUndefined();

      // The admin sees it with its last error, and after the platform recovers, retries it.
      const admin = callerFor(tdb.db, o.admin);
      const rows = await admin.lti.gradeJobs();
      const row = rows.find((r) => r.attemptId === attempt.id && r.queue === "dead");
      expect(row).toBeDefined();
      expect(await callerFor(tdb.db, (await createOrgWithUsers(tdb.db)).admin).lti.gradeJobs()).toEqual([]);
      sim.failScores = 0;
      setJobQueue(boss);
      await admin.lti.retryGradeJob({ id: row!.id });
      const got = await until(() => sim.scores.find((s) => s.lineItem === "li-3"));
      expect(got.score).toMatchObject({ userId: "lms-learner-3" });
      expect((await admin.lti.gradeJobs()).find((r) => r.id === row!.id)).toBeUndefined();
    } finally {
      setJobQueue(null);
      sim.failScores = 0;
    }
  }, 90_000);

  it("a launch with a line item for a scenario sends that learner's finished attempt to the gradebook on the next sweep", async () => {
    const cfg = { baseUrl: "http://defuse.test" };
    const { redirectUrl, state } = await startLogin(tdb.db, cfg, { iss: sim.issuer, login_hint: "lms-learner-9", client_id: sim.clientId });
    const auth = sim.checkAuthRequest(redirectUrl);
    const idToken = await sim.idToken(
      sim.claims(auth, {
        "https://purl.imsglobal.org/spec/lti/claim/custom": { defuse_path: "/practice/billing-error" },
        "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": { scope: ["https://purl.imsglobal.org/spec/lti-ags/scope/score"], lineitem: `${sim.url}/lineitems/li-9` },
      }),
    );
    const launch = await verifyLaunch(tdb.db, { idToken, state, cookieState: state });
    const { user } = await signInFromLaunch(tdb.db, launch);
    expect(await captureGradeTarget(tdb.db, launch, user.id)).toMatchObject({ contentId: "billing-error" });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: user.id, contentId: "billing-error", levels: levels(4) });
    expect(await sweepGrades(boss, tdb.db)).toBe(1);
    const got = await until(() => sim.scores.find((s) => s.lineItem === "li-9"));
    expect(got.score).toMatchObject({ userId: "lms-learner-9", scoreGiven: 100 });
  });
});
