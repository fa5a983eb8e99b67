import { randomInt } from "node:crypto";
import type { Db, Prisma } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { passMarkFor } from "../review/getReview";
import { learnerScorecard, type AutoResultView } from "../review/officialResult";
import type { ScenarioT } from "../learner/content";
import * as engine from "../learner/engine";
import { scoreRoleplay } from "../learner/attempts";
import { storedMemo, type RoleplayMemo } from "../learner/attemptMemo";
import { normaliseResult, roleplayView, turnView, type PracticeMode, type StoredTurn } from "../learner/attemptView";
import { branchAfter, stepRoleplay } from "../learner/turns";
import { findMine, type StoredDraft } from "./manage";
import type { FieldError } from "./limits";
import { checkDraft, type DraftBundle } from "./validate";

/**
 * Play-testing a draft (issue 13): the trainer plays the draft in the learner's practice screen.
 * A play-test is a PlaytestSession row, never an Attempt, so it can reach no learner's progress,
 * analytics, review queue, grade passback or xAPI statement. It keeps the draft as it was when
 * the play-test started, and is scored with the same engine and rule as a learner's call.
 */

const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue;
const precondition = (message: string) => new AppError("PRECONDITION_FAILED", message);
const MAX_RETRIES = 8;

const kindOf = (mode: string) => (mode === "branching" ? "BRANCHING" : "ROLEPLAY");

/** `cannotPublish`: why the engine could not finish the draft, stored with the snapshot it describes. */
type SessionBundle = DraftBundle & { cannotPublish?: FieldError[] };

/**
 * A session's bundle never changes, so each is kept in a bounded per-process map once read: a
 * turn then reads the session's few small columns, not the whole scenario document again.
 */
const bundles = new Map<string, SessionBundle>();
const MAX_CACHED = 200;

/** The caller's own play-test with its bundle. */
async function findSession(db: Db, actor: SessionUser, sessionId: string) {
  const where = { id: sessionId, orgId: actor.orgId, userId: actor.id };
  const cached = bundles.get(sessionId);
  const row = await db.playtestSession.findFirst({
    where,
    select: { id: true, scenarioId: true, mode: true, memo: true, turns: true, hintsUsed: true, version: true, result: true, completedAt: true, createdAt: true, bundle: !cached },
  });
  if (!row) throw notFound("That play-test");
  const bundle = cached ?? (row.bundle as unknown as SessionBundle);
  if (!cached) {
    if (bundles.size >= MAX_CACHED) bundles.delete(bundles.keys().next().value!);
    bundles.set(sessionId, bundle);
  }
  return { ...row, scenario: bundle.scenario as ScenarioT, rubric: bundle.rubric, cannotPublish: bundle.cannotPublish ?? [] };
}

/**
 * Starts a play-test of the scenario's draft as saved now. A draft that fails the schema or the
 * limits cannot be played; one the engine could not finish can, so the author sees why, and the
 * reasons are kept with the session for its page to show.
 */
export async function startPlaytest(db: Db, actor: SessionUser, input: { id: string; mode: PracticeMode }) {
  const row = await findMine(db, actor, input.id);
  const draft = row.draft as StoredDraft;
  const checked = typeof draft.$unparsed === "string" ? null : await checkDraft(db, actor.orgId, draft, { playtest: true, allowUnfinishable: true });
  if (!checked || !checked.ok) {
    const errors = checked && !checked.ok ? checked.errors : [{ path: "(document)", message: "not valid JSON" }];
    throw precondition(`Fix the draft before play-testing it: ${errors.map((e) => `${e.path}: ${e.message}`).join("; ")}`);
  }
  const scenario = { ...checked.bundle.scenario, id: row.key } as ScenarioT;
  const seed = randomInt(1, 2 ** 31 - 1);
  const intensity: engine.Intensity = scenario.contentWarning ? "reduced" : "full";
  const memo: RoleplayMemo = { state: engine.start(scenario, { seed, intensity }) };
  const created = await db.$transaction(async (tx) => {
    const session = await tx.playtestSession.create({
      data: {
        orgId: actor.orgId,
        userId: actor.id,
        scenarioId: row.id,
        mode: input.mode,
        bundle: json({ scenario, rubric: checked.bundle.rubric, cannotPublish: checked.unfinishable }),
        seed,
        memo: storedMemo(memo),
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: "scenario.playtest",
      targetType: "AuthoredScenario",
      targetId: row.id,
      after: { session: session.id, mode: input.mode, revision: row.draftRevision },
    });
    return session;
  });
  return { sessionId: created.id, scenarioId: row.id };
}

/** The play-test in the shape of a learner's attempt, so the practice screen and scorecard render it unchanged. */
export async function getPlaytest(db: Db, actor: SessionUser, input: { sessionId: string }) {
  const row = await findSession(db, actor, input.sessionId);
  const scenario = row.scenario;
  const memo = row.memo as unknown as RoleplayMemo;
  const s = engine.summary(memo.state);
  const finished = row.completedAt != null;
  const auto = finished ? normaliseResult(row.result, row.rubric.id) : null;
  const stored = auto as unknown as { score: number; passed: boolean } | null;
  const result = auto
    ? learnerScorecard({
        rubricId: row.rubric.id,
        rubric: row.rubric,
        auto: auto as unknown as AutoResultView,
        score: stored!.score,
        passed: stored!.passed,
        passMark: await passMarkFor(db, actor.orgId, null, row.rubric),
        review: null,
      })
    : null;
  const view = roleplayView(
    {
      id: row.id,
      kind: kindOf(row.mode),
      status: finished ? "COMPLETED" : "IN_PROGRESS",
      intensity: scenario.contentWarning ? "reduced" : "full",
      tension: s.tension,
      outcome: s.outcome,
      hintsUsed: row.hintsUsed,
      answers: memo,
      turns: row.turns as unknown as StoredTurn[],
      startedAt: row.createdAt,
      completedAt: row.completedAt,
      score: stored?.score ?? null,
      passed: stored?.passed ?? null,
      reflection: null,
      reviewState: "NONE",
    },
    scenario,
    result,
    null,
  );
  return { ...view, authoredScenarioId: row.scenarioId, cannotPublish: row.cannotPublish.map((e) => ({ path: e.path, message: e.message })) };
}

/** One turn of a play-test; idempotent on clientTurnId like a learner's turn. */
export async function playtestTurn(db: Db, actor: SessionUser, input: { attemptId: string; clientTurnId: string; text?: string; choiceId?: string }) {
  for (let tries = 0; tries <= MAX_RETRIES; tries++) {
    const row = await findSession(db, actor, input.attemptId);
    const scenario = row.scenario;
    const turns = row.turns as unknown as StoredTurn[];
    const memo = row.memo as unknown as RoleplayMemo;
    const kind = kindOf(row.mode);
    const again = turns.find((t) => t.clientTurnId === input.clientTurnId);
    if (again) {
      const s = engine.summary(memo.state);
      return { turn: turnView(again, scenario), duplicate: true, tension: s.tension, ended: s.ended, outcome: s.outcome, choices: branchAfter(kind, scenario, s, row.id) };
    }
    if (row.completedAt) throw precondition("This play-test has already finished. Start a new one to play again.");
    if (engine.summary(memo.state).ended) throw precondition("The call has ended. Finish the play-test to see the scorecard.");
    const step = stepRoleplay(kind, scenario, memo, row.id, input);
    const stored: StoredTurn = {
      index: turns.length,
      clientTurnId: input.clientTurnId,
      agentText: step.agentText,
      choiceId: input.choiceId ?? null,
      techniques: step.techniques,
      pitfalls: step.pitfalls,
      labels: step.turn.labels,
      customerLine: step.turn.customerLine,
      tensionBefore: step.turn.tensionBefore,
      tensionAfter: step.turn.tensionAfter,
      reason: step.turn.reason,
      hinted: step.hinted,
    };
    const moved = await db.playtestSession.updateMany({
      where: { id: row.id, orgId: actor.orgId, userId: actor.id, version: row.version, completedAt: null },
      data: { memo: storedMemo(step.next), turns: json([...turns, stored]), version: { increment: 1 } },
    });
    if (moved.count === 1) {
      return { turn: turnView(stored, scenario), duplicate: false, tension: step.s.tension, ended: step.s.ended, outcome: step.s.outcome, choices: branchAfter(kind, scenario, step.s, row.id) };
    }
  }
  throw new AppError("CONFLICT", "Another reply was saved at the same moment. Reload the page to see the conversation, then try again.");
}

/** A hint, exactly as a learner gets one. */
export async function playtestHint(db: Db, actor: SessionUser, input: { attemptId: string }) {
  for (let tries = 0; tries <= MAX_RETRIES; tries++) {
    const row = await findSession(db, actor, input.attemptId);
    if (row.completedAt) throw precondition("This play-test has already finished.");
    const memo = row.memo as unknown as RoleplayMemo;
    const h = engine.hint(row.scenario, memo.state);
    const suggestion = { technique: h.technique, name: h.name, prompt: h.prompt };
    const moved = await db.playtestSession.updateMany({
      where: { id: row.id, orgId: actor.orgId, userId: actor.id, version: row.version, completedAt: null },
      data: { hintsUsed: { increment: 1 }, version: { increment: 1 }, memo: storedMemo({ ...memo, hintPending: true, lastHint: suggestion }) },
    });
    if (moved.count === 1) return { ...suggestion, hintsUsed: row.hintsUsed + 1 };
  }
  throw new AppError("CONFLICT", "The conversation changed while the hint was being prepared. Please ask again.");
}

/** Scores the play-test as a learner's call would be scored (the organisation's default pass mark); finishing twice is harmless. */
export async function finishPlaytest(db: Db, actor: SessionUser, input: { attemptId: string }) {
  for (let tries = 0; tries <= MAX_RETRIES; tries++) {
    const row = await findSession(db, actor, input.attemptId);
    if (row.completedAt) return getPlaytest(db, actor, { sessionId: row.id });
    const turns = row.turns as unknown as StoredTurn[];
    if (turns.length === 0) throw precondition("Reply to the customer at least once before finishing.");
    const scored = scoreRoleplay(row.scenario, row.rubric, row.memo as unknown as RoleplayMemo, turns, await passMarkFor(db, actor.orgId, null, row.rubric));
    const moved = await db.playtestSession.updateMany({
      where: { id: row.id, orgId: actor.orgId, userId: actor.id, version: row.version, completedAt: null },
      data: { result: json({ ...scored.result, score: scored.score, passed: scored.passed }), completedAt: new Date(), version: { increment: 1 } },
    });
    if (moved.count === 1) return getPlaytest(db, actor, { sessionId: row.id });
  }
  throw new AppError("CONFLICT", "The conversation changed while it was being scored. Please finish again.");
}
