import { expect } from "vitest";
import { literalPrefilter, mayMatch, PrefilterSet } from "../../src/analyser/prefilter";
import { tokenise } from "../../src/commitments/tokens";

/**
 * Every sentence of `texts` (as the commitment reader joins it) against every pattern: a pattern that matches is never
 * filtered out, by its prefilter alone or by the automaton over all of them (speed rounds 23 and 24). Returns how many
 * pattern runs matched and how many the automaton skipped.
 */
export function expectFilterKeepsMatches(patterns: readonly RegExp[], texts: readonly string[], name: (i: number) => string): { matched: number; skipped: number } {
  const needs = patterns.map((re) => literalPrefilter(re));
  const set = new PrefilterSet(needs);
  let matched = 0;
  let skipped = 0;
  for (const text of texts) {
    for (const s of tokenise(text.slice(0, 2000))) {
      const joined = s.toks.map((t) => t.n).join(" ");
      set.scan(joined);
      patterns.forEach((re, i) => {
        re.lastIndex = 0;
        const m = re.test(joined);
        re.lastIndex = 0;
        if (!set.mayMatch(i)) skipped++;
        if (!m) return;
        matched++;
        expect(set.mayMatch(i), `${name(i)} on "${joined}"`).toBe(true);
        expect(mayMatch(needs[i]!, joined)).toBe(true);
      });
    }
  }
  return { matched, skipped };
}
