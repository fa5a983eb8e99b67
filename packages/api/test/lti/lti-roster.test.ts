import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { captureContext, publicJwks, signInFromLaunch, startLogin, verifyLaunch } from "../../src";
import { callerFor, codeOf } from "../trainer-fixtures";
import { PlatformSimulator } from "./platform-simulator";

process.env.AUTH_SECRET ??= "test-secret-for-lti-keys-0123456789abcdef";
// The simulated platform listens on plain http://127.0.0.1: the operator's setting for a private
// host has to be given explicitly (Defuse refuses both by default; see services/outbound).
process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
// Its fake servers listen on whatever port the system gives (only 443 and 80 are allowed by default).
process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = "1024-65535";
const cfg = { baseUrl: "http://defuse.test", secret: process.env.AUTH_SECRET };
const LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
const INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

let tdb: TestDatabase;
let o: OrgWithUsers;
let other: OrgWithUsers;
let sim: PlatformSimulator;
let tool: Server;
let cohortId: string;
beforeAll(async () => {
  tdb = await createTestDatabase();
  o = await createOrgWithUsers(tdb.db);
  other = await createOrgWithUsers(tdb.db);
  tool = createServer((_req, res) => void publicJwks(tdb.db).then((j) => (res.writeHead(200, { "content-type": "application/json" }), res.end(JSON.stringify(j)))));
  await new Promise<void>((r) => tool.listen(0, "127.0.0.1", r));
  sim = await new PlatformSimulator().start();
  sim.clientId = "nrps-client";
  sim.toolJwksUrl = `http://127.0.0.1:${(tool.address() as AddressInfo).port}/api/lti/jwks`;
  await callerFor(tdb.db, o.admin).lti.createRegistration(sim.registration());
  cohortId = (await callerFor(tdb.db, o.admin).cohort.create({ name: "LMS induction group" })).id;
  await callerFor(tdb.db, o.admin).cohort.addMembers({ cohortId, userIds: [o.trainer.id] });
}, 120_000);
afterAll(async () => {
  await sim?.stop();
  await new Promise((r) => tool?.close(r));
  await tdb?.drop();
});

const nrpsClaim = () => ({
  "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice": { context_memberships_url: `${sim.url}/courses/course-1/memberships`, service_versions: ["2.0"] },
});

async function launchAs(sub: string, claims: Record<string, unknown> = {}) {
  const { redirectUrl, state } = await startLogin(tdb.db, cfg, { iss: sim.issuer, login_hint: sub, client_id: sim.clientId, target_link_uri: `${cfg.baseUrl}/api/lti/launch` });
  const auth = sim.checkAuthRequest(redirectUrl);
  const launch = await verifyLaunch(tdb.db, { idToken: await sim.idToken(sim.claims(auth, claims)), state, cookieState: state });
  await signInFromLaunch(tdb.db, launch);
  await captureContext(tdb.db, launch);
  return launch;
}

const activeMembers = async () => (await tdb.db.cohortMember.findMany({ where: { cohortId, removedAt: null }, select: { user: { select: { name: true } } } })).map((m) => m.user.name).sort();

describe("Names and Role Provisioning: a trainer syncs the LMS course roster into a cohort", () => {
  let contextId: string;

  it("a launch that offers NRPS makes the course available for sync; one without it cannot be synced", async () => {
    await launchAs("teacher-1", { ...nrpsClaim(), "https://purl.imsglobal.org/spec/lti/claim/roles": [INSTRUCTOR] });
    await launchAs("lms-x", { "https://purl.imsglobal.org/spec/lti/claim/context": { id: "course-2", title: "No roster course" } });
    const contexts = await callerFor(tdb.db, o.trainer).lti.contexts();
    const course1 = contexts.find((c) => c.contextId === "course-1")!;
    expect(course1).toMatchObject({ title: "Contact centre induction", canSync: true, platform: "Simulated LMS" });
    expect(contexts.find((c) => c.contextId === "course-2")).toMatchObject({ canSync: false });
    contextId = course1.id;
    const noRoster = contexts.find((c) => c.contextId === "course-2")!.id;
    expect(await codeOf(callerFor(tdb.db, o.trainer).lti.syncRoster({ contextId: noRoster, cohortId }))).toBe("PRECONDITION_FAILED");
  });

  it("adds the course's active learners (linking existing LMS accounts, creating the rest), never instructors or inactive members", async () => {
    await launchAs("stu-1", { name: "Asha Patel" }); // already has a Defuse account through a launch
    sim.rosterPageSize = 2; // three pages: the sync must follow rel="next"
    sim.roster = [
      { user_id: "stu-1", name: "Asha Patel", roles: [LEARNER], status: "Active" },
      { user_id: "stu-2", name: "Ben Okafor", email: "ben@lms.example", roles: [LEARNER] },
      { user_id: "stu-3", name: "Cara Doyle", roles: ["Learner"], status: "Inactive" },
      { user_id: "teacher-1", name: "Teach Er", roles: [INSTRUCTOR] },
      { user_id: "stu-4", given_name: "Dev", family_name: "Singh", email: o.admin.email, roles: [LEARNER] },
    ];
    const r = await callerFor(tdb.db, o.trainer).lti.syncRoster({ contextId, cohortId });
    expect(r).toMatchObject({ added: 3, removed: 0, created: 2, rosterSize: 5, cohort: "LMS induction group" });
    expect(await activeMembers()).toEqual(["Asha Patel", "Ben Okafor", "Dev Singh", o.trainer.name].sort());
    // Matched by the platform's user id, never by email: the roster member claiming the admin's address is someone else.
    const dev = await tdb.db.user.findFirst({ where: { name: "Dev Singh" }, select: { email: true, role: true, orgId: true } });
    expect(dev).toMatchObject({ role: "LEARNER", orgId: o.org.id });
    expect(dev!.email).not.toBe(o.admin.email);
    const audit = await tdb.db.auditLog.findFirst({ where: { orgId: o.org.id, action: "lti.roster_sync" }, orderBy: { createdAt: "desc" } });
    expect(audit?.actorId).toBe(o.trainer.id);
  });

  it("a second sync removes those who left or became inactive, keeps their history, and never touches members added by hand", async () => {
    await callerFor(tdb.db, o.admin).cohort.addMembers({ cohortId, userIds: [o.learner.id] }); // added by hand
    sim.roster = [
      { user_id: "stu-1", name: "Asha Patel", roles: [LEARNER] },
      { user_id: "stu-2", name: "Ben Okafor", roles: [LEARNER], status: "Inactive" },
      { user_id: "stu-5", name: "Eve Marsh", roles: [LEARNER] },
    ];
    const r = await callerFor(tdb.db, o.trainer).lti.syncRoster({ contextId, cohortId });
    expect(r).toMatchObject({ added: 1, removed: 2, unchanged: 1, created: 1 });
    expect(await activeMembers()).toEqual(["Asha Patel", "Eve Marsh", o.learner.name, o.trainer.name].sort());
    const ben = await tdb.db.user.findFirst({ where: { name: "Ben Okafor" }, select: { id: true } });
    const history = await tdb.db.cohortMember.findMany({ where: { cohortId, userId: ben!.id }, select: { removedAt: true } });
    expect(history).toHaveLength(1);
    expect(history[0]!.removedAt).not.toBeNull();
    // Syncing again with nothing changed changes nothing.
    expect(await callerFor(tdb.db, o.trainer).lti.syncRoster({ contextId, cohortId })).toMatchObject({ added: 0, removed: 0, unchanged: 2, created: 0 });
  });

  it("is scoped: another organisation cannot see or sync the course, a learner cannot sync, and a trainer cannot sync into a cohort that is not theirs", async () => {
    expect(await callerFor(tdb.db, other.trainer).lti.contexts()).toEqual([]);
    expect(await codeOf(callerFor(tdb.db, other.admin).lti.syncRoster({ contextId, cohortId }))).toBe("NOT_FOUND");
    expect(await codeOf(callerFor(tdb.db, o.learner).lti.syncRoster({ contextId, cohortId }))).toBe("FORBIDDEN");
    const notMine = (await callerFor(tdb.db, o.admin).cohort.create({ name: "Someone else's group" })).id;
    expect(await codeOf(callerFor(tdb.db, o.trainer).lti.syncRoster({ contextId, cohortId: notMine }))).toBe("NOT_FOUND");
  });

  it("says clearly when the platform refuses the roster", async () => {
    const saved = sim.toolJwksUrl;
    sim.toolJwksUrl = `${sim.url}/jwks`; // the platform now checks the tool's assertion against the wrong keys: token refused
    try {
      await expect(callerFor(tdb.db, o.trainer).lti.syncRoster({ contextId, cohortId })).rejects.toThrow(/roster could not be read: The platform's token endpoint answered 401/);
    } finally {
      sim.toolJwksUrl = saved;
    }
  });
});
