/**
 * Verdicts of a whole-calls file against what its author expected, per kind (good, excellent, recovery,
 * proper_end, mediocre, gaming, breach), for the engine's own dev calls:
 *
 *   pnpm --filter @defuse/roleplay exec tsx src/eval/calls-verdicts.ts src/eval/data/calls-dev4.json [seed] [--list]
 *
 * `--list` prints each call's verdict (never use it on a held-out file).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { simulate } from "../simulate";
import { setContempt } from "../analyser/label";
import { criticalAsExpected, outcomeAsExpected } from "./expected";

// `--contempt`: with the contempt stage on (analyser round 17; off as shipped)
if (process.argv.includes("--contempt")) setContempt(true);

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
if (!file) {
  console.error("usage: calls-verdicts.ts <calls.json> [seed] [--list]");
  process.exit(2);
}
// held-out sets promoted to dev keep their file names: C21 in round 19, C23 in round 21, C24 in round 22
const PROMOTED = /calls-heldout-C2[134]\.json$/;
if (/heldout/i.test(file) && !PROMOTED.test(file)) {
  console.error("refusing to read a held-out file");
  process.exit(2);
}
const seed = Number(args.find((a) => /^\d+$/.test(a)) ?? 1);
const list = args.includes("--list");
const raw = JSON.parse(readFileSync(resolve(process.cwd(), file), "utf8")) as { calls?: unknown[] } | unknown[];
const calls = (Array.isArray(raw) ? raw : (raw.calls ?? [])) as { id: string; scenario: string; kind: string; expect: { passed: boolean; outcome?: string; critical?: string | boolean }; turns: string[] }[];
const byKind = new Map<string, { ok: number; n: number; verdict: number; critical: number }>();
let crit = 0;
for (const c of calls) {
  const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
  const verdict = r.passed === c.expect.passed;
  const ok = verdict && outcomeAsExpected(c.expect.outcome, r, c.expect.passed);
  const critOk = criticalAsExpected(c.expect.critical, r.critical);
  const k = byKind.get(c.kind) ?? { ok: 0, n: 0, verdict: 0, critical: 0 };
  k.n++;
  if (ok) k.ok++;
  if (verdict) k.verdict++;
  if (c.expect.critical) k.critical++;
  if (c.expect.critical && critOk) crit++;
  byKind.set(c.kind, k);
  const got = `got ${r.passed ? "pass" : "fail"}/${r.outcome}${r.critical ? `/${r.critical.act}` : ""} ${r.score}`;
  if (list) console.log(`${ok && critOk ? "ok  " : !verdict ? "MISS" : !critOk ? "CRIT" : "OUTC"} ${c.id} (${c.kind}) expected ${c.expect.passed ? "pass" : "fail"}${c.expect.outcome ? `/${c.expect.outcome}` : ""}${c.expect.critical ? `/${c.expect.critical}` : ""}, ${got}: ${r.verdict}`);
}
const total = [...byKind.values()].reduce((a, k) => ({ ok: a.ok + k.ok, n: a.n + k.n, verdict: a.verdict + k.verdict, critical: a.critical + k.critical }), { ok: 0, n: 0, verdict: 0, critical: 0 });
// the verdict (passed or not) per kind, then verdict and outcome together, then the critical behaviour where named
console.log(
  `seed ${seed}: verdict as expected ${total.verdict}/${total.n} (` + [...byKind].map(([k, v]) => `${k} ${v.verdict}/${v.n}`).join(", ") +
    `); verdict and outcome ${total.ok}/${total.n}; critical behaviour as named ${crit}/${total.critical}`,
);
