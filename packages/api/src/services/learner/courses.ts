import { drawQuiz } from "@defuse/content";
import { type Db, PREPARED, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError } from "../../errors";
import { allModules, findLesson, findModule, findQuiz, moduleCompletion, type ModuleT, type QuizT } from "./content";

/** Two columns: `lessons`, the ids of the lessons the learner finished, and `quizzes`, of the checks they passed. */
const marksColumns = (user: SessionUser) => Prisma.sql`
      (SELECT coalesce(json_agg(lp."lessonId"), '[]')
         FROM "LessonProgress" lp
        WHERE lp."orgId" = ${user.orgId} AND lp."userId" = ${user.id} AND lp."completedAt" IS NOT NULL) AS lessons,
      (SELECT coalesce(json_agg(DISTINCT q."contentId"), '[]')
         FROM "Attempt" q
        WHERE q."orgId" = ${user.orgId} AND q."userId" = ${user.id} AND q.kind = 'QUIZ' AND q.status = 'COMPLETED' AND q.passed = true) AS quizzes`;

/**
 * The lessons the learner finished and the checks they passed, in one statement (it was two, and
 * the catalogue, course, lesson check and progress pages read it on every view; issue 16).
 */
export async function learnerMarks(db: Db, user: SessionUser) {
  const [row] = await db.$queryRaw<Array<{ lessons: string[]; quizzes: string[] }>>`${PREPARED}
    SELECT
      ${marksColumns(user)}`;
  return { completedLessons: new Set(row!.lessons), passedQuizzes: new Set(row!.quizzes) };
}

/**
 * learnerMarks with the learner's course assignments (due date per course, soonest first) and,
 * for one course, where they left off: the catalogue and course pages in one statement each
 * (they were three and four, issue 16).
 */
async function courseState(db: Db, user: SessionUser, moduleId: string | null) {
  const [row] = await db.$queryRaw<Array<{ lessons: string[]; quizzes: string[]; assigned: Array<{ contentId: string; dueAt: number | null }>; lastLessonId: string | null }>>`${PREPARED}
    SELECT
      ${marksColumns(user)},
      (SELECT coalesce(json_agg(json_build_object('contentId', s."contentId", 'dueAt', floor(extract(epoch FROM s."dueAt") * 1000)) ORDER BY s."dueAt" ASC NULLS LAST), '[]')
         FROM "Assignment" s
         JOIN "Cohort" c ON c.id = s."cohortId"
        WHERE s."orgId" = ${user.orgId} AND s.kind = 'MODULE' AND s."withdrawnAt" IS NULL AND c."archivedAt" IS NULL
          AND EXISTS (SELECT 1 FROM "CohortMember" m WHERE m."cohortId" = c.id AND m."orgId" = ${user.orgId} AND m."userId" = ${user.id} AND m."removedAt" IS NULL)) AS assigned,
      (SELECT e."lastLessonId" FROM "Enrollment" e
        WHERE e."orgId" = ${user.orgId} AND e."userId" = ${user.id} AND e."moduleId" = ${moduleId}::text LIMIT 1) AS "lastLessonId"`;
  const assigned = new Map<string, Date | null>();
  for (const r of row!.assigned) if (!assigned.has(r.contentId)) assigned.set(r.contentId, r.dueAt === null ? null : new Date(r.dueAt));
  return { marks: { completedLessons: new Set(row!.lessons), passedQuizzes: new Set(row!.quizzes) }, assigned, lastLessonId: row!.lastLessonId };
}

/** The three courses with the learner's progress; assigned ones first, soonest due first. */
export async function catalogueFor(db: Db, user: SessionUser, now = new Date()) {
  const { marks, assigned } = await courseState(db, user, null);
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
  const { marks, assigned, lastLessonId } = await courseState(db, user, m.id);
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
    lastLessonId,
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

/**
 * A lesson opened before (the usual case: every page view of a lesson comes here): two statements
 * instead of five. Its view time and the module's "where you left off" move; the module's progress
 * cannot have changed by viewing it (completing a lesson and passing a check refresh it
 * themselves). Null when this is the first view, or the enrollment row is missing.
 */
async function reopenLesson(db: Db, user: SessionUser, moduleId: string, lesson: { id: string; quizId: string }) {
  // One statement (a lesson view is among the most frequent requests, and each statement costs the
  // web process real CPU): note the view, move the enrolment's place to this lesson, and read
  // whether the lesson is done and its check passed. No progress row or no enrolment yet means a
  // first visit, which openLessonFirstTime handles (and which sets the place again).
  const [row] = await db.$queryRaw<Array<{ completed: boolean; quizPassed: boolean; moved: number }>>`${PREPARED}
    WITH progress AS (
      UPDATE "LessonProgress" SET "lastViewedAt" = now() AT TIME ZONE 'UTC'
      WHERE "orgId" = ${user.orgId} AND "userId" = ${user.id} AND "lessonId" = ${lesson.id}
      RETURNING "completedAt" IS NOT NULL AS completed
    ), moved AS (
      UPDATE "Enrollment" SET "lastLessonId" = ${lesson.id}, "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE "orgId" = ${user.orgId} AND "userId" = ${user.id} AND "moduleId" = ${moduleId}
      RETURNING 1
    )
    SELECT progress.completed, (SELECT count(*)::int FROM moved) AS moved,
      EXISTS (SELECT 1 FROM "Attempt" a WHERE a."orgId" = ${user.orgId} AND a."userId" = ${user.id} AND a.kind = 'QUIZ'
        AND a."contentId" = ${lesson.quizId} AND a.status = 'COMPLETED' AND a.passed) AS "quizPassed"
    FROM progress`;
  return row && row.moved === 1 ? { completed: row.completed, quizPassed: row.quizPassed } : null;
}

async function openLessonFirstTime(db: Db, user: SessionUser, module: ModuleT, lesson: { id: string; quizId: string; version: number }) {
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
  return { completed: !!progress.completedAt, quizPassed: !!passed };
}

/** A lesson to read; opening it records it as where the learner left off. */
export async function openLesson(db: Db, user: SessionUser, input: { moduleId: string; lessonId: string }) {
  const { module, lesson, index } = findLesson(input.moduleId, input.lessonId);
  const { completed, quizPassed } = (await reopenLesson(db, user, module.id, lesson)) ?? (await openLessonFirstTime(db, user, module, lesson));
  const prev = module.lessons[index - 1];
  const next = module.lessons[index + 1];
  return {
    module: { id: module.id, title: module.title, lessonCount: module.lessons.length },
    position: index + 1,
    lesson: {
      id: lesson.id,
      version: lesson.version,
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
    completed,
    quizPassed,
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

/**
 * The questions attempt `n` of a knowledge check shows this learner: drawn from the bank and
 * shuffled with a key naming the learner, the check's version and the attempt, so a reload shows
 * the same order and the next attempt draws a different set.
 */
export function drawnQuestions(user: Pick<SessionUser, "id">, quiz: QuizT, n: number) {
  const key = (k: number) => `${user.id}:${quiz.id}:v${quiz.version}:${k}`;
  return drawQuiz(quiz, key(n), n > 1 ? key(n - 1) : undefined);
}

const takenCount = (db: Db, user: SessionUser, quizId: string) => db.attempt.count({ where: { orgId: user.orgId, userId: user.id, kind: "QUIZ", contentId: quizId, status: "COMPLETED" } });

/** The knowledge check without its answer key: this attempt's questions, in this learner's order. */
export async function quizFor(db: Db, user: SessionUser, input: { moduleId: string; lessonId: string }) {
  const { module, lesson, index } = findLesson(input.moduleId, input.lessonId);
  const quiz = findQuiz(lesson.quizId);
  // How many times the learner has taken this check, their last ten results and (for whether the
  // course is complete) the lessons they finished and checks they passed, in one statement: the
  // page read the course's state with a second loader on every view (issue 16).
  const [row] = await db.$queryRaw<
    Array<{ taken: number; attempts: Array<{ score: number | null; passed: boolean | null; completedAt: number | null }>; lessons: string[]; quizzes: string[] }>
  >`${PREPARED}
    SELECT
      ${marksColumns(user)},
      (SELECT count(*)::int FROM "Attempt" a
        WHERE a."orgId" = ${user.orgId} AND a."userId" = ${user.id} AND a.kind = 'QUIZ' AND a."contentId" = ${quiz.id} AND a.status = 'COMPLETED') AS taken,
      (SELECT coalesce(json_agg(json_build_object('score', r.score, 'passed', r.passed, 'completedAt', floor(extract(epoch FROM r."completedAt") * 1000)) ORDER BY r."completedAt" DESC), '[]')
         FROM (SELECT a.score, a.passed, a."completedAt" FROM "Attempt" a
                WHERE a."orgId" = ${user.orgId} AND a."userId" = ${user.id} AND a.kind = 'QUIZ' AND a."contentId" = ${quiz.id} AND a.status = 'COMPLETED'
                ORDER BY a."completedAt" DESC LIMIT 10) r) AS attempts`;
  const attempts = row!.attempts.map((a) => ({ score: a.score, passed: a.passed, completedAt: a.completedAt === null ? null : new Date(a.completedAt) }));
  const attemptNumber = row!.taken + 1;
  const completion = moduleCompletion(module, new Set(row!.lessons), new Set(row!.quizzes));
  return {
    module: { id: module.id, title: module.title, status: completion.status },
    lesson: { id: lesson.id, title: lesson.title },
    nextLessonId: module.lessons[index + 1]?.id ?? null,
    attemptNumber,
    quiz: {
      id: quiz.id,
      title: quiz.title,
      passMark: quiz.passMark,
      bankSize: quiz.questions.length,
      questions: drawnQuestions(user, quiz, attemptNumber).map((q) => ({ id: q.id, prompt: q.prompt, options: q.options.map((o) => ({ id: o.id, text: o.text })) })),
    },
    attempts,
    bestScore: attempts.reduce<number | null>((b, a) => (a.score !== null && (b === null || a.score > b) ? a.score : b), null),
  };
}

/**
 * What a marked attempt shows. Once the learner has passed, every option with its explanation;
 * before that, which questions were wrong and only the explanation of the option they chose, so a
 * retry cannot be passed by reading the answer key off the last attempt.
 */
function markedResults(questions: ReturnType<typeof drawnQuestions>, answers: Record<string, string>, full: boolean) {
  return questions.map((q) => {
    const chosen = answers[q.id]!;
    const correct = q.options.find((o) => o.correct)!.id === chosen;
    return {
      questionId: q.id,
      prompt: q.prompt,
      chosen,
      correct,
      options: q.options.map((o) => ({
        id: o.id,
        text: o.text,
        correct: full ? o.correct : null,
        explanation: full || o.id === chosen ? o.explanation : null,
      })),
    };
  });
}

/**
 * Marks attempt `attemptNumber` of a knowledge check. Safe to repeat: a re-sent submission returns
 * the attempt it already stored.
 */
export async function submitQuiz(db: Db, user: SessionUser, input: { moduleId: string; lessonId: string; attemptNumber: number; answers: Record<string, string> }) {
  const { module, lesson } = findLesson(input.moduleId, input.lessonId);
  const quiz = findQuiz(lesson.quizId);
  const n = input.attemptNumber;
  const questions = drawnQuestions(user, quiz, n);
  const mineWhere = { orgId: user.orgId, userId: user.id, kind: "QUIZ" as const, contentId: quiz.id, status: "COMPLETED" as const };
  const [stored, taken, passedBefore] = await Promise.all([
    db.attempt.findFirst({ where: { ...mineWhere, seed: n, contentVersion: quiz.version }, select: { id: true, answers: true, score: true, passed: true } }),
    takenCount(db, user, quiz.id),
    db.attempt.findFirst({ where: { ...mineWhere, passed: true, seed: { not: n } }, select: { id: true } }),
  ]);
  const summary = (attemptId: string, answers: Record<string, string>, moduleStatus: string) => {
    const results = markedResults(questions, answers, false);
    const correctCount = results.filter((r) => r.correct).length;
    const score = Math.round((correctCount / questions.length) * 100);
    const passed = score >= quiz.passMark;
    return {
      attemptId,
      attemptNumber: n,
      score,
      passed,
      passMark: quiz.passMark,
      correctCount,
      total: questions.length,
      fullFeedback: passed || !!passedBefore,
      results: markedResults(questions, answers, passed || !!passedBefore),
      moduleStatus,
    };
  };
  if (stored) {
    const c = await refreshEnrollment(db, user, module, lesson.id);
    return summary(stored.id, (stored.answers ?? {}) as Record<string, string>, c.status);
  }
  if (n !== taken + 1) {
    throw new AppError("CONFLICT", "This knowledge check has moved on to a new set of questions. Reload the page to see them.", { field: "answers" });
  }
  const unanswered = questions.filter((q) => !q.options.some((o) => o.id === input.answers[q.id]));
  if (unanswered.length > 0) {
    throw new AppError(
      "INVALID_INPUT",
      unanswered.length === 1
        ? "Answer question " + (questions.indexOf(unanswered[0]!) + 1) + " before checking."
        : `Answer all ${questions.length} questions before checking (${unanswered.length} left).`,
      { field: "answers" },
    );
  }
  const answers = Object.fromEntries(questions.map((q) => [q.id, input.answers[q.id]!]));
  const marked = summary("", answers, "");
  const attempt = await db.attempt.create({
    data: {
      orgId: user.orgId,
      userId: user.id,
      kind: "QUIZ",
      contentId: quiz.id,
      contentVersion: quiz.version,
      status: "COMPLETED",
      seed: n,
      answers,
      autoScore: marked.score,
      autoPassed: marked.passed,
      score: marked.score,
      passed: marked.passed,
      completedAt: new Date(),
    },
    select: { id: true },
  });
  const c = await refreshEnrollment(db, user, module, lesson.id);
  return { ...marked, attemptId: attempt.id, moduleStatus: c.status };
}
