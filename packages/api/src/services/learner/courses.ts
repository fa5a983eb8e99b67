import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError } from "../../errors";
import { allModules, findLesson, findModule, findQuiz, moduleCompletion, type ModuleT } from "./content";

/** Lessons the learner has completed and checks they have passed (two queries, any number of modules). */
export async function learnerMarks(db: Db, user: SessionUser) {
  const [lessons, quizzes] = await Promise.all([
    db.lessonProgress.findMany({
      where: { orgId: user.orgId, userId: user.id, completedAt: { not: null } },
      select: { lessonId: true },
    }),
    db.attempt.findMany({
      where: { orgId: user.orgId, userId: user.id, kind: "QUIZ", status: "COMPLETED", passed: true },
      select: { contentId: true },
      distinct: ["contentId"],
    }),
  ]);
  return { completedLessons: new Set(lessons.map((l) => l.lessonId)), passedQuizzes: new Set(quizzes.map((q) => q.contentId)) };
}

async function moduleAssignments(db: Db, user: SessionUser) {
  const rows = await db.assignment.findMany({
    where: {
      orgId: user.orgId,
      kind: "MODULE",
      withdrawnAt: null,
      cohort: { archivedAt: null, members: { some: { userId: user.id, removedAt: null } } },
    },
    select: { contentId: true, dueAt: true },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }],
  });
  const byModule = new Map<string, Date | null>();
  for (const r of rows) if (!byModule.has(r.contentId)) byModule.set(r.contentId, r.dueAt);
  return byModule;
}

/** The three courses with the learner's progress; assigned ones first, soonest due first. */
export async function catalogueFor(db: Db, user: SessionUser, now = new Date()) {
  const [marks, assigned] = await Promise.all([learnerMarks(db, user), moduleAssignments(db, user)]);
  const modules = allModules().map((m, order) => {
    const c = moduleCompletion(m, marks.completedLessons, marks.passedQuizzes);
    const isAssigned = assigned.has(m.id);
    const dueAt = assigned.get(m.id) ?? null;
    return {
      id: m.id,
      kind: m.kind,
      title: m.title,
      description: m.description,
      estimatedMinutes: m.estimatedMinutes,
      lessonCount: m.lessons.length,
      assigned: isAssigned,
      dueAt,
      overdue: !!dueAt && dueAt < now && c.status !== "COMPLETED",
      order,
      ...c,
    };
  });
  modules.sort((a, b) => {
    if (a.assigned !== b.assigned) return a.assigned ? -1 : 1;
    const ad = a.dueAt?.getTime() ?? Infinity;
    const bd = b.dueAt?.getTime() ?? Infinity;
    return ad !== bd ? ad - bd : a.order - b.order;
  });
  return modules;
}

/** A course's lessons with what the learner has done, and where to continue. */
export async function moduleFor(db: Db, user: SessionUser, moduleId: string) {
  const m = findModule(moduleId);
  const [marks, enrollment, assigned] = await Promise.all([
    learnerMarks(db, user),
    db.enrollment.findFirst({ where: { orgId: user.orgId, userId: user.id, moduleId: m.id }, select: { lastLessonId: true } }),
    moduleAssignments(db, user),
  ]);
  const c = moduleCompletion(m, marks.completedLessons, marks.passedQuizzes);
  const lessons = m.lessons.map((l) => ({
    id: l.id,
    title: l.title,
    summary: l.summary,
    estimatedMinutes: l.estimatedMinutes,
    completed: marks.completedLessons.has(l.id),
    quizId: l.quizId,
    quizPassed: marks.passedQuizzes.has(l.quizId),
    scenarioId: l.scenarioId ?? null,
  }));
  const next = lessons.find((l) => !l.completed || !l.quizPassed) ?? null;
  return {
    id: m.id,
    kind: m.kind,
    title: m.title,
    description: m.description,
    estimatedMinutes: m.estimatedMinutes,
    dueAt: assigned.get(m.id) ?? null,
    assigned: assigned.has(m.id),
    lastLessonId: enrollment?.lastLessonId ?? null,
    nextLessonId: next?.id ?? null,
    lessons,
    ...c,
  };
}

/** Keeps the Enrollment row (dashboard, trainer reports) in step with lessons and checks. */
export async function refreshEnrollment(db: Db, user: SessionUser, module: ModuleT, lastLessonId?: string) {
  const marks = await learnerMarks(db, user);
  const c = moduleCompletion(module, marks.completedLessons, marks.passedQuizzes);
  const now = new Date();
  const status = c.status === "NOT_STARTED" ? "IN_PROGRESS" : c.status;
  await db.enrollment.upsert({
    where: { userId_moduleId: { userId: user.id, moduleId: module.id } },
    create: {
      orgId: user.orgId,
      userId: user.id,
      moduleId: module.id,
      status,
      progress: c.progress,
      lastLessonId: lastLessonId ?? null,
      startedAt: now,
      completedAt: status === "COMPLETED" ? now : null,
    },
    update: {
      status,
      progress: c.progress,
      ...(lastLessonId ? { lastLessonId } : {}),
      ...(status === "COMPLETED" ? {} : { completedAt: null }),
    },
  });
  if (status === "COMPLETED") {
    await db.enrollment.updateMany({
      where: { orgId: user.orgId, userId: user.id, moduleId: module.id, completedAt: null },
      data: { completedAt: now },
    });
  }
  return c;
}

/** A lesson to read; opening it records it as where the learner left off. */
export async function openLesson(db: Db, user: SessionUser, input: { moduleId: string; lessonId: string }) {
  const { module, lesson, index } = findLesson(input.moduleId, input.lessonId);
  const progress = await db.lessonProgress.upsert({
    where: { userId_lessonId: { userId: user.id, lessonId: lesson.id } },
    create: { orgId: user.orgId, userId: user.id, moduleId: module.id, lessonId: lesson.id, contentVersion: lesson.version },
    update: { lastViewedAt: new Date() },
    select: { completedAt: true },
  });
  await refreshEnrollment(db, user, module, lesson.id);
  const passed = await db.attempt.findFirst({
    where: { orgId: user.orgId, userId: user.id, kind: "QUIZ", contentId: lesson.quizId, status: "COMPLETED", passed: true },
    select: { id: true },
  });
  const prev = module.lessons[index - 1];
  const next = module.lessons[index + 1];
  return {
    module: { id: module.id, title: module.title, lessonCount: module.lessons.length },
    position: index + 1,
    lesson: {
      id: lesson.id,
      title: lesson.title,
      summary: lesson.summary,
      estimatedMinutes: lesson.estimatedMinutes,
      objectives: lesson.objectives,
      body: lesson.body,
      examples: lesson.examples,
      activity: lesson.activity,
      quizId: lesson.quizId,
      scenarioId: lesson.scenarioId ?? null,
    },
    completed: !!progress.completedAt,
    quizPassed: !!passed,
    prev: prev ? { id: prev.id, title: prev.title } : null,
    next: next ? { id: next.id, title: next.title } : null,
  };
}

export async function completeLesson(db: Db, user: SessionUser, input: { moduleId: string; lessonId: string }) {
  const { module, lesson } = findLesson(input.moduleId, input.lessonId);
  const now = new Date();
  await db.lessonProgress.upsert({
    where: { userId_lessonId: { userId: user.id, lessonId: lesson.id } },
    create: { orgId: user.orgId, userId: user.id, moduleId: module.id, lessonId: lesson.id, contentVersion: lesson.version, completedAt: now },
    update: { completedAt: now, contentVersion: lesson.version, lastViewedAt: now },
  });
  const c = await refreshEnrollment(db, user, module, lesson.id);
  return { lessonId: lesson.id, moduleStatus: c.status, moduleProgress: c.progress };
}

/** The knowledge check without its answer key. */
export async function quizFor(db: Db, user: SessionUser, input: { moduleId: string; lessonId: string }) {
  const { module, lesson } = findLesson(input.moduleId, input.lessonId);
  const quiz = findQuiz(lesson.quizId);
  const attempts = await db.attempt.findMany({
    where: { orgId: user.orgId, userId: user.id, kind: "QUIZ", contentId: quiz.id, status: "COMPLETED" },
    select: { score: true, passed: true, completedAt: true },
    orderBy: { completedAt: "desc" },
    take: 10,
  });
  return {
    module: { id: module.id, title: module.title },
    lesson: { id: lesson.id, title: lesson.title },
    quiz: {
      id: quiz.id,
      title: quiz.title,
      passMark: quiz.passMark,
      questions: quiz.questions.map((q) => ({ id: q.id, prompt: q.prompt, options: q.options.map((o) => ({ id: o.id, text: o.text })) })),
    },
    attempts,
    bestScore: attempts.reduce<number | null>((b, a) => (a.score !== null && (b === null || a.score > b) ? a.score : b), null),
  };
}

/** Marks a knowledge check; every option comes back with why it is right or wrong. */
export async function submitQuiz(
  db: Db,
  user: SessionUser,
  input: { moduleId: string; lessonId: string; answers: Record<string, string> },
) {
  const { module, lesson } = findLesson(input.moduleId, input.lessonId);
  const quiz = findQuiz(lesson.quizId);
  const unanswered = quiz.questions.filter((q) => !q.options.some((o) => o.id === input.answers[q.id]));
  if (unanswered.length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      unanswered.length === 1 ? "Answer question " + (quiz.questions.indexOf(unanswered[0]!) + 1) + " before checking." : `Answer all ${quiz.questions.length} questions before checking (${unanswered.length} left).`,
      { field: "answers" },
    );
  }
  const results = quiz.questions.map((q) => {
    const chosen = input.answers[q.id]!;
    const correctOption = q.options.find((o) => o.correct)!;
    return {
      questionId: q.id,
      prompt: q.prompt,
      chosen,
      correct: chosen === correctOption.id,
      options: q.options.map((o) => ({ id: o.id, text: o.text, correct: o.correct, explanation: o.explanation })),
    };
  });
  const correctCount = results.filter((r) => r.correct).length;
  const score = Math.round((correctCount / quiz.questions.length) * 100);
  const passed = score >= quiz.passMark;
  const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, input.answers[q.id]!]));
  const attempt = await db.attempt.create({
    data: {
      orgId: user.orgId,
      userId: user.id,
      kind: "QUIZ",
      contentId: quiz.id,
      contentVersion: quiz.version,
      status: "COMPLETED",
      answers,
      autoScore: score,
      autoPassed: passed,
      score,
      passed,
      completedAt: new Date(),
    },
    select: { id: true },
  });
  const c = await refreshEnrollment(db, user, module, lesson.id);
  return { attemptId: attempt.id, score, passed, passMark: quiz.passMark, correctCount, total: quiz.questions.length, results, moduleStatus: c.status };
}
