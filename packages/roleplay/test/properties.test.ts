import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { catalogue, getRubric, getScenario } from "@defuse/content";
import { label, replay, scoreConversation, simulate, startConversation, suggestHint, takeTurn } from "../src/index";

const scenarios = catalogue.scenarios;
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.constantFrom("", " ", "😡😡😡 sorry 🙏", "Извините за неудобства", "申し訳ありません", "\u0000\uFFFF", "I'M SO SORRY!!!", "?".repeat(500)),
  fc.array(fc.constantFrom("sorry ", "I understand ", "calm down ", "refund ", "or ", "because ", "? ", ". "), { maxLength: 60 }).map((a) => a.join("")),
);

describe("label never throws and stays in bounds", () => {
  it("on arbitrary strings", () => {
    fc.assert(
      fc.property(anyText, (t) => {
        const r = label(t);
        for (const h of [...r.techniques, ...r.pitfalls]) {
          expect(h.span.start).toBeGreaterThanOrEqual(0);
          expect(h.span.end).toBeLessThanOrEqual(t.length);
        }
      }),
      { numRuns: 400 },
    );
  });
  it("on a 10,000-character input", () => {
    const long = "I'm sorry, I understand how frustrating this is. ".repeat(205).slice(0, 10_000);
    expect(() => label(long)).not.toThrow();
    expect(label(long).techniques.map((h) => h.label)).toContain("empathy");
  });
});

describe("conversation properties", () => {
  it("tension stays within 0-100 and the same input and seed give the same result", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...scenarios.map((s) => s.id)),
        fc.array(anyText, { maxLength: 8 }),
        fc.integer(),
        (id, turns, seed) => {
          const a = simulate({ scenario: id, turns, seed });
          const b = simulate({ scenario: id, turns, seed });
          expect(a).toEqual(b);
          for (const t of a.tensionTimeline) {
            expect(t).toBeGreaterThanOrEqual(0);
            expect(t).toBeLessThanOrEqual(100);
          }
          expect(a.score).toBeGreaterThanOrEqual(0);
          expect(a.score).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("takeTurn does not mutate its input and the state survives JSON", () => {
    const s = getScenario("billing-error")!;
    const st = startConversation(s, { seed: 3 });
    const frozen = JSON.stringify(st);
    const r = takeTurn(s, st, "I'm so sorry about this, I'll sort it out.");
    expect(JSON.stringify(st)).toBe(frozen);
    const rebuilt = JSON.parse(JSON.stringify(r.state));
    const next1 = takeTurn(s, rebuilt, "What does the bill say?");
    const next2 = takeTurn(s, r.state, "What does the bill say?");
    expect(next1).toEqual(next2);
    expect(replay(s, ["I'm so sorry about this, I'll sort it out.", "What does the bill say?"], { seed: 3 })).toEqual(next2.state);
  });
});

describe("behaviour", () => {
  it("repeating the same phrase helps less each time", () => {
    const s = getScenario("policy-exception")!;
    let st = startConversation(s, { seed: 1 });
    const drops: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = takeTurn(s, st, "I can see how hard this move is for you.");
      drops.push(r.turn.tensionBefore - r.turn.tensionAfter);
      st = r.state;
    }
    expect(drops[0]).toBeGreaterThan(drops[1]!);
    expect(drops[1]).toBeGreaterThanOrEqual(drops[2]!);
  });

  it("pitfalls hurt more when tension is high", () => {
    const s = getScenario("billing-error")!;
    const low = takeTurn(s, { ...startConversation(s), tension: 20 }, "Calm down.").turn;
    const high = takeTurn(s, { ...startConversation(s), tension: 80 }, "Calm down.").turn;
    expect(high.tensionAfter - high.tensionBefore).toBeGreaterThan(low.tensionAfter - low.tensionBefore);
  });

  it("reveals a discoverable fact when asked about it, and reasons quote the learner", () => {
    const s = getScenario("billing-error")!;
    const r = takeTurn(s, startConversation(s), "What does the extra charge on the bill say?");
    expect(r.turn.revealedFacts).toContain("equipment-fee");
    const r2 = takeTurn(s, startConversation(s), "I'm so sorry you've been hit with a bill like that after six years with us.");
    expect(r2.turn.reason).toMatch(/Tension fell .*"I'm so sorry/);
  });

  it("reduced intensity uses mild lines where they exist", () => {
    const s = getScenario("abusive-caller")!;
    const mild = new Set(Object.values(s.lines).flat().flatMap((l) => (typeof l === "string" ? [] : l.mild ? [l.mild] : [])));
    const seen = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const st = replay(s, ["Okay.", "Right.", "Hmm."], { seed, intensity: "reduced" });
      for (const t of st.turns) seen.add(t.customerLine);
    }
    const fullOnly = new Set(Object.values(s.lines).flat().flatMap((l) => (typeof l === "string" ? [] : l.mild ? [l.text] : [])));
    expect([...seen].some((l) => mild.has(l))).toBe(true);
    expect([...seen].some((l) => fullOnly.has(l))).toBe(false);
  });

  it("follows branching choices and scores them with choice labels", () => {
    for (const s of scenarios) {
      let st = startConversation(s, { seed: 1 });
      const turns = [];
      let guard = 0;
      while (st.nodeId !== null && st.outcome === "ongoing" && guard++ < 20) {
        const node = s.branching.nodes.find((n) => n.id === (st.nodeId ?? s.branching.startNodeId))!;
        const r = takeTurn(s, st, { choiceId: node.choices[0]!.id });
        turns.push(r.turn);
        st = r.state;
      }
      expect(turns.length).toBeGreaterThan(0);
      const sc = scoreConversation(s, getRubric(s.rubricId)!, st.turns);
      expect(sc.score).toBeGreaterThanOrEqual(0);
      expect(sc.strengths).toHaveLength(2);
    }
  });

  it("a forbidden promise fails the attempt", () => {
    const s = getScenario("billing-error")!;
    const st = replay(s, ["I'm so sorry. I'll get that money back in your account today and give you three free months."]);
    const sc = scoreConversation(s, getRubric(s.rubricId)!, st.turns);
    expect(sc.critical.some((c) => c.trigger === "forbidden_promise")).toBe(true);
    expect(sc.passed).toBe(false);
  });

  it("suggests a boundary first to the abusive caller", () => {
    const s = getScenario("abusive-caller")!;
    expect(suggestHint(s, startConversation(s)).technique).toBe("boundary");
  });
});
