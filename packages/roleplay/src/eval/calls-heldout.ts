/**
 * `pnpm --filter @defuse/roleplay exec tsx src/eval/calls-heldout.ts [seed] [--set H]`: the held-out whole calls'
 * aggregates only. Their items are never printed: per kind, how many got the expected verdict (passed or not, the
 * critical behaviour, the score band, the outcome where the author named one). Every run is a look at the held-out
 * set; the README logs them. The sets: `calls-heldout.json` (36 calls, round 2's independent author) and, with
 * `--set H`, `calls-heldout-H.json` (40 calls by a fifth-round author who saw only the taxonomy and the scenarios),
 * `--set M` (40 calls by a seventh-round author, same brief), `--set S` (40 calls by an eighth-round author, same
 * brief; a workforce and quality manager's agents), `--set C12` (40 calls by a twelfth-round author, same brief; a US
 * quality lead's agents; C11, held out until round 12, is now the dev set calls-dev11.json). `--set C17` (thirteenth round: 40 calls by a sceptical QA author asked for inventive gaming attempts, breaches in
 * everyday words and natural good calls; its twin C16, same brief, is the dev set calls-dev16.json). `--set C19` (fourteenth round: 40 calls by a further author, same brief as the dev set C18, calls-dev18.json; 12 gaming, 8 breach, 8 mediocre, 12 good). `--set C21` (fifteenth round: 40 calls by a UK water and energy complaints manager, same brief as the dev set C20, calls-dev20.json, by a Manila QA lead; same kinds and counts). `--set C22` (sixteenth round: 40 calls by a US outsourced-centre quality and compliance lead, Phoenix, San Antonio and Bogotá; same kinds and counts; C21 became a dev set that round). `--set C23` (seventeenth round: 40 calls by a Dublin training and quality manager for telco, energy and software lines, written before that round's engine changes and read by the lead only as totals; same kinds and counts; after two readers rated its replies, 78.7% and 75.0% fit, it became the coherence round's dev set). `--set C24` (seventeenth round: 40 calls by a Cape Town quality coach for UK insurance, broadband and retail accounts, written before that round's changes; the round's held-out set; same kinds and counts; a dev set from round 22, after two readers rated its replies). `--set C25` (eighteenth round: 40 calls by a Toronto quality and coaching manager for Canadian and UK telecom, streaming and e-commerce accounts, newcomer agents' Englishes; written before round 22's changes and read by the lead only as totals; the round's held-out set; same kinds and counts). `--set C28` (nineteenth round: 40 calls by an Auckland head of quality for New Zealand and Australian banking, power and telco accounts, written after the helpers' merges of rounds 23 and before the lead's last fixes; read by the lead only as totals; same kinds and counts; C27, the round's first held-out set, became the dev set calls-dev-C27.json once its totals were taken). `--set C30` (round 24: 40 calls by a Belfast senior QA analyst for UK telco, retail and consumer-software complaints, written before the round's helpers started and read by the lead only as totals, 37/40 before the round's changes and after its merges; then two readers rated its replies, paired, and it became the dev set calls-dev-C30.json, as C27 did). `--set C31` (round 24: 40 calls by a Chennai-and-Leicester customer-experience coach for UK banking, energy and e-commerce accounts, formal Indian and casual British English; written after the round's first merges, read by the lead only as totals; same kinds and counts). `--set C32` (round 25: 40 calls by a Johannesburg-and-Glasgow quality manager for UK water, energy and travel-booking lines, South African and Scottish agents; written before the round's helpers changed anything and read by the lead only as totals, 40/40 at the round's start; same kinds and counts). `--set C35` (round 26: 40 calls by a Kraków shared-service quality specialist for UK and Irish e-commerce, broadband and airline-refund lines, Polish, Ukrainian and Irish agents, several writing English as a second language; written before the round's helpers changed anything and read by the lead only as totals, 37/40 at the round's start; same kinds and counts; this author answered `critical` yes or no, see `expected.ts`). `--set C37` (round 27: 40 calls by a Cardiff complaints-training manager for UK rail ticketing, water and home-insurance accounts, Welsh, English and Polish agents, many short plain calls and subtle gaming; written before the round's helpers changed anything and read by the lead only as totals, 38/40 at the round's start; same kinds and counts). `--set C39` (round 28: 40 calls by a Lisbon-and-Edinburgh quality assurance and compliance manager for UK and Irish airline, insurance and streaming accounts, Portuguese, Brazilian, Scottish and Irish agents, gaming calls modelled on tricks used against speech-analytics scorers; written before the round's helpers changed anything and read by the lead only as totals, 40/40 at seeds 1 and 2 at the round's start; same kinds and counts). `--set RU` (round 28: 30 calls by a black-box red team, a former agent who audits automated QA tools, written against main's scorer before the round's engine merges with only the digests and the CLI: 14 breach, 9 gaming, 7 good, about a third near-misses the engine judged right; 10/30 at seeds 1 and 2 at the round's start; its twin RT, by another red team, is the dev set calls-dev-RT.json). An author may name the expected critical behaviour by
 * the rubric's id ("forbidden-promise"), by its trigger ("forbidden_promise", "rude") or by the scenario's rule
 * ("no-same-day-refund", matched against the scorecard's `critical.act`); all are accepted (see `expected.ts`).
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { simulate } from "../simulate";
import { setContempt } from "../analyser/label";
import { criticalAsExpected, outcomeAsExpected } from "./expected";

// `--contempt`: with the contempt stage on (analyser round 17; off as shipped)
if (process.argv.includes("--contempt")) setContempt(true);

interface HeldoutCall {
  scenario: string;
  kind: string;
  turns: string[];
  expect: { passed: boolean; critical?: string | boolean | null; minScore?: number; maxScore?: number; outcome?: string };
}
const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const setAt = args.indexOf("--set");
const set = setAt >= 0 ? args[setAt + 1] : null;
const file = set ? `calls-heldout-${set}.json` : "calls-heldout.json";
const raw = JSON.parse(readFileSync(join(here, "data", "v2", file), "utf8")) as HeldoutCall[] | { calls: HeldoutCall[] };
const calls = Array.isArray(raw) ? raw : raw.calls;
const seed = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== "--set") ?? 1);
const byKind = new Map<string, { n: number; verdict: number; critical: number; band: number; outcome: number }>();
for (const c of calls) {
  const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
  const k = byKind.get(c.kind) ?? { n: 0, verdict: 0, critical: 0, band: 0, outcome: 0 };
  k.n++;
  if (r.passed === c.expect.passed) k.verdict++;
  if (criticalAsExpected(c.expect.critical, r.critical)) k.critical++;
  if ((c.expect.minScore ?? 0) <= r.score && r.score <= (c.expect.maxScore ?? 100)) k.band++;
  if (outcomeAsExpected(c.expect.outcome, r, c.expect.passed)) k.outcome++;
  byKind.set(c.kind, k);
}
let n = 0;
let ok = 0;
for (const [kind, k] of byKind) {
  n += k.n;
  ok += k.verdict;
  console.log(`${kind}: ${k.verdict}/${k.n} verdicts as expected, ${k.critical}/${k.n} critical as expected, ${k.band}/${k.n} score in band, ${k.outcome}/${k.n} outcome as expected`);
}
console.log(`all (${file}, seed ${seed}): ${ok}/${n} verdicts as expected`);
