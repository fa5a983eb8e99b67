import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { agreement, cohensKappa, splitAdjudicated } from "../src/eval/agreement";

describe("annotator agreement", () => {
  it("is 1 for identical decisions and 0 for agreement no better than chance", () => {
    expect(cohensKappa([true, false, true, false], [true, false, true, false])).toBe(1);
    // Each annotator says yes half the time, independently: observed agreement 0.5 = chance.
    expect(cohensKappa([true, true, false, false], [true, false, true, false])).toBeCloseTo(0, 10);
  });

  it("matches a worked example (Cohen 1960 style 2x2 table)", () => {
    // 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: po = 0.7, pe = 0.5*0.6 + 0.5*0.4 = 0.5, kappa = 0.4
    const a = [...Array(25).fill(true), ...Array(25).fill(false)];
    const b = [...Array(20).fill(true), ...Array(5).fill(false), ...Array(10).fill(true), ...Array(15).fill(false)];
    expect(cohensKappa(a, b)).toBeCloseTo(0.4, 10);
  });

  it("pairs items by id and lists every item whose label sets differ", () => {
    const r = agreement(
      [
        { id: "x1", labels: ["empathy"] },
        { id: "x2", labels: ["blame", "apology"] },
        { id: "x3", labels: [] },
        { id: "only-first", labels: ["rude"] },
      ],
      [
        { id: "x2", labels: ["apology"] },
        { id: "x1", labels: ["empathy"] },
        { id: "x3", labels: [] },
      ],
    );
    expect(r.items).toBe(3);
    expect(r.disagreements).toEqual([{ id: "x2", first: ["blame", "apology"], second: ["apology"] }]);
    const blame = r.perLabel.find((l) => l.label === "blame")!;
    expect([blame.first, blame.second, blame.both]).toEqual([1, 0, 0]);
    expect(r.perLabel.find((l) => l.label === "empathy")!.kappa).toBe(1);
  });

  it("reads an adjudicated file's author and second-annotator labels as the two sets (authors E and F)", () => {
    const dir = mkdtempSync(join(tmpdir(), "agreement-"));
    const file = join(dir, "final-X.jsonl");
    writeFileSync(
      file,
      [
        { id: "X-1", text: "a", labels: ["blame"], labelsAuthor: ["blame"], labelsSecond: ["blame", "rude"] },
        { id: "X-2", text: "b", labels: [], labelsAuthor: [], labelsSecond: [] },
      ].map((o) => JSON.stringify(o)).join("\n"),
    );
    const [first, second] = splitAdjudicated(file);
    const r = agreement(first, second);
    expect(r.items).toBe(2);
    expect(r.disagreements).toEqual([{ id: "X-1", first: ["blame"], second: ["blame", "rude"] }]);
    expect(r.perLabel.find((l) => l.label === "blame")!.kappa).toBe(1);
  });
});
