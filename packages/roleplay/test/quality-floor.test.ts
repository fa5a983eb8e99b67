/**
 * Quality floor on the held-out authors, never trained on, so these are the honest figures: K (since
 * the seventh analyser round), L and O (tenth round), Z (thirteenth, pitfall-rich), RE (sixteenth, rude-rich), RG (the lead's sixteenth round, rude-rich) and T (new in the eighth round, written after every rule and setting of
 * that round was chosen). Only aggregates are computed and asserted; no item of either is printed,
 * here or anywhere else. The floors are the figures reached at the lead's last look (README, "Looks
 * at the held-out authors K and T"), less a small margin for retraining noise.
 */
import { describe, expect, it } from "vitest";
import { labelIds } from "../src/analyser/label";
import { evaluate } from "../src/eval/metrics";
import { authorItems, FRESH_HELD_OUT_AUTHORS, HELD_OUT_AUTHOR, MORE_HELD_OUT_AUTHORS, PITFALL_HELD_OUT_AUTHOR, RUDE_RICH_HELD_OUT_AUTHOR, SECOND_HELD_OUT_AUTHOR, SECOND_RUDE_RICH_HELD_OUT_AUTHOR } from "../src/model/data";

const REACHED: Record<string, { microF1: number; macroF1: number }> = {
  // twelfth round's look (19 training authors): K 0.867 / 0.876, T 0.848 / 0.865
  // analyser round 16's retrained model (24 training authors) was not shipped (README, "Analyser round 16, the lead's
  // decision"); the shipped weights with round 16's rules: K 0.866 / 0.876, T 0.844 / 0.861, L 0.815 / 0.820,
  // O 0.798 / 0.795, Z 0.797 / 0.811, RE 0.699 / 0.811
  [HELD_OUT_AUTHOR]: { microF1: 0.867, macroF1: 0.877 },
  [SECOND_HELD_OUT_AUTHOR]: { microF1: 0.848, macroF1: 0.865 },
  // tenth round: L and O, never trained on (their first look, with round 10's model: 0.813 / 0.823 and 0.798 / 0.791)
  // and L 0.817 / 0.821, O 0.800 / 0.797 at the twelfth round's look
  L: { microF1: 0.817, macroF1: 0.821 },
  O: { microF1: 0.8, macroF1: 0.797 },
  // thirteenth round: Z, pitfall-rich (43 rude lines), first look 0.795 / 0.810 with round 12's model, 0.797 / 0.811 at
  // the round's last look (T 0.844 / 0.861, K 0.867 / 0.877, L 0.815 / 0.820, O 0.798 / 0.795: within the margin of round 12's)
  [PITFALL_HELD_OUT_AUTHOR]: { microF1: 0.797, macroF1: 0.811 },
  // analyser round 16: RE, the sixth rude-rich author (240 lines, half rude), never trained on: 0.744 / 0.839 with the
  // round's retrained model (not shipped), 0.699 / 0.811 with the shipped weights
  [RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.699, macroF1: 0.811 },
  // sixteenth round (the lead's): RG, a seventh rude-rich author (300 lines, 79 rude), first look with the shipped
  // weights and analyser round 17's rules (its contempt stage off): 0.731 / 0.799, rude P / R 0.96 / 0.30
  [SECOND_RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.731, macroF1: 0.799 },
};
// analyser round 20 shipped the round-19 model (`rude` fitted with the contempt markers): K 0.869 / 0.881, T 0.852 / 0.869,
// L 0.816 / 0.820, O 0.799 / 0.792, Z 0.806 / 0.825, RE 0.722 / 0.819, RG 0.737 / 0.802; the floors rise where it reached higher
Object.assign(REACHED, {
  [HELD_OUT_AUTHOR]: { microF1: 0.869, macroF1: 0.881 },
  [SECOND_HELD_OUT_AUTHOR]: { microF1: 0.852, macroF1: 0.869 },
  [PITFALL_HELD_OUT_AUTHOR]: { microF1: 0.806, macroF1: 0.825 },
  [RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.722, macroF1: 0.819 },
  [SECOND_RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.737, macroF1: 0.802 },
});
// the lead's eighteenth round: HB and HC, first look before round 22's merges (main at d376480): HB 0.860 / 0.883, HC
// 0.835 / 0.856; after them (round 19's model shipped, rounds 20 and 22's rules): HB 0.863 / 0.886, HC 0.837 / 0.858
Object.assign(REACHED, { HB: { microF1: 0.863, macroF1: 0.886 }, HC: { microF1: 0.837, macroF1: 0.858 } });
// analyser round 21 (its rules on the shipped weights; the new `rude` model is left for the lead, weights-r21.json):
// K 0.870 / 0.883, T 0.852 / 0.869, L 0.816 / 0.822, O 0.799 / 0.792, Z 0.807 / 0.827, RE 0.732 / 0.821, RG 0.748 / 0.808,
// HB 0.863 / 0.886, HC 0.837 / 0.858; the floors rise where it reached higher (never down)
for (const [a, f] of Object.entries({
  [HELD_OUT_AUTHOR]: { microF1: 0.87, macroF1: 0.883 },
  [PITFALL_HELD_OUT_AUTHOR]: { microF1: 0.807, macroF1: 0.827 },
  [RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.732, macroF1: 0.821 },
  [SECOND_RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.748, macroF1: 0.808 },
}))
  REACHED[a] = { microF1: Math.max(REACHED[a]!.microF1, f.microF1), macroF1: Math.max(REACHED[a]!.macroF1, f.macroF1) };
// analyser round 22 (nineteen asserted `rude` families, rules only): K 0.871 / 0.884, O 0.800 / 0.795, Z 0.809 / 0.828,
// RE 0.743 / 0.824, RG 0.757 / 0.812; HB, HC, T and L unchanged; the floors rise where it reached higher (never down)
for (const [a, f] of Object.entries({
  [HELD_OUT_AUTHOR]: { microF1: 0.871, macroF1: 0.884 },
  [MORE_HELD_OUT_AUTHORS[1]]: { microF1: 0.8, macroF1: 0.795 },
  [PITFALL_HELD_OUT_AUTHOR]: { microF1: 0.809, macroF1: 0.828 },
  [RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.743, macroF1: 0.824 },
  [SECOND_RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.757, macroF1: 0.812 },
}))
  REACHED[a] = { microF1: Math.max(REACHED[a]!.microF1, f.microF1), macroF1: Math.max(REACHED[a]!.macroF1, f.macroF1) };
// analyser round 23 (the rude blend shipped, weights-r23.json): HC 0.839 / 0.860, K 0.874 / 0.887, O 0.801 / 0.797,
// Z 0.811 / 0.832, RE 0.766 / 0.829, RG 0.766 / 0.815; HB, T and L unchanged; the floors rise where it reached higher
for (const [a, f] of Object.entries({
  HC: { microF1: 0.839, macroF1: 0.86 },
  [HELD_OUT_AUTHOR]: { microF1: 0.874, macroF1: 0.887 },
  [MORE_HELD_OUT_AUTHORS[1]]: { microF1: 0.801, macroF1: 0.797 },
  [PITFALL_HELD_OUT_AUTHOR]: { microF1: 0.811, macroF1: 0.832 },
  [RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.766, macroF1: 0.829 },
  [SECOND_RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.766, macroF1: 0.815 },
}))
  REACHED[a] = { microF1: Math.max(REACHED[a]!.microF1, f.microF1), macroF1: Math.max(REACHED[a]!.macroF1, f.macroF1) };
// analyser round 24 (the solution/options pair yields only options; four vetoes that touched no held-out line): HB 0.872 /
// 0.889, HC 0.847 / 0.863, Z 0.812 / 0.833, RE 0.774 / 0.832, RG 0.770 / 0.816 rise; T 0.847 / 0.867, K 0.870 / 0.886,
// L 0.814 / 0.821, O 0.800 / 0.796 fall by .002-.005 (within the margin); the floors rise where it reached higher
for (const [a, f] of Object.entries({
  HB: { microF1: 0.872, macroF1: 0.889 },
  HC: { microF1: 0.847, macroF1: 0.863 },
  [PITFALL_HELD_OUT_AUTHOR]: { microF1: 0.812, macroF1: 0.833 },
  [RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.774, macroF1: 0.832 },
  [SECOND_RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.77, macroF1: 0.816 },
}))
  REACHED[a] = { microF1: Math.max(REACHED[a]!.microF1, f.microF1), macroF1: Math.max(REACHED[a]!.macroF1, f.macroF1) };
// analyser round 25 (rules from the dev and rude-rich authors' families, the regard lexicon): RG 0.771 / 0.818 rises; every
// other held-out author's micro and macro F1 as at round 24 (HB .872, HC .847, T .847, K .870, L .814, O .800, Z .812, RE .774)
for (const [a, f] of Object.entries({ [SECOND_RUDE_RICH_HELD_OUT_AUTHOR]: { microF1: 0.771, macroF1: 0.818 } }))
  REACHED[a] = { microF1: Math.max(REACHED[a]!.microF1, f.microF1), macroF1: Math.max(REACHED[a]!.macroF1, f.macroF1) };
const MARGIN = 0.02;

/** Lines per held-out author's file: 400, but the rude-rich RE's 240 and RG's 300, and HB's and HC's 180. */
const LINES: Record<string, number> = { [RUDE_RICH_HELD_OUT_AUTHOR]: 240, [SECOND_RUDE_RICH_HELD_OUT_AUTHOR]: 300, HB: 180, HC: 180 };

for (const author of [HELD_OUT_AUTHOR, SECOND_HELD_OUT_AUTHOR, ...MORE_HELD_OUT_AUTHORS, PITFALL_HELD_OUT_AUTHOR, RUDE_RICH_HELD_OUT_AUTHOR, SECOND_RUDE_RICH_HELD_OUT_AUTHOR, ...FRESH_HELD_OUT_AUTHORS]) {
  describe(`held-out author ${author} quality floor`, () => {
    const items = authorItems(author);
    const reached = REACHED[author]!;
    it("the held-out author's file is in the repo", () => expect(items.length).toBe(LINES[author] ?? 400));
    it(`micro and macro F1 stay within ${MARGIN} of the figures reached`, () => {
      const r = evaluate(items, (u) => labelIds(u.text, { scenario: u.scenario }));
      // aggregates only: a failure message shows two numbers, never an item
      expect(Number(r.microF1.toFixed(3))).toBeGreaterThanOrEqual(reached.microF1 - MARGIN);
      expect(Number(r.macroF1.toFixed(3))).toBeGreaterThanOrEqual(reached.macroF1 - MARGIN);
    });
  });
}
