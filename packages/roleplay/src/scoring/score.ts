import type { LabelId, Rubric, Scenario, TechniqueId } from "@defuse/content";
import { getTechnique, PITFALL_IDS } from "@defuse/content";
import { asksDetails, type Outcome, type TurnRecord } from "../engine/conversation";
import { readTurn, type TurnBreach } from "../engine/offers";
import { MODEL_SENTENCE } from "../engine/phrases";
import { assessTurn, fingerprint, ownsSlip, sentences, snapSpan, type Credit } from "../engine/substance";
import { pitfallSpan } from "./pitfall-quote";
import { givenWithoutCondition, type GivenUnconditioned } from "../engine/standing";

/**
 * The scorer. It measures what the learner did for this customer, not which words they used:
 * - a technique earns credit only when it engaged with the call (see engine/substance.ts), and one
 *   turn can earn at most MAX_CREDITS_PER_TURN credits, so a wall of technique names earns little;
 * - composure is earned turn by turn: a turn that engaged and had no pitfall; politeness alone is not
 *   composure;
 * - depth and composure are measured against the turns actually played, so a short excellent call
 *   is not penalised;
 * - every turn counts, including those after the customer was satisfied;
 * - a pass needs the pass mark, a resolved call (or an abusive call ended properly after a warning)
 *   and no critical behaviour. Every number comes with a reason quoting the learner.
 */

export interface Evidence {
  /** 0-based index of the agent turn. */
  turn: number;
  /** The learner's own words that show the label. */
  quote: string;
  label: LabelId | "forbidden_promise" | "composure" | "ended_call" | "found_out";
  effect: "for" | "against";
  /** Why this counted, in a sentence quoting the learner. */
  why?: string;
  /** For a forbidden promise: the id of the scenario's rule it breaks ("no-same-day-refund"). */
  ruleId?: string;
}
export interface CriterionScore {
  id: string;
  title: string;
  /** 0..4, matching the rubric's level descriptors. */
  level: number;
  descriptor: string;
  points: number;
  maxPoints: number;
  evidence: Evidence[];
  /** Why these points, quoting the learner. */
  reason: string;
  /** "trainer": the engine cannot score this criterion; it waits for the trainer's review (0 points here). */
  scoredBy?: "engine" | "trainer";
}
export interface CriticalFailure {
  id: string;
  description: string;
  trigger: string;
  evidence: Evidence[];
}
/** The first critical behaviour of a call, as `simulate` reports it. */
export interface CriticalSummary {
  /** The rubric's critical behaviour id ("forbidden-promise", "insulted-customer"). */
  behaviour: string;
  /** What was done, named: the scenario rule a forbidden promise breaks ("no-same-day-refund"), or "rude". */
  act: string;
  turn: number;
  quote: string;
  reason: string;
}
export interface Improvement {
  criterionId: string;
  /** The weakest turn (0-based), or -1 if there were no turns. */
  turn: number;
  quote: string;
  betterPhrasing: string;
  advice: string;
}
export interface ScoreResult {
  score: number;
  passed: boolean;
  /** One sentence saying why the attempt passed or did not. */
  verdict: string;
  criteria: CriterionScore[];
  critical: CriticalFailure[];
  /** The first critical behaviour, or null. */
  firstCritical: CriticalSummary | null;
  /** How many agent turns were scored (every turn played, including after resolution). */
  turnsScored: number;
  /** The call ended in a way that can pass: resolved, or ended properly after a warning. */
  outcomeOk: boolean;
  outcome: Outcome | "unknown";
  strengths: [string, string];
  improvement: Improvement;
}

/** A turn as the scorer needs it: what was said and what was seen in it (the rest is recomputed if absent). */
export type ScorableTurn = Pick<TurnRecord, "agentText" | "labels"> &
  Partial<
    Pick<
      TurnRecord,
      "tensionBefore" | "tensionAfter" | "outcome" | "credits" | "breaches" | "customerLine" | "choiceId" | "endedProperly" | "endedWhy" | "revealedFacts" | "broughtOut"
    >
  >;

/** The most technique credits one turn can earn, however many techniques it names. */
export const MAX_CREDITS_PER_TURN = 3;
/** Which credits a capped turn keeps: the moves that do most for a customer first. */
const PRIORITY: LabelId[] = [
  "solution", "options", "empathy", "apology", "reflection", "boundary", "open_question", "expectation",
  "explanation", "ownership", "follow_up", "escalation",
];
/**
 * Criteria a proper end of an abusive call shows: the resolution the policy allows, what happens next, and the limit
 * on abuse carried through (the v2 rubric's boundaries criterion: "warning once, then ending the call properly if it
 * continues"; the ending, with its way back, is a limit that keeps the door open to help).
 */
const ENDING_SHOWS: LabelId[] = ["solution", "expectation", "boundary"];
/** What the taxonomy says a pitfall lacked, so a next turn that supplies it repairs it. */
const REPAIRED_BY: Partial<Record<LabelId, LabelId[]>> = { jargon: ["explanation"], policy_wall: ["explanation", "options", "solution"] };
/** Techniques that only count as expected evidence when the scenario calls for them. */
const SITUATIONAL = new Set<LabelId>(["boundary", "escalation"]);
const PITFALLS = new Set<string>(PITFALL_IDS);
/** The most turns of groundwork (checking who she is, asking for what she has to hand) one call is credited for. */
const MAX_GROUNDWORK_TURNS = 1;
/** Asking for something she has to hand so the agent can act on it: "read me the tracking number", "what's the number on the display?". */
const ASKS_TO_HAND =
  /\bread (?:me|out|it)\b|\b(?:give|tell|send) me (?:the|your|that)\b[^.?!]{0,30}\b(?:number|reference|reading)\b|\b(?:tracking|reference|order|account|meter|serial) number\b[^.?!]*\?|\bthe (?:number|reading) (?:on|off|from)\b[^.?!]*\?/;

/**
 * A turn of groundwork: it asks for the details that identify her or the account ("Could I take the first line of
 * the address and the postcode, so I find the right account?", the ID&V the v2 rubric asks for) or for what she has
 * to hand so the agent can act ("Can you read me the tracking number off it?"), with no pitfall and no broken rule.
 * Such a turn engaged with the call though it shows no technique: counting it as a turn that did not engage took
 * composure from every criterion of a short call that did everything needed.
 */
function groundwork(text: string): boolean {
  return sentences(text).some((x) => {
    const sent = text.slice(x.start, x.end);
    return asksDetails(sent) || ASKS_TO_HAND.test(sent.toLowerCase());
  });
}

const q = (s: string, max = 60) => {
  const t = s.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t}"`;
};

/** @deprecated Kept for callers of the first scorer: the forbidden rules a text breaks. */
export function forbiddenPromises(scenario: Scenario, text: string): { ruleId: string; quote: string }[] {
  return readTurn(scenario, text).breaches.map((b) => ({ ruleId: b.ruleId, quote: b.quote }));
}

/** Per-turn credits: the engine's when it recorded them, else worked out the same way from the words. */
function creditsOf(scenario: Scenario, turns: ScorableTurn[]): Credit[][] {
  const out: Credit[][] = [];
  const said: Record<string, number> = {};
  const heard: string[] = [scenario.openingLine];
  let asked = false;
  let abusedLast = scenario.customerType === "abusive";
  // the engine recorded credits for every turn: nothing to work out again
  if (turns.every((t) => t.credits || t.choiceId)) {
    return turns.map((t) =>
      t.credits ??
      t.labels
        .filter((h) => !PITFALLS.has(h.label))
        .map((h) => ({ label: h.label, engaged: true, why: `${q(h.span.text, 50)} was the move this reply was written to show`, span: h.span })),
    );
  }
  let prev: ScorableTurn | undefined;
  for (const t of turns) {
    let credits: Credit[];
    if (t.credits) credits = t.credits;
    else if (t.choiceId) {
      // branching choices carry content-authored labels: each was written for this call
      credits = t.labels
        .filter((h) => !PITFALLS.has(h.label))
        .map((h) => ({ label: h.label, engaged: true, why: `${q(h.span.text, 50)} was the move this reply was written to show`, span: h.span }));
    } else {
      credits = assessTurn(
        scenario,
        { heard, said, abusedLast, askedBefore: asked, offers: [], revealed: t.revealedFacts ?? [], slippedLast: prev !== undefined && prev.labels.some((h) => PITFALLS.has(h.label)) },
        t.agentText,
        t.labels,
      ).credits;
    }
    out.push(credits);
    for (const s of sentences(t.agentText)) {
      const fp = fingerprint(t.agentText.slice(s.start, s.end));
      if (fp) said[fp] = (said[fp] ?? 0) + 1;
    }
    if (credits.some((c) => c.engaged && c.label === "open_question")) asked = true;
    if (t.customerLine) heard.push(t.customerLine);
    abusedLast = false;
    prev = t;
  }
  return out;
}

/**
 * The call's first limit on abuse or hand-over is kept though its turn is full (engine round 29, gam27; RT-27): the rubric
 * wants each once, so a situational move dropped by the per-turn cap ("I'll also get a supervisor to call you back later today"
 * beside the claim's timing and a check that nothing else is outstanding) left a good persistent-abuse call without it. Only
 * the first of each label in the call, and only one such credit a turn.
 */
function withFirstSituational(capped: { kept: Credit[]; dropped: Credit[] }[]): Credit[][] {
  const seen = new Set<LabelId>();
  return capped.map(({ kept, dropped }) => {
    const extra = dropped.find((c) => SITUATIONAL.has(c.label) && !seen.has(c.label) && !kept.some((k) => k.label === c.label));
    const out = extra ? [...kept, extra] : kept;
    for (const c of out) seen.add(c.label);
    return out;
  });
}

/** Keeps at most MAX_CREDITS_PER_TURN engaged credits, the most useful first. */
function capTurn(credits: Credit[]): { kept: Credit[]; dropped: Credit[] } {
  const engaged = credits.filter((c) => c.engaged).sort((a, b) => PRIORITY.indexOf(a.label) - PRIORITY.indexOf(b.label));
  return { kept: engaged.slice(0, MAX_CREDITS_PER_TURN), dropped: engaged.slice(MAX_CREDITS_PER_TURN) };
}

/**
 * Scores a whole attempt against a rubric: per-criterion level and points with quoted reasons, a 0-100
 * total, critical behaviours, two strengths and the one improvement most worth making.
 * The same function scores free-text and branching attempts (branching turns carry choice labels).
 */
export function scoreConversation(scenario: Scenario, rubric: Rubric, turns: ScorableTurn[]): ScoreResult {
  const n = turns.length;
  const allCredits = creditsOf(scenario, turns);
  const kept = withFirstSituational(allCredits.map((c) => capTurn(c)));
  const pitfallsOf = (i: number) => turns[i]!.labels.filter((h) => PITFALLS.has(h.label));
  const breachesOf = (i: number): TurnBreach[] =>
    turns[i]!.choiceId ? [] : (turns[i]!.breaches ?? readTurn(scenario, turns[i]!.agentText, turns.slice(0, i).map((t) => t.agentText)).breaches);

  const last = n > 0 ? turns[n - 1]! : undefined;
  const known = turns.some((t) => t.outcome !== undefined);
  const outcome: Outcome | "unknown" = !known ? "unknown" : (last?.outcome ?? "ongoing");
  const endedWell = outcome === "ended" && last?.endedProperly === true;
  const lost = outcome === "escalated" || (outcome === "ended" && !endedWell);
  const needLabels = new Set(scenario.engine.needs.flat());
  // A turn engaged when it earned credit; a wall of techniques most of which did not engage does not.
  // A question whose answer brought out her facts engaged too: finding out what happened is the work.
  const engagedTurns = kept.map(
    (k, i) =>
      (k.length > 0 && !(allCredits[i]!.length >= 4 && k.length * 2 < allCredits[i]!.length)) ||
      (endedWell && i === n - 1) ||
      (turns[i]!.broughtOut?.length ?? 0) > 0,
  );
  // A turn of groundwork (ID&V, or asking for what she has to hand) engaged with the call too, a couple of times a
  // call at most, and never one with a pitfall or a broken rule in it.
  let groundworkTurns = 0;
  let groundworkAt = -1;
  turns.forEach((t, i) => {
    if (engagedTurns[i] || groundworkTurns >= MAX_GROUNDWORK_TURNS || t.choiceId) return;
    if (pitfallsOf(i).length > 0 || breachesOf(i).length > 0 || !groundwork(t.agentText)) return;
    // (asked without making it feel like an obstacle: the customer was no hotter after it. "Can I take your account
    // number and postcode, please?" as the first words to a caller who wants to know why he was robbed made him
    // hotter, the v2 rubric's "checks identity, but abruptly or before acknowledging an upset customer at all")
    if (t.tensionBefore === undefined || t.tensionAfter === undefined || t.tensionAfter > t.tensionBefore) return;
    engagedTurns[i] = true;
    groundworkTurns++;
    groundworkAt = i;
  });

  const endedOk = outcome === "resolved" || endedWell;
  const repaired = new Set<number>();
  if (endedOk) {
    for (let i = 0; i + 1 < n; i++) {
      const next = i + 1;
      // repaired by owning it (an apology or empathy), or by doing what the pitfall left undone: jargon is
      // "terms without explaining them", a policy wall "no explanation and no alternative"
      // (or by owning the slip in so many words, "Actually, that wasn't fair of me. I gave you the rule and nothing else.",
      // where the analyser heard no apology)
      const fixedIt =
        kept[next]!.some((cr) => cr.label === "apology" || cr.label === "empathy" || pitfallsOf(i).every((p) => REPAIRED_BY[p.label]?.includes(cr.label))) ||
        sentences(turns[next]!.agentText).some((x) => ownsSlip(turns[next]!.agentText.slice(x.start, x.end)));
      if (pitfallsOf(i).length > 0 && !pitfallsOf(i).some((h) => h.label === "rude") && fixedIt && pitfallsOf(next).length === 0) repaired.add(i);
    }
  }
  const criteria: CriterionScore[] = rubric.criteria.map((c) => {
    if (c.scoredBy === "trainer") return trainerScored(c);
    const evidence: Evidence[] = [];
    kept.forEach((credits, i) => {
      for (const cr of credits) {
        if (c.evidenceFor.includes(cr.label)) evidence.push({ turn: i, quote: cr.span.text, label: cr.label, effect: "for", why: cr.why });
      }
      for (const h of pitfallsOf(i)) {
        if (c.evidenceAgainst.includes(h.label)) {
          const span = pitfallSpan(turns[i]!.agentText, h.label, h.span);
          evidence.push({ turn: i, quote: span.text, label: h.label, effect: "against", why: `${q(span.text, 50)} counts against this` });
        }
      }
    });
    // Ending an abusive call properly names what happens now and how to come back: it is the
    // resolution the policy allows and says clearly what happens next.
    const endCounts = endedWell && ENDING_SHOWS.some((l) => c.evidenceFor.includes(l));
    if (endCounts) {
      const t = last!;
      evidence.push({ turn: n - 1, quote: t.agentText, label: "ended_call", effect: "for", why: `${q(t.agentText, 50)} ended the abusive call after a warning, calmly, with a way back` });
    }
    // Finding out is what an open question is for: a question whose answer brought out her facts (the date she
    // needs it by, whether she sent it back) gets to the real problem, however it was worded.
    if (c.evidenceFor.includes("open_question")) {
      turns.forEach((t, i) => {
        const facts = (t.broughtOut ?? []).map((id) => scenario.persona.facts.find((f) => f.id === id)).filter((f) => f !== undefined);
        if (facts.length === 0 || kept[i]!.some((cr) => cr.label === "open_question")) return;
        const span = sentences(t.agentText).map((x) => t.agentText.slice(x.start, x.end).trim()).find((x) => x.includes("?")) ?? t.agentText;
        evidence.push({ turn: i, quote: span, label: "found_out", effect: "for", why: `${q(span, 50)} brought out what they had not told you: ${q(facts[0]!.fact, 70)}` });
      });
    }
    const expected = c.evidenceFor.filter((l) => !SITUATIONAL.has(l) || needLabels.has(l));
    const forHits = evidence.filter((e) => e.effect === "for");
    const againstHits = evidence.filter((e) => e.effect === "against");
    const distinct = new Set(forHits.map((e) => (e.label === "found_out" ? "open_question" : e.label))).size;
    const needed = Math.max(1, Math.min(2, expected.length));
    // a resolved call (or an abusive call ended properly) shows the resolution this criterion asks for
    const resolvedHere = ((outcome === "resolved" && c.evidenceFor.includes("solution")) || endCounts) && forHits.length > 0;
    const coverage = resolvedHere ? 1 : Math.min(1, distinct / needed);
    // depth against the turns played: a two-turn call needs one good move per criterion, a long call three
    // (a criterion that expects only situational moves, a limit on abuse and a hand-over, wants each once: the v2
    // rubric's "warning once" and "escalation only when it helps"; one warm hand-over in a four-turn call is not shallow)
    const onceEach = expected.length > 0 && expected.every((l) => SITUATIONAL.has(l));
    const depthWanted = Math.max(1, Math.min(3, Math.ceil(n / 2), onceEach ? expected.length : 3));
    const depth = Math.min(1, forHits.length / depthWanted);
    const forScore = expected.length === 0 ? (forHits.length > 0 ? 1 : 0) : 0.7 * coverage + 0.3 * depth;
    // composure: turns that engaged with the call and showed none of this criterion's pitfalls
    const wClean = c.evidenceAgainst.length / Math.max(1, expected.length + c.evidenceAgainst.length);
    const cleanTurns: number[] = [];
    turns.forEach((t, i) => {
      if (engagedTurns[i] && !t.labels.some((h) => c.evidenceAgainst.includes(h.label))) cleanTurns.push(i);
    });
    const clean = n === 0 || lost ? 0 : cleanTurns.length / n;
    if (wClean > 0 && cleanTurns.length > 0 && !lost) {
      // the example is a turn with a credited move when there is one (a question that brought out her facts has none)
      const i = cleanTurns.find((j) => kept[j]!.length > 0) ?? cleanTurns[0]!;
      const example = kept[i]![0]?.span.text ?? turns[i]!.agentText;
      evidence.push({
        turn: i,
        quote: example,
        label: "composure",
        effect: "for",
        why:
          `${cleanTurns.length} of your ${n} turns engaged with the call without ${c.evidenceAgainst.map((l) => l.replace(/_/g, " ")).join(", ")}, for example turn ${i + 1}, ${q(example, 50)}` +
          (cleanTurns.includes(groundworkAt) && groundworkAt !== i ? ` (turn ${groundworkAt + 1} asked for the details needed, ${q(turns[groundworkAt]!.agentText, 50)}, without putting them off)` : ""),
      });
    }
    let raw = n === 0 ? 0 : (1 - wClean) * forScore + wClean * clean;
    // A pitfall the learner repaired (the next turn apologised or acknowledged them, with no pitfall, and
    // the call still ended well) weighs half: recovering from a slip is the skill being practised.
    // (one repaired turn is one slip, however many pitfalls its words were read as: "it's all in the help section, so
    // it's not really a fault" is blame and arguing, owned in one apology)
    const weight = againstHits.filter((e) => !repaired.has(e.turn)).length + 0.5 * new Set(againstHits.filter((e) => repaired.has(e.turn)).map((e) => e.turn)).size;
    if (weight >= 0.5) raw = Math.min(raw, weight >= 1.5 ? 0.25 : weight >= 1 ? 0.5 : 0.75);
    // No points without evidence. But where this scenario expects none of the criterion's techniques (no boundary
    // or escalation is called for on this call), what it watches is conduct alone, and a slip the next turn
    // repaired is that conduct shown: its composure is the evidence, under the cap for the repaired slip.
    // The same holds where the criterion also asks for techniques the call did not show: a slip the next turn
    // repaired is not left as the criterion's only word (an early blame repaired cost composure all its points).
    const conductOnly = againstHits.every((e) => repaired.has(e.turn)) && (expected.length === 0 || cleanTurns.length > 0);
    if (againstHits.length > 0 && forHits.length === 0 && !conductOnly) raw = 0;
    if (evidence.every((e) => e.effect === "against")) raw = 0; // no points without evidence
    raw = Math.max(0, Math.min(1, raw));
    const level = Math.round(raw * 4);
    const points = Math.round(c.weight * raw * 10) / 10;
    return {
      id: c.id,
      title: c.title,
      level,
      descriptor: c.levels[level] ?? "",
      points,
      maxPoints: c.weight,
      evidence,
      reason: criterionReason(c.title, points, c.weight, evidence, c.evidenceFor, allCredits, turns),
    };
  });

  const critical: CriticalFailure[] = [];
  for (const cb of rubric.critical) {
    const ev: Evidence[] = [];
    turns.forEach((t, i) => {
      if (cb.trigger === "forbidden_promise") {
        for (const b of breachesOf(i)) {
          ev.push({ turn: i, quote: b.quote, label: "forbidden_promise", effect: "against", why: `${q(b.quote, 50)} breaks the rule: ${b.reason}`, ruleId: b.ruleId });
        }
      } else {
        for (const h of t.labels) {
          if (h.label !== cb.trigger) continue;
          const span = pitfallSpan(t.agentText, h.label, h.span);
          ev.push({ turn: i, quote: span.text, label: h.label, effect: "against", why: `${q(span.text, 50)}: ${cb.description}` });
        }
      }
    });
    if (ev.length > 0) critical.push({ id: cb.id, description: cb.description, trigger: cb.trigger, evidence: ev });
  }
  const firstEv = critical
    .flatMap((c) => c.evidence.map((e) => ({ c, e })))
    // earliest turn first; in one turn, the commitment reader's structured finding before the analyser's
    .sort((a, b) => a.e.turn - b.e.turn || Number(b.c.trigger === "forbidden_promise") - Number(a.c.trigger === "forbidden_promise"))[0];
  const firstCritical: CriticalSummary | null = firstEv
    ? { behaviour: firstEv.c.id, act: firstEv.e.ruleId ?? firstEv.e.label, turn: firstEv.e.turn, quote: firstEv.e.quote, reason: firstEv.e.why ?? firstEv.c.description }
    : null;

  // Trainer-scored criteria are left out: the provisional total is out of 100 over what the engine scores.
  const engineMax = criteria.reduce((s, c) => s + (c.scoredBy === "trainer" ? 0 : c.maxPoints), 0);
  const enginePoints = criteria.reduce((s, c) => s + (c.scoredBy === "trainer" ? 0 : c.points), 0);
  const total = Math.round(engineMax > 0 ? (enginePoints * 100) / engineMax : 0);
  const outcomeOk = outcome === "unknown" || outcome === "resolved" || endedWell;
  // (a remedy the policy gives only after something of hers, given without it being asked for: engine round 29, standing.ts)
  const unconditioned = turns.some((t) => t.choiceId) ? [] : givenWithoutCondition(scenario, turns.map((t) => t.agentText), scenario.openingLine, turns.map((t) => t.customerLine ?? ""));
  const passedOtherwise = n > 0 && total >= rubric.passMark && critical.length === 0 && outcomeOk;
  const passed = passedOtherwise && unconditioned.length === 0;
  const verdict =
    passedOtherwise && !passed
      ? unconditionedVerdict(scenario, unconditioned[0]!, total)
      : verdictFor(passed, total, rubric.passMark, firstCritical, outcome, endedWell, n, last?.endedWhy);

  const ranked = criteria.filter((c) => c.scoredBy !== "trainer").sort((a, b) => b.level - a.level || b.maxPoints - a.maxPoints);
  const strength = (c: CriterionScore | undefined): string => {
    if (!c) return "No strengths recorded yet.";
    const ev = c.evidence.find((e) => e.effect === "for" && e.label !== "composure") ?? c.evidence.find((e) => e.effect === "for");
    if (c.level === 0 || !ev) return `${c.title}: not yet shown in this attempt.`;
    return `${c.title} (level ${c.level}/4): turn ${ev.turn + 1}, "${ev.quote}".`;
  };
  const strengths: [string, string] = [strength(ranked[0]), strength(ranked[1])];

  return {
    score: total,
    passed,
    verdict,
    criteria,
    critical,
    firstCritical,
    turnsScored: n,
    outcomeOk: n > 0 && outcomeOk,
    outcome,
    strengths,
    improvement: improvementFor(scenario, rubric, criteria.filter((c) => c.scoredBy !== "trainer"), turns, critical, allCredits),
  };
}

/** A criterion the engine cannot detect: no points until the trainer reviews the attempt. */
function trainerScored(c: Rubric["criteria"][number]): CriterionScore {
  return {
    id: c.id,
    title: c.title,
    level: 0,
    descriptor: "",
    points: 0,
    maxPoints: c.weight,
    evidence: [],
    reason: `${c.title}: scored by your trainer when they review this attempt; not part of the simulator's score.`,
    scoredBy: "trainer",
  };
}

function unconditionedVerdict(scenario: Scenario, u: GivenUnconditioned, total: number): string {
  const what = scenario.policy.allowed.find((a) => a.id === u.remedyId)?.description ?? u.remedyId;
  return `Not passed: turn ${u.turn + 1}, ${q(u.quote, 60)} gave what the policy allows only on a condition nobody asked for (${u.condition}): ${what} (${total}/100).`;
}

function verdictFor(
  passed: boolean,
  total: number,
  passMark: number,
  crit: CriticalSummary | null,
  outcome: Outcome | "unknown",
  endedWell: boolean,
  n: number,
  endedWhy?: string,
): string {
  if (n === 0) return "No replies were scored.";
  if (crit) return `Not passed: turn ${crit.turn + 1}, ${q(crit.quote, 60)} (${crit.reason}).`;
  if (outcome === "escalated") return `Not passed: the customer gave up on the call (${total}/100).`;
  if (outcome === "ended" && !endedWell)
    return endedWhy ? `Not passed: the call was ended, but ${endedWhy}.` : "Not passed: the call was ended without a warning first, calmly and with a way back.";
  if (outcome === "ongoing") return `Not passed: the call was not resolved; the customer's needs were not all dealt with (${total}/100).`;
  if (!passed) return `Not passed: ${total}/100 is below the pass mark of ${passMark}.`;
  return endedWell
    ? `Passed with ${total}/100: you ended an abusive call properly after a warning.`
    : `Passed with ${total}/100: the call was resolved with no critical behaviour.`;
}

function criterionReason(
  title: string,
  points: number,
  max: number,
  evidence: Evidence[],
  evidenceFor: LabelId[],
  credits: Credit[][],
  turns: ScorableTurn[],
): string {
  const forEv = evidence.filter((e) => e.effect === "for" && e.label !== "composure");
  const composure = evidence.find((e) => e.label === "composure");
  const against = evidence.filter((e) => e.effect === "against");
  const parts: string[] = [];
  if (forEv.length > 0) parts.push(`turn ${forEv[0]!.turn + 1}: ${forEv[0]!.why ?? q(forEv[0]!.quote)}`);
  if (composure) parts.push(composure.why!);
  if (against.length > 0) parts.push(`turn ${against[0]!.turn + 1}: ${q(against[0]!.quote, 50)} counted against you`);
  if (parts.length === 0) {
    const missed = credits.flatMap((cs, i) => cs.filter((c) => !c.engaged && evidenceFor.includes(c.label)).map((c) => ({ c, i })))[0];
    if (missed) return `${title}: 0/${max}. Turn ${missed.i + 1}: ${missed.c.why}.`;
    return `${title}: 0/${max}. No evidence in your replies${turns.length ? "" : " (no replies)"}.`;
  }
  return `${title}: ${points}/${max}. ${parts.join("; ")}.`;
}

/** A better phrasing for a technique, written for this scenario: its best branching reply that shows it. */
function scenarioPhrasing(scenario: Scenario, lbl: LabelId): string | undefined {
  let best: { text: string; delta: number } | undefined;
  for (const node of scenario.branching.nodes) {
    for (const c of node.choices) {
      if (!c.labels.includes(lbl) || c.labels.some((l) => PITFALLS.has(l))) continue;
      if (!best || c.tensionDelta < best.delta) best = { text: c.text, delta: c.tensionDelta };
    }
  }
  return best?.text;
}

function improvementFor(
  scenario: Scenario,
  rubric: Rubric,
  criteria: CriterionScore[],
  turns: ScorableTurn[],
  critical: CriticalFailure[],
  credits: Credit[][],
): Improvement {
  // The weakest criterion is the one losing the most points; a critical failure trumps everything.
  const weakest = [...criteria].sort(
    (a, b) => b.maxPoints - b.points - (a.maxPoints - a.points) || a.level - b.level,
  )[0];
  const def = weakest ? rubric.criteria.find((c) => c.id === weakest.id) : undefined;
  if (!weakest || !def || turns.length === 0) {
    const lbl = def?.evidenceFor[0] ?? "empathy";
    return { criterionId: weakest?.id ?? "", turn: -1, quote: "", betterPhrasing: scenarioPhrasing(scenario, lbl) ?? MODEL_SENTENCE[lbl] ?? "", advice: def ? `${def.title}: ${def.description}` : "" };
  }
  // The weakest turn: a critical one, else one with evidence against this criterion, else a turn whose
  // techniques did not engage, else the one that raised tension most.
  const crit = critical[0]?.evidence.slice().sort((a, b) => a.turn - b.turn)[0];
  const against = weakest.evidence.find((e) => e.effect === "against");
  let turn = crit?.turn ?? against?.turn;
  if (turn === undefined) {
    const idx = credits.findIndex((cs) => cs.some((c) => !c.engaged && def.evidenceFor.includes(c.label)));
    if (idx >= 0) turn = idx;
  }
  if (turn === undefined) {
    let worst = -Infinity;
    turns.forEach((t, i) => {
      const d = (t.tensionAfter ?? 0) - (t.tensionBefore ?? 0);
      const score = d - t.labels.length;
      if (score > worst) {
        worst = score;
        turn = i;
      }
    });
  }
  const idx = turn ?? 0;
  const t = turns[idx]!;
  const usedWell = new Set(credits[idx]?.filter((c) => c.engaged).map((c) => c.label) ?? []);
  const missing = def.evidenceFor.filter((l) => !usedWell.has(l) && (l !== "boundary" || scenario.customerType === "abusive") && l !== "escalation");
  const first: LabelId = missing[0] ?? def.evidenceFor[0] ?? "empathy";
  const betterPhrasing = scenarioPhrasing(scenario, first) ?? MODEL_SENTENCE[first] ?? "";
  const bad = t.labels.find((h) => def.evidenceAgainst.includes(h.label));
  const missed = credits[idx]?.find((c) => !c.engaged && def.evidenceFor.includes(c.label));
  const tech = getTechnique(first as TechniqueId);
  // A criterion about conduct (mostly pitfalls it watches) is explained by its own description.
  const conduct = def.evidenceAgainst.length > def.evidenceFor.length;
  const tip = conduct || !tech ? def.description : tech.definition;
  const lead = bad ? `instead of "${snapSpan(t.agentText, bad.span).text}", ` : missed ? `${missed.why}; ` : "";
  const advice = `${def.title}: ${lead}${tip}`;
  return { criterionId: weakest.id, turn: idx, quote: t.agentText, betterPhrasing, advice };
}
