/**
 * `pnpm --filter @defuse/roleplay exec tsx src/commitments/compare-tokenisers.ts`: the commitment
 * reader with its own tokeniser against the same reader on wink-nlp's tokens, sentences and negation
 * (README, "Commitment reader"). wink's model loads when this script starts, so the load time printed
 * is import plus first read. Prints breach P/R per probe set for each, how many utterances read
 * differently, the cost per utterance and wink's model load time.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { readCommitments, useTokeniser } from "./read";
import { EXTERNAL_PROBES_DIR, loadProbes, PROBES_FILE, scenarioOf, scoreProbes, type PolicyProbe } from "./probes";

const t0 = performance.now();
const { winkTokenise } = await import("./wink-tokens");
useTokeniser(winkTokenise);
readCommitments(scenarioOf("billing-error"), "I'll refund you today.");
const winkLoad = performance.now() - t0;

const probes: PolicyProbe[] = loadProbes(PROBES_FILE);
if (existsSync(EXTERNAL_PROBES_DIR)) {
  for (const f of readdirSync(EXTERNAL_PROBES_DIR).filter((x) => x.endsWith(".jsonl"))) probes.push(...loadProbes(join(EXTERNAL_PROBES_DIR, f), true));
}
const corpus = ["dev.jsonl", "test.jsonl", "train.jsonl"].flatMap((f) =>
  readFileSync(new URL(`../eval/data/${f}`, import.meta.url), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { scenario?: string; text: string })
    .map((o) => ({ scenario: scenarioOf(o.scenario && ["billing-error", "misled-features", "refund-demand", "policy-exception", "abusive-caller"].includes(o.scenario) ? o.scenario : "billing-error"), text: o.text })),
);
const inputs = [...probes.map((p) => ({ scenario: scenarioOf(p.scenario), text: p.text })), ...corpus];

const readings: Record<string, string[]> = {};
for (const name of ["own", "wink"] as const) {
  useTokeniser(name === "wink" ? winkTokenise : undefined);
  for (const split of [...new Set(probes.map((p) => p.split))]) {
    const sc = scoreProbes(probes.filter((p) => p.split === split));
    // external-b is printed here only as part of the same comparison, never item by item
    console.log(`${name} ${split}: breach P ${sc.precision.toFixed(3)} R ${sc.recall.toFixed(3)}, honest false ${sc.honestFalse}/${sc.honestN}`);
  }
  readings[name] = inputs.map((x) => {
    const r = readCommitments(x.scenario, x.text);
    return JSON.stringify([r.breaches.map((b) => [b.ruleId, b.quote.text]), r.offers.map((o) => [o.kind, o.remedyId]), r.statements.map((s) => [s.type, s.kind])]);
  });
  for (let i = 0; i < 2000; i++) readCommitments(inputs[i % inputs.length]!.scenario, inputs[i % inputs.length]!.text);
  let n = 0;
  const s0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  while (Number(process.hrtime.bigint() - s0) < 3e9) {
    for (const x of inputs) readCommitments(x.scenario, x.text);
    n += inputs.length;
  }
  const cpu = process.cpuUsage(c0);
  // CPU time as well as wall time: on a shared machine the wall clock mostly measures the queue
  console.log(
    `${name}: ${(Number(process.hrtime.bigint() - s0) / n / 1000).toFixed(1)} µs wall, ${((cpu.user + cpu.system) / n).toFixed(1)} µs CPU per utterance over ${inputs.length} utterances`,
  );
}
const differ = inputs.filter((_, i) => readings.own![i] !== readings.wink![i]).length;
console.log(`utterances read differently: ${differ} of ${inputs.length}; wink model load and first read: ${winkLoad.toFixed(0)} ms`);
