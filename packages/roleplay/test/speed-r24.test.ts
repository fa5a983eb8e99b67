import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { readCommitments } from "../src/commitments";
import { loadProbes, PROBES_FILE } from "../src/commitments/probes";
import { TIME_CUE_PATTERNS } from "../src/commitments/timing";
import { wordTable } from "../src/commitments/word-table";
import { builtRe, lineCacheSizes, lineExec, lineHas } from "../src/engine/conversation";
import { lower, sentences, textCacheSizes } from "../src/engine/substance";
import { oldItems } from "../src/model/data";
import { expectFilterKeepsMatches } from "./helpers/cue-filter";

/**
 * Speed round 24 changes no output. Each check compares a kept or filtered answer with the one worked out afresh, and the
 * caches it added stay within their bounds however many texts go through them (a long-running worker must not grow on
 * learners' text). (A call played again with every answer kept is checked against its first play in speed-r23.test.ts.)
 */
const probes = loadProbes(PROBES_FILE);
const lines = [...probes.map((p) => ({ scenario: p.scenario, text: p.text })), ...oldItems().map((x) => ({ scenario: "billing-error", text: x.text }))];
/** Texts no cache has seen: `n` of them, each different. */
const fresh = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} ${i}. Is it ‘done’ now? Yes, it’s sorted for you, ref ${i * 7}.`);

describe("speed round 24: the same outputs, less work", () => {
  it("lower() and sentences() give the same answers once their caches have been cleared, and stay bounded", () => {
    const texts = lines.slice(0, 300).map((l) => l.text);
    const first = texts.map((t) => [lower(t), JSON.stringify(sentences(t))]);
    // (fill both caches past their bounds with other texts, so the texts above are worked out again)
    for (const t of fresh(6_000, "fill")) {
      lower(t);
      sentences(t);
    }
    const sizes = textCacheSizes();
    expect(sizes.lowered).toBeLessThanOrEqual(5_000);
    expect(sizes.sentences).toBeLessThanOrEqual(2_000);
    expect(texts.map((t) => [lower(t), JSON.stringify(sentences(t))])).toEqual(first);
    // (and the answers are the uncached rule's: lower case with every curly quote straight)
    expect(lower("It’S ‘DONE’")).toBe("it's 'done'");
    expect(sentences("It's £59.98. Is that ok? Yes!")).toEqual([
      { start: 0, end: 13 },
      { start: 13, end: 25 },
      { start: 25, end: 29 },
    ]);
  }, 120_000);

  it("her lines' kept pattern answers equal the pattern's own, and the per-line caches stay bounded", () => {
    const res = [/\bsorry\b/i, /^\W*(today|tomorrow)\?/i, /\b(?:refund|credit)\b/];
    const texts = [...lines.slice(0, 200).map((l) => l.text), ...fresh(2_500, "line")];
    for (const t of texts) {
      for (const re of res) {
        expect(lineHas(re, t)).toBe(re.test(t));
        expect(lineExec(re, t)?.[0] ?? null).toBe(re.exec(t)?.[0] ?? null);
      }
      const word = /[a-z]{4,}/i.exec(t)?.[0] ?? "none";
      expect(builtRe(`\\b${word}\\b`).test(t)).toBe(new RegExp(`\\b${word}\\b`).test(t));
    }
    // (a global pattern is never kept: its answers depend on lastIndex)
    const g = /a/g;
    expect(lineHas(g, "a")).toBe(true);
    expect(lineHas(g, "a")).toBe(false);
    const sizes = lineCacheSizes();
    expect(sizes.lines).toBeLessThanOrEqual(2_000);
    expect(sizes.execs).toBeLessThanOrEqual(2_000);
    expect(sizes.built).toBeLessThanOrEqual(2_000);
    expect(sizes.byPronoun).toBeLessThanOrEqual(2_000);
  }, 120_000);

  it("a word table answers as the object it reads, inherited keys included", () => {
    const obj: Record<string, number> = { one: 1, two: 2 };
    const t = wordTable(obj);
    for (const w of ["one", "two", "three", "", "constructor", "toString", "__proto__", undefined]) {
      expect(t.get(w)).toBe(obj[w as string]);
      expect(t.has(w)).toBe((w as string) in obj);
    }
  });

  it("a time cue's prefilter never filters out a sentence the cue matches (probes and training lines)", () => {
    const { matched, skipped } = expectFilterKeepsMatches(
      TIME_CUE_PATTERNS,
      lines.map((l) => l.text),
      (i) => `time cue ${i}`,
    );
    expect(matched).toBeGreaterThan(300);
    expect(skipped).toBeGreaterThan(matched * 10);
  }, 120_000);

  it("the reader's first readings (every cue run) equal its later ones (cues filtered), read against two policies in turn", () => {
    const billing = getScenario("billing-error")!;
    const read = (l: { scenario: string; text: string }) => JSON.stringify([readCommitments(getScenario(l.scenario)!, l.text), readCommitments(billing, l.text)]);
    const first = lines.slice(0, 20).map(read);
    for (const l of lines.slice(20, 400)) read(l);
    expect(lines.slice(0, 20).map(read)).toEqual(first);
  }, 120_000);
});
