import { seededShuffle } from "@defuse/content";
import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { notFound } from "../../errors";
import { isAssessedRoleplay } from "../assessment/assessedRoleplay";
import { passMarkFor } from "../review/getReview";
import { rubricOf } from "../authoring/resolve";
import { learnerScorecard, type AutoResultView } from "../review/officialResult";
import { scenarioOf } from "../authoring/resolve";
import type { RoleplayMemo } from "./attemptMemo";
import { findRubric, labelName, type ScenarioT } from "./content";
import * as engine from "./engine";

// The attempt view: a role-play attempt as the learner sees it (the conversation so far, the
// choices at a branching decision, or the scorecard), and a stored turn as the page shows it.

export type PracticeMode = "freeText" | "branching";

/** Attempts are always read through the caller's organisation and their own user id. */
export const mine = (user: SessionUser, attemptId: string) => ({ id: attemptId, orgId: user.orgId, userId: user.id });

/** The full feedback the content gives for a branching choice (the engine's reason quotes only its first sentence). */
function choiceFeedback(scenario: ScenarioT | null, choiceId: string | null): string | null {
  if (!scenario || !choiceId) return null;
  for (const n of scenario.branching.nodes) {
    const c = n.choices.find((x) => x.id === choiceId);
    if (c) return c.feedback;
  }
  return null;
}

/** An AttemptTurn row as turnView reads it. */
export interface StoredTurn {
  index: number;
  clientTurnId: string;
  agentText: string;
  choiceId: string | null;
  techniques: string[];
  pitfalls: string[];
  labels: unknown;
  customerLine: string;
  tensionBefore: number;
  tensionAfter: number;
  reason: string;
  hinted: boolean;
}

export function turnView(t: StoredTurn, scenario: ScenarioT | null = null) {
  return {
    index: t.index,
    clientTurnId: t.clientTurnId,
    agentText: t.agentText,
    choiceId: t.choiceId,
    techniques: t.techniques.map((id) => ({ id, name: labelName(id) })),
    pitfalls: t.pitfalls.map((id) => ({ id, name: labelName(id) })),
    spans: engine.spansOf(t.labels),
    customerLine: t.customerLine,
    tensionBefore: t.tensionBefore,
    tensionAfter: t.tensionAfter,
    reason: t.reason,
    hinted: t.hinted,
    feedback: choiceFeedback(scenario, t.choiceId),
  };
}
export type TurnView = ReturnType<typeof turnView>;

/**
 * The choices at the attempt's current decision, shuffled with a key naming the attempt and the
 * node: the same order on every reload of this attempt, a different order on the next attempt.
 */
export function branchChoices(scenario: ScenarioT, nodeId: string | null, attemptId: string) {
  const node = scenario.branching.nodes.find((n) => n.id === (nodeId ?? scenario.branching.startNodeId));
  const choices = node ? seededShuffle(node.choices, `${attemptId}:${node.id}`) : [];
  return { node, choices: choices.map((c) => ({ id: c.id, text: c.text })) };
}

/**
 * The stored automatic result in the engine's shape, whatever wrote it (older or seeded rows carry
 * a thinner shape), so the scorecard can always render it.
 */
export function normaliseResult(raw: unknown, rubricId: string | null): (Omit<engine.EngineScore, "turnsScored"> & { turnsScored: number | null }) | null {
  if (!raw || typeof raw !== "object") return null;
  const r = raw as Record<string, unknown>;
  let rubric: ReturnType<typeof findRubric> | null = null;
  try {
    rubric = rubricId ? findRubric(rubricId) : null;
  } catch {
    rubric = null;
  }
  const criteria = (Array.isArray(r.criteria) ? r.criteria : []).map((c: Record<string, unknown>) => {
    const def = rubric?.criteria.find((x) => x.id === c.id);
    const level = Number(c.level ?? 0);
    return {
      id: String(c.id ?? ""),
      title: String(c.title ?? def?.title ?? c.id ?? ""),
      level,
      descriptor: String(c.descriptor ?? def?.levels[level] ?? ""),
      points: Number(c.points ?? 0),
      maxPoints: Number(c.maxPoints ?? def?.weight ?? 0),
      evidence: Array.isArray(c.evidence) ? c.evidence : [],
      reason: typeof c.reason === "string" ? c.reason : "",
      // rubric v2: criteria the engine cannot detect wait for the trainer's review
      scoredBy: c.scoredBy === "trainer" || def?.scoredBy === "trainer" ? ("trainer" as const) : ("engine" as const),
    };
  });
  const fc = r.firstCritical as Record<string, unknown> | null | undefined;
  const imp = r.improvement;
  const improvement =
    imp && typeof imp === "object" ? (imp as engine.EngineScore["improvement"]) : { criterionId: "", turn: -1, quote: "", betterPhrasing: "", advice: typeof imp === "string" ? imp : "" };
  return {
    score: Number(r.score ?? 0),
    passed: Boolean(r.passed),
    criteria,
    critical: Array.isArray(r.critical) ? r.critical : [],
    // the engine v2 fields; older rows have none of them
    firstCritical: fc && typeof fc === "object" ? { behaviour: String(fc.behaviour ?? ""), turn: Number(fc.turn ?? 0), quote: String(fc.quote ?? ""), reason: String(fc.reason ?? "") } : null,
    turnsScored: typeof r.turnsScored === "number" ? r.turnsScored : null,
    verdict: typeof r.verdict === "string" ? r.verdict : "",
    outcome: typeof r.outcome === "string" ? r.outcome : "unknown",
    strengths: (Array.isArray(r.strengths) ? r.strengths.map(String) : []) as engine.EngineScore["strengths"],
    improvement,
  } as Omit<engine.EngineScore, "turnsScored"> & { turnsScored: number | null };
}

/** What roleplayView needs of an attempt (a play-test session supplies the same fields). */
export interface RoleplayRow {
  id: string;
  kind: string;
  status: "IN_PROGRESS" | "COMPLETED" | "ABANDONED";
  intensity: string | null;
  tension: number | null;
  outcome: string | null;
  hintsUsed: number;
  answers: unknown;
  turns: StoredTurn[];
  startedAt: Date;
  completedAt: Date | null;
  score: number | null;
  passed: boolean | null;
  reflection: unknown;
  reviewState: "NONE" | "PENDING" | "DRAFT" | "RELEASED";
  /** The scenario and rubric versions the attempt was played on (a play-test has none: it plays a draft). */
  contentVersion?: number | null;
  rubricId?: string | null;
  rubricVersion?: number | null;
}

/**
 * The versions an attempt was played on, as the scorecard names them: the scenario's version
 * (built-in content `version` or an authored scenario's published version) and the rubric's.
 */
export function playedVersions(attempt: Pick<RoleplayRow, "contentVersion" | "rubricId" | "rubricVersion">) {
  if (attempt.contentVersion == null) return null;
  let rubricTitle: string | null = null;
  try {
    rubricTitle = attempt.rubricId ? findRubric(attempt.rubricId).title : null;
  } catch {
    rubricTitle = attempt.rubricId ?? null;
  }
  return { scenarioVersion: attempt.contentVersion, rubricId: attempt.rubricId ?? null, rubricTitle, rubricVersion: attempt.rubricVersion ?? null };
}

/**
 * The attempt as the practice page shows it: conversation so far, or the scorecard when finished.
 * `result` is the learner's scorecard (null until finished). The practice screen and a trainer's
 * play-test both render this shape, so a play-test looks exactly as the learner's call does.
 */
export function roleplayView(
  attempt: RoleplayRow,
  scenario: ScenarioT,
  result: ReturnType<typeof learnerScorecard> | null,
  review: { score: number | null; passed: boolean | null; comment: string | null; reviewer: string; releasedAt: Date | null } | null,
  /** False for the assessed role-play of a final assessment: the screen offers no hint (and the server gives none). */
  hintsAllowed = true,
) {
  const lineComments = new Map((result?.turnComments ?? []).map((c) => [c.turn, c.comment]));
  const memo = (attempt.answers ?? null) as RoleplayMemo | null;
  const s = memo ? engine.summary(memo.state) : null;
  const mode: PracticeMode = attempt.kind === "BRANCHING" ? "branching" : "freeText";
  const branch = mode === "branching" && attempt.status === "IN_PROGRESS" && !s?.ended ? branchChoices(scenario, s?.nodeId ?? null, attempt.id) : null;
  return {
    id: attempt.id,
    mode,
    status: attempt.status,
    scenario: {
      id: scenario.id,
      title: scenario.title,
      customerName: scenario.persona.name,
      situation: scenario.persona.situation,
      contentWarning: scenario.contentWarning ?? null,
      startTension: scenario.startTension,
    },
    openingLine: s?.openingLine ?? scenario.openingLine,
    intensity: attempt.intensity,
    tension: attempt.tension ?? scenario.startTension,
    ended: attempt.status !== "IN_PROGRESS" || !!s?.ended,
    outcome: attempt.outcome ?? "ongoing",
    hintsUsed: attempt.hintsUsed,
    hintsAllowed,
    lastHint: memo?.hintPending ? (memo.lastHint ?? null) : null,
    choices: branch?.choices ?? [],
    turns: attempt.turns.map((t): TurnView & { trainerComment?: string | null } => ({ ...turnView(t, scenario), trainerComment: lineComments.get(t.index) ?? null })),
    startedAt: attempt.startedAt,
    completedAt: attempt.completedAt,
    score: attempt.score,
    passed: attempt.passed,
    result,
    reflection: (attempt.reflection ?? null) as Reflection | null,
    reviewState: attempt.reviewState,
    review,
    played: playedVersions(attempt),
  };
}

/** The learner's own attempt, as the practice page shows it. */
export async function getAttempt(db: Db, user: SessionUser, attemptId: string) {
  const attempt = await db.attempt.findFirst({
    where: { ...mine(user, attemptId), kind: { in: ["ROLEPLAY", "BRANCHING"] } },
    include: { turns: { orderBy: { index: "asc" } }, review: { where: { state: "RELEASED" }, include: { reviewer: { select: { name: true } } } } },
  });
  if (!attempt) throw notFound("That practice attempt");
  const finished = attempt.status === "COMPLETED";
  const scenario = await scenarioOf(db, user.orgId, attempt.contentId, attempt.contentVersion);
  const auto = finished ? normaliseResult(attempt.autoResult, attempt.rubricId ?? scenario.rubricId) : null;
  // the exact rubric version the attempt recorded (an organisation's rubric included)
  const rubric = finished ? await rubricOf(db, user.orgId, attempt.rubricId ?? scenario.rubricId, attempt.rubricId ? attempt.rubricVersion : null).catch(() => null) : null;
  const result = auto
    ? learnerScorecard({
        rubricId: attempt.rubricId ?? scenario.rubricId,
        rubric,
        auto: auto as unknown as AutoResultView,
        score: attempt.score,
        passed: attempt.passed,
        passMark: await passMarkFor(db, user.orgId, attempt.assignmentId, rubric),
        review: attempt.review,
      })
    : null;
  const review = attempt.review
    ? { score: attempt.review.score, passed: attempt.review.passed, comment: attempt.review.comment, reviewer: attempt.review.reviewer.name, releasedAt: attempt.review.releasedAt }
    : null;
  return roleplayView(attempt, scenario, result, review, !(await isAssessedRoleplay(db, user, attempt.id)));
}
export type AttemptView = Awaited<ReturnType<typeof getAttempt>>;

export interface Reflection {
  wentWell?: string;
  doDifferently?: string;
  feeling?: string;
  afterCall?: string;
  savedAt?: string;
}
