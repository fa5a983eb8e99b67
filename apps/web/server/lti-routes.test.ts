import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Db } from "@defuse/db";
import { PlatformSimulator } from "../../../packages/api/test/lti/platform-simulator";

vi.mock("server-only", () => ({}));

// The LTI route handlers themselves (no Next.js needed): login sets the state cookie, the platform
// posts its id_token, the launch answers with Auth.js's session cookie and a same-origin hop, and
// a replay gets the refusal page.
// Loaded by name only: its migration runner's types clash with Next's ProcessEnv in this tsconfig.
interface Testing {
  createTestDatabase(): Promise<{ url: string; db: Db; drop(): Promise<void> }>;
  createOrgWithUsers(db: Db): Promise<{ org: { id: string }; admin: { id: string; email: string; name: string } }>;
}
let tdb: Awaited<ReturnType<Testing["createTestDatabase"]>>;
let sim: PlatformSimulator;
let closedSim: PlatformSimulator;
const base = "http://defuse.test";
beforeAll(async () => {
  const { createTestDatabase, createOrgWithUsers } = (await import("@defuse/db/testing" as string)) as Testing;
  tdb = await createTestDatabase();
  process.env.DATABASE_URL = tdb.url;
  process.env.AUTH_SECRET = "route-test-secret-0123456789abcdefghijkl";
  process.env.DEFUSE_URL = base;
  // The simulated platform listens on plain http://127.0.0.1: allowed here explicitly (Defuse's outbound guard refuses it by default).
  process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
  process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
  const o = await createOrgWithUsers(tdb.db);
  sim = await new PlatformSimulator().start();
  // Its port is whatever the system gave; that one is allowed too (only 443 and 80 are by default).
  process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = new URL(sim.url).port;
  const { createCaller, createContextInner } = await import("@defuse/api");
  const admin = { id: o.admin.id, orgId: o.org.id, role: "ADMIN" as const, email: o.admin.email, name: o.admin.name };
  // Its Instructors become trainers (the admin's choice; the default makes them learners).
  await createCaller(createContextInner({ db: tdb.db, user: admin })).lti.createRegistration({ ...sim.registration(), instructorsBecomeTrainers: true });
  // A second platform, registered while its port was allowed; the operator has since closed that port.
  closedSim = await new PlatformSimulator().start();
  closedSim.clientId = "closed-port-client";
  process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = `${new URL(sim.url).port} ${new URL(closedSim.url).port}`;
  await createCaller(createContextInner({ db: tdb.db, user: admin })).lti.createRegistration(closedSim.registration());
  process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = new URL(sim.url).port;
}, 120_000);
afterAll(async () => {
  delete process.env.LTI_LOGINS_PER_ADDRESS;
  delete process.env.LTI_MAX_PENDING_LOGINS;
  await sim?.stop();
  await closedSim?.stop();
  await (await import("./rate-limit-store")).closeRateLimitStore();
  const { disconnectDb } = await import("@defuse/db");
  await disconnectDb();
  await tdb?.drop();
});

describe("LTI routes", () => {
  it("login → platform → launch signs the person in with the Auth.js cookie; the same post again is refused with a page", async () => {
    const login = await import("../app/api/lti/login/route");
    const launch = await import("../app/api/lti/launch/route");
    const res = await login.GET(new Request(`${base}/api/lti/login?${new URLSearchParams({ iss: sim.issuer, login_hint: "route-1", client_id: sim.clientId })}`));
    expect(res.status).toBe(302);
    const stateCookie = res.headers.get("set-cookie")!.split(";")[0]!;
    const auth = sim.checkAuthRequest(res.headers.get("location")!);
    const idToken = await sim.idToken(sim.claims(auth));
    const post = () =>
      launch.POST(
        new Request(`${base}/api/lti/launch`, {
          method: "POST",
          headers: { cookie: stateCookie, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ id_token: idToken, state: auth.state }),
        }),
      );
    const ok = await post();
    expect(ok.status).toBe(200);
    expect(ok.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token=") && c.includes("HttpOnly"))).toBe(true);
    expect(await ok.text()).toContain(`${base}/dashboard`);
    // The cookie is one the app's own session reader accepts, naming a live SignInSession of the new learner.
    const session = ok.headers
      .getSetCookie()
      .find((c) => c.startsWith("authjs.session-token="))!
      .split(";")[0]!;
    const { createSessionReader } = await import("./session-token");
    const { loadSessionUser } = await import("@defuse/api");
    const me = await loadSessionUser(tdb.db, await createSessionReader(() => process.env.AUTH_SECRET!)(new Headers({ cookie: session })));
    expect(me).toMatchObject({ role: "LEARNER", name: "Robin Agent" });
    const replay = await post();
    expect(replay.status).toBe(401);
    expect(await replay.text()).toContain("already used");
  });

  /** Login initiation at `platform`, its signed answer (changed by `tamper`), posted to the launch route. */
  async function launchFrom(platform: PlatformSimulator, sub: string, tamper: (idToken: string) => string = (t) => t, clientAddress?: string) {
    const login = await import("../app/api/lti/login/route");
    const launch = await import("../app/api/lti/launch/route");
    const res = await login.GET(
      new Request(`${base}/api/lti/login?${new URLSearchParams({ iss: platform.issuer, login_hint: sub, client_id: platform.clientId })}`, {
        headers: clientAddress ? { "x-defuse-client-ip": clientAddress } : {},
      }),
    );
    const stateCookie = res.headers.get("set-cookie")!.split(";")[0]!;
    const auth = platform.checkAuthRequest(res.headers.get("location")!);
    const idToken = tamper(await platform.idToken(platform.claims(auth)));
    return launch.POST(
      new Request(`${base}/api/lti/launch`, {
        method: "POST",
        headers: { cookie: stateCookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ id_token: idToken, state: auth.state }),
      }),
    );
  }

  it("a keyset URL this Defuse's outbound policy refuses gets a page saying so and whom to ask, not 'invalid launch'", async () => {
    const res = await launchFrom(closedSim, "route-keyset");
    expect(res.status).toBe(502);
    const html = await res.text();
    expect(html).toContain('data-reason="keyset_refused"');
    expect(html).toMatch(/key server/);
    expect(html).toMatch(/outbound policy/);
    expect(html).toMatch(/administrator/);
    expect(html).not.toMatch(/missing information|not signed/);
    expect(closedSim.jwksRequests).toBe(0);
    expect(res.headers.getSetCookie().some((c) => c.startsWith("authjs.session-token="))).toBe(false);
  });

  it("a genuinely bad signature still gets the refusal page for a bad launch", async () => {
    const res = await launchFrom(sim, "route-forged", (t) => {
      const [h, p, sig] = t.split(".");
      return `${h}.${p}.${sig!.slice(0, 10)}${sig![10] === "A" ? "B" : "A"}${sig!.slice(11)}`;
    });
    expect(res.status).toBe(401);
    const html = await res.text();
    expect(html).toContain('data-reason="bad_signature"');
    expect(html).not.toMatch(/key server|outbound policy/);
  });

  it("an anonymous post that is not a form (JSON, plain text, a broken multipart body) gets a 400 page, not a 500", async () => {
    const login = await import("../app/api/lti/login/route");
    const launch = await import("../app/api/lti/launch/route");
    const bodies: [string, string][] = [
      ["application/json", '{"id_token":"x","state":"y"}'],
      ["text/plain", "id_token=x&state=y"],
      ["multipart/form-data; boundary=zz", '--zz\r\nContent-Disposition: form-data; name="id_token"\r\n\r\nx'],
      ["multipart/form-data", "no boundary at all"],
    ];
    for (const [type, body] of bodies) {
      for (const [name, route] of [
        ["launch", launch.POST],
        ["login", login.POST],
      ] as const) {
        const res = await route(new Request(`${base}/api/lti/${name}`, { method: "POST", headers: { "content-type": type }, body }));
        expect(res.status, `${name} ${type}`).toBe(400);
        expect(await res.text(), `${name} ${type}`).toMatch(/form/);
      }
    }
  });

  /** An LMS Instructor's launch through login and launch (`over`: more claims, such as those of the LMS's "add an activity" launch). */
  async function instructorLaunch(loginHint: string, over: Record<string, unknown> = {}): Promise<Response> {
    const login = await import("../app/api/lti/login/route");
    const launch = await import("../app/api/lti/launch/route");
    const res = await login.GET(new Request(`${base}/api/lti/login?${new URLSearchParams({ iss: sim.issuer, login_hint: loginHint, client_id: sim.clientId })}`));
    const stateCookie = res.headers.get("set-cookie")!.split(";")[0]!;
    const auth = sim.checkAuthRequest(res.headers.get("location")!);
    const idToken = await sim.idToken(sim.claims(auth, { "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"], ...over }));
    return launch.POST(
      new Request(`${base}/api/lti/launch`, {
        method: "POST",
        headers: { cookie: stateCookie, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ id_token: idToken, state: auth.state }),
      }),
    );
  }

  /** An LMS Instructor launched through login and launch: the Defuse session cookie it gets. */
  async function teacherSession(loginHint: string): Promise<string> {
    const ok = await instructorLaunch(loginHint);
    expect(ok.status).toBe(200);
    return ok.headers
      .getSetCookie()
      .find((c) => c.startsWith("authjs.session-token="))!
      .split(";")[0]!;
  }

  it("where the admin keeps this platform's Instructors as learners, an Instructor's 'add an activity' launch gets a page saying whom to ask, and their account is a learner's", async () => {
    const { createCaller, createContextInner } = await import("@defuse/api");
    const reg = await tdb.db.ltiRegistration.findFirstOrThrow({ where: { clientId: sim.clientId } });
    const org = await tdb.db.user.findFirstOrThrow({ where: { orgId: reg.orgId, role: "ADMIN" } });
    const admin = createCaller(createContextInner({ db: tdb.db, user: { id: org.id, orgId: org.orgId, role: "ADMIN", email: org.email, name: org.name } }));
    await admin.lti.setInstructorPolicy({ id: reg.id, instructorsBecomeTrainers: false });
    try {
      const res = await instructorLaunch("route-course-maker", {
        "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiDeepLinkingRequest",
        "https://purl.imsglobal.org/spec/lti/claim/resource_link": undefined,
        "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": { deep_link_return_url: `${sim.url}/deep-link-return`, accept_types: ["ltiResourceLink"] },
      });
      expect(res.status).toBe(403);
      const html = await res.text();
      expect(html).toMatch(/Only teachers can add Defuse activities/);
      expect(html).toMatch(/has not let this learning platform(&#39;|')s instructors become trainers/);
      expect(html).toMatch(/People/);
      const account = await tdb.db.ltiAccount.findFirstOrThrow({ where: { registrationId: reg.id, sub: "route-course-maker" }, select: { userId: true } });
      expect((await tdb.db.user.findUniqueOrThrow({ where: { id: account.userId } })).role).toBe("LEARNER");
    } finally {
      await admin.lti.setInstructorPolicy({ id: reg.id, instructorsBecomeTrainers: true });
    }
  });

  it("a signed-in teacher's oversized post to the deep-link picker gets 413 before the form is read", async () => {
    const deepLink = await import("../app/api/lti/deep-link/route");
    const session = await teacherSession("route-teacher");
    const big = new URLSearchParams({ ctx: "x", itemIds: "y".repeat(2 * 1024 * 1024) }).toString();
    const posted = await deepLink.POST(new Request(`${base}/api/lti/deep-link`, { method: "POST", headers: { cookie: session, "content-type": "application/x-www-form-urlencoded" }, body: big }));
    expect(posted.status).toBe(413);
  });

  it("a refused choice sends the teacher back to the picker with a message key, never message text a link could carry", async () => {
    const deepLink = await import("../app/api/lti/deep-link/route");
    const { DEEP_LINK_ERRORS } = await import("@defuse/api");
    const session = await teacherSession("route-teacher-2");
    // a context that does not open: refused, and the picker is told "invalid", not the sentence
    const posted = await deepLink.POST(
      new Request(`${base}/api/lti/deep-link`, {
        method: "POST",
        headers: { cookie: session, "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ ctx: "not-a-sealed-context", itemIds: "x" }),
      }),
    );
    expect(posted.status).toBe(303);
    const back = new URL(posted.headers.get("location")!);
    expect(back.pathname).toBe("/lti/deep-link");
    expect(back.searchParams.get("error")).toBe("invalid");
    expect(DEEP_LINK_ERRORS.invalid).toMatch(/not valid/);
  });

  it("a NUL byte or half a surrogate pair in any launch parameter gets a 400 page, not a 500 from the database", async () => {
    const login = await import("../app/api/lti/login/route");
    const launch = await import("../app/api/lti/launch/route");
    for (const bad of ["a\u0000b", "a\ud800b"]) {
      for (const params of [
        { iss: bad, login_hint: "x" },
        { iss: sim.issuer, login_hint: "x", client_id: bad },
      ] as Record<string, string>[]) {
        const res = await login.GET(new Request(`${base}/api/lti/login?${new URLSearchParams(params)}`));
        expect(res.status, JSON.stringify(params)).toBe(400);
        const posted = await login.POST(new Request(`${base}/api/lti/login`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(params) }));
        expect(posted.status, JSON.stringify(params)).toBe(400);
      }
      const res = await launch.POST(
        new Request(`${base}/api/lti/launch`, {
          method: "POST",
          headers: { cookie: `lti_state_x=1`, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ id_token: "a.b.c", state: bad }),
        }),
      );
      expect([400, 401]).toContain(res.status);
    }
  });

  it("a signed launch whose claims hold a NUL (a name, a course title) gets a refusal page, not a 500 from the database", async () => {
    const login = await import("../app/api/lti/login/route");
    const launch = await import("../app/api/lti/launch/route");
    for (const over of [{ name: "Robin\u0000Agent" }, { "https://purl.imsglobal.org/spec/lti/claim/context": { id: "c-nul", title: "Course\u0000" } }]) {
      const res = await login.GET(new Request(`${base}/api/lti/login?${new URLSearchParams({ iss: sim.issuer, login_hint: "route-nul", client_id: sim.clientId })}`));
      const stateCookie = res.headers.get("set-cookie")!.split(";")[0]!;
      const auth = sim.checkAuthRequest(res.headers.get("location")!);
      const idToken = await sim.idToken(sim.claims(auth, over));
      const posted = await launch.POST(
        new Request(`${base}/api/lti/launch`, {
          method: "POST",
          headers: { cookie: stateCookie, "content-type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({ id_token: idToken, state: auth.state }),
        }),
      );
      expect(posted.status, JSON.stringify(over)).toBe(401);
      expect(await posted.text()).toContain('data-reason="invalid_token"');
    }
  });

  it("login initiations are rate-limited per client address (a forged X-Forwarded-For does not help) with a 429 page and no state stored; another address still launches", async () => {
    // An operator's lower limit (read when the limiter is built): the test runs 12 logins instead of 300.
    process.env.LTI_LOGINS_PER_ADDRESS = "12";
    delete (globalThis as { __defuseLtiLoginLimiter?: unknown }).__defuseLtiLoginLimiter; // built anew with the setting
    const { ltiLoginsPerAddress } = await import("./lti-login-throttle");
    const LTI_LOGINS_PER_ADDRESS = ltiLoginsPerAddress();
    expect(LTI_LOGINS_PER_ADDRESS).toBe(12);
    const login = await import("../app/api/lti/login/route");
    const reg = await tdb.db.ltiRegistration.findFirstOrThrow({ where: { clientId: sim.clientId }, select: { id: true } });
    // x-defuse-client-ip is what scripts/client-address.cjs writes from the socket before Next sees the request.
    const from = (ip: string, forwarded = "") =>
      login.GET(
        new Request(`${base}/api/lti/login?${new URLSearchParams({ iss: sim.issuer, login_hint: "flood", client_id: sim.clientId })}`, {
          headers: { "x-defuse-client-ip": ip, ...(forwarded ? { "x-forwarded-for": forwarded } : {}) },
        }),
      );
    for (let i = 0; i < LTI_LOGINS_PER_ADDRESS; i++) expect((await from("198.51.100.7")).status).toBe(302);
    const states = await tdb.db.ltiLoginState.count({ where: { registrationId: reg.id } });
    for (const forwarded of ["", "203.0.113.1", `10.0.0.${LTI_LOGINS_PER_ADDRESS}`]) {
      const refused = await from("198.51.100.7", forwarded);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(await refused.text()).toMatch(/Too many launches have come from your network.*open the activity again/s);
    }
    expect(await tdb.db.ltiLoginState.count({ where: { registrationId: reg.id } })).toBe(states);
    // Another address is not affected: its whole launch goes through.
    expect((await launchFrom(sim, "route-after-flood", (t) => t, "198.51.100.8")).status).toBe(200);
  }, 120_000);

  it("outstanding login states are capped per registration: a flood from many addresses gets a 429 page and stores nothing more; other platforms and, once the states expire, this one launch again", async () => {
    // An operator's lower cap (LTI_MAX_PENDING_LOGINS), read per initiation.
    process.env.LTI_MAX_PENDING_LOGINS = "400";
    const { maxOutstandingLoginStates } = await import("@defuse/api");
    const MAX_OUTSTANDING_LOGIN_STATES = maxOutstandingLoginStates();
    expect(MAX_OUTSTANDING_LOGIN_STATES).toBe(400);
    const login = await import("../app/api/lti/login/route");
    const reg = await tdb.db.ltiRegistration.findFirstOrThrow({ where: { clientId: sim.clientId }, select: { id: true } });
    const outstanding = await tdb.db.ltiLoginState.count({ where: { registrationId: reg.id, expiresAt: { gt: new Date() } } });
    // What thousands of initiations from as many addresses leave behind (each under its address's limit).
    const expiresAt = new Date(Date.now() + 5 * 60_000);
    await tdb.db.ltiLoginState.createMany({
      data: Array.from({ length: MAX_OUTSTANDING_LOGIN_STATES - outstanding }, (_, i) => ({ state: `flood-${i}`, nonce: `n-${i}`, registrationId: reg.id, expiresAt })),
    });
    const refused = await login.GET(
      new Request(`${base}/api/lti/login?${new URLSearchParams({ iss: sim.issuer, login_hint: "one-more", client_id: sim.clientId })}`, { headers: { "x-defuse-client-ip": "192.0.2.44" } }),
    );
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("60");
    expect(await refused.text()).toMatch(/Too many launches from this learning platform are waiting to finish.*open the activity again/s);
    expect(await tdb.db.ltiLoginState.count({ where: { registrationId: reg.id, expiresAt: { gt: new Date() } } })).toBe(MAX_OUTSTANDING_LOGIN_STATES);
    // The cap is the registration's: another registered platform still starts its logins.
    const other = await login.GET(new Request(`${base}/api/lti/login?${new URLSearchParams({ iss: closedSim.issuer, login_hint: "elsewhere", client_id: closedSim.clientId })}`));
    expect(other.status).toBe(302);
    // Once the flood's states expire, a normal launch works again.
    await tdb.db.ltiLoginState.updateMany({ where: { state: { startsWith: "flood-" } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await launchFrom(sim, "route-after-cap")).status).toBe(200);
  });
});
