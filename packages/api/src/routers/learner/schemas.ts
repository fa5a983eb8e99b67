/** Input schemas of the learner procedures (issue 6). The web client keeps its own copy of the limits. */
import { z } from "zod";
import { idSchema } from "../../schemas";

// ---- Learner (issue 6): courses, knowledge checks, role-play practice, reflection ----------------

export const TURN_MAX_CHARS = 2000;
const contentId = z.string().min(1).max(80);

/** What a learner says to the simulated customer. Counted in characters as people see them (emoji = 1). */
export const turnTextSchema = z
  .string()
  .trim()
  .min(1, "Type what you would say to the customer.")
  .superRefine((s, ctx) => {
    const n = [...s].length;
    if (n > TURN_MAX_CHARS) {
      ctx.addIssue({
        code: "custom",
        message: `Keep your reply under ${TURN_MAX_CHARS.toLocaleString("en-GB")} characters (it has ${n.toLocaleString("en-GB")}). Customers hear short, clear sentences best.`,
      });
    }
  });

export const lessonRefInput = z.object({ moduleId: contentId, lessonId: contentId });

export const submitQuizInput = lessonRefInput.extend({
  /** Which attempt the answers belong to (the number the check was shown with). */
  attemptNumber: z.number().int().min(1).max(10_000),
  answers: z.record(z.string().max(80), z.string().max(80)).refine((a) => Object.keys(a).length <= 100, "Too many answers."),
});

export const startAttemptInput = z.object({
  scenarioId: contentId,
  mode: z.enum(["freeText", "branching"]).default("freeText"),
  intensity: z.enum(["full", "reduced"]).optional(),
  /** Abandon the attempt in progress (if any) and begin again. */
  restart: z.boolean().optional(),
});

export const attemptRefInput = z.object({ attemptId: idSchema });

export const takeTurnInput = z
  .object({
    attemptId: idSchema,
    clientTurnId: z.string().min(8).max(64),
    text: turnTextSchema.optional(),
    choiceId: z.string().min(1).max(80).optional(),
  })
  .refine((v) => (v.text === undefined) !== (v.choiceId === undefined), {
    message: "Send either your reply or the choice you picked.",
    path: ["text"],
  });

const reflectionField = z
  .string()
  .trim()
  .refine((s) => [...s].length <= 2000, "Keep each answer under 2,000 characters.")
  .optional();

export const saveReflectionInput = z
  .object({
    attemptId: idSchema,
    wentWell: reflectionField,
    doDifferently: reflectionField,
    feeling: reflectionField,
    afterCall: reflectionField,
  })
  .refine((v) => [v.wentWell, v.doDifferently, v.feeling, v.afterCall].some((x) => x && x.length > 0), {
    message: "Write at least a few words before saving.",
    path: ["wentWell"],
  });
