/**
 * CLI used to evaluate the engine. stdout carries nothing but JSON; errors go to stderr, one line
 * each, naming the input line, and make the exit code non-zero.
 *   label:    JSON lines {"id","text","scenario"?} in, {"id","techniques","pitfalls"} lines out, same order
 *   simulate: one JSON {"scenario" | "scenarioDoc" (+ "rubricDoc"?),"turns","seed","intensity"?} in, one JSON result out (score, passed, verdict,
 *             critical: {behaviour, turn, quote, reason} or null, turnsScored, criteria with reasons, customer lines)
 *   score:    one JSON {"rubric","turns":[{"speaker":"agent"|"customer","text"}]} of a real call in, one JSON
 *             {score, passed, verdict, criteria, critical, improvement, turns:[{speaker, techniques, pitfalls, tension, reason}]} out
 */
import { catalogue, getScenario, validateRubricDocument, validateScenarioDocument, type Rubric, type Scenario } from "@defuse/content";
import { label } from "./analyser/label";
import { simulate } from "./simulate";
import { runScore } from "./score-cli";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(typeof c === "string" ? Buffer.from(c) : c);
  return Buffer.concat(chunks).toString("utf8");
}

const fail = (msg: string) => process.stderr.write(msg.replace(/\s+/g, " ").trim() + "\n");

function runLabel(input: string): number {
  const lines = input.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  let bad = 0;
  const out: string[] = [];
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (raw.trim() === "") return;
    let obj: unknown;
    try {
      obj = JSON.parse(raw);
    } catch (e) {
      bad++;
      fail(`line ${n}: invalid JSON (${(e as Error).message})`);
      return;
    }
    if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
      bad++;
      fail(`line ${n}: expected a JSON object`);
      return;
    }
    const o = obj as Record<string, unknown>;
    const id = o.id;
    if (typeof o.text !== "string") {
      bad++;
      fail(`line ${n}${id !== undefined ? ` (id ${JSON.stringify(id)})` : ""}: missing "text" string`);
      return;
    }
    if (o.scenario !== undefined && o.scenario !== null && (typeof o.scenario !== "string" || !getScenario(o.scenario))) {
      bad++;
      fail(`line ${n}${id !== undefined ? ` (id ${JSON.stringify(id)})` : ""}: unknown scenario ${JSON.stringify(o.scenario)}`);
      return;
    }
    const r = label(o.text, { scenario: typeof o.scenario === "string" ? o.scenario : undefined });
    out.push(JSON.stringify({ id, techniques: r.techniques.map((h) => h.label), pitfalls: r.pitfalls.map((h) => h.label) }));
  });
  if (out.length) process.stdout.write(out.join("\n") + "\n");
  return bad > 0 ? 1 : 0;
}

function failAll(errors: string[]): number {
  for (const e of errors) fail(`line 1: ${e}`);
  return 1;
}

function runSimulate(input: string): number {
  const text = input.trim();
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (e) {
    fail(`line 1: invalid JSON (${(e as Error).message})`);
    return 1;
  }
  if (typeof obj !== "object" || obj === null || Array.isArray(obj)) {
    fail("line 1: expected a JSON object {scenario, turns, seed}");
    return 1;
  }
  const o = obj as Record<string, unknown>;
  // A built-in scenario by id, or any scenario document (authored, imported, exported), validated
  // by the same schemas the app uses; "rubricDoc" is optional and defaults to the scenario's rubric.
  let scenario: Scenario;
  let rubric: Rubric | undefined;
  if (o.scenarioDoc !== undefined) {
    if (o.rubricDoc !== undefined) {
      const r = validateRubricDocument(o.rubricDoc);
      if (!r.ok) return failAll(r.errors.map((e) => `rubricDoc.${e}`));
      rubric = r.value;
    }
    const s = validateScenarioDocument(o.scenarioDoc, { knownRubricIds: catalogue.rubrics.map((x) => x.id), rubric });
    if (!s.ok) return failAll(s.errors.map((e) => `scenarioDoc.${e}`));
    scenario = s.value;
    if (rubric && rubric.id !== scenario.rubricId) return failAll([`rubricDoc.id: "${rubric.id}" is not the scenario's rubricId "${scenario.rubricId}"`]);
  } else {
    const found = typeof o.scenario === "string" ? getScenario(o.scenario) : undefined;
    if (!found) {
      fail(`line 1: unknown scenario ${JSON.stringify(o.scenario)}`);
      return 1;
    }
    scenario = found;
  }
  if (!Array.isArray(o.turns)) {
    fail(`line 1: "turns" must be an array of agent lines`);
    return 1;
  }
  const badTurn = o.turns.findIndex(
    (t) => typeof t !== "string" && !(typeof t === "object" && t !== null && typeof (t as { choiceId?: unknown }).choiceId === "string"),
  );
  if (badTurn >= 0) {
    fail(`line 1: turn ${badTurn + 1} is not a string (missing text)`);
    return 1;
  }
  const seed = o.seed === undefined ? 1 : Number(o.seed);
  if (!Number.isFinite(seed)) {
    fail(`line 1: "seed" must be a number`);
    return 1;
  }
  try {
    const res = simulate({
      scenario,
      ...(rubric ? { rubric } : {}),
      turns: o.turns as string[],
      seed,
      intensity: o.intensity === "reduced" ? "reduced" : "standard",
    });
    process.stdout.write(JSON.stringify(res) + "\n");
    return 0;
  } catch (e) {
    fail(`line 1: ${(e as Error).message}`);
    return 1;
  }
}

async function main() {
  const cmd = process.argv[2];
  if (cmd !== "label" && cmd !== "simulate" && cmd !== "score") {
    fail(`usage: roleplay <label|simulate|score> < input (got ${JSON.stringify(cmd ?? "")})`);
    process.exitCode = 2;
    return;
  }
  const input = await readStdin();
  process.exitCode = cmd === "label" ? runLabel(input) : cmd === "score" ? runScore(input, fail) : runSimulate(input);
}

main().catch((e) => {
  fail(`error: ${(e as Error).message}`);
  process.exitCode = 1;
});
