import type { CustomerLine, LabelId, PitfallId, Scenario, TechniqueId } from "@defuse/content";
import { label, type LabelHit } from "../analyser/label";
import { normalise } from "../analyser/normalise";
import { LABEL_PHRASE } from "./phrases";
import { nextRandom, seedState } from "./rng";

export type Outcome = "resolved" | "escalated" | "ongoing";
export type Intensity = "standard" | "reduced";

export interface StartOptions {
  /** Same seed, same scenario and same turns give the same conversation. Default 1. */
  seed?: number;
  /** "reduced" uses each line's `mild` wording where the content provides one. */
  intensity?: Intensity;
}

/** One agent turn as the engine saw it. Part of the state, so scoring needs nothing else. */
export interface TurnRecord {
  index: number;
  agentText: string;
  /** Set when the turn was a branching choice. */
  choiceId?: string;
  labels: LabelHit[];
  tensionBefore: number;
  tensionAfter: number;
  reason: string;
  customerLine: string;
  revealedFacts: string[];
  ended: boolean;
  outcome: Outcome;
}

/** Everything needed to continue a conversation. Plain JSON: persist it and pass it back. */
export interface ConversationState {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  intensity: Intensity;
  rng: number;
  tension: number;
  outcome: Outcome;
  /** Branching position; null once a branch has ended. Undefined for free-text play. */
  nodeId?: string | null;
  /** For each of scenario.engine.needs, whether a turn has met it. */
  needsMet: boolean[];
  /** How many earlier turns used each technique (repeats help less). */
  labelUses: Partial<Record<LabelId, number>>;
  /** How many times each normalised agent phrase has been said. */
  phraseUses: Record<string, number>;
  revealedFacts: string[];
  /** Recently used line indexes per group, to avoid repeating the customer. */
  recentLines: Record<string, number[]>;
  openingLine: string;
  turns: TurnRecord[];
}

export type AgentInput = string | { choiceId: string };

export interface TakeTurnResult {
  state: ConversationState;
  turn: TurnRecord;
}

export class RoleplayInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RoleplayInputError";
  }
}

/** Labels an engine falls back to when a scenario's tuning leaves one out. */
export const DEFAULT_EFFECTS: Record<LabelId, number> = {
  empathy: -6, apology: -5, reflection: -5, open_question: -3, ownership: -8, solution: -12, options: -10,
  expectation: -6, boundary: -8, escalation: -3, explanation: -6, follow_up: -4,
  blame: 15, dismissive: 15, argue: 14, policy_wall: 15, jargon: 8, rude: 25,
};
const PITFALL_SET = new Set<string>(["blame", "dismissive", "argue", "policy_wall", "jargon", "rude"]);
/** Tension at which the customer hangs up or demands a manager. */
export const ESCALATE_AT = 100;

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));

export function startConversation(scenario: Scenario, opts: StartOptions = {}): ConversationState {
  const seed = Number.isFinite(opts.seed) ? Math.trunc(opts.seed as number) : 1;
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed,
    intensity: opts.intensity === "reduced" ? "reduced" : "standard",
    rng: seedState(seed),
    tension: clamp(scenario.startTension),
    outcome: "ongoing",
    nodeId: undefined,
    needsMet: scenario.engine.needs.map(() => false),
    labelUses: {},
    phraseUses: {},
    revealedFacts: [],
    recentLines: {},
    openingLine: scenario.openingLine,
    turns: [],
  };
}

function lineText(line: CustomerLine, intensity: Intensity): string {
  if (typeof line === "string") return line;
  return intensity === "reduced" && line.mild ? line.mild : line.text;
}

/** Picks a line from a group with the seeded generator, avoiding the last few used. */
function pickLine(
  scenario: Scenario,
  group: keyof Scenario["lines"],
  st: { rng: number; recentLines: Record<string, number[]>; intensity: Intensity },
): string {
  const lines = scenario.lines[group];
  if (lines.length === 0) return "";
  const recent = st.recentLines[group] ?? [];
  const free = lines.map((_, i) => i).filter((i) => !recent.includes(i));
  const pool = free.length > 0 ? free : lines.map((_, i) => i);
  const r = nextRandom(st.rng);
  st.rng = r.state;
  const idx = pool[Math.floor(r.value * pool.length)] ?? 0;
  const keep = Math.max(0, Math.min(3, lines.length - 1));
  st.recentLines = { ...st.recentLines, [group]: [...recent, idx].slice(-keep) };
  return lineText(lines[idx]!, st.intensity);
}

function fingerprint(text: string): string {
  return normalise(text.slice(0, 500)).text.replace(/[^a-z0-9 ]+/g, "").replace(/\s+/g, " ").trim();
}

const quote = (s: string, max = 60) => {
  const t = s.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t}"`;
};

function joinPhrases(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return parts.slice(0, -1).join(", ") + " and " + parts[parts.length - 1];
}

interface Contribution {
  label: LabelId;
  delta: number;
  quote: string;
}

/** Which discoverable facts a question brings out (persona.facts[].askedAbout). */
function factsAsked(scenario: Scenario, text: string, isQuestion: boolean, already: string[]): string[] {
  if (!isQuestion) return [];
  const low = normalise(text.slice(0, 2000)).text;
  const out: string[] = [];
  for (const f of scenario.persona.facts) {
    if (already.includes(f.id)) continue;
    if (f.askedAbout.some((k) => wordIn(low, k.toLowerCase()))) out.push(f.id);
  }
  return out.slice(0, 1); // one revelation per turn keeps the customer natural
}
function wordIn(hay: string, needle: string): boolean {
  let i = hay.indexOf(needle);
  while (i !== -1) {
    const before = i === 0 ? " " : hay[i - 1]!;
    const after = hay[i + needle.length] ?? " ";
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after.replace(/s/, " "))) return true;
    i = hay.indexOf(needle, i + 1);
  }
  return false;
}

/**
 * Plays one agent turn. Pure: returns a new state and leaves the given one untouched.
 * Free text is labelled by the analyser; `{ choiceId }` follows scenario.branching.
 */
export function takeTurn(scenario: Scenario, state: ConversationState, input: AgentInput): TakeTurnResult {
  if (state.scenarioId !== scenario.id) {
    throw new RoleplayInputError(`state belongs to scenario "${state.scenarioId}", not "${scenario.id}"`);
  }
  if (state.outcome !== "ongoing" || state.nodeId === null) {
    throw new RoleplayInputError("the conversation has already ended");
  }
  if (typeof input === "object" && input !== null) return takeChoice(scenario, state, String(input.choiceId));
  const text = typeof input === "string" ? input : String(input ?? "");
  return takeText(scenario, state, text);
}

function takeText(scenario: Scenario, state: ConversationState, text: string): TakeTurnResult {
  const res = label(text);
  const hits: LabelHit[] = [...res.techniques, ...res.pitfalls];
  const before = state.tension;
  const fp = fingerprint(text);
  const repeats = fp ? (state.phraseUses[fp] ?? 0) : 0;
  const effects = scenario.engine.effects;
  const needsBoundary = scenario.engine.needs.findIndex((g) => g.includes("boundary"));
  const boundaryMissing =
    needsBoundary >= 0 && !state.needsMet[needsBoundary] && !res.techniques.some((h) => h.label === "boundary");
  const contributions: Contribution[] = [];
  for (const h of hits) {
    const base = effects[h.label] ?? DEFAULT_EFFECTS[h.label];
    let d: number;
    if (PITFALL_SET.has(h.label)) {
      d = base * (0.6 + 0.8 * (before / 100)); // pitfalls bite harder on a hot call
    } else {
      const uses = state.labelUses[h.label] ?? 0;
      d = base * Math.max(0.35, 1 - 0.3 * uses) / (1 + repeats); // the same move, or the same words, help less
      if (boundaryMissing && d < 0) d *= 0.5; // abuse unaddressed: calming moves only half land
    }
    contributions.push({ label: h.label, delta: d, quote: h.span.text });
  }
  let delta = contributions.reduce((s, c) => s + c.delta, 0);
  if (hits.length === 0 && before >= 60) delta += 2; // silence on a hot call reads as stalling
  const after = clamp(before + delta);

  const needsMet = scenario.engine.needs.map(
    (g, i) => state.needsMet[i] || g.some((l) => hits.some((h) => h.label === l)),
  );
  const outcome: Outcome =
    after >= ESCALATE_AT
      ? "escalated"
      : after <= scenario.engine.resolveAtOrBelow && needsMet.every(Boolean)
        ? "resolved"
        : "ongoing";
  const isQuestion = /\?/.test(text) || res.techniques.some((h) => h.label === "open_question");
  const revealed = outcome === "ongoing" ? factsAsked(scenario, text, isQuestion, state.revealedFacts) : [];

  const mut = { rng: state.rng, recentLines: state.recentLines, intensity: state.intensity };
  let customerLine: string;
  if (outcome === "resolved") customerLine = pickLine(scenario, "resolved", mut);
  else if (outcome === "escalated") customerLine = pickLine(scenario, "escalated", mut);
  else {
    const group = after < before - 1 ? "calmer" : after > before + 1 ? "angrier" : "same";
    const mood = pickLine(scenario, group, mut);
    const fact = revealed.length > 0 ? scenario.persona.facts.find((f) => f.id === revealed[0]) : undefined;
    customerLine = fact ? (group === "angrier" ? `${mood} ${fact.customerLine}` : fact.customerLine) : mood;
  }

  const reason = buildReason(before, after, contributions, repeats, boundaryMissing, needsMet, scenario, outcome, text);
  const labelUses = { ...state.labelUses };
  for (const h of res.techniques) labelUses[h.label] = (labelUses[h.label] ?? 0) + 1;
  const turn: TurnRecord = {
    index: state.turns.length,
    agentText: text,
    labels: hits,
    tensionBefore: before,
    tensionAfter: after,
    reason,
    customerLine,
    revealedFacts: revealed,
    ended: outcome !== "ongoing",
    outcome,
  };
  return {
    turn,
    state: {
      ...state,
      rng: mut.rng,
      recentLines: mut.recentLines,
      tension: after,
      outcome,
      needsMet,
      labelUses,
      phraseUses: fp ? { ...state.phraseUses, [fp]: repeats + 1 } : state.phraseUses,
      revealedFacts: [...state.revealedFacts, ...revealed],
      turns: [...state.turns, turn],
    },
  };
}

function buildReason(
  before: number,
  after: number,
  cs: Contribution[],
  repeats: number,
  boundaryMissing: boolean,
  needsMet: boolean[],
  scenario: Scenario,
  outcome: Outcome,
  text: string,
): string {
  const dir = after < before ? "Tension fell" : after > before ? "Tension rose" : "Tension held";
  const head = `${dir} (${before} → ${after})`;
  const helps = cs.filter((c) => c.delta < 0).sort((a, b) => a.delta - b.delta);
  const hurts = cs.filter((c) => c.delta > 0).sort((a, b) => b.delta - a.delta);
  const say = (c: Contribution) => `${LABEL_PHRASE[c.label]} (${quote(c.quote, 50)})`;
  const parts: string[] = [];
  if (after > before || (hurts.length > 0 && after >= before)) {
    if (hurts.length > 0) parts.push(`you ${joinPhrases(hurts.slice(0, 2).map(say))}`);
    if (helps.length > 0) parts.push(`which outweighed that you ${joinPhrases(helps.slice(0, 1).map(say))}`);
  } else if (helps.length > 0) {
    parts.push(`you ${joinPhrases(helps.slice(0, 2).map(say))}`);
    if (hurts.length > 0) parts.push(`though you also ${say(hurts[0]!)}`);
  }
  let sentence: string;
  if (parts.length === 0) {
    sentence = `${head}: nothing in ${quote(text, 50)} acknowledged them or moved the problem forward`;
  } else sentence = `${head}: ${parts.join(", ")}`;
  const notes: string[] = [];
  if (repeats > 0 && helps.length > 0) notes.push("you had said this before, so it landed with less weight");
  if (boundaryMissing && helps.length > 0) notes.push("with the abuse not yet addressed, calming moves only half landed");
  if (outcome === "resolved") notes.push("their needs are met and they are calm enough to accept the fix");
  else if (outcome === "escalated") notes.push("they have had enough and are ending the call");
  else if (after <= scenario.engine.resolveAtOrBelow && !needsMet.every(Boolean)) {
    const missing = scenario.engine.needs.filter((_, i) => !needsMet[i]).map((g) => g.join(" or ").replace(/_/g, " "));
    notes.push(`they are calmer but still need ${missing.join(" and ")}`);
  }
  return `${sentence}${notes.length ? `; ${notes.join("; ")}` : ""}.`;
}

function takeChoice(scenario: Scenario, state: ConversationState, choiceId: string): TakeTurnResult {
  const nodes = scenario.branching.nodes;
  const nodeId = state.nodeId ?? scenario.branching.startNodeId;
  const node = nodes.find((n) => n.id === nodeId);
  if (!node) throw new RoleplayInputError(`branching node "${nodeId}" not found in ${scenario.id}`);
  const choice = node.choices.find((c) => c.id === choiceId);
  if (!choice) {
    throw new RoleplayInputError(
      `choice "${choiceId}" is not available at node "${node.id}" (choices: ${node.choices.map((c) => c.id).join(", ") || "none"})`,
    );
  }
  const before = state.tension;
  const after = clamp(before + choice.tensionDelta);
  const next = choice.next ? nodes.find((n) => n.id === choice.next) : undefined;
  const endNode = !next || next.choices.length === 0;
  const outcome: Outcome = after >= ESCALATE_AT ? "escalated" : endNode ? (next?.outcome ?? "ongoing") : "ongoing";
  // Labels come from the content; spans point at the analyser's evidence where it agrees, else the whole choice.
  const analysed = label(choice.text);
  const all = [...analysed.techniques, ...analysed.pitfalls];
  const hits: LabelHit[] = choice.labels.map(
    (l) => all.find((h) => h.label === l) ?? { label: l, span: { start: 0, end: choice.text.length, text: choice.text } },
  );
  const needsMet = scenario.engine.needs.map((g, i) => state.needsMet[i] || g.some((l) => choice.labels.includes(l)));
  const revealed: string[] = [];
  const customerLine = next
    ? next.customerLine
    : pickLine(scenario, outcome === "escalated" ? "escalated" : "resolved", {
        rng: state.rng,
        recentLines: state.recentLines,
        intensity: state.intensity,
      });
  const dir = after < before ? "Tension fell" : after > before ? "Tension rose" : "Tension held";
  const firstSentence = choice.feedback.split(/(?<=[.!?])\s/)[0] ?? choice.feedback;
  const what = hits.length
    ? `you ${joinPhrases(hits.slice(0, 2).map((h) => `${LABEL_PHRASE[h.label]} (${quote(h.span.text, 50)})`))}`
    : `${quote(choice.text, 50)} did not address them`;
  const reason = `${dir} (${before} → ${after}): ${what}. ${firstSentence}`;
  const labelUses = { ...state.labelUses };
  for (const l of choice.labels) labelUses[l] = (labelUses[l] ?? 0) + 1;
  const turn: TurnRecord = {
    index: state.turns.length,
    agentText: choice.text,
    choiceId: choice.id,
    labels: hits,
    tensionBefore: before,
    tensionAfter: after,
    reason,
    customerLine,
    revealedFacts: revealed,
    ended: endNode || outcome === "escalated",
    outcome,
  };
  return {
    turn,
    state: {
      ...state,
      tension: after,
      outcome,
      nodeId: endNode || outcome === "escalated" ? null : next!.id,
      needsMet,
      labelUses,
      turns: [...state.turns, turn],
    },
  };
}

/** Rebuilds a conversation from stored agent turns. Turns after the end are ignored. */
export function replay(scenario: Scenario, agentTurns: AgentInput[], opts: StartOptions = {}): ConversationState {
  let state = startConversation(scenario, opts);
  for (const t of agentTurns) {
    if (state.outcome !== "ongoing" || state.nodeId === null) break;
    state = takeTurn(scenario, state, t).state;
  }
  return state;
}

export type { LabelHit, TechniqueId, PitfallId };
