/**
 * The branching check the editor shows as the author types: every node reachable from the start,
 * every path ends (no cycles, decisions have choices, ends have an outcome), and at least one
 * reachable end resolves the call. The server checks the same before publishing.
 */
type Node = { id?: string; outcome?: string; choices?: Array<{ id?: string; next?: string | null }> };

export function branchingCheck(branching: { startNodeId?: string; nodes?: Node[] } | undefined) {
  const nodes = branching?.nodes ?? [];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const problems: string[] = [];
  if (!byId.has(branching?.startNodeId)) problems.push(`The start node '${branching?.startNodeId ?? ""}' does not exist.`);
  for (const n of nodes) {
    const choices = n.choices ?? [];
    if (choices.length === 0 && !n.outcome) problems.push(`Node '${n.id}' has no choices and no outcome, so the call would stop there without ending.`);
    for (const c of choices) if (!c.next || !byId.has(c.next)) problems.push(`Choice '${c.id}' of node '${n.id}' goes to '${c.next ?? ""}', which does not exist.`);
  }
  const state = new Map<string, "visiting" | "done">();
  const visit = (id: string | undefined, trail: string[]) => {
    const n = id ? byId.get(id) : undefined;
    if (!n || !id) return;
    if (state.get(id) === "visiting") {
      problems.push(`The path ${[...trail, id].join(" → ")} goes round in a circle, so it may never end.`);
      return;
    }
    if (state.get(id) === "done") return;
    state.set(id, "visiting");
    for (const c of n.choices ?? []) visit(c.next ?? undefined, [...trail, id]);
    state.set(id, "done");
  };
  visit(branching?.startNodeId, []);
  for (const n of nodes) if (n.id && !state.has(n.id)) problems.push(`Node '${n.id}' cannot be reached from the start.`);
  const resolvedEnds = nodes.filter((n) => n.id && state.has(n.id) && n.outcome === "resolved").length;
  if (resolvedEnds === 0) problems.push("No reachable end node resolves the call.");
  return { problems, resolvedEnds };
}
