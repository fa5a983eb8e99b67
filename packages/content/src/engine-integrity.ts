import { presuppositionProblems } from "./presupposition";
import type { CustomerLine, Scenario } from "./schema";

/**
 * Cross-references inside a scenario's customer model: every topic, concern, remedy and fact a
 * customer line or concern names must exist, so a typo cannot silently make a line unreachable.
 */
export function checkCustomerModel(s: Scenario): string[] {
  const at = `scenario '${s.id}'`;
  const problems: string[] = [];
  const topics = new Set(s.engine.topics.map((t) => t.id));
  const concerns = new Set(s.engine.concerns.map((c) => c.id));
  const remedies = new Set(s.policy.allowed.map((r) => r.id));
  const facts = new Set(s.persona.facts.map((f) => f.id));
  const rules = new Set(s.policy.forbidden.map((r) => r.id));
  const dup = (kind: string, ids: string[]) => {
    const seen = new Set<string>();
    for (const i of ids) {
      if (seen.has(i)) problems.push(`${at}: duplicate ${kind} id '${i}'`);
      seen.add(i);
    }
  };
  dup("topic", s.engine.topics.map((t) => t.id));
  dup("concern", s.engine.concerns.map((c) => c.id));
  for (const t of s.engine.topics) {
    if (t.remedy && !remedies.has(t.remedy)) problems.push(`${at} topic '${t.id}': remedy '${t.remedy}' is not an allowed policy rule`);
  }
  const checkLine = (l: CustomerLine, where: string) => {
    if (typeof l === "string" || !l.when) return;
    const w = l.when;
    for (const x of [...(w.topics ?? []), ...(w.said ?? [])]) if (!topics.has(x)) problems.push(`${where}: topic '${x}' does not exist`);
    for (const x of [...(w.offered ?? []), ...(w.notOffered ?? [])]) if (!remedies.has(x)) problems.push(`${where}: remedy '${x}' is not an allowed policy rule`);
    for (const x of [...(w.addressed ?? []), ...(w.unmet ?? [])]) if (!concerns.has(x)) problems.push(`${where}: concern '${x}' does not exist`);
    for (const x of w.breached ?? []) if (!rules.has(x)) problems.push(`${where}: forbidden rule '${x}' does not exist`);
    for (const x of w.revealed ?? []) if (!facts.has(x)) problems.push(`${where}: fact '${x}' does not exist`);
  };
  for (const [group, lines] of Object.entries(s.lines)) lines.forEach((l, i) => checkLine(l, `${at} lines.${group}[${i}]`));
  for (const c of s.engine.concerns) {
    for (const x of c.topics) if (!topics.has(x)) problems.push(`${at} concern '${c.id}': topic '${x}' does not exist`);
    if (c.fact && !facts.has(c.fact)) problems.push(`${at} concern '${c.id}': fact '${c.fact}' does not exist`);
    checkLine(c.raise, `${at} concern '${c.id}' raise`);
  }
  // a line may only take as said what the call established (an amount, a day, a time frame, a remedy)
  problems.push(...presuppositionProblems(s));
  if (s.engine.endCall) {
    for (const x of [s.engine.endCall.endTopic, s.engine.endCall.wayBackTopic]) {
      if (!topics.has(x)) problems.push(`${at} engine.endCall: topic '${x}' does not exist`);
    }
  }
  return problems;
}
