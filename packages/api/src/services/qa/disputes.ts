import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { conflict, forbidden, invalid, isUniqueViolation, notFound } from "../../errors";
import { pageArgs, toPage } from "../admin/paging";
import { recordAudit } from "../audit/recordAudit";
import { releaseReviewIn } from "../review/saveReview";

/**
 * Disputes: an agent may dispute a released review of their own attempt or real call once, with a
 * reason. It goes to a different trainer than the reviewer where one exists (trainers of the
 * agent's cohorts first, then the one with fewest open disputes), who upholds it with new levels (released as the review) or declines it with a
 * reason. The agent sees the outcome; every step is audited.
 */

export async function openDispute(db: Db, actor: SessionUser, input: { attemptId: string; reason: string }) {
  const reason = input.reason.trim();
  if (reason.length < 10) throw invalid("Say in a sentence or two why you disagree.", "reason");
  const attempt = await db.attempt.findFirst({
    where: { id: input.attemptId, orgId: actor.orgId, userId: actor.id },
    select: { id: true, review: { select: { state: true, score: true, reviewerId: true } }, dispute: { select: { id: true } } },
  });
  if (!attempt) throw notFound("That attempt");
  if (attempt.review?.state !== "RELEASED") throw conflict("Only a released review can be disputed.");
  if (attempt.dispute) throw conflict("You have already disputed this review.");
  const reviewerId = attempt.review.reviewerId;
  const [candidates, cohorts] = await Promise.all([
    db.user.findMany({
      where: { orgId: actor.orgId, active: true, role: { in: ["TRAINER", "ADMIN"] }, id: { not: actor.id } },
      select: { id: true, role: true, _count: { select: { disputesAssigned: { where: { state: "OPEN" } } } } },
    }),
    db.cohortMember.findMany({ where: { orgId: actor.orgId, userId: actor.id, removedAt: null }, select: { cohortId: true } }),
  ]);
  // trainers who look after one of the agent's cohorts know their work: they come first
  const cohortTrainers = new Set(
    cohorts.length
      ? (
          await db.cohortMember.findMany({
            where: { orgId: actor.orgId, cohortId: { in: cohorts.map((c) => c.cohortId) }, removedAt: null, userId: { in: candidates.map((c) => c.id) } },
            select: { userId: true },
          })
        ).map((m) => m.userId)
      : [],
  );
  const others = candidates.filter((c) => c.id !== reviewerId);
  const pool = others.length ? others : candidates;
  const pick = [...pool].sort(
    (a, b) =>
      Number(a.role !== "TRAINER") - Number(b.role !== "TRAINER") ||
      Number(!cohortTrainers.has(a.id)) - Number(!cohortTrainers.has(b.id)) ||
      a._count.disputesAssigned - b._count.disputesAssigned ||
      a.id.localeCompare(b.id),
  )[0];
  if (!pick) throw conflict("There is no trainer in your organisation to hear a dispute.");
  try {
    return await db.$transaction(async (tx) => {
      const d = await tx.dispute.create({
        data: { orgId: actor.orgId, attemptId: attempt.id, agentId: actor.id, assignedToId: pick.id, reason, oldScore: attempt.review!.score },
        select: { id: true, assignedToId: true, state: true },
      });
      await recordAudit(tx, { orgId: actor.orgId, actorId: actor.id, action: "dispute.open", targetType: "Attempt", targetId: attempt.id, after: { disputeId: d.id, assignedToId: pick.id, reason } });
      return { disputeId: d.id, state: d.state };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw conflict("You have already disputed this review.");
    throw e;
  }
}

/** The disputes waiting for the calling trainer, oldest first. */
export async function myDisputeQueue(db: Db, actor: SessionUser, input: { cursor?: string | null; limit?: number }) {
  const where = { orgId: actor.orgId, assignedToId: actor.id, state: "OPEN" as const };
  // the cursor must be a row of this very queue: Prisma finds `cursor: { id }` outside the where,
  // so another organisation's dispute id used to page relative to it (an ordering oracle)
  const { pageSize, ...args } = await pageArgs({ cursor: input.cursor, limit: input.limit }, (id) => db.dispute.findFirst({ where: { id, ...where }, select: { id: true } }));
  const rows = await db.dispute.findMany({
    where,
    select: { id: true, attemptId: true, reason: true, oldScore: true, createdAt: true, agent: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    ...args,
  });
  return toPage(rows, pageSize);
}

export async function decideDispute(db: Db, actor: SessionUser, input: { disputeId: string; outcome: "upheld" | "declined"; reason: string; levels?: Record<string, number> | null }) {
  const d = await db.dispute.findFirst({ where: { id: input.disputeId, orgId: actor.orgId }, select: { id: true, attemptId: true, assignedToId: true, state: true } });
  if (!d) throw notFound("That dispute");
  if (d.assignedToId !== actor.id) throw forbidden("This dispute was given to another trainer.");
  if (d.state !== "OPEN") throw conflict("This dispute has already been decided.");
  const reason = input.reason.trim();
  if (!reason) throw invalid("Give the agent a reason.", "reason");
  if (input.outcome === "upheld" && !input.levels) throw invalid("Set the new levels to uphold the dispute.", "levels");
  const state = input.outcome === "upheld" ? "UPHELD" : "DECLINED";
  // One transaction: the new review, the decision and its audit entry commit together or not at
  // all. Releasing locks the attempt's row first, so of two decisions sent at once the second waits,
  // then finds the dispute decided and rolls back its release.
  const newScore = await db.$transaction(async (tx) => {
    const review =
      input.outcome === "upheld"
        ? await releaseReviewIn(tx, actor, {
            attemptId: d.attemptId,
            criteria: Object.entries(input.levels!).map(([criterionId, level]) => ({ criterionId, level, comment: `Dispute upheld: ${reason}` })),
            comment: `Dispute upheld: ${reason}`,
          })
        : null;
    const score = review?.score ?? null;
    const decided = await tx.dispute.updateMany({
      where: { id: d.id, orgId: actor.orgId, assignedToId: actor.id, state: "OPEN" },
      data: { state, outcomeReason: reason, newScore: score, decidedAt: new Date() },
    });
    if (decided.count === 0) throw conflict("This dispute has already been decided.");
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: `dispute.${input.outcome === "upheld" ? "uphold" : "decline"}`,
      targetType: "Attempt",
      targetId: d.attemptId,
      after: { disputeId: d.id, reason, newScore: score },
    });
    return score;
  });
  return { state: input.outcome === "upheld" ? "UPHELD" : "DECLINED", newScore };
}

/** What the agent sees of their dispute on one attempt (or staff of the organisation), or null. */
export async function disputeForAttempt(db: Db, actor: SessionUser, input: { attemptId: string }) {
  const d = await db.dispute.findFirst({
    where: { attemptId: input.attemptId, orgId: actor.orgId, ...(actor.role === "LEARNER" ? { agentId: actor.id } : {}) },
    select: { id: true, assignedToId: true, state: true, reason: true, outcomeReason: true, oldScore: true, newScore: true, createdAt: true, decidedAt: true },
  });
  if (!d) return null;
  const { assignedToId, ...rest } = d;
  // the decision form is offered to the trainer the dispute was given to
  return { ...rest, assignedToMe: assignedToId === actor.id };
}

/** Disputes and their outcomes in the organisation, for the agreement report. */
export async function disputeSummary(db: Db, actor: SessionUser) {
  const rows = await db.dispute.groupBy({ by: ["state"], where: { orgId: actor.orgId }, _count: { _all: true } });
  const n = (s: string) => rows.find((r) => r.state === s)?._count._all ?? 0;
  return { total: n("OPEN") + n("UPHELD") + n("DECLINED"), open: n("OPEN"), upheld: n("UPHELD"), declined: n("DECLINED") };
}
