import type { z } from "zod";
import type { Catalogue } from "../schema";
import { modulesData } from "./modules";
import { quizzesData } from "./quizzes";
import { rubricsData } from "./rubrics";
import { scenariosData } from "./scenarios";
import { taxonomyData } from "./taxonomy";

/** The catalogue as authored, before validation. */
export const rawCatalogue: z.input<typeof Catalogue> = {
  modules: modulesData,
  scenarios: scenariosData,
  rubrics: rubricsData,
  quizzes: quizzesData,
  techniques: taxonomyData,
};
