import { describe, expect, it } from "vitest";
import { bankFairness, branchingFairness, branchingPaths, catalogue, checkBranching, chiSquareUniform, drawQuiz, fairnessReport, seededShuffle } from "../src";

/** Chi-square critical value at p = 0.05 for 1..5 degrees of freedom. */
const CHI2_05 = [3.841, 5.991, 7.815, 9.488, 11.07];

describe("fair knowledge checks", () => {
  const report = fairnessReport(catalogue);

  it("prints the surface-pattern figures", () => {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    console.info(
      `[fairness] ${report.questions} questions in ${report.banks.length} banks: correct option is the unique longest in ${pct(report.correctUniqueLongestShare)}, ` +
        `longest or tied in ${pct(report.correctLongestShare)}, unique shortest in ${pct(report.correctUniqueShortestShare)}; ` +
        `stored positions ${report.positions.join("/")}. Branching: best choice first in ${pct(report.bestFirstShare)}, unique longest in ${pct(report.bestUniqueLongestShare)}.`,
    );
    expect(report.questions).toBeGreaterThan(0);
  });

  it.each(catalogue.quizzes.map((q) => [q.id, q]))("%s: the bank is larger than one attempt", (_id, q) => {
    expect(q.questions.length).toBeGreaterThan(q.drawCount);
    expect(q.drawCount).toBeGreaterThanOrEqual(3);
  });

  it.each(catalogue.quizzes.map((q) => [q.id, q]))("%s: the correct option is the unique longest in at most 40% of questions", (_id, q) => {
    const f = bankFairness(q);
    expect(f.correctUniqueLongest / f.questions).toBeLessThanOrEqual(0.4);
  });

  it.each(catalogue.quizzes.map((q) => [q.id, q]))("%s: no stored position holds more than half the correct options", (_id, q) => {
    const f = bankFairness(q);
    expect(Math.max(...f.positions) / f.questions).toBeLessThanOrEqual(0.5);
  });

  it("spreads the correct option's stored position evenly over the whole curriculum (chi-square, p = 0.05)", () => {
    const byOptionCount = new Map<number, number[]>();
    for (const q of catalogue.quizzes.flatMap((x) => x.questions)) {
      const counts = byOptionCount.get(q.options.length) ?? Array<number>(q.options.length).fill(0);
      counts[q.options.findIndex((o) => o.correct)]!++;
      byOptionCount.set(q.options.length, counts);
    }
    for (const [k, counts] of byOptionCount) expect(chiSquareUniform(counts), `${k}-option questions: ${counts.join("/")}`).toBeLessThan(CHI2_05[k - 2]!);
  });

  it("leaves no length rank that gives the answer away", () => {
    expect(report.correctUniqueLongestShare).toBeLessThanOrEqual(0.4);
    expect(report.correctUniqueShortestShare).toBeLessThanOrEqual(0.4);
    // The correct option sits strictly between the others in the rest; bound that too.
    expect(1 - report.correctLongestShare - report.correctUniqueShortestShare).toBeLessThanOrEqual(0.5);
  });

  it("keeps every option of a question within a similar length (no one-line joke distractors)", () => {
    for (const quiz of catalogue.quizzes) {
      for (const q of quiz.questions) {
        const lengths = q.options.map((o) => o.text.length);
        expect(Math.min(...lengths) / Math.max(...lengths), `${quiz.id}/${q.id}`).toBeGreaterThanOrEqual(0.6);
      }
    }
  });
});

describe("drawing a check for one learner and attempt", () => {
  const quiz = catalogue.quizzes[0]!;

  it("is stable for the same learner and attempt, so a reload shows the same order", () => {
    const a = drawQuiz(quiz, "learner-1:1");
    const b = drawQuiz(quiz, "learner-1:1");
    expect(a.map((q) => [q.id, q.options.map((o) => o.id)])).toEqual(b.map((q) => [q.id, q.options.map((o) => o.id)]));
    expect(a).toHaveLength(quiz.drawCount);
  });

  it("gives the next attempt a different set of questions", () => {
    for (const q of catalogue.quizzes) {
      for (let n = 2; n <= 6; n++) {
        const before = drawQuiz(q, `u:${n - 1}`).map((x) => x.id).sort();
        const now = drawQuiz(q, `u:${n}`, `u:${n - 1}`).map((x) => x.id).sort();
        expect(now, `${q.id} attempt ${n}`).not.toEqual(before);
      }
    }
  });

  it("orders options differently for different learners, and keeps every option", () => {
    const orders = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const drawn = drawQuiz(quiz, `learner-${i}:1`);
      for (const q of drawn) expect(q.options.map((o) => o.id).sort()).toEqual(quiz.questions.find((x) => x.id === q.id)!.options.map((o) => o.id).sort());
      orders.add(drawn.map((q) => `${q.id}:${q.options.map((o) => o.id).join("")}`).join("|"));
    }
    expect(orders.size).toBeGreaterThan(10);
  });

  it("puts the correct option in every position about equally often across learners", () => {
    const counts = [0, 0, 0];
    for (let i = 0; i < 3000; i++) {
      const q = seededShuffle(quiz.questions[0]!.options, `learner-${i}:1:first-move`);
      counts[q.findIndex((o) => o.correct)]!++;
    }
    expect(chiSquareUniform(counts)).toBeLessThan(CHI2_05[1]!);
  });
});

describe("fair branching", () => {
  it.each(catalogue.scenarios.map((s) => [s.id, s]))("%s: several paths succeed, and a plausible-sounding path fails", (_id, s) => {
    expect(checkBranching(s.branching, s.id)).toEqual([]); // every node reachable, every path ends, no cycles
    const paths = branchingPaths(s.branching);
    const ok = paths.filter((p) => p.succeeds);
    const failing = paths.filter((p) => !p.succeeds);
    console.info(`[branching] ${s.id}: ${paths.length} paths, ${ok.length} succeed, ${failing.length} fail (${failing.filter((p) => !p.soundsWrong).length} of them with no pitfall in the wording)`);
    expect(ok.length).toBeGreaterThanOrEqual(2);
    expect(failing.length).toBeGreaterThanOrEqual(1);
    // A failing path in which nothing sounds rude or dismissive: the learner has to judge the substance.
    expect(failing.some((p) => !p.soundsWrong)).toBe(true);
    // Successful paths start differently or go different ways: not one scripted route.
    expect(new Set(ok.map((p) => p.choices.join(">"))).size).toBe(ok.length);
  });

  it.each(catalogue.scenarios.map((s) => [s.id, s]))("%s: the best choice is neither always listed first nor always the longest", (_id, s) => {
    const f = branchingFairness(s.branching);
    expect(f.bestFirst).toBeLessThan(f.decisions);
    expect(f.bestUniqueLongest).toBeLessThan(f.decisions);
  });

  it("across all scenarios, the best choice is first or the unique longest in at most half the decisions", () => {
    const r = fairnessReport(catalogue);
    expect(r.bestFirstShare).toBeLessThanOrEqual(0.5);
    expect(r.bestUniqueLongestShare).toBeLessThanOrEqual(0.5);
  });
});
