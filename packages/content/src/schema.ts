import { z } from "zod";
import { Policy } from "./policy";

export * from "./policy";

/**
 * The curriculum's shape. Every content item is data validated by these schemas; the web app,
 * the role-play engine and the trainer tools all read the inferred types.
 * Versions: bump `version` on any change a learner would notice, so an attempt records exactly
 * what it was scored against.
 */

export const TECHNIQUE_IDS = [
  "empathy",
  "apology",
  "reflection",
  "open_question",
  "ownership",
  "solution",
  "options",
  "expectation",
  "boundary",
  "escalation",
  "explanation",
  "follow_up",
] as const;
export const PITFALL_IDS = ["blame", "dismissive", "argue", "policy_wall", "jargon", "rude"] as const;
export const LABEL_IDS = [...TECHNIQUE_IDS, ...PITFALL_IDS] as const;

export const TechniqueId = z.enum(TECHNIQUE_IDS);
export const PitfallId = z.enum(PITFALL_IDS);
export const LabelId = z.enum(LABEL_IDS);
export type TechniqueId = z.infer<typeof TechniqueId>;
export type PitfallId = z.infer<typeof PitfallId>;
export type LabelId = z.infer<typeof LabelId>;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case kebab-case");
const text = z.string().trim().min(1);
const version = z.number().int().positive();

export const TaxonomyEntry = z.object({
  id: LabelId,
  kind: z.enum(["technique", "pitfall"]),
  name: text,
  definition: text,
  examples: z.array(text).min(2),
  mistakes: z.array(text).min(1),
});
export type TaxonomyEntry = z.infer<typeof TaxonomyEntry>;

export const QuizOption = z.object({
  id: id,
  text: text,
  correct: z.boolean(),
  explanation: text,
});
export const QuizQuestion = z
  .object({
    id: id,
    prompt: text,
    options: z.array(QuizOption).min(2).max(6),
  })
  .refine((q) => q.options.filter((o) => o.correct).length === 1, {
    message: "a question has exactly one correct option",
  });
export const Quiz = z.object({
  id: id,
  version,
  title: text,
  passMark: z.number().int().min(0).max(100),
  questions: z.array(QuizQuestion).min(1),
});
export type Quiz = z.infer<typeof Quiz>;
export type QuizQuestion = z.infer<typeof QuizQuestion>;

export const WorkedExample = z.object({
  situation: text,
  weak: text,
  strong: text,
  why: text,
});

export const Lesson = z.object({
  id: id,
  version,
  title: text,
  summary: text,
  estimatedMinutes: z.number().int().positive(),
  objectives: z.array(text).min(2),
  body: text, // markdown
  examples: z.array(WorkedExample).min(2),
  activity: z.object({ title: text, instructions: text }),
  quizId: id,
  /** Briefing lessons of the role-play module point at their practice scenario. */
  scenarioId: id.optional(),
});
export type Lesson = z.infer<typeof Lesson>;

export const ModuleKind = z.enum(["roleplay", "emotional-intelligence", "communication-workshop"]);
export type ModuleKind = z.infer<typeof ModuleKind>;
export const Module = z.object({
  id: id,
  version,
  kind: ModuleKind,
  title: text,
  description: text,
  estimatedMinutes: z.number().int().positive(),
  lessons: z.array(Lesson).min(1),
});
export type Module = z.infer<typeof Module>;

/** A simulated customer's line. `mild` is the toned-down wording used at reduced intensity. */
export const CustomerLine = z.union([text, z.object({ text: text, mild: text.optional() })]);
export type CustomerLine = z.infer<typeof CustomerLine>;

export const DiscoverableFact = z.object({
  id: id,
  fact: text, // what the agent learns (shown in the debrief)
  /** Words in an agent's question that make the customer reveal it (any one matches). */
  askedAbout: z.array(text).min(1),
  customerLine: text, // how the customer reveals it
});

export const BranchChoice = z.object({
  id: id,
  text: text,
  feedback: text,
  tensionDelta: z.number().int().min(-50).max(50),
  labels: z.array(LabelId),
  next: id.nullable(), // null ends the conversation
});
export const BranchNode = z.object({
  id: id,
  customerLine: text,
  /** Set on end nodes: how the conversation ended. */
  outcome: z.enum(["resolved", "escalated", "ongoing"]).optional(),
  choices: z.array(BranchChoice).max(4),
});
export const Branching = z.object({
  startNodeId: id,
  nodes: z.array(BranchNode).min(2),
});
export type Branching = z.infer<typeof Branching>;
export type BranchNode = z.infer<typeof BranchNode>;

export const Scenario = z.object({
  id: id,
  version,
  title: text,
  summary: text,
  customerType: z.enum(["upset", "confused", "angry", "abusive", "inflexible"]),
  difficulty: z.enum(["foundation", "intermediate", "advanced"]),
  contentWarning: text.optional(),
  persona: z.object({
    name: text,
    situation: text,
    wants: text,
    emotionalState: text,
    inflamedBy: z.array(text).min(2),
    calmedBy: z.array(text).min(2),
    facts: z.array(DiscoverableFact).min(1),
  }),
  openingLine: text,
  startTension: z.number().int().min(0).max(100),
  /** Allowed remedies and forbidden rules as structured data (see ./policy.ts). */
  policy: Policy,
  /** Customer lines grouped by state, picked by the simulated customer. */
  lines: z.object({
    calmer: z.array(CustomerLine).min(4),
    same: z.array(CustomerLine).min(4),
    angrier: z.array(CustomerLine).min(4),
    resolved: z.array(CustomerLine).min(2),
    escalated: z.array(CustomerLine).min(2),
  }),
  /** Persona-specific tuning for the simulated customer. */
  engine: z.object({
    /** Tension change per label in one agent turn (negative calms). Missing labels use engine defaults. */
    effects: z.partialRecord(LabelId, z.number().int().min(-40).max(40)),
    /** Resolved when tension is at most this and every group has had at least one of its labels. */
    resolveAtOrBelow: z.number().int().min(0).max(100),
    needs: z.array(z.array(LabelId).min(1)),
  }),
  rubricId: id,
  branching: Branching,
});
export type Scenario = z.infer<typeof Scenario>;

export const Criterion = z.object({
  id: id,
  title: text,
  description: text,
  weight: z.number().int().positive(),
  /** Descriptors for levels 0..4. */
  levels: z.tuple([text, text, text, text, text]),
  evidenceFor: z.array(LabelId),
  evidenceAgainst: z.array(LabelId),
});
export type Criterion = z.infer<typeof Criterion>;

export const CriticalBehaviour = z.object({
  id: id,
  description: text,
  /** A pitfall that triggers it, or "forbidden_promise" for breaking a forbidden policy rule. */
  trigger: z.union([PitfallId, z.literal("forbidden_promise")]),
});

export const Rubric = z
  .object({
    id: id,
    version,
    title: text,
    passMark: z.number().int().min(0).max(100),
    criteria: z.array(Criterion).min(3),
    critical: z.array(CriticalBehaviour).min(1),
  })
  .refine((r) => r.criteria.reduce((s, c) => s + c.weight, 0) === 100, {
    message: "criterion weights must sum to 100",
  });
export type Rubric = z.infer<typeof Rubric>;

export const Catalogue = z.object({
  modules: z.array(Module),
  scenarios: z.array(Scenario),
  rubrics: z.array(Rubric),
  quizzes: z.array(Quiz),
  techniques: z.array(TaxonomyEntry),
});
export type Catalogue = z.infer<typeof Catalogue>;

export const SCENARIO_IDS = [
  "billing-error",
  "misled-features",
  "refund-demand",
  "abusive-caller",
  "policy-exception",
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];
export const MODULE_IDS = ["roleplay-practice", "emotional-intelligence", "communication-workshops"] as const;
