import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { buildDeepLinkResponse, builtInDeepLinkItems, deepLinkItems, loadSessionUser, publicJwks, sealDeepLinkContext, signInFromLaunch, startLogin, verifyLaunch } from "../../src";
import { captureGradeTarget, contentIdForPath } from "../../src/services/lti/gradeTargets";
import { callerFor } from "../trainer-fixtures";
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
let cfg: { baseUrl: string; secret: string };
beforeAll(async () => {
  tdb = await createTestDatabase();
  o = await createOrgWithUsers(tdb.db);
  // Defuse's JWKS endpoint on loopback, so the platform verifies signatures the way an LMS does.
  tool = createServer((req, res) => {
    void publicJwks(tdb.db).then((jwks) => {
      res.writeHead(req.url === "/api/lti/jwks" ? 200 : 404, { "content-type": "application/json" });
      res.end(JSON.stringify(jwks));
    });
  });
  await new Promise<void>((r) => tool.listen(0, "127.0.0.1", r));
  cfg = { baseUrl: `http://127.0.0.1:${(tool.address() as AddressInfo).port}`, secret };
  sim = await new PlatformSimulator().start();
  sim.clientId = "deep-link-client";
  sim.toolJwksUrl = `${cfg.baseUrl}/api/lti/jwks`;
  // This organisation's admin lets the platform's Instructors become trainers (the default makes them learners).
  await callerFor(tdb.db, o.admin).lti.createRegistration({ ...sim.registration(), instructorsBecomeTrainers: true });
});
afterAll(async () => {
  await sim?.stop();
  await new Promise((r) => tool?.close(r));
  await tdb?.drop();
});

async function teacherDeepLinkLaunch() {
  const { redirectUrl, state } = await startLogin(tdb.db, cfg, { iss: sim.issuer, login_hint: "teacher-1", client_id: sim.clientId });
  const auth = sim.checkAuthRequest(redirectUrl);
  const idToken = await sim.idToken(
    sim.claims(auth, {
      "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiDeepLinkingRequest",
      "https://purl.imsglobal.org/spec/lti/claim/resource_link": undefined,
      "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"],
      "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings": {
        deep_link_return_url: `${sim.url}/deep-link-return`,
        accept_types: ["ltiResourceLink"],
        accept_presentation_document_targets: ["iframe", "window"],
        data: "opaque-platform-data",
      },
    }),
  );
  const launch = await verifyLaunch(tdb.db, { idToken, state, cookieState: state });
  const { user, ref } = await signInFromLaunch(tdb.db, launch);
  const actor = (await loadSessionUser(tdb.db, ref))!;
  return { launch, user, actor };
}

async function postToPlatform(returnUrl: string, jwt: string) {
  const res = await fetch(returnUrl, { method: "POST", body: new URLSearchParams({ JWT: jwt }) });
  return res.status;
}

describe("LTI deep linking", () => {
  it("a teacher picks a scenario and a knowledge check; the platform verifies the signed response and gets a line item for each", async () => {
    const { launch, user, actor } = await teacherDeepLinkLaunch();
    expect(user.role).toBe("TRAINER");
    const scenario = builtInDeepLinkItems().find((i) => i.kind === "scenario")!;
    const check = builtInDeepLinkItems().find((i) => i.kind === "knowledgeCheck")!;
    const context = await sealDeepLinkContext(launch, user.id, secret);
    const { returnUrl, jwt } = await buildDeepLinkResponse(tdb.db, actor, { context, itemIds: [scenario.id, check.id] }, cfg);
    expect(await postToPlatform(returnUrl, jwt)).toBe(200);
    const got = sim.deepLinkResponses.at(-1)!;
    expect(got["https://purl.imsglobal.org/spec/lti/claim/message_type"]).toBe("LtiDeepLinkingResponse");
    expect(got["https://purl.imsglobal.org/spec/lti-dl/claim/data"]).toBe("opaque-platform-data");
    expect(got["https://purl.imsglobal.org/spec/lti/claim/deployment_id"]).toBe(sim.deploymentId);
    const items = got["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] as { title: string; url: string; custom: { defuse_path: string }; lineItem?: { scoreMaximum: number } }[];
    expect(items.map((i) => i.custom.defuse_path)).toEqual([scenario.path, check.path]);
    expect(items.every((i) => i.url === `${cfg.baseUrl}/api/lti/launch` && i.lineItem?.scoreMaximum === 100)).toBe(true);
  });

  it("the picker offers the organisation's published authored scenarios by title, and a learner's launch of one records where its score goes", async () => {
    const trainer = callerFor(tdb.db, o.trainer);
    const published = await trainer.authoring.create({ from: "billing-error", title: "Priya's tripled bill" });
    await trainer.authoring.publish({ id: published.id });
    const draftOnly = await trainer.authoring.create({ from: "billing-error", title: "Unfinished draft call" });
    const archived = await trainer.authoring.create({ from: "billing-error", title: "Retired call" });
    await trainer.authoring.publish({ id: archived.id });
    await trainer.authoring.setArchived({ id: archived.id, archived: true });
    // another organisation's published scenario never shows
    const other = await createOrgWithUsers(tdb.db);
    const theirs = await callerFor(tdb.db, other.trainer).authoring.create({ from: "billing-error", title: "Northwind's own call" });
    await callerFor(tdb.db, other.trainer).authoring.publish({ id: theirs.id });

    const offered = await deepLinkItems(tdb.db, o.org.id);
    const titles = offered.filter((i) => i.kind === "scenario").map((i) => i.title);
    expect(titles).toContain("Priya's tripled bill");
    expect(titles).not.toContain("Unfinished draft call");
    expect(titles).not.toContain("Retired call");
    expect(titles).not.toContain("Northwind's own call");
    expect(titles.slice(0, builtInDeepLinkItems().filter((i) => i.kind === "scenario").length)).toEqual(
      builtInDeepLinkItems()
        .filter((i) => i.kind === "scenario")
        .map((i) => i.title),
    );

    const { launch, user, actor } = await teacherDeepLinkLaunch();
    const item = offered.find((i) => i.title === "Priya's tripled bill")!;
    const context = await sealDeepLinkContext(launch, user.id, secret);
    const { returnUrl, jwt } = await buildDeepLinkResponse(tdb.db, actor, { context, itemIds: [item.id] }, cfg);
    expect(await postToPlatform(returnUrl, jwt)).toBe(200);
    const items = sim.deepLinkResponses.at(-1)!["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"] as {
      title: string;
      custom: { defuse_path: string };
      lineItem?: { scoreMaximum: number; resourceId: string };
    }[];
    expect(items).toEqual([
      expect.objectContaining({
        title: "Priya's tripled bill",
        custom: expect.objectContaining({ defuse_path: `/practice/${published.key}` }),
        lineItem: expect.objectContaining({ scoreMaximum: 100, resourceId: `scenario:${published.key}` }),
      }),
    ]);
    // another organisation's scenario cannot be slipped into the response by id
    await expect(buildDeepLinkResponse(tdb.db, actor, { context, itemIds: [`scenario:${theirs.key}`] }, cfg)).rejects.toThrow(/Choose at least one activity/);
    // a learner's launch of that link records where the attempt's score goes
    const { redirectUrl, state } = await startLogin(tdb.db, cfg, { iss: sim.issuer, login_hint: "learner-authored", client_id: sim.clientId });
    const learnerLaunch = await verifyLaunch(tdb.db, {
      idToken: await sim.idToken(
        sim.claims(sim.checkAuthRequest(redirectUrl), {
          "https://purl.imsglobal.org/spec/lti/claim/custom": { defuse_path: items[0]!.custom.defuse_path },
          "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint": { scope: ["https://purl.imsglobal.org/spec/lti-ags/scope/score"], lineitem: `${sim.url}/lineitems/authored-1` },
        }),
      ),
      state,
      cookieState: state,
    });
    const learner = await signInFromLaunch(tdb.db, learnerLaunch);
    expect(await captureGradeTarget(tdb.db, learnerLaunch, learner.user.id)).toMatchObject({ contentId: published.key, orgId: o.org.id });
    expect(await contentIdForPath(tdb.db, o.org.id, `/practice/${draftOnly.key}`)).toBeNull();
    expect(await contentIdForPath(tdb.db, o.org.id, `/practice/${theirs.key}`)).toBeNull();
  });

  it("after key rotation the platform verifies new responses with the new key, and the old key is still published", async () => {
    const admin = callerFor(tdb.db, o.admin);
    const [reg] = await admin.lti.listRegistrations();
    const { currentKid } = await admin.lti.rotateKey({ id: reg!.id });
    const { launch, user, actor } = await teacherDeepLinkLaunch();
    const context = await sealDeepLinkContext(launch, user.id, secret);
    const { returnUrl, jwt } = await buildDeepLinkResponse(tdb.db, actor, { context, itemIds: [builtInDeepLinkItems()[0]!.id] }, cfg);
    expect(JSON.parse(Buffer.from(jwt.split(".")[0]!, "base64url").toString()).kid).toBe(currentKid);
    expect(await postToPlatform(returnUrl, jwt)).toBe(200);
    expect((await publicJwks(tdb.db)).keys.map((k) => k.kid)).toEqual(expect.arrayContaining([reg!.currentKid, currentKid]));
  });

  it("the sealed request works only for the teacher it was issued to", async () => {
    const { launch, user } = await teacherDeepLinkLaunch();
    const context = await sealDeepLinkContext(launch, user.id, secret);
    const other = { id: o.trainer.id, orgId: o.org.id, role: "TRAINER" as const, email: o.trainer.email, name: o.trainer.name };
    await expect(buildDeepLinkResponse(tdb.db, other, { context, itemIds: [builtInDeepLinkItems()[0]!.id] }, cfg)).rejects.toThrow(/belongs to someone else/);
    await expect(buildDeepLinkResponse(tdb.db, other, { context: `${context}x`, itemIds: [builtInDeepLinkItems()[0]!.id] }, cfg)).rejects.toThrow(/not valid/);
  });
});
