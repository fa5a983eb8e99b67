import { z } from "zod";
import { Policy } from "./policy";

export * from "./policy";

/**
 * The curriculum's shape. Every content item is data validated by these schemas; the web app,
 * the role-play engine and the trainer tools all read the inferred types.
 * Versions: bump `version` on any change a learner would notice, so an attempt records exactly
 * what it was scored against.
 */

export const TECHNIQUE_IDS = ["empathy", "apology", "reflection", "open_question", "ownership", "solution", "options", "expectation", "boundary", "escalation", "explanation", "follow_up"] as const;
export const PITFALL_IDS = ["blame", "dismissive", "argue", "policy_wall", "jargon", "rude"] as const;
export const LABEL_IDS = [...TECHNIQUE_IDS, ...PITFALL_IDS] as const;
const PITFALL_SET: ReadonlySet<string> = new Set(PITFALL_IDS);
/** Whether a label id names a pitfall (something to avoid) rather than a technique. */
export const isPitfall = (id: string): boolean => PITFALL_SET.has(id);

export const TechniqueId = z.enum(TECHNIQUE_IDS);
export const PitfallId = z.enum(PITFALL_IDS);
export const LabelId = z.enum(LABEL_IDS);
export type TechniqueId = z.infer<typeof TechniqueId>;
export type PitfallId = z.infer<typeof PitfallId>;
export type LabelId = z.infer<typeof LabelId>;

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case kebab-case");
const text = z.string().trim().min(1, "must not be empty");
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
/**
 * A knowledge check: `questions` is its bank, and each attempt draws `drawCount` of them (the app
 * picks and orders them, and shuffles each question's options, per learner and attempt).
 */
export const Quiz = z
  .object({
    id: id,
    version,
    title: text,
    passMark: z.number().int().min(0).max(100),
    questions: z.array(QuizQuestion).min(1),
    drawCount: z.number().int().positive(),
  })
  .refine((q) => q.drawCount <= q.questions.length, { message: "drawCount cannot exceed the number of questions in the bank" });
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
  /** Computed when the catalogue loads (see estimate.ts) from words and activities; not authored. */
  estimatedMinutes: z.number().int().nonnegative().default(0),
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
  /** Computed when the catalogue loads (see estimate.ts) from words and activities; not authored. */
  estimatedMinutes: z.number().int().nonnegative().default(0),
  lessons: z.array(Lesson).min(1),
});
export type Module = z.infer<typeof Module>;

/**
 * When a customer line may be said. Preconditions (`offered`, `addressed`, `unmet`, `revealed`) must
 * all hold; triggers (`labels`, `topics`) make a line preferred over generic ones when the agent's turn
 * shows one of them. A line without `when` is a generic fallback.
 */
export const LineWhen = z.object({
  /** Trigger: the turn shows one of these (a technique only counts when it engaged with the call). */
  labels: z.array(LabelId).optional(),
  /** Trigger: the turn mentions one of these topics (scenario.engine.topics ids). */
  topics: z.array(id).optional(),
  /** Trigger: the turn asked a question. */
  asked: z.boolean().optional(),
  /** Trigger: the turn broke one of these forbidden rules (scenario.policy.forbidden ids): the customer hears a generous promise. */
  breached: z.array(id).optional(),
  /**
   * Trigger: the turn had no substance (no technique that engaged, no remedy, no topic of the call, no
   * pitfall): the customer presses for what she still needs, by name.
   */
  idle: z.boolean().optional(),
  /** Trigger: the turn asked for her details (an account, order or membership number, a name, a postcode). */
  details: z.boolean().optional(),
  /** Trigger: the turn was a script (technique words strung together, a wall of them, or a sentence said before). */
  scripted: z.boolean().optional(),
  /** Precondition: the turn itself names every one of these topics (a line that quotes "Friday" back needs the agent to have said it). */
  said: z.array(id).optional(),
  /** Precondition: every one of these remedies (scenario.policy.allowed ids) has been offered. */
  offered: z.array(id).optional(),
  /** Precondition: none of these remedies has been offered. */
  notOffered: z.array(id).optional(),
  /** Precondition: these concerns (scenario.engine.concerns ids) have been dealt with. */
  addressed: z.array(id).optional(),
  /** Precondition: these concerns are still open. */
  unmet: z.array(id).optional(),
  /** Precondition: these persona facts have been told. */
  revealed: z.array(id).optional(),
});
export type LineWhen = z.infer<typeof LineWhen>;

/** A simulated customer's line. `mild` is the toned-down wording used at reduced intensity. */
export const CustomerLine = z.union([
  text,
  z.object({
    text: text,
    mild: text.optional(),
    when: LineWhen.optional(),
    /** The line insults or swears at the agent (the abusive caller's abuse the agent may answer with a warning). */
    abusive: z.boolean().optional(),
  }),
]);
export type CustomerLine = z.infer<typeof CustomerLine>;

/** Text with each of the given placeholders in it (`$nth`, `$day`…), which the engine fills in. */
const withSlots = (...slots: string[]) => text.refine((t) => slots.every((x) => t.includes(x)), { message: `must contain ${slots.join(" and ")}` });
/**
 * What the simulated customer says that answers the form of the agent's turn rather than a topic of her call: a pick from an
 * either-or between courses that are not remedies, her word that a booked day or time is not the one she gave, a check that
 * an email has come through. A scenario may word any of them for its persona (`words`); the rest come from
 * `DEFAULT_CUSTOMER_WORDS`, the one shared default. On a chat the engine puts them in her style (lower case).
 */
export const CustomerWords = z.object({
  /** An either-or whose courses do nothing for her ("keep trying, or try later"). */
  neither: text,
  neitherAngrier: text,
  /** An either-or with one course that does something: she picks it by its place (`$nth`: first, second, third). */
  nth: withSlots("$nth"),
  nthAngrier: withSlots("$nth"),
  /** An either-or put as two courses she can name: she names the one she picks (`$option`, the agent's words). */
  picks: withSlots("$option"),
  /** A call back or visit booked on a day (`$day`) other than the one she gave (`$mine`), before her answer to the rest. */
  otherDay: withSlots("$day", "$mine"),
  /** The same for a time of day: the agent's (`$time`) and hers (`$mine`). */
  otherTime: withSlots("$time", "$mine"),
  /** Asked to check that an email or text has arrived while still on the call. */
  arrived: text,
  /** Asked for details she has already given in this call. */
  detailsAgain: text,
  /** A time frame that names no day (`$frame`: "a few working days") given for what she rang for. */
  frame: withSlots("$frame"),
  /** A question hinting that she caused it ("double charges usually happen when people put the card in twice"): her answer to it. */
  notMyDoing: text,
  /** The fault put on a colleague or another team ("that's the weekend team, nothing to do with us"): her answer to it. */
  blamedElsewhere: text,
  /** Options announced and not named ("There are two options available to you"): she asks what they are. */
  whatOptions: text,
});
export type CustomerWords = z.infer<typeof CustomerWords>;

/** Words that show an agent's turn is about this call: a remedy, an amount, a date, a persona fact. */
export const EngineTopic = z.object({
  id: id,
  /** Lower-case words or phrases, matched on word boundaries in the agent's normalised words. */
  terms: z.array(text).min(1),
  /** The allowed remedy (scenario.policy.allowed id) this topic names, if any. */
  remedy: id.optional(),
});
export type EngineTopic = z.infer<typeof EngineTopic>;

/** Something the persona needs dealt with before the call can resolve (a deadline, the real worry). */
export const EngineConcern = z.object({
  id: id,
  description: text,
  /** The persona fact that voices it; the customer raises it herself if the agent never asks. */
  fact: id.optional(),
  /** Topics (engine.topics ids) one of which the agent must name... */
  topics: z.array(id).min(1),
  /** ...in a turn that shows one of these techniques, engaged. */
  by: z.array(LabelId).min(1),
  /** What the customer says when everything else is settled but this is not. */
  raise: CustomerLine,
});
export type EngineConcern = z.infer<typeof EngineConcern>;

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
  /** How the customer reaches us: a phone call, or a written chat (the customer's lines are chat messages). */
  channel: z.enum(["phone", "chat"]).default("phone"),
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
  /** The opening at reduced intensity, where the full one insults or swears. */
  openingLineMild: text.optional(),
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
    /** After the call is resolved: answers to a satisfaction check or a last word. */
    closing: z.array(CustomerLine).default([]),
    /** When the agent ends an abusive call properly (after a warning, calmly, with a way back). */
    ended: z.array(CustomerLine).default([]),
    /** When the agent ends the call without the warning, the calm or the way back it needed. */
    cutOff: z.array(CustomerLine).default([]),
  }),
  /** Her words for the form of a turn (see `CustomerWords`), where this persona says them her own way; the rest are the shared default. */
  words: CustomerWords.partial().optional(),
  /** Persona-specific tuning for the simulated customer. */
  engine: z.object({
    /** Tension change per label in one agent turn (negative calms). Missing labels use engine defaults. */
    effects: z.partialRecord(LabelId, z.number().int().min(-40).max(40)),
    /** Resolved when tension is at most this and every group has had at least one of its labels. */
    resolveAtOrBelow: z.number().int().min(0).max(100),
    needs: z.array(z.array(LabelId).min(1)),
    /** What makes a turn about this call rather than about calls in general. */
    topics: z.array(EngineTopic).default([]),
    /** The persona's key worries; every one must be dealt with before the call resolves. */
    concerns: z.array(EngineConcern).default([]),
    /** Turns at the start in which even a bad move cannot end the call, so recovery can be practised. */
    grace: z.number().int().min(0).max(3).default(0),
    /** Largest fall in tension one turn can earn, however many techniques it names. */
    maxDropPerTurn: z.number().int().min(1).max(100).default(20),
    /**
     * How the agent may end an abusive call: after a warning (an engaged `boundary`), if the abuse
     * goes on, a turn naming `endTopic` calmly, with `wayBackTopic` (a call back, a way to return), ends it.
     */
    endCall: z.object({ endTopic: id, wayBackTopic: id }).optional(),
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
  /**
   * Who scores it: the engine from the labels above, or the trainer on review, where it needs detection
   * the engine does not have (ID&V, complaint signposting, documentation, vulnerability). The engine
   * leaves a trainer-scored criterion out of its provisional total and the scorecard says "scored by
   * your trainer".
   */
  scoredBy: z.enum(["engine", "trainer"]).default("engine"),
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
  "bereavement",
  "cancellation",
  "repeat-contact",
  "persistent-abuse",
  "chat-complaint",
] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];
export const MODULE_IDS = ["roleplay-practice", "emotional-intelligence", "communication-workshops"] as const;
