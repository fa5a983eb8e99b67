import type { Catalogue } from "./schema";
import { branchingDepth } from "./integrity";

const words = (s: string) => (s.match(/[A-Za-z0-9']+/g) ?? []).length;

/** Learner-facing word counts and item counts, for authors and trainers planning sessions. */
export function contentStats(c: Catalogue) {
  const quizById = new Map(c.quizzes.map((q) => [q.id, q]));
  const modules = c.modules.map((m) => {
    let lessonWords = 0;
    let quizWords = 0;
    let questions = 0;
    for (const l of m.lessons) {
      lessonWords += words([l.title, l.summary, ...l.objectives, l.body, l.activity.title, l.activity.instructions].join(" "));
      lessonWords += l.examples.reduce((s, e) => s + words(`${e.situation} ${e.weak} ${e.strong} ${e.why}`), 0);
      const q = quizById.get(l.quizId);
      if (q) {
        questions += q.questions.length;
        quizWords += q.questions.reduce(
          (s, x) => s + words(x.prompt) + x.options.reduce((t, o) => t + words(`${o.text} ${o.explanation}`), 0),
          0,
        );
      }
    }
    return { id: m.id, lessons: m.lessons.length, lessonWords, quizWords, questions, words: lessonWords + quizWords };
  });
  const scenarios = c.scenarios.map((s) => ({
    id: s.id,
    lines: Object.fromEntries(Object.entries(s.lines).map(([k, v]) => [k, v.length])),
    words: words(JSON.stringify({ persona: s.persona, lines: s.lines, policy: s.policy, branching: s.branching })),
    branchingNodes: s.branching.nodes.length,
    branchingChoices: s.branching.nodes.reduce((n, x) => n + x.choices.length, 0),
    branchingDepth: branchingDepth(s.branching),
  }));
  return {
    modules,
    moduleWords: modules.reduce((s, m) => s + m.words, 0),
    scenarios,
    scenarioWords: scenarios.reduce((s, x) => s + x.words, 0),
    lessons: modules.reduce((s, m) => s + m.lessons, 0),
    questions: modules.reduce((s, m) => s + m.questions, 0),
  };
}
