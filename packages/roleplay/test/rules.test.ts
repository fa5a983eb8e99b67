import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";
import { RULES } from "../src/analyser/rules";
import { authorItems, oldItems, TRAINING_AUTHORS } from "../src/model/data";

const byId = new Map([...oldItems(), ...TRAINING_AUTHORS.flatMap((a) => authorItems(a))].map((x) => [x.id, x]));

describe("rule table", () => {
  it("every rule names the training lines that motivated it, and still fires on them", () => {
    for (const r of RULES) {
      expect(r.examples.length, r.id).toBeGreaterThan(0);
      for (const id of r.examples) {
        const item = byId.get(id);
        expect(item, `${r.id}: example ${id} is not a training line`).toBeDefined();
        const hit = analyse(item!.text).hits.some((h) => h.rule.id === r.id && !h.negated);
        expect(hit, `${r.id} should fire on ${id}: ${item!.text}`).toBe(true);
        // a cue or an assert is evidence for its label, a veto evidence against it
        if (r.effect === "veto") expect(item!.labels, `${r.id} on ${id}`).not.toContain(r.label);
        else if (r.effect !== "feature") expect(item!.labels, `${r.id} on ${id}`).toContain(r.label);
      }
    }
  });

  it("rule ids are unique and cues are global expressions (they are scanned with lastIndex)", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
    for (const r of RULES) expect(r.cue.flags, r.id).toContain("g");
  });

  it("a negated cue is marked as negated, and the scope ends at 'because'", () => {
    const a = analyse("I'm not going to blame you. I can't refund it because the policy is clear.");
    expect(a.tk.toks.find((t) => t.w === "blame")!.neg).toBe(true);
    expect(a.tk.toks.find((t) => t.w === "policy")!.neg).toBe(false);
    expect(analyse("No, you're right.").tk.toks.some((t) => t.neg)).toBe(false);
  });
});
