/** `pnpm --filter @defuse/roleplay bench`: label throughput on one core and the cost of a 10-turn simulate. */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { label } from "./analyser/label";
import { simulate } from "./simulate";
import { readCommitments } from "./commitments";
import { loadProbes, PROBES_FILE, scenarioOf } from "./commitments/probes";

const here = dirname(fileURLToPath(import.meta.url));
const texts = ["dev.jsonl", "test.jsonl"].flatMap((f) =>
  readFileSync(join(here, "eval", "data", f), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text as string),
);

// the machine is shared: CPU times are the figures to compare, and the load says how far to trust them
const load = () => loadavg().map((x) => x.toFixed(2)).join(" ");
console.log(`load average at start: ${load()}`);
for (let i = 0; i < 3000; i++) label(texts[i % texts.length]!); // warm up the JIT
let n = 0;
const t0 = process.hrtime.bigint();
const lc0 = process.cpuUsage();
const until = t0 + 2_000_000_000n;
while (process.hrtime.bigint() < until) {
  for (let i = 0; i < texts.length; i++) label(texts[i]!);
  n += texts.length;
}
const secs = Number(process.hrtime.bigint() - t0) / 1e9;
const lCpu = process.cpuUsage(lc0);
// CPU time as well as wall time: on a shared machine the wall figure mostly measures the neighbours
const lCpuSecs = (lCpu.user + lCpu.system) / 1e6;
console.log(
  `label: ${Math.round(n / lCpuSecs).toLocaleString("en-GB")} utterances per CPU second on one core (aim >= 20,000); ${Math.round(n / secs).toLocaleString("en-GB")}/s wall (${n} calls, mean ${((secs / n) * 1e6).toFixed(1)} µs wall)`,
);

const turns = [
  "I'm so sorry, I can see how stressful this is.",
  "What does the bill say the extra charge is for?",
  "Can I take your account number please?",
  "So you sent the router back in May and we still charged you.",
  "I understand.",
  "Let me have a look.",
  "I'll take care of this myself.",
  "The fee was added because the return was never scanned in.",
  "I can refund it to your card or put it against next month's bill, whichever you prefer.",
  "It usually shows in 3 to 5 working days.",
];
// a customer who never calms fully, so all ten turns are played
const input = { scenario: "abusive-caller", turns, seed: 7 };
for (let i = 0; i < 300; i++) simulate(input);
const runs = 2000;
const s0 = process.hrtime.bigint();
const sc0 = process.cpuUsage();
for (let i = 0; i < runs; i++) simulate({ ...input, seed: i });
const per = Number(process.hrtime.bigint() - s0) / 1e6 / runs;
const sCpu = process.cpuUsage(sc0);
const played = simulate(input).tensionTimeline.length - 1;
console.log(
  `simulate, warm: ${((sCpu.user + sCpu.system) / 1000 / runs).toFixed(3)} ms CPU per conversation of ${turns.length} turns (${played} played) including scoring (aim < 1 ms); ${per.toFixed(3)} ms wall (${runs} runs, same turns at other seeds: the analyser's and commitment reader's readings of each text are looked up after the first run)`,
);
// cold: every run's texts are new, so each turn is labelled and read afresh
{
  const coldRuns = 300;
  const c0 = process.cpuUsage();
  for (let i = 0; i < coldRuns; i++) simulate({ ...input, seed: i, turns: turns.map((t) => `${t} Ref ${i}.`) });
  const c = process.cpuUsage(c0);
  const coldPlayed = simulate({ ...input, seed: 0, turns: turns.map((t) => `${t} Ref cold.`) }).tensionTimeline.length - 1;
  console.log(
    `simulate, cold (new texts every run): ${((c.user + c.system) / 1000 / coldRuns).toFixed(3)} ms CPU per conversation of ${turns.length} turns (${coldPlayed} played at seed 0) including scoring (${coldRuns} runs)`,
  );
}

// the commitment reader runs on every turn: policy probes plus the labelled agent lines, against their scenarios
const probes = loadProbes(PROBES_FILE).map((p) => ({ scenario: scenarioOf(p.scenario), text: p.text }));
const billingScenario = scenarioOf("billing-error");
const readInputs = [...probes, ...texts.map((text) => ({ scenario: billingScenario, text }))];
for (let i = 0; i < 3000; i++) readCommitments(readInputs[i % readInputs.length]!.scenario, readInputs[i % readInputs.length]!.text);
let reads = 0;
const r0 = process.hrtime.bigint();
const rc0 = process.cpuUsage();
const rUntil = r0 + 2_000_000_000n;
while (process.hrtime.bigint() < rUntil) {
  for (const x of readInputs) readCommitments(x.scenario, x.text);
  reads += readInputs.length;
}
const rSecs = Number(process.hrtime.bigint() - r0) / 1e9;
const rCpu = process.cpuUsage(rc0);
console.log(
  `readCommitments: ${((rCpu.user + rCpu.system) / reads).toFixed(1)} µs CPU per utterance (aim < 60 µs); mean ${((rSecs / reads) * 1e6).toFixed(1)} µs wall (${reads} calls: ${probes.length} policy probes and ${texts.length} labelled lines, each read afresh)`,
);

// CLI start-up: the launcher the root `pnpm roleplay` script runs, on one short input, median of 7
// (the bundle is built first if stale, so only the steady state is timed)
{
  const { spawnSync } = await import("node:child_process");
  // children's CPU time (Linux: cutime + cstime of /proc/self/stat, in clock ticks of 10 ms)
  const childCpuMs = (): number | null => {
    try {
      const f = readFileSync("/proc/self/stat", "utf8").split(") ")[1]!.split(" ");
      return (Number(f[13]) + Number(f[14])) * 10;
    } catch {
      return null;
    }
  };
  const bin = join(here, "..", "bin", "roleplay.mjs");
  const run = (cmd: string, input: string) => spawnSync(process.execPath, [bin, cmd], { input, encoding: "utf8" });
  const labelIn = JSON.stringify({ id: 1, text: "I'm so sorry, I'll refund the charge today." }) + "\n";
  const simIn = JSON.stringify({ scenario: "billing-error", turns, seed: 1 });
  run("label", labelIn);
  for (const [cmd, input] of [["label", labelIn], ["simulate", simIn]] as const) {
    const times: number[] = [];
    const c0 = childCpuMs();
    for (let i = 0; i < 7; i++) {
      const t = process.hrtime.bigint();
      const r = run(cmd, input);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
      if (r.status !== 0) throw new Error(`roleplay ${cmd} failed: ${r.stderr}`);
    }
    times.sort((a, b) => a - b);
    const c1 = childCpuMs();
    const cpuNote = c0 !== null && c1 !== null ? `, ${((c1 - c0) / 7).toFixed(0)} ms CPU each` : "";
    console.log(`cli ${cmd}: start-up and one input ${times[3]!.toFixed(0)} ms wall (aim < 500 ms; median of 7${cpuNote}, node ${process.version})`);
  }
}
console.log(`load average at end: ${load()}`);
