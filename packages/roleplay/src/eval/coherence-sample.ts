/**
 * Customer replies for a coherence rating: for a calls file and a seed, every agent turn with the
 * customer's reply, one JSON object per line ({call, turn, agent, customer}), so that a rater can judge
 * whether each reply fits what the agent just said (fit / generic / does not fit).
 *
 *   pnpm --filter @defuse/roleplay exec tsx src/eval/coherence-sample.ts src/eval/data/calls-dev3.json 1
 *
 * The file holds `{ calls: [{ id, scenario, turns }] }` (calls-v2.json, calls-dev3.json). The first line
 * printed is the customer's opening for each call as turn -1, so the rater sees what the agent answered.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { getScenario } from "@defuse/content";
import { replay } from "../engine/conversation";

const [file, seedArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: coherence-sample.ts <calls.json> [seed]");
  process.exit(2);
}
const seed = Number(seedArg ?? 1);
const raw = JSON.parse(readFileSync(resolve(process.cwd(), file), "utf8")) as { calls?: unknown[] } | unknown[];
const calls = (Array.isArray(raw) ? raw : (raw.calls ?? [])) as { id: string; scenario: string; turns: string[] }[];
for (const c of calls) {
  const scenario = getScenario(c.scenario);
  if (!scenario) throw new Error(`unknown scenario ${c.scenario} in ${c.id}`);
  const st = replay(scenario, c.turns, { seed });
  console.log(JSON.stringify({ call: c.id, turn: -1, agent: null, customer: st.openingLine }));
  for (const t of st.turns) console.log(JSON.stringify({ call: c.id, turn: t.index, agent: t.agentText, customer: t.customerLine }));
}
