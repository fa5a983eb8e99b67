import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { catalogue } from "@defuse/content";
import type { Db, User } from "@defuse/db";
import type { createCaller, SessionUser } from "@defuse/api";
import { allLevels, CRITERIA, seedAttempt, seedCertificate } from "../../../packages/api/test/trainer-fixtures";
import type { PageRead } from "./page-memo";

vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
const USERS: Record<string, SessionUser> = {
  ann: { id: "u-ann", email: "ann@a.test", name: "Ann", role: "LEARNER", orgId: "org-a" },
  cy: { id: "u-cy", email: "cy@a.test", name: "Cy", role: "TRAINER", orgId: "org-a" },
};
vi.mock("./session", () => ({
  sessionUser: async (h: Headers) => USERS[/sid=(\w+)/.exec(h.get("cookie") ?? "")?.[1] ?? ""] ?? null,
  requireUser: async () => USERS.ann,
  serverApi: async () => ({}),
}));
// The database the memo's reads run on: none for the stubbed reads, a real one for the tests at the end of the file.
const realDb: { current: unknown } = { current: {} };
vi.mock("./db", () => ({ db: () => realDb.current }));

const reads = await import("./page-reads");
const { canonical, lookup, pageData, resetPageMemo } = await import("./page-memo");

const ALL = Object.entries(reads).filter(([, v]) => typeof v === "object" && v !== null && "path" in v && "read" in v) as Array<
  [string, { path: string; read: (...a: unknown[]) => Promise<unknown> }]
>;

const ORIGINAL = new Map(ALL.map(([name, r]) => [name, r.read]));

describe("the pages the page memo may send again (server/page-reads.ts)", () => {
  const seen: Array<{ name: string; params: Record<string, string> }> = [];
  beforeEach(() => {
    resetPageMemo();
    seen.length = 0;
    // Each read stubbed to say which page's read ran and with which params (lookup runs the registered object's read).
    for (const [name, r] of ALL) r.read = async (_api: unknown, ctx: unknown) => (seen.push({ name, params: (ctx as { params: Record<string, string> }).params }), { name });
  });
  const get = (url: string, sid = "ann") => lookup({ url, headers: { cookie: `sid=${sid}` } });

  it("matches each URL to its own page's read, with the ids from the path", async () => {
    for (const [url, name, params] of [
      ["/practice", "PRACTICE", {}],
      ["/practice/billing-error", "SCENARIO", { scenarioId: "billing-error" }],
      ["/practice/billing-error/att-1", "ATTEMPT", { scenarioId: "billing-error", attemptId: "att-1" }],
      ["/progress", "PROGRESS", {}],
      ["/progress/calls/att-2", "CALL_REVIEW", { attemptId: "att-2" }],
    ] as const) {
      seen.length = 0;
      expect(await get(url)).not.toBeNull();
      expect(seen).toEqual([{ name, params }]);
    }
  });

  it("leaves URLs no read knows to Next (a deeper path, an encoded id)", async () => {
    for (const url of ["/practice/billing-error/att-1/extra", "/progress/calls", "/practice/bill%2Fing"]) expect(await get(url)).toBeNull();
    expect(seen).toEqual([]);
  });

  it("a real call's review: a review that is not there is null (the page answers 404), any other failure is thrown", async () => {
    const read = ORIGINAL.get("CALL_REVIEW")!;
    const api = (fail: TRPCError) => ({ review: { releasedForAttempt: () => Promise.reject(fail) }, qa: { dispute: async () => ({ state: "OPEN" }) } });
    const ctx = { params: { attemptId: "att-1" }, search: new URLSearchParams(), user: USERS.ann! };
    await expect(read(api(new TRPCError({ code: "NOT_FOUND", message: "no review" })), ctx)).resolves.toEqual({ review: null, dispute: { state: "OPEN" } });
    await expect(read(api(new TRPCError({ code: "FORBIDDEN" })), ctx)).rejects.toThrow(TRPCError);
  });
});

// A kept page is sent again when its read fingerprints the same; anything else the page shows would go
// stale. So a page with a PageRead reads nothing but it: no procedure called on the side, no request
// headers or cookies, no clock or randomness of its own.
// A trainer's or admin's page reads filters and a page cursor from the URL. A crafted or stale one (another
// organisation's cursor, an unknown id, a NUL, an over-long value) is the procedures' BAD_REQUEST; the page
// answers it with its 404 (the address is wrong), never a 500, and the same for every such value, so an
// answer tells nothing about another organisation's rows (issue 16, items 2 and 7; sec25).
describe("a page whose read refuses what the URL asks for", () => {
  const failing = (err: Error) => ({ path: "/refused", read: async () => Promise.reject(err) }) as unknown as PageRead<unknown>;
  it("answers with the 404 page for a bad request or a row not found, and lets any other failure through", async () => {
    for (const code of ["BAD_REQUEST", "NOT_FOUND"] as const)
      await expect(reads.loadPage(failing(new TRPCError({ code, message: "That page is no longer available." }))), code).rejects.toMatchObject({
        digest: expect.stringContaining("404"),
      });
    const crash = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "boom" });
    await expect(reads.loadPage(failing(crash))).rejects.toBe(crash);
  });
});

describe("pages with a PageRead read nothing else", () => {
  const appDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../app");
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === "page.tsx") pages.push(p);
    }
  };
  walk(appDir);
  const memoPages = pages.filter((p) => /\bloadPage\(/.test(readFileSync(p, "utf8")));

  it("finds every page that has one", () => {
    expect(memoPages.length).toBe(ALL.length);
  });

  it.each(memoPages.map((p) => [path.relative(appDir, p)]))("%s", (rel) => {
    const src = readFileSync(path.join(appDir, rel), "utf8");
    for (const forbidden of [/\bserverApi\(/, /\bcurrentUser\(/, /\bheaders\(\)/, /\bcookies\(\)/, /\bDate\.now\(/, /\bnew Date\(\)/, /\bMath\.random\(/, /\bapi\./])
      expect(src).not.toMatch(forbidden);
  });
});

// The reads of the trainer, admin and account pages on a real database, through the memo's own
// lookup: the same page again for an unchanged read, a fresh render after a change the page shows,
// and never one person's page for another, nor one organisation's data for another.
type Person = Pick<User, "id" | "orgId" | "email" | "name" | "role">;
interface Org {
  org: { id: string; name: string };
  admin: Person;
  trainer: Person;
  learner: Person;
}
interface Testing {
  createTestDatabase(): Promise<{ url: string; db: Db; drop(): Promise<void> }>;
  createOrgWithUsers(db: Db, opts?: { name?: string }): Promise<Org>;
}
type Caller = ReturnType<typeof createCaller>;
type AnyRead = PageRead<unknown>;

describe("the trainer, admin and account pages' reads on a real database", { timeout: 120_000 }, () => {
  let tdb: Awaited<ReturnType<Testing["createTestDatabase"]>>;
  let db: Db;
  let a: Org & { suffix: string };
  let b: Org;
  let as: (p: Person) => Caller;
  const f = {} as {
    cohort: { id: string; name: string };
    toReview: string;
    released: string;
    disputeId: string;
    disputedAttempt: string;
    calibration: string;
    certificate: string;
    scenario: string;
    playtest: string;
    rubric: string;
    moduleId: string;
    assignment: string;
  };

  beforeAll(async () => {
    for (const [name, r] of ALL) r.read = ORIGINAL.get(name)!;
    const testing = (await import("@defuse/db/testing" as string)) as Testing;
    tdb = await testing.createTestDatabase();
    db = tdb.db;
    realDb.current = db;
    process.env.AUTH_SECRET ??= "page-reads-test-secret-0123456789abcdef";
    const { createCaller, createContextInner } = await import("@defuse/api");
    as = (p) => createCaller(createContextInner({ db, user: { id: p.id, orgId: p.orgId, email: p.email, name: p.name, role: p.role } }));
    const orgA = await testing.createOrgWithUsers(db, { name: "Memo A" });
    a = { ...orgA, suffix: orgA.org.name.split(" ").at(-1)! };
    b = await testing.createOrgWithUsers(db, { name: "Memo B" });
    const sx = a.suffix;
    for (const [key, p] of Object.entries({ aAdmin: a.admin, aTrainer: a.trainer, aLearner: a.learner, bAdmin: b.admin, bTrainer: b.trainer, bLearner: b.learner }))
      USERS[key] = { id: p.id, orgId: p.orgId, email: p.email, name: p.name, role: p.role };

    // Organisation A: a cohort with an assignment, attempts to review, release, dispute and calibrate,
    // a certificate, an email, a scenario and a rubric of its own, a play-test and an LMS.
    const admin = as(a.admin);
    const trainer = as(a.trainer);
    const cohort = await admin.cohort.create({ name: `Cohort ${sx}` });
    await admin.cohort.addMembers({ cohortId: cohort.id, userIds: [a.learner.id] });
    f.cohort = { id: cohort.id, name: cohort.name };
    await as(b.admin).cohort.create({ name: "Cohort of B" });
    const assignment = await trainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", dueAt: null, passMark: 70 });
    f.assignment = assignment.id;
    const completed = async () => (await seedAttempt(db, { orgId: a.org.id, userId: a.learner.id, levels: allLevels(3), assignmentId: assignment.id })).id;
    const criteria = CRITERIA.map((criterionId) => ({ criterionId, level: 3 }));
    f.toReview = await completed();
    f.released = await completed();
    await trainer.review.release({ attemptId: f.released, criteria, comment: `Released note ${sx}` });
    f.disputedAttempt = await completed();
    await trainer.review.release({ attemptId: f.disputedAttempt, criteria, comment: `Disputed note ${sx}` });
    f.disputeId = (await as(a.learner).qa.openDispute({ attemptId: f.disputedAttempt, reason: `The score missed my apology ${sx}` })).disputeId;
    f.calibration = (await trainer.qa.openCalibration({ attemptId: await completed(), trainerIds: [a.admin.id] })).sessionId;
    f.moduleId = catalogue.modules[0]!.id;
    f.certificate = (await seedCertificate(db, a.org, a.learner, `memo-${sx}`)).id;
    await db.emailMessage.create({ data: { orgId: a.org.id, userId: a.learner.id, recipient: a.learner.email, template: "due-soon", subject: `Due soon ${sx}`, html: `<p>${sx}</p>`, text: sx } });
    const scenario = await trainer.authoring.create({ from: "billing-error", title: `Ours ${sx}` });
    await trainer.authoring.publish({ id: scenario.id });
    f.scenario = scenario.id;
    f.playtest = (await trainer.authoring.startPlaytest({ id: scenario.id, mode: "freeText" })).sessionId;
    f.rubric = (await trainer.authoring.createRubric({ from: "core-deescalation", title: `Our rubric ${sx}` })).id;
    await admin.lti.createRegistration(lms(`client-${sx}`));
  }, 180_000);
  afterAll(async () => {
    realDb.current = {};
    await tdb?.drop();
  });
  beforeEach(() => resetPageMemo());

  const lms = (clientId: string) => ({
    name: `LMS ${clientId}`,
    issuer: `https://${clientId}.example`,
    clientId,
    deploymentIds: ["d1"],
    jwksUrl: "https://lms.example/jwks",
    authUrl: "https://lms.example/auth",
    tokenUrl: "https://lms.example/token",
  });
  const sid = (p: Person) => Object.entries(USERS).find(([, u]) => u.id === p.id)![0];
  /**
   * A view of `url` as the preload would serve it: null when the memo leaves it to Next (a refused
   * role, a read that failed: the page's 404), a kept page, or a miss that Next renders (here: the
   * page's data as pageData hands it, under the user's name as the header shows it) and the memo keeps.
   */
  async function view(read: AnyRead, url: string, who: Person): Promise<null | { hit: boolean; body: string }> {
    // A read that throws is left to Next, as the preload does (scripts/page-memo.cjs `serve`).
    const found = await lookup({ url, headers: { cookie: `sid=${sid(who)}` } }).catch(() => null);
    if (!found) return null;
    if ("hit" in found) return { hit: true, body: found.hit.body.toString() };
    const user = USERS[sid(who)]!;
    const data = await pageData(read, new Headers({ "x-defuse-page-read": found.readId }), {} as Caller, { params: {}, search: new URLSearchParams(), user });
    const body = `<header>${user.name}</header><main>${canonical(data)}</main>`;
    found.keep({ body, nonce: "n", headers: [] });
    found.done();
    return { hit: false, body };
  }
  /** Every string of organisation A's that another organisation must never see. */
  const secretsOfA = () => [a.suffix, a.org.id, f.cohort.id, f.toReview, f.released, f.disputedAttempt, f.scenario, f.playtest, f.rubric, f.calibration, f.certificate];

  async function rename(p: Person, name: string) {
    await db.user.update({ where: { id: p.id }, data: { name } });
    USERS[sid(p)] = { ...USERS[sid(p)]!, name }; // as the session cache has it once it reloads
  }

  interface Case {
    read: () => AnyRead;
    url: () => string;
    owner: () => Person;
    /** Someone of organisation B with the same role. */
    outsider: () => Person;
    /** A write the page shows, through the app where it has a procedure. */
    change: () => Promise<unknown>;
    /** What the page shows after it. */
    shows: () => string;
  }
  const staffOfB = () => b.trainer;
  const byName = reads as unknown as Record<string, AnyRead>;
  const CASES: Record<string, Case> = {
    COHORT: {
      read: () => byName.COHORT!,
      url: () => `/trainer/cohorts/${f.cohort.id}`,
      owner: () => a.trainer,
      outsider: staffOfB,
      change: () => as(a.trainer).assignment.create({ cohortId: f.cohort.id, kind: "MODULE", contentId: f.moduleId, dueAt: null }),
      shows: () => catalogue.modules[0]!.title,
    },
    REVIEW: {
      read: () => byName.REVIEW!,
      url: () => `/trainer/reviews/${f.toReview}`,
      owner: () => a.trainer,
      outsider: staffOfB,
      change: () => as(a.trainer).review.saveDraft({ attemptId: f.toReview, criteria: CRITERIA.map((criterionId) => ({ criterionId, level: 2 })), comment: `Draft ${a.suffix}` }),
      shows: () => `Draft ${a.suffix}`,
    },
    CERTIFICATES: {
      read: () => byName.CERTIFICATES!,
      url: () => "/trainer/certificates",
      owner: () => a.admin,
      outsider: () => b.admin,
      change: () => as(a.admin).certificate.revoke({ certificateId: f.certificate, reason: "Issued in error" }),
      shows: () => "Issued in error",
    },
    QA: {
      read: () => byName.QA!,
      url: () => "/trainer/qa",
      owner: () => a.trainer,
      outsider: staffOfB,
      change: async () => as(a.admin).qa.scoreCalibration({ sessionId: f.calibration, levels: Object.fromEntries(CRITERIA.map((c) => [c, 2])) }),
      shows: () => '"scored":1',
    },
    CALIBRATION: {
      read: () => byName.CALIBRATION!,
      url: () => `/trainer/qa/calibration/${f.calibration}`,
      owner: () => a.trainer,
      outsider: staffOfB,
      change: () => as(a.trainer).qa.closeCalibration({ sessionId: f.calibration }),
      shows: () => '"state":"CLOSED"',
    },
    DISPUTE: {
      read: () => byName.DISPUTE!,
      url: () => `/trainer/qa/disputes/${f.disputedAttempt}`,
      owner: () => a.admin,
      outsider: () => b.admin,
      change: async () => {
        const d = await db.dispute.findFirstOrThrow({ where: { id: f.disputeId }, select: { assignedToId: true } });
        const judge = [a.admin, a.trainer].find((p) => p.id === d.assignedToId)!;
        return as(judge).qa.decideDispute({ disputeId: f.disputeId, outcome: "declined", reason: `The score stands ${a.suffix}` });
      },
      shows: () => `The score stands ${a.suffix}`,
    },
    QA_IMPORT: {
      read: () => byName.QA_IMPORT!,
      url: () => "/trainer/qa/import",
      owner: () => a.trainer,
      outsider: staffOfB,
      change: () => rename(a.trainer, `Tess ${a.suffix}`),
      shows: () => `Tess ${a.suffix}`,
    },
    TRAINER_PACK: {
      read: () => byName.TRAINER_PACK!,
      url: () => "/trainer/pack",
      owner: () => a.trainer,
      outsider: staffOfB,
      change: () => rename(a.trainer, `Tom ${a.suffix}`),
      shows: () => `Tom ${a.suffix}`,
    },
    JOB_AID: {
      read: () => byName.JOB_AID!,
      url: () => "/trainer/pack/boundary-script",
      owner: () => a.trainer,
      outsider: staffOfB,
      change: () => rename(a.trainer, `Tia ${a.suffix}`),
      shows: () => `Tia ${a.suffix}`,
    },
    AGREEMENT: {
      read: () => byName.AGREEMENT!,
      url: () => `/trainer/agreement?cohortId=${f.cohort.id}`,
      owner: () => a.trainer,
      outsider: staffOfB,
      change: async () => {
        const id = (await seedAttempt(db, { orgId: a.org.id, userId: a.learner.id, levels: allLevels(4), assignmentId: f.assignment })).id;
        await as(a.trainer).review.release({ attemptId: id, criteria: CRITERIA.map((criterionId) => ({ criterionId, level: 4 })), comment: "Well done" });
      },
      // two released reviews of five criteria each before, three after
      shows: () => '"pairs":15',
    },
    SCENARIOS: {
      read: () => byName.SCENARIOS!,
      url: () => "/trainer/scenarios",
      owner: () => a.trainer,
      outsider: staffOfB,
      change: () => as(a.trainer).authoring.create({ from: null, title: `Blank ${a.suffix}` }),
      shows: () => `Blank ${a.suffix}`,
    },
    SCENARIO_EDITOR: {
      read: () => byName.SCENARIO_EDITOR!,
      url: () => `/trainer/scenarios/${f.scenario}`,
      owner: () => a.trainer,
      outsider: staffOfB,
      change: async () => {
        const t = as(a.trainer);
        const got = await t.authoring.get({ id: f.scenario });
        const draft = structuredClone(got.draft) as { scenario: { title: string } };
        draft.scenario.title = `Retitled ${a.suffix}`;
        return t.authoring.saveDraft({ id: f.scenario, revision: got.revision, text: JSON.stringify(draft) });
      },
      shows: () => `Retitled ${a.suffix}`,
    },
    PLAYTEST: {
      read: () => byName.PLAYTEST!,
      url: () => `/trainer/scenarios/${f.scenario}/playtest/${f.playtest}`,
      owner: () => a.trainer,
      outsider: staffOfB,
      change: () => as(a.trainer).authoring.playtestTurn({ attemptId: f.playtest, clientTurnId: "memo-turn-1", text: `I'm sorry about that ${a.suffix}, let me look into it.` }),
      shows: () => `I'm sorry about that ${a.suffix}`,
    },
    RUBRICS: {
      read: () => byName.RUBRICS!,
      url: () => "/trainer/rubrics",
      owner: () => a.trainer,
      outsider: staffOfB,
      change: () => as(a.trainer).authoring.createRubric({ from: "core-deescalation", title: `Second rubric ${a.suffix}` }),
      shows: () => `Second rubric ${a.suffix}`,
    },
    RUBRIC_EDITOR: {
      read: () => byName.RUBRIC_EDITOR!,
      url: () => `/trainer/rubrics/${f.rubric}`,
      owner: () => a.trainer,
      outsider: staffOfB,
      change: async () => {
        const t = as(a.trainer);
        const got = await t.authoring.rubric({ id: f.rubric });
        const draft = structuredClone(got.draft) as { title: string };
        draft.title = `Rubric retitled ${a.suffix}`;
        return t.authoring.saveRubricDraft({ id: f.rubric, revision: got.revision, text: JSON.stringify(draft) });
      },
      shows: () => `Rubric retitled ${a.suffix}`,
    },
    PEOPLE: {
      read: () => byName.PEOPLE!,
      url: () => "/admin/people?status=active",
      owner: () => a.admin,
      outsider: () => b.admin,
      change: () => as(a.admin).people.create({ name: `Newcomer ${a.suffix}`, email: `newcomer-${a.suffix}@test.defuse`, password: "a-strong-password-for-tests", role: "LEARNER" }),
      shows: () => `Newcomer ${a.suffix}`,
    },
    ADMIN_COHORTS: {
      read: () => byName.ADMIN_COHORTS!,
      url: () => `/admin/cohorts?open=${f.cohort.id}`,
      owner: () => a.admin,
      outsider: () => b.admin,
      change: () => as(a.admin).cohort.rename({ cohortId: f.cohort.id, name: `Renamed cohort ${a.suffix}` }),
      shows: () => `Renamed cohort ${a.suffix}`,
    },
    AUDIT: {
      read: () => byName.AUDIT!,
      url: () => "/admin/audit",
      owner: () => a.admin,
      outsider: () => b.admin,
      change: () => as(a.admin).cohort.create({ name: `Audited cohort ${a.suffix}` }),
      shows: () => `Audited cohort ${a.suffix}`,
    },
    OUTBOX: {
      read: () => byName.OUTBOX!,
      url: () => "/admin/outbox",
      owner: () => a.admin,
      outsider: () => b.admin,
      change: () =>
        db.emailMessage.create({ data: { orgId: a.org.id, userId: a.learner.id, recipient: a.learner.email, template: "overdue", subject: `Overdue ${a.suffix}`, html: "<p>x</p>", text: "x" } }),
      shows: () => `Overdue ${a.suffix}`,
    },
    ORG_SETTINGS: {
      read: () => byName.ORG_SETTINGS!,
      url: () => "/admin/settings",
      owner: () => a.admin,
      outsider: () => b.admin,
      change: () => as(a.admin).org.update({ name: `Memo A renamed ${a.suffix}`, defaultPassMark: 75 }),
      shows: () => `Memo A renamed ${a.suffix}`,
    },
    INTEGRATIONS: {
      read: () => byName.INTEGRATIONS!,
      url: () => "/admin/integrations",
      owner: () => a.admin,
      outsider: () => b.admin,
      change: () => as(a.admin).lti.createRegistration(lms(`second-${a.suffix}`)),
      shows: () => `second-${a.suffix}`,
    },
    ASSESSMENT_RULES: {
      read: () => byName.ASSESSMENT_RULES!,
      url: () => "/admin/assessments",
      owner: () => a.admin,
      outsider: () => b.admin,
      change: () =>
        as(a.admin).assessment.setRules({ moduleId: f.moduleId, questionCount: 6, knowledgePassMark: 81, scenarioId: "billing-error", roleplayPassMark: 70, maxAttempts: 3, cooldownSeconds: 3600 }),
      shows: () => '"knowledgePassMark":81',
    },
    ASSESSMENT: {
      read: () => byName.ASSESSMENT!,
      url: () => `/courses/${f.moduleId}/assessment`,
      owner: () => a.learner,
      outsider: () => b.learner,
      change: () => as(a.learner).assessment.start({ moduleId: f.moduleId }),
      shows: () => '"status":"KNOWLEDGE"',
    },
    NOTIFICATIONS: {
      read: () => byName.NOTIFICATIONS!,
      url: () => "/account/notifications",
      owner: () => a.learner,
      outsider: () => b.learner,
      change: () => as(a.learner).email.setNotificationSettings({ emailReminders: false }),
      shows: () => '"emailReminders":false',
    },
    CHANGE_PASSWORD: {
      read: () => byName.CHANGE_PASSWORD!,
      url: () => "/account/password",
      owner: () => a.learner,
      outsider: () => b.learner,
      change: () => rename(a.learner, `Lee ${a.suffix}`),
      shows: () => `Lee ${a.suffix}`,
    },
  };

  it("covers every read that is not one of the learner pages' (tested above and in page-memo.test.ts)", () => {
    const LEARNER_PAGES = ["DASHBOARD", "CATALOGUE", "COURSE", "LESSON", "KNOWLEDGE_CHECK", "PRACTICE", "SCENARIO", "ATTEMPT", "CALL_REVIEW", "PROGRESS", "TRAINER_HOME", "REVIEW_QUEUE"];
    expect(
      ALL.map(([name]) => name)
        .filter((n) => !LEARNER_PAGES.includes(n))
        .sort(),
    ).toEqual(Object.keys(CASES).sort());
  });

  it.each(Object.keys(CASES))("%s: kept while unchanged, anew after a change it shows, never another person's or organisation's", async (name) => {
    const c = CASES[name]!;
    const read = c.read();
    const url = c.url();
    const owner = c.owner();
    // Matched to this page's read, with the ids from the path.
    const first = await view(read, url, owner);
    expect(first, "the owner's first view is rendered").toEqual({ hit: false, body: expect.any(String) });
    expect(await view(read, url, owner), "the same read: the kept page").toEqual({ hit: true, body: first!.body });

    // Organisation B's person of the same role at the same URL: nothing (the read finds no row of theirs:
    // Next answers 404) or their own page from their own data, and never a kept page.
    const outsider = await view(read, url, c.outsider());
    if (outsider) {
      expect(outsider.hit).toBe(false);
      for (const s of secretsOfA()) expect(outsider.body, `B's page holds A's ${s}`).not.toContain(s);
      expect((await view(read, url, c.outsider()))?.hit).toBe(true);
    }
    // Another person of A with a role the page allows gets their own render, not the owner's page.
    if (read.roles) {
      const colleague = read.roles.includes(owner.role === "ADMIN" ? "TRAINER" : "ADMIN") ? (owner.role === "ADMIN" ? a.trainer : a.admin) : null;
      if (colleague) expect((await view(read, url, colleague))?.hit ?? false).toBe(false);
      // A learner is refused, as requireUser refuses them.
      expect(await lookup({ url, headers: { cookie: `sid=${sid(a.learner)}` } })).toBeNull();
    }
    // The owner's page was not replaced by anyone else's.
    expect(await view(read, url, owner)).toEqual({ hit: true, body: first!.body });

    await c.change();
    const after = await view(read, url, owner);
    expect(after?.hit, "a change the page shows is rendered anew").toBe(false);
    expect(after!.body).toContain(c.shows());
    expect(first!.body).not.toContain(c.shows());
    expect(await view(read, url, owner)).toEqual({ hit: true, body: after!.body });
  });

  it("a crafted filter or cursor in a trainer's or admin's URL is refused or finds nothing, the same whoever's row it names (never a crash)", async () => {
    const foreignCohort = (await as(b.admin).cohort.listAll({ limit: 5 })).items[0]!.id;
    const pages: Array<[string, Person, Record<string, string>, string[]]> = [
      ["PEOPLE", a.admin, {}, ["cursor", "q"]],
      ["ADMIN_COHORTS", a.admin, {}, ["cursor", "open"]],
      ["AUDIT", a.admin, {}, ["cursor", "person", "action"]],
      ["OUTBOX", a.admin, {}, ["cursor", "id"]],
      ["QA", a.trainer, {}, ["cursor"]],
      ["REVIEW_QUEUE", a.trainer, {}, ["cursor", "cohortId", "scenarioId"]],
      ["AGREEMENT", a.trainer, {}, ["cohortId", "scenarioId"]],
      ["COHORT", a.trainer, { cohortId: f.cohort.id }, ["cursor", "scursor", "learnerId", "assignmentId"]],
    ];
    /** What the page gets: its data, or the code the read refused it with (the page answers both BAD_REQUEST and NOT_FOUND with its 404). */
    const outcome = (name: string, who: Person, params: Record<string, string>, search: URLSearchParams) =>
      byName[name]!.read(as(who), { params, search, user: USERS[sid(who)]! }).then(
        (data) => ({ data: canonical(data) }),
        (err: unknown) => ({ code: err instanceof TRPCError ? err.code : String(err) }),
      );
    for (const [name, who, params, keys] of pages)
      for (const key of keys) {
        const got: Record<string, { data?: string; code?: string }> = {};
        for (const [kind, value] of Object.entries({ foreign: foreignCohort, unknown: "cunknownid000000000000000", long: "x".repeat(300), nul: "a\u0000b" }))
          got[kind] = await outcome(name, who, params, new URLSearchParams({ [key]: value }));
        for (const [kind, o] of Object.entries(got)) if (o.code) expect(["BAD_REQUEST", "NOT_FOUND"], `${name} ?${key}= (${kind}) answered ${o.code}`).toContain(o.code);
        expect(got.foreign, `${name} ?${key}=: another organisation's id and an unknown one look the same`).toEqual(got.unknown);
      }
  });

  it("leaves the password page to Next for someone with a temporary password", async () => {
    USERS.temp = { ...USERS.aLearner!, mustChangePassword: true };
    try {
      expect(await lookup({ url: "/account/password", headers: { cookie: "sid=temp" } })).toBeNull();
    } finally {
      delete USERS.temp;
    }
  });
});
