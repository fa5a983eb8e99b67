import type { LabelId, PitfallId, Scenario, TechniqueId } from "@defuse/content";
import { normalise, originalSpan, type Normalised } from "./normalise";
import * as P from "./patterns";
import { buildGate, gateState, openGates } from "./gate";
import MODEL from "../model/weights.json";

// local bindings: reading through the module namespace on every call costs a getter each time
const { ACCUSING_WHY, ALTERNATIVE, BOUNDARY_HELP, BOUNDARY_LIMIT, CLOSED_WH, COLD_LIMIT, ESCALATION_FRAME, ESCALATION_ROLE, ESCALATION_VERB, FUTURE_CONTEXT, HANG_UP_NOW, JARGON_EXPLAINED, JARGON_STRONG, JARGON_WEAK, KNOWN_ACRONYMS, NEG, REMEDY_WORDS, THREAT, TIME_NOT, TIME_WORD, WH_START } = P;

/**
 * The word n-gram model (src/model/train.ts) adds a label the rules missed only when its probability
 * reaches that label's threshold, set by cross-validation for a precision of at least 0.9.
 */
const M_LABELS = MODEL.labels as LabelId[];
const M_BIAS = M_LABELS.map((l) => (MODEL.bias as Record<string, number>)[l] ?? 0);
const M_TAU = M_LABELS.map((l) => (MODEL.thresholds as Record<string, number>)[l] ?? 2);
const M_LOGIT = M_TAU.map((t) => (t >= 1 ? Infinity : Math.log(t / (1 - t))));
/**
 * Feature weights keyed by a 32-bit FNV-1a hash of the word (and, for bigrams, of both words), so a
 * lookup needs no substring or string hashing. Vocabulary entries that share a key have their weights
 * merged; with a few thousand entries that is rare and only nudges a score.
 */
const FNV = 2166136261;
const fnvStep = (h: number, c: number) => Math.imul(h ^ c, 16777619) >>> 0;
function fnv(w: string): number {
  let h = FNV;
  for (let i = 0; i < w.length; i++) h = fnvStep(h, w.charCodeAt(i));
  return h;
}
// keys are kept to 30 bits so V8 stores them as small integers, which hash and compare fastest
const biKey = (a: number, b: number) => (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) & 0x3fffffff;
const M_UNI = new Map<number, number[]>();
const M_BI = new Map<number, number[]>();
for (const [f, ws] of Object.entries(MODEL.features as Record<string, number[]>)) {
  const sp = f.indexOf(" ");
  const key = sp < 0 ? fnv(f) & 0x3fffffff : biKey(fnv(f.slice(0, sp)), fnv(f.slice(sp + 1)));
  const map = sp < 0 ? M_UNI : M_BI;
  const had = map.get(key);
  map.set(key, had === undefined ? ws : [...had, ...ws]);
}
const H_START = fnv("^"), H_STOP = fnv("."), H_NUM = fnv("0");
const BLAMED_PARTY =
  /\b(?:you|your|you're|you've|you'd|yourself|they|their|them|they're|bank|courier|shop|store|retailer|warehouse|engineers?|agent|advisor|adviser|department|team|manufacturer|supplier|post office|driver|seller|salesperson|sales)\b/;
const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39;
const isStopChar = (c: number) => c === 46 || c === 33 || c === 63 || c === 59;

/**
 * Reads the model's features straight off the normalised text: the same features as `eachFeature` in
 * src/model/features.ts (tokens [a-z0-9']+ and runs of . ! ? ;, unigrams and bigrams). With `only < 0`
 * it adds every label's weights into `z`; with `only` set it returns the character range of the
 * n-gram that weighs most for that label (the evidence quoted as the span).
 */
function scanModel(text: string, z: Float64Array, only: number): [number, number] {
  let hPrev = H_START;
  let prevStart = -1;
  let bestW = 0, bestFrom = -1, bestTo = -1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    let h: number;
    if (isWordChar(c)) {
      h = fnvStep(FNV, c);
      while (j < text.length && isWordChar(text.charCodeAt(j))) h = fnvStep(h, text.charCodeAt(j++));
      if (c >= 48 && c <= 57) h = H_NUM;
    } else if (isStopChar(c)) {
      while (j < text.length && isStopChar(text.charCodeAt(j))) j++;
      h = H_STOP;
    } else {
      i = j;
      continue;
    }
    for (let k = 0; k < 2; k++) {
      const ws = k === 0 ? (h === H_STOP ? undefined : M_UNI.get(h & 0x3fffffff)) : M_BI.get(biKey(hPrev, h));
      if (ws === undefined) continue;
      if (only < 0) {
        for (let q = 0; q < ws.length; q += 2) z[ws[q]!] = z[ws[q]!]! + ws[q + 1]!;
      } else {
        for (let q = 0; q < ws.length; q += 2) {
          if (ws[q] !== only || ws[q + 1]! <= bestW) continue;
          bestW = ws[q + 1]!;
          bestFrom = k === 0 || prevStart < 0 ? i : prevStart;
          bestTo = j;
        }
      }
    }
    hPrev = h === H_STOP ? H_START : h;
    prevStart = h === H_STOP ? -1 : i;
    i = j;
  }
  return [bestFrom, bestTo];
}

/** Off only inside ruleLabelIds. */
let modelOn = true;
function modelLabels(n: Normalised, found: Map<LabelId, Found>, sentences: Sentence[]): void {
  const z = Float64Array.from(M_BIAS);
  scanModel(n.text, z, -1);
  for (let li = 0; li < M_LABELS.length; li++) {
    const label = M_LABELS[li]!;
    if (z[li]! < M_LOGIT[li]! || found.has(label)) continue;
    const [start, end] = scanModel(n.text, z, li);
    if (start < 0) continue;
    // the rules' negation scope applies to the model's evidence too ("I'm not going to blame you")
    let neg = false;
    let sent = "";
    for (const s of sentences) if (s.at <= start && start <= s.at + s.text.length) {
      neg = negated(s.text, start - s.at);
      sent = s.text;
    }
    if (neg) continue;
    // blame needs someone to blame: the customer or another party named in the sentence
    if (label === "blame" && !BLAMED_PARTY.test(sent)) continue;
    found.set(label, { label, start, end });
  }
}

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
const PITFALL_ORDER: PitfallId[] = ["blame", "dismissive", "argue", "policy_wall", "jargon", "rude"];
const PITFALLS = new Set<string>(PITFALL_ORDER);

/** Longest text analysed; anything past it is ignored so one call stays cheap whatever it is given. */
export const MAX_CHARS = 2000;

interface Sentence {
  /** normalised text of the sentence, trimmed */
  text: string;
  /** offset of `text` in the normalised utterance */
  at: number;
  question: boolean;
}

const AUX_START = /^(?:(?:and|so|okay|ok|right|sorry|just|now|well|oh|then)[,.]? )*(?:do|does|did|is|are|was|were|have|has|had|can|could|would|will|shall|should|may|might|am|isn't|aren't|don't|doesn't|didn't|won't|wouldn't|couldn't|can't|haven't|hasn't)\b/;

function splitSentences(t: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?;\n]+(?:[.!?;]+|\n|$)|[.!?;\n]+/g;
  let m: RegExpExecArray | null;
  let pending: { text: string; at: number } | null = null;
  while ((m = re.exec(t)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    let chunk = m[0];
    let at = m.index;
    // keep "£42.50", "e.g." and "3.5" inside one sentence
    if (pending && /\d[.]$/.test(pending.text) && /^\d/.test(chunk)) {
      chunk = pending.text + chunk;
      at = pending.at;
      out.pop();
    }
    const lead = chunk.length - chunk.trimStart().length;
    const text = chunk.trim();
    if (!/[a-z0-9]/.test(text)) continue;
    const end = text.replace(/[\s"')]+$/, "");
    const question = end.endsWith("?") || (!/[.!]$/.test(end) && (WH_START.test(text) || AUX_START.test(text)) && !/^(?:what a|how (?:awful|annoying|frustrating|stressful|horrible))/.test(text));
    const s = { text, at: at + lead, question };
    out.push(s);
    pending = { text: chunk, at };
  }
  return out;
}

type Found = { label: LabelId; start: number; end: number };

function negated(sentence: string, idx: number): boolean {
  const before = sentence.slice(Math.max(0, idx - 40), idx);
  return NEG.test(before);
}

/**
 * Each label's patterns, searched for the leftmost cue in a sentence. A negated cue is skipped and
 * the scan goes on to the next cue.
 *
 * The patterns form groups of about 6,000 characters (the unit a match is searched for in: a later
 * group is tried only when an earlier one has no cue, as when each group was one alternation), and
 * each pattern is its own expression with a gate (src/analyser/gate.ts): the n-grams one of which
 * any match must contain. Gates are checked once per utterance and a closed expression is never
 * run. Within a group the match is the leftmost one over its open expressions, ties going to the
 * earlier expression, which is exactly the match the group's single alternation would give.
 */
interface Family {
  /** per group, the index range [from, to) of its expressions in `res` */
  groups: number[];
  res: RegExp[];
  /** each expression's gate id (see gate.ts) */
  gates: number[];
}
const GROUP = 6000;
function combine(list: RegExp[], flags = "g"): Family {
  const fam: Family = { groups: [], res: [], gates: [] };
  // one expression per pattern measured fastest once gated: most are closed for a given utterance
  const split = (group: RegExp[]) => {
    const from = fam.res.length;
    for (const r of group) {
      fam.res.push(new RegExp(r.source, flags));
      fam.gates.push(buildGate([r]));
    }
    fam.groups.push(from, fam.res.length);
  };
  let cur: RegExp[] = [];
  let len = 0;
  for (const r of list) {
    if (cur.length > 0 && len + r.source.length > GROUP) {
      split(cur);
      cur = [];
      len = 0;
    }
    cur.push(r);
    len += r.source.length;
  }
  if (cur.length > 0) split(cur);
  return fam;
}
const EMPATHY = combine(P.EMPATHY), APOLOGY = combine(P.APOLOGY), REFLECTION = combine(P.REFLECTION);
const OPEN_ANYWHERE = combine(P.OPEN_ANYWHERE), OWNERSHIP = combine(P.OWNERSHIP), SOLUTION = combine(P.SOLUTION);
const OPTIONS = combine(P.OPTIONS), TIME_FUTURE = combine(P.TIME_FUTURE), EXPLANATION = combine(P.EXPLANATION);
const FOLLOW_UP = combine(P.FOLLOW_UP), BLAME = combine(P.BLAME), DISMISSIVE = combine(P.DISMISSIVE);
const ARGUE = combine(P.ARGUE), POLICY_WALL = combine(P.POLICY_WALL), RUDE = combine(P.RUDE);
/** Non-global copies for plain yes/no tests (a global expression's test() depends on lastIndex). */
const JARGON_WEAK_ALL = new RegExp(JARGON_WEAK.source, "g");
const RUDE_ANY = combine(P.RUDE, ""), APOLOGY_NOT_ANY = combine(P.APOLOGY_NOT, "");
/** gateOpen[id] === 1 when that expression may match the utterance being labelled. */
const gateOpen = gateState();
/** Every timeframe pattern needs one of these words; most sentences have none, so the patterns are skipped. */
const TIME_GATE = /\b(?:within|minutes?|hours?|days?|weeks?|months?|by|before|no later|between|later|first|next|step)\b/;
/** True when any expression matches (a plain loop: no closure is made on the hot path). */
function anyTest(fam: Family, t: string): boolean {
  for (let i = 0; i < fam.res.length; i++) if (gateOpen[fam.gates[i]!] === 1 && fam.res[i]!.test(t)) return true;
  return false;
}

/** The group's leftmost match at or after `from`, as its single alternation would find it. */
function groupExec(fam: Family, g0: number, g1: number, t: string, from: number): RegExpExecArray | null {
  let best: RegExpExecArray | null = null;
  for (let k = g0; k < g1; k++) {
    if (gateOpen[fam.gates[k]!] !== 1) continue;
    const re = fam.res[k]!;
    re.lastIndex = from;
    const m = re.exec(t);
    if (m !== null && (best === null || m.index < best.index)) best = m;
    if (best !== null && best.index === from) break; // nothing later can start earlier
  }
  return best;
}

function first(fam: Family, s: Sentence, neg = false): { start: number; end: number } | null {
  const t = s.text;
  const groups = fam.groups;
  for (let g = 0; g < groups.length; g += 2) {
    let from = 0;
    let m: RegExpExecArray | null;
    while (from <= t.length && (m = groupExec(fam, groups[g]!, groups[g + 1]!, t, from)) !== null) {
      const end = m.index + m[0].length;
      if (m[0].length === 0) {
        from = end + 1;
        continue;
      }
      from = end;
      // a negated cue ("I'm not going to blame you") means "not this label" here; look for another cue
      if (neg && negated(t, m.index)) continue;
      return { start: s.at + m.index, end: s.at + end };
    }
  }
  return null;
}
function one(re: RegExp, s: Sentence, neg = false): { start: number; end: number } | null {
  const m = re.exec(s.text);
  if (!m || m[0].length === 0) return null;
  if (neg && negated(s.text, m.index)) return null;
  return { start: s.at + m.index, end: s.at + m.index + m[0].length };
}

const ACRONYM_START = /[A-Z][A-Z0-9&+]/;
/** Acronyms the customer would not know, read from the original casing. */
function acronymJargon(n: Normalised): { start: number; end: number } | null {
  const o = n.original;
  if (!ACRONYM_START.test(o)) return null; // every candidate below starts with two such characters
  const letters = o.replace(/[^A-Za-z]/g, "");
  if (letters.length === 0) return null;
  const upper = letters.replace(/[^A-Z]/g, "").length;
  if (upper / letters.length > 0.5) return null; // shouting in capitals, not acronyms
  const re = /\b[A-Z][A-Z0-9&+]{1,5}s?\b|\bL[1-3]\b/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(o)) !== null) {
    const tok = m[0].replace(/s$/, "");
    if (!/[A-Z].*[A-Z]|L[1-3]/.test(tok)) continue;
    if (KNOWN_ACRONYMS.has(tok) || KNOWN_ACRONYMS.has(m[0])) continue;
    if (/^[A-Z]{1,2}\d/.test(tok)) continue; // a postcode district ("SW4"), not jargon
    if (/^-?\d/.test(o.slice(m.index + m[0].length, m.index + m[0].length + 2))) continue; // a reference ("HH-2290117")
    if (JARGON_EXPLAINED.test(o.slice(m.index + m[0].length, m.index + m[0].length + 60).toLowerCase())) continue;
    // map back: the normalised text is needed only for the span, which we take from the original
    return { start: -1 - m.index, end: -1 - (m.index + m[0].length) };
  }
  return null;
}

/**
 * Labels one agent utterance with the de-escalation techniques and pitfalls it shows.
 * Deterministic, pure and cheap (regular expressions over a normalised copy); never throws.
 */
export function label(text: string, context?: LabelContext): LabelResult {
  void context;
  const techniques: LabelHit<TechniqueId>[] = [];
  const pitfalls: LabelHit<PitfallId>[] = [];
  if (typeof text !== "string" || text.length === 0) return { techniques, pitfalls };
  const n = normalise(text.length > MAX_CHARS ? text.slice(0, MAX_CHARS) : text);
  const found = new Map<LabelId, Found>();
  const add = (label: LabelId, r: { start: number; end: number } | null) => {
    if (r && !found.has(label)) found.set(label, { label, ...r });
  };
  const sentences = splitSentences(n.text);
  const whole = n.text;
  openGates(whole);

  for (const s of sentences) {
    const t = s.text;
    // empathy
    // a wh-question about feelings ("what's been the most frustrating part?") asks, it does not acknowledge
    if (!(s.question && WH_START.test(t))) add("empathy", first(EMPATHY, s, true));
    // apology (not a repeat request, not "sorry you feel that way")
    if (!anyTest(APOLOGY_NOT_ANY, t) || /\b(?:i'm|i am|we're|so|really|very|terribly|truly) sorry\b(?! you feel)|apologi/.test(t)) {
      const a = first(APOLOGY, s, true);
      if (a && !/\bsorry you feel (?:that way|like that|this way)/.test(t)) add("apology", a);
    }
    // reflection: a feeling-named "sounds like" is empathy instead
    const refl = first(REFLECTION, s);
    if (refl && !((/sounds (?:like|as)/.test(t.slice(refl.start - s.at, refl.end - s.at + 2)) || /^(?:okay,? |ok,? |right,? )?you(?:'ve| have)(?: really| clearly)? had (?:a |such a |an )?(?:really |truly |absolutely |pretty |very )?(?:terrible|awful|horrible|rough|tough|hard|rotten|miserable|dreadful|difficult|frustrating|stressful|bad|shocking|nightmare|poor|rubbish|horrendous) /.test(t)) && found.get("empathy"))) {
      if (!(s.question && /^(?:okay,? |ok,? |right,? )?you(?:'ve| have)/.test(t))) add("reflection", refl);
    }
    // open question
    if (s.question && WH_START.test(t) && !CLOSED_WH.test(t) && !ACCUSING_WHY.test(t) && !anyTest(RUDE_ANY, t)) {
      add("open_question", { start: s.at, end: s.at + t.length });
    }
    const oq = first(OPEN_ANYWHERE, s, true);
    if (oq && !CLOSED_WH.test(t) && !anyTest(RUDE_ANY, t)) add("open_question", oq);
    // ownership
    add("ownership", first(OWNERSHIP, s, true));
    // solution
    add("solution", first(SOLUTION, s, true));
    // options
    const op = first(OPTIONS, s, true);
    if (op && !/\b(?:make sense|anything else|or not)\b/.test(t.slice(op.start - s.at))) {
      add("options", op);
      if (REMEDY_WORDS.test(t)) add("solution", op);
    }
    // expectation
    if (!(s.question && /^(?:were|was|did|have|has|had)\b/.test(t))) {
      let ex = TIME_GATE.test(t) ? first(TIME_FUTURE, s) : null;
      if (!ex) {
        const tw = one(TIME_WORD, s);
        if (tw && FUTURE_CONTEXT.test(t) && !TIME_NOT.test(t)) ex = tw;
      }
      add("expectation", ex);
    }
    // escalation
    let ev = one(ESCALATION_VERB, s, true);
    if (ev && /put you through (?:this|that|all|so much|such|hell|the wringer)/.test(t)) ev = null;
    if (ev) {
      const verb = t.slice(ev.start - s.at, ev.end - s.at);
      if (ESCALATION_ROLE.test(t) || /escalat|transfer|put you through/.test(verb)) {
        if (ESCALATION_FRAME.test(t) || /escalat|transfer/.test(verb) || !s.question) add("escalation", ev);
      }
    } else if (/\b(?:a|my|the|our) (?:supervisor|manager|team ?leader)\b/.test(t) && /\b(?:would you like|do you want|i can get|i'll get|let me get|i can ask|i'll ask|get you|i'd like to get)\b/.test(t)) {
      add("escalation", one(/\b(?:supervisor|manager|team ?leader)\b/, s));
    }
    // explanation
    add("explanation", first(EXPLANATION, s));
    // follow-up
    add("follow_up", first(FOLLOW_UP, s, true));
    // pitfalls
    add("blame", first(BLAME, s, true));
    if (ACCUSING_WHY.test(t)) add("blame", one(ACCUSING_WHY, s));
    add("dismissive", first(DISMISSIVE, s, true));
    add("argue", first(ARGUE, s));
    add("policy_wall", first(POLICY_WALL, s));
    const jr = one(JARGON_STRONG, s);
    if (jr && !JARGON_EXPLAINED.test(t.slice(jr.end - s.at, jr.end - s.at + 60))) add("jargon", jr);
    add("rude", first(RUDE, s));
    add("rude", one(HANG_UP_NOW, s, true));
  }

  if (modelOn) modelLabels(n, found, sentences);

  // jargon: unknown acronyms, or two weak technical terms in one utterance
  if (!found.has("jargon")) {
    const ac = acronymJargon(n);
    if (ac) {
      const os = -1 - ac.start;
      const oe = -1 - ac.end;
      found.set("jargon", { label: "jargon", start: -1, end: -1 });
      (found.get("jargon") as Found & { orig?: Span }).orig = { start: os, end: oe, text: n.original.slice(os, oe) };
    } else {
      const weak = whole.match(JARGON_WEAK_ALL);
      if (weak && new Set(weak).size >= 3) {
        const m = JARGON_WEAK.exec(whole)!;
        add("jargon", { start: m.index, end: m.index + m[0].length });
      }
    }
  }

  // boundary: a calm limit plus an offer of help; a bare threat is rude, a cold order dismissive
  const limit = BOUNDARY_LIMIT.exec(whole);
  if (limit) {
    const help = BOUNDARY_HELP.test(whole);
    const insult = found.has("rude");
    if (help && !insult) {
      add("boundary", { start: limit.index, end: limit.index + limit[0].length });
      found.delete("policy_wall"); // "I can't do that while I'm being sworn at" is the limit, not a wall
      found.delete("dismissive");
    } else if (THREAT.test(whole)) {
      const th = THREAT.exec(whole)!;
      add("rude", { start: th.index, end: th.index + th[0].length });
    } else if (COLD_LIMIT.test(whole)) {
      const c = COLD_LIMIT.exec(whole)!;
      if (!found.has("argue") && !found.has("rude")) add("dismissive", { start: c.index, end: c.index + c[0].length });
    }
  } else if (THREAT.test(whole) && /\bif you\b|\bone more\b|\bkeep\b/.test(whole)) {
    const th = THREAT.exec(whole)!;
    add("rude", { start: th.index, end: th.index + th[0].length });
  }

  // a refusal followed by an alternative or a reason is not a wall
  if (found.has("policy_wall")) {
    const alt = ALTERNATIVE.test(whole) || found.has("solution") || found.has("options") || found.has("escalation");
    const sys = /\b(?:the|my|our) (?:system|computer) (?:just |simply )?(?:won't|doesn't|does not|will not|can't|cannot) (?:let|allow)/.test(whole);
    const reasoned = found.has("explanation") && !sys;
    if (alt || reasoned) found.delete("policy_wall");
    else if (sys) found.delete("explanation");
  }
  // an explanation full of jargon is jargon; blaming is not explaining
  if (found.has("jargon") || found.has("blame")) found.delete("explanation");
  // "because" inside a paraphrase of the customer's story is their reason, not an explanation
  if (found.has("reflection") && found.has("explanation")) {
    const r = found.get("reflection")!, e = found.get("explanation")!;
    const sent = sentences.find((s) => s.at <= r.start && r.start < s.at + s.text.length + 1);
    if (sent && e.start >= sent.at && e.start <= sent.at + sent.text.length) found.delete("explanation");
  }
  // "I'm sorry you feel that way" style non-apologies stay dismissive only
  if (found.has("dismissive") && found.has("apology") && /sorry you feel/.test(whole)) found.delete("apology");
  // "you're confusing it with..." is a contradiction, not a feeling; "sorry the world doesn't revolve around you" is sarcasm
  if (found.has("empathy") && /\byou(?:'re| are) confusing (?:it|this|that|the|me|them)\b/.test(whole)) found.delete("empathy");
  if (found.has("rude") && found.has("apology") && /sorry (?:that )?(?:the world|you can't|you don't|you're (?:so|too))/.test(whole)) found.delete("apology");
  // a rude refusal is rude, not also a wall
  if (found.has("rude") && found.has("policy_wall") && /\bno way\b/.test(whole)) found.delete("policy_wall");
  // a bare "nope" in front of a contradiction is arguing, not a refusal
  if (found.has("argue") && found.has("policy_wall")) {
    const w = found.get("policy_wall")!;
    if (/^(?:nope|no)$/.test(whole.slice(w.start, w.end))) found.delete("policy_wall");
  }
  // "nobody's saying you're wrong", "I'm not going to pretend the advert was clear": the contradiction is disowned
  if (found.has("argue")) {
    const a = found.get("argue")!;
    if (a.start >= 0 && /\b(?:nobody(?:'s| is)|no one(?:'s| is)|i'm not|i am not|not going to|won't|i wouldn't) (?:saying|say|pretend|pretending) (?:that )?$/.test(whole.slice(Math.max(0, a.start - 40), a.start))) found.delete("argue");
  }
  // an insult the agent reports ("he called me a muppet") is the customer's, not the agent's
  if (found.has("rude")) {
    const r = found.get("rude")!;
    if (r.start >= 0 && /\b(?:called|calling|call) (?:me|us|him|her|them) (?:a |an )?(?:\w+ )?$/.test(whole.slice(Math.max(0, r.start - 40), r.start))) found.delete("rude");
  }

  for (const l of TECHNIQUE_ORDER) {
    const f = found.get(l);
    if (f) techniques.push({ label: l, span: spanOf(n, f) });
  }
  for (const l of PITFALL_ORDER) {
    const f = found.get(l);
    if (f) pitfalls.push({ label: l, span: spanOf(n, f) });
  }
  return { techniques, pitfalls };
}

/** Widens a cue to the clause around it, so evidence reads as the learner's words, not one keyword. */
function clause(t: string, start: number, end: number): [number, number] {
  let s = start;
  while (s > 0 && !/[.!?;,:\n]/.test(t[s - 1]!) && start - s < 80) s--;
  let e = end;
  while (e < t.length && !/[.!?;,:\n]/.test(t[e]!) && e - end < 80) e++;
  while (s < e && /\s/.test(t[s]!)) s++;
  return [s, Math.max(e, end)];
}

function spanOf(n: Normalised, f: Found): Span {
  const orig = (f as Found & { orig?: Span }).orig;
  if (orig) return orig;
  const [cs, ce] = clause(n.text, f.start, f.end);
  const sp = originalSpan(n, cs, ce);
  return { start: sp.start, end: sp.end, text: sp.text.trim() || sp.text };
}

/** Convenience: just the label ids, techniques then pitfalls. */
export function labelIds(text: string, context?: LabelContext): LabelId[] {
  const r = label(text, context);
  return [...r.techniques.map((h) => h.label), ...r.pitfalls.map((h) => h.label)];
}

/** The rules' labels alone, without the model (train.ts measures what the model adds to them). */
export function ruleLabelIds(text: string, context?: LabelContext): LabelId[] {
  modelOn = false;
  try {
    return labelIds(text, context);
  } finally {
    modelOn = true;
  }
}

export function isPitfall(l: string): l is PitfallId {
  return PITFALLS.has(l);
}
