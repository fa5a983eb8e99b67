import { describe, expect, it } from "vitest";
import { label, labelIds } from "../src/index";

describe("analyser definitions from the issue", () => {
  const cases: [string, string[]][] = [
    ["I can see how frustrating this is", ["empathy"]],
    ["I understand.", ["empathy"]],
    ["I understand, but policy is policy", ["empathy", "policy_wall"]],
    ["Sorry, can you repeat that?", []],
    ["So you were charged twice for March", ["reflection"]],
    ["I'll take care of this", ["ownership"]],
    ["I'm going to stay on this until it's sorted", ["ownership"]],
    ["I've reversed the duplicate charge", ["solution"]],
    ["Would you like a refund or store credit?", ["solution", "options"]],
    ["It will be back within 3 to 5 business days", ["expectation"]],
    ["I want to help, and I need us to keep this respectful", ["boundary"]],
    ["I'm not going to blame you", []],
    ["Please hold while I look up your account", []],
    ["calm down, it's not a big deal", ["dismissive"]],
  ];
  for (const [text, expected] of cases) {
    it(JSON.stringify(text), () => expect(labelIds(text).sort()).toEqual([...expected].sort()));
  }
  it("spans quote the learner's original words", () => {
    const t = "Honestly, I’m SO sorry about the hassle";
    const h = label(t).techniques.find((x) => x.label === "apology")!;
    expect(t.slice(h.span.start, h.span.end)).toBe(h.span.text);
    expect(h.span.text.toLowerCase()).toContain("sorry");
  });
});
