import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import type { Rubric } from "@defuse/content";
import { authoredTitles, offeredFromRows, offeredScenarios, rubricOf } from "../authoring/resolve";
import { isBuiltInRubric } from "../authoring/rubricCheck";
import { allModules, allScenarios, findRubric, labelName, moduleCompletion } from "./content";
import { readPracticeState, REAL_CALLS_PAGE, type PracticeState } from "./practiceState";
import { comparisonFrom, realCallsPage } from "../qa/realCallProgress";
import { readTurnComments } from "../review/critical";
import { readStoredCriteria } from "../review/getReview";

function criterionTitle(rubricId: string | null, criterionId: string, authored?: Rubric): string {
  try {
    const rubric = rubricId ? (authored ?? findRubric(rubricId)) : undefined;
    return rubric?.criteria.find((c) => c.id === criterionId)?.title ?? criterionId;
  } catch {
    return criterionId;
  }
}

const ROLEPLAY_KINDS = ["ROLEPLAY", "BRANCHING"] as const;

/** The practice list: every scenario with the learner's best and latest score and any attempt in progress. */
export async function scenariosFor(db: Db, user: SessionUser) {
  return scenarioList(db, user, await readPracticeState(db, user));
}

async function scenarioList(db: Db, user: SessionUser, state: PracticeState) {
  const { completed, open, assigned } = state;
  // built-in scenarios and the organisation's published ones (archived ones are not offered)
  const offered = await offeredFromRows(db, user.orgId, state.authored);
  // The organisation's own scenarios carry its name, the one thing that tells them from built-in ones.
  const orgName = offered.some((s) => s.authored) ? state.orgName : null;
  return offered.map((s) => {
    const mine = completed.filter((a) => a.contentId === s.id);
    const scores = mine.map((a) => a.score ?? 0);
    const latest = mine.at(-1);
    const due = assigned.find((a) => a.contentId === s.id);
    return {
      id: s.id,
      title: s.title,
      summary: s.summary,
      customerType: s.customerType,
      difficulty: s.difficulty,
      channel: s.channel,
      customerName: s.persona.name,
      contentWarning: s.contentWarning ?? null,
      /** The organisation that wrote it; null for the built-in library. */
      madeBy: s.authored ? orgName : null,
      attempts: mine.length,
      bestScore: scores.length ? Math.max(...scores) : null,
      latestScore: latest?.score ?? null,
      latestPassed: latest?.passed ?? null,
      everPassed: mine.some((a) => a.passed),
      inProgress: open.filter((a) => a.contentId === s.id).map((a) => ({ attemptId: a.id, mode: a.kind === "BRANCHING" ? ("branching" as const) : ("freeText" as const) })),
      assigned: !!due,
      dueAt: due?.dueAt ?? null,
    };
  });
}

export async function scenarioFor(db: Db, user: SessionUser, scenarioId: string) {
  const s = (await offeredScenarios(db, user.orgId)).find((x) => x.id === scenarioId);
  if (!s) throw notFound("That scenario");
  const [list, recent] = await Promise.all([
    scenariosFor(db, user),
    db.attempt.findMany({
      // Finished calls, and calls set aside with "Start over instead" after at least one reply (shown as abandoned).
      where: {
        orgId: user.orgId,
        userId: user.id,
        contentId: scenarioId,
        kind: { in: [...ROLEPLAY_KINDS] },
        OR: [{ status: "COMPLETED" }, { status: "ABANDONED", turns: { some: {} } }],
      },
      select: { id: true, kind: true, status: true, score: true, passed: true, startedAt: true, completedAt: true, outcome: true },
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      take: 10,
    }),
  ]);
  const row = list.find((x) => x.id === scenarioId)!;
  return {
    ...row,
    persona: { name: s.persona.name, situation: s.persona.situation, wants: s.persona.wants },
    openingLine: s.openingLine,
    recent: recent.map((a) => ({ ...a, mode: a.kind === "BRANCHING" ? ("branching" as const) : ("freeText" as const) })),
  };
}

/** Everything on the progress page, in one statement (more only for the titles of an organisation's own scenarios and, once per process, its rubrics). */
export async function progressFor(db: Db, user: SessionUser) {
  const state = await readPracticeState(db, user, { withHistory: true });
  const { history, reviews } = state;
  const marks = { completedLessons: new Set(state.completedLessons), passedQuizzes: new Set(state.passedQuizzes) };
  const scenarios = await scenarioList(db, user, state);
  // An organisation's rubric is not in the catalogue: the exact versions the reviewed attempts were scored with (a few, cached).
  const reviewRubrics = new Map<string, Rubric>();
  for (const r of reviews) {
    const { rubricId, rubricVersion } = r.attempt;
    const key = `${rubricId}@${rubricVersion}`;
    if (!rubricId || isBuiltInRubric(rubricId) || reviewRubrics.has(key)) continue;
    const found = await rubricOf(db, user.orgId, rubricId, rubricVersion).catch(() => null);
    if (found) reviewRubrics.set(key, found);
  }
  const modules = allModules().map((m) => ({ id: m.id, title: m.title, ...moduleCompletion(m, marks.completedLessons, marks.passedQuizzes) }));
  const titles = new Map([
    ...allScenarios().map((s) => [s.id, s.title] as const),
    ...(await authoredTitles(db, user.orgId, [...history.map((a) => a.contentId), ...reviews.map((r) => r.attempt.contentId)])),
  ]);
  const chronological = [...history].reverse();

  // Technique mastery: for each attempt, which techniques the scenario needed and the learner used
  // or missed. A scenario's needs are groups of alternatives (["solution", "options"]: either will
  // do), so a technique is missed only when its group went unmet; techniques the scenario does not
  // call for (a boundary with a polite customer) are never "missed".
  const scenarioNeeds = new Map(allScenarios().map((s) => [s.id, s.engine.needs as string[][]]));
  const missedIn = (contentId: string, used: Set<string>) => (scenarioNeeds.get(contentId) ?? []).filter((group) => !group.some((t) => used.has(t))).flat();
  const timeline = chronological.map((a) => {
    const used = new Set(a.techniques);
    const missed = [...new Set(missedIn(a.contentId, used))];
    return { attemptId: a.id, scenarioTitle: titles.get(a.contentId) ?? a.contentId, completedAt: a.completedAt, score: a.score, used: a.techniques, missed, pitfalls: a.pitfalls };
  });
  const techniqueIds = [...new Set(timeline.flatMap((t) => [...t.used, ...t.missed]))].sort();
  const mastery = techniqueIds
    .map((id) => {
      const relevant = timeline.filter((t) => t.used.includes(id) || t.missed.includes(id));
      const usedCount = relevant.filter((t) => t.used.includes(id)).length;
      return {
        id,
        name: labelName(id),
        used: usedCount,
        missed: relevant.length - usedCount,
        rate: relevant.length ? Math.round((usedCount / relevant.length) * 100) : 0,
        series: timeline.map((t) => (t.used.includes(id) ? ("used" as const) : t.missed.includes(id) ? ("missed" as const) : ("n/a" as const))),
      };
    })
    .sort((a, b) => b.rate - a.rate || a.name.localeCompare(b.name));

  return {
    modules,
    /** What qa.myRealCalls answers for its first page, read in the same statement as the rest. */
    realCalls: realCallsPage(state.realCalls, REAL_CALLS_PAGE, comparisonFrom(state.techniqueCounts)),
    scenarios: scenarios.map((s) => ({ id: s.id, title: s.title, attempts: s.attempts, bestScore: s.bestScore, latestScore: s.latestScore, latestPassed: s.latestPassed })),
    mastery,
    timeline: timeline.map((t) => ({ attemptId: t.attemptId, scenarioTitle: t.scenarioTitle, completedAt: t.completedAt, score: t.score })),
    pendingFeedback: history
      .filter((a) => a.reviewState === "PENDING" || a.reviewState === "DRAFT")
      .map((a) => ({ attemptId: a.id, scenarioId: a.contentId, scenarioTitle: titles.get(a.contentId) ?? a.contentId, completedAt: a.completedAt })),
    releasedReviews: reviews.map((r) => ({
      attemptId: r.attemptId,
      scenarioId: r.attempt.contentId,
      scenarioTitle: titles.get(r.attempt.contentId) ?? r.attempt.contentId,
      score: r.score,
      passed: r.passed,
      comment: r.comment,
      autoScore: r.attempt.autoScore,
      reviewer: r.reviewer.name,
      releasedAt: r.releasedAt,
      // Per criterion: what the trainer changed or commented on (unchanged, uncommented ones add nothing).
      criteria: readStoredCriteria(r.criteria)
        .filter((c) => c.comment || (c.autoLevel !== null && c.autoLevel !== c.level))
        .map((c) => ({
          criterionId: c.criterionId,
          title: criterionTitle(r.attempt.rubricId, c.criterionId, reviewRubrics.get(`${r.attempt.rubricId}@${r.attempt.rubricVersion}`)),
          level: c.level,
          autoLevel: c.autoLevel,
          comment: c.comment,
        })),
      critical: r.criticalDecision ? { decision: r.criticalDecision, reason: r.criticalReason } : null,
      lineComments: readTurnComments(r.turnComments).length,
    })),
    recentAttempts: history.slice(0, 10).map((a) => ({
      attemptId: a.id,
      scenarioId: a.contentId,
      scenarioTitle: titles.get(a.contentId) ?? a.contentId,
      mode: a.kind === "BRANCHING" ? ("branching" as const) : ("freeText" as const),
      score: a.score,
      passed: a.passed,
      completedAt: a.completedAt,
      reflected: a.reflected,
    })),
  };
}
