import { z } from "zod";
import { idSchema } from "../../schemas";
import { agreeCalibration, calibrationReport, closeCalibration, getCalibration, openCalibration, submitCalibrationScore } from "../../services/qa/calibration";
import { calibrationColleagues, findAgents, myCalibrations } from "../../services/qa/qaLists";
import { decideDispute, disputeForAttempt, disputeSummary, myDisputeQueue, openDispute } from "../../services/qa/disputes";
import { importTranscripts, previewTranscripts } from "../../services/qa/importTranscripts";
import { MAX_UPLOAD_BYTES } from "../../services/qa/readUpload";
import { myRealCalls } from "../../services/qa/realCallProgress";
import { getTranscriptRetention, MAX_RETENTION_DAYS, setTranscriptRetention } from "../../services/qa/retention";
import { adminProcedure, protectedProcedure, router, trainerProcedure } from "../../trpc";

const column = z.string().trim().min(1).max(120);
const levelsInput = z.record(z.string().min(1).max(80), z.number().int().min(0).max(4));
const uploadInput = z.object({
  fileName: z.string().trim().min(1).max(255),
  // base64 of at most MAX_UPLOAD_BYTES: refused here before the service decodes it
  data: z
    .string()
    .min(1, "Choose a transcript file or a zip of transcripts.")
    .max(Math.ceil((MAX_UPLOAD_BYTES * 4) / 3) + 4, `The upload is too large (${MAX_UPLOAD_BYTES / 1024 / 1024} MB at most).`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, "The upload could not be read."),
  rubricId: z.string().trim().min(1).max(80),
  agentId: idSchema.nullish(),
  mapping: z.object({ speaker: column, text: column, at: column.optional(), email: column.optional() }).nullish(),
});

export const qaRouter = router({
  /** Active learners by name or email, for the import form's agent picker. */
  agents: trainerProcedure.input(z.object({ q: z.string().max(120) })).query(({ ctx, input }) => findAgents(ctx.db, ctx.user, input)),
  /** Parses, matches, masks and scores every file; writes nothing. */
  previewImport: trainerProcedure.input(uploadInput).mutation(({ ctx, input }) => previewTranscripts(ctx.db, ctx.user, input)),
  /** All or nothing; repeating the same key returns the first import. */
  import: trainerProcedure
    .input(uploadInput.extend({ key: z.string().trim().min(8).max(80) }))
    .mutation(({ ctx, input }) => importTranscripts(ctx.db, ctx.user, input)),
  /** The caller's own released real-call reviews and the practice vs real-call comparison per technique. */
  myRealCalls: protectedProcedure
    .input(z.object({ cursor: idSchema.nullish(), limit: z.number().int().min(1).max(50).optional() }))
    .query(({ ctx, input }) => myRealCalls(ctx.db, ctx.user, input)),
  /** How many days the organisation keeps real-call transcripts (null: kept). */
  retention: adminProcedure.query(({ ctx }) => getTranscriptRetention(ctx.db, ctx.user)),
  setRetention: adminProcedure
    .input(z.object({ days: z.number().int().min(1, "Keep transcripts for at least a day.").max(MAX_RETENTION_DAYS).nullable() }))
    .mutation(({ ctx, input }) => setTranscriptRetention(ctx.db, ctx.user, input)),
  /** Calibration: open on an attempt or real call, score blind, close, agree (becomes the review). */
  openCalibration: trainerProcedure
    .input(z.object({ attemptId: idSchema, trainerIds: z.array(idSchema).min(1).max(20) }))
    .mutation(({ ctx, input }) => openCalibration(ctx.db, ctx.user, input)),
  calibration: trainerProcedure.input(z.object({ sessionId: idSchema })).query(({ ctx, input }) => getCalibration(ctx.db, ctx.user, input)),
  scoreCalibration: trainerProcedure
    .input(z.object({ sessionId: idSchema, levels: levelsInput }))
    .mutation(({ ctx, input }) => submitCalibrationScore(ctx.db, ctx.user, input)),
  closeCalibration: trainerProcedure.input(z.object({ sessionId: idSchema })).mutation(({ ctx, input }) => closeCalibration(ctx.db, ctx.user, input)),
  agreeCalibration: trainerProcedure
    .input(z.object({ sessionId: idSchema, levels: levelsInput, comment: z.string().max(4000).nullish() }))
    .mutation(({ ctx, input }) => agreeCalibration(ctx.db, ctx.user, input)),
  /** Sessions the caller organised or was invited to, newest first. */
  calibrations: trainerProcedure
    .input(z.object({ cursor: idSchema.nullish(), limit: z.number().int().min(1).max(50).optional() }))
    .query(({ ctx, input }) => myCalibrations(ctx.db, ctx.user, input)),
  /** Trainers and admins the caller can invite to a calibration session. */
  colleagues: trainerProcedure.query(({ ctx }) => calibrationColleagues(ctx.db, ctx.user)),
  calibrationReport: trainerProcedure.query(({ ctx }) => calibrationReport(ctx.db, ctx.user)),
  /** Disputes: the agent disputes a released review once; a different trainer decides. */
  openDispute: protectedProcedure
    .input(z.object({ attemptId: idSchema, reason: z.string().trim().min(10, "Say in a sentence or two why you disagree.").max(2000) }))
    .mutation(({ ctx, input }) => openDispute(ctx.db, ctx.user, input)),
  dispute: protectedProcedure.input(z.object({ attemptId: idSchema })).query(({ ctx, input }) => disputeForAttempt(ctx.db, ctx.user, input)),
  disputeQueue: trainerProcedure
    .input(z.object({ cursor: idSchema.nullish(), limit: z.number().int().min(1).max(100).optional() }))
    .query(({ ctx, input }) => myDisputeQueue(ctx.db, ctx.user, input)),
  decideDispute: trainerProcedure
    .input(
      z.object({
        disputeId: idSchema,
        outcome: z.enum(["upheld", "declined"]),
        reason: z.string().trim().min(1, "Give the agent a reason.").max(2000),
        levels: levelsInput.nullish(),
      }),
    )
    .mutation(({ ctx, input }) => decideDispute(ctx.db, ctx.user, input)),
  disputeSummary: trainerProcedure.query(({ ctx }) => disputeSummary(ctx.db, ctx.user)),
});
