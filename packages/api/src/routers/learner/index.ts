import { z } from "zod";
import { attemptRefInput, lessonRefInput, saveReflectionInput, startAttemptInput, submitQuizInput, takeTurnInput } from "./schemas";
import * as attempts from "../../services/learner/attempts";
import { getAttempt } from "../../services/learner/attemptView";
import * as turns from "../../services/learner/turns";
import * as courses from "../../services/learner/courses";
import * as progress from "../../services/learner/progress";
import { protectedProcedure, router } from "../../trpc";

const contentId = z.object({ id: z.string().min(1).max(80) });

/**
 * The learner's daily tool. Every signed-in person can learn, so all of these are protectedProcedure;
 * the services scope every query by the caller's orgId and userId inside the WHERE.
 */
export const learnerRouter = router({
  // Courses, lessons and knowledge checks
  catalogue: protectedProcedure.query(({ ctx }) => courses.catalogueFor(ctx.db, ctx.user)),
  module: protectedProcedure.input(contentId).query(({ ctx, input }) => courses.moduleFor(ctx.db, ctx.user, input.id)),
  /** Opening a lesson records it as where the learner left off, hence a mutation. */
  openLesson: protectedProcedure.input(lessonRefInput).mutation(({ ctx, input }) => courses.openLesson(ctx.db, ctx.user, input)),
  completeLesson: protectedProcedure.input(lessonRefInput).mutation(({ ctx, input }) => courses.completeLesson(ctx.db, ctx.user, input)),
  quiz: protectedProcedure.input(lessonRefInput).query(({ ctx, input }) => courses.quizFor(ctx.db, ctx.user, input)),
  submitQuiz: protectedProcedure.input(submitQuizInput).mutation(({ ctx, input }) => courses.submitQuiz(ctx.db, ctx.user, input)),

  // Role-play practice
  scenarios: protectedProcedure.query(({ ctx }) => progress.scenariosFor(ctx.db, ctx.user)),
  scenario: protectedProcedure.input(contentId).query(({ ctx, input }) => progress.scenarioFor(ctx.db, ctx.user, input.id)),
  startAttempt: protectedProcedure.input(startAttemptInput).mutation(({ ctx, input }) => attempts.startAttempt(ctx.db, ctx.user, input)),
  attempt: protectedProcedure.input(attemptRefInput).query(({ ctx, input }) => getAttempt(ctx.db, ctx.user, input.attemptId)),
  takeTurn: protectedProcedure.input(takeTurnInput).mutation(({ ctx, input }) => turns.takeTurn(ctx.db, ctx.user, input)),
  hint: protectedProcedure.input(attemptRefInput).mutation(({ ctx, input }) => turns.hint(ctx.db, ctx.user, input)),
  finishAttempt: protectedProcedure.input(attemptRefInput).mutation(({ ctx, input }) => attempts.finishAttempt(ctx.db, ctx.user, input)),
  abandonAttempt: protectedProcedure.input(attemptRefInput).mutation(({ ctx, input }) => attempts.abandonAttempt(ctx.db, ctx.user, input)),
  saveReflection: protectedProcedure.input(saveReflectionInput).mutation(({ ctx, input }) => attempts.saveReflection(ctx.db, ctx.user, input)),

  // Progress and reflection
  progress: protectedProcedure.query(({ ctx }) => progress.progressFor(ctx.db, ctx.user)),
});
