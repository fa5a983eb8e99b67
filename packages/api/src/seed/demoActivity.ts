// Demo data, part two: what the demo learners have done. Every row is written by the code a
// learner (or trainer) uses — completeLesson, submitQuiz with real answers from the curriculum,
// startAttempt → takeTurn → finishAttempt with written agent lines, releaseReview — so turns,
// labels, tension, outcomes, automatic results, CriterionScore rows and techniques are exactly
// what the engine produces. Only the timestamps are moved afterwards, to spread the activity over
// the last few weeks.
//
// Runs after @defuse/db's seed() (accounts, cohort, assignments). Idempotent: each step has a
// natural key and is skipped when its rows exist (lesson: (user, lesson) completed; knowledge
// check: the n-th completed attempt at that check; role-play: a completed attempt holding the
// step's first turn, whose clientTurnId is derived from the step's key; review: the attempt's
// review). An interrupted run resumes: startAttempt returns the attempt in progress and takeTurn
// ignores turns it has already stored.
import { createHash } from "node:crypto";
import { catalogue } from "@defuse/content";
import type { Db } from "@defuse/db";
import { DEMO_LEARNERS, DEMO_ORG_SLUG, DEMO_TRAINER_EMAIL } from "@defuse/db/seed";
import type { SessionUser } from "../context";
import { completeLesson, drawnQuestions, submitQuiz } from "../services/learner/courses";
import { finishAttempt, startAttempt } from "../services/learner/attempts";
import { takeTurn } from "../services/learner/turns";
import { releaseReview } from "../services/review/saveReview";
import { DEMO_PLANS, LENA_REVIEW, type Step } from "./demoScripts";

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

export interface ActivitySummary {
  lessons: number;
  quizzes: number;
  roleplays: number;
  reviews: number;
}

/** A UUID-shaped id that is the same on every run for the same key (the UI sends random UUIDs). */
export function stableUuid(key: string): string {
  const h = createHash("sha256").update(key).digest("hex");
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function lessonOf(lessonId: string) {
  for (const module of catalogue.modules) {
    const lesson = module.lessons.find((l) => l.id === lessonId);
    if (lesson) return { moduleId: module.id, lessonId: lesson.id };
  }
  throw new Error(`demo seed: no lesson "${lessonId}" in the catalogue`);
}

function lessonForQuiz(quizId: string) {
  for (const module of catalogue.modules) {
    const lesson = module.lessons.find((l) => l.quizId === quizId);
    if (lesson) return { moduleId: module.id, lessonId: lesson.id };
  }
  throw new Error(`demo seed: no lesson checks "${quizId}"`);
}

/** Real answers to the questions this attempt draws: the first `correct` right, the rest wrong. */
function quizAnswers(user: SessionUser, quizId: string, attemptNumber: number, correct: number): Record<string, string> {
  const quiz = catalogue.quizzes.find((q) => q.id === quizId);
  if (!quiz) throw new Error(`demo seed: no knowledge check "${quizId}"`);
  return Object.fromEntries(
    drawnQuestions(user, quiz, attemptNumber).map((q, i) => {
      const option = i < correct ? q.options.find((o) => o.correct) : q.options.find((o) => !o.correct);
      return [q.id, option!.id];
    }),
  );
}

/** Plays the demo learners' activity through the learner and review services. */
export async function seedDemoActivity(db: Db, now = new Date()): Promise<ActivitySummary> {
  const summary: ActivitySummary = { lessons: 0, quizzes: 0, roleplays: 0, reviews: 0 };
  const org = await db.organization.findUniqueOrThrow({ where: { slug: DEMO_ORG_SLUG }, select: { id: true } });
  const people = await db.user.findMany({
    where: { orgId: org.id, email: { in: [...DEMO_LEARNERS.map((l) => l.email), DEMO_TRAINER_EMAIL] } },
    select: { id: true, email: true, name: true, role: true, orgId: true },
  });
  const sessionOf = (email: string): SessionUser => {
    const u = people.find((p) => p.email === email);
    if (!u) throw new Error(`demo seed: ${email} is missing; run @defuse/db's seed() first`);
    return { id: u.id, email: u.email, name: u.name, role: u.role, orgId: u.orgId };
  };
  // Fixed times of day keep the spread readable: activity happens in working hours.
  const at = (daysAgo: number, minutes = 0) => {
    const d = new Date(now.getTime() - daysAgo * DAY);
    d.setHours(10, 30, 0, 0);
    return new Date(d.getTime() + minutes * MINUTE);
  };

  for (const plan of DEMO_PLANS) {
    const user = sessionOf(plan.email);
    const quizzesSeen = new Map<string, number>();
    for (const [n, step] of plan.steps.entries()) {
      const when = at(step.daysAgo, n * 7);
      if (step.do === "lesson") {
        if (await playLesson(db, user, step, when)) summary.lessons++;
      } else if (step.do === "quiz") {
        const nth = quizzesSeen.get(step.quizId) ?? 0;
        quizzesSeen.set(step.quizId, nth + 1);
        if (await playQuiz(db, user, step, nth, when)) summary.quizzes++;
      } else {
        const attemptId = await playRoleplay(db, user, plan.key, step, when);
        if (attemptId.played) summary.roleplays++;
        if (step.review && (await releaseDemoReview(db, sessionOf(DEMO_TRAINER_EMAIL), attemptId.id, new Date(when.getTime() + DAY + 90 * MINUTE)))) {
          summary.reviews++;
        }
      }
    }
    await datePlanEnrollments(db, user, plan.steps, at);
  }
  return summary;
}

async function playLesson(db: Db, user: SessionUser, step: Extract<Step, { do: "lesson" }>, when: Date) {
  const done = await db.lessonProgress.findFirst({ where: { userId: user.id, lessonId: step.lessonId, completedAt: { not: null } }, select: { id: true } });
  if (done) return false;
  await completeLesson(db, user, lessonOf(step.lessonId));
  await db.lessonProgress.updateMany({ where: { userId: user.id, lessonId: step.lessonId }, data: { completedAt: when, lastViewedAt: when } });
  return true;
}

async function playQuiz(db: Db, user: SessionUser, step: Extract<Step, { do: "quiz" }>, nth: number, when: Date) {
  const taken = await db.attempt.count({ where: { orgId: user.orgId, userId: user.id, kind: "QUIZ", contentId: step.quizId, status: "COMPLETED" } });
  if (taken > nth) return false;
  const attemptNumber = taken + 1;
  const result = await submitQuiz(db, user, { ...lessonForQuiz(step.quizId), attemptNumber, answers: quizAnswers(user, step.quizId, attemptNumber, step.correct) });
  await db.attempt.update({ where: { id: result.attemptId }, data: { startedAt: new Date(when.getTime() - 4 * MINUTE), completedAt: when } });
  return true;
}

async function playRoleplay(db: Db, user: SessionUser, planKey: string, step: Extract<Step, { do: "roleplay" }>, when: Date) {
  const turnId = (i: number) => stableUuid(`defuse-demo:${planKey}:${step.key}:${i}`);
  const existing = await db.attemptTurn.findFirst({
    where: { clientTurnId: turnId(0), attempt: { orgId: user.orgId, userId: user.id, status: "COMPLETED" } },
    select: { attemptId: true },
  });
  if (existing) return { id: existing.attemptId, played: false };

  const { attemptId } = await startAttempt(db, user, { scenarioId: step.scenarioId, mode: "freeText" });
  for (const [i, text] of step.lines.entries()) {
    const r = await takeTurn(db, user, { attemptId, clientTurnId: turnId(i), text });
    if (r.ended) break; // the customer hung up satisfied, or had had enough
  }
  await finishAttempt(db, user, { attemptId });

  // Spread the call over a few minutes ending at `when`.
  const turns = await db.attemptTurn.count({ where: { attemptId } });
  const startedAt = new Date(when.getTime() - (turns + 1) * 75 * 1000);
  await db.attempt.update({ where: { id: attemptId }, data: { startedAt, completedAt: when } });
  // One statement for all turns, 75 seconds apart (timestamps are stored as UTC without a zone).
  await db.$executeRaw`UPDATE "AttemptTurn" SET "createdAt" = (${startedAt.toISOString()}::timestamptz AT TIME ZONE 'UTC') + ("index" + 1) * interval '75 seconds' WHERE "attemptId" = ${attemptId}`;
  await db.criterionScore.updateMany({ where: { attemptId }, data: { createdAt: when } });
  return { id: attemptId, played: true };
}

/** The trainer's review: the automatic levels, one reasoned override and a comment, released. */
async function releaseDemoReview(db: Db, trainer: SessionUser, attemptId: string, when: Date) {
  const existing = await db.review.findUnique({ where: { attemptId }, select: { id: true } });
  if (existing) return false;
  const auto = await db.criterionScore.findMany({ where: { attemptId, source: "auto" }, select: { criterionId: true, level: true } });
  const criteria = auto.map((c) => {
    const override = LENA_REVIEW.overrides.find((o) => o.criterionId === c.criterionId);
    return override ? { criterionId: c.criterionId, level: override.level, comment: override.comment } : { criterionId: c.criterionId, level: c.level };
  });
  await releaseReview(db, trainer, { attemptId, criteria, comment: LENA_REVIEW.comment });
  await db.review.update({ where: { attemptId }, data: { createdAt: when, updatedAt: when, releasedAt: when } });
  await db.criterionScore.updateMany({ where: { attemptId, source: "trainer" }, data: { createdAt: when } });
  await db.auditLog.updateMany({ where: { orgId: trainer.orgId, targetId: attemptId, action: "review.release" }, data: { createdAt: when } });
  return true;
}

/** Enrollments were written "now" by the services: date them by the plan's own steps. */
async function datePlanEnrollments(db: Db, user: SessionUser, steps: readonly Step[], at: (daysAgo: number, minutes?: number) => Date) {
  const byModule = new Map<string, number[]>();
  for (const step of steps) {
    const moduleId = step.do === "lesson" ? lessonOf(step.lessonId).moduleId : step.do === "quiz" ? lessonForQuiz(step.quizId).moduleId : null;
    if (moduleId) byModule.set(moduleId, [...(byModule.get(moduleId) ?? []), step.daysAgo]);
  }
  for (const [moduleId, days] of byModule) {
    const first = at(Math.max(...days));
    const last = at(Math.min(...days), 60);
    await db.enrollment.updateMany({ where: { userId: user.id, moduleId, startedAt: { gt: first } }, data: { startedAt: first } });
    await db.enrollment.updateMany({ where: { userId: user.id, moduleId, status: "COMPLETED", completedAt: { gt: last } }, data: { completedAt: last } });
  }
}
