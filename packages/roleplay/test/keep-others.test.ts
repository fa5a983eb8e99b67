import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { keepOthers } from "../src/model/keep-others";
import type { ModelJson } from "../src/model/model";

/**
 * Analyser round 21: the shipped model keeps every label but `rude` from the model before it (src/model/keep-others.ts).
 * The base here is round 19's model (`weights-r19.json`, shipped until analyser round 23), which has one `rude` score;
 * round 23's shipped model is itself such a merge, with two (`stackRudeBias`), and cannot be merged again.
 */
const shipped = JSON.parse(readFileSync(join(__dirname, "../src/model/weights-r19.json"), "utf8")) as ModelJson;
const shippedNow = JSON.parse(readFileSync(join(__dirname, "../src/model/weights.json"), "utf8")) as ModelJson;

describe("keep-others: a new `rude` with every other label unchanged", () => {
  it("merging a model with itself gives the same weights", () => {
    const m = keepOthers(shipped, shipped);
    for (const k of ["keys", "lens", "labs", "ws", "bias", "thresholds", "rudeGate", "promoted", "scale"] as const) expect(m[k], k).toEqual(shipped[k]);
  });
  it("takes `rude`'s threshold, gate and bias from the candidate and nothing else", () => {
    const R = shipped.labels.indexOf("rude");
    const cand: ModelJson = { ...shipped, rudeGate: 0.5, thresholds: shipped.thresholds.map(() => 0.5), bias: shipped.bias.map(() => 1) };
    const m = keepOthers(shipped, cand);
    expect(m.rudeGate).toBe(0.5);
    expect(m.thresholds[R]).toBe(0.5);
    expect(m.bias[R]).toBe(1);
    m.thresholds.forEach((t, i) => i !== R && expect(t).toBe(shipped.thresholds[i]));
    m.bias.forEach((b, i) => i !== R && expect(b).toBe(shipped.bias[i]));
    expect(m.ws).toEqual(shipped.ws);
  });
  it("refuses to merge into the shipped model, which already has two `rude` scores", () => {
    expect(shippedNow.stackRudeBias).toBeDefined();
    expect(() => keepOthers(shippedNow, shipped)).toThrow(/already has two `rude` scores/);
  });
  it("refuses models with different feature options", () => {
    expect(() => keepOthers(shipped, { ...shipped, features: { ...(shipped.features as object), contempt: false } as ModelJson["features"] })).toThrow();
  });
});
