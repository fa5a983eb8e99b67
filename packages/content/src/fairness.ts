import { PITFALL_IDS, type Branching, type Catalogue, type Quiz } from "./schema";

/**
 * Surface patterns that would let a learner pass without knowing the answer: the correct option
 * being the longest, or always sitting in the same place; the best branching choice being listed
 * first or being the longest. Content tests bound these and print them.
 */

const len = (s: string) => s.length;

export interface BankFairness {
  quizId: string;
  questions: number;
  drawCount: number;
  /** Questions whose correct option is strictly longer (in characters) than every other option. */
  correctUniqueLongest: number;
  /** Questions whose correct option is at least as long as every other option. */
  correctLongest: number;
  /** Questions whose correct option is strictly shorter than every other option. */
  correctUniqueShortest: number;
  /** How often the correct option is stored at each position (a, b, c, ...). */
  positions: number[];
}

export function bankFairness(quiz: Quiz): BankFairness {
  const positions: number[] = [];
  let unique = 0;
  let longest = 0;
  let shortest = 0;
  for (const q of quiz.questions) {
    const lengths = q.options.map((o) => len(o.text));
    const ci = q.options.findIndex((o) => o.correct);
    const max = Math.max(...lengths);
    if (lengths[ci] === max) {
      longest++;
      if (lengths.filter((l) => l === max).length === 1) unique++;
    }
    const min = Math.min(...lengths);
    if (lengths[ci] === min && lengths.filter((l) => l === min).length === 1) shortest++;
    positions[ci] = (positions[ci] ?? 0) + 1;
  }
  for (let i = 0; i < positions.length; i++) positions[i] ??= 0;
  return { quizId: quiz.id, questions: quiz.questions.length, drawCount: quiz.drawCount, correctUniqueLongest: unique, correctLongest: longest, correctUniqueShortest: shortest, positions };
}

/** Pearson's chi-square statistic of observed counts against a uniform spread. */
export function chiSquareUniform(counts: number[]): number {
  const total = counts.reduce((s, c) => s + c, 0);
  const expected = total / counts.length;
  return counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
}

const PITFALLS = new Set<string>(PITFALL_IDS);
/** A choice that fails an assessment outright: the content calls it forbidden or critical, or it is rude. */
export const isCriticalChoice = (c: Branching["nodes"][number]["choices"][number]) =>
  /forbidden|critical failure/i.test(c.feedback) || c.labels.includes("rude");
/** A choice the content marks as a critical failure: a forbidden promise or a pitfall. */
export const isFlaggedChoice = (c: Branching["nodes"][number]["choices"][number]) =>
  /forbidden|critical failure/i.test(c.feedback) || c.labels.some((l) => PITFALLS.has(l));

/**
 * The best choice at a decision: of the choices that break no rule and use no pitfall, the one that
 * lowers tension most (a forbidden promise can calm a customer for a moment; it is not the best move).
 */
export function bestChoiceIndex(node: Branching["nodes"][number]): number {
  let best = -1;
  node.choices.forEach((c, i) => {
    if (isFlaggedChoice(c)) return;
    if (best < 0 || c.tensionDelta < node.choices[best]!.tensionDelta) best = i;
  });
  return best < 0 ? 0 : best;
}

export function branchingFairness(branching: Branching) {
  let decisions = 0;
  let bestFirst = 0;
  let bestUniqueLongest = 0;
  for (const n of branching.nodes) {
    if (n.choices.length === 0) continue;
    decisions++;
    const b = bestChoiceIndex(n);
    if (b === 0) bestFirst++;
    const lengths = n.choices.map((c) => len(c.text));
    const max = Math.max(...lengths);
    if (lengths[b] === max && lengths.filter((l) => l === max).length === 1) bestUniqueLongest++;
  }
  return { decisions, bestFirst, bestUniqueLongest };
}

/** Catalogue-wide figures, as the report and the content tests print them. */
export function fairnessReport(c: Catalogue) {
  const banks = c.quizzes.map(bankFairness);
  const questions = banks.reduce((s, b) => s + b.questions, 0);
  const positions: number[] = [];
  for (const b of banks) b.positions.forEach((n, i) => (positions[i] = (positions[i] ?? 0) + n));
  const branching = c.scenarios.map((s) => ({ scenarioId: s.id, ...branchingFairness(s.branching) }));
  const decisions = branching.reduce((s, b) => s + b.decisions, 0);
  return {
    banks,
    questions,
    correctUniqueLongestShare: banks.reduce((s, b) => s + b.correctUniqueLongest, 0) / questions,
    correctLongestShare: banks.reduce((s, b) => s + b.correctLongest, 0) / questions,
    correctUniqueShortestShare: banks.reduce((s, b) => s + b.correctUniqueShortest, 0) / questions,
    positions,
    branching,
    bestFirstShare: branching.reduce((s, b) => s + b.bestFirst, 0) / decisions,
    bestUniqueLongestShare: branching.reduce((s, b) => s + b.bestUniqueLongest, 0) / decisions,
  };
}

export interface BranchPath {
  choices: string[];
  outcome: "resolved" | "escalated" | "ongoing";
  /** Some choice on the path breaks a rule or uses a pitfall. */
  flagged: boolean;
  /** Some choice on the path carries a pitfall label (it sounds wrong, not only is wrong). */
  soundsWrong: boolean;
  /** Resolved without a critical failure (a forbidden promise or rudeness) on the way. */
  succeeds: boolean;
}

/** Every path from the start to an end node (the tree has no cycles; checkBranching guards that). */
export function branchingPaths(branching: Branching): BranchPath[] {
  const byId = new Map(branching.nodes.map((n) => [n.id, n]));
  const out: BranchPath[] = [];
  const walk = (id: string, trail: Branching["nodes"][number]["choices"], depth: number) => {
    const node = byId.get(id);
    if (!node || depth > 50) return;
    if (node.choices.length === 0) {
      const outcome = node.outcome ?? "ongoing";
      const flagged = trail.some(isFlaggedChoice);
      out.push({
        choices: trail.map((c) => c.id),
        outcome,
        flagged,
        soundsWrong: trail.some((c) => c.labels.some((l) => PITFALLS.has(l))),
        succeeds: outcome === "resolved" && !trail.some(isCriticalChoice),
      });
      return;
    }
    for (const c of node.choices) if (c.next) walk(c.next, [...trail, c], depth + 1);
  };
  walk(branching.startNodeId, [], 0);
  return out;
}
