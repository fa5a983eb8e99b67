import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rawCatalogue } from "../src/data";
import {
  Catalogue,
  LABEL_IDS,
  MODULE_IDS,
  Module,
  Quiz,
  Rubric,
  SCENARIO_IDS,
  Scenario,
  TaxonomyEntry,
  branchingDepth,
  catalogue,
  checkBranching,
  getLesson,
  getModule,
  getQuiz,
  getRubric,
  getScenario,
  taxonomy,
  validateCatalogue,
} from "../src";
import { DEFAULT_RUN_LENGTH, findFingerprintOverlaps, findSeedOverlaps, seedFingerprints, type FingerprintFile } from "../src/originality";
import { contentStats } from "../src/stats";
import { ACTIVITY_MINUTES, MINUTES_PER_QUESTION, PRACTICE_CALL_MINUTES, READING_WORDS_PER_MINUTE, lessonMinutes, lessonWords } from "../src/estimate";

describe("every item validates on its own", () => {
  it.each(rawCatalogue.modules.map((m) => [m.id, m]))("module %s", (_id, m) => {
    expect(Module.safeParse(m).error?.issues).toBeUndefined();
  });
  it.each(rawCatalogue.scenarios.map((s) => [s.id, s]))("scenario %s", (_id, s) => {
    expect(Scenario.safeParse(s).error?.issues).toBeUndefined();
  });
  it.each(rawCatalogue.rubrics.map((r) => [r.id, r]))("rubric %s", (_id, r) => {
    expect(Rubric.safeParse(r).error?.issues).toBeUndefined();
  });
  it.each(rawCatalogue.quizzes.map((q) => [q.id, q]))("quiz %s", (_id, q) => {
    expect(Quiz.safeParse(q).error?.issues).toBeUndefined();
  });
  it("taxonomy entries", () => {
    for (const t of rawCatalogue.techniques) expect(TaxonomyEntry.safeParse(t).error?.issues).toBeUndefined();
  });
  it("the whole catalogue, with integrity checks", () => {
    const r = validateCatalogue(rawCatalogue);
    expect(r.ok ? [] : r.errors).toEqual([]);
    expect(Catalogue.parse(catalogue)).toBeTruthy();
  });
});

describe("required content", () => {
  it("has the three modules with the fixed ids and kinds, skills before the scenario practice", () => {
    expect(catalogue.modules.map((m) => [m.id, m.kind])).toEqual([
      ["emotional-intelligence", "emotional-intelligence"],
      ["communication-workshops", "communication-workshop"],
      ["roleplay-practice", "roleplay"],
    ]);
    expect([...MODULE_IDS].sort()).toEqual(catalogue.modules.map((m) => m.id).sort());
  });
  it("has the ten scenarios, each briefed by a role-play lesson", () => {
    expect(catalogue.scenarios.map((s) => s.id).sort()).toEqual([...SCENARIO_IDS].sort());
    expect(SCENARIO_IDS).toHaveLength(10);
    const briefed = getModule("roleplay-practice")!.lessons.map((l) => l.scenarioId);
    for (const id of SCENARIO_IDS) expect(briefed).toContain(id);
  });
  it("runs the role-play briefings from foundation to advanced, so skills come before the advanced scenarios", () => {
    const rank = { foundation: 0, intermediate: 1, advanced: 2 } as const;
    const order = getModule("roleplay-practice")!.lessons.map((l) => rank[getScenario(l.scenarioId!)!.difficulty]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(catalogue.scenarios.map((s) => rank[s.difficulty])).toEqual(order);
    // the advanced calls come last: the abusive callers
    expect(getModule("roleplay-practice")!.lessons.slice(-2).map((l) => l.scenarioId)).toEqual(["abusive-caller", "persistent-abuse"]);
  });
  it("the five new scenarios are scored with rubric v2 and the chat complaint is a written channel", () => {
    for (const id of ["bereavement", "cancellation", "repeat-contact", "persistent-abuse", "chat-complaint"]) expect(getScenario(id)!.rubricId, id).toBe("qa-grade");
    expect(getScenario("chat-complaint")!.channel).toBe("chat");
    expect(getScenario("billing-error")!.channel).toBe("phone");
  });
  it("covers every technique and pitfall in the taxonomy", () => {
    expect(taxonomy.map((t) => t.id).sort()).toEqual([...LABEL_IDS].sort());
  });
  it("has enough scenario lines for varied role-plays", () => {
    for (const s of catalogue.scenarios) {
      for (const state of ["calmer", "same", "angrier"] as const) expect(s.lines[state].length, `${s.id} ${state}`).toBeGreaterThanOrEqual(8);
      for (const state of ["resolved", "escalated"] as const) expect(s.lines[state].length, `${s.id} ${state}`).toBeGreaterThanOrEqual(4);
      expect(s.persona.facts.length).toBeGreaterThanOrEqual(3);
      const all = Object.values(s.lines).flat().map((l) => (typeof l === "string" ? l : l.text));
      expect(new Set(all).size, `${s.id} has duplicate lines`).toBe(all.length);
    }
  });
  it("gives every abusive-caller line containing insults or swearing a mild variant", () => {
    const s = getScenario("abusive-caller")!;
    const harsh = /bloody|thick|muppet|waste of space|robbed|sick|idiot|useless|stick your|sunshine/i;
    for (const l of Object.values(s.lines).flat()) {
      const text = typeof l === "string" ? l : l.text;
      if (harsh.test(text)) expect(typeof l === "object" && l.mild, text).toBeTruthy();
    }
  });
  it("has at least 8,000 words of module content", () => {
    expect(contentStats(catalogue).moduleWords).toBeGreaterThanOrEqual(8000);
  });
});

describe("time estimates", () => {
  it("come from each lesson's words, activity, knowledge check and practice call", () => {
    for (const m of catalogue.modules) {
      for (const l of m.lessons) {
        const quiz = getQuiz(l.quizId)!;
        const expected = Math.ceil(lessonWords(l) / READING_WORDS_PER_MINUTE + ACTIVITY_MINUTES + quiz.drawCount * MINUTES_PER_QUESTION + (l.scenarioId ? PRACTICE_CALL_MINUTES : 0));
        expect(l.estimatedMinutes, l.id).toBe(expected);
      }
      expect(m.estimatedMinutes).toBe(m.lessons.reduce((s, l) => s + l.estimatedMinutes, 0));
      console.info(`[estimates] ${m.id}: ${m.estimatedMinutes} min (${m.lessons.map((l) => l.estimatedMinutes).join(", ")})`);
    }
  });
  it("grow when a lesson gets longer", () => {
    const l = catalogue.modules[0]!.lessons[0]!;
    const q = getQuiz(l.quizId);
    expect(lessonMinutes({ ...l, body: `${l.body} ${"word ".repeat(900)}` }, q)).toBe(lessonMinutes(l, q) + 5);
  });
});

describe("references resolve", () => {
  it("scenario -> rubric, lesson -> quiz, lesson -> scenario", () => {
    for (const s of catalogue.scenarios) expect(getRubric(s.rubricId), s.id).toBeDefined();
    for (const m of catalogue.modules) {
      for (const l of m.lessons) {
        expect(getQuiz(l.quizId), l.id).toBeDefined();
        if (l.scenarioId) expect(getScenario(l.scenarioId), l.id).toBeDefined();
        expect(getLesson(m.id, l.id)).toBe(l);
      }
    }
  });
  it("every quiz is used by exactly one lesson", () => {
    const used = catalogue.modules.flatMap((m) => m.lessons.map((l) => l.quizId));
    expect(used.sort()).toEqual(catalogue.quizzes.map((q) => q.id).sort());
  });
  it("rubric labels and engine labels are taxonomy labels", () => {
    const labels = new Set(taxonomy.map((t) => t.id));
    for (const r of catalogue.rubrics) {
      for (const c of r.criteria) for (const l of [...c.evidenceFor, ...c.evidenceAgainst]) expect(labels.has(l)).toBe(true);
    }
    for (const s of catalogue.scenarios) {
      for (const l of [...Object.keys(s.engine.effects), ...s.engine.needs.flat()]) expect(labels.has(l as never), `${s.id} ${l}`).toBe(true);
    }
  });
  it("reports a dangling reference by item and field", () => {
    const broken = structuredClone(rawCatalogue);
    broken.scenarios[0]!.rubricId = "missing-rubric";
    const r = validateCatalogue(broken);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join("\n")).toMatch(/scenario 'billing-error': rubricId 'missing-rubric'/);
  });
  it("reports a schema error with the item id and field path", () => {
    const broken = structuredClone(rawCatalogue);
    (broken.scenarios.find((x) => x.id === "misled-features")!.persona as { name: string }).name = "";
    const r = validateCatalogue(broken);
    expect(!r.ok && r.errors.join("\n")).toMatch(/scenarios\['misled-features'\] field 'persona.name'/);
  });
});

describe("ids and weights", () => {
  it("ids are unique across each collection", () => {
    const uniq = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length);
    uniq(catalogue.modules.map((m) => m.id));
    uniq(catalogue.modules.flatMap((m) => m.lessons.map((l) => l.id)));
    uniq(catalogue.scenarios.map((s) => s.id));
    uniq(catalogue.rubrics.map((r) => r.id));
    uniq(catalogue.quizzes.map((q) => q.id));
    uniq(catalogue.techniques.map((t) => t.id));
  });
  it("rubric weights sum to 100 and include the critical behaviours", () => {
    for (const r of catalogue.rubrics) {
      expect(r.criteria.reduce((s, c) => s + c.weight, 0)).toBe(100);
      expect(r.critical.map((c) => c.trigger)).toEqual(expect.arrayContaining(["rude", "forbidden_promise"]));
    }
  });
});

describe("branching versions", () => {
  it.each(catalogue.scenarios.map((s) => [s.id, s]))("%s: every path ends with an outcome, no cycles", (_id, s) => {
    expect(checkBranching(s.branching, s.id)).toEqual([]);
    const depth = branchingDepth(s.branching);
    expect(depth).toBeGreaterThanOrEqual(3);
    expect(depth).toBeLessThanOrEqual(5);
    for (const n of s.branching.nodes) if (n.choices.length) expect(n.choices.length).toBeGreaterThanOrEqual(3);
    const outcomes = new Set(s.branching.nodes.map((n) => n.outcome).filter(Boolean));
    expect(outcomes.has("resolved")).toBe(true);
  });
  it("catches a cycle, a missing next and an end node without an outcome", () => {
    const b = structuredClone(catalogue.scenarios[0]!.branching);
    const end = b.nodes.find((n) => n.choices.length === 0)!;
    delete end.outcome;
    b.nodes[1]!.choices[0]!.next = b.startNodeId;
    b.nodes[2]!.choices[0]!.next = "nowhere";
    const problems = checkBranching(b, "t").join("\n");
    expect(problems).toMatch(/cycle/);
    expect(problems).toMatch(/'nowhere' does not exist/);
    expect(problems).toMatch(/end node has no outcome/);
  });
  it("every policy is structured: remedies have a kind, forbidden rules say what breaks them", () => {
    for (const s of catalogue.scenarios) {
      for (const r of s.policy.allowed) expect(r.kind, `${s.id}/${r.id}`).toBeTruthy();
      for (const f of s.policy.forbidden) {
        expect(f.breachWhen.length, `${s.id}/${f.id}`).toBeGreaterThan(0);
        for (const c of f.breachWhen) expect(c.kinds.length).toBeGreaterThan(0);
      }
    }
  });
  it("rejects a forbidden rule with no breach condition, and a weekday bound without the call's day", () => {
    const raw = structuredClone(rawCatalogue);
    const billing = raw.scenarios.find((s) => s.id === "billing-error")!;
    billing.policy.forbidden[0] = { id: "no-same-day-refund", description: "Do not promise it today.", breachWhen: [] };
    const bad = validateCatalogue(raw);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.join("\n")).toMatch(/no-same-day-refund|breachWhen/);

    const raw2 = structuredClone(rawCatalogue);
    const energy = raw2.scenarios.find((s) => s.id === "abusive-caller")!;
    delete energy.policy.callDay;
    const bad2 = validateCatalogue(raw2);
    expect(bad2.ok).toBe(false);
    if (!bad2.ok) expect(bad2.errors.join("\n")).toMatch(/needs policy.callDay/);
  });
});

describe("originality", () => {
  const seedsDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/seeds");
  const fingerprintsFile = resolve(dirname(fileURLToPath(import.meta.url)), "../originality/seed-fingerprints.json");
  const present = existsSync(seedsDir);
  const seeds = () =>
    readdirSync(seedsDir)
      .filter((f) => f.endsWith(".txt"))
      .sort()
      .map((f) => readFileSync(resolve(seedsDir, f), "utf8"));
  const fingerprints = () => JSON.parse(readFileSync(fingerprintsFile, "utf8")) as FingerprintFile;
  if (!present) console.warn(`[originality] seed articles not found at ${seedsDir}: checking against their fingerprints only`);

  it("shares no run of 8 words with the seed articles, checked against the fingerprints kept in the repository", () => {
    const file = fingerprints();
    expect(file.runLength).toBe(DEFAULT_RUN_LENGTH);
    expect(file.fingerprints.length).toBeGreaterThan(1000);
    expect(findFingerprintOverlaps(catalogue, file.fingerprints)).toEqual([]);
  });
  it.skipIf(!present)("shares no run of 8 words with the seed articles themselves", () => {
    const texts = seeds();
    expect(texts.length).toBeGreaterThan(0);
    expect(findSeedOverlaps(catalogue, texts)).toEqual([]);
  });
  it.skipIf(!present)("keeps the committed fingerprints in step with the seed articles (refresh: pnpm --filter @defuse/content cli fingerprints)", () => {
    const texts = seeds();
    expect(fingerprints()).toMatchObject({ articles: texts.length, fingerprints: seedFingerprints(texts) });
  });
  it("the overlap checks do detect a copied run, by text and by fingerprint", () => {
    const article = "a quick brown fox jumps over the lazy dog today, again";
    const copied = { body: "We Said: the quick brown fox jumps over the lazy dog today" };
    expect(findSeedOverlaps(copied, [article]).map((h) => h.path)).toContain("body");
    expect(findFingerprintOverlaps(copied, seedFingerprints([article])).map((h) => h.path)).toContain("body");
    expect(findFingerprintOverlaps({ body: "an entirely different sentence of our very own making here" }, seedFingerprints([article]))).toEqual([]);
    // The fingerprints file holds hashes, never the articles' words.
    expect(JSON.stringify(seedFingerprints([article]))).not.toMatch(/fox|lazy/);
  });
});
