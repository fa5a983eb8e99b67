import { readFileSync } from "node:fs";
import { getScenario } from "@defuse/content";
import { replay } from "./src/engine/conversation";
const raw = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
const c = (Array.isArray(raw) ? raw : raw.calls).find((x: any) => x.id === process.argv[3]);
const st: any = replay(getScenario(c.scenario)!, c.turns, { seed: 1 });
for (const t of st.turns) console.log(JSON.stringify({ i: t.index, tension: `${t.tensionBefore}->${t.tensionAfter}`, outcome: t.outcome, labels: (t.labels ?? []).map((l: any) => l.label), offers: (t.offers ?? []).map((o: any) => o.remedyId), concerns: t.concernsAddressed, reason: t.reason, customer: t.customerLine }).slice(0, 900));
