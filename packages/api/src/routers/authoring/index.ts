import { z } from "zod";
import { idSchema } from "../../schemas";
import { MAX_DOCUMENT_CHARS, MAX_TITLE_CHARS } from "../../services/authoring/limits";
import { createScenario, getScenario, listScenarios, publishScenario, saveDraft, setArchived } from "../../services/authoring/manage";
import { finishPlaytest, getPlaytest, playtestHint, playtestTurn, startPlaytest } from "../../services/authoring/playtest";
import { exportScenario, importScenarios } from "../../services/authoring/transfer";
import { createRubric, getAuthoredRubric, listRubrics, publishRubric, saveRubricDraft, setRubricArchived } from "../../services/authoring/rubrics";
import { MAX_RUBRIC_CHARS } from "../../services/authoring/rubricCheck";
import { attemptRefInput, takeTurnInput } from "../learner/schemas";
import { router, trainerProcedure } from "../../trpc";

const MAX_IMPORT_FILES = 10;
const documentText = z
  .string()
  .min(2, "The document is empty.")
  .max(MAX_DOCUMENT_CHARS, `A scenario document may be at most ${MAX_DOCUMENT_CHARS.toLocaleString("en-GB")} characters.`);
const ref = z.object({ id: idSchema });
const rubricText = z
  .string()
  .min(2, "The rubric is empty.")
  .max(MAX_RUBRIC_CHARS, `A rubric may be at most ${MAX_RUBRIC_CHARS.toLocaleString("en-GB")} characters.`);

/** Organisation-authored scenarios (issue 13): trainers and admins. */
export const authoringRouter = router({
  list: trainerProcedure.query(({ ctx }) => listScenarios(ctx.db, ctx.user)),
  get: trainerProcedure.input(ref).query(({ ctx, input }) => getScenario(ctx.db, ctx.user, input)),
  /** Duplicate a built-in scenario (`from`), or start from the blank template. */
  create: trainerProcedure
    .input(z.object({ from: z.string().trim().min(1).max(80).nullish(), title: z.string().trim().max(MAX_TITLE_CHARS).nullish() }))
    .mutation(({ ctx, input }) => createScenario(ctx.db, ctx.user, input)),
  /** Stores the draft as typed (size-limited here, before it is parsed) and returns its field errors. */
  saveDraft: trainerProcedure.input(z.object({ id: idSchema, revision: z.number().int().min(0), text: documentText })).mutation(({ ctx, input }) => saveDraft(ctx.db, ctx.user, input)),
  publish: trainerProcedure.input(ref).mutation(({ ctx, input }) => publishScenario(ctx.db, ctx.user, input)),
  setArchived: trainerProcedure.input(ref.extend({ archived: z.boolean() })).mutation(({ ctx, input }) => setArchived(ctx.db, ctx.user, input)),
  export: trainerProcedure.input(z.object({ id: z.string().trim().min(1).max(80) })).query(({ ctx, input }) => exportScenario(ctx.db, ctx.user, input)),
  /** One or more bundles; all or nothing, every error returned with its document and path. */
  import: trainerProcedure
    .input(
      z.object({
        files: z
          .array(z.object({ name: z.string().trim().min(1).max(255), text: documentText }))
          .min(1, "Choose at least one file.")
          .max(MAX_IMPORT_FILES, `At most ${MAX_IMPORT_FILES} files at once.`),
      }),
    )
    .mutation(({ ctx, input }) => importScenarios(ctx.db, ctx.user, input)),

  // Play-testing a draft in the practice screen: the learner's turn, hint and finish inputs, on a
  // play-test session (its id passed as attemptId) that no learner record ever counts.
  startPlaytest: trainerProcedure.input(ref.extend({ mode: z.enum(["freeText", "branching"]) })).mutation(({ ctx, input }) => startPlaytest(ctx.db, ctx.user, input)),
  playtest: trainerProcedure.input(z.object({ sessionId: idSchema })).query(({ ctx, input }) => getPlaytest(ctx.db, ctx.user, input)),
  playtestTurn: trainerProcedure.input(takeTurnInput).mutation(({ ctx, input }) => playtestTurn(ctx.db, ctx.user, input)),
  playtestHint: trainerProcedure.input(attemptRefInput).mutation(({ ctx, input }) => playtestHint(ctx.db, ctx.user, input)),
  playtestFinish: trainerProcedure.input(attemptRefInput).mutation(({ ctx, input }) => finishPlaytest(ctx.db, ctx.user, input)),

  // The organisation's own rubrics, versioned like its scenarios.
  rubrics: trainerProcedure.query(({ ctx }) => listRubrics(ctx.db, ctx.user)),
  rubric: trainerProcedure.input(ref).query(({ ctx, input }) => getAuthoredRubric(ctx.db, ctx.user, input)),
  /** Duplicate a built-in rubric or one of the organisation's (`from` is its id). */
  createRubric: trainerProcedure
    .input(z.object({ from: z.string().trim().min(1).max(80), title: z.string().trim().max(MAX_TITLE_CHARS).nullish() }))
    .mutation(({ ctx, input }) => createRubric(ctx.db, ctx.user, input)),
  saveRubricDraft: trainerProcedure.input(z.object({ id: idSchema, revision: z.number().int().min(0), text: rubricText })).mutation(({ ctx, input }) => saveRubricDraft(ctx.db, ctx.user, input)),
  publishRubric: trainerProcedure.input(ref).mutation(({ ctx, input }) => publishRubric(ctx.db, ctx.user, input)),
  setRubricArchived: trainerProcedure.input(ref.extend({ archived: z.boolean() })).mutation(({ ctx, input }) => setRubricArchived(ctx.db, ctx.user, input)),
});
