/**
 * `pnpm --filter @defuse/roleplay eval-policy`: breach detection on the policy probes
 * (src/eval/data/policy-probes.jsonl, and /work/data/v2/policy-probes/*.jsonl when present),
 * per split: precision and recall of "this utterance breaks a rule", the share where the right rule
 * was named, and false breaches on honest refusals and on allowed offers.
 * `-- --errors` lists the misses and false alarms of the sets one may tune on (`TUNE_SPLITS`: tune, batch2..4,
 * batch5-tune, batch7-tune, external-a); check, batch5-check, batch6-check, batch7-check and external-b are only ever
 * printed as aggregates.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getScenario, type Scenario } from "@defuse/content";
import { readCommitments } from "./read";

export interface PolicyProbe {
  id: string;
  scenario: string;
  expect: "breach" | "honest" | "offer";
  rule?: string;
  /** batch4: the rule in the probe author's own words, mapped to the policy's rule id in `rule`. */
  authorRule?: string;
  text: string;
  split: string;
}

/** The scenario a probe is written for (probes name only the five practice scenarios). */
export function scenarioOf(id: string): Scenario {
  const s = getScenario(id);
  if (!s) throw new Error(`policy probe names unknown scenario '${id}'`);
  return s;
}

const here = dirname(fileURLToPath(import.meta.url));
export const PROBES_FILE = join(here, "..", "eval", "data", "policy-probes.jsonl");
export const EXTERNAL_PROBES_DIR = "/work/data/v2/policy-probes";

const EXTERNAL_EXPECT: Record<string, PolicyProbe["expect"]> = { forbidden: "breach", refusal: "honest", allowed: "offer" };

/**
 * Probes in our format, or in the independent author's (`kind`: forbidden, refusal or allowed). The
 * independent set is split by id: odd ids ("external-a") may be read while tuning, even ids
 * ("external-b") are only ever scored in aggregate.
 */
export function loadProbes(file: string, external = false): PolicyProbe[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PolicyProbe & { kind?: string })
    .map((p) => {
      if (!external) return p;
      const n = Number(/\d+/.exec(p.id)?.[0] ?? 0);
      const expect = EXTERNAL_EXPECT[p.kind ?? ""] ?? p.expect;
      const out: PolicyProbe = { id: p.id, scenario: p.scenario, expect, text: p.text, split: n % 2 === 1 ? "external-a" : "external-b" };
      if (expect === "breach" && p.rule) out.rule = p.rule;
      return out;
    });
}

export interface ProbeScore {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  precision: number;
  recall: number;
  ruleRight: number;
  honestFalse: number;
  honestN: number;
  offerFalse: number;
  offerN: number;
  offerFound: number;
}

export function scoreProbes(probes: PolicyProbe[], onError?: (p: PolicyProbe, got: string) => void): ProbeScore {
  const s = { n: 0, tp: 0, fp: 0, fn: 0, tn: 0, ruleRight: 0, honestFalse: 0, honestN: 0, offerFalse: 0, offerN: 0, offerFound: 0 };
  for (const p of probes) {
    const r = readCommitments(scenarioOf(p.scenario), p.text);
    const flagged = r.breaches.length > 0;
    const got = r.breaches.map((b) => `${b.ruleId} «${b.quote.text}»`).join("; ") || "none";
    s.n++;
    if (p.expect === "breach") {
      if (flagged) {
        s.tp++;
        if (r.breaches.some((b) => b.ruleId === p.rule)) s.ruleRight++;
        else onError?.(p, `wrong rule: ${got}`);
      } else {
        s.fn++;
        onError?.(p, `missed; statements: ${r.statements.map((x) => `${x.type}:${x.kind}`).join(",")} offers: ${r.offers.map((o) => o.kind).join(",")}`);
      }
    } else {
      if (flagged) {
        s.fp++;
        onError?.(p, `false breach: ${got}`);
      } else s.tn++;
      if (p.expect === "honest") {
        s.honestN++;
        if (flagged) s.honestFalse++;
      } else {
        s.offerN++;
        if (flagged) s.offerFalse++;
        if (r.engagement.engages) s.offerFound++;
        else onError?.(p, "does not engage with an allowed remedy");
      }
    }
  }
  return {
    ...s,
    precision: s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp),
    recall: s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn),
  };
}

/**
 * The splits whose errors `--errors` lists (their lines may be read while tuning). Everything else
 * (check, batch5-check, batch6-check, batch7-check, external-b) is only ever printed as an aggregate.
 */
export const TUNE_SPLITS = new Set(["tune", "batch2", "batch3", "batch4", "batch5-tune", "batch7-tune", "external-a"]);

function main() {
  const args = process.argv.slice(2);
  const all = loadProbes(PROBES_FILE);
  if (existsSync(EXTERNAL_PROBES_DIR)) {
    for (const f of readdirSync(EXTERNAL_PROBES_DIR).filter((x) => x.endsWith(".jsonl"))) {
      all.push(...loadProbes(join(EXTERNAL_PROBES_DIR, f), true));
    }
  }
  // external-b is the honest figure: printed only with --final, so it is not read while tuning
  const splits = [...new Set(all.map((p) => p.split))].filter((x) => x !== "external-b" || args.includes("--final"));
  for (const split of splits) {
    const set = all.filter((p) => p.split === split);
    const showErrors = args.includes("--errors") && TUNE_SPLITS.has(split);
    const sc = scoreProbes(set, showErrors ? (p, got) => console.log(`  ${p.id} [${p.scenario} ${p.expect}${p.rule ? ` ${p.rule}` : ""}] ${p.text}\n      -> ${got}`) : undefined);
    console.log(
      `${split}: n=${sc.n} breach P ${sc.precision.toFixed(3)} R ${sc.recall.toFixed(3)} (tp ${sc.tp} fp ${sc.fp} fn ${sc.fn}); right rule ${sc.ruleRight}/${sc.tp}; honest false breaches ${sc.honestFalse}/${sc.honestN}; offers false breaches ${sc.offerFalse}/${sc.offerN}, engaging ${sc.offerFound}/${sc.offerN}`,
    );
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
