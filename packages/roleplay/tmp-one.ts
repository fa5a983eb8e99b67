import { readFileSync } from "node:fs";
import { replay } from "./src/engine/conversation";
import { simulate } from "./src/simulate";
import { getScenario } from "@defuse/content";
const raw = JSON.parse(readFileSync(process.argv[2], "utf8")); const calls = raw.calls ?? raw;
const c = calls.find((x: any) => x.id === process.argv[3]);
const r: any = simulate({ scenario: c.scenario, turns: c.turns, seed: 1 });
console.log(JSON.stringify({ passed: r.passed, outcome: r.outcome, score: r.score, critical: r.critical, verdict: r.verdict, tl: r.tensionTimeline }));
const st: any = replay(getScenario(c.scenario)!, c.turns, { seed: 1 });
for (const [i, t] of st.turns.entries()) console.log(i, JSON.stringify({ labels: t.labels, cust: t.customerLine, reason: t.reason, dealt: t.concernsDealt ?? t.dealtWith }).slice(0, 700));
import { startConversation, takeTurn } from "./src/engine/conversation";
let s: any = startConversation(getScenario(c.scenario)!, { seed: 1 });
for (const t of c.turns) { const r: any = takeTurn(getScenario(c.scenario)!, s, t); s = r.state; console.log(JSON.stringify({ needs: s.needsMet, concerns: s.concernsMet, offered: s.offered, out: s.outcome })); }
