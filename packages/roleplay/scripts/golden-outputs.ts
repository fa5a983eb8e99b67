/**
 * Every output the role-play engine gives on the dev data, one JSON line each, so a change meant to make the
 * engine faster (perf round 20) can be shown not to change what it says: run before and after and `cmp` the files.
 *
 *   pnpm exec tsx scripts/golden-outputs.ts > /tmp/golden-before.jsonl
 *   (change) pnpm exec tsx scripts/golden-outputs.ts > /tmp/golden-after.jsonl && cmp /tmp/golden-{before,after}.jsonl
 *
 * Dumped: for every agent line of the line data (train/dev/test and the v2 authors' and final files), the
 * analyser's labels with their evidence and readCommitments' reading against the line's scenario (billing-error for a
 * line with none); for every dev call
 * set (calls-dev*.json, calls-v2.json and the dev C21, C23, C24) at seeds 1 and 2, the full simulate result
 * (customer lines, tension, score, critical, outcome, criteria) and each turn's labels and reading. The calls come
 * first and the lines after, then the calls again in reverse order, so a reading looked up from a cache is compared
 * with one made afresh. Held-out files are never read.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getScenario } from "@defuse/content";
import { label } from "../src/analyser/label";
import { readCommitments } from "../src/commitments";
import { simulate } from "../src/simulate";

const here = dirname(fileURLToPath(import.meta.url));
const data = join(here, "..", "src", "eval", "data");
const v2 = join(data, "v2");
const out: string[] = [];
const emit = (x: unknown) => out.push(JSON.stringify(x));

// held-out sets (round 2's calls-heldout.json, heldout*.jsonl, calls-heldout-* other than the promoted C21, C23, C24) are never opened
const callFiles = [
  ...readdirSync(data).filter((f) => /^calls-(?:dev\d+|v2)\.json$/.test(f)).sort().map((f) => join(data, f)),
  ...["C21", "C23", "C24"].map((x) => join(v2, `calls-heldout-${x}.json`)),
];
const lineFiles = [
  ...["train.jsonl", "dev.jsonl", "test.jsonl"].map((f) => join(data, f)),
  ...readdirSync(v2).filter((f) => /^(?:author|final-)[A-Z]+\.jsonl$/.test(f)).sort().map((f) => join(v2, f)),
];

interface Call { id: string; scenario: string; turns: string[] }
const loadCalls = (f: string): Call[] => {
  const raw = JSON.parse(readFileSync(f, "utf8")) as { calls?: Call[] } | Call[];
  return Array.isArray(raw) ? raw : (raw.calls ?? []);
};
const name = (f: string) => f.slice(data.length + 1);

const turnOutputs = (scenario: string, text: unknown) => {
  if (typeof text !== "string") return { text };
  // lines with no scenario (authors A-D's open lines) are read against billing-error, as the bench does
  const s = getScenario(scenario || "billing-error");
  return { text, labels: label(text), commitments: s ? readCommitments(s, text) : null };
};

const playCalls = (files: string[]) => {
  for (const f of files) {
    for (const c of loadCalls(f)) {
      for (const seed of [1, 2]) {
        let result: unknown;
        try {
          result = simulate({ scenario: c.scenario, turns: c.turns, seed });
        } catch (e) {
          result = { error: String(e) };
        }
        emit({ file: name(f), call: c.id, seed, result });
      }
      c.turns.forEach((t, i) => emit({ file: name(f), call: c.id, turn: i, ...turnOutputs(c.scenario, t) }));
    }
  }
};

playCalls(callFiles);
for (const f of lineFiles) {
  const lines = readFileSync(f, "utf8").split("\n").filter((l) => l.trim() !== "");
  for (const l of lines) {
    const x = JSON.parse(l) as { id?: string; scenario?: string; text?: string };
    emit({ file: name(f), id: x.id, ...turnOutputs(x.scenario ?? "", x.text) });
  }
}
playCalls([...callFiles].reverse());
process.stdout.write(out.join("\n") + "\n");
