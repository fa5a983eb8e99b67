import type { Db, Prisma } from "@defuse/db";
import type { Rubric } from "@defuse/content";
import type { SessionUser } from "../../context";
import { AppError, invalid } from "../../errors";
import { recordAudit } from "../audit/recordAudit";
import { loadRealCall, realCallTurns } from "../qa/realCallView";
import { loadAutoCriteria } from "./autoCriteria";
import { autoCriticalOf, criticalStands, readTurnComments, type CriticalDecisionValue, type TurnComment } from "./critical";
import { findReviewableAttempt, passMarkFor, readStoredCriteria, refuseOwnAttempt, type StoredReviewCriterion } from "./getReview";
import { MAX_LEVEL, scoreAttempt, type AutoPoints } from "./scoring";
import { rubricOf } from "../authoring/resolve";
import { appBaseUrl, type MailContext } from "../email/config";
import { queueEmail } from "../email/outbox";
import { titleLookup } from "../authoring/resolve";

export interface ReviewCriterionInput {
  criterionId: string;
  level: number;
  comment?: string | null;
}

export interface CriticalInput {
  decision: CriticalDecisionValue;
  reason?: string | null;
}

export interface SaveReviewInput {
  attemptId: string;
  criteria: ReviewCriterionInput[];
  comment?: string | null;
  /** The trainer's ruling on critical behaviour; omit to let the engine's flag stand. */
  critical?: CriticalInput | null;
  /** Comments on specific agent turns (0-based), shown to the learner beside that line. */
  turnComments?: Array<{ turn: number; comment?: string | null }> | null;
}

export interface ReleaseReviewInput {
  attemptId: string;
  /** Omit to release the saved draft as it is (with its critical ruling and line comments). */
  criteria?: ReviewCriterionInput[] | null;
  comment?: string | null;
  critical?: CriticalInput | null;
  turnComments?: Array<{ turn: number; comment?: string | null }> | null;
}

type Tx = Prisma.TransactionClient;

/**
 * Checks the trainer's levels against the rubric. With `requireOverrideComments`, any criterion
 * whose level differs from the automatic one needs a comment saying why (the override rule);
 * drafts may be saved before those comments are written, releases may not.
 */
export function checkCriteria(rubric: Rubric, input: ReviewCriterionInput[], auto: ReadonlyMap<string, AutoPoints>, opts: { requireOverrideComments: boolean }): StoredReviewCriterion[] {
  const known = new Set(rubric.criteria.map((c) => c.id));
  const seen = new Set<string>();
  for (const c of input) {
    if (!known.has(c.criterionId)) throw invalid(`“${c.criterionId}” is not a criterion of this rubric.`, "criteria");
    if (seen.has(c.criterionId)) throw invalid(`“${c.criterionId}” is scored twice.`, `criteria.${c.criterionId}`);
    seen.add(c.criterionId);
    if (!Number.isInteger(c.level) || c.level < 0 || c.level > MAX_LEVEL) {
      throw invalid(`Choose a level from 0 to ${MAX_LEVEL}.`, `criteria.${c.criterionId}`);
    }
  }
  const byId = new Map(input.map((c) => [c.criterionId, c]));
  const levels = rubric.criteria.map((c) => {
    const given = byId.get(c.id);
    if (!given) throw invalid(`Score “${c.title}”.`, `criteria.${c.id}`);
    return { criterionId: c.id, level: given.level };
  });
  const { criteria } = scoreAttempt(rubric, levels, auto, { passMark: 0, criticalStands: false });
  return criteria.map((c) => {
    const comment = (byId.get(c.criterionId)?.comment ?? "").trim();
    const autoLevel = auto.get(c.criterionId)?.level ?? null;
    if (opts.requireOverrideComments && autoLevel !== null && autoLevel !== c.level && comment.length === 0) {
      const title = rubric.criteria.find((r) => r.id === c.criterionId)?.title ?? c.criterionId;
      throw invalid(`Your level for “${title}” differs from the automatic one: add a comment saying why.`, `criteria.${c.criterionId}`);
    }
    return { ...c, autoLevel, comment };
  });
}

async function lockAttempt(tx: Tx, orgId: string, attemptId: string) {
  // Serialises concurrent saves/releases of one attempt, which keeps releasing idempotent.
  await tx.$queryRaw`SELECT id FROM "Attempt" WHERE id = ${attemptId} AND "orgId" = ${orgId} FOR UPDATE`;
}

async function prepare(tx: Tx, actor: SessionUser, attemptId: string) {
  await lockAttempt(tx, actor.orgId, attemptId);
  const attempt = await findReviewableAttempt(tx, actor.orgId, attemptId);
  refuseOwnAttempt(actor, attempt);
  const rubric = await rubricOf(tx, actor.orgId, attempt.rubricId ?? "", attempt.rubricVersion);
  const autoCriteria = await loadAutoCriteria(tx, actor.orgId, attempt.id, attempt.autoResult);
  const auto = new Map(autoCriteria.map((a) => [a.criterionId, { level: a.level, points: a.points }]));
  // a real call has no AttemptTurn rows: its agent turns are the review screen's lines
  const turnCount =
    attempt.kind === "REAL_CALL"
      ? realCallTurns((await loadRealCall(tx, actor.orgId, attempt.id))?.turns, attempt.autoResult).turns.length
      : await tx.attemptTurn.count({ where: { attemptId: attempt.id } });
  return { attempt, rubric, auto, flagged: autoCriticalOf(attempt.autoResult).length > 0, turnCount };
}

/**
 * The trainer's ruling on critical behaviour. Clearing the engine's flag, or confirming one the
 * engine did not raise, needs a reason the learner will read (on release; a draft may wait).
 */
function checkCritical(flagged: boolean, input: CriticalInput | null | undefined, opts: { requireReason: boolean }) {
  if (!input) return { decision: null, reason: "" };
  const reason = (input.reason ?? "").trim();
  const needsReason = input.decision === "CLEARED" ? flagged : !flagged;
  if (input.decision === "CLEARED" && !flagged) return { decision: null, reason: "" }; // nothing to clear
  if (opts.requireReason && needsReason && reason.length === 0) {
    throw invalid(
      input.decision === "CLEARED" ? "Say why the critical behaviour does not apply: the learner reads your reason." : "Say which critical behaviour you saw and where: the learner reads your reason.",
      "criticalReason",
    );
  }
  return { decision: input.decision, reason };
}

/** Whether the call ended in a way that can pass (engine v2 records it; older results did not, and pass on score alone). */
function outcomeOkOf(autoResult: unknown): boolean {
  const v = (autoResult as { outcomeOk?: unknown } | null)?.outcomeOk;
  return typeof v === "boolean" ? v : true;
}

function checkTurnComments(input: SaveReviewInput["turnComments"], turnCount: number): TurnComment[] {
  const out = new Map<number, string>();
  for (const c of input ?? []) {
    if (!Number.isInteger(c.turn) || c.turn < 0 || c.turn >= turnCount) throw invalid("That line is not part of this conversation.", "turnComments");
    const comment = (c.comment ?? "").trim();
    if (comment) out.set(c.turn, comment);
    else out.delete(c.turn);
  }
  return [...out].sort((a, b) => a[0] - b[0]).map(([turn, comment]) => ({ turn, comment }));
}

const sameCriteria = (a: StoredReviewCriterion[], b: StoredReviewCriterion[]) =>
  a.length === b.length && a.every((x, i) => x.criterionId === b[i]?.criterionId && x.level === b[i]?.level && x.comment === b[i]?.comment);
const sameTurnComments = (a: TurnComment[], b: TurnComment[]) => JSON.stringify(a) === JSON.stringify(b);

/** Saves the trainer's work in progress. A draft never changes what the learner sees. */
export async function saveReviewDraft(db: Db, actor: SessionUser, input: SaveReviewInput) {
  return db.$transaction(async (tx) => {
    const { attempt, rubric, auto, flagged, turnCount } = await prepare(tx, actor, input.attemptId);
    if (attempt.review?.state === "RELEASED") {
      throw new AppError("PRECONDITION_FAILED", "This review has already been released to the learner; change it by releasing again.");
    }
    const criteria = checkCriteria(rubric, input.criteria, auto, { requireOverrideComments: false });
    const critical = checkCritical(flagged, input.critical, { requireReason: false });
    const turnComments = checkTurnComments(input.turnComments, turnCount);
    const passMark = await passMarkFor(tx, actor.orgId, attempt.assignmentId, rubric);
    const { score, passed } = scoreAttempt(rubric, criteria, auto, { passMark, criticalStands: criticalStands(flagged, critical.decision), outcomeOk: outcomeOkOf(attempt.autoResult) });
    const data = {
      reviewerId: actor.id,
      state: "DRAFT" as const,
      criteria: criteria as unknown as Prisma.InputJsonValue,
      score,
      passed,
      comment: (input.comment ?? "").trim(),
      criticalDecision: critical.decision,
      criticalReason: critical.reason,
      turnComments: turnComments as unknown as Prisma.InputJsonValue,
    };
    const review = await tx.review.upsert({
      where: { attemptId: attempt.id },
      create: { orgId: actor.orgId, attemptId: attempt.id, ...data },
      update: data,
      select: { id: true, state: true, score: true, passed: true, updatedAt: true },
    });
    // Queue membership stays PENDING while a draft exists; NONE becomes PENDING once a trainer starts.
    if (attempt.reviewState === "NONE") {
      await tx.attempt.update({ where: { id: attempt.id }, data: { reviewState: "PENDING" } });
    }
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: "review.draft",
      targetType: "Attempt",
      targetId: attempt.id,
      before: attempt.review ? { score: attempt.review.score, criteria: attempt.review.criteria } : null,
      after: { score: review.score, passed: review.passed, criteria, critical, turnComments },
    });
    const missingComments = criteria.filter((c) => c.autoLevel !== null && c.autoLevel !== c.level && !c.comment).map((c) => c.criterionId);
    return { ...review, missingComments };
  });
}

/**
 * Releases the review to the learner: the trainer's score becomes the attempt's official score,
 * trainer CriterionScore rows join the automatic ones (which stay on record), and the learner
 * can read it. Releasing the same review again changes nothing and writes no second audit entry.
 */
export async function releaseReview(db: Db, actor: SessionUser, input: ReleaseReviewInput, mail: MailContext = {}) {
  return db.$transaction((tx) => releaseReviewIn(tx, actor, input, mail));
}

/**
 * releaseReview inside a transaction the caller already holds, so a decision that releases a
 * review (an agreed calibration, an upheld dispute) commits or fails as one with its own rows.
 */
export async function releaseReviewIn(tx: Tx, actor: SessionUser, input: ReleaseReviewInput, mail: MailContext = {}) {
  const { attempt, rubric, auto, flagged, turnCount } = await prepare(tx, actor, input.attemptId);
  const stored = readStoredCriteria(attempt.review?.criteria);
  const source = input.criteria ?? (stored.length ? stored : null);
  if (!source) throw invalid("Score every criterion before releasing the review.", "criteria");
  const fromDraft = !input.criteria;
  const criteria = checkCriteria(rubric, source, auto, { requireOverrideComments: true });
  const storedCritical = attempt.review?.criticalDecision ? { decision: attempt.review.criticalDecision, reason: attempt.review.criticalReason } : null;
  const critical = checkCritical(flagged, input.critical !== undefined ? input.critical : fromDraft ? storedCritical : null, { requireReason: true });
  const storedTurnComments = readTurnComments(attempt.review?.turnComments);
  const turnComments = checkTurnComments(input.turnComments !== undefined ? input.turnComments : fromDraft ? storedTurnComments : [], turnCount);
  const passMark = await passMarkFor(tx, actor.orgId, attempt.assignmentId, rubric);
  const { score, passed } = scoreAttempt(rubric, criteria, auto, { passMark, criticalStands: criticalStands(flagged, critical.decision), outcomeOk: outcomeOkOf(attempt.autoResult) });
  const comment = (input.comment ?? (input.criteria ? "" : attempt.review?.comment) ?? "").trim();

  if (
    attempt.review?.state === "RELEASED" &&
    sameCriteria(stored, criteria) &&
    attempt.review.comment === comment &&
    (attempt.review.criticalDecision ?? null) === critical.decision &&
    attempt.review.criticalReason === critical.reason &&
    sameTurnComments(storedTurnComments, turnComments)
  ) {
    return { attemptId: attempt.id, state: "RELEASED" as const, score: attempt.review.score, passed: attempt.review.passed, releasedAt: attempt.review.releasedAt, changed: false };
  }

  const now = new Date();
  const data = {
    reviewerId: actor.id,
    state: "RELEASED" as const,
    criteria: criteria as unknown as Prisma.InputJsonValue,
    score,
    passed,
    comment,
    criticalDecision: critical.decision,
    criticalReason: critical.reason,
    turnComments: turnComments as unknown as Prisma.InputJsonValue,
    releasedAt: attempt.review?.releasedAt ?? now,
  };
  const review = await tx.review.upsert({
    where: { attemptId: attempt.id },
    create: { orgId: actor.orgId, attemptId: attempt.id, ...data },
    update: data,
    select: { score: true, passed: true, releasedAt: true },
  });
  const officialLevels = Object.fromEntries(criteria.map((c) => [c.criterionId, c.level]));
  await tx.attempt.update({ where: { id: attempt.id }, data: { score, passed, reviewState: "RELEASED", officialLevels } });
  await tx.criterionScore.deleteMany({ where: { attemptId: attempt.id, source: "trainer" } });
  await tx.criterionScore.createMany({
    data: criteria.map((c) => ({
      orgId: actor.orgId,
      attemptId: attempt.id,
      contentId: attempt.contentId,
      criterionId: c.criterionId,
      source: "trainer",
      level: c.level,
      points: c.points,
    })),
  });
  await recordAudit(tx, {
    orgId: actor.orgId,
    actorId: actor.id,
    action: attempt.review?.state === "RELEASED" ? "review.rerelease" : "review.release",
    targetType: "Attempt",
    targetId: attempt.id,
    before: { score: attempt.score, passed: attempt.passed, reviewState: attempt.reviewState, autoScore: attempt.autoScore },
    after: { score, passed, reviewState: "RELEASED", criteria, comment, critical, turnComments },
  });
  // The learner hears of the first release only (the key makes it once); a re-release changes the page they already know.
  const learner = await tx.user.findFirst({ where: { id: attempt.userId, orgId: actor.orgId, active: true }, select: { id: true, email: true, name: true } });
  if (learner && attempt.kind !== "REAL_CALL") {
    await queueEmail(tx, {
      orgId: actor.orgId,
      userId: learner.id,
      recipient: learner.email,
      dedupeKey: `review-released:${attempt.id}`,
      data: {
        template: "review-released",
        name: learner.name,
        title: (await titleLookup(tx, actor.orgId, [attempt.contentId]))("SCENARIO", attempt.contentId),
        reviewerName: actor.name,
        link: `${appBaseUrl(mail.origin)}/practice/${attempt.contentId}/${attempt.id}`,
      },
    });
  }
  return { attemptId: attempt.id, state: "RELEASED" as const, score: review.score, passed: review.passed, releasedAt: review.releasedAt, changed: true };
}
