/**
 * Issue 16 (SSRF): an organisation's admin types the addresses Defuse's server calls (the xAPI
 * record store, an LTI platform's keyset and token URLs). Before this, an admin could point them
 * at 127.0.0.1:6379, the cloud metadata service or any internal host and read the answers back
 * in "Test connection" and the dead-letter list. These tests run on real PostgreSQL and real
 * sockets: a listener on this machine counts every connection it receives.
 */
import dns from "node:dns";
import { createServer as createHttpServer, type Server as HttpServer } from "node:http";
import { createServer as createTcpServer, type AddressInfo, type Server as TcpServer } from "node:net";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ZodError, z } from "zod";
import { TRPCError } from "@trpc/server";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { postScore } from "../src/services/lti/gradePassback";
import { completeDynamicRegistration, createRegistration } from "../src/services/lti/registrations";
import { checkedLookup, guardedFetch, OutboundError } from "../src/services/outbound/guardedFetch";
import { saveXapiConfig } from "../src/services/xapi/config";
import { deliverDue } from "../src/services/xapi/deliver";
import { sweepOrg } from "../src/services/xapi/sweep";
import { allLevels, callerFor, seedAttempt, session } from "./trainer-fixtures";

process.env.AUTH_SECRET ??= "test-secret-for-lti-keys-0123456789abcdef";
const secret = process.env.AUTH_SECRET;
// This file sets the operator's settings itself, test by test: nothing private is allowed by default.
delete process.env.DEFUSE_OUTBOUND_ALLOW_HTTP;
delete process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS;
delete process.env.DEFUSE_OUTBOUND_ALLOW_PORTS;

/** A TCP listener on 127.0.0.1 that answers nothing and counts who connected. */
class Listener {
  server!: TcpServer;
  port = 0;
  connections = 0;
  async start() {
    this.server = createTcpServer((s) => {
      this.connections++;
      s.destroy();
    });
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }
  stop() {
    return new Promise((r) => this.server.close(r));
  }
}

/** Names this test pretends public DNS gives: each resolves to the addresses listed. */
const fakeDns = new Map<string, string[]>();
const realLookup = dns.lookup.bind(dns);
function resolveNames(names: Record<string, string[]>) {
  for (const [n, a] of Object.entries(names)) fakeDns.set(n, a);
  vi.spyOn(dns, "lookup").mockImplementation(((host: string, opts: unknown, cb?: unknown) => {
    const callback = (typeof opts === "function" ? opts : cb) as (...a: unknown[]) => void;
    const options = (typeof opts === "object" && opts ? opts : {}) as { all?: boolean };
    const addrs = fakeDns.get(host.toLowerCase());
    if (!addrs) return (realLookup as (...a: unknown[]) => void)(host, opts, cb);
    const list = addrs.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
    process.nextTick(() => (options.all ? callback(null, list) : callback(null, list[0]!.address, list[0]!.family)));
  }) as unknown as typeof dns.lookup);
}

/** The field messages a refused form submission carries (what the form shows next to the field). */
async function fieldErrorsOf(p: Promise<unknown>): Promise<Record<string, string[] | undefined>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof TRPCError && e.cause instanceof ZodError) return z.flattenError(e.cause).fieldErrors as Record<string, string[] | undefined>;
    if (e instanceof TRPCError && e.cause && "field" in e.cause) return { [String(e.cause.field)]: [e.cause.message] };
    throw e;
  }
  throw new Error("the call was accepted");
}

let tdb: TestDatabase;
let o: OrgWithUsers;
let listener: Listener;
beforeAll(async () => {
  tdb = await createTestDatabase();
  o = await createOrgWithUsers(tdb.db);
  listener = await new Listener().start();
}, 120_000);
afterAll(async () => {
  await listener?.stop();
  await tdb?.drop();
});
afterEach(() => {
  vi.restoreAllMocks();
  fakeDns.clear();
  delete process.env.DEFUSE_OUTBOUND_ALLOW_HTTP;
  delete process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS;
  delete process.env.DEFUSE_OUTBOUND_ALLOW_PORTS;
});

/** A dynamic-registration invitation from the organisation's admin. */
async function inviteFor(org: OrgWithUsers) {
  const link = await callerFor(tdb.db, org.admin).lti.registrationLink();
  return new URL(link.url).searchParams.get("invite")!;
}

const xapiInput = (endpoint: string) => ({ enabled: true, endpoint, username: "lrs-key", password: "lrs-secret", actorMode: "account" as const });
const ltiInput = (over: Record<string, string> = {}) => ({
  name: "Moodle",
  issuer: "https://moodle.example.edu",
  clientId: `client-${Math.random().toString(36).slice(2)}`,
  deploymentIds: ["1"],
  jwksUrl: "https://moodle.example.edu/mod/lti/certs.php",
  authUrl: "https://moodle.example.edu/mod/lti/auth.php",
  tokenUrl: "https://moodle.example.edu/mod/lti/token.php",
  ...over,
});

describe("saving an address: an admin cannot point Defuse at this server or an internal network", () => {
  it("the record store endpoint refuses Redis on loopback and the cloud metadata service, with a message on the field, and stores nothing", async () => {
    process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1"; // even with plain http allowed for development
    const admin = callerFor(tdb.db, o.admin);
    for (const endpoint of ["http://127.0.0.1:6379/", "https://169.254.169.254/latest/", "https://[::ffff:127.0.0.1]:5432/", "http://2130706433:6379/", "https://localhost:5432/"]) {
      const errors = await fieldErrorsOf(admin.xapi.saveConfig(xapiInput(endpoint)));
      expect(errors.endpoint?.[0], endpoint).toMatch(/Defuse does not send to private or internal addresses/);
    }
    expect((await admin.xapi.config()).config).toBeNull();
    expect(await tdb.db.xapiConfig.count({ where: { orgId: o.org.id } })).toBe(0);
  });

  it("plain http is refused unless the operator allows it; so is a password inside the address", async () => {
    const admin = callerFor(tdb.db, o.admin);
    expect((await fieldErrorsOf(admin.xapi.saveConfig(xapiInput("http://lrs.example.com/xapi/")))).endpoint).toEqual(["Use an https:// address."]);
    expect((await fieldErrorsOf(admin.xapi.saveConfig(xapiInput("https://key:secret@lrs.example.com/xapi/")))).endpoint?.[0]).toMatch(/user name or password/);
  });

  it("the service refuses too, whoever calls it (not only the form's schema)", async () => {
    await expect(saveXapiConfig(tdb.db, session(o.admin), xapiInput("https://169.254.169.254/latest/"), { baseUrl: "https://defuse.example", secret })).rejects.toMatchObject({
      code: "INVALID_INPUT",
      field: "endpoint",
    });
    await expect(createRegistration(tdb.db, session(o.admin), ltiInput({ tokenUrl: "http://127.0.0.1:6379/" }), secret)).rejects.toMatchObject({ code: "INVALID_INPUT", field: "tokenUrl" });
    expect(await tdb.db.xapiConfig.count({ where: { orgId: o.org.id } })).toBe(0);
  });

  it("an LTI platform's keyset, token and authentication URLs refuse the same addresses, on create and on update", async () => {
    process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
    const admin = callerFor(tdb.db, o.admin);
    for (const field of ["jwksUrl", "tokenUrl", "authUrl"] as const) {
      for (const url of ["http://127.0.0.1:6379/", "https://169.254.169.254/latest/"]) {
        const errors = await fieldErrorsOf(admin.lti.createRegistration(ltiInput({ [field]: url })));
        expect(errors[field]?.[0], `${field} ${url}`).toMatch(/Defuse does not send to private or internal addresses/);
      }
    }
    expect(await tdb.db.ltiRegistration.count({ where: { orgId: o.org.id } })).toBe(0);
    const reg = await admin.lti.createRegistration(ltiInput());
    const errors = await fieldErrorsOf(admin.lti.updateRegistration({ ...ltiInput({ jwksUrl: "https://169.254.169.254/latest/" }), id: reg.id }));
    expect(errors.jwksUrl?.[0]).toMatch(/link-local/);
    expect((await tdb.db.ltiRegistration.findUniqueOrThrow({ where: { id: reg.id } })).jwksUrl).toBe("https://moodle.example.edu/mod/lti/certs.php");
  });

  it("dynamic registration refuses a platform configuration whose endpoints are internal", async () => {
    const invite = await inviteFor(o);
    const issuer = "https://lms.example.com";
    const fake = (async (url: string | URL | Request) =>
      String(url).endsWith("/openid-configuration")
        ? Response.json({
            issuer,
            authorization_endpoint: `${issuer}/auth`,
            token_endpoint: `${issuer}/token`,
            jwks_uri: "https://169.254.169.254/latest/meta-data/",
            registration_endpoint: `${issuer}/register`,
          })
        : Response.json({ client_id: "dyn-1" })) as typeof fetch;
    await expect(
      completeDynamicRegistration(tdb.db, { baseUrl: "https://defuse.example", secret, fetch: fake }, { invite, openidConfiguration: `${issuer}/.well-known/openid-configuration` }),
    ).rejects.toThrow(/private or internal/);
    expect(await tdb.db.ltiRegistration.count({ where: { orgId: o.org.id, issuer } })).toBe(0);
  });

  it("dynamic registration never fetches an internal configuration URL", async () => {
    const invite = await inviteFor(o);
    const before = listener.connections;
    await expect(
      completeDynamicRegistration(tdb.db, { baseUrl: "https://defuse.example", secret }, { invite, openidConfiguration: `https://127.0.0.1:${listener.port}/.well-known/openid-configuration` }),
    ).rejects.toThrow(/private or internal/);
    expect(listener.connections).toBe(before);
  });
});

describe("sending: a name that resolves to this machine is refused when Defuse connects, and nothing reaches the listener", () => {
  it("xAPI delivery records a failure an admin understands, like any other, and never connects", async () => {
    const admin = callerFor(tdb.db, o.admin);
    const host = "lrs.rebinding.example";
    process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = String(listener.port); // the port is allowed: what is tested is the name
    // Saved while the name looked public (nothing resolves names on save) ...
    await admin.xapi.saveConfig(xapiInput(`https://${host}:${listener.port}/xapi/`));
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(3) });
    await sweepOrg(tdb.db, o.org.id, new Date(Date.now() + 1000));
    const queued = await tdb.db.xapiStatement.count({ where: { orgId: o.org.id, status: "QUEUED" } });
    expect(queued).toBeGreaterThan(0);
    // ... and now it resolves to loopback.
    resolveNames({ [host]: ["127.0.0.1"] });
    const before = listener.connections;
    expect(await deliverDue(tdb.db, secret)).toEqual({ sent: 0, failed: queued });
    const rows = await tdb.db.xapiStatement.findMany({ where: { orgId: o.org.id }, select: { status: true, attempts: true, lastError: true } });
    for (const r of rows) {
      expect(r).toMatchObject({ status: "QUEUED", attempts: 1 });
      expect(r.lastError).toMatch(/lrs\.rebinding\.example resolves to a private or internal address/);
      expect(r.lastError).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|fetch failed/);
    }
    const test = await admin.xapi.testConnection();
    expect(test).toMatchObject({ ok: false, message: expect.stringMatching(/private or internal address/) });
    expect(listener.connections, "no request reached the local listener").toBe(before);
  });

  it("a name with one public and one private address is refused as a whole (no picking the private one later)", async () => {
    // The lookup Defuse's connections use, called directly: nothing connects anywhere here.
    resolveNames({ "mixed.example": ["93.184.216.34", "10.0.0.7"], "v6.example": ["2606:4700:4700::1111", "::ffff:127.0.0.1"], "public.example": ["93.184.216.34", "2606:4700:4700::1111"] });
    const lookup = (host: string, all: boolean) =>
      new Promise<unknown>((resolve, reject) => checkedLookup(host, { all }, (err, address, family) => (err ? reject(err) : resolve(all ? address : [address, family]))));
    await expect(lookup("mixed.example", true)).rejects.toThrow(/mixed\.example resolves to a private or internal address/);
    await expect(lookup("mixed.example", false)).rejects.toThrow(/private or internal/);
    await expect(lookup("v6.example", true)).rejects.toThrow(/v6\.example resolves to a private or internal address/);
    // What the socket is given is exactly what was checked.
    expect(await lookup("public.example", true)).toEqual([
      { address: "93.184.216.34", family: 4 },
      { address: "2606:4700:4700::1111", family: 6 },
    ]);
    expect(await lookup("public.example", false)).toEqual(["93.184.216.34", 4]);
  });

  it("LTI grade passback refuses a token URL that now resolves to this machine", async () => {
    const host = "platform.rebinding.example";
    process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = String(listener.port); // the port is allowed: what is tested is the name
    const reg = await callerFor(tdb.db, o.admin).lti.createRegistration(
      ltiInput({ issuer: `https://${host}`, tokenUrl: `https://${host}:${listener.port}/token`, jwksUrl: `https://${host}:${listener.port}/jwks` }),
    );
    const attempt = await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2) });
    resolveNames({ [host]: ["127.0.0.1"] });
    const job = { orgId: o.org.id, registrationId: reg.id, attemptId: attempt.id, lineItemUrl: `https://${host}:${listener.port}/lineitems/1`, platformUserId: "u1" };
    await expect(postScore(tdb.db, job, secret)).rejects.toThrow(/platform\.rebinding\.example resolves to a private or internal address/);
    expect(listener.connections).toBe(0);
  });

  it("a stored address from before this check (an IP literal) is refused at send time too", async () => {
    process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
    await expect(guardedFetch(`http://127.0.0.1:${listener.port}/`)).rejects.toBeInstanceOf(OutboundError);
    await expect(guardedFetch(`http://[::ffff:7f00:1]:${listener.port}/`)).rejects.toThrow(/private or internal/);
    expect(listener.connections).toBe(0);
  });
});

describe("an on-premises host the operator allowed", () => {
  let lrs: HttpServer;
  let lrsPort = 0;
  const seen: string[] = [];
  beforeAll(async () => {
    lrs = createHttpServer((req, res) => {
      seen.push(`${req.method} ${req.url}`);
      if (req.url === "/redirect-internal") return res.writeHead(302, { location: `http://127.0.0.1:${listener.port}/` }).end();
      if (req.url === "/redirect-here") return res.writeHead(302, { location: "/about" }).end();
      // Where an attacker who controls an allowed host would send Defuse next.
      if (req.url?.startsWith("/redirect-to?")) return res.writeHead(302, { location: new URL(req.url, "http://x").searchParams.get("to")! }).end();
      if (req.url === "/big") return res.writeHead(200, { "content-type": "application/json" }).end("x".repeat(3 * 1024 * 1024));
      if (req.url === "/slow") return; // never answers
      res.writeHead(200, { "content-type": "application/json" }).end('{"version":["1.0.3"]}');
    });
    await new Promise<void>((r) => lrs.listen(0, "127.0.0.1", r));
    lrsPort = (lrs.address() as AddressInfo).port;
  });
  afterAll(async () => {
    lrs.closeAllConnections();
    await new Promise((r) => lrs.close(r));
  });

  it("must be named explicitly: by default even the test suite's own fake store is refused", async () => {
    process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
    await expect(guardedFetch(`http://127.0.0.1:${lrsPort}/about`)).rejects.toThrow(/private or internal/);
    expect(seen).toEqual([]);
  });

  it("is reached once named in DEFUSE_OUTBOUND_ALLOW_HOSTS with its port, and only by that name", async () => {
    process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
    process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = `lrs.onprem.example:${lrsPort}`;
    resolveNames({ "lrs.onprem.example": ["127.0.0.1"], "other.onprem.example": ["127.0.0.1"] });
    const res = await guardedFetch(`http://lrs.onprem.example:${lrsPort}/about`);
    expect(await res.json()).toEqual({ version: ["1.0.3"] });
    await expect(guardedFetch(`http://other.onprem.example:${lrsPort}/about`)).rejects.toBeInstanceOf(OutboundError);
    expect(seen).toEqual(["GET /about"]);
  });

  it("a port the operator did not name is refused before connecting, even on an allowed host, with a message for the admin and a log line without the path", async () => {
    process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
    process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = "lrs.onprem.example";
    resolveNames({ "lrs.onprem.example": ["127.0.0.1"] });
    seen.length = 0;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const refused = await guardedFetch(`http://lrs.onprem.example:${lrsPort}/about?token=s3cret`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(OutboundError);
    expect((refused as OutboundError).reason).toBe("refused");
    expect((refused as OutboundError).message).toMatch(new RegExp(`lrs\\.onprem\\.example:${lrsPort}.*port ${lrsPort}\\b.*ask whoever runs Defuse`));
    expect(seen, "nothing reached the store").toEqual([]);
    const logged = warn.mock.calls.map((c) => c.join(" ")).join("\n");
    expect(logged).toMatch(new RegExp(`lrs\\.onprem\\.example:${lrsPort}`));
    expect(logged).not.toMatch(/s3cret|about/);
    // DEFUSE_OUTBOUND_ALLOW_PORTS opens the port for every host; the store is reached.
    process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = String(lrsPort);
    expect((await guardedFetch(`http://lrs.onprem.example:${lrsPort}/about`)).status).toBe(200);
    expect(seen).toEqual(["GET /about"]);
  });

  it("cannot redirect Defuse to an address that was not checked; a redirect to a checked one is followed", async () => {
    process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
    process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = `lrs.onprem.example:${lrsPort}`;
    resolveNames({ "lrs.onprem.example": ["127.0.0.1"] });
    seen.length = 0;
    await expect(guardedFetch(`http://lrs.onprem.example:${lrsPort}/redirect-internal`)).rejects.toThrow(/private or internal/);
    await expect(guardedFetch(`http://lrs.onprem.example:${lrsPort}/redirect-internal`, { method: "POST", body: "{}" })).rejects.toThrow(/redirect/);
    expect(listener.connections).toBe(0);
    expect(await (await guardedFetch(`http://lrs.onprem.example:${lrsPort}/redirect-here`)).json()).toEqual({ version: ["1.0.3"] });
  });

  it("an answer larger than the limit, or one that never comes, fails with a plain message", async () => {
    process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
    process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
    process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = String(lrsPort);
    await expect(guardedFetch(`http://127.0.0.1:${lrsPort}/big`, {}, { maxBytes: 1024 * 1024 })).rejects.toThrow(/larger than 1 MB/);
    const started = Date.now();
    await expect(guardedFetch(`http://127.0.0.1:${lrsPort}/slow`, {}, { timeoutMs: 500 })).rejects.toThrow(/did not answer within/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  describe("tried as an attacker who controls an allowed host would", () => {
    const via = (to: string) => `http://lrs.onprem.example:${lrsPort}/redirect-to?${new URLSearchParams({ to })}`;
    beforeEach(() => {
      process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
      process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = `lrs.onprem.example:${lrsPort}`;
      resolveNames({ "lrs.onprem.example": ["127.0.0.1"], "rebind.attacker.example": ["127.0.0.1"], "mapped.attacker.example": ["::ffff:127.0.0.1"] });
    });

    it.each([
      ["a public name resolving to 127.0.0.1", (p: number) => `http://rebind.attacker.example:${p}/`],
      ["a public name resolving to IPv4-mapped ::ffff:127.0.0.1", (p: number) => `http://mapped.attacker.example:${p}/`],
      ["decimal 2130706433", (p: number) => `http://2130706433:${p}/`],
      ["octal 0177.0.0.1", (p: number) => `http://0177.0.0.1:${p}/`],
      ["hex 0x7f.1", (p: number) => `http://0x7f.1:${p}/`],
      ["IPv4-mapped [::ffff:127.0.0.1]", (p: number) => `http://[::ffff:127.0.0.1]:${p}/`],
      ["IPv4-compatible [::127.0.0.1]", (p: number) => `http://[::127.0.0.1]:${p}/`],
      ["[::1]", (p: number) => `http://[::1]:${p}/`],
      ["localhost with a trailing dot", (p: number) => `http://localhost.:${p}/`],
      ["userinfo hiding the real host", (p: number) => `http://lrs.onprem.example:${lrsPort}@127.0.0.1:${p}/`],
      ["a protocol-relative location", (p: number) => `//127.0.0.1:${p}/`],
      ["the allowed host itself on another port", (p: number) => `http://lrs.onprem.example:${p}/`],
      ["the metadata service", () => "http://169.254.169.254/latest/meta-data/"],
    ])("a redirect to %s is refused and nothing connects", async (_what, target) => {
      const before = listener.connections;
      seen.length = 0;
      await expect(guardedFetch(via(target(listener.port)))).rejects.toBeInstanceOf(OutboundError);
      expect(seen, "the allowed host was asked, and its redirect was not followed").toEqual([expect.stringMatching(/^GET \/redirect-to\?/)]);
      expect(listener.connections).toBe(before);
    });

    it.each([
      ["userinfo before an internal host", (p: number) => `http://lrs.onprem.example:${lrsPort}@127.0.0.1:${p}/`],
      ["a backslash before @", (p: number) => `http://lrs.onprem.example\\@127.0.0.1:${p}/`],
      ["a public-looking name with an internal address after userinfo", (p: number) => `https://moodle.example.edu@[::ffff:7f00:1]:${p}/`],
    ])("a saved or sent address with %s is refused and nothing connects", async (_what, url) => {
      const before = listener.connections;
      await expect(guardedFetch(url(listener.port))).rejects.toBeInstanceOf(OutboundError);
      expect(listener.connections).toBe(before);
    });
  });
});
