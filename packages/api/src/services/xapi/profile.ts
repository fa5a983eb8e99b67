import { VERBS, profileTerms } from "./statements";

/**
 * Defuse's activity profile: the verbs, activity types and extensions its statements use, with
 * what each means, served at `<base>/api/xapi/profile` (an xAPI Profile 1.0 style JSON-LD
 * document) so the IRIs in an LRS can be looked up.
 */
export function activityProfile(base: string) {
  const t = profileTerms(base);
  const concept = (id: string, type: string, name: string, definition: string, extra: Record<string, unknown> = {}) => ({
    id,
    type,
    inScheme: `${t.profile}/v1`,
    prefLabel: { "en-GB": name },
    definition: { "en-GB": definition },
    ...extra,
  });
  return {
    "@context": "https://w3id.org/xapi/profiles/context",
    id: t.profile,
    type: "Profile",
    conformsTo: "https://w3id.org/xapi/profiles#1.0",
    prefLabel: { "en-GB": "Defuse de-escalation training" },
    definition: { "en-GB": "Statements Defuse sends: lessons, knowledge checks, role-play calls with a simulated customer, trainer reviews and certificates." },
    versions: [{ id: `${t.profile}/v1`, generatedAtTime: "2026-12-04T00:00:00Z" }],
    author: { type: "Organization", name: "Defuse" },
    concepts: [
      concept(VERBS.launched, "Verb", "launched", "Opened a lesson."),
      concept(VERBS.completed, "Verb", "completed", "Finished a lesson, or finished a role-play call (result: score 0–100, success = passed, outcome extension)."),
      concept(VERBS.answered, "Verb", "answered", "Answered one question of a knowledge check (result: response = the option id, success = correct)."),
      concept(VERBS.passed, "Verb", "passed", "Passed a knowledge check (result: score 0–100)."),
      concept(VERBS.failed, "Verb", "failed", "Did not pass a knowledge check (result: score 0–100)."),
      concept(VERBS.initialized, "Verb", "initialized", "Started a role-play call."),
      concept(VERBS.interacted, "Verb", "interacted", "Said one thing in a role-play call (result extensions: turn, techniques, pitfalls, tension)."),
      concept(VERBS.earned, "Verb", "earned", "Was issued a certificate; the object id is its public verification page."),
      concept(t.reviewReleased, "Verb", "received a released review of", "A trainer released a review of the person's attempt or real call; the result is the official (trainer's) score."),
      concept(t.certificateType, "ActivityType", "certificate", "A Defuse certificate for passing a course's final assessment."),
      concept(t.reviewType, "ActivityType", "review", "A trainer's review of a real call or chat."),
      concept(t.turn, "ResultExtension", "turn", "The number of the agent's turn in the call (1 = first)."),
      concept(t.techniques, "ResultExtension", "techniques", "The de-escalation techniques found in the turn (taxonomy ids, e.g. empathy, reflection, ownership)."),
      concept(t.pitfalls, "ResultExtension", "pitfalls", "The pitfalls found in the turn (taxonomy ids: blame, dismissive, argue, policy_wall, jargon, rude)."),
      concept(t.tension, "ResultExtension", "tension", "The simulated customer's tension after the turn, 0 (calm) to 100 (furious)."),
      concept(t.outcome, "ResultExtension", "outcome", "How the call ended: resolved, escalated, ended (the agent ended an abusive call properly), cut-off or ongoing."),
      concept(t.critical, "ResultExtension", "critical behaviour", "The critical behaviour that failed the attempt, if any."),
      concept(t.contentVersion, "ContextExtension", "content version", "The version of the lesson or scenario the person used."),
    ],
  };
}
