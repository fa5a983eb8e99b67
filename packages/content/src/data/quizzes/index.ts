import { communicationWorkshopQuizzes } from "../modules/communication-workshops";
import { emotionalIntelligenceQuizzes } from "../modules/emotional-intelligence";
import { roleplayPracticeQuizzes } from "../modules/roleplay-practice";

import type { QuizInput } from "../input-types";

export type { QuizInput };

/** Each lesson's knowledge check lives beside its lesson; this gathers them for the catalogue. */
export const quizzesData: QuizInput[] = [...roleplayPracticeQuizzes, ...emotionalIntelligenceQuizzes, ...communicationWorkshopQuizzes];
