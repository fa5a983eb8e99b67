import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildGate, gateState, literalsOf, openGates } from "../src/analyser/gate";
import { normalise } from "../src/analyser/normalise";
import * as P from "../src/analyser/patterns";

describe("pattern gates", () => {
  it("finds the literals every match needs", () => {
    expect(literalsOf("\\b(?:calm down|relax)\\b")).toEqual(["calm down", "relax"]);
    expect(literalsOf("\\byou (?:should|must)(?: have)?")).not.toBeNull();
    expect(literalsOf("(?:a|)")).toBeNull();
    expect(literalsOf("\\w+")).toBeNull();
    expect(literalsOf("(?<!until )\\bit's done(?! yet)")).toEqual(["it's done"]);
  });

  it("never closes a pattern that matches (every pattern, every tuning utterance)", () => {
    const families = Object.values(P).filter((v): v is RegExp[] => Array.isArray(v) && v[0] instanceof RegExp);
    const patterns = families.flat();
    const ids = patterns.map((r) => buildGate([r]));
    const open = gateState();
    const texts = ["dev.jsonl", "test.jsonl", "train.jsonl"].flatMap((f) =>
      readFileSync(join(__dirname, "../src/eval/data", f), "utf8").split("\n").filter(Boolean).map((l) => normalise(JSON.parse(l).text).text),
    );
    let checked = 0;
    for (const t of texts) {
      openGates(t);
      patterns.forEach((r, i) => {
        if (new RegExp(r.source).test(t)) {
          checked++;
          expect(open[ids[i]!], `${r.source.slice(0, 60)} on ${t}`).toBe(1);
        }
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
