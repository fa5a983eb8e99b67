export * from "./schema";
export {
  catalogue,
  taxonomy,
  getScenario,
  getRubric,
  getModule,
  getQuiz,
  getLesson,
  getTechnique,
  labelName,
  InvalidCatalogueError,
} from "./catalogue";
export { validateCatalogue, checkIntegrity, checkBranching, branchingDepth } from "./integrity";
export { seededShuffle, drawQuiz, type DrawnQuestion } from "./draw";
export { fairnessReport, bankFairness, branchingFairness, branchingPaths, bestChoiceIndex, isFlaggedChoice, chiSquareUniform, type BranchPath } from "./fairness";
export { trainerPack, getJobAid, JobAid, TrainerPack } from "./trainer-pack";
