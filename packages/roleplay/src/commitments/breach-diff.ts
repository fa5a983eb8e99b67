/**
 * `pnpm --filter @defuse/roleplay exec tsx src/commitments/breach-diff.ts [out.json] [--against before.json]`:
 * every agent line of the labelled sets (`v2/final-*`, `v2/author*`, train/dev/test) and every agent turn of
 * the dev calls (calls-v2 and every calls-devN, never a held-out file), read against its scenario; writes the breaches found per line and,
 * with `--against`, prints the lines whose breaches changed since that earlier run (a line newly read as a
 * breach must be a real breach by the policy, or it is a regression). Never reads held-out files.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getScenario } from "@defuse/content";
import { readCommitments } from "./read";

const data = join(dirname(fileURLToPath(import.meta.url)), "..", "eval", "data");
const lines: { key: string; scenario: string; text: string }[] = [];
const lineFiles = [
  ...readdirSync(join(data, "v2"))
    .filter((f) => /^(?:final-|author)[A-Z]\.jsonl$/.test(f))
    .map((f) => join("v2", f)),
  "train.jsonl",
  "dev.jsonl",
  "test.jsonl",
];
for (const f of lineFiles) {
  readFileSync(join(data, f), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .forEach((l, i) => {
      const o = JSON.parse(l) as { id?: string; scenario?: string; text: string };
      lines.push({ key: `${f}#${o.id ?? i}`, scenario: o.scenario && getScenario(o.scenario) ? o.scenario : "billing-error", text: o.text });
    });
}
const callFiles = readdirSync(data).filter((f) => /^calls-(?:v2|dev\d+)\.json$/.test(f));
for (const f of callFiles) {
  const raw = JSON.parse(readFileSync(join(data, f), "utf8")) as { calls?: unknown[] } | unknown[];
  const calls = (Array.isArray(raw) ? raw : (raw.calls ?? [])) as { id: string; scenario: string; kind: string; turns: string[] }[];
  for (const c of calls) c.turns.forEach((t, i) => lines.push({ key: `${f}#${c.id}(${c.kind})#${i}`, scenario: c.scenario, text: t }));
}
const out: Record<string, string> = {};
let n = 0;
for (const l of lines) {
  const r = readCommitments(getScenario(l.scenario)!, l.text);
  if (r.breaches.length === 0) continue;
  n++;
  out[l.key] = r.breaches.map((b) => `${b.ruleId} «${b.quote.text}»`).join("; ");
}
const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--") && a.endsWith(".json"));
if (file) writeFileSync(file, JSON.stringify(out, null, 1));
console.log(`${lines.length} lines, ${n} read as breaches`);
const ag = args.indexOf("--against");
if (ag >= 0) {
  const prev = JSON.parse(readFileSync(args[ag + 1]!, "utf8")) as Record<string, string>;
  const text = new Map(lines.map((l) => [l.key, l.text]));
  for (const k of new Set([...Object.keys(prev), ...Object.keys(out)])) {
    if (prev[k] === out[k]) continue;
    console.log(`${k}\n  ${text.get(k)}\n  before: ${prev[k] ?? "none"}\n  now:    ${out[k] ?? "none"}`);
  }
}
