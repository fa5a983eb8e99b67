import xapiValidation from "@learninglocker/xapi-validation";
import { v5 as uuidv5 } from "uuid";

/**
 * xAPI 1.0.3 statements for what a person does in Defuse. Verbs are ADL's (and the TinCan
 * registry's "earned") where one fits; Defuse's own verb, activity type and result extensions are
 * IRIs under the installation's activity profile (`<base>/api/xapi/profile/<term>`), which that
 * URL describes. Every statement id is a UUID v5 of the event it records, so deriving the same
 * event twice gives the same statement and the LRS (and our outbox) keep one.
 */

const NAMESPACE = "3b5f7c2e-6a55-4a0f-9c1e-5d3e0b7d2a10";
export const statementId = (eventKey: string) => uuidv5(eventKey, NAMESPACE);

export const VERBS = {
  launched: "http://adlnet.gov/expapi/verbs/launched",
  completed: "http://adlnet.gov/expapi/verbs/completed",
  answered: "http://adlnet.gov/expapi/verbs/answered",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
  initialized: "http://adlnet.gov/expapi/verbs/initialized",
  interacted: "http://adlnet.gov/expapi/verbs/interacted",
  earned: "http://id.tincanapi.com/verb/earned",
} as const;
export type VerbKey = keyof typeof VERBS | "reviewReleased";

const ACTIVITY_TYPES = {
  lesson: "http://adlnet.gov/expapi/activities/lesson",
  check: "http://adlnet.gov/expapi/activities/assessment",
  question: "http://adlnet.gov/expapi/activities/cmi.interaction",
  scenario: "http://adlnet.gov/expapi/activities/simulation",
} as const;

/** Defuse's own terms: described by the activity profile served at `<base>/api/xapi/profile`. */
export const profileTerms = (base: string) => {
  const t = (term: string) => `${base}/api/xapi/profile/${term}`;
  return {
    profile: `${base}/api/xapi/profile`,
    reviewReleased: t("verbs/review-released"),
    certificateType: t("activities/certificate"),
    reviewType: t("activities/review"),
    techniques: t("extensions/techniques"),
    pitfalls: t("extensions/pitfalls"),
    tension: t("extensions/tension"),
    turn: t("extensions/turn"),
    outcome: t("extensions/outcome"),
    critical: t("extensions/critical-behaviour"),
    contentVersion: t("extensions/content-version"),
  };
};

export interface Person {
  id: string;
  name: string;
  email: string;
}
export interface StatementContext {
  /** The installation's public URL (the actor account's homePage and every activity id's base). */
  base: string;
  actorMode: "account" | "email";
}

const verbDisplay: Record<VerbKey, string> = {
  launched: "launched",
  completed: "completed",
  answered: "answered",
  passed: "passed",
  failed: "failed",
  initialized: "initialized",
  interacted: "interacted",
  earned: "earned",
  reviewReleased: "received a released review of",
};

export function actorOf(ctx: StatementContext, p: Person) {
  return ctx.actorMode === "email"
    ? { objectType: "Agent", name: p.name, mbox: `mailto:${p.email}` }
    : { objectType: "Agent", name: p.name, account: { homePage: ctx.base, name: p.id } };
}

function verb(ctx: StatementContext, key: VerbKey) {
  const id = key === "reviewReleased" ? profileTerms(ctx.base).reviewReleased : VERBS[key];
  return { id, display: { "en-GB": verbDisplay[key] } };
}

export interface ActivityRef {
  id: string;
  type: keyof typeof ACTIVITY_TYPES | "certificate" | "review";
  name: string;
  /** For a question: its choices, and the correct one. */
  choices?: { id: string; text: string }[];
  correct?: string;
}

function activity(ctx: StatementContext, a: ActivityRef) {
  const terms = profileTerms(ctx.base);
  const type = a.type === "certificate" ? terms.certificateType : a.type === "review" ? terms.reviewType : ACTIVITY_TYPES[a.type];
  return {
    objectType: "Activity",
    id: a.id,
    definition: {
      type,
      name: { "en-GB": a.name.slice(0, 200) },
      ...(a.choices
        ? {
            interactionType: "choice",
            correctResponsesPattern: a.correct ? [a.correct] : [],
            choices: a.choices.map((c) => ({ id: c.id, description: { "en-GB": c.text.slice(0, 500) } })),
          }
        : {}),
    },
  };
}

export interface StatementInput {
  eventKey: string;
  verb: VerbKey;
  person: Person;
  object: ActivityRef;
  timestamp: Date;
  result?: {
    score?: { raw: number; min?: number; max?: number };
    success?: boolean;
    completion?: boolean;
    response?: string;
    extensions?: Record<string, unknown>;
  };
  /** The attempt this belongs to (becomes the context's registration UUID). */
  attemptId?: string;
  parent?: ActivityRef;
  contextExtensions?: Record<string, unknown>;
}

export function buildStatement(ctx: StatementContext, s: StatementInput) {
  const r = s.result;
  const score = r?.score ? { raw: r.score.raw, min: r.score.min ?? 0, max: r.score.max ?? 100, scaled: Math.round((r.score.raw / (r.score.max ?? 100)) * 1000) / 1000 } : undefined;
  const statement = {
    id: statementId(s.eventKey),
    actor: actorOf(ctx, s.person),
    verb: verb(ctx, s.verb),
    object: activity(ctx, s.object),
    ...(r
      ? {
          result: {
            ...(score ? { score } : {}),
            ...(r.success !== undefined ? { success: r.success } : {}),
            ...(r.completion !== undefined ? { completion: r.completion } : {}),
            ...(r.response !== undefined ? { response: r.response } : {}),
            ...(r.extensions ? { extensions: r.extensions } : {}),
          },
        }
      : {}),
    context: {
      platform: "Defuse",
      language: "en-GB",
      ...(s.attemptId ? { registration: statementId(`registration:${s.attemptId}`) } : {}),
      ...(s.parent ? { contextActivities: { parent: [activity(ctx, s.parent)] } } : {}),
      ...(s.contextExtensions ? { extensions: s.contextExtensions } : {}),
    },
    timestamp: s.timestamp.toISOString(),
    version: "1.0.3",
  };
  return statement;
}
export type Statement = ReturnType<typeof buildStatement>;

/** The xAPI 1.0.3 rules (a maintained validator): an empty list means valid. */
// The package is CommonJS with a default export; ESM and bundlers see it one level down or not.
const validateStatement = ((xapiValidation as unknown as { default?: unknown }).default ?? xapiValidation) as (data: unknown) => unknown[];

export function statementProblems(statement: unknown): string[] {
  return validateStatement(statement).map((w) => {
    const o = w as unknown as { path?: (string | number)[]; message?: string; constructor?: { name?: string } };
    const path = Array.isArray(o.path) && o.path.length ? o.path.join(".") : "statement";
    return `${path}: ${o.message ?? o.constructor?.name ?? "invalid"}`;
  });
}
