import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { getRubric, getScenario } from "@defuse/content";
import { readTension, replay, scoreConversation, scoreTranscript, TranscriptInputError, type TranscriptTurn } from "../src/index";

const rubric = getRubric("core-deescalation")!;

const GOOD: TranscriptTurn[] = [
  { speaker: "customer", text: "This is the third time I've rung about my bill. You charged me twice for March and it's ridiculous!" },
  { speaker: "agent", text: "I'm sorry you've been charged twice for March and had to ring three times about it. Which date did the second charge leave your account?" },
  { speaker: "customer", text: "The 14th. Both for £42.50. I'm fed up with this." },
  { speaker: "agent", text: "I'll refund the duplicate £42.50 today and you'll see it in 3 to 5 working days. I'll email you the reference this afternoon." },
  { speaker: "customer", text: "Okay, thank you, that's fair." },
];

const BAD: TranscriptTurn[] = [
  { speaker: "customer", text: "This is the third time I've rung about my bill. You charged me twice for March and it's ridiculous!" },
  { speaker: "agent", text: "Calm down, that's our policy." },
  { speaker: "customer", text: "Don't tell me to calm down. I want your manager or I'm cancelling." },
  { speaker: "agent", text: "Honestly, you're being an idiot about this." },
];

describe("scoreTranscript: a real call scored with the practice rubric", () => {
  it("returns the practice scorecard's shape, with the same criterion fields", () => {
    const scenario = getScenario("billing-error")!;
    const practice = scoreConversation(scenario, rubric, replay(scenario, ["I'm sorry about the bill. What does the charge say?"], { seed: 1 }).turns);
    const real = scoreTranscript(rubric, GOOD);
    for (const k of Object.keys(practice)) expect(real, `missing ${k}`).toHaveProperty(k);
    expect(real.criteria.map((c) => c.id)).toEqual(practice.criteria.map((c) => c.id));
    expect(Object.keys(real.criteria[0]!).sort()).toEqual(Object.keys(practice.criteria[0]!).sort());
    expect(Object.keys(real.improvement).sort()).toEqual(Object.keys(practice.improvement).sort());
  });

  it("labels every agent turn and credits a fix only where it names what the call is about", () => {
    const r = scoreTranscript(rubric, GOOD);
    const agent = r.turns.filter((t) => t.speaker === "agent");
    expect(agent).toHaveLength(2);
    expect(agent[0]!.techniques).toContain("apology");
    expect(agent[1]!.techniques).toContain("solution");
    const ownership = r.criteria.find((c) => c.id === "ownership-resolution")!;
    expect(ownership.evidence.some((e) => e.effect === "for" && e.quote.includes("£42.50"))).toBe(true);
    expect(ownership.reason).toMatch(/£42\.50/);
  });

  it("scores a good call above a dismissive and insulting one, which fails on a quoted critical behaviour", () => {
    const good = scoreTranscript(rubric, GOOD);
    const bad = scoreTranscript(rubric, BAD);
    expect(good.score).toBeGreaterThan(bad.score + 20);
    expect(bad.passed).toBe(false);
    expect(bad.critical.map((c) => c.id)).toContain("insulted-customer");
    expect(bad.firstCritical?.turn).toBe(1);
    expect(bad.firstCritical?.quote).toMatch(/idiot/);
    expect(bad.turns[1]!.pitfalls).toEqual(expect.arrayContaining(["dismissive", "policy_wall"]));
    // the weakest turn gets a better phrasing that is not the agent's own words
    expect(bad.improvement.turn).toBeGreaterThanOrEqual(0);
    expect(bad.improvement.betterPhrasing.length).toBeGreaterThan(10);
    expect(bad.improvement.betterPhrasing).not.toBe(bad.improvement.quote);
  });

  it("a stock acknowledgement that picks up nothing the customer said does not count", () => {
    const r = scoreTranscript(rubric, [
      { speaker: "customer", text: "My parcel never arrived and the tracking says delivered." },
      { speaker: "agent", text: "I understand how you feel and I apologise for any inconvenience." },
    ]);
    expect(r.turns[1]!.reason).toMatch(/did not count/);
    expect(r.criteria.find((c) => c.id === "acknowledge-emotion")!.points).toBe(0);
  });

  it("estimates the customer's tension per turn from their words and explains it quoting them", () => {
    const r = scoreTranscript(rubric, BAD);
    const customer = r.turns.filter((t) => t.speaker === "customer");
    expect(customer[0]!.tension).toBeGreaterThan(50);
    expect(customer[0]!.reason).toMatch(/^Tension rose \(35 → \d+\): the customer said "ridiculous" \(anger\)/);
    expect(customer[1]!.tension).toBeGreaterThan(customer[0]!.tension);
    expect(customer[1]!.reason).toMatch(/cancelling/);
    // the agent's turn carries the tension they were facing
    expect(r.turns[1]!.tension).toBe(customer[0]!.tension);
    const calmer = scoreTranscript(rubric, GOOD).turns.at(-1)!;
    expect(calmer.reason).toMatch(/^Tension fell/);
    expect(calmer.reason).toMatch(/thank you/);
  });

  it("does not read a negated anger word as anger, and settles when the customer says nothing charged", () => {
    expect(readTension("I'm not angry, just confused about the letter.", null).signals.some((s) => s.kind === "anger")).toBe(false);
    expect(readTension("What does the letter mean?", 80).tension).toBeLessThan(80);
  });

  it("tension stays within 0..100 whatever the customer says", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 200 }), { minLength: 1, maxLength: 8 }), (lines) => {
        let t: number | null = null;
        for (const l of lines) {
          const r = readTension(l + " RIDICULOUS USELESS!!! cancel", t);
          expect(r.tension).toBeGreaterThanOrEqual(0);
          expect(r.tension).toBeLessThanOrEqual(100);
          t = r.tension;
        }
      }),
      { numRuns: 50 },
    );
  });

  it("refuses a turn without a known speaker, naming the turn", () => {
    expect(() => scoreTranscript(rubric, [{ speaker: "caller" as never, text: "hi" }])).toThrow(TranscriptInputError);
    expect(() => scoreTranscript(rubric, [{ speaker: "agent", text: "hi" }, { speaker: "agent" } as never])).toThrow(/turn 2/);
  });
});
