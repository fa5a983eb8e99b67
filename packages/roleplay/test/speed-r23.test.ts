import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { readCommitments } from "../src/commitments";
import { KIND_CUES } from "../src/commitments/lexicon";
import { loadProbes, PROBES_FILE } from "../src/commitments/probes";
import { directAsk } from "../src/engine/conversation";
import { oldItems } from "../src/model/data";
import { simulate } from "../src/simulate";
import { readCalls } from "./helpers/calls";
import { expectFilterKeepsMatches } from "./helpers/cue-filter";

/**
 * Speed round 23 changes no output: the commitment reader's kind cues are not run on a sentence that holds none of the
 * literal strings every match needs (once the process has read 40 sentences), and the customer's per-line pattern tests,
 * `directAsk` and the remedies said to be in place are kept per text. Each check below compares the kept or filtered
 * answer with the one worked out afresh.
 */
const probes = loadProbes(PROBES_FILE);
const lines = [...probes.map((p) => ({ scenario: p.scenario, text: p.text })), ...oldItems().map((x) => ({ scenario: "billing-error", text: x.text }))];

describe("speed round 23: the same outputs, less work", () => {
  it("a kind cue's prefilter never filters out a sentence the cue matches (probes and training lines)", () => {
    const { matched, skipped } = expectFilterKeepsMatches(
      KIND_CUES.map((k) => k.re),
      lines.map((l) => l.text),
      (i) => KIND_CUES[i]!.kind,
    );
    expect(matched).toBeGreaterThan(500);
    // (the filter is worth having: most cues cannot match most sentences)
    expect(skipped).toBeGreaterThan(matched * 10);
  }, 120_000);

  it("the reader's first readings (every cue run) equal its later ones (cues filtered by the automaton)", () => {
    const first = lines.slice(0, 20).map(({ scenario, text }) => JSON.stringify(readCommitments(getScenario(scenario)!, text)));
    for (const { scenario, text } of lines.slice(20, 400)) readCommitments(getScenario(scenario)!, text);
    const again = lines.slice(0, 20).map(({ scenario, text }) => JSON.stringify(readCommitments(getScenario(scenario)!, text)));
    expect(again).toEqual(first);
  }, 120_000);

  it("a call played again, with every line's and text's answers kept, gives the same result as when first played", () => {
    const calls = [...readCalls("calls-dev9.json"), ...readCalls("calls-dev18.json")].slice(0, 12);
    const first = calls.map((c) => JSON.stringify(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 })));
    const again = [...calls].reverse().map((c) => JSON.stringify(simulate({ scenario: c.scenario, turns: c.turns, seed: 1 })));
    expect(again.reverse()).toEqual(first);
  }, 120_000);

  it("directAsk gives the same answer when asked again", () => {
    const texts = ["Anything else I can help with today?", "Which would you prefer, the refund or the credit?", "What day suits you?", "I can spread it if that helps?"];
    const first = texts.map((t) => directAsk(t));
    expect(first).toEqual(["anything-else", "choice", "when", "offer"]);
    expect(texts.map((t) => directAsk(t))).toEqual(first);
  });
});
