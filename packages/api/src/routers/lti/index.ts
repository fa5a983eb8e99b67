import { z } from "zod";
import { idSchema, ltiRegistrationInput } from "../../schemas";
import { ltiConfig } from "../../services/lti/config";
import { listGradeJobs, retryGradeJob } from "../../services/lti/gradeJobs";
import { createRegistration, createRegistrationLink, deleteRegistration, listRegistrations, rotateRegistrationKey, setInstructorPolicy, updateRegistration } from "../../services/lti/registrations";
import { listContexts, syncRoster } from "../../services/lti/roster";
import { adminProcedure, router, trainerProcedure } from "../../trpc";

/** LTI 1.3 platforms of the caller's organisation (admin › Integrations). */
export const ltiRouter = router({
  listRegistrations: adminProcedure.query(({ ctx }) => listRegistrations(ctx.db, ctx.user)),
  createRegistration: adminProcedure.input(ltiRegistrationInput).mutation(({ ctx, input }) => createRegistration(ctx.db, ctx.user, input, ltiConfig().secret)),
  updateRegistration: adminProcedure.input(ltiRegistrationInput.extend({ id: idSchema })).mutation(({ ctx, input }) => updateRegistration(ctx.db, ctx.user, input)),
  /** Whether this platform's LMS Instructors become trainers on first launch (default: learners). */
  setInstructorPolicy: adminProcedure.input(z.object({ id: idSchema, instructorsBecomeTrainers: z.boolean() })).mutation(({ ctx, input }) => setInstructorPolicy(ctx.db, ctx.user, input)),
  deleteRegistration: adminProcedure.input(z.object({ id: idSchema })).mutation(({ ctx, input }) => deleteRegistration(ctx.db, ctx.user, input)),
  rotateKey: adminProcedure.input(z.object({ id: idSchema })).mutation(({ ctx, input }) => rotateRegistrationKey(ctx.db, ctx.user, input, ltiConfig().secret)),
  gradeJobs: adminProcedure.query(({ ctx }) => listGradeJobs(ctx.db, ctx.user)),
  retryGradeJob: adminProcedure.input(z.object({ id: z.string().uuid() })).mutation(({ ctx, input }) => retryGradeJob(ctx.db, ctx.user, input)),
  registrationLink: adminProcedure.mutation(({ ctx }) => createRegistrationLink(ctx.db, ctx.user, ltiConfig())),
  /** LMS courses seen in launches, for the roster sync (trainers and admins). */
  contexts: trainerProcedure.query(({ ctx }) => listContexts(ctx.db, ctx.user)),
  /** Names and Role Provisioning: the course's learners into a cohort (added, removed with history kept). */
  syncRoster: trainerProcedure.input(z.object({ contextId: idSchema, cohortId: idSchema })).mutation(({ ctx, input }) => syncRoster(ctx.db, ctx.user, input, ltiConfig().secret)),
});
