import type { PitfallId, Rubric, Scenario, TechniqueId } from "@defuse/content";
import { label, MAX_CHARS, type LabelHit } from "../analyser/label";
import { assessTurn, fingerprint, sentences, type Credit } from "../engine/substance";
import { scoreConversation, type ScorableTurn, type ScoreResult } from "./score";
import { BASELINE_TENSION, readTension, type TensionSignal } from "./tension";

/**
 * Scores a real call or chat with the same rubric, analyser and scorer as practice. A real call has no
 * scenario, so the call itself stands in for one: what the customer said is what the agent's
 * acknowledgements must pick up, and the customer's own words plus the concrete things the agent named
 * (amounts, days, time frames) are what a fix must be about. Tension is estimated from the customer's
 * words (see ./tension.ts). There is no policy to break, so a forbidden promise cannot be judged here;
 * pitfall-triggered critical behaviours (rudeness, for example) still are.
 */

export type TranscriptSpeaker = "agent" | "customer";
export interface TranscriptTurn {
  speaker: TranscriptSpeaker;
  text: string;
}

export interface TranscriptTurnResult {
  speaker: TranscriptSpeaker;
  /** For agent turns: its 0-based index among agent turns (what evidence `turn` numbers refer to). */
  agentTurn?: number;
  techniques: TechniqueId[];
  pitfalls: PitfallId[];
  /** Customer turns: the estimate after their words. Agent turns: the tension the agent was facing. */
  tension: number;
  /** Customer turns: why the estimate moved, quoting them. Agent turns: whether each technique counted. */
  reason: string;
  signals?: TensionSignal[];
}

export interface TranscriptScore extends ScoreResult {
  turns: TranscriptTurnResult[];
  tensionTimeline: number[];
}

export class TranscriptInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TranscriptInputError";
  }
}

/** The most turns one transcript may have; a longer file is refused before any work is done. */
export const MAX_TRANSCRIPT_TURNS = 600;

/** Words too common to say what a call is about. */
const COMMON = new Set(
  (
    "about after again also always another because been before being below between both cannot could didn't doesn't don't down during each " +
    "even every from further have haven't having here hers herself himself into isn't it's itself just know like make more most much must " +
    "myself need never once only other ours over really same should some such than that that's their theirs them then there these they this " +
    "those through under until very want wanted was wasn't we're were what when where which while whom will with won't would wouldn't you're " +
    "your yours yourself please thank thanks sorry okay yeah hello morning afternoon evening calling speak speaking told tell said says going " +
    "still ridiculous unacceptable angry furious joke useless rubbish absolutely completely literally actually anyway someone anyone nobody " +
    "nothing something everything thing things time times today week help happy people person phone call called line hold"
  ).split(" "),
);

/** Concrete things an agent can name: sums, days and time frames, references. */
const CONCRETE =
  /£\s?\d[\d,]*(?:\.\d\d)?|\b\d[\d,]*(?:\.\d\d)?\s?(?:pounds|p)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this afternoon|this evening|end of (?:the )?day|next week)\b|\b\d+\s?(?:to\s\d+\s)?(?:working\s)?(?:days?|hours?|weeks?|minutes?)\b|\b\d{1,2}(?::\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)/gi;

function customerTerms(text: string): string[] {
  const words = text.toLowerCase().replace(/[\u2018\u2019]/g, "'").match(/[a-z£0-9][a-z0-9£'.-]*[a-z0-9]/g) ?? [];
  return words.filter((w) => w.length >= 4 && !COMMON.has(w) && !/^\d+$/.test(w));
}

/** A stand-in scenario built from the call itself, so the practice scorer can judge it. */
function callAsScenario(rubric: Rubric, turns: TranscriptTurn[], opening: string, abusive: boolean, peak: number): Scenario {
  const terms = new Set<string>();
  for (const t of turns) {
    if (t.speaker === "customer") for (const w of customerTerms(t.text)) terms.add(w);
    else for (const m of t.text.matchAll(CONCRETE)) terms.add(m[0].toLowerCase().replace(/\s+/g, " "));
  }
  return {
    id: "real-call",
    version: 1,
    title: "Real call",
    summary: "An imported transcript of a real call or chat.",
    customerType: abusive ? "abusive" : peak >= 70 ? "angry" : "upset",
    difficulty: "intermediate",
    channel: "phone",
    persona: { name: "Customer", situation: "", wants: "", emotionalState: "", inflamedBy: [], calmedBy: [], facts: [] },
    openingLine: opening,
    startTension: BASELINE_TENSION,
    policy: { allowed: [], forbidden: [] } as unknown as Scenario["policy"],
    lines: { calmer: [], same: [], angrier: [], resolved: [], escalated: [], closing: [], ended: [], cutOff: [] },
    engine: {
      effects: {},
      resolveAtOrBelow: 0,
      needs: [],
      topics: [...terms].map((t) => ({ id: t, terms: [t] })),
      concerns: [],
      grace: 0,
      maxDropPerTurn: 20,
    },
    rubricId: rubric.id,
    branching: { startNodeId: "none", nodes: [] },
  } as Scenario;
}

function validate(turns: unknown): TranscriptTurn[] {
  if (!Array.isArray(turns)) throw new TranscriptInputError(`"turns" must be an array of {speaker, text}`);
  if (turns.length > MAX_TRANSCRIPT_TURNS) throw new TranscriptInputError(`a transcript may have at most ${MAX_TRANSCRIPT_TURNS} turns (got ${turns.length})`);
  return turns.map((t, i) => {
    const o = t as { speaker?: unknown; text?: unknown } | null;
    if (!o || (o.speaker !== "agent" && o.speaker !== "customer")) {
      throw new TranscriptInputError(`turn ${i + 1}: speaker must be "agent" or "customer" (got ${JSON.stringify(o?.speaker)})`);
    }
    if (typeof o.text !== "string") throw new TranscriptInputError(`turn ${i + 1}: missing "text" string`);
    return { speaker: o.speaker, text: o.text.slice(0, MAX_CHARS * 4) };
  });
}

/**
 * Labels every agent turn, estimates the customer's tension turn by turn and scores the call against
 * the rubric: the practice scorecard (score, criteria with quoted evidence, critical behaviours, the
 * better phrasing for the weakest turn) plus a per-turn view of the transcript.
 */
export function scoreTranscript(rubric: Rubric, input: TranscriptTurn[]): TranscriptScore {
  const turns = validate(input).filter((t) => t.text.trim() !== "");
  // Tension first: it is a property of the customer's words alone.
  let tension: number | null = null;
  const readings = turns.map((t) => {
    if (t.speaker !== "customer") return null;
    const r = readTension(t.text, tension);
    tension = r.tension;
    return r;
  });
  const firstAgent = turns.findIndex((t) => t.speaker === "agent");
  const opening = turns
    .slice(0, firstAgent < 0 ? turns.length : firstAgent)
    .map((t) => t.text)
    .join(" ");
  const peak = Math.max(BASELINE_TENSION, ...readings.map((r) => r?.tension ?? 0));
  const scenario = callAsScenario(rubric, turns, opening, readings.some((r) => r?.abusive), peak);

  const heard: string[] = opening ? [opening] : [];
  const said: Record<string, number> = {};
  let asked = false;
  let abusedLast = firstAgent > 0 && readings.slice(0, firstAgent).some((r) => r?.abusive);
  let slippedLast = false;
  let current = BASELINE_TENSION;
  const scorable: ScorableTurn[] = [];
  const out: TranscriptTurnResult[] = [];
  const agentIndex: number[] = [];

  turns.forEach((t, i) => {
    const r = readings[i];
    if (r) {
      current = r.tension;
      out.push({ speaker: "customer", techniques: [], pitfalls: [], tension: r.tension, reason: r.reason, signals: r.signals });
      if (i > firstAgent && firstAgent >= 0) heard.push(t.text);
      abusedLast = r.abusive;
      return;
    }
    const l = label(t.text);
    const hits: LabelHit[] = [...l.techniques, ...l.pitfalls];
    const credits: Credit[] = assessTurn(
      scenario,
      { heard, said, abusedLast, askedBefore: asked, offers: [], revealed: [], slippedLast },
      t.text,
      hits,
    ).credits;
    slippedLast = l.pitfalls.length > 0;
    for (const s of sentences(t.text)) {
      const fp = fingerprint(t.text.slice(s.start, s.end));
      if (fp) said[fp] = (said[fp] ?? 0) + 1;
    }
    if (credits.some((c) => c.engaged && c.label === "open_question")) asked = true;
    abusedLast = false;
    // what the customer said next, up to the agent's next turn
    const reply: string[] = [];
    let after = current;
    for (let j = i + 1; j < turns.length && turns[j]!.speaker === "customer"; j++) {
      reply.push(turns[j]!.text);
      after = readings[j]!.tension;
    }
    agentIndex.push(i);
    scorable.push({
      agentText: t.text,
      labels: hits,
      credits,
      breaches: [],
      customerLine: reply.join(" "),
      tensionBefore: current,
      tensionAfter: after,
    });
    const counted = credits.map((c) => `${c.engaged ? "counted" : "did not count"}: ${c.why}`);
    const pits = l.pitfalls.map((p) => `"${p.span.text}" is a pitfall (${p.label.replace(/_/g, " ")})`);
    out.push({
      speaker: "agent",
      agentTurn: agentIndex.length - 1,
      techniques: l.techniques.map((h) => h.label),
      pitfalls: l.pitfalls.map((h) => h.label),
      tension: current,
      reason: [...counted, ...pits].join("; ") || "No technique or pitfall recognised in this turn.",
    });
  });

  const s = scoreConversation(scenario, rubric, scorable);
  const timeline = [BASELINE_TENSION, ...readings.filter((r) => r !== null).map((r) => r.tension)];
  return { ...s, turns: out, tensionTimeline: timeline };
}
