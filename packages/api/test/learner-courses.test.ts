/** Courses, lessons and knowledge checks against a real database (no mocks). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { catalogue } from "@defuse/content";
import { createOrgWithUsers, createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { createCaller, createContextInner, type SessionUser } from "../src";

let tdb: TestDatabase;
beforeAll(async () => {
  tdb = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await tdb?.drop();
});

const asSession = (u: { id: string; email: string; name: string; role: SessionUser["role"]; orgId: string }): SessionUser => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  orgId: u.orgId,
});

async function newLearner() {
  const org = await createOrgWithUsers(tdb.db);
  return { org, api: createCaller(createContextInner({ db: tdb.db, user: asSession(org.learner) })) };
}

/** Answers to the questions a learner was shown, looked up in the answer key. */
const answersFor = (quizId: string, shown: Array<{ id: string }>, correct: boolean) => {
  const quiz = catalogue.quizzes.find((q) => q.id === quizId)!;
  return Object.fromEntries(shown.map((s) => [s.id, quiz.questions.find((q) => q.id === s.id)!.options.find((o) => o.correct === correct)!.id]));
};

type Api = Awaited<ReturnType<typeof newLearner>>["api"];
async function submit(api: Api, moduleId: string, lessonId: string, quizId: string, correct: boolean) {
  const view = await api.learner.quiz({ moduleId, lessonId });
  return api.learner.submitQuiz({ moduleId, lessonId, attemptNumber: view.attemptNumber, answers: answersFor(quizId, view.quiz.questions, correct) });
}

describe("learner courses", () => {
  it("lists the three courses with assigned ones first and their due dates", async () => {
    const { org, api } = await newLearner();
    const before = await api.learner.catalogue();
    expect(before).toHaveLength(3);
    expect(before.every((m) => m.progress === 0 && m.status === "NOT_STARTED")).toBe(true);
    const last = before.at(-1)!;
    const cohort = await tdb.db.cohort.create({ data: { orgId: org.org.id, name: "Night shift" } });
    await tdb.db.cohortMember.create({ data: { orgId: org.org.id, cohortId: cohort.id, userId: org.learner.id } });
    const due = new Date(Date.now() + 3 * 86400_000);
    await tdb.db.assignment.create({ data: { orgId: org.org.id, cohortId: cohort.id, kind: "MODULE", contentId: last.id, dueAt: due, assignedById: org.trainer.id } });
    const after = await api.learner.catalogue();
    expect(after[0]!.id).toBe(last.id);
    expect(after[0]!.assigned).toBe(true);
    expect(after[0]!.dueAt?.getTime()).toBe(due.getTime());
  });

  it("saves lesson progress, marks checks with explanations, and completes a module when everything is done", async () => {
    const { org, api } = await newLearner();
    const module = [...catalogue.modules].sort((a, b) => a.lessons.length - b.lessons.length)[0]!;
    const lesson = module.lessons[0]!;

    const opened = await api.learner.openLesson({ moduleId: module.id, lessonId: lesson.id });
    expect(opened.lesson.body.length).toBeGreaterThan(0);
    expect(opened.completed).toBe(false);
    const dash = await api.dashboard.learner();
    expect(dash.continueWith?.lessonId).toBe(lesson.id);

    await api.learner.completeLesson({ moduleId: module.id, lessonId: lesson.id });
    expect((await api.learner.openLesson({ moduleId: module.id, lessonId: lesson.id })).completed).toBe(true);

    // The quiz view never carries the answer key.
    const quiz = await api.learner.quiz({ moduleId: module.id, lessonId: lesson.id });
    expect(JSON.stringify(quiz.quiz)).not.toMatch(/"correct"|"explanation"/);

    // Unanswered questions: a clear message, nothing stored.
    const err = await api.learner.submitQuiz({ moduleId: module.id, lessonId: lesson.id, attemptNumber: quiz.attemptNumber, answers: {} }).catch((e) => e);
    expect(err).toBeInstanceOf(TRPCError);
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toMatch(/Answer/);

    const wrong = await submit(api, module.id, lesson.id, lesson.quizId, false);
    expect(wrong.passed).toBe(false);
    expect(wrong.score).toBe(0);
    const right = await submit(api, module.id, lesson.id, lesson.quizId, true);
    expect(right).toMatchObject({ passed: true, score: 100 });
    const stored = await tdb.db.attempt.findMany({ where: { userId: org.learner.id, kind: "QUIZ" }, orderBy: { startedAt: "asc" } });
    expect(stored.map((a) => a.score)).toEqual([0, 100]);
    // The check page afterwards: the attempts so far, newest first with their dates, the best score and the next attempt's number.
    const after = await api.learner.quiz({ moduleId: module.id, lessonId: lesson.id });
    expect(after.attemptNumber).toBe(3);
    expect(after.attempts.map((a) => [a.score, a.passed])).toEqual([
      [100, true],
      [0, false],
    ]);
    expect(after.attempts.map((a) => a.completedAt)).toEqual([...stored].reverse().map((a) => a.completedAt));
    expect(after.bestScore).toBe(100);
    // The check page reads the course's state and the next lesson from the same loader.
    expect(after.module.status).toBe("IN_PROGRESS");
    expect(after.nextLessonId).toBe(module.lessons[1]?.id ?? null);

    for (const l of module.lessons) {
      await api.learner.completeLesson({ moduleId: module.id, lessonId: l.id });
      await submit(api, module.id, l.id, l.quizId, true);
    }
    const m = await api.learner.module({ id: module.id });
    expect(m.status).toBe("COMPLETED");
    const lastCheck = await api.learner.quiz({ moduleId: module.id, lessonId: module.lessons.at(-1)!.id });
    expect(lastCheck.module.status).toBe("COMPLETED");
    expect(lastCheck.nextLessonId).toBeNull();
    expect(m.progress).toBe(100);
    const enrollment = await tdb.db.enrollment.findFirst({ where: { userId: org.learner.id, moduleId: module.id } });
    expect(enrollment).toMatchObject({ status: "COMPLETED", progress: 100 });
    expect(enrollment?.completedAt).toBeInstanceOf(Date);
    const progress = await api.learner.progress();
    expect(progress.modules.find((x) => x.id === module.id)?.status).toBe("COMPLETED");
  });

  it("re-opening lessons (the cheap path) shows the check passed, keeps the module's progress and moves where the learner left off", async () => {
    const { org, api } = await newLearner();
    const module = catalogue.modules.find((m) => m.lessons.length >= 2)!;
    const [first, second] = [module.lessons[0]!, module.lessons[1]!];
    await api.learner.openLesson({ moduleId: module.id, lessonId: first.id });
    await api.learner.openLesson({ moduleId: module.id, lessonId: second.id });
    await api.learner.completeLesson({ moduleId: module.id, lessonId: first.id });
    await submit(api, module.id, first.id, first.quizId, true);
    const before = await tdb.db.enrollment.findFirstOrThrow({ where: { userId: org.learner.id, moduleId: module.id } });
    expect(before.progress).toBeGreaterThan(0);

    const again = await api.learner.openLesson({ moduleId: module.id, lessonId: first.id });
    expect(again).toMatchObject({ completed: true, quizPassed: true });
    expect((await api.dashboard.learner()).continueWith?.lessonId).toBe(first.id);
    expect((await api.learner.openLesson({ moduleId: module.id, lessonId: second.id })).quizPassed).toBe(false);
    expect((await api.dashboard.learner()).continueWith?.lessonId).toBe(second.id);
    const after = await tdb.db.enrollment.findFirstOrThrow({ where: { userId: org.learner.id, moduleId: module.id } });
    expect(after).toMatchObject({ status: before.status, progress: before.progress, lastLessonId: second.id });
    // Another learner's passed check is not this learner's.
    const other = await newLearner();
    await other.api.learner.openLesson({ moduleId: module.id, lessonId: first.id });
    expect((await other.api.learner.openLesson({ moduleId: module.id, lessonId: first.id })).quizPassed).toBe(false);
  });

  it("draws each attempt's questions from the bank, in an order that is stable on reload and differs between learners", async () => {
    const a = await newLearner();
    const b = await newLearner();
    const module = catalogue.modules[0]!;
    const lesson = module.lessons[0]!;
    const quiz = catalogue.quizzes.find((q) => q.id === lesson.quizId)!;
    const ref = { moduleId: module.id, lessonId: lesson.id };
    const first = await a.api.learner.quiz(ref);
    expect(first.attemptNumber).toBe(1);
    expect(first.quiz.questions).toHaveLength(quiz.drawCount);
    expect(first.quiz.bankSize).toBe(quiz.questions.length);
    expect(await a.api.learner.quiz(ref)).toEqual(first); // a reload shows the same questions in the same order
    const order = (v: typeof first) => v.quiz.questions.map((q) => `${q.id}:${q.options.map((o) => o.id).join("")}`).join("|");
    expect(order(await b.api.learner.quiz(ref))).not.toBe(order(first));

    await a.api.learner.submitQuiz({ ...ref, attemptNumber: 1, answers: answersFor(quiz.id, first.quiz.questions, false) });
    const second = await a.api.learner.quiz(ref);
    expect(second.attemptNumber).toBe(2);
    expect(second.quiz.questions.map((q) => q.id).sort()).not.toEqual(first.quiz.questions.map((q) => q.id).sort());
  });

  it("after a failed attempt shows which questions were wrong and only the chosen option's explanation; everything once passed", async () => {
    const { org, api } = await newLearner();
    const module = catalogue.modules[1]!;
    const lesson = module.lessons[0]!;
    const ref = { moduleId: module.id, lessonId: lesson.id };
    const view = await api.learner.quiz(ref);
    const answers = answersFor(lesson.quizId, view.quiz.questions, false);
    const failed = await api.learner.submitQuiz({ ...ref, attemptNumber: view.attemptNumber, answers });
    expect(failed.passed).toBe(false);
    expect(failed.fullFeedback).toBe(false);
    for (const r of failed.results) {
      expect(r.correct).toBe(false);
      for (const o of r.options) {
        expect(o.correct).toBeNull(); // the answer key stays hidden
        expect(o.explanation === null).toBe(o.id !== r.chosen);
      }
    }

    // Re-sending the same attempt returns what was stored; nothing is added.
    const again = await api.learner.submitQuiz({ ...ref, attemptNumber: view.attemptNumber, answers: answersFor(lesson.quizId, view.quiz.questions, true) });
    expect(again.attemptId).toBe(failed.attemptId);
    expect(again.score).toBe(0);
    expect(await tdb.db.attempt.count({ where: { userId: org.learner.id, kind: "QUIZ" } })).toBe(1);
    // An attempt number from the future is refused.
    await expect(api.learner.submitQuiz({ ...ref, attemptNumber: 7, answers })).rejects.toMatchObject({ code: "CONFLICT" });

    const passed = await submit(api, module.id, lesson.id, lesson.quizId, true);
    expect(passed.passed).toBe(true);
    expect(passed.fullFeedback).toBe(true);
    for (const r of passed.results) {
      expect(r.options.filter((o) => o.correct === true)).toHaveLength(1);
      expect(r.options.every((o) => (o.explanation ?? "").length > 0)).toBe(true);
    }
  });

  it("answers NOT_FOUND for unknown courses and lessons", async () => {
    const { api } = await newLearner();
    await expect(api.learner.module({ id: "no-such-course" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(api.learner.openLesson({ moduleId: catalogue.modules[0]!.id, lessonId: "nope" })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
