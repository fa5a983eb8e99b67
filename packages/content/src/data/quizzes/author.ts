import type { QuizInput } from "../input-types";

/** An option as authored: what the learner reads, and why it is right or wrong. */
export type Opt = [text: string, explanation: string];

/**
 * Compact authoring for a bank question. `at` is the stored position of the correct option: authors
 * spread it across positions on purpose (a content test checks the balance), and the app shuffles
 * the options again per learner and attempt.
 */
export function question(id: string, prompt: string, correct: Opt, wrong: [Opt, Opt, ...Opt[]], at: number) {
  const wrongs = wrong.map(([text, explanation]) => ({ text, correct: false, explanation }));
  const pos = Math.max(0, Math.min(at, wrongs.length));
  const ordered = [...wrongs.slice(0, pos), { text: correct[0], correct: true, explanation: correct[1] }, ...wrongs.slice(pos)];
  return { id, prompt, options: ordered.map((o, i) => ({ id: String.fromCharCode(97 + i), ...o })) };
}

/** A knowledge check whose attempts each draw `drawCount` questions from the bank. */
export function quiz(id: string, version: number, title: string, questions: ReturnType<typeof question>[], drawCount = 3): QuizInput {
  return { id, version, title, passMark: 67, drawCount, questions };
}
