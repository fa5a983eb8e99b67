import type { z } from "zod";
import { Catalogue, LABEL_IDS, type Branching, type Rubric, type Scenario } from "./schema";
import { checkCustomerModel } from "./engine-integrity";

/**
 * Checks the schemas cannot express: cross-references, unique ids and well-formed branching.
 * Every problem is a sentence naming the item and the field, so a content author can fix it
 * without reading a stack trace.
 */

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const i of ids) (seen.has(i) ? dup : seen).add(i);
  return [...dup];
}

/** Problems with one branching tree; `where` prefixes each message. */
export function checkBranching(branching: Branching, where: string): string[] {
  const problems: string[] = [];
  const byId = new Map(branching.nodes.map((n) => [n.id, n]));
  for (const d of duplicates(branching.nodes.map((n) => n.id))) problems.push(`${where}: duplicate node id '${d}'`);
  if (!byId.has(branching.startNodeId)) problems.push(`${where}: startNodeId '${branching.startNodeId}' is not a node`);

  for (const node of branching.nodes) {
    const at = `${where} node '${node.id}'`;
    for (const d of duplicates(node.choices.map((c) => c.id))) problems.push(`${at}: duplicate choice id '${d}'`);
    if (node.choices.length === 0 && !node.outcome) problems.push(`${at}: end node has no outcome`);
    if (node.choices.length > 0 && node.outcome) problems.push(`${at}: has an outcome but also choices`);
    if (node.choices.length > 0 && node.choices.length < 2) problems.push(`${at}: a decision needs at least 2 choices`);
    for (const c of node.choices) {
      if (c.next === null) {
        problems.push(`${at} choice '${c.id}': next is null; point it at an end node with an outcome instead`);
      } else if (!byId.has(c.next)) {
        problems.push(`${at} choice '${c.id}': next '${c.next}' does not exist`);
      }
    }
  }

  // Depth-first walk from the start: a back edge is a cycle (a path that may never end).
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string, trail: string[]): void => {
    const node = byId.get(id);
    if (!node) return;
    if (state.get(id) === "visiting") {
      problems.push(`${where}: cycle ${[...trail, id].join(" -> ")}`);
      return;
    }
    if (state.get(id) === "done") return;
    state.set(id, "visiting");
    for (const c of node.choices) if (c.next) visit(c.next, [...trail, id]);
    state.set(id, "done");
  };
  visit(branching.startNodeId, []);
  for (const node of branching.nodes) {
    if (!state.has(node.id)) problems.push(`${where} node '${node.id}': unreachable from the start`);
  }
  return problems;
}

/** The longest number of agent choices on any path from the start (assumes no cycles). */
export function branchingDepth(branching: Branching): number {
  const byId = new Map(branching.nodes.map((n) => [n.id, n]));
  const memo = new Map<string, number>();
  const depth = (id: string, guard: Set<string>): number => {
    const node = byId.get(id);
    if (!node || guard.has(id)) return 0;
    if (memo.has(id)) return memo.get(id)!;
    const next = new Set(guard).add(id);
    const d = node.choices.reduce((m, c) => Math.max(m, c.next ? 1 + depth(c.next, next) : 1), 0);
    memo.set(id, d);
    return d;
  };
  return depth(branching.startNodeId, new Set());
}

export function checkIntegrity(c: Catalogue): string[] {
  const problems: string[] = [];
  const rubricIds = new Set(c.rubrics.map((r) => r.id));
  const quizIds = new Set(c.quizzes.map((q) => q.id));
  const scenarioIds = new Set(c.scenarios.map((s) => s.id));

  const unique = (kind: string, ids: string[]) => {
    for (const d of duplicates(ids)) problems.push(`${kind} id '${d}' is used more than once`);
  };
  unique("module", c.modules.map((m) => m.id));
  unique("scenario", c.scenarios.map((s) => s.id));
  unique("rubric", c.rubrics.map((r) => r.id));
  unique("quiz", c.quizzes.map((q) => q.id));
  unique("technique", c.techniques.map((t) => t.id));
  unique("lesson", c.modules.flatMap((m) => m.lessons.map((l) => l.id)));

  const labelsCovered = new Set(c.techniques.map((t) => t.id));
  for (const l of LABEL_IDS) if (!labelsCovered.has(l)) problems.push(`techniques: label '${l}' has no taxonomy entry`);
  for (const t of c.techniques) {
    const pitfall = ["blame", "dismissive", "argue", "policy_wall", "jargon", "rude"].includes(t.id);
    if ((t.kind === "pitfall") !== pitfall) problems.push(`technique '${t.id}': kind '${t.kind}' is wrong`);
  }

  for (const m of c.modules) {
    for (const l of m.lessons) {
      const at = `module '${m.id}' lesson '${l.id}'`;
      if (!quizIds.has(l.quizId)) problems.push(`${at}: quizId '${l.quizId}' does not exist`);
      if (l.scenarioId && !scenarioIds.has(l.scenarioId)) problems.push(`${at}: scenarioId '${l.scenarioId}' does not exist`);
    }
  }

  for (const r of c.rubrics) {
    for (const cr of r.criteria) {
      for (const l of [...cr.evidenceFor, ...cr.evidenceAgainst]) {
        if (!labelsCovered.has(l)) problems.push(`rubric '${r.id}' criterion '${cr.id}': label '${l}' is not in the taxonomy`);
      }
      if (cr.scoredBy === "engine" && cr.evidenceFor.length + cr.evidenceAgainst.length === 0) {
        problems.push(`rubric '${r.id}' criterion '${cr.id}': no evidence labels (mark it scoredBy "trainer" if the engine cannot score it)`);
      }
    }
    unique(`rubric '${r.id}' criterion`, r.criteria.map((cr) => cr.id));
  }

  for (const s of c.scenarios) problems.push(...checkScenario(s, rubricIds));

  for (const q of c.quizzes) unique(`quiz '${q.id}' question`, q.questions.map((x) => x.id));
  return problems;
}

/** Cross-reference problems inside one scenario (and its rubric id against the rubrics it can use). */
export function checkScenario(s: Scenario, rubricIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const at = `scenario '${s.id}'`;
  const unique = (kind: string, ids: string[]) => {
    for (const d of duplicates(ids)) problems.push(`${kind} id '${d}' is used more than once`);
  };
  if (!rubricIds.has(s.rubricId)) problems.push(`${at}: rubricId '${s.rubricId}' does not exist`);
  unique(`${at} fact`, s.persona.facts.map((f) => f.id));
  unique(`${at} policy rule`, [...s.policy.allowed, ...s.policy.forbidden].map((p) => p.id));
  for (const rule of s.policy.forbidden) {
    for (const c of rule.breachWhen) {
      if (c.soonerThan?.weekday && !s.policy.callDay) {
        problems.push(`${at} forbidden rule '${rule.id}': a weekday bound needs policy.callDay`);
      }
    }
  }
  problems.push(...checkBranching(s.branching, `${at} branching`));
  problems.push(...checkCustomerModel(s));
  return problems;
}

/** Cross-reference problems inside one rubric. */
export function checkRubric(r: Rubric): string[] {
  const problems: string[] = [];
  for (const cr of r.criteria) {
    for (const l of [...cr.evidenceFor, ...cr.evidenceAgainst]) {
      if (!(LABEL_IDS as readonly string[]).includes(l)) problems.push(`rubric '${r.id}' criterion '${cr.id}': label '${l}' is not in the taxonomy`);
    }
    if (cr.evidenceFor.length + cr.evidenceAgainst.length === 0) problems.push(`rubric '${r.id}' criterion '${cr.id}': no evidence labels`);
  }
  for (const d of duplicates(r.criteria.map((cr) => cr.id))) problems.push(`rubric '${r.id}' criterion id '${d}' is used more than once`);
  return problems;
}

export type ValidationResult =
  | { ok: true; catalogue: Catalogue }
  | { ok: false; errors: string[] };

/** Names the item (by its id when it has one) and the field for each schema issue. */
function describeIssue(raw: unknown, path: PropertyKey[], message: string): string {
  let cursor: unknown = raw;
  const parts: string[] = [];
  let field: string[] = [];
  for (const key of path) {
    cursor = (cursor as Record<PropertyKey, unknown> | undefined)?.[key as never];
    const itemId =
      cursor && typeof cursor === "object" && !Array.isArray(cursor) && typeof (cursor as { id?: unknown }).id === "string"
        ? (cursor as { id: string }).id
        : undefined;
    if (typeof key === "number" && itemId) {
      parts.push(`${parts.length === 0 ? field.join(".") : field.join(".")}['${itemId}']`);
      field = [];
    } else {
      field.push(typeof key === "number" ? `[${key}]` : String(key));
    }
  }
  const item = parts.join(" > ") || "catalogue";
  const where = field.join(".").replace(/\.\[/g, "[");
  return `${item}${where ? ` field '${where}'` : ""}: ${message}`;
}

export function validateCatalogue(raw: unknown): ValidationResult {
  const parsed = Catalogue.safeParse(raw);
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.map((i) => describeIssue(raw, i.path, i.message)) };
  }
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) return { ok: false, errors: problems };
  return { ok: true, catalogue: parsed.data };
}

export type CatalogueInput = z.input<typeof Catalogue>;
