import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { conflict, forbidden, invalid, notFound } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { findReviewableAttempt, refuseOwnAttempt } from "../review/getReview";
import { releaseReviewIn } from "../review/saveReview";
import type { Rubric } from "@defuse/content";
import { rubricOf } from "../authoring/resolve";
import { loadAutoCriteria } from "../review/autoCriteria";

/**
 * Calibration: the organiser invites trainers to score one attempt or real call blind. Until every
 * invited trainer has scored (or the organiser closes it) each sees only their own levels and who
 * has scored; afterwards everyone sees the spread per criterion beside the automatic level. The
 * organiser then records the agreed levels, which are released as the attempt's review.
 */

type Levels = Record<string, number>;

function scoreOf(rubric: Rubric, levels: Levels) {
  return Math.round(rubric.criteria.reduce((s, c) => s + (c.weight * (levels[c.id] ?? 0)) / 4, 0));
}

function checkLevels(rubric: Rubric, levels: Levels): Levels {
  const out: Levels = {};
  for (const c of rubric.criteria) {
    const l = levels[c.id];
    if (l === undefined || !Number.isInteger(l) || l < 0 || l > 4) throw invalid(`Choose a level from 0 to 4 for “${c.title}”.`, `levels.${c.id}`);
    out[c.id] = l;
  }
  return out;
}

export async function openCalibration(db: Db, actor: SessionUser, input: { attemptId: string; trainerIds: string[] }) {
  return db.$transaction(async (tx) => {
    const attempt = await findReviewableAttempt(tx, actor.orgId, input.attemptId);
    // The agreed score becomes the attempt's review: nobody organises or scores their own.
    refuseOwnAttempt(actor, attempt);
    if (input.trainerIds.includes(attempt.userId)) throw invalid("The agent cannot score their own attempt: invite other trainers.", "trainerIds");
    const ids = [...new Set([actor.id, ...input.trainerIds])];
    const trainers = await tx.user.findMany({ where: { id: { in: ids }, orgId: actor.orgId, active: true, role: { in: ["TRAINER", "ADMIN"] } }, select: { id: true } });
    if (trainers.length !== ids.length) throw notFound("One of those trainers");
    if (ids.length < 2) throw invalid("Invite at least one other trainer.", "trainerIds");
    const session = await tx.calibrationSession.create({ data: { orgId: actor.orgId, attemptId: attempt.id, organiserId: actor.id }, select: { id: true } });
    await tx.calibrationScore.createMany({ data: ids.map((trainerId) => ({ orgId: actor.orgId, sessionId: session.id, trainerId })) });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: "calibration.open",
      targetType: "CalibrationSession",
      targetId: session.id,
      after: { attemptId: attempt.id, trainerIds: ids },
    });
    return { sessionId: session.id };
  });
}

async function loadSession(db: Db, actor: SessionUser, sessionId: string) {
  const s = await db.calibrationSession.findFirst({
    where: { id: sessionId, orgId: actor.orgId },
    select: {
      id: true,
      state: true,
      organiserId: true,
      attemptId: true,
      agreed: true,
      attempt: { select: { rubricId: true, rubricVersion: true, autoResult: true } },
      scores: { select: { trainerId: true, levels: true, score: true, submittedAt: true, trainer: { select: { name: true } } }, orderBy: { trainerId: "asc" } },
    },
  });
  if (!s || !s.scores.some((x) => x.trainerId === actor.id)) throw notFound("That calibration session");
  // the exact rubric version the attempt was scored with (an organisation's rubric included)
  const rubric = await rubricOf(db, actor.orgId, s.attempt.rubricId ?? "", s.attempt.rubricVersion);
  return { ...s, rubric };
}

export async function submitCalibrationScore(db: Db, actor: SessionUser, input: { sessionId: string; levels: Levels }) {
  const s = await loadSession(db, actor, input.sessionId);
  if (s.state !== "OPEN") throw conflict("This session is closed; scores can no longer change.");
  const levels = checkLevels(s.rubric, input.levels);
  const score = scoreOf(s.rubric, levels);
  return db.$transaction(async (tx) => {
    await tx.calibrationScore.updateMany({ where: { sessionId: s.id, trainerId: actor.id, orgId: actor.orgId }, data: { levels, score, submittedAt: new Date() } });
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "calibration.score", targetType: "CalibrationSession", targetId: s.id, after: { levels, score } });
    const waiting = await tx.calibrationScore.count({ where: { sessionId: s.id, submittedAt: null } });
    if (waiting === 0) await tx.calibrationSession.updateMany({ where: { id: s.id, state: "OPEN" }, data: { state: "CLOSED", closedAt: new Date() } });
    return { score, closed: waiting === 0 };
  });
}

export async function closeCalibration(db: Db, actor: SessionUser, input: { sessionId: string }) {
  const s = await loadSession(db, actor, input.sessionId);
  if (s.organiserId !== actor.id) throw forbidden("Only the organiser can close this session.");
  if (s.state !== "OPEN") return { state: s.state };
  await db.$transaction(async (tx) => {
    await tx.calibrationSession.updateMany({ where: { id: s.id, orgId: actor.orgId, state: "OPEN" }, data: { state: "CLOSED", closedAt: new Date() } });
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "calibration.close", targetType: "CalibrationSession", targetId: s.id });
  });
  return { state: "CLOSED" };
}

/** Blind while open (own levels and who has scored only); the spread once closed. */
export async function getCalibration(db: Db, actor: SessionUser, input: { sessionId: string }) {
  const s = await loadSession(db, actor, input.sessionId);
  const rubric = s.rubric;
  const mine = s.scores.find((x) => x.trainerId === actor.id)!;
  const base = {
    sessionId: s.id,
    attemptId: s.attemptId,
    state: s.state,
    organiser: s.organiserId === actor.id,
    trainers: s.scores.map((x) => ({ id: x.trainerId, name: x.trainer.name, scored: x.submittedAt !== null })),
    mine: mine.levels as Levels | null,
  };
  if (s.state === "OPEN") return { ...base, spread: null, scores: null, differsMost: null, agreed: null };
  const auto = new Map((await loadAutoCriteria(db, actor.orgId, s.attemptId, s.attempt.autoResult)).map((a) => [a.criterionId, a.level]));
  const scored = s.scores.filter((x) => x.levels);
  const spread = rubric.criteria.map((c) => {
    const levels = scored.map((x) => ({ trainerId: x.trainerId, name: x.trainer.name, level: (x.levels as Levels)[c.id] ?? 0 }));
    const values = levels.map((l) => l.level);
    return { criterionId: c.id, title: c.title, autoLevel: auto.get(c.id) ?? null, levels, min: Math.min(...values), max: Math.max(...values) };
  });
  // who differs most: the largest total distance from the others' mean level
  const distance = scored.map((x) => ({
    trainerId: x.trainerId,
    name: x.trainer.name,
    score: x.score,
    distance: spread.reduce((sum, c) => {
      const others = c.levels.filter((l) => l.trainerId !== x.trainerId).map((l) => l.level);
      const mean = others.length ? others.reduce((a, b) => a + b, 0) / others.length : 0;
      return sum + Math.abs((x.levels as Levels)[c.criterionId]! - mean);
    }, 0),
  }));
  const differsMost = [...distance].sort((a, b) => b.distance - a.distance)[0] ?? null;
  return { ...base, spread, scores: distance, differsMost, agreed: s.agreed as Levels | null };
}

/** The organiser's agreed levels, released as the attempt's review. */
export async function agreeCalibration(db: Db, actor: SessionUser, input: { sessionId: string; levels: Levels; comment?: string | null }) {
  const s = await loadSession(db, actor, input.sessionId);
  if (s.organiserId !== actor.id) throw forbidden("Only the organiser can record the agreed score.");
  if (s.state === "OPEN") throw conflict("Close the session before recording the agreed score.");
  const levels = checkLevels(s.rubric, input.levels);
  const agreedAt = new Date();
  // the released review and the session's agreement commit together (see disputes.decideDispute)
  return db.$transaction(async (tx) => {
    const review = await releaseReviewIn(tx, actor, {
      attemptId: s.attemptId,
      criteria: Object.entries(levels).map(([criterionId, level]) => ({ criterionId, level, comment: "Agreed in calibration." })),
      comment: input.comment ?? "Agreed in a calibration session.",
    });
    await tx.calibrationSession.updateMany({ where: { id: s.id, orgId: actor.orgId }, data: { state: "AGREED", agreed: levels, agreedAt } });
    // each trainer's distance from the agreed levels, kept for the calibration report
    for (const sc of s.scores) {
      if (!sc.levels) continue;
      const theirs = sc.levels as Levels;
      const agreedDifference = Object.entries(levels).reduce((sum, [id, l]) => sum + Math.abs((theirs[id] ?? 0) - l), 0);
      await tx.calibrationScore.updateMany({
        where: { sessionId: s.id, trainerId: sc.trainerId, orgId: actor.orgId },
        data: { agreedDifference, agreedCriteria: Object.keys(levels).length, agreedAt },
      });
    }
    await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "calibration.agree", targetType: "CalibrationSession", targetId: s.id, after: { levels } });
    return review;
  });
}

/**
 * Per trainer over agreed sessions: mean absolute difference (in levels per criterion) from the
 * agreed score, overall and per month of agreement (newest first, the last 12), so a trainer's
 * drift towards or away from the agreed scores shows over time.
 */
export async function calibrationReport(db: Db, actor: SessionUser) {
  const rows = await db.$queryRaw<Array<{ trainerId: string; name: string; month: Date; sessions: number; diff: number; n: number }>>`
    SELECT a."trainerId", u.name, a.month, a.sessions, a.diff, a.n
    FROM (
      -- an index-only scan of CalibrationScore_report_idx, summed before the (few) trainers are joined
      SELECT sc."trainerId", date_trunc('month', sc."agreedAt") AS month, count(*)::int AS sessions,
             sum(sc."agreedDifference")::float AS diff, sum(sc."agreedCriteria")::int AS n
      FROM "CalibrationScore" sc
      WHERE sc."orgId" = ${actor.orgId} AND sc."agreedAt" IS NOT NULL AND sc."agreedCriteria" > 0
      GROUP BY sc."trainerId", month
    ) a
    JOIN "User" u ON u.id = a."trainerId" AND u."orgId" = ${actor.orgId}`;
  const round = (x: number) => Math.round(x * 100) / 100;
  const byTrainer = new Map<string, { trainerId: string; name: string; sessions: number; diff: number; n: number; months: { month: Date; sessions: number; meanAbsoluteDifference: number }[] }>();
  for (const r of rows) {
    const t = byTrainer.get(r.trainerId) ?? { trainerId: r.trainerId, name: r.name, sessions: 0, diff: 0, n: 0, months: [] };
    t.sessions += r.sessions;
    t.diff += r.diff;
    t.n += r.n;
    t.months.push({ month: r.month, sessions: r.sessions, meanAbsoluteDifference: round(r.diff / r.n) });
    byTrainer.set(r.trainerId, t);
  }
  return [...byTrainer.values()]
    .map((t) => ({
      trainerId: t.trainerId,
      name: t.name,
      sessions: t.sessions,
      meanAbsoluteDifference: round(t.diff / t.n),
      months: t.months.sort((a, b) => b.month.getTime() - a.month.getTime()).slice(0, 12),
    }))
    .sort((a, b) => b.meanAbsoluteDifference - a.meanAbsoluteDifference || a.name.localeCompare(b.name))
    .slice(0, 200);
}
