import type { Quiz } from "./schema";

/**
 * Deterministic shuffles for per-learner, per-attempt orders: the same key always gives the same
 * order (a reload shows what the learner saw), different keys give independent orders.
 */

/** FNV-1a, 32-bit: spreads a string key over a seed. */
function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small, well-studied 32-bit generator, plenty for ordering a handful of items. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A Fisher-Yates shuffle driven by `key`; the input is left untouched. */
export function seededShuffle<T>(items: readonly T[], key: string): T[] {
  const out = [...items];
  const next = generator(hashKey(key));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export type DrawnQuestion = Quiz["questions"][number];

const pick = (quiz: Quiz, key: string) => seededShuffle(quiz.questions, `${key}:questions`).slice(0, quiz.drawCount);
const sameSet = (a: DrawnQuestion[], b: DrawnQuestion[]) => a.length === b.length && a.every((q) => b.some((x) => x.id === q.id));

/**
 * The questions one attempt of a knowledge check shows: `drawCount` of the bank, in a shuffled
 * order, each with its options shuffled. `key` names the learner and the attempt; `previousKey`
 * names the attempt before, whose set of questions this draw avoids repeating when the bank allows.
 */
export function drawQuiz(quiz: Quiz, key: string, previousKey?: string): DrawnQuestion[] {
  let questions = pick(quiz, key);
  if (previousKey && quiz.questions.length > quiz.drawCount) {
    const before = pick(quiz, previousKey);
    for (let i = 1; sameSet(questions, before) && i <= 50; i++) questions = pick(quiz, `${key}#${i}`);
  }
  return questions.map((q) => ({ ...q, options: seededShuffle(q.options, `${key}:${q.id}`) }));
}
