import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";
import { DEFAULT_FEATURES } from "../src/analyser/features";
import { rudeFeatures } from "../src/model/train";

/**
 * Analyser round 23: the turn's shape (FeatureOptions.shape), a feature family only `rude`'s fit may read
 * (`train-model -- --rude-features contempt+shape`): measured, not shipped (see the README's round 23).
 */
const keys = (text: string, shape: boolean) => new Set(analyse(text, undefined, { ...DEFAULT_FEATURES, contempt: true, shape }).feats.keys);

describe("the turn's shape as features", () => {
  it("adds keys only when asked for", () => {
    const off = keys("Fine. PAC sent. Bye.", false), on = keys("Fine. PAC sent. Bye.", true);
    expect(on.size).toBeGreaterThan(off.size);
    for (const k of off) expect(on.has(k)).toBe(true);
  });
  it("tells a clipped turn from the same words in one sentence, and marks '...' and '?!'", () => {
    const extra = (t: string) => [...keys(t, true)].filter((k) => !keys(t, false).has(k)).sort();
    expect(extra("Fine. PAC sent. Bye.")).not.toEqual(extra("Fine, the PAC is sent, bye"));
    expect(extra("Right... the refund is on its way").length).toBeGreaterThan(extra("Right, the refund is on its way").length);
    expect(extra("You did what?!").length).toBeGreaterThan(extra("You did what?").length);
  });
  it("is named in --rude-features", () => {
    expect(rudeFeatures("contempt+shape")).toMatchObject({ contempt: true, shape: true });
    expect(rudeFeatures("contempt+you")).toMatchObject({ contempt: true, youClusters: true });
    expect(() => rudeFeatures("shape")).toThrow();
  });
});
