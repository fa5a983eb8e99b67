import type { z } from "zod";
import type { Quiz } from "../../schema";
import { communicationWorkshopQuizzes } from "../modules/communication-workshops";
import { emotionalIntelligenceQuizzes } from "../modules/emotional-intelligence";
import { roleplayPracticeQuizzes } from "../modules/roleplay-practice";

export type QuizInput = z.input<typeof Quiz>;

/** Each lesson's knowledge check lives beside its lesson; this gathers them for the catalogue. */
export const quizzesData: QuizInput[] = [...roleplayPracticeQuizzes, ...emotionalIntelligenceQuizzes, ...communicationWorkshopQuizzes];
