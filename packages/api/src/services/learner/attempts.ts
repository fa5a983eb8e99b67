import { randomInt, randomUUID } from "node:crypto";
import { isPitfall, seededShuffle } from "@defuse/content";
import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, isUniqueViolation, notFound } from "../../errors";
import { passMarkFor } from "../review/getReview";
import { learnerScorecard, type AutoResultView } from "../review/officialResult";
import { scoreAttempt } from "../review/scoring";
import { scenarioForNew, scenarioOf } from "../authoring/resolve";
import { findRubric, labelName, type RubricT, type ScenarioT } from "./content";
import * as engine from "./engine";

export type PracticeMode = "freeText" | "branching";

/** What the attempt row's `answers` column holds for a role-play: the engine's resumable state. */
export interface RoleplayMemo {
  state: engine.EngineState;
  hintPending?: boolean;
  lastHint?: { technique: string; name: string; prompt: string } | null;
}

/**
 * A JSON-safe copy for a Json column. PostgreSQL rejects lone UTF-16 surrogates (half an emoji,
 * e.g. from text cut at a length limit), in keys as well as values, so they become U+FFFD.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (s: string) => s.replace(LONE_SURROGATE, "\uFFFD");
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function json(v: unknown): any {
  const clean = (x: unknown): unknown => {
    if (typeof x === "string") return wellFormed(x);
    if (Array.isArray(x)) return x.map(clean);
    if (x && typeof x === "object") {
      if (x instanceof Date) return x.toISOString();
      return Object.fromEntries(Object.entries(x).filter(([, val]) => val !== undefined).map(([k, val]) => [wellFormed(k), clean(val)]));
    }
    return x ?? null;
  };
  return clean(v);
}

/**
 * The memo as stored. The engine reads only how many turns there were and which labels they
 * used; each turn's full record (what was said, the customer's answer, the reason) is already in
 * its AttemptTurn row, so the memo drops those texts and stays a few hundred bytes a turn instead
 * of growing by every line of the call (it is read and rewritten on every turn).
 */
export function storedMemo(memo: RoleplayMemo) {
  const turns = memo.state.turns.map((t) => ({ ...t, agentText: "", customerLine: "", reason: "" }));
  return json({ ...memo, state: { ...memo.state, turns } });
}

/** Attempts are always read through the caller's organisation and their own user id. */
const mine = (user: SessionUser, attemptId: string) => ({ id: attemptId, orgId: user.orgId, userId: user.id });

const precondition = (message: string) => new AppError("PRECONDITION_FAILED", message);

async function findAssignmentId(db: Db, user: SessionUser, scenarioId: string) {
  const a = await db.assignment.findFirst({
    where: {
      orgId: user.orgId,
      kind: "SCENARIO",
      contentId: scenarioId,
      withdrawnAt: null,
      cohort: { archivedAt: null, members: { some: { userId: user.id, removedAt: null } } },
    },
    select: { id: true },
    orderBy: { createdAt: "desc" },
  });
  return a?.id ?? null;
}

/**
 * Starts a role-play, or returns the learner's in-progress attempt at the same scenario and mode
 * (a refresh, a closed tab or a second device all resume the same attempt).
 */
export async function startAttempt(
  db: Db,
  user: SessionUser,
  input: { scenarioId: string; mode: PracticeMode; intensity?: engine.Intensity; restart?: boolean },
) {
  const scenario = await scenarioForNew(db, user.orgId, input.scenarioId);
  const kind = input.mode === "branching" ? "BRANCHING" : "ROLEPLAY";
  const existing = await db.attempt.findFirst({
    where: { orgId: user.orgId, userId: user.id, contentId: scenario.id, kind, status: "IN_PROGRESS" },
    select: { id: true },
    orderBy: { startedAt: "desc" },
  });
  if (existing && !input.restart) return { attemptId: existing.id, resumed: true };
  if (existing) {
    await db.attempt.updateMany({ where: { ...mine(user, existing.id), status: "IN_PROGRESS" }, data: { status: "ABANDONED", version: { increment: 1 } } });
  }
  const rubric = findRubric(scenario.rubricId);
  const intensity: engine.Intensity = scenario.contentWarning ? (input.intensity ?? "reduced") : "full";
  const seed = randomInt(1, 2 ** 31 - 1);
  const state = engine.start(scenario, { seed, intensity });
  const s = engine.summary(state);
  const memo: RoleplayMemo = { state };
  try {
    const attempt = await db.attempt.create({
      data: {
        orgId: user.orgId,
        userId: user.id,
        kind,
        contentId: scenario.id,
        contentVersion: scenario.version,
        rubricId: rubric.id,
        rubricVersion: rubric.version,
        assignmentId: await findAssignmentId(db, user, scenario.id),
        seed,
        intensity,
        tension: s.tension,
        outcome: "ongoing",
        answers: storedMemo(memo),
      },
      select: { id: true },
    });
    return { attemptId: attempt.id, resumed: false };
  } catch (err) {
    // The partial unique index Attempt_one_in_progress_idx allows one role-play in progress per
    // learner, scenario and mode: a concurrent start or restart created it first, so this request
    // answers with that attempt instead of a second one.
    if (!isUniqueViolation(err)) throw err;
    const winner = await db.attempt.findFirst({
      where: { orgId: user.orgId, userId: user.id, contentId: scenario.id, kind, status: "IN_PROGRESS" },
      select: { id: true },
    });
    if (!winner) throw err;
    return { attemptId: winner.id, resumed: !input.restart };
  }
}

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
    imp && typeof imp === "object"
      ? (imp as engine.EngineScore["improvement"])
      : { criterionId: "", turn: -1, quote: "", betterPhrasing: "", advice: typeof imp === "string" ? imp : "" };
  return {
    score: Number(r.score ?? 0),
    passed: Boolean(r.passed),
    criteria,
    critical: Array.isArray(r.critical) ? r.critical : [],
    // the engine v2 fields; older rows have none of them
    firstCritical:
      fc && typeof fc === "object"
        ? { behaviour: String(fc.behaviour ?? ""), turn: Number(fc.turn ?? 0), quote: String(fc.quote ?? ""), reason: String(fc.reason ?? "") }
        : null,
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
  const result = auto
    ? learnerScorecard({
        rubricId: attempt.rubricId ?? scenario.rubricId,
        auto: auto as unknown as AutoResultView,
        score: attempt.score,
        passed: attempt.passed,
        passMark: await passMarkFor(db, user.orgId, attempt.assignmentId),
        review: attempt.review,
      })
    : null;
  const review = attempt.review ? { score: attempt.review.score, passed: attempt.review.passed, comment: attempt.review.comment, reviewer: attempt.review.reviewer.name, releasedAt: attempt.review.releasedAt } : null;
  return roleplayView(attempt, scenario, result, review);
}
export type AttemptView = Awaited<ReturnType<typeof getAttempt>>;

function splitLabels(turn: engine.EngineTurn, choiceLabels?: string[]) {
  const ids = new Set<string>(choiceLabels ?? []);
  for (const s of engine.spansOf(turn.labels)) ids.add(s.label);
  const all = [...ids];
  return { techniques: all.filter((l) => !isPitfall(l)), pitfalls: all.filter(isPitfall) };
}

/** How often a write retries after a concurrent write changed the attempt's version first. */
const MAX_RETRIES = 8;

/**
 * One agent turn. Idempotent on (attemptId, clientTurnId): a re-sent turn returns what was stored
 * the first time, so a retry after a lost response never doubles a turn.
 *
 * The attempt row is the one truth for the engine: its memo, tension and outcome columns and the
 * new AttemptTurn row are written by one statement that only applies while the attempt is still in
 * progress at the version this request read (compare-and-set on Attempt.version). A hint that
 * landed in between makes it read again and retry; another turn or a finish in between refuses it.
 */
export async function takeTurn(
  db: Db,
  user: SessionUser,
  input: { attemptId: string; clientTurnId: string; text?: string; choiceId?: string },
) {
  let firstTurnCount: number | null = null;
  for (let tries = 0; ; tries++) {
    const r = await tryTurn(db, user, input);
    if (r.done) return r.result;
    firstTurnCount ??= r.turnCount;
    if (r.turnCount !== firstTurnCount || tries >= MAX_RETRIES) {
      throw new AppError("CONFLICT", "Another reply was saved at the same moment. Reload the page to see the conversation, then try again.");
    }
  }
}

type TurnResult = { turn: TurnView; duplicate: boolean; tension: number; ended: boolean; outcome: string; choices: Array<{ id: string; text: string }> };

async function tryTurn(
  db: Db,
  user: SessionUser,
  input: { attemptId: string; clientTurnId: string; text?: string; choiceId?: string },
): Promise<{ done: true; result: TurnResult } | { done: false; turnCount: number }> {
  // The hottest path in Defuse (every reply in every role-play), so it is two SQL statements:
  // this read (the attempt, its turn count and this turn if a retry already stored it) and one
  // write below.
  const [attempt] = await db.$queryRaw<
    Array<{ id: string; kind: "ROLEPLAY" | "BRANCHING"; status: string; contentId: string; contentVersion: number | null; answers: unknown; version: number; turnCount: number; again: StoredTurn | null }>
  >`
    SELECT t.id, t.kind::text AS kind, t.status::text AS status, t."contentId", t."contentVersion", t.answers, t.version,
      (SELECT count(*)::int FROM "AttemptTurn" x WHERE x."attemptId" = t.id) AS "turnCount",
      (SELECT row_to_json(x) FROM "AttemptTurn" x WHERE x."attemptId" = t.id AND x."clientTurnId" = ${input.clientTurnId}) AS again
    FROM "Attempt" t
    WHERE t.id = ${input.attemptId} AND t."orgId" = ${user.orgId} AND t."userId" = ${user.id} AND t.kind IN ('ROLEPLAY', 'BRANCHING')`;
  if (!attempt) throw notFound("That practice attempt");
  const scenario = await scenarioOf(db, user.orgId, attempt.contentId, attempt.contentVersion);
  if (attempt.again) return { done: true, result: { turn: turnView(attempt.again, scenario), duplicate: true, ...(await afterState(db, user, attempt.id)) } };
  if (attempt.status !== "IN_PROGRESS") throw precondition("This attempt has already finished. Start a new one to practise again.");

  const memo = attempt.answers as unknown as RoleplayMemo | null;
  if (!memo?.state) throw precondition("This attempt cannot be continued. Start a new one to practise again.");
  if (engine.summary(memo.state).ended) throw precondition("The call has ended. Finish the attempt to see your scorecard.");

  const { turn, s, techniques, pitfalls, agentText, next } = stepRoleplay(attempt.kind, scenario, memo, attempt.id, input);
  try {
    // One statement: the attempt's new state and the turn land together or not at all, and only
    // if nobody changed the attempt since the read above (same version, still in progress).
    const [saved] = await db.$queryRaw<StoredTurn[]>`
      WITH upd AS (
        UPDATE "Attempt" SET answers = ${JSON.stringify(storedMemo(next))}::jsonb, tension = ${s.tension}::int, outcome = ${s.outcome},
          version = version + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
        WHERE id = ${attempt.id} AND version = ${attempt.version}::int AND status = 'IN_PROGRESS'
        RETURNING id
      )
      INSERT INTO "AttemptTurn" (id, "attemptId", index, "clientTurnId", "agentText", "choiceId", techniques, pitfalls, labels,
        "customerLine", "tensionBefore", "tensionAfter", reason, hinted, "createdAt")
      SELECT ${randomUUID()}, upd.id, ${attempt.turnCount}::int, ${input.clientTurnId}, ${agentText}, ${input.choiceId ?? null}::text,
        ${techniques}::text[], ${pitfalls}::text[], ${JSON.stringify(json(turn.labels))}::jsonb, ${turn.customerLine},
        ${turn.tensionBefore}::int, ${turn.tensionAfter}::int, ${turn.reason}, ${!!memo.hintPending}::boolean, now() AT TIME ZONE 'UTC'
      FROM upd
      RETURNING *`;
    if (!saved) return { done: false, turnCount: attempt.turnCount };
    return { done: true, result: { turn: turnView(saved, scenario), duplicate: false, tension: s.tension, ended: s.ended, outcome: s.outcome, choices: branchAfter(attempt.kind, scenario, s, attempt.id) } };
  } catch (err) {
    // A turn row with this index or clientTurnId already exists: read again, which either finds
    // this very turn (a concurrent retry stored it) or sees that another turn took the slot.
    if (!isUniqueViolation(err)) throw err;
    return { done: false, turnCount: attempt.turnCount };
  }
}

/**
 * One engine step of a role-play (free text or a branching choice): the new state, the turn and
 * its labels split into techniques and pitfalls. Shared by learners' attempts and play-tests.
 */
export function stepRoleplay(kind: string, scenario: ScenarioT, memo: RoleplayMemo, attemptId: string, input: { text?: string; choiceId?: string }) {
  let engineInput: { text: string } | { choiceId: string };
  let choiceLabels: string[] | undefined;
  let agentText: string;
  if (kind === "BRANCHING") {
    const { node } = branchChoices(scenario, engine.summary(memo.state).nodeId, attemptId);
    const choice = node?.choices.find((c) => c.id === input.choiceId);
    if (!choice) throw new AppError("INVALID_INPUT", "Pick one of the replies offered.", { field: "choiceId" });
    engineInput = { choiceId: choice.id };
    choiceLabels = choice.labels;
    agentText = choice.text;
  } else {
    if (!input.text) throw new AppError("INVALID_INPUT", "Type what you would say to the customer.", { field: "text" });
    engineInput = { text: input.text };
    agentText = input.text;
  }
  const { state, turn } = engine.step(scenario, memo.state, engineInput);
  const { techniques, pitfalls } = splitLabels(turn, choiceLabels);
  const next: RoleplayMemo = { state, hintPending: false, lastHint: null };
  return { state, turn, s: engine.summary(state), techniques, pitfalls, agentText, next, hinted: !!memo.hintPending };
}

export function branchAfter(kind: string, scenario: ScenarioT, s: ReturnType<typeof engine.summary>, attemptId: string) {
  return kind === "BRANCHING" && !s.ended ? branchChoices(scenario, s.nodeId, attemptId).choices : [];
}

async function afterState(db: Db, user: SessionUser, attemptId: string) {
  const a = await db.attempt.findFirst({ where: mine(user, attemptId), select: { kind: true, contentId: true, contentVersion: true, answers: true } });
  const memo = a?.answers as unknown as RoleplayMemo;
  const s = engine.summary(memo?.state ?? {});
  return { tension: s.tension, ended: s.ended, outcome: s.outcome, choices: a ? branchAfter(a.kind, await scenarioOf(db, user.orgId, a.contentId, a.contentVersion), s, attemptId) : [] };
}

/**
 * A technique to try next (never a full sentence). Counted on the attempt and marked on the next
 * turn. A compare-and-set on the attempt's version like takeTurn, so a turn stored in between is
 * never overwritten by a memo read before it: the hint is worked out again from the new state.
 */
export async function hint(db: Db, user: SessionUser, input: { attemptId: string }) {
  for (let tries = 0; tries <= MAX_RETRIES; tries++) {
    const attempt = await db.attempt.findFirst({
      where: { ...mine(user, input.attemptId), kind: { in: ["ROLEPLAY", "BRANCHING"] } },
      select: { id: true, status: true, contentId: true, contentVersion: true, answers: true, hintsUsed: true, version: true },
    });
    if (!attempt) throw notFound("That practice attempt");
    if (attempt.status !== "IN_PROGRESS") throw precondition("This attempt has already finished.");
    const memo = attempt.answers as unknown as RoleplayMemo | null;
    if (!memo?.state) throw precondition("This attempt cannot be continued. Start a new one to practise again.");
    const h = engine.hint(await scenarioOf(db, user.orgId, attempt.contentId, attempt.contentVersion), memo.state);
    const suggestion = { technique: h.technique, name: h.name, prompt: h.prompt };
    const updated = await db.attempt.updateMany({
      where: { id: attempt.id, version: attempt.version, status: "IN_PROGRESS" },
      data: { hintsUsed: { increment: 1 }, version: { increment: 1 }, answers: storedMemo({ ...memo, hintPending: true, lastHint: suggestion }) },
    });
    if (updated.count === 1) return { ...suggestion, hintsUsed: attempt.hintsUsed + 1 };
  }
  throw new AppError("CONFLICT", "The conversation changed while the hint was being prepared. Please ask again.");
}

/** Rebuilds the engine's turns from the stored ones, for the scorer. */
function engineTurns(turns: Array<{ agentText: string; labels: unknown; tensionBefore: number; tensionAfter: number }>) {
  return turns.map((t) => ({
    agentText: t.agentText,
    labels: (Array.isArray(t.labels) ? t.labels : []) as engine.EngineTurn["labels"],
    tensionBefore: t.tensionBefore,
    tensionAfter: t.tensionAfter,
  }));
}

/**
 * Scores a finished role-play with the engine, and gives it the official result by the same rule a
 * trainer's review uses (review/scoring): the pass mark, a critical behaviour and an outcome that
 * cannot pass (unresolved, escalated, ended badly) failing it as the engine says.
 */
export function scoreRoleplay(scenario: ScenarioT, rubric: RubricT, memo: RoleplayMemo | null, turns: StoredTurn[], passMark: number) {
  const s = engine.summary(memo?.state);
  // The engine's own turn records carry what the scorer reads (credits, commitments, outcome); rows
  // stored before engine v2 fall back to the stored turns, which the scorer re-reads from the words.
  // The memo keeps no texts, so they come back from the turn rows.
  const stateTurns = memo?.state?.turns;
  const result = engine.score(
    scenario,
    rubric,
    stateTurns && stateTurns.length === turns.length
      ? stateTurns.map((t, i) => ({ ...t, agentText: turns[i]!.agentText, customerLine: turns[i]!.customerLine, reason: turns[i]!.reason }))
      : engineTurns(turns),
  );
  const official = scoreAttempt(
    rubric,
    result.criteria.map((c) => ({ criterionId: c.id, level: c.level })),
    new Map(result.criteria.map((c) => [c.id, { level: c.level, points: c.points }])),
    { passMark, criticalStands: result.critical.length > 0, outcomeOk: result.outcomeOk },
  );
  return {
    s,
    result,
    score: official.score,
    passed: official.passed,
    techniques: [...new Set(turns.flatMap((t) => t.techniques))],
    pitfalls: [...new Set(turns.flatMap((t) => t.pitfalls))],
    officialLevels: Object.fromEntries(result.criteria.map((c) => [c.id, c.level])),
  };
}

/**
 * Scores the conversation with the engine and stores the result; finishing twice is harmless.
 *
 * No interactive transaction: the scoring happens outside the database, then one statement
 * completes the attempt and writes its criterion scores, and only if the attempt is still at the
 * version the turns were read at. A turn that landed in between makes it score again with that
 * turn; a turn arriving after it is refused by takeTurn (the attempt is no longer in progress).
 * Holding a pooled connection for a transaction while computing made finishes time out waiting
 * for a connection under load (P2028, issue 16 finding 10).
 */
export async function finishAttempt(db: Db, user: SessionUser, input: { attemptId: string }) {
  for (let tries = 0; tries <= MAX_RETRIES; tries++) {
    const attempt = await db.attempt.findFirst({
      where: { ...mine(user, input.attemptId), kind: { in: ["ROLEPLAY", "BRANCHING"] } },
      include: { turns: { orderBy: { index: "asc" } } },
    });
    if (!attempt) throw notFound("That practice attempt");
    if (attempt.status === "COMPLETED") return getAttempt(db, user, attempt.id);
    if (attempt.status !== "IN_PROGRESS") throw precondition("This attempt was abandoned. Start a new one to practise again.");
    if (attempt.turns.length === 0) throw precondition("Reply to the customer at least once before finishing.");

    const scenario = await scenarioOf(db, user.orgId, attempt.contentId, attempt.contentVersion);
    const rubric = findRubric(attempt.rubricId ?? scenario.rubricId);
    const memo = attempt.answers as unknown as RoleplayMemo | null;
    const { s, result, score, passed, techniques, pitfalls, officialLevels } = scoreRoleplay(
      scenario,
      rubric,
      memo,
      attempt.turns,
      await passMarkFor(db, user.orgId, attempt.assignmentId),
    );
    const criterionScores = result.criteria.map((c) => ({ id: randomUUID(), criterionId: c.id, level: c.level, points: c.points }));

    const [row] = await db.$queryRaw<Array<{ done: number }>>`
      WITH done AS (
        UPDATE "Attempt" SET status = 'COMPLETED', "completedAt" = now() AT TIME ZONE 'UTC', "autoScore" = ${score}::int,
          "autoPassed" = ${passed}::boolean, "autoResult" = ${JSON.stringify(json({ ...result, score, passed }))}::jsonb, score = ${score}::int,
          passed = ${passed}::boolean, techniques = ${techniques}::text[], pitfalls = ${pitfalls}::text[],
          "officialLevels" = ${JSON.stringify(officialLevels)}::jsonb, tension = ${s.tension}::int, outcome = ${s.outcome},
          "reviewState" = 'PENDING', version = version + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
        WHERE id = ${attempt.id} AND "orgId" = ${user.orgId} AND "userId" = ${user.id} AND status = 'IN_PROGRESS' AND version = ${attempt.version}::int
        RETURNING id
      ), scores AS (
        INSERT INTO "CriterionScore" (id, "orgId", "attemptId", "contentId", "criterionId", source, level, points, "createdAt")
        SELECT c.id, ${user.orgId}, done.id, ${scenario.id}, c."criterionId", 'auto', c.level, c.points, now() AT TIME ZONE 'UTC'
        FROM done CROSS JOIN jsonb_to_recordset(${JSON.stringify(criterionScores)}::jsonb) AS c(id text, "criterionId" text, level int, points float8)
        ON CONFLICT DO NOTHING
      )
      SELECT count(*)::int AS done FROM done`;
    // Done, or changed by a concurrent request (a turn, a hint, another finish): read again.
    if (row?.done === 1) return getAttempt(db, user, attempt.id);
  }
  throw new AppError("CONFLICT", "The conversation changed while it was being scored. Please finish again.");
}

/** Gives up an in-progress attempt so the next start begins afresh. */
export async function abandonAttempt(db: Db, user: SessionUser, input: { attemptId: string }) {
  const r = await db.attempt.updateMany({ where: { ...mine(user, input.attemptId), status: "IN_PROGRESS", kind: { in: ["ROLEPLAY", "BRANCHING"] } }, data: { status: "ABANDONED" } });
  if (r.count === 0) {
    const exists = await db.attempt.findFirst({ where: mine(user, input.attemptId), select: { id: true } });
    if (!exists) throw notFound("That practice attempt");
  }
  return { ok: true as const };
}

export interface Reflection {
  wentWell?: string;
  doDifferently?: string;
  feeling?: string;
  afterCall?: string;
  savedAt?: string;
}

/** The reflection journal (and, after the abusive-caller scenario, the wellbeing debrief). */
export async function saveReflection(db: Db, user: SessionUser, input: { attemptId: string } & Omit<Reflection, "savedAt">) {
  const attempt = await db.attempt.findFirst({ where: { ...mine(user, input.attemptId), kind: { in: ["ROLEPLAY", "BRANCHING"] } }, select: { id: true, status: true, reflection: true } });
  if (!attempt) throw notFound("That practice attempt");
  if (attempt.status !== "COMPLETED") throw precondition("Finish the attempt before writing your reflection.");
  const { attemptId: _id, ...fields } = input;
  const previous = (attempt.reflection ?? {}) as Reflection;
  const reflection: Reflection = { ...previous, ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)), savedAt: new Date().toISOString() };
  await db.attempt.update({ where: { id: attempt.id }, data: { reflection: json(reflection) } });
  return reflection;
}
