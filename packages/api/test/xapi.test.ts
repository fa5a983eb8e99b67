import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue } from "@defuse/content";
import { createOrgWithUsers, createTestDatabase, type OrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { deliverDue, MAX_ATTEMPTS } from "../src/services/xapi/deliver";
import { activityProfile } from "../src/services/xapi/profile";
import { statementProblems } from "../src/services/xapi/statements";
import { sweepOrg } from "../src/services/xapi/sweep";
import { allLevels, callerFor, codeOf, seedAttempt } from "./trainer-fixtures";

process.env.AUTH_SECRET ??= "test-secret-for-lti-keys-0123456789abcdef";
// The test store listens on plain http://127.0.0.1: the operator's setting for a private host has to
// be given explicitly (Defuse refuses both by default; see services/outbound).
process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
// Its fake servers listen on whatever port the system gives (only 443 and 80 are allowed by default).
process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = "1024-65535";
const secret = process.env.AUTH_SECRET;

/** A learning record store on a loopback port: checks the version header and basic auth, stores statements, fails on demand. */
class TestLrs {
  server!: Server;
  url = "";
  statements: Record<string, unknown>[] = [];
  requests: { version?: string; auth?: string }[] = [];
  failNext = 0;
  failAlways = false;
  async start() {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, "127.0.0.1", r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/xapi/`;
    return this;
  }
  private async handle(req: IncomingMessage, res: ServerResponse) {
    let body = "";
    for await (const c of req) body += c;
    this.requests.push({ version: req.headers["x-experience-api-version"] as string, auth: req.headers.authorization });
    if (req.headers.authorization !== `Basic ${Buffer.from("lrs-key:lrs-secret").toString("base64")}`) return res.writeHead(401).end("bad credentials");
    if (req.url?.startsWith("/xapi/about")) return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ version: ["1.0.3"] }));
    if (req.url?.startsWith("/xapi/statements") && req.method === "POST") {
      if (req.headers["x-experience-api-version"] !== "1.0.3") return res.writeHead(400).end("missing version header");
      if (this.failAlways || this.failNext > 0) {
        this.failNext = Math.max(0, this.failNext - 1);
        return res.writeHead(503).end("store unavailable");
      }
      const list = JSON.parse(body) as Record<string, unknown>[];
      for (const s of list) if (!this.statements.some((x) => x.id === s.id)) this.statements.push(s);
      return res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(list.map((s) => s.id)));
    }
    res.writeHead(404).end();
  }
  stop() {
    return new Promise((r) => this.server.close(r));
  }
}

let tdb: TestDatabase;
let o: OrgWithUsers;
let other: OrgWithUsers;
let lrs: TestLrs;
beforeAll(async () => {
  tdb = await createTestDatabase();
  o = await createOrgWithUsers(tdb.db);
  other = await createOrgWithUsers(tdb.db);
  lrs = await new TestLrs().start();
}, 120_000);
afterAll(async () => {
  await lrs?.stop();
  await tdb?.drop();
});

const cfgInput = () => ({ enabled: true, endpoint: lrs.url, username: "lrs-key", password: "lrs-secret", actorMode: "account" as const });
const verbsOf = (list: { verb: unknown }[]) =>
  list.map((s) =>
    String((s.verb as { id?: string }).id ?? s.verb)
      .split("/")
      .pop(),
  );

/** One learner's whole journey, written as the app writes it. */
async function journey(userId: string) {
  const m = catalogue.modules[0]!;
  const lesson = m.lessons[0]!;
  const quiz = catalogue.quizzes.find((q) => q.id === lesson.quizId)!;
  const now = new Date();
  await tdb.db.lessonProgress.create({ data: { orgId: o.org.id, userId, moduleId: m.id, lessonId: lesson.id, contentVersion: lesson.version, completedAt: now, lastViewedAt: now } });
  const answers = Object.fromEntries(quiz.questions.slice(0, 3).map((q, i) => [q.id, (i === 0 ? q.options.find((x) => !x.correct) : q.options.find((x) => x.correct))!.id]));
  await tdb.db.attempt.create({
    data: {
      orgId: o.org.id,
      userId,
      kind: "QUIZ",
      contentId: quiz.id,
      contentVersion: quiz.version,
      status: "COMPLETED",
      completedAt: now,
      answers,
      autoScore: 67,
      autoPassed: false,
      score: 67,
      passed: false,
    },
  });
  const roleplay = await seedAttempt(tdb.db, { orgId: o.org.id, userId, levels: allLevels(3) });
  await tdb.db.review.create({ data: { orgId: o.org.id, attemptId: roleplay.id, reviewerId: o.trainer.id, state: "RELEASED", criteria: [], score: 80, passed: true, releasedAt: now } });
  await tdb.db.certificate.create({
    data: { orgId: o.org.id, userId, moduleId: m.id, assessmentAttemptId: `aa-${userId}`, code: `CODE-${userId.slice(-6)}`, learnerName: "Learner", orgName: "Org", moduleTitle: m.title, score: 85 },
  });
  return { quiz, answers };
}

describe("xAPI: statements for a learner's journey, delivered to the organisation's record store", () => {
  it("only an admin configures the store; the password is sealed and never returned; another organisation sees nothing", async () => {
    expect(await codeOf(callerFor(tdb.db, o.trainer).xapi.saveConfig(cfgInput()))).toBe("FORBIDDEN");
    expect(await codeOf(callerFor(tdb.db, o.admin).xapi.saveConfig({ ...cfgInput(), endpoint: "http://10.0.0.5/xapi" }))).toBe("BAD_REQUEST");
    await callerFor(tdb.db, o.admin).xapi.saveConfig(cfgInput());
    const row = await tdb.db.xapiConfig.findUniqueOrThrow({ where: { orgId: o.org.id } });
    expect(row.passwordSealed).not.toContain("lrs-secret");
    const shown = await callerFor(tdb.db, o.admin).xapi.config();
    expect(JSON.stringify(shown)).not.toContain("lrs-secret");
    expect(shown.config).toMatchObject({ enabled: true, username: "lrs-key", hasPassword: true });
    expect((await callerFor(tdb.db, other.admin).xapi.config()).config).toBeNull();
    expect(await callerFor(tdb.db, o.admin).xapi.testConnection()).toMatchObject({ ok: true, message: expect.stringContaining("1.0.3") });
  });

  it("a whole journey gives valid statements (launched, completed, answered, failed, initialized, interacted, completed, review released, earned), sent once each", async () => {
    const { answers } = await journey(o.learner.id);
    const swept = await sweepOrg(tdb.db, o.org.id, new Date(Date.now() + 1000));
    expect(swept.invalid).toEqual([]);
    const outbox = await tdb.db.xapiStatement.findMany({ where: { orgId: o.org.id } });
    for (const s of outbox) expect(statementProblems(s.statement)).toEqual([]);
    const verbs = verbsOf(outbox.map((s) => s.statement as { verb: unknown }));
    expect(verbs.sort()).toEqual(
      ["launched", "completed", ...Object.keys(answers).map(() => "answered"), "failed", "initialized", "interacted", "interacted", "completed", "review-released", "earned"].sort(),
    );
    // Run again over the same window: nothing doubles.
    await sweepOrg(tdb.db, o.org.id, new Date(Date.now() + 2000));
    expect(await tdb.db.xapiStatement.count({ where: { orgId: o.org.id } })).toBe(outbox.length);

    expect(await deliverDue(tdb.db, secret)).toEqual({ sent: outbox.length, failed: 0 });
    expect(lrs.statements).toHaveLength(outbox.length);
    expect(lrs.requests.every((r) => r.version === "1.0.3")).toBe(true);
    const turn = lrs.statements.find((s) => verbsOf([s as { verb: unknown }])[0] === "interacted") as { actor: unknown; result: { extensions: Record<string, unknown> } };
    expect(turn.actor).toEqual({ objectType: "Agent", name: o.learner.name, account: { homePage: expect.any(String), name: o.learner.id } });
    expect(Object.entries(turn.result.extensions).find(([k]) => k.endsWith("/extensions/techniques"))?.[1]).toEqual(["apology"]);
    const answered = lrs.statements.filter((s) => verbsOf([s as { verb: unknown }])[0] === "answered") as { result: { success: boolean } }[];
    expect(answered.map((a) => a.result.success).sort()).toEqual([false, true, true]);
    expect(await tdb.db.xapiStatement.count({ where: { orgId: o.org.id, status: "SENT" } })).toBe(outbox.length);
  });

  it("retries after the store fails twice, then dead-letters what keeps failing until an admin retries it", async () => {
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(2) });
    await sweepOrg(tdb.db, o.org.id, new Date(Date.now() + 3000));
    const fresh = await tdb.db.xapiStatement.count({ where: { orgId: o.org.id, status: "QUEUED" } });
    expect(fresh).toBe(4); // initialized, two turns, completed
    const before = lrs.statements.length;
    lrs.failNext = 2;
    let clock = Date.now();
    expect((await deliverDue(tdb.db, secret, new Date(clock))).failed).toBe(fresh);
    expect(await deliverDue(tdb.db, secret, new Date(clock))).toEqual({ sent: 0, failed: 0 }); // waiting for its back-off
    clock += 61_000;
    expect((await deliverDue(tdb.db, secret, new Date(clock))).failed).toBe(fresh);
    clock += 121_000;
    expect((await deliverDue(tdb.db, secret, new Date(clock))).sent).toBe(fresh);
    expect(lrs.statements.length).toBe(before + fresh);

    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(1) });
    await sweepOrg(tdb.db, o.org.id, new Date(Date.now() + 4000));
    lrs.failAlways = true;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      clock += 61 * 60_000;
      await deliverDue(tdb.db, secret, new Date(clock));
    }
    const dead = await callerFor(tdb.db, o.admin).xapi.statements({ status: "DEAD", limit: 25 });
    expect(dead.items).toHaveLength(4);
    expect(dead.items[0]).toMatchObject({ attempts: MAX_ATTEMPTS, lastError: expect.stringContaining("store unavailable"), who: o.learner.name });
    expect(await codeOf(callerFor(tdb.db, other.admin).xapi.retry({ id: dead.items[0]!.id }))).toBe("NOT_FOUND");
    lrs.failAlways = false;
    expect(await callerFor(tdb.db, o.admin).xapi.retry({})).toEqual({ requeued: 4 });
    expect((await deliverDue(tdb.db, secret, new Date(clock))).sent).toBe(4);
    expect((await callerFor(tdb.db, o.admin).xapi.config()).dead).toBe(0);
  });

  it("sends nothing for an organisation without a store, and an email actor when the organisation chooses it", async () => {
    await seedAttempt(tdb.db, { orgId: other.org.id, userId: other.learner.id, levels: allLevels(3) });
    expect((await sweepOrg(tdb.db, other.org.id, new Date(Date.now() + 5000))).written).toBe(0);
    expect(await tdb.db.xapiStatement.count({ where: { OR: [{ orgId: other.org.id }, { userId: other.learner.id }] } })).toBe(0);
    await callerFor(tdb.db, o.admin).xapi.saveConfig({ ...cfgInput(), password: "", actorMode: "email" });
    await seedAttempt(tdb.db, { orgId: o.org.id, userId: o.learner.id, levels: allLevels(4) });
    await sweepOrg(tdb.db, o.org.id, new Date(Date.now() + 5000));
    const latest = await tdb.db.xapiStatement.findFirstOrThrow({ where: { orgId: o.org.id, status: "QUEUED", userId: o.learner.id }, orderBy: { createdAt: "desc" } });
    expect((latest.statement as { actor: unknown }).actor).toEqual({ objectType: "Agent", name: o.learner.name, mbox: `mailto:${o.learner.email}` });
  });

  it("the activity profile describes every Defuse term the statements use", () => {
    const p = activityProfile("https://defuse.example");
    const ids = new Set(p.concepts.map((c) => c.id));
    for (const term of ["verbs/review-released", "extensions/techniques", "extensions/pitfalls", "extensions/tension", "extensions/turn", "extensions/outcome", "activities/certificate"]) {
      expect(ids.has(`https://defuse.example/api/xapi/profile/${term}`)).toBe(true);
    }
  });
});
