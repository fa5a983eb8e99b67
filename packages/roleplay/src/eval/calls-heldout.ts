/**
 * `pnpm --filter @defuse/roleplay exec tsx src/eval/calls-heldout.ts`: the held-out whole calls' aggregates only.
 * Their items are never printed: per kind, how many got the expected verdict (passed or not, the critical behaviour,
 * the score band). Every run is a look at the held-out set; the README logs them.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { simulate } from "../simulate";

interface HeldoutCall {
  scenario: string;
  kind: string;
  turns: string[];
  expect: { passed: boolean; critical?: string | null; minScore?: number; maxScore?: number };
}
const here = dirname(fileURLToPath(import.meta.url));
const calls = JSON.parse(readFileSync(join(here, "data", "v2", "calls-heldout.json"), "utf8")) as HeldoutCall[];
const seed = Number(process.argv[2] ?? 1);
const byKind = new Map<string, { n: number; verdict: number; critical: number; band: number }>();
for (const c of calls) {
  const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
  const k = byKind.get(c.kind) ?? { n: 0, verdict: 0, critical: 0, band: 0 };
  k.n++;
  if (r.passed === c.expect.passed) k.verdict++;
  if (!c.expect.critical || r.critical?.behaviour === c.expect.critical) k.critical++;
  if ((c.expect.minScore ?? 0) <= r.score && r.score <= (c.expect.maxScore ?? 100)) k.band++;
  byKind.set(c.kind, k);
}
let n = 0;
let ok = 0;
for (const [kind, k] of byKind) {
  n += k.n;
  ok += k.verdict;
  console.log(`${kind}: ${k.verdict}/${k.n} verdicts as expected, ${k.critical}/${k.n} critical as expected, ${k.band}/${k.n} score in band`);
}
console.log(`all (seed ${seed}): ${ok}/${n} verdicts as expected`);
