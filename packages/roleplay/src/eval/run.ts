/**
 * `pnpm --filter @defuse/roleplay eval`: analyser precision/recall/F1 per label with micro and macro
 * F1 on each labelled split, agreement with labels other people wrote (the content's branching
 * choices and taxonomy examples), and whether whole-transcript scores respect the expected ordering.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { catalogue, taxonomy, type LabelId } from "@defuse/content";
import { labelIds } from "../analyser/label";
import { simulate } from "../simulate";
import { authorItems, oldItems, HELD_OUT_AUTHOR, TRAINING_AUTHORS } from "../model/data";
import { printReport } from "../model/report";
import { evaluate, type LabelledUtterance } from "./metrics";

const here = dirname(fileURLToPath(import.meta.url));

const pct = (x: number) => x.toFixed(3);
function report(name: string, items: LabelledUtterance[], showErrors = false, perLabel = true) {
  const r = evaluate(items, (u) => labelIds(u.text, { scenario: u.scenario }));
  printReport(name, r, items.length, perLabel);
  if (showErrors && r.errors.length) {
    console.log(`disagreements (${r.errors.length}):`);
    for (const e of r.errors) console.log(`  ${e.id}: ${JSON.stringify(e.text)} expected [${e.expected}] got [${e.got}]`);
  }
  return r;
}

const verbose = process.argv.includes("--errors");

// The held-out author: never trained on. Aggregates and per-label figures only; its items and
// errors are never printed (there is deliberately no flag for it).
const heldOut = authorItems(HELD_OUT_AUTHOR);
if (heldOut.length) report(`held-out author ${HELD_OUT_AUTHOR} (never trained on; aggregates only)`, heldOut, false);

// Leave-one-author-out figures, written by train-model (each author judged by a model trained without it).
const reportFile = join(here, "..", "model", "report.json");
if (existsSync(reportFile)) {
  const rep = JSON.parse(readFileSync(reportFile, "utf8")) as { loao: Record<string, Parameters<typeof printReport>[1] & { n?: number }> };
  for (const a of TRAINING_AUTHORS) {
    const r = rep.loao[a];
    if (r) printReport(`leave-one-author-out: author ${a} (trained on the old data and the other authors)`, r, authorItems(a).length);
  }
}

// In-sample: the training authors and the old single-author sets, as trained on.
for (const a of TRAINING_AUTHORS) report(`author ${a} (in training)`, authorItems(a), verbose, false);
report("old sets: dev, test, train, heldout, blind2, blind3 and branching choices (in training)", oldItems(), verbose, false);

// Labels written by the content author: branching choices (exact label sets) ...
const choices: LabelledUtterance[] = catalogue.scenarios.flatMap((s) =>
  s.branching.nodes.flatMap((n) => n.choices.map((c) => ({ id: `${s.id}/${c.id}`, scenario: s.id, text: c.text, labels: c.labels }))),
);
report("content branching choices (labels by the content author)", choices, verbose);
// ... and taxonomy examples (recall of the intended label only).
let hit = 0, total = 0;
const misses: string[] = [];
for (const t of taxonomy) {
  for (const ex of t.examples) {
    total++;
    if (labelIds(ex).includes(t.id as LabelId)) hit++;
    else misses.push(`${t.id}: ${ex}`);
  }
}
console.log(`\n== taxonomy examples: intended label found in ${hit}/${total} (${pct(hit / total)})`);
if (verbose) for (const m of misses) console.log("  miss " + m);

// Whole transcripts: within a scenario, higher quality must score strictly higher.
interface Transcript { id: string; scenario: string; quality: number; turns: string[] }
const transcripts: Transcript[] = JSON.parse(readFileSync(join(here, "data", "transcripts.json"), "utf8"));
const results = transcripts.map((t) => ({ t, r: simulate({ scenario: t.scenario, turns: t.turns, seed: 1 }) }));
let pairs = 0, ok = 0;
const bad: string[] = [];
for (const a of results) for (const b of results) {
  if (a.t.scenario !== b.t.scenario || a.t.quality <= b.t.quality) continue;
  pairs++;
  if (a.r.score > b.r.score) ok++;
  else bad.push(`${a.t.id} (${a.r.score}) should beat ${b.t.id} (${b.r.score})`);
}
console.log(`\n== transcripts (${transcripts.length}): ordering respected in ${ok}/${pairs} pairs`);
for (const { t, r } of results) {
  console.log(`  ${t.id.padEnd(6)} q${t.quality} ${r.outcome.padEnd(9)} score ${String(r.score).padStart(3)} ${r.passed ? "pass" : "fail"}  tension ${r.tensionTimeline.join("→")}`);
}
for (const b of bad) console.log("  ORDER VIOLATION " + b);
const skilled = results.filter((x) => x.t.quality === 5), hostile = results.filter((x) => x.t.quality === 1);
console.log(`skilled resolved: ${skilled.filter((x) => x.r.outcome === "resolved").length}/${skilled.length}; hostile escalated: ${hostile.filter((x) => x.r.outcome === "escalated").length}/${hostile.length}`);
if (ok !== pairs) process.exitCode = 1;
