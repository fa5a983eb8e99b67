import { z } from "zod";
import { idSchema } from "../../schemas";
import * as assessment from "../../services/assessment/assessment";
import * as certificates from "../../services/assessment/certificates";
import { listRules, setRules } from "../../services/assessment/rules";
import { adminProcedure, protectedProcedure, publicProcedure, router, trainerProcedure } from "../../trpc";

const moduleId = z.string().min(1).max(80);
const attemptRef = z.object({ attemptId: idSchema });

export const setRulesInput = z.object({
  moduleId,
  questionCount: z.number().int().min(3).max(40),
  knowledgePassMark: z.number().int().min(50).max(100),
  scenarioId: z.string().min(1).max(80),
  roleplayPassMark: z.number().int().min(50).max(100),
  maxAttempts: z.number().int().min(1).max(10),
  /** Seconds to wait after a failed sitting (0 to 30 days). */
  cooldownSeconds: z.number().int().min(0).max(30 * 24 * 3600),
});

/** A module's final assessment (learners sit it; admins set its pass rules). */
export const assessmentRouter = router({
  forModule: protectedProcedure.input(z.object({ moduleId })).query(({ ctx, input }) => assessment.assessmentFor(ctx.db, ctx.user, input.moduleId)),
  start: protectedProcedure.input(z.object({ moduleId })).mutation(({ ctx, input }) => assessment.startAssessment(ctx.db, ctx.user, input)),
  submitKnowledge: protectedProcedure
    .input(attemptRef.extend({ answers: z.record(z.string().max(200), z.string().max(80)).refine((a) => Object.keys(a).length <= 60, "Too many answers.") }))
    .mutation(({ ctx, input }) => assessment.submitKnowledge(ctx.db, ctx.user, input)),
  startRoleplay: protectedProcedure.input(attemptRef).mutation(({ ctx, input }) => assessment.startAssessedRoleplay(ctx.db, ctx.user, input)),
  finish: protectedProcedure.input(attemptRef).mutation(({ ctx, input }) => assessment.finishAssessment(ctx.db, ctx.user, input)),
  rules: adminProcedure.query(({ ctx }) => listRules(ctx.db, ctx.user)),
  setRules: adminProcedure.input(setRulesInput).mutation(({ ctx, input }) => setRules(ctx.db, ctx.user, input)),
});

/** Certificates: the holder's own, the organisation's (trainers), revocation (admins), public verification. */
export const certificateRouter = router({
  mine: protectedProcedure.query(({ ctx }) => certificates.myCertificates(ctx.db, ctx.user)),
  list: trainerProcedure.input(z.object({ moduleId: moduleId.nullish() }).optional()).query(({ ctx, input }) => certificates.listCertificates(ctx.db, ctx.user, input ?? {})),
  revoke: adminProcedure
    .input(z.object({ certificateId: idSchema, reason: z.string().trim().min(3, "Say why the certificate is revoked.").max(500) }))
    .mutation(({ ctx, input }) => certificates.revokeCertificate(ctx.db, ctx.user, input)),
  verify: publicProcedure.input(z.object({ code: z.string().trim().min(4).max(40) })).query(({ ctx, input }) => certificates.verifyCertificate(ctx.db, input.code)),
});
