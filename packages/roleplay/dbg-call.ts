import { readFileSync } from "node:fs";
import { getScenario } from "@defuse/content";
import { replay } from "./src/engine/conversation";
const [file, id, seedArg] = process.argv.slice(2);
const calls = JSON.parse(readFileSync(file!, "utf8")).calls as { id: string; scenario: string; turns: string[] }[];
for (const c of calls.filter((x) => x.id === id || (id!.endsWith("*") && x.id.startsWith(id!.slice(0, -1))))) {
  const st = replay(getScenario(c.scenario)!, c.turns, { seed: Number(seedArg ?? 1) });
  console.log("##", c.id, "|", st.openingLine);
  for (const t of st.turns)
    console.log(`[${t.index}] A: ${t.agentText}\n    labels=${t.labels.map((l) => l.label).join(",")} offers=${JSON.stringify(t.offers?.map((o: any) => o.remedy ?? o))} breaches=${JSON.stringify(t.breaches?.map((b: any) => b.rule ?? b))} T ${t.tensionBefore}->${t.tensionAfter} ${t.outcome}\n    C: ${t.customerLine}`);
}
