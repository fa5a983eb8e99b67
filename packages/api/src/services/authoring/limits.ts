import { DEFAULT_EFFECTS } from "@defuse/roleplay";
import { TECHNIQUE_IDS, type Scenario } from "@defuse/content";

/**
 * Limits on authored scenarios (issue 13). The schemas say what is well formed; these keep an
 * organisation's documents to a size the editor, the engine and the database handle comfortably,
 * and refuse at publish a scenario the engine could not finish.
 */
export const MAX_DOCUMENT_CHARS = 200_000;
export const MAX_TEXT_CHARS = 1_000;
export const MAX_LINES_PER_GROUP = 40;
export const MAX_BRANCH_NODES = 40;
export const MAX_FACTS = 20;
export const MAX_RULES = 20;
export const MAX_TITLE_CHARS = 120;
/** How deeply a document may nest (a full scenario bundle nests 8 levels). */
export const MAX_DOCUMENT_DEPTH = 32;
/** The engine must be able to resolve the call within this many agent turns. */
export const RESOLVE_WITHIN_TURNS = 20;

export interface FieldError {
  path: string;
  message: string;
  /**
   * "finishability": the document is well formed but the engine could not finish it (checkPlayable).
   * Such a draft cannot be published, yet may be play-tested so the author can see why.
   */
  kind?: "finishability";
}

/** `"lines.calmer[3].text: must not be empty"` → `{ path, message }`; messages without a path name the document. */
export function toFieldError(line: string): FieldError {
  const at = line.indexOf(": ");
  return at > 0 ? { path: line.slice(0, at), message: line.slice(at + 2) } : { path: "(document)", message: line };
}

/** Every string longer than MAX_TEXT_CHARS, by path. */
function longTexts(value: unknown, path: string, out: FieldError[]) {
  if (typeof value === "string") {
    if (value.length > MAX_TEXT_CHARS) out.push({ path: path || "(document)", message: `at most ${MAX_TEXT_CHARS} characters (this has ${value.length})` });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => longTexts(v, `${path}[${i}]`, out));
  } else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) longTexts(v, path ? `${path}.${k}` : k, out);
  }
}

/** Sizes and counts beyond the limits above. */
export function checkLimits(s: Scenario): FieldError[] {
  const out: FieldError[] = [];
  longTexts(s, "", out);
  if (s.title.length > MAX_TITLE_CHARS) out.push({ path: "title", message: `at most ${MAX_TITLE_CHARS} characters` });
  for (const [group, lines] of Object.entries(s.lines)) {
    if (lines.length > MAX_LINES_PER_GROUP) out.push({ path: `lines.${group}`, message: `at most ${MAX_LINES_PER_GROUP} lines per group (this has ${lines.length})` });
  }
  if (s.branching.nodes.length > MAX_BRANCH_NODES) out.push({ path: "branching.nodes", message: `at most ${MAX_BRANCH_NODES} nodes` });
  if (s.persona.facts.length > MAX_FACTS) out.push({ path: "persona.facts", message: `at most ${MAX_FACTS} facts` });
  if (s.policy.allowed.length > MAX_RULES) out.push({ path: "policy.allowed", message: `at most ${MAX_RULES} remedies` });
  if (s.policy.forbidden.length > MAX_RULES) out.push({ path: "policy.forbidden", message: `at most ${MAX_RULES} rules` });
  return out;
}

const TECHNIQUES = new Set<string>(TECHNIQUE_IDS);

/**
 * Reasons the engine could not finish the scenario: a learner could never reach "resolved".
 * Each names the field to change.
 */
export function checkPlayable(s: Scenario): FieldError[] {
  const out: FieldError[] = [];
  s.engine.needs.forEach((group, i) => {
    if (!group.some((l) => TECHNIQUES.has(l))) {
      out.push({ path: `engine.needs[${i}]`, message: "no technique can meet this need (it lists only pitfalls); add a technique such as empathy or solution" });
    }
  });
  // The largest fall one turn can earn: every calming label at once, capped by maxDropPerTurn.
  const effects: Record<string, number> = { ...DEFAULT_EFFECTS, ...s.engine.effects };
  const bestCalm = -Object.values(effects).reduce((sum, v) => sum + Math.min(0, v), 0);
  const perTurn = Math.min(bestCalm, s.engine.maxDropPerTurn);
  if (s.startTension > s.engine.resolveAtOrBelow && s.startTension - perTurn * RESOLVE_WITHIN_TURNS > s.engine.resolveAtOrBelow) {
    out.push({
      path: "engine.resolveAtOrBelow",
      message: `unreachable: from start tension ${s.startTension}, at most ${perTurn} a turn, ${RESOLVE_WITHIN_TURNS} turns get no lower than ${Math.max(0, s.startTension - perTurn * RESOLVE_WITHIN_TURNS)}; raise resolveAtOrBelow or maxDropPerTurn, or lower the start tension`,
    });
  }
  const topics = new Map(s.engine.topics.map((t) => [t.id, t]));
  s.engine.concerns.forEach((c, i) => {
    const terms = c.topics.flatMap((t) => topics.get(t)?.terms ?? []);
    if (terms.length === 0) out.push({ path: `engine.concerns[${i}].topics`, message: "no topic with words the agent could say; name a topic from engine.topics that has terms" });
  });
  if (!s.branching.nodes.some((n) => n.outcome === "resolved" && reachable(s).has(n.id))) {
    out.push({ path: "branching.nodes", message: "no reachable end node has the outcome resolved, so the branching version can never be resolved" });
  }
  return out.map((e) => ({ ...e, kind: "finishability" }));
}

function reachable(s: Scenario): Set<string> {
  const byId = new Map(s.branching.nodes.map((n) => [n.id, n]));
  const seen = new Set<string>();
  const stack = [s.branching.startNodeId];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id) || !byId.has(id)) continue;
    seen.add(id);
    for (const c of byId.get(id)!.choices) if (c.next) stack.push(c.next);
  }
  return seen;
}
