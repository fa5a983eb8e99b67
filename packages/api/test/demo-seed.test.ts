// The full demo seed (prisma/seed.ts): accounts from @defuse/db, then the learners' activity
// played through the learner and review services. Checks that it is idempotent and that every
// seeded attempt has the shape the real attempt flow gives it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { catalogue } from "@defuse/content";
import { createTestDatabase, type TestDatabase } from "@defuse/db/testing";
import { seedDemo } from "../../../prisma/seed";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

async function snapshot() {
  const db = t.db;
  const [organizations, users, members, assignments, enrollments, lessons, attempts, turns, criterionScores, reviews, audits] = await Promise.all([
    db.organization.count(),
    db.user.count(),
    db.cohortMember.count(),
    db.assignment.count(),
    db.enrollment.findMany({ select: { userId: true, moduleId: true, status: true, progress: true, startedAt: true, completedAt: true }, orderBy: [{ userId: "asc" }, { moduleId: "asc" }] }),
    db.lessonProgress.findMany({ select: { userId: true, lessonId: true, completedAt: true }, orderBy: [{ userId: "asc" }, { lessonId: "asc" }] }),
    db.attempt.findMany({ select: { id: true, score: true, passed: true, completedAt: true, reviewState: true }, orderBy: { id: "asc" } }),
    db.attemptTurn.count(),
    db.criterionScore.count(),
    db.review.count(),
    db.auditLog.count(),
  ]);
  return { organizations, users, members, assignments, enrollments, lessons, attempts, turns, criterionScores, reviews, audits };
}

describe("demo seed", () => {
  it("plays the learners' activity once: a second run changes nothing", async () => {
    const started = Date.now();
    const first = await seedDemo(t.db);
    const elapsed = Date.now() - started;
    expect(first.activity.roleplays).toBeGreaterThanOrEqual(6);
    expect(first.activity.reviews).toBe(1);
    const before = await snapshot();

    const second = await seedDemo(t.db);
    expect(second.activity).toEqual({ lessons: 0, quizzes: 0, roleplays: 0, reviews: 0 });
    expect(await snapshot()).toEqual(before);
    console.log(`demo seed: first run ${elapsed} ms`);
  });

  it("stores role-plays exactly as the attempt flow does", async () => {
    const rubric = (id: string) => catalogue.rubrics.find((r) => r.id === id)!;
    const roleplays = await t.db.attempt.findMany({
      where: { kind: "ROLEPLAY" },
      include: { turns: { orderBy: { index: "asc" } }, criterionScores: true, user: { select: { email: true } } },
    });
    expect(roleplays.length).toBeGreaterThanOrEqual(6);
    expect(new Set(roleplays.map((a) => a.contentId)).size).toBeGreaterThanOrEqual(4);
    for (const a of roleplays) {
      expect(a.status).toBe("COMPLETED");
      expect(a.rubricId).toBe(catalogue.scenarios.find((s) => s.id === a.contentId)!.rubricId);
      const criterionIds = rubric(a.rubricId!).criteria.map((c) => c.id).sort();
      const result = a.autoResult as { score: number; criteria: Array<{ id: string; level: number }> };
      expect(result.criteria.map((c) => c.id).sort()).toEqual(criterionIds);
      expect(a.autoScore).toBe(Math.round(result.score));
      const auto = a.criterionScores.filter((c) => c.source === "auto");
      expect(auto.map((c) => c.criterionId).sort()).toEqual(criterionIds);
      // Techniques and pitfalls on the attempt are the union of the turns' labels.
      expect([...a.techniques].sort()).toEqual([...new Set(a.turns.flatMap((x) => x.techniques))].sort());
      expect([...a.pitfalls].sort()).toEqual([...new Set(a.turns.flatMap((x) => x.pitfalls))].sort());
      expect(a.turns.length).toBeGreaterThan(0);
      for (const [i, turn] of a.turns.entries()) {
        expect(turn.index).toBe(i);
        expect(turn.customerLine.length).toBeGreaterThan(0);
        expect(Array.isArray(turn.labels)).toBe(true);
        if (i > 0) expect(turn.tensionBefore).toBe(a.turns[i - 1]!.tensionAfter);
      }
      expect(a.tension).toBe(a.turns.at(-1)!.tensionAfter);
      // Turns are dated within the call.
      for (const turn of a.turns) expect(turn.createdAt > a.startedAt && turn.createdAt < a.completedAt!).toBe(true);
      expect(a.completedAt!.getTime()).toBeLessThan(Date.now());
    }
    // A mix of results across the cohort, all decided by the engine.
    expect(roleplays.some((a) => a.autoPassed)).toBe(true);
    expect(roleplays.some((a) => !a.autoPassed && a.outcome !== "escalated")).toBe(true);
    expect(roleplays.some((a) => a.outcome === "escalated")).toBe(true);
    // Completion dates are spread over the last few weeks.
    const days = new Set(roleplays.map((a) => Math.floor((Date.now() - a.completedAt!.getTime()) / 86_400_000)));
    expect(days.size).toBeGreaterThanOrEqual(5);
    // Most calls wait for a trainer; Lena's has a released review with trainer criterion scores.
    expect(roleplays.filter((a) => a.reviewState === "PENDING").length).toBeGreaterThan(0);
    const lena = roleplays.filter((a) => a.user.email === "learner@defuse.test");
    expect(lena).toHaveLength(1);
    expect(lena[0]!.reviewState).toBe("RELEASED");
    expect(lena[0]!.criterionScores.filter((c) => c.source === "trainer")).toHaveLength(rubric(lena[0]!.rubricId!).criteria.length);
    const review = await t.db.review.findUniqueOrThrow({ where: { attemptId: lena[0]!.id } });
    expect(review.state).toBe("RELEASED");
    expect(review.comment.length).toBeGreaterThan(0);
  });

  it("marks knowledge checks with real answers and derives enrollments from them", async () => {
    const quizzes = await t.db.attempt.findMany({ where: { kind: "QUIZ" } });
    expect(quizzes.length).toBeGreaterThan(5);
    for (const q of quizzes) {
      const quiz = catalogue.quizzes.find((x) => x.id === q.contentId);
      expect(quiz, q.contentId).toBeDefined();
      const answers = q.answers as Record<string, string>;
      // Each attempt answers the questions it drew from the bank.
      const asked = quiz!.questions.filter((x) => x.id in answers);
      expect(asked).toHaveLength(quiz!.drawCount);
      const correct = asked.filter((x) => x.options.find((o) => o.correct)!.id === answers[x.id]).length;
      expect(q.score).toBe(Math.round((correct / asked.length) * 100));
    }
    expect(quizzes.some((q) => !q.passed)).toBe(true);
    const lena = await t.db.user.findUniqueOrThrow({ where: { email: "learner@defuse.test" } });
    const enrollment = await t.db.enrollment.findUniqueOrThrow({ where: { userId_moduleId: { userId: lena.id, moduleId: "roleplay-practice" } } });
    expect(enrollment.status).toBe("IN_PROGRESS");
    // Progress counts the module's lessons completed and checks passed, out of both.
    const module = catalogue.modules.find((m) => m.id === "roleplay-practice")!;
    const lessonsDone = await t.db.lessonProgress.count({ where: { userId: lena.id, moduleId: module.id, completedAt: { not: null } } });
    const quizIds = module.lessons.map((l) => l.quizId);
    const passed = await t.db.attempt.findMany({ where: { userId: lena.id, kind: "QUIZ", passed: true, contentId: { in: quizIds } }, distinct: ["contentId"], select: { contentId: true } });
    expect(lessonsDone + passed.length).toBeGreaterThan(0);
    expect(enrollment.progress).toBe(Math.round(((lessonsDone + passed.length) / (module.lessons.length + quizIds.length)) * 100));
  });
});
