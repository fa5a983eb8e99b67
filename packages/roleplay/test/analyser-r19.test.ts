import { describe, expect, it } from "vitest";
import { LABEL_IDS } from "@defuse/content";
import { analyse } from "../src/analyser/analyse";
import { DEFAULT_FEATURES, newBuffer } from "../src/analyser/features";
import { authorItems, RUDE_RICH_AUTHORS, TRAINING_AUTHORS } from "../src/model/data";

/**
 * Analyser round 19: `rude` can be fitted apart from the other labels (train.ts --rude-from-all, --rude-features), on the
 * rude-rich authors' lines too and with the contempt stage's definition markers as features, while every other label
 * is fitted on the natural-rate authors alone as before; and two more rude-rich authors, RH and RI, are training data.
 */
const keysOf = (text: string, contempt: boolean) => analyse(text, newBuffer(), { ...DEFAULT_FEATURES, contempt }).feats.keys;

describe("the contempt markers as features (FeatureOptions.contempt)", () => {
  it("are off in the default features, so a model trained without them reads exactly what it read before", () => {
    expect(DEFAULT_FEATURES.contempt).toBeUndefined();
    const t = "Oh lovely, you've clearly not read the email, have you?";
    expect(analyse(t).feats.keys).toEqual(keysOf(t, false));
  });

  it("add a marker once per sentence, and again when the sentence addresses her", () => {
    const extra = (t: string) => keysOf(t, true).length - keysOf(t, false).length;
    // sarcastic praise aimed at her: the marker and the marker & "addresses her"
    const aimed = extra("Well done, you found the button.");
    // the same praise for a thing, no second person: the marker alone
    const unaimed = extra("Well done to the engineers on that one.");
    expect(aimed).toBeGreaterThan(unaimed);
    expect(unaimed).toBeGreaterThan(0);
    // two sentences with a marker each count twice
    expect(extra("Lovely. Lovely.")).toBe(2 * extra("Lovely."));
  });

  it("are the same keys for the same words wherever they stand in the turn (they weigh by meaning, not position)", () => {
    const a = new Set(keysOf("As I said, it's non-refundable.", true));
    const b = new Set(keysOf("It's non-refundable, as I said.", true));
    const plain = (t: string) => new Set(keysOf(t, false));
    const marker = (s: Set<number>, t: string) => [...s].filter((k) => !plain(t).has(k)).sort();
    expect(marker(a, "As I said, it's non-refundable.")).toEqual(marker(b, "It's non-refundable, as I said."));
  });
});

describe("`rude` fitted apart (train.ts rudeFromAll / mergeRude)", () => {
  it("the merged model scores `rude` as the `rude` fit does and every other label as the other fit does", async () => {
    const { fit, FIT, ownAnalyser, prepare, mergeRude, RUDE_ONLY, ALL_BUT_RUDE, logitsOfExport, rudeDocs, rudeFeatures } = await import("../src/model/train");
    const R = LABEL_IDS.indexOf("rude");
    const o = { ...FIT, epochs: 2 };
    const natural = prepare(authorItems("W").slice(0, 300), ownAnalyser);
    const rich = prepare(authorItems("RA").slice(0, 200), ownAnalyser);
    const feat = rudeFeatures("contempt");
    const m = fit(natural, o, ALL_BUT_RUDE);
    const r = fit(rudeDocs([...natural, ...rich], feat), o, RUDE_ONLY);
    const merged = mergeRude(m, r);
    const probe = prepare([{ id: "p", text: "Oh well done, you can read after all. I'll send the form now.", labels: [], group: "x" }], ownAnalyser)[0]!;
    const withMarkers = rudeDocs([probe], feat)[0]!;
    const zm = logitsOfExport(m, probe), zr = logitsOfExport(r, withMarkers), z = logitsOfExport(merged, withMarkers);
    for (let l = 0; l < LABEL_IDS.length; l++) expect(z[l], LABEL_IDS[l]).toBeCloseTo(l === R ? zr[R]! : zm[l]!, 9);
    // the `rude` fit saw the rude-rich lines, so its weights differ from a natural-only one
    const rn = fit(rudeDocs(natural, feat), o, RUDE_ONLY);
    expect(logitsOfExport(rn, withMarkers)[R]).not.toBeCloseTo(zr[R]!, 3);
  });
});

describe("the rude-rich authors RH and RI (analyser round 19)", () => {
  for (const a of ["RH", "RI"]) {
    it(`${a} is a rude-rich training author with its adjudicated labels, about a third rude`, () => {
      expect(TRAINING_AUTHORS).toContain(a);
      expect(RUDE_RICH_AUTHORS).toContain(a);
      const items = authorItems(a);
      expect(items.length).toBe(300);
      const rude = items.filter((x) => x.labels.includes("rude")).length;
      expect(rude).toBeGreaterThan(80);
      expect(rude).toBeLessThan(130);
    });
  }
  it("the held-out rude-rich authors stay out of training", () => {
    expect(TRAINING_AUTHORS).not.toContain("RE");
    expect(TRAINING_AUTHORS).not.toContain("RG");
  });
});
