import { describe, expect, it } from "vitest";
import { catalogue, isPitfall, labelName, LABEL_IDS, PITFALL_IDS } from "../src";

describe("labelName: one naming of techniques and pitfalls for every screen", () => {
  it("gives the taxonomy's name learners see, never the internal key", () => {
    expect(labelName("open_question")).toBe("Open question");
    for (const id of LABEL_IDS) {
      expect(labelName(id)).toBe(catalogue.techniques.find((t) => t.id === id)!.name);
      expect(labelName(id)).not.toMatch(/_/);
    }
  });
  it("reads an id outside the taxonomy as words", () => {
    expect(labelName("old_label")).toBe("Old label");
  });
  it("knows which ids are pitfalls from the one list of label ids", () => {
    expect(PITFALL_IDS.every(isPitfall)).toBe(true);
    expect(isPitfall("empathy")).toBe(false);
    expect(catalogue.techniques.filter((t) => t.kind === "pitfall").map((t) => t.id).sort()).toEqual([...PITFALL_IDS].sort());
  });
});
