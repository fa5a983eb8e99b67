/**
 * Dynamic registration trusts the platform's configuration only for the issuer it was served
 * under. A prefix match on the raw string let a configuration served from
 * https://lms.example.com.evil.test/ claim the issuer https://lms.example.com (another platform's
 * name, which also made launches of that issuer without a client id ambiguous).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { completeDynamicRegistration } from "../../src/services/lti/registrations";
import { callerFor } from "../trainer-fixtures";

process.env.AUTH_SECRET ??= "test-secret-for-lti-keys-0123456789abcdef";
const cfg = { baseUrl: "http://defuse.test", secret: process.env.AUTH_SECRET };

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await tdb?.drop();
});

/** A platform at `served` whose configuration names `issuer`; records what Defuse fetched. */
function platformAt(issuer: string) {
  const fetched: string[] = [];
  const fake = (async (url: string | URL | Request) => {
    const u = String(url);
    fetched.push(u);
    if (u.endsWith("/.well-known/openid-configuration")) {
      return Response.json({ issuer, authorization_endpoint: `${issuer}/auth`, token_endpoint: `${issuer}/token`, jwks_uri: `${issuer}/jwks`, registration_endpoint: `${new URL(u).origin}/register` });
    }
    return Response.json({ client_id: `client-${fetched.length}`, "https://purl.imsglobal.org/spec/lti-tool-configuration": { deployment_id: "1" } });
  }) as typeof fetch;
  return { fake, fetched };
}

describe("dynamic registration: the configuration's issuer", () => {
  it("is refused unless the configuration was served from that issuer's own origin and path", async () => {
    const org = await createOrgWithUsers(tdb.db);
    const prev = process.env.DEFUSE_URL;
    process.env.DEFUSE_URL = cfg.baseUrl;
    const link = await callerFor(tdb.db, org.admin).lti.registrationLink();
    process.env.DEFUSE_URL = prev;
    const invite = new URL(link.url).searchParams.get("invite")!;
    const refused: Array<[served: string, issuer: string]> = [
      ["https://lms.example.com.evil.test/.well-known/openid-configuration", "https://lms.example.com"],
      ["https://lms.example.comx/.well-known/openid-configuration", "https://lms.example.com"],
      ["https://lms.example.com/moodle-evil/.well-known/openid-configuration", "https://lms.example.com/moodle"],
      ["http://lms.example.com/.well-known/openid-configuration", "https://lms.example.com"],
    ];
    for (const [served, issuer] of refused) {
      const { fake, fetched } = platformAt(issuer);
      await expect(completeDynamicRegistration(tdb.db, { ...cfg, fetch: fake }, { invite, openidConfiguration: served }), served).rejects.toThrow(/issuer that does not match/);
      expect(fetched, "nothing is registered with the platform").toEqual([served]);
    }
    expect(await tdb.db.ltiRegistration.count({ where: { orgId: org.org.id } })).toBe(0);

    // Served from the issuer itself, or under its path: registered.
    for (const [served, issuer] of [
      ["https://lms.example.com/.well-known/openid-configuration", "https://lms.example.com"],
      ["https://lms.example.com/moodle/.well-known/openid-configuration", "https://lms.example.com/moodle/"],
    ] as const) {
      const { fake } = platformAt(issuer);
      await expect(completeDynamicRegistration(tdb.db, { ...cfg, fetch: fake }, { invite, openidConfiguration: served })).resolves.toMatchObject({ issuer });
    }
  });
});
