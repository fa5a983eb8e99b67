import { createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { LaunchError, loadSessionUser, publicJwks, signInFromLaunch, startLogin, verifyLaunch } from "../../src";
import { completeDynamicRegistration } from "../../src/services/lti/registrations";
import { callerFor } from "../trainer-fixtures";
import { PlatformSimulator } from "./platform-simulator";

process.env.AUTH_SECRET ??= "test-secret-for-lti-keys-0123456789abcdef";
// The simulated platform listens on plain http://127.0.0.1: the operator's setting for a private
// host has to be given explicitly (Defuse refuses both by default; see services/outbound).
process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
const cfg = { baseUrl: "http://defuse.test", secret: process.env.AUTH_SECRET };

let tdb: TestDatabase;
let o: OrgWithUsers;
let sim: PlatformSimulator;
beforeAll(async () => {
  tdb = await createTestDatabase();
  o = await createOrgWithUsers(tdb.db);
  sim = await new PlatformSimulator().start();
  // The simulator listens on whatever port the system gives: that one port is allowed, no other.
  process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = new URL(sim.url).port;
  await callerFor(tdb.db, o.admin).lti.createRegistration(sim.registration());
});
afterAll(async () => {
  await sim?.stop();
  await tdb?.drop();
});

/** Login initiation as the platform starts it, then the platform's signed answer. */
async function login(sub: string, claims: Record<string, unknown> = {}, tokenOpts: Parameters<PlatformSimulator["idToken"]>[1] = {}) {
  const { redirectUrl, state } = await startLogin(tdb.db, cfg, { iss: sim.issuer, login_hint: sub, client_id: sim.clientId, target_link_uri: `${cfg.baseUrl}/api/lti/launch` });
  const auth = sim.checkAuthRequest(redirectUrl);
  expect(auth.redirect_uri).toBe(`${cfg.baseUrl}/api/lti/launch`);
  const idToken = await sim.idToken(sim.claims(auth, claims), tokenOpts);
  return { idToken, state, cookieState: state };
}

/** The same, for another simulated platform (its own issuer, client id and keys). */
async function loginAt(p: PlatformSimulator, sub: string) {
  const { redirectUrl, state } = await startLogin(tdb.db, cfg, { iss: p.issuer, login_hint: sub, client_id: p.clientId, target_link_uri: `${cfg.baseUrl}/api/lti/launch` });
  const idToken = await p.idToken(p.claims(p.checkAuthRequest(redirectUrl)));
  return { idToken, state, cookieState: state };
}

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(LaunchError);
  return (e as LaunchError).reason;
}

describe("LTI 1.3 launch", () => {
  it("signs a platform learner in by (registration, sub), creating a learner the first time and the same account after", async () => {
    const post = await login("lms-user-1");
    const launch = await verifyLaunch(tdb.db, post);
    expect(launch.orgId).toBe(o.org.id);
    const first = await signInFromLaunch(tdb.db, launch);
    expect(first.created).toBe(true);
    expect(first.user.role).toBe("LEARNER");
    expect(first.user.name).toBe("Robin Agent");
    const me = await loadSessionUser(tdb.db, first.ref);
    expect(me?.orgId).toBe(o.org.id);

    const again = await signInFromLaunch(tdb.db, await verifyLaunch(tdb.db, await login("lms-user-1")));
    expect(again.created).toBe(false);
    expect(again.user.id).toBe(first.user.id);
  });

  it("never signs in by a claimed email: a platform account claiming a Defuse admin's address gets its own learner account", async () => {
    const r = await signInFromLaunch(tdb.db, await verifyLaunch(tdb.db, await login("lms-impostor", { email: o.admin.email })));
    expect(r.user.id).not.toBe(o.admin.id);
    expect(r.user.role).toBe("LEARNER");
    expect(r.user.email).not.toBe(o.admin.email);
  });

  it("an Instructor's first launch creates a learner unless the admin lets this registration's Instructors become trainers (audited); a launch never changes an existing account's role", async () => {
    const INSTRUCTOR = { "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"] };
    const launchAs = async (sub: string, claims: Record<string, unknown> = INSTRUCTOR) => (await signInFromLaunch(tdb.db, await verifyLaunch(tdb.db, await login(sub, claims)))).user;
    const admin = callerFor(tdb.db, o.admin);
    const [reg] = await admin.lti.listRegistrations();
    // The safe default: anyone who can create a course in the LMS is an Instructor there, and gets no more than a learner here.
    expect(reg!.instructorsBecomeTrainers).toBe(false);
    const early = await launchAs("lms-teacher");
    expect(early.role).toBe("LEARNER");
    expect(await tdb.db.auditLog.findFirst({ where: { action: "lti.account.create", targetId: early.id }, select: { after: true } })).toMatchObject({
      after: { role: "LEARNER", lmsInstructor: true },
    });

    // Only this organisation's admin changes it: a trainer is refused, another organisation's admin does not find it.
    await expect(callerFor(tdb.db, o.trainer).lti.setInstructorPolicy({ id: reg!.id, instructorsBecomeTrainers: true })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const other = await createOrgWithUsers(tdb.db);
    await expect(callerFor(tdb.db, other.admin).lti.setInstructorPolicy({ id: reg!.id, instructorsBecomeTrainers: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await admin.lti.listRegistrations())[0]!.instructorsBecomeTrainers).toBe(false);

    await admin.lti.setInstructorPolicy({ id: reg!.id, instructorsBecomeTrainers: true });
    expect((await admin.lti.listRegistrations())[0]!.instructorsBecomeTrainers).toBe(true);
    const audit = await tdb.db.auditLog.findFirst({ where: { orgId: o.org.id, action: "lti.registration.instructor_policy", targetId: reg!.id }, orderBy: { createdAt: "desc" } });
    expect(audit).toMatchObject({ actorId: o.admin.id, before: { instructorsBecomeTrainers: false }, after: { instructorsBecomeTrainers: true } });
    const teacher = await launchAs("lms-teacher-2");
    expect(teacher.role).toBe("TRAINER");
    // The Instructor who came in as a learner stays one until an admin promotes them: a launch never raises a role.
    expect((await launchAs("lms-teacher")).role).toBe("LEARNER");

    await admin.lti.setInstructorPolicy({ id: reg!.id, instructorsBecomeTrainers: false });
    // An existing trainer keeps the role; a new Instructor is a learner again.
    expect((await launchAs("lms-teacher-2")).role).toBe("TRAINER");
    expect((await launchAs("lms-teacher-3")).role).toBe("LEARNER");
    // An admin who also has an LMS account is never lowered by a launch, as Instructor or as learner.
    await tdb.db.user.update({ where: { id: teacher.id }, data: { role: "ADMIN" } });
    expect((await launchAs("lms-teacher-2")).role).toBe("ADMIN");
    expect((await launchAs("lms-teacher-2", {})).role).toBe("ADMIN");
    expect((await tdb.db.user.findUniqueOrThrow({ where: { id: teacher.id } })).role).toBe("ADMIN");
  });

  it("refuses a replayed nonce: the same form post works once", async () => {
    const post = await login("lms-user-2");
    await verifyLaunch(tdb.db, post);
    expect(await refusal(verifyLaunch(tdb.db, post))).toBe("replayed");
  });

  it("refuses a token meant for another tool (wrong audience)", async () => {
    expect(await refusal(verifyLaunch(tdb.db, await login("lms-user-3", {}, { aud: "someone-else" })))).toBe("wrong_audience");
    // Several audiences with an azp naming someone else.
    expect(await refusal(verifyLaunch(tdb.db, await login("lms-user-3", { azp: "someone-else" }, { aud: [sim.clientId, "someone-else"] })))).toBe("wrong_audience");
  });

  it("refuses an expired token, and one issued long ago", async () => {
    const now = Math.floor(Date.now() / 1000);
    expect(await refusal(verifyLaunch(tdb.db, await login("lms-user-4", {}, { iat: now - 900, exp: now - 600 })))).toBe("expired");
    expect(await refusal(verifyLaunch(tdb.db, await login("lms-user-4", {}, { iat: now - 3600, exp: now + 600 })))).toBe("expired");
  });

  it("refuses an unknown deployment", async () => {
    expect(await refusal(verifyLaunch(tdb.db, await login("lms-user-5", { "https://purl.imsglobal.org/spec/lti/claim/deployment_id": "not-registered" })))).toBe("unknown_deployment");
  });

  it("refuses a token signed with a key the platform's JWKS does not hold", async () => {
    expect(await refusal(verifyLaunch(tdb.db, await login("lms-user-6", {}, { key: sim.rogue })))).toBe("unknown_key");
  });

  it("refuses a token whose nonce is not this login's, a state this browser does not hold, and a wrong message version", async () => {
    expect(await refusal(verifyLaunch(tdb.db, await login("lms-user-7", { nonce: "another-nonce" })))).toBe("replayed");
    const post = await login("lms-user-7");
    expect(await refusal(verifyLaunch(tdb.db, { ...post, cookieState: "someone-elses-state" }))).toBe("state_mismatch");
    expect(await refusal(verifyLaunch(tdb.db, await login("lms-user-7", { "https://purl.imsglobal.org/spec/lti/claim/version": "1.1" })))).toBe("unsupported_message");
  });

  it("says cookies are blocked when the browser did not send the state cookie back", async () => {
    const post = await login("lms-user-8");
    expect(await refusal(verifyLaunch(tdb.db, { ...post, cookieState: null }))).toBe("cookies_blocked");
  });

  it("a token whose signature was tampered with is still refused as a bad signature, not as a key-server problem", async () => {
    const post = await login("lms-user-9");
    const [h, p, sig] = post.idToken.split(".");
    const forged = `${h}.${p}.${sig!.slice(0, 10)}${sig![10] === "A" ? "B" : "A"}${sig!.slice(11)}`;
    expect(await refusal(verifyLaunch(tdb.db, { ...post, idToken: forged }))).toBe("bad_signature");
    expect(await tdb.db.auditLog.count({ where: { orgId: o.org.id, action: "lti.launch_keyset_failed" } })).toBe(0);
  });

  it("refuses login initiation from an unregistered platform", async () => {
    expect(await refusal(startLogin(tdb.db, cfg, { iss: "https://unknown.example", login_hint: "x" }))).toBe("unknown_registration");
  });
});

describe("LTI keys and registration", () => {
  it("publishes the tool's public key, never a private part, and keeps the old key published after rotation", async () => {
    const admin = callerFor(tdb.db, o.admin);
    const [reg] = await admin.lti.listRegistrations();
    const before = await publicJwks(tdb.db);
    expect(before.keys.map((k) => k.kid)).toContain(reg!.currentKid);
    for (const k of before.keys) expect(k).not.toHaveProperty("d");
    expect(JSON.stringify(await admin.lti.listRegistrations())).not.toMatch(/"d"|privateKey/);
    const stored = await tdb.db.ltiToolKey.findFirstOrThrow({ where: { kid: reg!.currentKid! } });
    const privateD = (await import("../../src/services/lti/keys")).openPrivateJwk(stored.privateKeyJwe, cfg.secret);
    expect(stored.privateKeyJwe).not.toContain((await privateD).d!);

    const rotated = await admin.lti.rotateKey({ id: reg!.id });
    expect(rotated.currentKid).not.toBe(reg!.currentKid);
    const after = (await publicJwks(tdb.db)).keys.map((k) => k.kid);
    expect(after).toEqual(expect.arrayContaining([reg!.currentKid, rotated.currentKid]));
    const audit = await tdb.db.auditLog.findMany({ where: { orgId: o.org.id, action: { startsWith: "lti." } }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(["lti.registration.create", "lti.key.rotate"]));
    // Past the grace period only the new key is published.
    const later = (await publicJwks(tdb.db, new Date(Date.now() + 49 * 3600_000))).keys.map((k) => k.kid);
    expect(later).toContain(rotated.currentKid);
    expect(later).not.toContain(reg!.currentKid);
  });

  it("another organisation's admin cannot rotate or see this organisation's registration", async () => {
    const b = await createOrgWithUsers(tdb.db);
    const [reg] = await callerFor(tdb.db, o.admin).lti.listRegistrations();
    await expect(callerFor(tdb.db, b.admin).lti.rotateKey({ id: reg!.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await callerFor(tdb.db, b.admin).lti.listRegistrations()).toEqual([]);
  });

  it("LTI Dynamic Registration: the platform opens Defuse's link and ends up registered in the admin's organisation", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const platform = await new PlatformSimulator().start();
    platform.clientId = "dyn-client-1";
    const ports = process.env.DEFUSE_OUTBOUND_ALLOW_PORTS;
    process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = `${ports} ${new URL(platform.url).port}`;
    try {
      const prev = process.env.DEFUSE_URL;
      process.env.DEFUSE_URL = cfg.baseUrl;
      const link = await callerFor(tdb.db, org.admin).lti.registrationLink();
      process.env.DEFUSE_URL = prev;
      const invite = new URL(link.url).searchParams.get("invite")!;
      const reg = await completeDynamicRegistration(tdb.db, cfg, { invite, openidConfiguration: `${platform.url}/.well-known/openid-configuration`, registrationToken: "reg-token-1" });
      expect(platform.registrationRequests[0]).toMatchObject({
        initiate_login_uri: `${cfg.baseUrl}/api/lti/login`,
        jwks_uri: `${cfg.baseUrl}/api/lti/jwks`,
        redirect_uris: [`${cfg.baseUrl}/api/lti/launch`],
      });
      const rows = await callerFor(tdb.db, org.admin).lti.listRegistrations();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ id: reg.id, issuer: platform.issuer, clientId: "dyn-client-1", deploymentIds: [platform.deploymentId], jwksUrl: `${platform.url}/jwks` });
      // A forged invitation is refused.
      await expect(completeDynamicRegistration(tdb.db, cfg, { invite: `${invite}x`, openidConfiguration: `${platform.url}/.well-known/openid-configuration` })).rejects.toThrow(
        /expired or is not valid/,
      );
    } finally {
      process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = ports;
      await platform.stop();
    }
  });
});

describe("when Defuse cannot get the platform's keys (issue 16)", () => {
  // A launch is checked against the platform's published keys (its JWKS), fetched through the
  // outbound guard. When the guard refuses that address, or the key server is down or answers
  // something that is not a key set, the learner is told that, not that their launch was invalid,
  // and the organisation's audit log says which host and why (for the admin who set the URL).
  const started: PlatformSimulator[] = [];
  afterAll(async () => {
    for (const p of started) await p.stop();
  });

  /** Another platform, registered by the admin while its port was allowed, whose keyset URL is then `jwksUrl` (as stored before ports were checked). */
  async function platformWithKeyset(jwksUrl: (p: PlatformSimulator) => string) {
    const p = await new PlatformSimulator().start();
    started.push(p);
    p.clientId = `keyset-${started.length}`;
    const ports = process.env.DEFUSE_OUTBOUND_ALLOW_PORTS;
    process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = `${ports} ${new URL(p.url).port}`;
    const reg = await callerFor(tdb.db, o.admin).lti.createRegistration({ ...p.registration(), name: `Platform ${p.clientId}` });
    process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = ports;
    await tdb.db.ltiRegistration.update({ where: { id: reg.id }, data: { jwksUrl: jwksUrl(p) } });
    return { p, reg };
  }
  const keysetAudit = (registrationId: string) => tdb.db.auditLog.findMany({ where: { orgId: o.org.id, action: "lti.launch_keyset_failed", targetId: registrationId } });

  it("a keyset on a port the operator did not allow: refused by the outbound policy, never fetched, audited; allowing the port lets the same launch through", async () => {
    const { p, reg } = await platformWithKeyset((q) => `${q.url}/jwks`);
    const post = await loginAt(p, "port-1");
    const e = await verifyLaunch(tdb.db, post).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(LaunchError);
    expect((e as LaunchError).reason).toBe("keyset_refused");
    expect((e as LaunchError).message).toMatch(/outbound policy/);
    expect((e as LaunchError).message).toMatch(/administrator/);
    expect(p.jwksRequests).toBe(0);
    const audit = await keysetAudit(reg.id);
    expect(audit).toHaveLength(1);
    const entry = JSON.stringify(audit[0]!.after);
    expect(entry).toContain(`127.0.0.1:${new URL(p.url).port}`);
    expect(entry).toMatch(/port/);
    expect(entry, "no token in the audit log").not.toContain(post.idToken.split(".")[1]!);
    expect(entry).not.toContain("/jwks");

    const ports = process.env.DEFUSE_OUTBOUND_ALLOW_PORTS;
    process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = `${ports} ${new URL(p.url).port}`;
    try {
      expect((await verifyLaunch(tdb.db, await loginAt(p, "port-2"))).registrationId).toBe(reg.id);
      expect(p.jwksRequests).toBe(1);
    } finally {
      process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = ports;
    }
  });

  it("repeated launches against a broken key server leave one audit entry per registration and reason every 10 minutes, not one per attempt", async () => {
    // Anyone can start a login and post a well-formed token; while the key server is broken each
    // attempt would otherwise add a row to the organisation's audit log.
    const { p, reg } = await platformWithKeyset((q) => `${q.url}/jwks`);
    for (let i = 0; i < 5; i++) expect(await refusal(verifyLaunch(tdb.db, await loginAt(p, `flood-${i}`)))).toBe("keyset_refused");
    expect(await keysetAudit(reg.id)).toHaveLength(1);
    // Ten minutes later the still-broken key server is audited again.
    await tdb.db.auditLog.updateMany({ where: { targetId: reg.id, action: "lti.launch_keyset_failed" }, data: { createdAt: new Date(Date.now() - 11 * 60_000) } });
    expect(await refusal(verifyLaunch(tdb.db, await loginAt(p, "flood-later")))).toBe("keyset_refused");
    expect(await keysetAudit(reg.id)).toHaveLength(2);
  });

  it("a keyset at an address Defuse never calls (the metadata service) is refused the same way", async () => {
    const { p, reg } = await platformWithKeyset(() => "http://169.254.169.254/latest/meta-data/jwks");
    expect(await refusal(verifyLaunch(tdb.db, await loginAt(p, "meta-1")))).toBe("keyset_refused");
    expect(JSON.stringify((await keysetAudit(reg.id))[0]?.after)).toMatch(/169\.254\.169\.254.*link-local/);
  });

  it("a key server that is down, or answers something that is not a key set, gets its own page too", async () => {
    // A port that was just free: nothing listens there.
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise((r) => closed.close(r));
    const ports = process.env.DEFUSE_OUTBOUND_ALLOW_PORTS;
    process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = `${ports} ${deadPort}`;
    try {
      const down = await platformWithKeyset(() => `http://127.0.0.1:${deadPort}/jwks`);
      const e = await verifyLaunch(tdb.db, await loginAt(down.p, "down-1")).catch((x: unknown) => x);
      expect((e as LaunchError).reason).toBe("keyset_unavailable");
      expect((e as LaunchError).message).toMatch(/could not be reached/);
      expect((e as LaunchError).message).toMatch(/administrator/);
      expect(JSON.stringify((await keysetAudit(down.reg.id))[0]?.after)).toMatch(/refused the connection/);
    } finally {
      process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = ports;
    }
    // Allowed and reachable, but a 404 page or JSON that is not a key set.
    for (const path of ["/no-such-page", "/.well-known/openid-configuration"]) {
      const { p, reg } = await platformWithKeyset((q) => `${sim.url}${path}?for=${q.clientId}`);
      expect(await refusal(verifyLaunch(tdb.db, await loginAt(p, `garbage-${path}`))), path).toBe("keyset_unavailable");
      expect(await keysetAudit(reg.id)).toHaveLength(1);
    }
  });
});
