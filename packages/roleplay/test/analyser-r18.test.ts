import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { authorItems, DATA_DIR, RUDE_RICH_AUTHORS, TRAINING_AUTHORS } from "../src/model/data";

/**
 * Analyser round 18: the natural-rate training authors' mild forms of contempt settled by the taxonomy's definition of
 * `rude` (an independent adjudicator's decisions, applied by src/model/relabel.ts). The record beside the data
 * (v2/relabel-r18.jsonl) is the round's lasting result: these tests hold the training files to it, so a later edit
 * that undoes one of its changes, or a change to another label made under its name, fails here.
 */
interface Change {
  key: string;
  before: string[];
  after: string[];
  reason: string;
}
const record = readFileSync(join(DATA_DIR, "v2", "relabel-r18.jsonl"), "utf8")
  .split("\n")
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Change);
const without = (ls: string[]) => ls.filter((l) => l !== "rude").sort();

describe("the round-18 relabelling record", () => {
  it("moves `rude` both ways, and only `rude`", () => {
    const added = record.filter((c) => c.after.includes("rude") && !c.before.includes("rude"));
    const removed = record.filter((c) => c.before.includes("rude") && !c.after.includes("rude"));
    expect(added.length).toBeGreaterThan(0);
    expect(removed.length).toBeGreaterThan(0);
    expect(added.length + removed.length).toBe(record.length);
    for (const c of record) expect(without(c.after), c.key).toEqual(without(c.before));
    for (const c of record) expect(c.reason.length, c.key).toBeGreaterThan(0);
  });

  it("touches only the natural-rate training authors (never the held-out, dev or rude-rich ones)", () => {
    const natural = new Set(TRAINING_AUTHORS.filter((a) => !RUDE_RICH_AUTHORS.includes(a)));
    for (const c of record) expect(natural.has(c.key.split(":")[0]!), c.key).toBe(true);
    expect(new Set(record.map((c) => c.key)).size).toBe(record.length);
  });

  it("is what training reads: each recorded line carries its `after` labels", () => {
    const byAuthor = new Map<string, Map<string, string[]>>();
    for (const c of record) {
      const [author, id] = c.key.split(":") as [string, string];
      if (!byAuthor.has(author)) byAuthor.set(author, new Map(authorItems(author).map((it) => [it.id, it.labels as string[]])));
      const labels = byAuthor.get(author)!.get(id);
      expect(labels, c.key).toBeDefined();
      expect([...labels!].sort(), c.key).toEqual([...c.after].sort());
    }
  });
});

describe("train.ts refits one label alone (the per-label out-of-fold cache rests on this)", () => {
  it("a label fitted alone gets the weights it gets among all labels, and the others stay zero", async () => {
    const { fit, FIT, ownAnalyser, prepare } = await import("../src/model/train");
    const { LABEL_IDS } = await import("@defuse/content");
    const docs = prepare([...authorItems("U"), ...authorItems("W")].slice(0, 500), ownAnalyser);
    const L = LABEL_IDS.length, R = LABEL_IDS.indexOf("rude");
    const all = fit(docs, { ...FIT, epochs: 2 });
    const mask = new Uint8Array(L);
    mask[R] = 1;
    const one = fit(docs, { ...FIT, epochs: 2 }, mask);
    let rudeWeights = 0;
    for (let i = 0; i < all.w.length; i++) {
      if (i % L === R) {
        expect(one.w[i]).toBe(all.w[i]);
        if (one.w[i] !== 0) rudeWeights++;
      } else expect(one.w[i]).toBe(0);
    }
    expect(rudeWeights).toBeGreaterThan(0);
    expect(one.b[R]).toBe(all.b[R]);
  });
});
