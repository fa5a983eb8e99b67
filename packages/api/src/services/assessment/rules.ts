import type { Db } from "@defuse/db";
import type { SessionUser } from "../../context";
import { recordAudit } from "../audit/recordAudit";
import { catalogue } from "@defuse/content";
import { findModule, findQuiz, findScenario, moduleQuizIds } from "../learner/content";
import { invalid } from "../../errors";

/** The pass rules of one module's final assessment. */
export interface AssessmentRules {
  questionCount: number;
  knowledgePassMark: number;
  scenarioId: string;
  roleplayPassMark: number;
  maxAttempts: number;
  cooldownSeconds: number;
}

/** The assessed role-play of each module unless an admin picks another. */
const DEFAULT_SCENARIO: Record<string, string> = {
  "roleplay-practice": "billing-error",
  "emotional-intelligence": "abusive-caller",
  "communication-workshops": "misled-features",
};

export function defaultRules(moduleId: string): AssessmentRules {
  return {
    questionCount: 6,
    knowledgePassMark: 80,
    scenarioId: DEFAULT_SCENARIO[moduleId] ?? "billing-error",
    roleplayPassMark: 70,
    maxAttempts: 3,
    cooldownSeconds: 24 * 60 * 60,
  };
}

/** Questions a module's knowledge test can draw from: every question in its lessons' banks. */
export function moduleQuestionPool(moduleId: string) {
  return moduleQuizIds(findModule(moduleId)).flatMap((quizId) => findQuiz(quizId).questions.map((question) => ({ quizId, question })));
}

export async function rulesFor(db: Db, orgId: string, moduleId: string): Promise<AssessmentRules> {
  findModule(moduleId);
  const row = await db.assessmentPolicy.findFirst({ where: { orgId, moduleId } });
  if (!row) return defaultRules(moduleId);
  const { questionCount, knowledgePassMark, scenarioId, roleplayPassMark, maxAttempts, cooldownSeconds } = row;
  return { questionCount, knowledgePassMark, scenarioId, roleplayPassMark, maxAttempts, cooldownSeconds };
}

/** The rules for every module, as the admin page shows them. */
export async function listRules(db: Db, actor: SessionUser) {
  const rows = await db.assessmentPolicy.findMany({ where: { orgId: actor.orgId } });
  return catalogue.modules.map((m) => {
    const row = rows.find((r) => r.moduleId === m.id);
    return { moduleId: m.id, moduleTitle: m.title, custom: !!row, rules: row ? (({ questionCount, knowledgePassMark, scenarioId, roleplayPassMark, maxAttempts, cooldownSeconds }) => ({ questionCount, knowledgePassMark, scenarioId, roleplayPassMark, maxAttempts, cooldownSeconds }))(row) : defaultRules(m.id) };
  });
}

/** An admin sets a module's pass rules (audited). */
export async function setRules(db: Db, actor: SessionUser, input: AssessmentRules & { moduleId: string }) {
  findModule(input.moduleId);
  findScenario(input.scenarioId);
  if (input.questionCount > moduleQuestionPool(input.moduleId).length) throw invalid("The knowledge test cannot ask more questions than the module's banks hold.", "questionCount");
  const { moduleId, ...rules } = input;
  return db.$transaction(async (tx) => {
    const before = await tx.assessmentPolicy.findFirst({ where: { orgId: actor.orgId, moduleId } });
    const row = await tx.assessmentPolicy.upsert({
      where: { orgId_moduleId: { orgId: actor.orgId, moduleId } },
      create: { orgId: actor.orgId, moduleId, ...rules },
      update: rules,
    });
    await recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.id,
      action: "assessment.rules",
      targetType: "module",
      targetId: moduleId,
      before: before ?? defaultRules(moduleId),
      after: rules,
    });
    return { moduleId, rules: { ...rules }, updatedAt: row.updatedAt };
  });
}
