export * from "./schema";
export { DEFAULT_CUSTOMER_WORDS, customerWords } from "./customer-words";
export { catalogue, catalogueVersion, contentVersion, taxonomy, getScenario, getRubric, getModule, getQuiz, getLesson, getTechnique, labelName, InvalidCatalogueError } from "./catalogue";
export { unfoundedPresuppositions, presuppositionProblems, type Presupposition } from "./presupposition";
export { validateCatalogue, checkIntegrity, checkBranching, branchingDepth, checkScenario, checkRubric } from "./integrity";
export { ScenarioBundle, formatPath, validateScenarioDocument, validateRubricDocument, validateDocument, documentJsonSchema, type AnyDocument, type DocumentResult } from "./document";
export { seededShuffle, drawQuiz, type DrawnQuestion } from "./draw";
export { fairnessReport, bankFairness, branchingFairness, branchingPaths, bestChoiceIndex, isFlaggedChoice, chiSquareUniform, type BranchPath } from "./fairness";
export { trainerPack, getJobAid, JobAid, TrainerPack } from "./trainer-pack";
