import { z } from "zod";
import { idSchema } from "../../schemas";
import { getReview } from "../../services/review/getReview";
import { releasedReviewForAttempt } from "../../services/review/releasedReview";
import { reviewQueueFilters } from "../../services/review/queueFilters";
import { reviewQueue } from "../../services/review/reviewQueue";
import { correctTurnLabels } from "../../services/review/labelCorrections";
import { releaseReview, saveReviewDraft } from "../../services/review/saveReview";
import { protectedProcedure, router, trainerProcedure } from "../../trpc";

const criterionInput = z.object({
  criterionId: z.string().min(1).max(80),
  level: z.number().int().min(0, "Choose a level from 0 to 4.").max(4, "Choose a level from 0 to 4."),
  comment: z.string().max(2000, "Keep the comment under 2,000 characters.").nullish(),
});

export const reviewQueueInput = z.object({
  scenarioId: z.string().min(1).max(80).nullish(),
  cohortId: idSchema.nullish(),
  failedOnly: z.boolean().optional(),
  state: z.enum(["PENDING", "RELEASED", "ABANDONED"]).optional(),
  source: z.enum(["practice", "real", "all"]).nullish(),
  cursor: idSchema.nullish(),
  limit: z.number().int().min(1).max(100).optional(),
});

const criticalInput = z.object({
  decision: z.enum(["CONFIRMED", "CLEARED"]),
  reason: z.string().max(2000, "Keep the reason under 2,000 characters.").nullish(),
});

const turnCommentInput = z.object({
  turn: z.number().int().min(0).max(500),
  comment: z.string().max(2000, "Keep each line comment under 2,000 characters.").nullish(),
});

export const saveReviewInput = z.object({
  attemptId: idSchema,
  criteria: z.array(criterionInput).max(20),
  comment: z.string().max(4000, "Keep the comment under 4,000 characters.").nullish(),
  critical: criticalInput.nullish(),
  turnComments: z.array(turnCommentInput).max(200).nullish(),
});

export const releaseReviewInput = saveReviewInput.extend({ criteria: z.array(criterionInput).max(20).nullish() });

export const reviewRouter = router({
  /** Attempts waiting for a trainer, newest first, keyset-paginated. */
  queue: trainerProcedure.input(reviewQueueInput).query(({ ctx, input }) => reviewQueue(ctx.db, ctx.user, input)),
  /** The review queue page's cohort and scenario pickers, in one statement. */
  queueFilters: trainerProcedure.query(({ ctx }) => reviewQueueFilters(ctx.db, ctx.user)),
  /** The review screen: transcript, labels, tension curve, automatic and trainer scores. */
  get: trainerProcedure.input(z.object({ attemptId: idSchema })).query(({ ctx, input }) => getReview(ctx.db, ctx.user, input.attemptId)),
  saveDraft: trainerProcedure.input(saveReviewInput).mutation(({ ctx, input }) => saveReviewDraft(ctx.db, ctx.user, input)),
  release: trainerProcedure.input(releaseReviewInput).mutation(({ ctx, input }) => releaseReview(ctx.db, ctx.user, input, { origin: ctx.origin })),
  /** The trainer's labels for one agent turn (techniques and pitfalls); the difference is stored and audited. */
  correctLabels: trainerProcedure
    .input(z.object({ attemptId: idSchema, turn: z.number().int().min(0).max(500), labels: z.array(z.string().min(1).max(40)).max(30) }))
    .mutation(({ ctx, input }) => correctTurnLabels(ctx.db, ctx.user, input)),
  /** Learner-safe: the released review of one of the caller's own attempts, or null. */
  releasedForAttempt: protectedProcedure
    .input(z.object({ attemptId: idSchema }))
    .query(({ ctx, input }) => releasedReviewForAttempt(ctx.db, ctx.user, input.attemptId)),
});
