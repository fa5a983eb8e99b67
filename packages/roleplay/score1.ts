import { readFileSync } from "node:fs";
import { simulate } from "./src/simulate";
const raw = JSON.parse(readFileSync(process.argv[2]!, "utf8"));
const c = (Array.isArray(raw) ? raw : raw.calls).find((x: any) => x.id === process.argv[3]);
const r: any = simulate({ scenario: c.scenario, turns: c.turns, seed: 1 });
console.log(r.score, r.outcome, r.turnsScored);
for (const k of r.criteria) if (k.scoredBy !== "trainer") console.log(k.id, k.points, k.reason.slice(0, 400));
