import { randomBytes } from "node:crypto";
import { seededShuffle } from "@defuse/content";
import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, notFound, precondition } from "../../errors";
import { findModule, findQuiz } from "../learner/content";
import { startAttempt } from "../learner/attempts";
import { mine as myAttempt } from "../learner/attemptView";
import { moduleQuestionPool, rulesFor, type AssessmentRules } from "./rules";

/**
 * A module's final assessment: a knowledge test drawn from the module's question banks (limited
 * attempts, a cool-down after a failed sitting, no answers or explanations until the sitting
 * closes), then one assessed role-play scored by the scenario's rubric through the usual practice
 * attempt. Passing both issues a certificate.
 */

type Status = "KNOWLEDGE" | "ROLEPLAY" | "PASSED" | "FAILED";
interface DrawnRef {
  quizId: string;
  questionId: string;
  optionIds: string[];
}

function questionOf(ref: DrawnRef) {
  const q = findQuiz(ref.quizId).questions.find((x) => x.id === ref.questionId);
  if (!q) throw notFound("An assessment question");
  return q;
}

/** The questions of a sitting in the order shown; with `reveal`, the key and every explanation. */
function questionsView(refs: DrawnRef[], answers: Record<string, string> | null, reveal: boolean) {
  return refs.map((ref) => {
    const q = questionOf(ref);
    const key = `${ref.quizId}/${ref.questionId}`;
    const chosen = answers?.[key] ?? null;
    return {
      key,
      prompt: q.prompt,
      chosen,
      correct: reveal ? q.options.find((o) => o.correct)!.id === chosen : null,
      options: ref.optionIds.map((id) => {
        const o = q.options.find((x) => x.id === id)!;
        return { id: o.id, text: o.text, correct: reveal ? o.correct : null, explanation: reveal ? o.explanation : null };
      }),
    };
  });
}

function certificateCode(): string {
  // 50 bits of randomness in an unambiguous alphabet, grouped for reading aloud.
  const alphabet = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
  const bytes = randomBytes(10);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join("");
  return `DFS-${chars.slice(0, 5)}-${chars.slice(5, 10)}`;
}

const mine = (user: SessionUser, moduleId: string) => ({ orgId: user.orgId, userId: user.id, moduleId });

/** The learner's assessment page: rules, past sittings, the open sitting, and when they may start. */
export async function assessmentFor(db: Db, user: SessionUser, moduleId: string, now = new Date()) {
  const module = findModule(moduleId);
  const [rules, sittings, certificate] = await Promise.all([
    rulesFor(db, user.orgId, module.id),
    db.assessmentAttempt.findMany({ where: mine(user, module.id), orderBy: { number: "asc" } }),
    db.certificate.findFirst({ where: { ...mine(user, module.id), revokedAt: null }, select: { code: true, issuedAt: true, score: true } }),
  ]);
  const open = sittings.find((s) => s.status === "KNOWLEDGE" || s.status === "ROLEPLAY") ?? null;
  const lastFailed = [...sittings].reverse().find((s) => s.status === "FAILED");
  const cooldownUntil = lastFailed?.closedAt ? new Date(lastFailed.closedAt.getTime() + rules.cooldownSeconds * 1000) : null;
  const attemptsLeft = Math.max(0, rules.maxAttempts - sittings.length);
  const canStart = !open && !certificate && attemptsLeft > 0 && !(cooldownUntil && cooldownUntil > now);
  let roleplay: { attemptId: string; status: string; score: number | null; passed: boolean | null } | null = null;
  if (open?.roleplayAttemptId) {
    const a = await db.attempt.findFirst({ where: { id: open.roleplayAttemptId, orgId: user.orgId, userId: user.id }, select: { id: true, status: true, score: true, passed: true } });
    roleplay = a ? { attemptId: a.id, status: a.status, score: a.score, passed: a.passed } : null;
  }
  return {
    module: { id: module.id, title: module.title },
    rules,
    attemptsUsed: sittings.length,
    attemptsLeft,
    cooldownUntil: cooldownUntil && cooldownUntil > now ? cooldownUntil : null,
    canStart,
    certificate,
    open: open
      ? {
          id: open.id,
          number: open.number,
          status: open.status as Status,
          questions: open.status === "KNOWLEDGE" ? questionsView(open.questions as unknown as DrawnRef[], null, false) : [],
          knowledgeScore: open.knowledgeScore,
          roleplay,
        }
      : null,
    // Closed sittings show their answers and explanations: the test is over for them.
    closed: sittings
      .filter((s) => s.status === "PASSED" || s.status === "FAILED")
      .map((s) => ({
        id: s.id,
        number: s.number,
        status: s.status as Status,
        knowledgeScore: s.knowledgeScore,
        roleplayScore: s.roleplayScore,
        score: s.score,
        passed: s.passed,
        closedAt: s.closedAt,
        questions: questionsView(s.questions as unknown as DrawnRef[], (s.answers ?? null) as Record<string, string> | null, true),
      })),
  };
}

/** Starts a sitting: checks the attempt limit and the cool-down, then draws the knowledge test. */
export async function startAssessment(db: Db, user: SessionUser, input: { moduleId: string }, now = new Date()) {
  const view = await assessmentFor(db, user, input.moduleId, now);
  if (view.open) return { attemptId: view.open.id, resumed: true };
  if (view.certificate) throw precondition("You already hold a certificate for this module.");
  if (view.attemptsLeft <= 0) throw precondition(`You have used all ${view.rules.maxAttempts} attempts at this assessment. Ask your trainer about what happens next.`);
  if (view.cooldownUntil) throw precondition(`You can try again after ${view.cooldownUntil.toISOString()}. Use the time to revisit the lessons.`);
  const number = view.attemptsUsed + 1;
  const rules: AssessmentRules = view.rules;
  const key = `${user.id}:${view.module.id}:assessment:${number}`;
  const pool = moduleQuestionPool(view.module.id);
  const drawn: DrawnRef[] = seededShuffle(pool, key)
    .slice(0, rules.questionCount)
    .map(({ quizId, question }) => ({ quizId, questionId: question.id, optionIds: seededShuffle(question.options, `${key}:${quizId}/${question.id}`).map((o) => o.id) }));
  try {
    const row = await db.assessmentAttempt.create({
      data: { ...mine(user, view.module.id), number, status: "KNOWLEDGE", rules: rules as unknown as Prisma.InputJsonValue, questions: drawn as unknown as Prisma.InputJsonValue, startedAt: now },
      select: { id: true },
    });
    return { attemptId: row.id, resumed: false };
  } catch (err) {
    // Two starts at once: the unique (user, module, number) lets one through; the other resumes it.
    const existing = await db.assessmentAttempt.findFirst({ where: { ...mine(user, view.module.id), number }, select: { id: true } });
    if (existing) return { attemptId: existing.id, resumed: true };
    throw err;
  }
}

async function openSitting(db: Db, user: SessionUser, attemptId: string) {
  const row = await db.assessmentAttempt.findFirst({ where: { id: attemptId, orgId: user.orgId, userId: user.id } });
  if (!row) throw notFound("That assessment");
  return row;
}

/**
 * Marks the knowledge test. Below the pass mark the sitting closes as failed (the cool-down starts);
 * otherwise the role-play comes next. Only the score comes back: answers and explanations are shown
 * once the sitting closes. Re-sending after marking returns the stored outcome.
 */
export async function submitKnowledge(db: Db, user: SessionUser, input: { attemptId: string; answers: Record<string, string> }, now = new Date()) {
  const row = await openSitting(db, user, input.attemptId);
  if (row.status !== "KNOWLEDGE") return { status: row.status as Status, knowledgeScore: row.knowledgeScore };
  const rules = row.rules as unknown as AssessmentRules;
  const refs = row.questions as unknown as DrawnRef[];
  const missing = refs.filter((r) => !r.optionIds.includes(input.answers[`${r.quizId}/${r.questionId}`] ?? ""));
  if (missing.length > 0) throw new AppError("INVALID_INPUT", `Answer all ${refs.length} questions before submitting (${missing.length} left).`, { field: "answers" });
  const answers = Object.fromEntries(refs.map((r) => [`${r.quizId}/${r.questionId}`, input.answers[`${r.quizId}/${r.questionId}`]!]));
  const right = refs.filter((r) => questionOf(r).options.find((o) => o.correct)!.id === answers[`${r.quizId}/${r.questionId}`]).length;
  const knowledgeScore = Math.round((right / refs.length) * 100);
  const failed = knowledgeScore < rules.knowledgePassMark;
  // Only a sitting still in KNOWLEDGE moves on, so two submissions cannot both mark it.
  const moved = await db.assessmentAttempt.updateMany({
    where: { id: row.id, orgId: user.orgId, userId: user.id, status: "KNOWLEDGE" },
    data: failed ? { answers, knowledgeScore, status: "FAILED", passed: false, score: knowledgeScore, closedAt: now } : { answers, knowledgeScore, status: "ROLEPLAY" },
  });
  if (moved.count === 0) {
    const again = await openSitting(db, user, row.id);
    return { status: again.status as Status, knowledgeScore: again.knowledgeScore };
  }
  return { status: (failed ? "FAILED" : "ROLEPLAY") as Status, knowledgeScore };
}

/** Starts (or resumes) the assessed role-play: a free-text practice attempt of the rules' scenario. */
export async function startAssessedRoleplay(db: Db, user: SessionUser, input: { attemptId: string }) {
  const row = await openSitting(db, user, input.attemptId);
  if (row.status !== "ROLEPLAY") throw precondition("The role-play opens once the knowledge test is passed.");
  if (row.roleplayAttemptId) return { roleplayAttemptId: row.roleplayAttemptId };
  const rules = row.rules as unknown as AssessmentRules;
  for (let tries = 0; ; tries++) {
    const { attemptId } = await startAttempt(db, user, { scenarioId: rules.scenarioId, mode: "freeText", restart: true });
    // The assessed call has no hints (learner/turns.ts asks isAssessedRoleplay), but the attempt
    // exists a moment before it is linked, and the practice procedures can reach it. So the link is
    // written with a bump of the attempt's version, and only while it has had no hint: a hint read
    // before the link fails its compare-and-set and, reading again, finds the link and is refused; a
    // hint stored first leaves the attempt unlinked, and the next try starts a fresh one.
    const linked = await db.$transaction(async (tx) => {
      const unhinted = await tx.attempt.updateMany({ where: { ...myAttempt(user, attemptId), status: "IN_PROGRESS", hintsUsed: 0 }, data: { version: { increment: 1 } } });
      if (unhinted.count === 0) return null;
      const link = await tx.assessmentAttempt.updateMany({ where: { id: row.id, orgId: user.orgId, roleplayAttemptId: null }, data: { roleplayAttemptId: attemptId } });
      return link.count === 1;
    });
    if (linked) return { roleplayAttemptId: attemptId };
    // Another request linked its attempt first: that one is the assessed call.
    const current = await openSitting(db, user, row.id);
    if (current.roleplayAttemptId) return { roleplayAttemptId: current.roleplayAttemptId };
    if (tries >= 3) throw new AppError("CONFLICT", "The assessed role-play could not be started. Please try again.");
  }
}

/**
 * Closes a sitting once its role-play is finished and scored: passed when the role-play passes the
 * rubric (no critical failure) at or above the admin's mark. Passing issues the certificate in the
 * same transaction. Safe to repeat.
 */
export async function finishAssessment(db: Db, user: SessionUser, input: { attemptId: string }, now = new Date()) {
  const row = await openSitting(db, user, input.attemptId);
  if (row.status === "PASSED" || row.status === "FAILED") {
    const cert = await db.certificate.findFirst({ where: { assessmentAttemptId: row.id, orgId: user.orgId }, select: { code: true } });
    return { status: row.status as Status, score: row.score, certificateCode: cert?.code ?? null };
  }
  if (row.status !== "ROLEPLAY" || !row.roleplayAttemptId) throw precondition("Finish the knowledge test and the role-play first.");
  const rp = await db.attempt.findFirst({
    where: { id: row.roleplayAttemptId, orgId: user.orgId, userId: user.id },
    select: { status: true, score: true, passed: true },
  });
  if (!rp || rp.status !== "COMPLETED" || rp.score === null) throw precondition("Finish the role-play and see its scorecard first.");
  const rules = row.rules as unknown as AssessmentRules;
  const passed = rp.passed === true && rp.score >= rules.roleplayPassMark;
  const score = Math.round(((row.knowledgeScore ?? 0) + rp.score) / 2);
  const module = findModule(row.moduleId);
  return db.$transaction(async (tx) => {
    const moved = await tx.assessmentAttempt.updateMany({
      where: { id: row.id, orgId: user.orgId, status: "ROLEPLAY" },
      data: { status: passed ? "PASSED" : "FAILED", roleplayScore: rp.score, score, passed, closedAt: now },
    });
    if (moved.count === 0) {
      const cert = await tx.certificate.findFirst({ where: { assessmentAttemptId: row.id, orgId: user.orgId }, select: { code: true } });
      return { status: (cert ? "PASSED" : "FAILED") as Status, score, certificateCode: cert?.code ?? null };
    }
    if (!passed) return { status: "FAILED" as Status, score, certificateCode: null };
    const [person, org] = await Promise.all([
      tx.user.findFirstOrThrow({ where: { id: user.id, orgId: user.orgId }, select: { name: true } }),
      tx.organization.findUniqueOrThrow({ where: { id: user.orgId }, select: { name: true } }),
    ]);
    const cert = await tx.certificate.create({
      data: {
        orgId: user.orgId,
        userId: user.id,
        moduleId: module.id,
        assessmentAttemptId: row.id,
        code: certificateCode(),
        learnerName: person.name,
        orgName: org.name,
        moduleTitle: module.title,
        score,
        issuedAt: now,
      },
      select: { code: true },
    });
    return { status: "PASSED" as Status, score, certificateCode: cert.code };
  });
}
