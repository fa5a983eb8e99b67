import { communicationWorkshopQuizzes } from "./communication-workshops";
import { emotionalIntelligenceQuizzes } from "./emotional-intelligence";
import { roleplayPracticeQuizzes } from "./roleplay-practice";

import type { QuizInput } from "../input-types";

export type { QuizInput };

/** The knowledge-check banks, one file per module, gathered for the catalogue. */
export const quizzesData: QuizInput[] = [...roleplayPracticeQuizzes, ...emotionalIntelligenceQuizzes, ...communicationWorkshopQuizzes];
