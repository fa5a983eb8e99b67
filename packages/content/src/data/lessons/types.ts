import type { ModuleInput } from "../input-types";

/** A lesson as authored, before zod defaults apply (estimatedMinutes is computed, not written). */
export type LessonInput = ModuleInput["lessons"][number];
