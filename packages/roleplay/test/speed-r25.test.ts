import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catalogue, type Scenario } from "@defuse/content";
import { plainSentences, putsChoice, readPlainSentences } from "../src/engine/choice";
import {
  asksDetails,
  beforeAnsweredGap,
  digsAtHer,
  factsAsked,
  heardAsThanked,
  listSalad,
  moodLineOf,
  onlyPart,
  personalAsked,
  readAsksDetails,
  readBeforeAnsweredGap,
  readFactsAsked,
  readHeardAsThanked,
  readListSalad,
  readOnlyPart,
  readPersonalAsked,
  readTopicsAsked,
  readWithoutGiving,
  speedR25CacheSizes,
  takingUpLines,
  topicsAskedIn,
  withoutGiving,
  withoutRuledOut,
} from "../src/engine/conversation";
import { keptPerScenarioText, keptPerText } from "../src/engine/kept";
import { PUT_DOWNS } from "../src/engine/phrases";
import { lower, readSentences, sentenceReads } from "../src/engine/substance";
import { simulate } from "../src/simulate";
import { readCalls } from "./helpers/calls";

/**
 * Speed round 25 changes no output: what a turn works out again and again (each sentence's reading, the facts a question asks
 * about, the plain sentences of a turn, whether a line of hers is thanks the turn earned, the mood line a reply came from, a dig
 * at her) is kept per scenario and text, and per-scenario tables are made once. Each check compares the kept answer with the
 * one worked out afresh, also after the cache has been filled past its bound with other texts, and checks the bound.
 */
const calls = [...readCalls("calls-dev9.json"), ...readCalls("calls-dev18.json"), ...readCalls("v2/calls-dev-C34.json")];
const scenarios: Scenario[] = catalogue.scenarios;
const scenarioOf = (id: string) => scenarios.find((s) => s.id === id)!;
/** Agent turns of the dev calls, with their scenario. */
const turns = calls.flatMap((c) => c.turns.filter((t): t is string => typeof t === "string").map((text) => ({ scenario: scenarioOf(c.scenario), text })));
/** Texts no cache has seen: `n` of them, each different. */
const fresh = (n: number, tag: string) => Array.from({ length: n }, (_, i) => `${tag} ${i}. Can you tell me when it started? I'll refund the £${i} today, or credit it. Sorry, no promises.`);
/** Every cache of the round filled past its bound with texts of the billing call no call has. */
function fillPast(tag: string): void {
  const billing = scenarioOf("billing-error");
  for (const t of fresh(2_600, tag)) {
    sentenceReads(billing, t);
    factsAsked(billing, t, true);
    plainSentences(billing, t);
    putsChoice(billing, t);
    withoutRuledOut(t);
    digsAtHer(t);
    topicsAskedIn(billing, `${t}?`);
    beforeAnsweredGap(t);
    listSalad(t);
    withoutGiving(t);
    asksDetails(t);
    personalAsked(t);
    onlyPart(billing, lower(t));
    heardAsThanked("That's kind of you to say.", lower(t), "");
  }
}
const lineWords = (l: Scenario["lines"]["calmer"][number], intensity: "standard" | "reduced") =>
  typeof l === "string" ? l : intensity === "reduced" && l.mild ? l.mild : l.text;

describe("speed round 25: the same outputs, less work", () => {
  it("her words joined never split into fewer words than her opening alone (why a 20-word opening has told it all)", () => {
    const words = (s: string) => s.split(/\s+/).length;
    const text = fc.string({ unit: fc.constantFrom("a", "b", " ", "\t", "\n", "\u00a0", ".", "'") });
    fc.assert(fc.property(text, fc.array(text), (opening, lines) => words([opening, ...lines].join(" ")) >= words(opening)), { numRuns: 2_000 });
    for (const s of scenarios) expect(words([s.openingLine, "Fine.", "", " Go on. "].join(" "))).toBeGreaterThanOrEqual(words(s.openingLine));
  });
  it("a kept function answers as the function, undefined included, works each text out once and stays bounded", () => {
    let runs = 0;
    const f = keptPerText((t: string) => {
      runs++;
      return t.length % 2 === 0 ? undefined : t.length;
    }, 10);
    for (let i = 0; i < 25; i++) for (const t of ["ab", "abc", `x${i}`]) expect(f(t)).toBe(t.length % 2 === 0 ? undefined : t.length);
    expect(f.size()).toBeLessThanOrEqual(10);
    expect(runs).toBeLessThan(25 * 3);
    const billing = scenarioOf("billing-error");
    const other = scenarioOf(calls[0]!.scenario === "billing-error" ? calls[1]!.scenario : calls[0]!.scenario);
    const g = keptPerScenarioText((s, t) => `${s.id}:${t}`, 10);
    for (let i = 0; i < 25; i++) {
      expect(g(billing, `t${i}`)).toBe(`billing-error:t${i}`);
      expect(g(other, `t${i}`)).toBe(`${other.id}:t${i}`);
    }
    expect(g.size(billing)).toBeLessThanOrEqual(10);
  });

  it("a call played again after every cache was filled past its bound gives the same result as when first played", () => {
    const some = calls.filter((_, i) => i % 4 === 0);
    const play = () => some.map((c) => JSON.stringify(simulate({ scenario: c.scenario, turns: c.turns, seed: 2 })));
    const first = play();
    expect(play()).toEqual(first);
    fillPast("fill");
    expect(play()).toEqual(first);
  }, 240_000);

  it("kept sentence readings, facts asked, plain sentences and digs equal fresh ones, and the caches stay bounded", () => {
    const check = () => {
      for (const { scenario, text } of turns) {
        expect(sentenceReads(scenario, text)).toEqual(readSentences(scenario, text));
        expect(factsAsked(scenario, text, true)).toEqual(readFactsAsked(scenario, text));
        expect(factsAsked(scenario, text, false)).toEqual([]);
        expect(plainSentences(scenario, text.slice(0, 2000))).toEqual(readPlainSentences(scenario, text.slice(0, 2000)));
        expect(digsAtHer(text)).toBe(PUT_DOWNS.some((re) => re.test(text.slice(0, 2000))));
        expect(beforeAnsweredGap(text)).toBe(readBeforeAnsweredGap(text));
        expect(listSalad(text)).toBe(readListSalad(text));
        expect(withoutGiving(text)).toBe(readWithoutGiving(text));
        expect(asksDetails(text)).toBe(readAsksDetails(text));
        expect(personalAsked(text)).toEqual(readPersonalAsked(text));
        expect(onlyPart(scenario, lower(text))).toBe(readOnlyPart(scenario, lower(text)));
        expect(withoutRuledOut(text)).toBe(text.replace(/\b(?:won't|will not|don't|do not|no need to|not)\s+(?:have to\s+|need to\s+)?wait\s+(?:till|until|for)\s+(?:the\s+)?[a-z]+|\b(?:instead of|rather than)\s+(?:on\s+)?[a-z]+/gi, " "));
      }
    };
    check();
    // (a kept answer is a copy where the caller may change it)
    const { scenario, text } = turns.find((t) => readFactsAsked(t.scenario, t.text).length > 0)!;
    factsAsked(scenario, text, true).push("changed");
    expect(factsAsked(scenario, text, true)).toEqual(readFactsAsked(scenario, text));
    const asking = turns.find((t) => readPersonalAsked(t.text).length > 0)!.text;
    personalAsked(asking).push("changed");
    expect(personalAsked(asking)).toEqual(readPersonalAsked(asking));
    const billing = scenarioOf("billing-error");
    fillPast("bound");
    expect(sentenceReads.size(billing)).toBeLessThanOrEqual(2_000);
    expect(plainSentences.size(billing)).toBeLessThanOrEqual(2_000);
    expect(putsChoice.size(billing)).toBeLessThanOrEqual(2_000);
    const sizes = speedR25CacheSizes(billing);
    expect(sizes.factsAsked).toBeLessThanOrEqual(2_000);
    expect(sizes.ruledOut).toBeLessThanOrEqual(2_000);
    expect(sizes.digs).toBeLessThanOrEqual(2_000);
    for (const kept of [beforeAnsweredGap, listSalad, withoutGiving, asksDetails]) expect(kept.size()).toBeLessThanOrEqual(2_000);
    expect(onlyPart.size(billing)).toBeLessThanOrEqual(2_000);
    check();
  }, 240_000);

  it("her lines: kept thanks, topics asked, mood lines and offers taken up equal the rules worked out afresh", () => {
    const heard = turns.slice(0, 60).map((t) => lower(t.text));
    for (const s of scenarios) {
      const all = (["calmer", "same", "angrier", "resolved", "closing"] as const).flatMap((g) => s.lines[g] ?? []);
      for (const intensity of ["standard", "reduced"] as const) {
        // (the first line of the mood groups with those words, as the old search found it; none for words not hers)
        const moods = (["calmer", "same", "angrier"] as const).flatMap((g) => s.lines[g]);
        for (const l of all) {
          const w = lineWords(l, intensity);
          expect(moodLineOf(s, intensity, w)).toBe(moods.find((m) => lineWords(m, intensity) === w));
        }
        expect(moodLineOf(s, intensity, "Not a line of hers.")).toBeUndefined();
        // (lines taking up an offer: an offer as precondition, no broken rule, no doubt or no in the words)
        const taking = (["calmer", "same", "resolved"] as const)
          .flatMap((g) => s.lines[g])
          .filter((l) => typeof l === "object" && (l.when?.offered?.length ?? 0) > 0 && !(l.when?.breached?.length ?? 0))
          .map((l) => [lineWords(l, intensity), typeof l === "object" ? l.when!.offered : []] as const)
          .filter(([w]) => !/\?|\b(?:no|not|don't|won't|never|can't)\b|n't\b/i.test(w));
        expect(takingUpLines(s, intensity)).toEqual(taking);
      }
      for (const l of all) {
        const w = lineWords(l, "standard");
        expect(topicsAskedIn(s, w)).toEqual(readTopicsAsked(s, w));
        for (let i = 0; i < heard.length; i += 7) expect(heardAsThanked(w, heard[i]!, heard[i + 1] ?? "")).toBe(readHeardAsThanked(w, heard[i]!, heard[i + 1] ?? ""));
      }
    }
    // (bounded: at most 500 turns' words, each with at most 50 earlier words)
    for (const t of fresh(700, "turn")) heardAsThanked("Thank you for actually apologising.", lower(t), "earlier");
    for (const t of fresh(80, "earlier")) heardAsThanked("Thank you for actually apologising.", "one turn", t);
    const sizes = speedR25CacheSizes(scenarioOf("billing-error"));
    expect(sizes.thankedTurns).toBeLessThanOrEqual(500);
    expect(sizes.thankedEarlier).toBeLessThanOrEqual(50);
    for (const s of scenarios) expect(speedR25CacheSizes(s).topicsAsked).toBeLessThanOrEqual(2_000);
  }, 240_000);
});
