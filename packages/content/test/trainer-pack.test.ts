import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { getJobAid, trainerPack } from "../src";
import { findFingerprintOverlaps, type FingerprintFile } from "../src/originality";

describe("team-leader pack", () => {
  it("has the three printable job aids trainers hand out", () => {
    expect(trainerPack.jobAids.map((a) => a.id)).toEqual(["boundary-script", "warm-transfer", "follow-up-checklist"]);
    expect(getJobAid("warm-transfer")?.title).toMatch(/warm-transfer/i);
    expect(getJobAid("nope")).toBeUndefined();
  });
  it("keeps each job aid to one page (at most about 220 words)", () => {
    for (const a of trainerPack.jobAids) {
      const words = [a.title, a.purpose, ...a.sections.flatMap((s) => [s.heading, ...s.items])].join(" ").split(/\s+/).length;
      expect(words, a.id).toBeLessThanOrEqual(220);
    }
  });
  it("covers running a session and calibrating scores", () => {
    expect(trainerPack.facilitationGuide.body).toMatch(/## A 60-minute plan/);
    expect(trainerPack.facilitationGuide.body).toMatch(/## Calibrating with the rubric/);
  });
  it("shares no run of 8 words with the seed articles", () => {
    const file = JSON.parse(readFileSync(resolve(dirname(fileURLToPath(import.meta.url)), "../originality/seed-fingerprints.json"), "utf8")) as FingerprintFile;
    expect(findFingerprintOverlaps(trainerPack, file.fingerprints)).toEqual([]);
  });
});
