import { expect } from "vitest";
import type { LabelId } from "@defuse/content";
import { analyse } from "../../src/analyser/analyse";
import { labelIds } from "../../src/analyser/label";

/** Shared by the analyser rounds' tests (25, 26): whether a line carries a label, and whether a rule fired un-negated. */
export const has = (text: string, l: LabelId) => labelIds(text).includes(l);
export const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);
/** Every line carries `label` (or, with `on` false, none does). */
export const all = (lines: string[], label: LabelId, on = true) => {
  for (const t of lines) expect(has(t, label), t).toBe(on);
};
/** Look-alikes: `rule` does not fire on any line, and none carries `label`. */
export const clear = (lines: string[], rule: string, label: LabelId) => {
  for (const t of lines) {
    expect(fires(t, rule), t).toBe(false);
    expect(has(t, label), t).toBe(false);
  }
};
