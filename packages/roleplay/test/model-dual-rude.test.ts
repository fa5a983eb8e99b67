import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";
import { keepOthers } from "../src/model/keep-others";
import { loadModel, logits, type ModelJson } from "../src/model/model";

/**
 * Analyser round 23: a new `rude` model merged with `keep-others.ts --dual` keeps the old `rude` score as the second
 * stage's input (ModelJson.stackRudeBias), so every other label scores exactly as in the model it was merged into. Round 21's
 * candidate, merged without it, lost an apology on a dev call because the second stage read its `rude`.
 */
/** the model a new `rude` was merged into (round 19's, shipped until round 23; one `rude` score) */
const base = JSON.parse(readFileSync(join(__dirname, "../src/model/weights-r19.json"), "utf8")) as ModelJson;
const R = base.labels.indexOf("rude");
/** a stand-in candidate: the same weights, `rude`'s bias moved well up (every `rude` score moves by +3) */
const cand: ModelJson = { ...base, stackRudeBias: undefined, bias: base.bias.map((b, i) => (i === R ? b + 3 : b)) };
const lines = [
  "Sorry, Mr Pryce, I just gave you the rule and nothing else, after you already emailed us twice and got nothing.",
  "I understand how frustrating this is. Let me check the order and call you back by five.",
  "That's the policy. Nothing I can do.",
  "Fine. PAC sent. Bye.",
];
const loaded = new WeakMap<ModelJson, ReturnType<typeof loadModel>>();
function scores(j: ModelJson, text: string): Float64Array {
  const m = loaded.get(j) ?? loadModel(j);
  loaded.set(j, m);
  const a = analyse(text, undefined, m.features);
  const z = new Float64Array(m.width);
  logits(m, a.feats.keys, a.feats.sents, (s) => a.tk.sents[s]!.to - a.tk.sents[s]!.from, a.tk.sents.length, z);
  return z.subarray(0, m.labels.length);
}

describe("keep-others --dual: a new `rude` leaves the other labels' scores alone", () => {
  it("with --dual every other label scores as before and `rude` as the candidate", () => {
    const merged = keepOthers(base, cand, true);
    expect(merged.stackRudeBias).toBe(base.bias[R]);
    for (const t of lines) {
      const a = scores(base, t), b = scores(merged, t), c = scores(cand, t);
      for (let l = 0; l < a.length; l++) if (l !== R) expect(b[l], `${base.labels[l]}: ${t}`).toBeCloseTo(a[l]!, 9);
      expect(b[R]).toBeCloseTo(c[R]!, 9);
    }
  });
  it("without it the second stage reads the new `rude` and another label's score moves", () => {
    const merged = keepOthers(base, cand);
    const moved = lines.some((t) => {
      const a = scores(base, t), b = scores(merged, t);
      return a.some((x, l) => l !== R && Math.abs(x - b[l]!) > 1e-6);
    });
    expect(moved).toBe(true);
  });
  it("rudeBlend decides `rude` on the two scores blended, the other labels still as before", () => {
    const merged = { ...keepOthers(base, cand, true), rudeBlend: 0.6 };
    for (const t of lines) {
      const a = scores(base, t), b = scores(merged, t), c = scores(cand, t);
      for (let l = 0; l < a.length; l++) if (l !== R) expect(b[l]).toBeCloseTo(a[l]!, 9);
      expect(b[R]).toBeCloseTo(0.6 * c[R]! + 0.4 * a[R]!, 9);
    }
  });
  it("the round-23 candidate (weights-r23.json) is such a merge: every label but `rude` scores as round 19's model", () => {
    const r23 = JSON.parse(readFileSync(join(__dirname, "../src/model/weights-r23.json"), "utf8")) as ModelJson;
    expect(r23.stackRudeBias).toBe(base.bias[R]);
    for (const t of lines) {
      const a = scores(base, t), b = scores(r23, t);
      for (let l = 0; l < a.length; l++) if (l !== R) expect(b[l]).toBeCloseTo(a[l]!, 9);
    }
  });
  it("a model whose second stage refits `rude` cannot also carry a second `rude` score", () => {
    const stack = (base.stack ?? []).map((r, i) => (i === R ? new Array(base.labels.length + 1).fill(0) : r));
    expect(() => loadModel({ ...base, stack, stackRudeBias: 0 })).toThrow();
  });
});
