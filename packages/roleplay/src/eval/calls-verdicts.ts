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

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a));
if (!file) {
  console.error("usage: calls-verdicts.ts <calls.json> [seed] [--list]");
  process.exit(2);
}
if (/heldout/i.test(file)) {
  console.error("refusing to read a held-out file");
  process.exit(2);
}
const seed = Number(args.find((a) => /^\d+$/.test(a)) ?? 1);
const list = args.includes("--list");
const raw = JSON.parse(readFileSync(resolve(process.cwd(), file), "utf8")) as { calls?: unknown[] } | unknown[];
const calls = (Array.isArray(raw) ? raw : (raw.calls ?? [])) as { id: string; scenario: string; kind: string; expect: { passed: boolean; outcome?: string }; turns: string[] }[];
const byKind = new Map<string, { ok: number; n: number; verdict: number }>();
for (const c of calls) {
  const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
  const verdict = r.passed === c.expect.passed;
  const ok = verdict && (!c.expect.outcome || c.expect.outcome === "any" || r.outcome === c.expect.outcome);
  const k = byKind.get(c.kind) ?? { ok: 0, n: 0, verdict: 0 };
  k.n++;
  if (ok) k.ok++;
  if (verdict) k.verdict++;
  byKind.set(c.kind, k);
  if (list) console.log(`${ok ? "ok  " : verdict ? "OUTC" : "MISS"} ${c.id} (${c.kind}) expected ${c.expect.passed ? "pass" : "fail"}${c.expect.outcome ? `/${c.expect.outcome}` : ""}, got ${r.passed ? "pass" : "fail"}/${r.outcome} ${r.score}: ${r.verdict}`);
}
const total = [...byKind.values()].reduce((a, k) => ({ ok: a.ok + k.ok, n: a.n + k.n, verdict: a.verdict + k.verdict }), { ok: 0, n: 0, verdict: 0 });
// the verdict (passed or not) per kind, then verdict and outcome together
console.log(`seed ${seed}: verdict as expected ${total.verdict}/${total.n} (` + [...byKind].map(([k, v]) => `${k} ${v.verdict}/${v.n}`).join(", ") + `); verdict and outcome ${total.ok}/${total.n}`);
