import { PITFALL_IDS, type LabelId, type PitfallId, type Scenario, type TechniqueId } from "@defuse/content";
import { analyse, MAX_CHARS, type Analysis } from "./analyse";
import { newBuffer } from "./features";
import { originalSpan } from "./normalise";
import { RULES, type RuleHit } from "./rules";
import { applyVetoes, decide, loadModel, logits, perSent, rescueBySentence, type ModelJson } from "../model/model";
import WEIGHTS from "../model/weights.json";
import { contemptFeatures, contemptLogit, loadContempt, type ContemptJson } from "./contempt";
import CONTEMPT_JSON from "./contempt.json";

export { MAX_CHARS };

/** Where in the learner's text a label was seen. Offsets index the original string. */
export interface Span {
  start: number;
  end: number;
  text: string;
}
export interface LabelHit<L extends LabelId = LabelId> {
  label: L;
  span: Span;
}
export interface LabelResult {
  techniques: LabelHit<TechniqueId>[];
  pitfalls: LabelHit<PitfallId>[];
}
/** Optional context: the scenario being played (its id is enough). Reserved for persona-aware rules. */
export interface LabelContext {
  scenario?: Scenario | string;
}

const TECHNIQUE_ORDER: TechniqueId[] = [
  "empathy", "apology", "reflection", "open_question", "ownership", "solution", "options",
  "expectation", "boundary", "escalation", "explanation", "follow_up",
];
const PITFALL_ORDER: readonly PitfallId[] = PITFALL_IDS;
const PITFALLS = new Set<string>(PITFALL_ORDER);

const MODEL = loadModel(WEIGHTS as unknown as ModelJson);
const LABEL_INDEX = new Map(MODEL.labels.map((l, i) => [l, i]));
const Z = new Float64Array(MODEL.width);
const BUF = newBuffer();
const ON = new Set<LabelId>();
/** the sentence that alone decided a pitfall the turn as a whole did not (rescueBySentence): that label's evidence */
const WHERE = new Map<LabelId, number>();
/** pitfalls the turn's model showed that `decide` took off for a technique in the turn (rescueBySentence) */
const SUPPRESSED = new Set<LabelId>();
/** The contempt stage (contempt.ts): decides `rude` only where the main stage did not and no veto stands against it. */
const CONTEMPT = loadContempt(CONTEMPT_JSON as unknown as ContemptJson);
const CONTEMPT_OPT = (CONTEMPT_JSON as unknown as ContemptJson).features;
const CT_FEATS = new Set<number>();
let contemptOn = CONTEMPT.enabled;
/**
 * Turns the contempt stage on or off for this process (default: contempt.json's `enabled`, false as shipped): the
 * eval scripts' `--contempt` flag, so its figures can be reproduced without editing contempt.json. Returns the old setting.
 */
export function setContempt(on: boolean): boolean {
  const was = contemptOn;
  contemptOn = on;
  return was;
}
/**
 * The contempt stage's probability for a turn, or null when it does not speak: the main stage already calls the turn
 * rude, a `rude` veto fired, or no marker of contempt is in it. For tests and the trainer's checks.
 */
export function contemptScore(text: string): number | null {
  if (typeof text !== "string" || text.length === 0) return null;
  const a = analyse(text, BUF, MODEL.features);
  if (a.tk.toks.length === 0) return null;
  const sents = a.tk.sents;
  logits(MODEL, a.feats.keys, a.feats.sents, (s) => sents[s]!.to - sents[s]!.from, sents.length, Z);
  decide(MODEL, Z, a.hits, ON, SUPPRESSED);
  rescueBySentence(MODEL, a.hits, (s) => sents[s]!.to - sents[s]!.from, sents.length, SUPPRESSED, ON, WHERE);
  if (ON.has("rude") || !contemptMarked(a)) return null;
  return 1 / (1 + Math.exp(-contemptLogit(CONTEMPT, CT_FEATS)));
}
/** The stage's threshold (contempt.json). */
export const CONTEMPT_THRESHOLD = (CONTEMPT_JSON as unknown as ContemptJson).threshold;
/** Evidence longer than this is cut to the clause around the cue. */
const LONG_SENTENCE = 140;

/**
 * Labels one agent utterance with the de-escalation techniques and pitfalls it shows: the learned
 * model decides (src/model), the rule table (rules.ts) feeds it and may assert or veto a label, and
 * each label's span is its rule cue's sentence or, without a cue, the sentence that weighs most for
 * it in the model. Deterministic, pure and cheap; never throws.
 */
export function label(text: string, context?: LabelContext): LabelResult {
  void context;
  const techniques: LabelHit<TechniqueId>[] = [];
  const pitfalls: LabelHit<PitfallId>[] = [];
  if (typeof text !== "string" || text.length === 0) return { techniques, pitfalls };
  const a = analyse(text, BUF, MODEL.features);
  if (a.tk.toks.length === 0) return { techniques, pitfalls };
  const sents = a.tk.sents;
  logits(MODEL, a.feats.keys, a.feats.sents, (s) => sents[s]!.to - sents[s]!.from, sents.length, Z);
  decide(MODEL, Z, a.hits, ON, SUPPRESSED);
  rescueBySentence(MODEL, a.hits, (s) => sents[s]!.to - sents[s]!.from, sents.length, SUPPRESSED, ON, WHERE);
  if (contemptOn && !ON.has("rude") && contemptMarked(a) && contemptLogit(CONTEMPT, CT_FEATS) >= CONTEMPT.cut) ON.add("rude");
  if (ON.size === 0) return { techniques, pitfalls };
  for (const l of TECHNIQUE_ORDER) if (ON.has(l)) techniques.push({ label: l, span: evidence(a, l) });
  for (const l of PITFALL_ORDER) if (ON.has(l)) pitfalls.push({ label: l, span: evidence(a, l) });
  return { techniques, pitfalls };
}

/**
 * Whether the contempt stage may speak on the turn (no `rude` veto, a marker of contempt in it), its features then in
 * CT_FEATS; the main stage's decision is in ON and its logits in Z.
 */
function contemptMarked(a: Analysis): boolean {
  let technique = false;
  for (const h of a.hits) if (!h.negated && h.rule.label === "rude" && h.rule.effect === "veto") return false;
  for (const l of ON) if (!PITFALLS.has(l)) technique = true;
  return contemptFeatures(a.n.text, a.n.original, a.tk, a.feats.keys, technique, Z[MODEL.rude]!, CT_FEATS, CONTEMPT_OPT);
}

function evidence(a: Analysis, l: LabelId): Span {
  // an assert that fired is what decided the label, so it is the evidence; otherwise the first cue (analyser round 20:
  // "Well, I'm not an idiot, …, if you can't string a sentence together…" is rude for the put-down, not the defensive denial)
  let cue: RuleHit | undefined;
  const only = WHERE.get(l);
  for (const h of a.hits) if (h.rule.label === l && !h.negated && h.rule.effect === "assert" && (only === undefined || h.sent === only)) {
    cue = h;
    break;
  }
  if (!cue) for (const h of a.hits) if (h.rule.label === l && !h.negated && (h.rule.effect ?? "cue") === "cue" && (only === undefined || h.sent === only)) {
    cue = h;
    break;
  }
  let sent: number;
  if (cue) sent = cue.sent;
  else if (only !== undefined) sent = only;
  else {
    // the sentence that, on its own, scores highest for the label (logits() left the scores in perSent)
    sent = 0;
    const n = a.tk.sents.length, L = MODEL.width, li = LABEL_INDEX.get(l) ?? 0;
    for (let i = 1; i < n; i++) if (perSent[i * L + li]! > perSent[sent * L + li]!) sent = i;
  }
  const s = a.tk.sents[Math.min(sent, a.tk.sents.length - 1)]!;
  let start = s.start, end = s.end;
  if (end - start > LONG_SENTENCE && cue && !cue.rule.cased) [start, end] = clause(a, s, cue.start, cue.end);
  const sp = originalSpan(a.n, start, end);
  const t = sp.text;
  // trim trailing spaces and closing marks that are not part of the words
  let e = t.length;
  while (e > 0 && /\s/.test(t[e - 1]!)) e--;
  return { start: sp.start, end: sp.start + e, text: t.slice(0, e) };
}

/** The clause around a cue, cut at commas, colons and semicolons between tokens. */
function clause(a: Analysis, s: { from: number; to: number; start: number; end: number }, cs: number, ce: number): [number, number] {
  const toks = a.tk.toks;
  const t = a.n.text;
  let from = s.from;
  let to = s.to - 1;
  for (let k = s.from; k < s.to; k++) {
    const tok = toks[k]!;
    if (tok.end <= cs && k + 1 < s.to && /[,;:]/.test(t.slice(tok.end, toks[k + 1]!.start))) from = k + 1;
    if (tok.start >= ce && k > s.from && /[,;:]/.test(t.slice(toks[k - 1]!.end, tok.start))) {
      to = k - 1;
      break;
    }
  }
  return [toks[from]!.start, Math.max(toks[to]!.end, ce)];
}

/** Convenience: just the label ids, techniques then pitfalls. */
export function labelIds(text: string, context?: LabelContext): LabelId[] {
  const r = label(text, context);
  return [...r.techniques.map((h) => h.label), ...r.pitfalls.map((h) => h.label)];
}

const CUE_RULES: ReadonlySet<string> = new Set(RULES.filter((r) => (r.effect ?? "cue") === "cue").map((r) => r.id));

/** The rule table's labels alone, without the model: every label with an un-negated cue, less the vetoed ones. */
export function ruleLabelIds(text: string, context?: LabelContext): LabelId[] {
  void context;
  if (typeof text !== "string" || text.length === 0) return [];
  const a = analyse(text, BUF, MODEL.features);
  const on = new Set<LabelId>();
  for (const h of a.hits) if (!h.negated && (h.rule.effect ?? "cue") !== "veto" && h.rule.effect !== "feature") on.add(h.rule.label);
  // (without the model every cue counts, so a yielding veto stands down beside any cue of its label)
  applyVetoes(a.hits, CUE_RULES, on);
  return [...TECHNIQUE_ORDER, ...PITFALL_ORDER].filter((l) => on.has(l));
}

export function isPitfall(l: string): l is PitfallId {
  return PITFALLS.has(l);
}
