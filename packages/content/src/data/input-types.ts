import type { z } from "zod";
import type { Module, Quiz } from "../schema";

/** What content files are written as (before zod defaults and transforms apply). */
export type ModuleInput = z.input<typeof Module>;
export type QuizInput = z.input<typeof Quiz>;
