import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { literalPrefilter, mayMatch, PrefilterSet } from "../src/analyser/prefilter";
import { COMPILED, ruleHits } from "../src/analyser/rules";
import { normalise } from "../src/analyser/normalise";
import { tokenise } from "../src/analyser/tokens";
import { authorItems, oldItems, TRAINING_AUTHORS } from "../src/model/data";

// perf round 20: the rule table's cues are only run on a text that holds one of the literal strings every match needs
const texts = [...oldItems(), ...TRAINING_AUTHORS.flatMap((a) => authorItems(a))].map((x) => x.text);

describe("regex prefilter (perf round 20)", () => {
  it("reads the strings a match needs from the pattern's source", () => {
    expect(literalPrefilter(/\b(?:i'm|i am|so|very) sorry\b|\bapologi[sz]\w*|\bapologies\b/g)).toEqual([" sorry", "apologi"]);
    expect(literalPrefilter(/\b(?:refund|credit)s?\b/g)).toEqual(["refund", "credit"]);
    // a repeat at least once keeps its content's need; an optional part, a class or a look-around needs nothing
    expect(literalPrefilter(/(?:abc)+x?/)).toEqual(["abc"]);
    expect(literalPrefilter(/(?:abc)?[xyz]\w+(?=hello)/)).toBeNull();
    expect(literalPrefilter(/\b(?:a|\w+)\b/)).toBeNull();
    // escaped punctuation is a literal, an escaped letter is not; "{" that is no quantifier is a literal
    expect(literalPrefilter(/\$\d+\.\d\d per month/)).toEqual([" per month"]);
    expect(literalPrefilter(/a{2}bcd/)).toEqual(["bcd"]);
    expect(literalPrefilter(/x{y}z/)).toEqual(["x{y}z"]);
    // case-insensitive patterns get no filter
    expect(literalPrefilter(/sorry/i)).toBeNull();
  });

  it("never filters out a text a cue matches: every rule against every training line, normalised", () => {
    const set = new PrefilterSet(COMPILED.map((r) => r.needs));
    let matched = 0;
    for (const raw of texts) {
      const n = normalise(raw.slice(0, 2000));
      set.scan(n.text);
      for (const r of COMPILED) {
        const on = r.cased ? n.original : n.text;
        r.cue.lastIndex = 0;
        const m = r.cue.test(on);
        r.cue.lastIndex = 0;
        if (!m) continue;
        matched++;
        expect(mayMatch(r.needs, on), `${r.id} on ${raw}`).toBe(true);
        if (!r.cased) expect(set.mayMatch(r.index), `${r.id} on ${raw}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(1000);
    // nearly every cue has a filter (the all-capitals jargon cue cannot have one)
    expect(COMPILED.filter((r) => r.needs === null).length).toBeLessThanOrEqual(3);
  });

  it("the one-pass automaton agrees with `includes` on random strings", () => {
    const alphabet = fc.constantFrom("a", "b", "c", "ab", " ", "'", "ba", "é");
    const word = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.array(fc.option(fc.array(word, { minLength: 1, maxLength: 5 }), { nil: null }), { minLength: 1, maxLength: 6 }), fc.array(alphabet, { maxLength: 30 }), (filters, parts) => {
        const set = new PrefilterSet(filters);
        const text = parts.join("");
        set.scan(text);
        filters.forEach((f, i) => expect(set.mayMatch(i)).toBe(mayMatch(f, text)));
      }),
      { numRuns: 500 },
    );
  });

  it("ruleHits gives the same hits as running every cue", () => {
    // the rule table without its filters, run the way ruleHits ran before this round
    const unfiltered = COMPILED.map((r) => ({ ...r, needs: null }));
    for (const raw of texts.slice(0, 1500)) {
      const n = normalise(raw.slice(0, 2000));
      const tk = tokenise(n.text);
      const got = ruleHits(n.text, n.original, n.map, tk).map((h) => [h.rule.id, h.sent, h.start, h.end, h.negated]);
      const want = ruleHits(n.text, n.original, n.map, tk, unfiltered).map((h) => [h.rule.id, h.sent, h.start, h.end, h.negated]);
      expect(got, raw).toEqual(want);
    }
  });
});
