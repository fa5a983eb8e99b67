import { randomBytes, randomInt, randomUUID } from "node:crypto";
import { type Db, PREPARED } from "@defuse/db";
import type { SessionUser } from "../../context";
import { AppError, isUniqueViolation, notFound, precondition } from "../../errors";
import { passMarkFor } from "../review/getReview";
import { scoreAttempt } from "../review/scoring";
import { bundleForNew, rubricOf, scenarioOf } from "../authoring/resolve";
import { json, storedMemoJson, type RoleplayMemo } from "./attemptMemo";
import { getAttempt, mine, type PracticeMode, type Reflection, type StoredTurn } from "./attemptView";
import type { RubricT, ScenarioT } from "./content";
import * as engine from "./engine";
import { forgetAttempt, MAX_RETRIES, rememberStarted } from "./turns";

// A role-play attempt's lifecycle: start (or resume), finish and score, abandon, and the
// reflection written after it. The turns in between are the turn writer's (turns.ts); what the
// learner sees is the attempt view's (attemptView.ts); the stored engine state is attemptMemo.ts.

/**
 * Starts a role-play, or returns the learner's in-progress attempt at the same scenario and mode
 * (a refresh, a closed tab or a second device all resume the same attempt).
 *
 * Two statements (one to resume), both PREPARED: a read of the attempt in progress and of the
 * assignment the new one counts for, then the old attempt abandoned and the new one inserted
 * together. Every call of a role-play begins here, so it was four Prisma queries worth about two
 * turns of a worker's CPU (issue 16). The new attempt is remembered like a turn's write (turns.ts),
 * so its first turn is one statement too.
 */
export async function startAttempt(db: Db, user: SessionUser, input: { scenarioId: string; mode: PracticeMode; intensity?: engine.Intensity; restart?: boolean }) {
  // the scenario version new attempts use and the exact rubric version its bundle holds
  const { scenario, rubric } = await bundleForNew(db, user.orgId, input.scenarioId);
  const kind = input.mode === "branching" ? "BRANCHING" : "ROLEPLAY";
  // The newest assignment of this scenario, not withdrawn, in a cohort (not archived) the learner is a member of.
  const [found] = await db.$queryRaw<Array<{ existing: string | null; assignmentId: string | null }>>`${PREPARED}
    SELECT
      (SELECT t.id FROM "Attempt" t
        WHERE t."orgId" = ${user.orgId} AND t."userId" = ${user.id} AND t."contentId" = ${scenario.id} AND t.kind = ${kind}::"AttemptKind" AND t.status = 'IN_PROGRESS'
        ORDER BY t."startedAt" DESC LIMIT 1) AS existing,
      (SELECT a.id FROM "Assignment" a JOIN "Cohort" c ON c.id = a."cohortId"
        WHERE a."orgId" = ${user.orgId} AND a.kind = 'SCENARIO' AND a."contentId" = ${scenario.id} AND a."withdrawnAt" IS NULL AND c."archivedAt" IS NULL
          AND EXISTS (SELECT 1 FROM "CohortMember" m WHERE m."cohortId" = c.id AND m."userId" = ${user.id} AND m."removedAt" IS NULL)
        ORDER BY a."createdAt" DESC LIMIT 1) AS "assignmentId"`;
  const existing = found?.existing ?? null;
  if (existing && !input.restart) return { attemptId: existing, resumed: true };
  const intensity: engine.Intensity = scenario.contentWarning ? (input.intensity ?? "reduced") : "full";
  const seed = randomInt(1, 2 ** 31 - 1);
  const state = engine.start(scenario, { seed, intensity });
  const s = engine.summary(state);
  const memoJson = storedMemoJson({ state });
  // A few tries: between this request's failed insert and its look for the winner, a third
  // concurrent restart may have abandoned that winner and not yet inserted its own attempt.
  for (let tries = 0; ; tries++) {
    try {
      // One statement: the attempt in progress (if any) abandoned, then the new one inserted. The
      // insert reads the count of the abandoned rows, so the update has finished before it runs:
      // the partial unique index Attempt_one_in_progress_idx no longer holds the old attempt.
      const [created] = await db.$queryRaw<Array<{ id: string; version: number }>>`${PREPARED}
        WITH abandoned AS (
          UPDATE "Attempt" SET status = 'ABANDONED', version = version + 1, "updatedAt" = now() AT TIME ZONE 'UTC'
          WHERE id = ${existing}::text AND "orgId" = ${user.orgId} AND "userId" = ${user.id} AND status = 'IN_PROGRESS'
          RETURNING id
        )
        INSERT INTO "Attempt" (id, "orgId", "userId", kind, "contentId", "contentVersion", "rubricId", "rubricVersion", "assignmentId",
          seed, intensity, tension, outcome, answers, "startedAt", "updatedAt")
        SELECT ${newAttemptId()}, ${user.orgId}, ${user.id}, ${kind}::"AttemptKind", ${scenario.id}, ${scenario.version}::int, ${rubric.id}, ${rubric.version}::int,
          ${found?.assignmentId ?? null}::text, ${seed}::int, ${intensity}, ${s.tension}::int, 'ongoing', ${memoJson}::jsonb, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
        FROM (SELECT count(*) FROM abandoned) done
        RETURNING id, version`;
      if (existing) forgetAttempt(existing);
      rememberStarted(user, { id: created!.id, kind, status: "IN_PROGRESS", contentId: scenario.id, contentVersion: scenario.version, version: created!.version, turnCount: 0 }, memoJson);
      return { attemptId: created!.id, resumed: false };
    } catch (err) {
      // The partial unique index Attempt_one_in_progress_idx allows one role-play in progress per
      // learner, scenario and mode: a concurrent start or restart created it first, so this request
      // answers with that attempt instead of a second one.
      if (!isUniqueViolation(err)) throw err;
      const winner = await db.attempt.findFirst({
        where: { orgId: user.orgId, userId: user.id, contentId: scenario.id, kind, status: "IN_PROGRESS" },
        select: { id: true },
      });
      if (winner) return { attemptId: winner.id, resumed: !input.restart };
      if (tries >= 3) throw err;
    }
  }
}

/**
 * A new attempt's id, shaped like the ids Prisma's `cuid()` default gives every other attempt
 * (lower-case letters and digits, 25 characters, starting with "c"): the attempt id is part of the
 * practice page's address, and attempts started through this raw insert must not look different
 * from those Prisma created. Time first, so ids still sort roughly by creation, then 75 random bits or so.
 */
export function newAttemptId(): string {
  const time = Date.now().toString(36).padStart(9, "0");
  const random = BigInt(`0x${randomBytes(10).toString("hex")}`)
    .toString(36)
    .padStart(16, "0")
    .slice(-15);
  return `c${time}${random}`;
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
    const rubric = await rubricOf(db, user.orgId, attempt.rubricId ?? scenario.rubricId, attempt.rubricId ? attempt.rubricVersion : null);
    const memo = attempt.answers as unknown as RoleplayMemo | null;
    const { s, result, score, passed, techniques, pitfalls, officialLevels } = scoreRoleplay(scenario, rubric, memo, attempt.turns, await passMarkFor(db, user.orgId, attempt.assignmentId, rubric));
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
