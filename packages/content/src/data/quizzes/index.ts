import type { z } from "zod";
import type { Quiz } from "../../schema";

export type QuizInput = z.input<typeof Quiz>;

export const quizzesData: QuizInput[] = [];
