import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { simulate } from "../src/index";

/**
 * Dev calls of engine round 4 (src/eval/data/calls-dev4.json), 40 whole calls by an independent author
 * (G4) for all ten scenarios: good and excellent calls in varied natural wording, abusive-caller
 * recoveries and proper endings, mediocre, gaming and breach calls, each with a QA reviewer's verdict.
 * The defences hold for every call: no mediocre, gaming or breach call passes. Every good call passes
 * (a known miss goes in the list below with its cause; it is asserted to fail so that this file turns red
 * when it starts passing; the last one left in analyser round 12). Engine round 5 turned four earlier misses into passes
 * (the last test below names them and the definition each one needed).
 */
interface Call {
  id: string;
  scenario: string;
  kind: string;
  expect: { passed: boolean; outcome?: string };
  note: string;
  turns: string[];
}
const here = dirname(fileURLToPath(import.meta.url));
const data = JSON.parse(readFileSync(resolve(here, "../src/eval/data/calls-dev4.json"), "utf8")) as { calls: Call[] };
const SEEDS = [1, 2, 7, 99];

// analyser round 12: g4-persistent-abuse-1 (he stops after the warning, 74 against 80 with "no acknowledgement of him
// read") now passes with the model trained on authors U and V, so it is no longer a known miss
const KNOWN_MISSES: Record<string, string> = {};

const shouldPass = data.calls.filter((c) => c.expect.passed && !KNOWN_MISSES[c.id]);
const mustFail = data.calls.filter((c) => !c.expect.passed);

describe("calls-dev4: an independent author's whole calls get the verdict a reviewer would give", () => {
  it("holds the calls the author was asked for", () => {
    expect(data.calls.length).toBe(40);
    expect(data.calls.filter((c) => c.expect.passed).length).toBe(23);
    for (const k of ["mediocre", "gaming", "breach", "proper_end", "recovery"]) expect(data.calls.some((c) => c.kind === k), k).toBe(true);
    for (const id of Object.keys(KNOWN_MISSES)) expect(data.calls.some((c) => c.id === id), id).toBe(true);
  });

  it.each(shouldPass.map((c) => [c.id, c] as const))("%s passes, for four seeds", (_id, c) => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.passed, `${c.note} (seed ${seed}) → ${r.verdict}`).toBe(true);
      if (c.expect.outcome) expect(r.outcome, `seed ${seed}`).toBe(c.expect.outcome);
      if (c.kind === "proper_end") expect(r.endedProperly).toBe(true);
    }
  });

  it.each(mustFail.map((c) => [c.id, c] as const))("%s fails, for four seeds", (_id, c) => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.passed, `${c.note} (seed ${seed}) → ${r.verdict}`).toBe(false);
      expect(r.turnsScored).toBe(r.tensionTimeline.length - 1);
    }
  });

  it.fails.each(Object.entries(KNOWN_MISSES))("known miss %s still fails (%s)", (id) => {
    const c = data.calls.find((x) => x.id === id)!;
    expect(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 }).passed).toBe(true);
  });

  it("no gaming or mediocre call scores within ten points of its pass mark", () => {
    for (const c of data.calls.filter((x) => x.kind === "gaming" || x.kind === "mediocre")) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed: 1 });
      expect(r.score, c.id).toBeLessThan(60);
    }
  });

  it.each([
    ["g4-chat-complaint-1", "a fix pointing back at the duplicate ('I'm refunding it now') and a check that nothing else is outstanding"],
    ["g4-abusive-caller-1", "confirming his account ('I can see the bill and you're right, it's estimated') is a reflection"],
    ["g4-abusive-caller-2", "'I'm not the one who sent it, but I'm the one who's going to sort it out' puts the fault on nobody"],
    ["g4-abusive-caller-3", "a question that brought out his facts is not stalling, and such a turn still counts as engaging with the call"],
  ])("%s resolves and passes with a margin (%s)", (id) => {
    const c = data.calls.find((x) => x.id === id)!;
    for (const seed of SEEDS) {
      const r = simulate({ scenario: c.scenario, turns: c.turns, seed });
      expect(r.outcome, `seed ${seed}`).toBe("resolved");
      expect(r.critical).toBeNull();
      expect(r.score, `seed ${seed}`).toBeGreaterThanOrEqual(75);
    }
  });
});
