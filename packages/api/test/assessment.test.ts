/** Final assessments and certificates against a real database (no mocks). */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractText } from "unpdf";
import { catalogue } from "@defuse/content";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { certificatePdf, createCaller, createContextInner, type SessionUser } from "../src";
import type { Db } from "@defuse/db";
import { startAssessedRoleplay, startAssessment } from "../src/services/assessment/assessment";
import { hint } from "../src/services/learner/turns";
import { SKILLED_BILLING } from "./learner-fixtures";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await tdb?.drop();
});

type U = { id: string; email: string; name: string; role: SessionUser["role"]; orgId: string };
const session = (u: U): SessionUser => ({ id: u.id, email: u.email, name: u.name, role: u.role, orgId: u.orgId });
const callerFor = (u: U | null) => createCaller(createContextInner({ db: tdb.db, user: u ? session(u) : null }));
const MODULE = "roleplay-practice";
const RULES = { moduleId: MODULE, questionCount: 5, knowledgePassMark: 80, scenarioId: "billing-error", roleplayPassMark: 60, maxAttempts: 2, cooldownSeconds: 3600 };

function keyAnswer(key: string, correct: boolean) {
  const [quizId, questionId] = key.split("/");
  const q = catalogue.quizzes.find((x) => x.id === quizId)!.questions.find((x) => x.id === questionId)!;
  return q.options.find((o) => o.correct === correct)!.id;
}

async function setup() {
  const org = await createOrgWithUsers(tdb.db);
  const admin = callerFor(org.admin);
  await admin.assessment.setRules(RULES);
  return { org, admin, learner: callerFor(org.learner), trainer: callerFor(org.trainer) };
}

async function sitKnowledge(api: ReturnType<typeof callerFor>, correct: boolean) {
  const { attemptId } = await api.assessment.start({ moduleId: MODULE });
  const view = await api.assessment.forModule({ moduleId: MODULE });
  const answers = Object.fromEntries(view.open!.questions.map((q) => [q.key, keyAnswer(q.key, correct)]));
  return { attemptId, view, result: await api.assessment.submitKnowledge({ attemptId, answers }) };
}

describe("final assessment", () => {
  it("keeps the answer key and explanations hidden until the sitting closes, then shows them", async () => {
    const { learner } = await setup();
    const { view, result } = await sitKnowledge(learner, false);
    expect(view.open!.questions).toHaveLength(RULES.questionCount);
    for (const q of view.open!.questions) for (const o of q.options) expect(o).toMatchObject({ correct: null, explanation: null });
    expect(Object.keys(result).sort()).toEqual(["knowledgeScore", "status"]);
    expect(result).toEqual({ status: "FAILED", knowledgeScore: 0 });
    const after = await learner.assessment.forModule({ moduleId: MODULE });
    expect(after.closed[0]!.questions.every((q) => q.options.every((o) => (o.explanation ?? "").length > 0))).toBe(true);
  });

  it("enforces the cool-down after a failed sitting and the admin's attempt limit", async () => {
    const { org, learner } = await setup();
    const first = await sitKnowledge(learner, false);
    expect(first.result.status).toBe("FAILED");
    const view = await learner.assessment.forModule({ moduleId: MODULE });
    expect(view.canStart).toBe(false);
    expect(view.cooldownUntil).toBeInstanceOf(Date);
    await expect(learner.assessment.start({ moduleId: MODULE })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });

    // A clock an hour and a second later: the cool-down has passed, and the second (last) sitting opens.
    const later = new Date(Date.now() + 3601_000);
    const second = await startAssessment(tdb.db, session(org.learner), { moduleId: MODULE }, later);
    expect(second.resumed).toBe(false);
    const open = await learner.assessment.forModule({ moduleId: MODULE });
    await learner.assessment.submitKnowledge({ attemptId: second.attemptId, answers: Object.fromEntries(open.open!.questions.map((q) => [q.key, keyAnswer(q.key, false)])) });
    // Its questions were drawn afresh.
    expect(open.open!.questions.map((q) => q.key)).not.toEqual(first.view.open!.questions.map((q) => q.key));
    await expect(startAssessment(tdb.db, session(org.learner), { moduleId: MODULE }, new Date(Date.now() + 10 * 3600_000))).rejects.toMatchObject({
      message: expect.stringMatching(/used all 2 attempts/),
    });
    expect(await tdb.db.assessmentAttempt.count({ where: { userId: org.learner.id } })).toBe(2);
  });

  it("issues a certificate when the knowledge test and the assessed role-play pass, as a PDF stating it", async () => {
    const { org, learner, trainer } = await setup();
    const { attemptId, result } = await sitKnowledge(learner, true);
    expect(result).toEqual({ status: "ROLEPLAY", knowledgeScore: 100 });
    await expect(learner.assessment.finish({ attemptId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    const { roleplayAttemptId } = await learner.assessment.startRoleplay({ attemptId });
    expect((await learner.assessment.startRoleplay({ attemptId })).roleplayAttemptId).toBe(roleplayAttemptId);
    for (const text of SKILLED_BILLING) {
      const r = await learner.learner.takeTurn({ attemptId: roleplayAttemptId, clientTurnId: randomUUID(), text });
      if (r.ended) break;
    }
    const scored = await learner.learner.finishAttempt({ attemptId: roleplayAttemptId });
    expect(scored.passed).toBe(true);
    const done = await learner.assessment.finish({ attemptId });
    expect(done.status).toBe("PASSED");
    expect(done.certificateCode).toMatch(/^DFS-[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    expect(await learner.assessment.finish({ attemptId })).toEqual(done); // repeating changes nothing
    expect(await tdb.db.certificate.count({ where: { userId: org.learner.id } })).toBe(1);

    const held = await trainer.certificate.list({});
    expect(held.map((c) => [c.learnerName, c.moduleTitle, c.code])).toEqual([[org.learner.name, catalogue.modules.find((m) => m.id === MODULE)!.title, done.certificateCode]]);
    expect((await learner.certificate.mine())[0]!.code).toBe(done.certificateCode);

    const pdf = await certificatePdf(tdb.db, session(org.learner), done.certificateCode!, (c) => `https://defuse.example/verify/${c}`);
    const { text } = await extractText(pdf.bytes, { mergePages: true });
    const orgRow = await tdb.db.organization.findUniqueOrThrow({ where: { id: org.org.id } });
    for (const part of [org.learner.name, orgRow.name, catalogue.modules.find((m) => m.id === MODULE)!.title, `${done.score}%`, done.certificateCode!, new Date().toISOString().slice(0, 10)]) {
      expect(text).toContain(part);
    }
    // Someone else's learner cannot download it.
    const other = await createOrgWithUsers(tdb.db);
    await expect(certificatePdf(tdb.db, session(other.admin), done.certificateCode!, (c) => c)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a hint in the assessed role-play with a clear message and leaves the attempt as it was; practice of the same scenario keeps its hints", async () => {
    const { org, learner } = await setup();
    const { attemptId } = await sitKnowledge(learner, true);
    const { roleplayAttemptId } = await learner.assessment.startRoleplay({ attemptId });
    await learner.learner.takeTurn({ attemptId: roleplayAttemptId, clientTurnId: randomUUID(), text: SKILLED_BILLING[0]! });
    const before = await tdb.db.attempt.findUniqueOrThrow({ where: { id: roleplayAttemptId }, select: { hintsUsed: true, version: true, answers: true } });
    // The page does not offer one…
    expect((await learner.learner.attempt({ attemptId: roleplayAttemptId })).hintsAllowed).toBe(false);
    // …and asking anyway (twice, as a script would) is refused on the server.
    for (let i = 0; i < 2; i++) {
      await expect(learner.learner.hint({ attemptId: roleplayAttemptId })).rejects.toMatchObject({ code: "PRECONDITION_FAILED", message: expect.stringMatching(/assessed role-play.*no hints/i) });
    }
    expect(await tdb.db.attempt.findUniqueOrThrow({ where: { id: roleplayAttemptId }, select: { hintsUsed: true, version: true, answers: true } })).toEqual(before);
    const view = await learner.learner.attempt({ attemptId: roleplayAttemptId });
    expect(view.lastHint).toBeNull();
    expect(view.hintsUsed).toBe(0);

    // Another learner's practice of the same scenario still gets hints, and its page offers them.
    const practice = await callerFor(org.trainer).learner.startAttempt({ scenarioId: RULES.scenarioId, mode: "freeText" });
    expect((await callerFor(org.trainer).learner.attempt({ attemptId: practice.attemptId })).hintsAllowed).toBe(true);
    expect(await callerFor(org.trainer).learner.hint({ attemptId: practice.attemptId })).toMatchObject({ hintsUsed: 1 });
  });

  it("a hint that lands between the assessed call's creation and its link to the sitting never ends up in the assessed call", async () => {
    const { org, learner } = await setup();
    const { attemptId } = await sitKnowledge(learner, true);
    // The practice procedures reach the new attempt the moment it exists: here a hint is taken on it
    // right after it is created, before the sitting is linked to it.
    const hinted: string[] = [];
    // (startAttempt inserts the attempt with a raw statement: the hint follows the first such insert)
    const racing = new Proxy(tdb.db, {
      get(target, prop) {
        const value: unknown = Reflect.get(target, prop, target);
        if (prop !== "$queryRaw") return typeof value === "function" ? value.bind(target) : value;
        return async (...args: Parameters<Db["$queryRaw"]>) => {
          const rows = await target.$queryRaw<Array<{ id?: string }>>(...args);
          const created = rows[0]?.id;
          if (hinted.length === 0 && created && (args[0] as readonly string[]).join("").includes('INSERT INTO "Attempt"')) {
            hinted.push(created);
            await hint(tdb.db, session(org.learner), { attemptId: created });
          }
          return rows;
        };
      },
    });
    const { roleplayAttemptId } = await startAssessedRoleplay(racing, session(org.learner), { attemptId });
    expect(hinted).toHaveLength(1);
    expect(roleplayAttemptId).not.toBe(hinted[0]);
    expect(await tdb.db.attempt.findUniqueOrThrow({ where: { id: roleplayAttemptId }, select: { hintsUsed: true, status: true } })).toEqual({ hintsUsed: 0, status: "IN_PROGRESS" });
    // The hinted one was set aside, never scored for the assessment.
    expect((await tdb.db.attempt.findUniqueOrThrow({ where: { id: hinted[0]! }, select: { status: true } })).status).toBe("ABANDONED");
    expect((await learner.assessment.startRoleplay({ attemptId })).roleplayAttemptId).toBe(roleplayAttemptId);
  });

  it("verifies a code publicly with only what the certificate states, and shows a revocation (audited)", async () => {
    const { org, admin, learner } = await setup();
    const { attemptId } = await sitKnowledge(learner, true);
    const { roleplayAttemptId } = await learner.assessment.startRoleplay({ attemptId });
    for (const text of SKILLED_BILLING) if ((await learner.learner.takeTurn({ attemptId: roleplayAttemptId, clientTurnId: randomUUID(), text })).ended) break;
    await learner.learner.finishAttempt({ attemptId: roleplayAttemptId });
    const { certificateCode } = await learner.assessment.finish({ attemptId });

    const stranger = callerFor(null);
    const shown = await stranger.certificate.verify({ code: certificateCode!.toLowerCase() });
    expect(Object.keys(shown!).sort()).toEqual(["code", "issuedAt", "learnerName", "moduleTitle", "orgName", "score", "valid"]);
    expect(shown).toMatchObject({ code: certificateCode, learnerName: org.learner.name, valid: true });
    expect(JSON.stringify(shown)).not.toContain(org.learner.email);
    expect(await stranger.certificate.verify({ code: "DFS-AAAAA-BBBBB" })).toBeNull();

    const cert = await tdb.db.certificate.findUniqueOrThrow({ where: { code: certificateCode! } });
    const otherOrg = await createOrgWithUsers(tdb.db);
    await expect(callerFor(otherOrg.admin).certificate.revoke({ certificateId: cert.id, reason: "Not yours" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(learner.certificate.revoke({ certificateId: cert.id, reason: "Mine" })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await admin.certificate.revoke({ certificateId: cert.id, reason: "Issued against the wrong learner" });
    expect((await stranger.certificate.verify({ code: certificateCode! }))!.valid).toBe(false);
    const audit = await tdb.db.auditLog.findMany({ where: { orgId: org.org.id, action: "certificate.revoke" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.targetId).toBe(cert.id);
    await expect(certificatePdf(tdb.db, session(org.learner), certificateCode!, (c) => c)).rejects.toMatchObject({ code: "PRECONDITION_FAILED" });
    // The rules change was audited too.
    expect(await tdb.db.auditLog.count({ where: { orgId: org.org.id, action: "assessment.rules" } })).toBe(1);
  });
});
