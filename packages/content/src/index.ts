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
  InvalidCatalogueError,
} from "./catalogue";
export { validateCatalogue, checkIntegrity, checkBranching, branchingDepth } from "./integrity";
