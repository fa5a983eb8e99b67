/**
 * Authorisation matrix: every tRPC procedure × every kind of caller (see CALLERS in
 * authorization-expectations.ts), each compared with an EXACT expected outcome. Organisation A is
 * seeded with a real row of every kind, through the API where one exists, and every input names
 * those rows, so calls from organisation B are tried against data that exists. Everything an
 * outsider receives (result and error message) is searched for every id, name and email of
 * organisation A. A procedure missing from EXPECTED fails the test, so new procedures join the
 * matrix the moment they are added to the router.
 *
 * Callers are resolved the way a request is: from a real SignInSession row through
 * loadSessionUser, on every call, so a deactivated account and a temporary password take effect
 * exactly as they do in the app.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { catalogue } from "@defuse/content";
import { createTestDatabase, createOrgWithUsers, type TestDatabase } from "@defuse/db/testing";
import { appRouter, createCaller, createContextInner, loadSessionUser, startSignInSession, type SessionRef } from "../src";
import { hashToken } from "../src/services/people/passwordReset";
import { EXPECTED, CALLERS, CROSS_LINKS, OUTSIDERS, STRONG_PASSWORD, type Access, type Caller, type Fixture, type Outcome } from "./authorization-expectations";
import { allLevels, callerFor, CRITERIA, seedAttempt, seedCertificate } from "./trainer-fixtures";

// xapi.saveConfig stores a closed loopback port (see authorization-expectations.ts), which the
// outbound guard refuses unless the operator allows it: allowed here, explicitly.
process.env.DEFUSE_OUTBOUND_ALLOW_HTTP = "1";
process.env.DEFUSE_OUTBOUND_ALLOW_HOSTS = "127.0.0.1";
// The record store it saves is 127.0.0.1:9 (discard: nothing answers); only 443 and 80 are allowed by default.
process.env.DEFUSE_OUTBOUND_ALLOW_PORTS = "9";

const ROLE_RANK = { LEARNER: 0, TRAINER: 1, ADMIN: 2 } as const;
const RUNG_RANK: Record<Access, number> = { public: -1, signedIn: 0, trainer: 1, admin: 2 };
/** The role each signed-in caller has (deactivated and tempPassword are learners). */
const CALLER_ROLE: Record<Exclude<Caller, "anonymous">, keyof typeof ROLE_RANK> = {
  deactivated: "LEARNER",
  tempPassword: "LEARNER",
  learnerB: "LEARNER",
  trainerB: "TRAINER",
  adminB: "ADMIN",
  learner: "LEARNER",
  trainer: "TRAINER",
  admin: "ADMIN",
};

/** Whether the rung lets this caller in; `outcomes` must then name them. */
function admitted(access: Access, who: Caller): boolean {
  if (access === "public") return true;
  if (who === "anonymous" || who === "deactivated" || who === "tempPassword") return false;
  return ROLE_RANK[CALLER_ROLE[who]] >= RUNG_RANK[access];
}

/** The refusal a caller the rung turns away gets. */
function refusal(who: Caller): Outcome {
  return who === "anonymous" || who === "deactivated" ? "UNAUTHORIZED" : "FORBIDDEN";
}

let tdb: TestDatabase;
let f: Fixture;
const sessions = {} as Record<Exclude<Caller, "anonymous">, SessionRef>;

beforeAll(async () => {
  tdb = await createTestDatabase();
  const db = tdb.db;
  const a = await createOrgWithUsers(db, { name: "Matrix A" });
  const b = await createOrgWithUsers(db, { name: "Matrix B" });
  const suffix = a.org.slug.replace(/^test-/, "");
  const asAdmin = callerFor(db, a.admin);
  const asTrainer = callerFor(db, a.trainer);
  const asLearner = callerFor(db, a.learner);

  // People and the cohort, through the admin's own procedures (so audit entries exist too).
  const newLearner = async (label: string, extra: { requirePasswordChange?: boolean } = {}) => {
    const u = await asAdmin.people.create({ name: `${label} ${suffix}`, email: `${label.toLowerCase()}-${suffix}@test.defuse`, password: STRONG_PASSWORD, role: "LEARNER", ...extra });
    return { id: u.id, email: u.email, name: u.name };
  };
  const subject = await newLearner("Subject");
  const linkHolder = await newLearner("Holder");
  const deactivated = await newLearner("Deactivated");
  const tempPassword = await newLearner("Temporary", { requirePasswordChange: true });
  const cohort = await asAdmin.cohort.create({ name: `Cohort A ${suffix}` });
  await asAdmin.cohort.addMembers({ cohortId: cohort.id, userIds: [a.learner.id, subject.id, deactivated.id, tempPassword.id] });
  const cohortB = await callerFor(db, b.admin).cohort.create({ name: `Cohort B ${suffix}` });

  // Assignments, through the trainer.
  const assignment = await asTrainer.assignment.create({ cohortId: cohort.id, kind: "SCENARIO", contentId: "billing-error", dueAt: null, passMark: 70 });
  const assignmentToWithdraw = await asTrainer.assignment.create({ cohortId: cohort.id, kind: "MODULE", contentId: catalogue.modules[0]!.id, dueAt: null });

  // The learner's lesson progress, a quiz attempt and three role-plays in progress, with turns.
  const m = catalogue.modules[0]!;
  const lesson = { moduleId: m.id, lessonId: m.lessons[0]!.id };
  await asLearner.learner.openLesson(lesson);
  await asLearner.learner.completeLesson(lesson);
  const quiz = catalogue.quizzes.find((q) => q.id === m.lessons[0]!.quizId)!;
  await asLearner.learner.submitQuiz({ ...lesson, attemptNumber: 1, answers: Object.fromEntries(quiz.questions.map((q) => [q.id, q.options[0]!.id])) });
  const quizAttempt = await db.attempt.findFirstOrThrow({ where: { userId: a.learner.id, kind: "QUIZ" }, select: { id: true } });
  const inProgress = async (scenarioId: string, turns: number) => {
    const { attemptId } = await asLearner.learner.startAttempt({ scenarioId, mode: "freeText" });
    for (let i = 0; i < turns; i++) {
      await asLearner.learner.takeTurn({ attemptId, clientTurnId: `setup-${scenarioId}-${i}`, text: "I'm sorry, I can hear how frustrating this is. Let me sort it out." });
    }
    return { id: attemptId };
  };
  const practice = await inProgress("billing-error", 1);
  const toFinish = await inProgress("misled-features", 1);
  const toAbandon = await inProgress("refund-demand", 1);

  // Completed attempts: one with a trainer's draft review, one waiting, one released and reflected on.
  const completed = () => seedAttempt(db, { orgId: a.org.id, userId: a.learner.id, levels: allLevels(3), assignmentId: assignment.id });
  const criteria = CRITERIA.map((criterionId) => ({ criterionId, level: 3 }));
  const toReview = await completed();
  await asTrainer.review.saveDraft({ attemptId: toReview.id, criteria, comment: `Draft note ${suffix}` });
  const toRelease = await completed();
  const reviewed = await completed();
  await asTrainer.review.release({ attemptId: reviewed.id, criteria, comment: `Released note ${suffix}` });
  await asLearner.learner.saveReflection({ attemptId: reviewed.id, wentWell: `Reflection ${suffix}` });

  // One-time links: linkHolder's live one (plain token known), and one already redeemed.
  const liveResetToken = `live-${suffix}-${"x".repeat(30)}`;
  const usedResetToken = `used-${suffix}-${"y".repeat(30)}`;
  const day = 24 * 60 * 60 * 1000;
  await db.passwordResetToken.create({ data: { userId: linkHolder.id, tokenHash: hashToken(usedResetToken), expiresAt: new Date(Date.now() + day), usedAt: new Date() } });
  await db.passwordResetToken.create({ data: { userId: linkHolder.id, tokenHash: hashToken(liveResetToken), expiresAt: new Date(Date.now() + day) } });

  // LTI platforms of A (issue 15): one to rotate and edit, one to delete.
  process.env.AUTH_SECRET ??= "matrix-test-secret-0123456789abcdefghijkl";
  const ltiReg = (clientId: string) => ({
    name: `LMS ${suffix}`,
    issuer: `https://lms-${suffix}.example`,
    clientId,
    deploymentIds: ["d1"],
    jwksUrl: "https://lms.example/jwks",
    authUrl: "https://lms.example/auth",
    tokenUrl: "https://lms.example/token",
  });
  const ltiRegistration = await asAdmin.lti.createRegistration(ltiReg(`client-${suffix}`));
  const ltiRegistrationToDelete = await asAdmin.lti.createRegistration(ltiReg(`gone-${suffix}`));
  // An LMS course seen in a launch that offered no roster service (so a sync stops before any network call).
  const ltiContext = await db.ltiContext.create({ data: { orgId: a.org.id, registrationId: ltiRegistration.id, contextId: `course-${suffix}`, title: `Course ${suffix}` } });

  // A scenario of A's own, published (issue 13).
  const authoredScenario = await asTrainer.authoring.create({ from: "billing-error", title: `Ours ${suffix}` });
  await asTrainer.authoring.publish({ id: authoredScenario.id });
  // The trainer's play-tests of it: one under way, one with a turn taken to finish.
  const playtest = await asTrainer.authoring.startPlaytest({ id: authoredScenario.id, mode: "freeText" });
  const playtestToFinish = await asTrainer.authoring.startPlaytest({ id: authoredScenario.id, mode: "freeText" });
  await asTrainer.authoring.playtestTurn({ attemptId: playtestToFinish.sessionId, clientTurnId: crypto.randomUUID(), text: "I'm sorry about that, let me look into it." });

  // A rubric of A's own, published (issue 13).
  const authoredRubric = await asTrainer.authoring.createRubric({ from: "core-deescalation", title: `Our rubric ${suffix}` });
  await asTrainer.authoring.publishRubric({ id: authoredRubric.id });
  // Calibration sessions of A (the trainer organises, the admin is invited), each on its own
  // completed attempt: one to read, one to score, one to close, one closed to agree on; and an
  // attempt to open one on.
  const calibrate = async () => (await asTrainer.qa.openCalibration({ attemptId: (await completed()).id, trainerIds: [a.admin.id] })).sessionId;
  const calibration = await calibrate();
  const calibrationToScore = await calibrate();
  const calibrationToClose = await calibrate();
  const calibrationToAgree = await calibrate();
  await asTrainer.qa.closeCalibration({ sessionId: calibrationToAgree });
  const toCalibrate = await completed();
  // A sitting of the second module's assessment, knowledge test under way (the first module's is left for assessment.start).
  const sitting = await asLearner.assessment.start({ moduleId: catalogue.modules[1]!.id });
  // A's learner disputes a released review; the dispute is given to A's trainer.
  const disputed = await completed();
  await asTrainer.review.release({ attemptId: disputed.id, criteria, comment: `Disputed note ${suffix}` });
  const dispute = await db.dispute.create({
    data: { orgId: a.org.id, attemptId: disputed.id, agentId: a.learner.id, assignedToId: a.trainer.id, reason: `The score missed my apology ${suffix}`, oldScore: 75 },
  });
  // An email in A's outbox and a certificate of A's learner.
  const emailMessage = await db.emailMessage.create({
    data: { orgId: a.org.id, userId: a.learner.id, recipient: a.learner.email, template: "reminder", subject: `Due soon ${suffix}`, html: `<p>Due soon ${suffix}</p>`, text: `Due soon ${suffix}` },
  });
  const certificate = await seedCertificate(db, a.org, a.learner, `matrix-${suffix}`);

  // A real sign-in session for every caller; the deactivated account is then deactivated by the admin.
  const person = (u: { id: string; orgId?: string }) => ({ id: u.id, orgId: u.orgId ?? a.org.id });
  sessions.learner = await startSignInSession(db, person(a.learner));
  sessions.trainer = await startSignInSession(db, person(a.trainer));
  sessions.admin = await startSignInSession(db, person(a.admin));
  sessions.learnerB = await startSignInSession(db, person(b.learner));
  sessions.trainerB = await startSignInSession(db, person(b.trainer));
  sessions.adminB = await startSignInSession(db, person(b.admin));
  sessions.tempPassword = await startSignInSession(db, person(tempPassword));
  // Deactivating ends a person's sessions; this one is started afterwards (as a stolen or
  // lingering cookie would be), so only the account's `active` flag stands in the way.
  await asAdmin.people.setActive({ userId: deactivated.id, active: false });
  sessions.deactivated = await startSignInSession(db, person(deactivated));

  const p = (u: { id: string; email: string; name: string }) => ({ id: u.id, email: u.email, name: u.name });
  f = {
    db,
    a: {
      org: { id: a.org.id, name: a.org.name },
      admin: p(a.admin),
      trainer: p(a.trainer),
      learner: p(a.learner),
      subject,
      linkHolder,
      deactivated,
      tempPassword,
      cohort: { id: cohort.id, name: cohort.name },
      assignment: { id: assignment.id },
      assignmentToWithdraw: { id: assignmentToWithdraw.id },
      attempts: { practice, toFinish, toAbandon, toReview: { id: toReview.id }, toRelease: { id: toRelease.id }, reviewed: { id: reviewed.id }, quiz: quizAttempt },
      auditEntry: await db.auditLog.findFirstOrThrow({ where: { orgId: a.org.id, targetId: assignment.id }, select: { id: true } }),
      membership: await db.cohortMember.findFirstOrThrow({ where: { cohortId: cohort.id, userId: a.learner.id }, select: { id: true } }),
      liveResetToken,
      usedResetToken,
      ltiRegistration: { id: ltiRegistration.id },
      ltiRegistrationToDelete: { id: ltiRegistrationToDelete.id },
      ltiContext: { id: ltiContext.id },
      authoredScenario: { id: authoredScenario.id },
      playtest: { id: playtest.sessionId },
      playtestToFinish: { id: playtestToFinish.sessionId },
      authoredRubric: { id: authoredRubric.id },
      calibration: { id: calibration },
      calibrationToScore: { id: calibrationToScore },
      calibrationToClose: { id: calibrationToClose },
      calibrationToAgree: { id: calibrationToAgree },
      toCalibrate: { id: toCalibrate.id },
      dispute: { id: dispute.id },
      emailMessage: { id: emailMessage.id },
      certificate: { id: certificate.id },
      sitting: { id: sitting.attemptId },
    },
    b: { org: { id: b.org.id, name: b.org.name }, admin: p(b.admin), trainer: p(b.trainer), learner: p(b.learner), cohort: { id: cohortB.id, name: cohortB.name } },
  };
}, 180_000);

afterAll(async () => {
  await tdb?.drop();
});

/**
 * Every id, name, email and free text of organisation A, read from the database (so rows made by
 * earlier calls count too). Strings under 8 characters are skipped: they would match by chance.
 */
async function secretsOfA(): Promise<string[]> {
  const db = f.db;
  const orgId = f.a.org.id;
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const [org, users, cohorts, members, assignments, attempts, turns, scores, reviews, audit, tokens, signIns, enrollments, lessons, ltiRegs] = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { id: true, name: true, slug: true } }),
    db.user.findMany({ where: { orgId }, select: { id: true, name: true, email: true } }),
    db.cohort.findMany({ where: { orgId }, select: { id: true, name: true } }),
    db.cohortMember.findMany({ where: { orgId }, select: { id: true } }),
    db.assignment.findMany({ where: { orgId }, select: { id: true } }),
    db.attempt.findMany({ where: { orgId }, select: { id: true, reflection: true } }),
    db.attemptTurn.findMany({ where: { attempt: { orgId } }, select: { id: true } }),
    db.criterionScore.findMany({ where: { orgId }, select: { id: true } }),
    db.review.findMany({ where: { orgId }, select: { id: true, comment: true } }),
    db.auditLog.findMany({ where: { orgId }, select: { id: true } }),
    db.passwordResetToken.findMany({ where: { user: { orgId } }, select: { id: true } }),
    db.signInSession.findMany({ where: { orgId }, select: { id: true } }),
    db.enrollment.findMany({ where: { orgId }, select: { id: true } }),
    db.lessonProgress.findMany({ where: { orgId }, select: { id: true } }),
    db.ltiRegistration.findMany({ where: { orgId }, select: { id: true, clientId: true, issuer: true, keys: { select: { id: true, kid: true } } } }),
  ]);
  // The newer features' rows: authored scenarios, play-tests, calibration, disputes, the outbox, certificates, LMS courses, real calls.
  const [scenarios, playtests, calibrations, disputes, emails, certificates, ltiContexts, transcripts, rubrics] = await Promise.all([
    db.authoredScenario.findMany({ where: { orgId }, select: { id: true, key: true, title: true } }),
    db.playtestSession.findMany({ where: { orgId }, select: { id: true } }),
    db.calibrationSession.findMany({ where: { orgId }, select: { id: true } }),
    db.dispute.findMany({ where: { orgId }, select: { id: true, reason: true } }),
    db.emailMessage.findMany({ where: { orgId }, select: { id: true, subject: true } }),
    db.certificate.findMany({ where: { orgId }, select: { id: true, code: true } }),
    db.ltiContext.findMany({ where: { orgId }, select: { id: true, title: true, contextId: true } }),
    db.transcript.findMany({ where: { orgId }, select: { id: true, fileName: true } }),
    db.authoredRubric.findMany({ where: { orgId }, select: { id: true, key: true, title: true } }),
  ]);
  const all = [
    org.id,
    org.name,
    org.slug,
    ...users.flatMap((u) => [u.id, u.name, u.email]),
    ...cohorts.flatMap((c) => [c.id, c.name]),
    ...ids(members),
    ...ids(assignments),
    ...attempts.flatMap((x) => [x.id, ...Object.values((x.reflection ?? {}) as Record<string, string>).filter((v) => typeof v === "string" && !/^\d{4}-/.test(v))]),
    ...ids(turns),
    ...ids(scores),
    ...reviews.flatMap((r) => [r.id, r.comment]),
    ...ids(audit),
    ...ids(tokens),
    ...ids(signIns),
    ...ids(enrollments),
    ...ids(lessons),
    ...ltiRegs.flatMap((r) => [r.id, r.clientId, r.issuer, ...r.keys.flatMap((k) => [k.id, k.kid])]),
    ...scenarios.flatMap((x) => [x.id, x.key, x.title]),
    ...ids(playtests),
    ...ids(calibrations),
    ...disputes.flatMap((x) => [x.id, x.reason]),
    ...emails.flatMap((x) => [x.id, x.subject]),
    ...certificates.flatMap((x) => [x.id, x.code]),
    ...ltiContexts.flatMap((x) => [x.id, x.title, x.contextId]),
    ...transcripts.flatMap((x) => [x.id, x.fileName]),
    ...rubrics.flatMap((x) => [x.id, x.key, x.title]),
  ];
  return [...new Set(all.filter((s) => typeof s === "string" && s.length >= 8))];
}

/** Every row of organisation A, in full: calls from outside A must leave it exactly as it was. */
async function snapshotOfA(): Promise<string> {
  const db = f.db;
  const orgId = f.a.org.id;
  const byId = { orderBy: { id: "asc" as const } };
  const rows = await Promise.all([
    db.organization.findUniqueOrThrow({ where: { id: orgId } }),
    db.user.findMany({ where: { orgId }, ...byId }),
    db.cohort.findMany({ where: { orgId }, ...byId }),
    db.cohortMember.findMany({ where: { orgId }, ...byId }),
    db.assignment.findMany({ where: { orgId }, ...byId }),
    db.attempt.findMany({ where: { orgId }, ...byId }),
    db.attemptTurn.findMany({ where: { attempt: { orgId } }, ...byId }),
    db.criterionScore.findMany({ where: { orgId }, ...byId }),
    db.review.findMany({ where: { orgId }, ...byId }),
    db.auditLog.findMany({ where: { orgId }, ...byId }),
    db.passwordResetToken.findMany({ where: { user: { orgId } }, ...byId }),
    db.signInSession.findMany({ where: { orgId }, ...byId }),
    db.enrollment.findMany({ where: { orgId }, ...byId }),
    db.lessonProgress.findMany({ where: { orgId }, ...byId }),
    db.authoredScenario.findMany({ where: { orgId }, ...byId }),
    db.authoredScenarioVersion.findMany({ where: { orgId }, ...byId }),
    db.playtestSession.findMany({ where: { orgId }, ...byId }),
    db.calibrationSession.findMany({ where: { orgId }, ...byId }),
    db.calibrationScore.findMany({ where: { orgId }, ...byId }),
    db.dispute.findMany({ where: { orgId }, ...byId }),
    db.emailMessage.findMany({ where: { orgId }, ...byId }),
    db.certificate.findMany({ where: { orgId }, ...byId }),
    db.ltiRegistration.findMany({ where: { orgId }, ...byId }),
    db.ltiContext.findMany({ where: { orgId }, ...byId }),
    db.authoredRubric.findMany({ where: { orgId }, ...byId }),
    db.authoredRubricVersion.findMany({ where: { orgId }, ...byId }),
  ]);
  return JSON.stringify(rows);
}

async function call(path: string, who: Caller, input: unknown) {
  const user = who === "anonymous" ? null : await loadSessionUser(f.db, sessions[who]);
  const caller = createCaller(createContextInner({ db: f.db, user }));
  const fn = path.split(".").reduce<unknown>((obj, key) => (obj as Record<string, unknown>)[key], caller) as (i: unknown) => Promise<unknown>;
  try {
    return { code: "OK" as string, result: await fn(input), error: null };
  } catch (err) {
    // createCaller wraps every throw in a TRPCError; a crash shows up as INTERNAL_SERVER_ERROR.
    const e = err instanceof TRPCError ? err : new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: err });
    return { code: e.code as string, result: undefined, error: e };
  }
}

/** Organisation A's strings found in what a caller received. What the caller sent is theirs already. */
function leaks(secrets: string[], input: unknown, result: unknown, error: TRPCError | null): string[] {
  const sent = JSON.stringify(input ?? null);
  const received = JSON.stringify(result ?? null) + "\n" + (error?.message ?? "");
  return secrets.filter((s) => !sent.includes(s) && received.includes(s));
}

/** Callers are tried in CALLERS order: outsiders and the temporary-password learner first, then A's members. */
const FIRST_MEMBER: Caller = "learner";

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { access?: Access } } }>);

describe("authorisation matrix", () => {
  it("lists every procedure with its expected access", () => {
    const missing = procedures.map(([path]) => path).filter((p) => !(p in EXPECTED));
    expect(missing, "add these procedures to test/authorization-expectations.ts").toEqual([]);
    const stale = Object.keys(EXPECTED).filter((p) => !procedures.some(([path]) => path === p));
    expect(stale, "these entries no longer exist in the router").toEqual([]);
  });

  it("resolves each caller as the app would: B's people in B, the deactivated account refused on a live session, the temporary password flagged", async () => {
    const resolved = async (who: Exclude<Caller, "anonymous">) => loadSessionUser(f.db, sessions[who]);
    for (const who of ["learner", "trainer", "admin"] as const) expect((await resolved(who))?.orgId).toBe(f.a.org.id);
    for (const who of ["learnerB", "trainerB", "adminB"] as const) expect((await resolved(who))?.orgId).toBe(f.b.org.id);
    const live = await f.db.signInSession.findUniqueOrThrow({ where: { id: sessions.deactivated.sessionId } });
    expect(live.revokedAt).toBeNull();
    expect(live.expiresAt.getTime()).toBeGreaterThan(Date.now());
    expect(await resolved("deactivated")).toBeNull();
    expect(await resolved("tempPassword")).toMatchObject({ orgId: f.a.org.id, role: "LEARNER", mustChangePassword: true });
  });

  it("tries every outsider before organisation A's own members", () => {
    const firstMember = CALLERS.indexOf(FIRST_MEMBER);
    expect(CALLERS.slice(firstMember).filter((c) => OUTSIDERS.includes(c) || c === "tempPassword")).toEqual([]);
  });

  it("gives an exact outcome for every caller each rung lets in", () => {
    const gaps = Object.entries(EXPECTED).flatMap(([path, spec]) => CALLERS.filter((who) => admitted(spec.access, who) && !(who in spec.outcomes)).map((who) => `${path} × ${who}`));
    expect(gaps, "name these callers in `outcomes`").toEqual([]);
  });

  it("the leak search finds organisation A's data where it is (so its silence means something)", async () => {
    const secrets = await secretsOfA();
    const people = await call("people.list", "admin", { limit: 100 });
    expect(people.code).toBe("OK");
    const found = leaks(secrets, {}, people.result, null);
    for (const x of [f.a.learner.email, f.a.subject.name, f.a.tempPassword.id]) expect(found).toContain(x);
    const review = await call("review.get", "trainer", { attemptId: f.a.attempts.reviewed.id });
    expect(leaks(secrets, {}, review.result, null)).toEqual(expect.arrayContaining([f.a.attempts.reviewed.id, f.a.learner.name]));
  });

  describe("cross-links: organisation B's own cohort or list with one of A's rows", () => {
    let secrets: string[] = [];
    let before = "";
    beforeAll(async () => {
      secrets = await secretsOfA();
      before = await snapshotOfA();
    });
    for (const link of CROSS_LINKS) {
      it(`${link.path} as ${link.who}: ${link.why}`, async () => {
        const input = link.input(f);
        const { code, result, error } = await call(link.path, link.who, input);
        expect(code, `${link.path} as ${link.who}: ${error?.message ?? ""}`).toBe(link.outcome);
        expect(leaks(secrets, input, result, error), `${link.path} gave ${link.who} organisation A's data`).toEqual([]);
      });
    }
    it("leaves organisation A's data untouched", async () => {
      expect(await snapshotOfA()).toBe(before);
    });
  });

  for (const [path, proc] of procedures) {
    describe(path, () => {
      let secrets: string[] = [];
      let before = "";
      beforeAll(async () => {
        secrets = await secretsOfA();
        before = await snapshotOfA();
      });

      it("is built on the procedure rung its expectation names", () => {
        expect(proc._def.meta?.access).toBe(EXPECTED[path]?.access);
      });

      for (const who of CALLERS) {
        if (who === FIRST_MEMBER) {
          // Every caller so far was outside A or refused; none of them may have changed A's data.
          it("leaves organisation A's data untouched by everyone outside it", async () => {
            expect(await snapshotOfA()).toBe(before);
          });
        }
        it(who, async () => {
          const spec = EXPECTED[path];
          if (!spec) throw new Error(`no expectation for ${path}`);
          const expected = spec.outcomes[who] ?? (admitted(spec.access, who) ? undefined : refusal(who));
          if (!expected) throw new Error(`${path}: no outcome for ${who}, whom the ${spec.access} rung lets in`);
          const input = spec.input(f, who);
          const { code, result, error } = await call(path, who, input);
          const detail = error ? `${error.message}${error.cause && error.cause !== error ? ` (cause: ${String(error.cause)})` : ""}` : "";
          expect(code, `${path} as ${who}: ${detail}`).toBe(expected);

          if (OUTSIDERS.includes(who)) {
            expect(leaks(secrets, input, result, error), `${path} gave ${who} organisation A's data`).toEqual([]);
          }
        });
      }
    });
  }
});
