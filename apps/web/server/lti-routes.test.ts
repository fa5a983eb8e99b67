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
  const { createCaller, createContextInner } = await import("@defuse/api");
  const admin = { id: o.admin.id, orgId: o.org.id, role: "ADMIN" as const, email: o.admin.email, name: o.admin.name };
  await createCaller(createContextInner({ db: tdb.db, user: admin })).lti.createRegistration(sim.registration());
}, 120_000);
afterAll(async () => {
  await sim?.stop();
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
});
