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

  it("creates a trainer when the launch role is Instructor", async () => {
    const r = await signInFromLaunch(
      tdb.db,
      await verifyLaunch(tdb.db, await login("lms-teacher", { "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"] })),
    );
    expect(r.user.role).toBe("TRAINER");
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
      await platform.stop();
    }
  });
});
