import type { AllowedRemedy, ForbiddenRule, Money, Policy, RemedyKind, Scenario } from "@defuse/content";
import { findAmounts, parseNumber, type AmountHit } from "./amounts";
import {
  APOLOGY_PURPOSE_RE,
  CLAUSE_BREAK_PUNCT,
  CLAUSE_BREAK_WORDS,
  COMMIT_RE,
  COUNTERFACTUAL_RE,
  DISCLAIM_RE,
  KIND_CUES,
  FREE_TAIL_RE,
  NAMED_FAULT_RE,
  NAMED_THEN_FAULT_RE,
  NEGATOR_RE,
  NONCOMMITTAL_RE,
  NOT_A_NAME,
  PROPOSE_RE,
  REPORT_RE,
  SUFFIX_NEG_RE,
  SUFFIX_TOPIC_RE,
  HEDGE_RE,
  ASSURED_RE,
  GIVEN_FREE_ANAPHOR_RE,
  OWN_REPORT_RE,
  RETRACT_RE,
  TOPIC_RE,
  DOCUMENT_ARRIVAL_RE,
  PRONOUN_GIVEN_RE,
  PRONOUN_HELD_RE,
  DEBIT_REFERENT_RE,
  SUFFIX_RULE_RE,
  LAST_REFERENT_RE,
  MONEY_WORD_RE,
  REFUSES_BEFORE_RE,
  AVAILABLE_BEFORE_RE,
  AVAILABLE_AFTER_RE,
  AVAILABLE_SOMEWHERE_RE,
  AVAILABLE_ON_CONDITION_RE,
  GENERIC_REMEDY_RE,
  PAST_FORM_RE,
  PAST_TIME_RE,
  REQUEST_FOR_RE,
  AWAITS_FINDING_RE,
  WAITLIST_RE,
} from "./lexicon";

/**
 * The remedy left for someone else to arrange later: "someone will be in touch to arrange an engineer", "they'll call
 * you to book the visit". Not booked: what she is told is that someone else will book it (lead, round 23). Matched
 * against the words just before the remedy's cue.
 */
const DEFERRED_TO_OTHERS_RE =
  /(?:^| )(?:will|'ll|should|is going to|are going to) (?:be in touch|get in touch|contact you|call you|ring you|phone you|email you|text you|get back to you|reach out)(?: with you)?(?: (?:shortly|soon|later|in due course|in a few days|next week))? to (?:arrange|book|schedule|organise|organize|sort out|sort|set up|fix up|confirm)(?: (?:a|an|the|your|that|this|another|a new))?(?: (?:new|visit|date|time|slot|appointment|for))*$/;
/** Another doer named in a clause: "I'll get the team to ring you", "someone from bereavement will call". */
const OTHER_DOER_RE = /(?:^| )(?:team|teams|someone|somebody|they|them|he|him|she|manager|supervisor|colleague|colleagues|department|specialist|specialists|adviser|advisor)(?= |$)/;
/**
 * Other providers, or people, spoken of in general: "council centres often do month-to-month contracts where you can get
 * money back", "plenty of gyms refund you when you move", "some chains will pay back what's left". What they do is not
 * the agent's commitment (round 25); "like the council centres, we'll refund you" still is, by its own "we".
 */
const OTHERS_GENERALLY_RE =
  /(?:^| )(?:(?:other|some|many|most|plenty of|a lot of|lots of|loads of|a few) (?:of the )?(?:council |local |high street )?(?:gyms?|clubs?|centres?|centers?|leisure centres?|pools?|providers?|companies|firms|places|chains|networks|shops|retailers|suppliers|operators|businesses|people|folk)|council (?:gyms?|centres?|centers?|pools?|leisure centres?|ones|clubs?)|(?:contracts?|memberships?|plans?) elsewhere|your friend 's (?:gym|club|centre|center|pool|place|provider))(?= |$)/;
/** Words that make the agent or the company the doer again after other providers were named: "…, and we'll do the same". */
const OWN_DOER_RE = /(?:^| )(?:i|we|us|our|ours|let me|i 'll|we 'll|i 've|we 've)(?= |$)/;
/** The agent's view of what others do, which makes nobody the doer: "I know", "I think", "I'm sure". */
const OWN_VIEW_RE = /(?:^| )(?:i|we) (?:know|think|believe|understand|appreciate|reckon|imagine|gather|'m sure|am sure|hear)(?= |$)/g;
/** A compensation cue that is only a sum and "extra" or "on top": "£59.98 extra". */
const BARE_EXTRA_SUM_RE = /^(?:£|\$) ?\S+ (?:extra|on top)$/;
/** Words after a sum that make it money for her: "£20 extra on your account for the wait", "… for you". */
const FOR_HER_RE = /(?:^| )(?:for you|to you|on your (?:account|bill|next bill|card)|for (?:the|your) (?:wait|trouble|time|inconvenience|hassle)|as (?:a|an) (?:thank|goodwill|gesture|apology|sorry))(?= |$)/;
/**
 * A bare sum "extra" or "on top" said as what went wrong, not as money for her (engine round 29, C38-01): the overcharge,
 * the fee, what she has been paying. Before the sum, a verb of being charged or paying, a known sum ("the £59.98 extra") or
 * the sum stated ("so that's £59.98 extra"): "you were charged £59.98 extra", "you've been paying £18 extra a month". A verb
 * of giving is not one ("I'll give you £30 extra", "pay you £20 extra").
 */
const CHARGED_BEFORE_RE =
  /(?:^| )(?:charged|billed|overcharged|debited|paying|paid|taken|took|cost|costs|costing|came to|comes to|come to|went up by|gone up by|up by|owe|owed|owing|the|(?:that|which|it|this) (?:is|'s|was|makes|made|comes to|came to))(?: (?:you|her|him))?(?: (?:an|another))?$/;
/** After the sum: when or against what she was charged, who was charged it, or what it is ("… is an equipment fee"). */
const CHARGED_AFTER_RE =
  /^(?:(?:this|last|that|every|each|a|per) (?:month|bill|quarter|time|week)|than (?:usual|normal|normally|it should|you should|before|last|expected)|of (?:your|the|her|what) (?:usual|normal|normally|regular|standard|monthly|expected)|on (?:the|this|that) (?:bill|statement|direct debit|payment|invoice)|(?:you|she|he) (?:were|was|have been|'ve been|'re being|are being|got|paid|'ve paid|have paid|'ve had|had)(?= |$)|(?:that|which) (?:came|went|was taken|has come|has gone|left|you)|(?:is|was|'s|are|were|came|comes|has come) (?:\S+ ){0,3}(?:fees?|charges?|costs?|router|equipment|from|because))(?= |$)/;
/** Anywhere in the sentence: a bill set against the usual one ("£89.97 against your usual £29.99"). */
const BILL_COMPARED_RE =
  /(?:^| )(?:against|than|instead of|compared (?:to|with)|rather than|over|on top of) (?:your|the|her|what you) (?:usual|normal|normally|regular|standard)(?= |$)/;
/** A verb that gives the sum after it: "give you £30 extra", "add £20 extra", "pay you £10 on top". */
const GIVING_BEFORE_RE =
  /(?:^| )(?:give|giving|gave|add|adding|added|put|putting|pop|popping|popped|send|sending|sent|throw in|throwing in|award|awarding|offer|offering|have|credit|crediting|credited|(?:pay|paying|get|getting) (?:you|her|him))(?: (?:you|her|him))?(?: (?:an|another|a further|in|on|back))?$/;

/**
 * Words that say how she was wrongly charged, which are no second sum on top of her own money: "the £34.99 you were
 * charged twice", "the £59.98 extra you were charged", "the extra £34.99" (engine round 29).
 */
const CHARGE_WORDS_RE =
  /(?:^| )(?:(?:charged|billed|taken|paid|debited|paying|charging|overcharged|came out|went out|gone out|come out|go out)(?: (?:you|her))?(?: (?:£|\$) \S+)? (?:twice|double|again|extra|on top)|(?:the|that) (?:(?:£|\$) \S+ (?:extra|on top)|extra(?: (?:£|\$) \S+)?)(?= (?:you|she|that|which|is|was|'s|charge|fee|payment|amount|debit|to|back|from|off)(?= |$)))(?= |$)/g;
/** The sentence without the words that only say how she was wrongly charged (for `ON_TOP_RE`). */
const withoutChargeWords = (sentence: string): string => sentence.replace(CHARGE_WORDS_RE, " ");

/** Whether a bare "£X extra" cue names what she was charged rather than money given (see `CHARGED_BEFORE_RE`). */
function chargeStated(prefix: string, suffix: string, sentence: string, sum: Money | undefined, others: readonly Money[]): boolean {
  const p = prefix.trimEnd();
  const rest = suffix.trimStart();
  if (GIVING_BEFORE_RE.test(p) || FOR_HER_RE.test(rest) || APOLOGY_PURPOSE_RE.test(rest)) return false;
  if (CHARGED_BEFORE_RE.test(p) || CHARGED_AFTER_RE.test(rest) || BILL_COMPARED_RE.test(sentence)) return true;
  // "£89.97, so £59.98 extra" after "your usual £29.99": the sum is the difference of two others said in the sentence
  return !!sum && others.some((a) => others.some((b) => a !== b && a.currency === sum.currency && b.currency === sum.currency && Math.abs(a.amount - b.amount - sum.amount) < 0.005));
}

/** Said to be free: "a free month", "at no cost", "on us", "for nothing". */
const AVAILABLE_FREE_RE = /(?:^| )(?:free|no (?:charge|cost)|for nothing|on us|on the house|complimentary|without (?:paying|charge)|nothing to pay)(?= |$)/;
import { tokenise as ownTokenise, type Sentence, type Tok } from "./tokens";
import { literalPrefilter, PrefilterSet } from "../analyser/prefilter";
import { promisesR26, REFUND_DONE_NOW_RE } from "./promises-r26";
import { eventNamed, findTimings, isSoonerThan, meetsBound, timingDays, type Timing } from "./timing";

/** The learner's own words: `text` is `input.slice(start, end)`, always whole words. */
export interface Quote {
  text: string;
  start: number;
  end: number;
}

/** When, as read from the words ("tomorrow" is `days: 1`). */
export interface CommitmentTiming {
  text: string;
  days?: number;
  workingDays?: number;
  weekday?: string;
  upTo?: boolean;
  sooner?: boolean;
  after?: string;
  before?: string;
}

/** Who the words say will act. */
export type Actor = "agent" | "company" | "customer" | "third-party" | "unspecified";

interface Mention {
  kind: RemedyKind;
  /** The clause the commitment or statement is in. */
  quote: Quote;
  /** The words that name the remedy ("refund", "money back", "on the house"). */
  cue: string;
  amount?: Money & { relative?: "half" | "full" | "share" | "open"; text: string };
  timing?: CommitmentTiming;
  actor: Actor;
}

/** Something the agent offers or commits to that breaks no rule. */
export interface Offer extends Mention {
  /** The allowed remedy it matches (by kind, then by words shared with the remedy's description), or null. */
  remedyId: string | null;
  /** False when it matches no allowed remedy, or gives more than the remedy's limit. */
  withinPolicy: boolean;
  /** Put as a question ("would a replacement help?"). */
  question: boolean;
  /**
   * The condition she must still meet, in the learner's words ("once we have a doctor's letter"), when the remedy is
   * allowed only on that condition and a rule forbids it otherwise: an allowed offer, not yet a fix (engine round 23).
   */
  condition?: string;
}

/** A commitment that breaks a forbidden rule. */
export interface Breach extends Mention {
  ruleId: string;
  /** Why it breaks the rule, in words a learner understands. */
  reason: string;
}

/** A remedy mentioned without committing to it. */
export interface Statement extends Mention {
  type: "refusal" | "explanation" | "hypothetical" | "question" | "reported";
  /** The allowed remedy it is about, if any. */
  remedyId: string | null;
}

export interface Engagement {
  engages: boolean;
  /** Allowed remedies the words offer or explain with a real amount, time or condition. */
  remedyIds: string[];
}

export interface CommitmentReading {
  offers: Offer[];
  breaches: Breach[];
  statements: Statement[];
  engagement: Engagement;
}

/** What the reader needs from a scenario. */
export type PolicyScenario = Pick<Scenario, "policy">;

export const MAX_COMMITMENT_CHARS = 2000;

let activeTokeniser: (text: string) => Sentence[] = ownTokenise;
/**
 * For the README's tokeniser comparison only (src/commitments/compare-tokenisers.ts): read with
 * another tokeniser, or `undefined` for the reader's own.
 */
export function useTokeniser(tokenise: ((text: string) => Sentence[]) | undefined): void {
  activeTokeniser = tokenise ?? ownTokenise;
}

interface Clause {
  from: number; // token index in the sentence, inclusive
  to: number; // exclusive
  joined: string;
  starts: number[];
  contrast: boolean; // begins with but/although/because...
}

const PRONOUN_NEXT = new Set(["i", "we", "you", "they", "he", "she", "it", "that", "there", "the", "your", "this"]);

function splitClauses(toks: Tok[]): Clause[] {
  const clauses: Clause[] = [];
  let from = 0;
  let contrast = false;
  const push = (to: number, nextContrast: boolean) => {
    if (to > from) {
      const words = toks.slice(from, to).map((t) => t.n);
      const starts: number[] = [];
      let c = 0;
      for (const w of words) {
        starts.push(c);
        c += w.length + 1;
      }
      clauses.push({ from, to, joined: words.join(" "), starts, contrast });
    }
    contrast = nextContrast;
  };
  /** The words from `i` to the next break, when they only say the clause before costs nothing. */
  const freeTail = (i: number): boolean => {
    let j = i + 1;
    while (j < toks.length && !CLAUSE_BREAK_PUNCT.has(toks[j]!.n) && !/^[.?!]$/.test(toks[j]!.n)) j++;
    return FREE_TAIL_RE.test(toks.slice(i, j).map((t) => t.n).join(" "));
  };
  for (let i = 0; i < toks.length; i++) {
    const w = toks[i]!.n;
    if ((w === "," || w === "and") && i > from && freeTail(i)) continue;
    if (CLAUSE_BREAK_PUNCT.has(w) || w === "." || w === "?" || w === "!") {
      push(i, false);
      from = i + 1;
    } else if (CLAUSE_BREAK_WORDS.has(w) && i > from) {
      push(i, true);
      from = i;
      contrast = true;
    } else if ((w === "and" || w === "so" || w === "then" || w === "or") && i > from && PRONOUN_NEXT.has(toks[i + 1]?.n ?? "")) {
      push(i, false);
      from = i;
    }
  }
  push(toks.length, false);
  return clauses;
}

function tokenAt(starts: number[], charIndex: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= charIndex) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

interface CueHit {
  kind: RemedyKind;
  self: boolean;
  presupposed?: boolean;
  breachOnly?: boolean;
  /** the words ran across a clause break (`KindCue.acrossClauses`): the hit belongs to the clause it starts in */
  across?: boolean;
  start: number; // token index in the clause
  end: number;
  text: string;
}

const ESCALATION_WORDS = /(?:^| )(?:manager|supervisor|team leader|boss|head office|escalat\S*)(?= |$)/;

/**
 * Speed round 23: each kind cue's literal strings, one of which every match contains (src/analyser/prefilter.ts), checked in
 * one pass per sentence by an automaton over all the cues' strings, so a cue is not run on a sentence holding none of them
 * (most sentences can match only a few of the cues). A cue is run exactly as before whenever it may match, so the hits are
 * the same. Built once the process has read 40 sentences: reading the patterns costs a one-input run more than it saves
 * (the CLI bundle has the strings read when it was built, scripts/build-cli.mjs).
 */
let cueSet: PrefilterSet | null = null;
let cueSentences = 0;
const CUE_SET_AFTER = 40;

/** `previous`: the sentence before, where the manager a pronoun stands for may be named. */
function findCues(c: Clause, sentenceJoined: string, speaksOfGoods: boolean, speaks: (k: RemedyKind) => boolean, bounds: number[] = [], previous = ""): CueHit[] {
  const hits: CueHit[] = [];
  const claimed: [number, number][] = [];
  if (cueSet === null && ++cueSentences > CUE_SET_AFTER) cueSet = new PrefilterSet(KIND_CUES.map((k) => literalPrefilter(k.re)));
  cueSet?.scan(c.joined);
  for (let ki = 0; ki < KIND_CUES.length; ki++) {
    const k = KIND_CUES[ki]!;
    if (k.delivery && !speaksOfGoods) continue;
    if (k.spokenOnly && !speaks(k.kind)) continue;
    // a release or a feature to come is only something to read on a call whose policy speaks of one: elsewhere
    // "an engineer coming out to you on Friday" or "due in 3 days" is not a roadmap, and must not take the time
    if (k.kind === "future-feature" && !speaks("future-feature")) continue;
    if (cueSet !== null && !cueSet.mayMatch(ki)) continue;
    k.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = k.re.exec(c.joined))) {
      const lead = m[0].startsWith(" ") ? 1 : 0;
      const a = m.index + lead;
      const b = m.index + m[0].length;
      if (b === a) {
        k.re.lastIndex++;
        continue;
      }
      if (claimed.some(([x, y]) => a < y && b > x)) continue;
      // words that run across a clause break ("give it a day and your money will be back") are no cue, and must
      // not claim the words of a cue inside the next clause (a colleague's fault may run on: "…but then didn't bother")
      if (k.kind !== "blame-colleague" && !k.acrossClauses && bounds.some((x) => x > a && x < b)) {
        k.re.lastIndex = m.index + 1;
        continue;
      }
      const text = c.joined.slice(a, b);
      if (k.kind === "exception" && /^(?:he|she|they) /.test(text) && !ESCALATION_WORDS.test(sentenceJoined) && !ESCALATION_WORDS.test(previous)) continue;
      claimed.push([a, b]);
      hits.push({ kind: k.kind, self: Boolean(k.self), presupposed: Boolean(k.presupposed), breachOnly: Boolean(k.breachOnly), ...(k.acrossClauses ? { across: true } : {}), start: tokenAt(c.starts, a), end: tokenAt(c.starts, b - 1) + 1, text });
    }
  }
  return hits.sort((x, y) => x.start - y.start);
}

/**
 * A colleague named by name and given a fault ("Looks like Dean just forgot to raise the order", "Dean messed up and
 * didn't book anything"): read only where the policy forbids blaming a colleague. A name is a capitalised word of
 * the learner's text that is not a pronoun or a sentence opener.
 */
function namedBlame(text: string, toks: Tok[], sJoined: string, sStarts: number[], taken: CueHit[]): CueHit[] {
  const out: CueHit[] = [];
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i]!;
    const raw = text.slice(t.start, t.end);
    // the word itself is the capitalised one ("Dean's" is "dean" then "'s"; "That's" expands to "that is", and "is" is no name)
    if (!/^[A-Z][a-z]+(?:['\u2019]s)?$/.test(raw) || raw.toLowerCase().replace(/['\u2019]s$/, "") !== t.n || NOT_A_NAME.has(t.n)) continue;
    const rest = sJoined.slice(sStarts[i + 1]);
    const m = NAMED_FAULT_RE.exec(rest) ?? NAMED_THEN_FAULT_RE.exec(rest);
    if (!m) continue;
    const end = tokenAt(sStarts, sStarts[i + 1]! + m[0].length - 1) + 1;
    if (taken.some((h) => h.start < end && h.end > i)) continue;
    out.push({ kind: "blame-colleague", self: true, start: i, end, text: sJoined.slice(sStarts[i], sStarts[i + 1]! + m[0].length) });
  }
  return out;
}

/**
 * "I can't say when, or whether, automatic offline will come": a disclaimer whose object runs on through "or
 * whether", "or when" to the thing disclaimed, across the commas that split the clauses.
 */
function disclaimedAcross(sentence: string, at: number): boolean {
  const head = sentence.slice(0, at);
  const d = DISCLAIM_RE.exec(head) ?? /(?:^| )(?:can|could|will) not (?:say|tell you|promise) (?:when|whether|if)(?= |$)/.exec(head);
  if (!d) return false;
  const between = head.slice(d.index + d[0].length);
  return /^(?: (?:when|whether|if|or|,|how soon|exactly))*(?: ,)? ?$/.test(between) || /^ (?:when|whether|if) , or (?:whether|if|when) , $/.test(between);
}

function before(joined: string, starts: number[], tokenIndex: number): string {
  return tokenIndex >= starts.length ? joined : joined.slice(0, starts[tokenIndex]);
}

function actorOf(prefix: string): Actor {
  if (/(?:^| )(?:i|me|let me)(?= |$)/.test(prefix)) return "agent";
  if (/(?:^| )(?:we|us|our team)(?= |$)/.test(prefix)) return "company";
  if (/(?:^| )(?:manager|supervisor|engineer|technician|team|he|she|they|developers|someone)(?= |$)/.test(prefix)) return "third-party";
  if (/(?:^| )you(?= |$)/.test(prefix)) return "customer";
  return "unspecified";
}

function toTiming(t: Timing): CommitmentTiming {
  const o: CommitmentTiming = { text: t.text };
  if (t.days !== undefined) o.days = t.days;
  if (t.workingDays !== undefined) o.workingDays = t.workingDays;
  if (t.weekday) o.weekday = t.weekday;
  if (t.upTo) o.upTo = true;
  if (t.sooner) o.sooner = true;
  if (t.after) o.after = t.after;
  if (t.before) o.before = t.before;
  return o;
}

const KIND_LABEL: Record<RemedyKind, string> = {
  refund: "a refund",
  credit: "a credit",
  voucher: "a voucher",
  compensation: "compensation",
  replacement: "a replacement",
  repair: "a repair",
  callback: "a call back",
  cancellation: "a cancellation",
  "fee-removal": "removing the fee",
  "membership-transfer": "a membership transfer",
  freeze: "a freeze",
  "plan-change": "a plan change",
  "engineer-visit": "an engineer visit",
  "payment-hold": "holding the payment",
  instalments: "spreading the payments",
  "bill-reissue": "a reissued bill",
  escalation: "passing it on",
  guide: "a guide",
  "feedback-log": "logging feedback",
  "end-call": "ending the call",
  "free-period": "free time on the plan",
  "free-upgrade": "a free upgrade or extra storage",
  "future-feature": "a feature or release that does not exist yet",
  exception: "an exception from a manager",
  "write-off": "writing off the bill",
  "keep-item": "keeping the item without it going back",
  "blame-colleague": "putting the fault on a colleague",
};

/** A sum as a learner reads it ("£59.98"); a sum with no limit is "whatever it comes to". */
export function money(m: Money): string {
  if (!Number.isFinite(m.amount)) return "whatever it comes to";
  const sym = m.currency === "GBP" ? "£" : m.currency === "USD" ? "$" : "€";
  return `${sym}${Number.isInteger(m.amount) ? m.amount : m.amount.toFixed(2)}`;
}

function reasonFor(rule: ForbiddenRule, m: Mention): string {
  const what =
    m.kind === "blame-colleague"
      ? // (the rule that follows says which fault: "Do not blame the previous agent…", "Do not say the sales chat 'lied'…"; "Dean
        // didn't put the order through" is blame, not a colleague said to have lied on purpose) (engine round 20)
        "This puts the fault on a colleague"
      : m.kind === "future-feature"
        ? "This promises a feature or a release date that nobody can promise"
        : `This promises ${KIND_LABEL[m.kind]}${m.amount ? ` of ${money(m.amount)}` : ""}${m.timing ? ` (${m.timing.text})` : ""}`;
  return `${what}. ${rule.description}`;
}

function words(s: string): Set<string> {
  return new Set(s.toLowerCase().split(/[^a-z0-9£]+/).filter((w) => w.length > 2));
}

function matchRemedy(allowed: AllowedRemedy[], kind: RemedyKind, clause: string): AllowedRemedy | null {
  const same = allowed.filter((r) => r.kind === kind);
  if (same.length <= 1) return same[0] ?? null;
  const w = words(clause);
  let best = same[0]!;
  let bestScore = -1;
  for (const r of same) {
    const d = words(r.description);
    let s = 0;
    for (const x of w) if (d.has(x)) s++;
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}

interface Candidate {
  mention: Mention;
  status: Statement["type"] | "commitment";
  question: boolean;
  /** All timings of the sentence (events and bounds that reach across clauses). */
  sentenceTimings: Timing[];
  sentenceIndex: number;
  /** The words of the clause (normalised), for readings of the act itself. */
  clauseText: string;
  /** Named as the topic of talk or a check on it ("to confirm the refund has landed"), not stated. */
  topic: boolean;
  /** Timings said in the candidate's own clause (not borrowed from the clause next to it). */
  clauseTimings: Timing[];
  /** The whole utterance, lower case. */
  utterance: string;
  /** Read from vague words: kept only if it breaks a rule. */
  breachOnly?: boolean;
  /** The clause of its sentence it is in. */
  clauseIndex?: number;
  /** Said to be hers to have ("there's also a free repair", "you're entitled to a repair"): offered if the policy allows it. */
  available?: boolean;
  /** Its sentence puts a condition on it or says it as the rule ("…if it's your own medical condition", "normally"). */
  conditioned?: boolean;
  /** Its sentence makes it wait on someone else's finding ("should they identify a duplicate, a refund will be processed"). */
  awaits?: boolean;
  /** The allowed remedy whose own condition its sentence sets ("I can refund you once we have a doctor's letter"), and the words. */
  allowedIf?: { remedy: AllowedRemedy; text: string };
  /** A slot she is put on a list for, or that may free up ("the cancellation list for an earlier slot"): an option at most. */
  listed?: boolean;
}

/**
 * The event said to come after the remedy ("we'll collect the sofa after", "the pickup is just a formality"); not
 * "the pick-up first and the refund after", where what comes after is the remedy.
 */
const EVENT_AFTER_RE: Partial<Record<string, RegExp>> = {
  collection:
    /(?:collect\w*|pick(?:s|ing)? (?:it |them |the \w+ )?up|pick-?up|(?:grab|fetch)(?:s|bing|ing)?(?: (?:it|them|the \w+))?|(?:courier|driver|they) (?:(?:can|will|'ll) (?:come|call|pop round)|comes|calls))(?:'s)?(?: (?!refund|money|cash)\S+){0,4} (?:after|afterwards|later|whenever|(?:just )?a formality)\b|don'?t worry about (?:the )?(?:collection|pick-?up|returning it)|(?:collection|pick-?up) (?:can|will) wait|\bthen (?:\S+ ){0,2}(?:arrange|book|sort)? ?(?:the )?collection/,
};
/** The remedy said to come before the event, in its own clause ("…before anyone even comes to pick it up"). */
const EVENT_BEFORE_RE: Partial<Record<string, RegExp>> = {
  collection: /(?:^| )before (?:\S+ ){0,4}(?:collect\S*|pick(?:s|ed)? (?:it |them |the \S+ )?up|comes? (?:to|for) (?:it|them|the)|(?:knocks|knock) on)(?= |$)/,
};

/** A clause that names the collection itself ("book the collection now", "the courier picks it up tomorrow"). */
const EVENT_NAMED_RE = /(?:^| )(?:collection|collect|collects|collected|pick-?up|picks? (?:it |them |the \S+ )?up|courier)(?= |$)/;

/** Whether a sentence of the turn, not negated, puts the event after the remedy. */
function eventAfter(ev: string, utterance: string): boolean {
  const re = EVENT_AFTER_RE[ev];
  if (!re) return false;
  // ("no worries", "no problem" are not a negation)
  return utterance
    .split(/[.!?;]+/)
    .some((x) => re.test(x) && !/(?:^|\s)(?:not|never|no|can't|cannot|won't|can ?not|don't worry about)(?=\s|$)|n't\b/.test(x.replace(/don'?t worry about|no (?:worries|problem|bother|fuss)/g, "")));
}

/**
 * An explanation that states a time the policy forbids, about this customer's own remedy: a time rule
 * (sooner than, or before an event) is broken when the clause itself says the money or goods reach her
 * today or tomorrow ("it goes straight back to your bank, you should see it within the hour"), or that the
 * remedy happens now with the event put after it ("your refund's going through now; we'll collect after").
 * A time of the act only ("it leaves us today"), a time borrowed from the next clause, or a correct time
 * anywhere in the turn ("…and shows in 3 to 5 working days") is not.
 */
function statedTimeBreaches(policy: Policy, cand: Candidate, utteranceTimings: Timing[], lowered: string): Breach[] {
  const m = cand.mention;
  // "if the text doesn't arrive by Wednesday, ring me": a condition states no fact
  if (/^(?:(?:and|but|so|then|or) )?(?:if|unless|in case)(?= )/.test(cand.clauseText)) return [];
  const early = cand.clauseTimings.filter(
    (t) => !/^(?:now|first thing)$/.test(t.text) && !t.upTo && !t.after && !t.contrasted && (t.sooner || t.weekday !== undefined || (timingDays(t, policy.callDay) ?? 99) <= 1),
  );
  const out: Breach[] = [];
  for (const rule of policy.forbidden) {
    for (const cond of rule.breachWhen) {
      if (!cond.kinds.includes(m.kind)) continue;
      let broken = false;
      if (cond.soonerThan) {
        const bound = cond.soonerThan;
        broken =
          (ARRIVAL_RE.test(cand.clauseText) || (CONTACT_KINDS.has(m.kind) && CONTACT_RE.test(cand.clauseText))) &&
          !ownActTime(policy, m.kind, cand.clauseText) &&
          early.some((t) => isSoonerThan(t, bound, policy.callDay)) &&
          !(laterTimeAnswers(policy, m.kind) && utteranceTimings.some((t) => meetsBound(t, bound, policy.callDay) && !t.contrasted));
      } else if (cond.before) {
        const ev = cond.before;
        const waits = utteranceTimings.some((t) => t.after === ev);
        const after = eventAfter(ev, lowered) || (EVENT_BEFORE_RE[ev]?.test(cand.clauseText) ?? false);
        broken = !waits && (early.length > 0 || after || cand.clauseTimings.some((t) => t.before === ev) || ALREADY_DONE_RE.test(cand.clauseText));
      }
      if (broken) {
        out.push({ ...m, ruleId: rule.id, reason: reasonFor(rule, m) });
        break;
      }
    }
  }
  return out;
}

/**
 * Whether an honest time said elsewhere in the turn can answer an early one ("it leaves today and shows in 3 to 5
 * working days", "I'm raising the order now; the first slot is Thursday"): only for a kind of remedy the policy
 * allows, which the agent can set going now and which reaches her later. A kind the policy only forbids (a resend
 * before the depot's check, where only the claim is allowed) has no such course, so its early time is the promise
 * itself, whatever day the customer is told she will have it by ("I'll get a new one sent out tomorrow so you've got
 * it for Thursday").
 */
function laterTimeAnswers(policy: Policy, kind: RemedyKind): boolean {
  return policy.allowed.some((r) => r.kind === kind);
}

/** The agent's own act, done already: "I've pushed your money through already", "we've already refunded it". */
const ALREADY_DONE_RE = /(?:^| )(?:(?:i|we) (?:have|had) (?:gone ahead and )?(?:already (?:\S+ ){0,4}?(?:refunded|put|pushed|processed|issued|sent|paid|released|returned|done)|(?:just )?(?:refunded|put|pushed|processed|issued|sent|paid|released|returned) (?:\S+ ){0,5}?already)|(?:is|'s|are|has|have) already (?:on (?:its|their) way|gone (?:back|through|out)|been (?:sent|paid|refunded|issued|processed|released))|(?:has|have|'s) (?:now |just )?been (?:refunded|processed|paid|issued|released|put through))(?= |$)/;
/** A call reaching her is the call's arrival ("one of them rings you tomorrow, I'll make sure of it"). */
const CONTACT_KINDS = new Set<RemedyKind>(["callback", "escalation"]);
const CONTACT_RE = /(?:^| )(?:rings?|calls?|phones?|ringing|calling|phoning) you(?= |$)|(?:^| )gives? you a (?:call|ring|bell)(?= |$)/;

/**
 * "I've refunded it today", "it leaves us today", "processed this afternoon": the time of the agent's own act
 * (sending, issuing), not of the money or goods reaching the customer, unless the clause also says it arrives.
 */
const ACT_TIME_RE = /(?:^| )(?:have|'ve|has|had) (?:just |already )?(?:refunded|issued|sent|returned) (?:\S+ ){0,4}?to (?:your|the|her|his) (?:card|account|bank|original payment method)(?= |$)/;
const ARRIVAL_RE = /(?:^| )(?:back (?:in|into|with|to|on)|clears?|instant|instantly|(?:will|should|would|is going to) (?:\S+ )?be back|with you|in your (?:account|bank)|see|seeing|land|lands|landing|show|shows|showing|arrive|arrives|arriving|hit|hits|reach|reaches|be there|(?:get|have) (?:it|that|them)|receive)(?= |$)/;
/**
 * "The refund leaves us today", "it goes out tonight", "the refund is sent today": the money or goods said to
 * leave us, a dispatch, whose time is not when they reach her (arrival vs dispatch), unless the clause also
 * says they arrive ("it goes out today and you'll see it tonight").
 */
const DISPATCH_RE = /(?:^| )(?:leaves?|leaving) (?:us|our (?:side|end|account|bank|warehouse))|(?:^| )(?:goes|go|going) out(?= |$)|(?:^| )(?:is|are|gets|get|will be|'ll be|being) (?:sent|issued|processed|released|dispatched)(?= |$)/;
const ARRIVES_IN_CLAUSE_RE = /(?:^| )(?:with you|in your (?:account|bank)|see|seeing|land|lands|landing|show|shows|showing|arrive|arrives|arriving|hit|hits|reach|reaches|be there|get it|have it|receive)(?= |$)/;

function breachesOf(policy: Policy, cand: Candidate, utteranceTimings: Timing[], timedOnly = false): Breach[] {
  const out: Breach[] = [];
  const m = cand.mention;
  const quote = cand.clauseText;
  const actTime = (ACT_TIME_RE.test(quote) && !ARRIVAL_RE.test(quote)) || (DISPATCH_RE.test(quote) && !ARRIVES_IN_CLAUSE_RE.test(quote));
  for (const rule of policy.forbidden) {
    for (const cond of rule.breachWhen) {
      if (!cond.kinds.includes(m.kind)) continue;
      if (timedOnly && !cond.soonerThan && !cond.before) continue;
      // the agent's own act, where the rule is about another's ("I'll ring you Tuesday" against "the bereavement team will
      // call"); not when the clause hands it to someone else ("I'll get the team to ring you") (lead, round 23)
      if (cond.exceptBy?.includes(m.actor) && !OTHER_DOER_RE.test(cand.clauseText)) continue;
      let broken = false;
      if (cond.amountAbove) {
        broken = Boolean(m.amount && (m.amount.currency === cond.amountAbove.currency || !policyCurrencies(policy).has(m.amount.currency)) && m.amount.amount > cond.amountAbove.amount + 1e-9);
      } else if (cond.soonerThan) {
        const bound = cond.soonerThan;
        const ownAct = ownActTime(policy, m.kind, quote);
        const ts = cand.sentenceTimings.filter((t) => timingsFor(cand, t) && !((actTime || ownAct || dispatchTimes.has(t)) && t.days === 0));
        // "it leaves today and shows in 3 to 5 working days": a later time after it says "today" is about sending
        const early = ts.filter((t) => isSoonerThan(t, bound, policy.callDay));
        const answerable = laterTimeAnswers(policy, m.kind);
        broken =
          ts.some((t) => t.sooner) ||
          early.some(
            // (an event after it, "with the damaged one collected at the same time", names no day: it does not answer a
            // weekday said before it, "it'll be with you on Wednesday" (lead, round 23))
            (e) =>
              !answerable ||
              !utteranceTimings.some(
                (t) =>
                  meetsBound(t, bound, policy.callDay) && (t.pos ?? 0) > (e.pos ?? 0) && !t.contrasted && !eventWithNoDay(e, t, policy) && !ofOtherRemedy(e, t, m.kind),
              ),
          );
      } else if (cond.before) {
        const ev = cond.before;
        const ts = cand.sentenceTimings.filter((t) => timingsFor(cand, t));
        const waits = cand.sentenceTimings.some((t) => t.after === ev);
        // "I'll refund you anyway, before they've collected it": a clause of its own that says the remedy comes
        // before the event (sentence timings leave out negated, reported and hypothetical clauses)
        broken =
          ts.some((t) => t.before === ev) ||
          (!waits && cand.sentenceTimings.some((t) => t.before === ev)) ||
          (!waits && (eventAfter(ev, cand.utterance) || (EVENT_BEFORE_RE[ev]?.test(cand.clauseText) ?? false))) ||
          (!waits && ts.some((t) => t.sooner || (!t.upTo && (timingDays(t, policy.callDay) ?? 99) <= 1))) ||
          // "I've pushed your money through already": the remedy done already is done before the event
          (!waits && (ALREADY_DONE_RE.test(quote) || REFUND_DONE_NOW_RE.test(quote)));
      } else broken = cand.allowedIf?.remedy.kind !== m.kind;
      if (broken) {
        out.push({ ...m, ruleId: rule.id, reason: reasonFor(rule, m) });
        break;
      }
    }
  }
  return out;
}

/**
 * The currencies a policy's sums are in: a sum said in another ("a $30 credit" on a call in pounds) is a slip of the sign,
 * read as the policy's own money against its limits (engine round 23).
 */
function policyCurrencies(policy: Policy): Set<string> {
  const out = new Set<string>();
  if (policy.basis) out.add(policy.basis.currency);
  for (const r of policy.allowed) for (const m of [r.amount?.max, r.amount?.exact]) if (m) out.add(m.currency);
  for (const f of policy.forbidden) for (const w of f.breachWhen) if (w.amountAbove) out.add(w.amountAbove.currency);
  return out;
}

/**
 * The condition clauses of a sentence ("if you send us a letter from your GP", "once we have a doctor's letter", "as long as
 * your GP confirms it", "with a doctor's letter"): from the word that sets the condition to the next punctuation.
 */
const CONDITION_LEAD_RE = /(?:^| )(?:if|once|when|whenever|as soon as|provided(?: that)?|providing|as long as|so long as|on condition that|subject to|after|assuming|on receipt of|with)(?= )/g;
const CONDITION_NEGATED_RE = /(?:^| )(?:not|no|never|without|nothing)(?= |$)/;
const CONDITION_STOP = new Set(["the", "member", "members", "customer", "customers", "own", "only", "once", "condition", "conditions", "that", "this", "with", "from", "still", "wants", "gives", "your", "their", "within"]);
function conditionSpans(sJoined: string): string[] {
  const out: string[] = [];
  CONDITION_LEAD_RE.lastIndex = 0;
  for (let m = CONDITION_LEAD_RE.exec(sJoined); m; m = CONDITION_LEAD_RE.exec(sJoined)) {
    const from = m.index + (m[0].startsWith(" ") ? 1 : 0);
    const rest = sJoined.slice(from);
    const stop = rest.search(/ [,;:.!?—–](?: |$)/);
    out.push(stop < 0 ? rest : rest.slice(0, stop));
  }
  return out;
}
/** Whether a rule forbids any commitment of this kind, with no sum, time or event to it ("no refund for moving"). */
function forbidsOutright(policy: Policy, kind: RemedyKind): boolean {
  return policy.forbidden.some((f) => f.breachWhen.some((w) => w.kinds.includes(kind) && !w.amountAbove && !w.soonerThan && !w.before));
}

/**
 * The allowed remedy of this kind whose own condition a condition clause of the sentence sets (engine round 23): the event
 * its timing waits for is named ("once we have a doctor's letter", "a letter from your GP"), or the clause shares two words
 * of substance with one of its conditions ("for your own medical condition"). Her own choice ("if you stay"), another
 * condition ("once you've moved") or the condition negated ("even if you don't have a doctor's letter") sets none.
 */
function allowedOnCondition(policy: Policy, kind: RemedyKind, spans: string[]): { remedy: AllowedRemedy; text: string } | undefined {
  for (const r of policy.allowed) {
    if (r.kind !== kind || (r.conditions.length === 0 && !r.timing?.after)) continue;
    for (const span of spans) {
      if (CONDITION_NEGATED_RE.test(span)) continue;
      const ev = r.timing?.after && eventNamed(span) === r.timing.after;
      const said = new Set(span.split(" ").filter((w) => w.length > 3 && !CONDITION_STOP.has(w)));
      const shared = r.conditions.some((c) => [...words(c)].filter((w) => w.length > 3 && !CONDITION_STOP.has(w) && said.has(w)).length >= 2);
      if (ev || shared) return { remedy: r, text: span };
    }
  }
  return undefined;
}

/** A thing said to reach the customer ("it'll be back", "you should see it", "it lands", "it'll be with you"). */
const ARRIVES_RE = /(?:^| )(?:(?:it|that|this|they|money|\S+) (?:will |should |would |is going to |are going to |is |are |'s )?(?:\S+ )?(?:be back|back with you|back in|shows?|showing|lands?|landing|arrives?|arriving|hits?|clears?|reach(?:es)? you|reaching you|be with you|be there|be in your)|you (?:will|should|are going to|'ll|would) (?:\S+ )?(?:see|get|have) (?:it|that|them|the money)|you (?:get|have|see) (?:it|that|them|the money) back(?! to us))(?= |$)/;
/** Said to be in her account or bank ("it'll be in your account by the end of the day"): money, where no goods are sent (round 23). */
const IN_ACCOUNT_RE = /(?:^| )in your (?:account|bank)(?: account)?(?= |$)/;
/** Money said to come back or clear ("I've sent it back", "it'll be back", "it clears"), not "ring us back". */
const MONEY_BACK_RE = /(?:^| )(?:it|that|money|cash|refund|be|is|sent|send|sending|put|pushed|gone|going|goes|go|have|see) back(?= |$)|(?:^| )(?:clear|clears)(?= |$)/;
/** Raising or repeating a sum: "make it forty", "stretch to sixty", "double it", "match it". */
const RAISE_RE = /(?:^| )(make it|make that|stretch (?:it )?to|go up to|bump (?:it|that) (?:up )?to|up it to|round it up to|call it|double (?:it|that)|triple (?:it|that)|match (?:it|that))(?= |$)/;
const FUTURE_PERIOD_RE = /(?:^| )(?:next|coming|following|the next \S+|for the next|until|till) (?:\S+ )?(?:month|months|bill|bills|year|quarter|subscription)(?= |$)|(?:^| )(?:january|february|march|april|may|june|july|august|september|october|november|december|christmas)(?= |$)/;
const SKIPPED_RE = /(?:^| )(?:skip|skips|skipped|skipping|pause|paused|pausing|freeze|frozen|freezing|on hold|suspend|suspended)(?= |$)/;
/** A time clause the remedy sits in ("…until the corrected bill is issued"): a negation before it does not reach it. */
const UNTIL_RE = /^.*(?:^| )(?:until|till|unless)(?: (?:the|your|a|it|we|you|i|they|that|this))?(?= )/;
/** The cost of something named before: "you won't be charged for it", "there's no charge for that". */
const POINTS_BACK_RE = /(?:^| )(?:charged|charge|pay|paying|cost) (?:you )?(?:anything |a penny |a thing )?for (?:it|that|this|them)(?= |$)/;
const GIVEN_FREE_RE = /(?:^| )(?:free|on the house|on us|complimentary)(?= |$)/;
/** Months or a membership moved somewhere: "transfer your remaining eight months", "move you to our York club". */
const TRANSFER_ACT_RE = /(?:^| )(?:transfer(?:s|red|ring)?|mov(?:e|es|ed|ing)) (?:\S+ ){0,5}?(?:months|membership|year|rest|remainder|club)(?= |$)/;
/** A credit said to go back: "credit it back", "credited back", "credit the difference back". */
const CREDIT_BACK_RE = /(?:^| )credit(?:s|ed|ing)? (?:(?:it|them|that|this|the \S+|any \S+) )?back(?= |$)/;
const GOODWILL_RE = /(?:^| )(?:goodwill|gesture|for the (?:trouble|hassle|inconvenience|wait)|as a thank you|on top)(?= |$)/;
const ON_TOP_RE = /(?:^| )(?:on top|as well as|as well|in addition|additional|extra|besides|plus|twice|again|match (?:it|that|the (?:duplicate|charge|payment|amount|sum))|matching (?:it|that|the (?:duplicate|charge|payment|amount|sum)))(?= |$)/;
/** Handsets and phones: a new one given on a call whose policy forbids free handsets is that, not a replacement. */
const HANDSET_RE = /(?:^| )(?:handset|phone|mobile|device|iphone|smartphone|samsung|galaxy|pixel)(?= |$)/;
/** A refund or payment made to follow from escalating it: "if I escalate it, you'll get your money back". */
// ("when we get the medical note from your doctor" is her paperwork arriving, not the matter got in front of someone: engine round 23)
const ESCALATED_OUTCOME_RE = /(?:^| )(?:if|once|when|after) (?:i|we) (?:escalate|pass|put|take|send|get (?:it |this |that )?(?:to|in front of|past|approved|signed off|escalated|up(?= )|(?:the |a |my )?(?:manager|supervisor|team leader|boss)))(?= )|(?:^| )(?:if|once|when) (?:the |my |a |our )?(?:manager|supervisor|team leader|boss) (?:sees|looks|reviews|hears|gets)(?= )/;

function skipsTheSame(sentence: string, hit: string): boolean {
  const at = sentence.indexOf(hit);
  if (at < 0) return false;
  return /(?:^| )skip(?:s|ped|ping)?(?: \S+){0,3} $/.test(sentence.slice(0, at)) && !/(?:^| )(?:give|giving|get|have|and)(?= )/.test(hit);
}

function sameMoney(a: Money, b: Money | undefined): boolean {
  return Boolean(b && a.currency === b.currency && Math.abs(a.amount - b.amount) < 0.005);
}

/**
 * What a mention is about once the policy's own sums and remedies are known (the policy's definitions,
 * not one call's words):
 * - a sum taken off or credited that is exactly the sum in dispute, or the exact sum of an allowed fee
 *   removal or refund, is that remedy ("I've taken the £59.98 off"), unless it is given to make up for
 *   something or on top of it ("£59.98 off for the trouble", "a credit of £59.98 on top of the refund"
 *   are still goodwill);
 * - "you won't be charged" for a period that is skipped or paused is the freeze, not a free period,
 *   unless something is given free on top.
 */
/** Remedies that give the customer money or something of value: what a purpose ("for the wait") can be said of. */
const GIVEN_KINDS = new Set<RemedyKind>(["credit", "voucher", "compensation", "refund", "free-period", "free-upgrade"]);

/** Her lost earnings: money paid for them is compensation, not her purchase refunded ("I'll reimburse your day's wages"). */
const EARNINGS_RE = /(?:^| )(?:wages|wage|earnings|lost pay|day 's pay|days pay|pay for the day|what you lost|loss of earnings|income)(?= |$)/;

function reread(policy: Policy, m: Mention, h: CueHit, sentence: string, purpose: boolean, previous: string): RemedyKind {
  // "Tell me what you lost for the day and I'll reimburse it in full, whatever your day's wages were" (lead, round 23)
  if (m.kind === "refund" && EARNINGS_RE.test(sentence) && policy.forbidden.some((r) => r.breachWhen.some((c) => c.kinds.includes("compensation")))) return "compensation";
  const onTop = ON_TOP_RE.test(withoutChargeWords(sentence));
  if ((m.kind === "credit" || m.kind === "compensation") && m.amount && !purpose && !onTop) {
    const a = m.amount;
    const exact = (k: RemedyKind) => policy.allowed.find((r) => r.kind === k && sameMoney(a, r.amount?.exact));
    const fee = exact("fee-removal");
    if (fee) return fee.kind;
    const refund = exact("refund");
    if (refund) return refund.kind;
    if (sameMoney(a, policy.basis) && policy.allowed.some((r) => r.kind === "refund")) return "refund";
  }
  // "the £12 is gone" (in a recap, after "I've taken off the £12 late fee"): a sum cleared that is exactly an allowed fee
  // removal's sum is that fee removed, not the balance written off (round 25); "the £96.40 is gone", or the £12 "and the
  // rest", still writes the balance off
  if (m.kind === "write-off" && m.amount && !m.amount.relative && m.quote.text.includes(m.amount.text) && !ON_TOP_RE.test(m.quote.text.toLowerCase())) {
    const fee = policy.allowed.find((r) => r.kind === "fee-removal" && sameMoney(m.amount!, r.amount?.exact));
    if (fee) return fee.kind;
  }
  // "they'll credit it back to the account", "any overpayment will be credited back": her own money returned, not goodwill
  // (not "a £10 credit for the trouble", nor "credit it back as a goodwill gesture", nor the process words "any eligible amount
  // will be credited back", which name no money of hers)
  if (m.kind === "credit" && !m.amount && !purpose && !onTop && !GOODWILL_RE.test(sentence) && !/(?:^| )eligible(?= |$)/.test(sentence) && CREDIT_BACK_RE.test(sentence))
    return "refund";
  if (m.kind === "free-period" && !SKIPPED_RE.test(h.text) && !GIVEN_FREE_RE.test(sentence) && SKIPPED_RE.test(sentence)) return "freeze";
  // "I can skip next week's box. You won't be charged for it at all.": "it" is the period skipped the sentence before
  if (m.kind === "free-period" && POINTS_BACK_RE.test(sentence) && SKIPPED_RE.test(previous) && !GIVEN_FREE_RE.test(previous) && !ON_TOP_RE.test(sentence)) return "freeze";
  // "next week's box is skipped at no charge": what costs nothing is the skip (the allowed freeze); a payment
  // or a month skipped at no charge is still a free period
  if (m.kind === "free-period" && SKIPPED_RE.test(h.text) && /(?:no charge|no cost|without charg|free of charge|nothing to pay)/.test(h.text) && !/(?:^| )(?:payments?|bills?|months?)(?= |$)/.test(h.text) && !ON_TOP_RE.test(sentence)) return "freeze";
  // not paying for coming months is a free period, and a free period where the policy never speaks of one
  // is goodwill in kind (a credit of its charge); not paying the bill in dispute is a write-off
  const speaks = (k: RemedyKind) => policy.allowed.some((r) => r.kind === k) || policy.forbidden.some((r) => r.breachWhen.some((c) => c.kinds.includes(k)));
  if (m.kind === "write-off" && !speaks("write-off") && speaks("free-period") && FUTURE_PERIOD_RE.test(sentence)) return "free-period";
  if (m.kind === "free-period" && !speaks("free-period") && speaks("write-off") && !purpose && !FUTURE_PERIOD_RE.test(sentence) && /(?:^| )(?:bill|balance|quarter|arrears)(?= |$)/.test(sentence)) return "write-off";
  if (m.kind === "free-period" && !speaks("free-period") && speaks("credit")) return "credit";
  // "skip next week's box free", "skip the week free of charge": what is free is the skip itself (the
  // period skipped is the one named free), which is the freeze at no charge, not a period given free
  if (m.kind === "free-period" && !ON_TOP_RE.test(sentence) && skipsTheSame(sentence, h.text)) return "freeze";
  // "I can transfer your remaining eight months to the York club at no cost": what costs nothing is the transfer itself,
  // the months moved, not months given free (not "…and a month on us as well")
  if (m.kind === "free-period" && speaks("membership-transfer") && !ON_TOP_RE.test(sentence) && !GIVEN_FREE_RE.test(h.text) && TRANSFER_ACT_RE.test(sentence)) return "membership-transfer";
  // "we can give you a new one free of charge" on the mobile call: where the policy speaks of free handsets and
  // never of replacing goods, a new phone is the handset
  if (m.kind === "replacement" && !speaks("replacement") && speaks("free-upgrade") && HANDSET_RE.test(sentence) && !/(?:^| )sim(?= |$)/.test(sentence)) return "free-upgrade";
  // "if I escalate it, you'll get your money back": the outcome promised from escalating is the exception
  if ((m.kind === "refund" || m.kind === "compensation") && speaks("exception") && ESCALATED_OUTCOME_RE.test(sentence)) return "exception";
  return m.kind;
}

/** What the thing named last in these words is: a coming period ("next month's bill"), the bill or a sum, or other. */
function lastReferent(words: string): "period" | "bill" | "other" | null {
  let last: RegExpExecArray | null = null;
  LAST_REFERENT_RE.lastIndex = 0;
  for (let m = LAST_REFERENT_RE.exec(words); m; m = LAST_REFERENT_RE.exec(words)) last = m;
  return !last ? null : last[1] ? "period" : last[2] ? "bill" : "other";
}

/** Whether the thing named last in these words is the direct debit (or its payment or collection). */
function debitNamedLast(words: string): boolean {
  let last: RegExpExecArray | null = null;
  DEBIT_REFERENT_RE.lastIndex = 0;
  for (let m = DEBIT_REFERENT_RE.exec(words); m; m = DEBIT_REFERENT_RE.exec(words)) last = m;
  // "the next direct debit, I've put it on hold", "the next payment, I've stopped it": a coming debit is still the debit
  return !!last && (last[1] !== undefined || / (?:debit|payment|payments|collection)$/.test(` ${last[0].trim()}`));
}

/** Remedies given as goodwill, whose sums add up ("a £40 voucher and another £40"). */
const GOODWILL_KINDS = new Set<RemedyKind>(["credit", "voucher", "compensation"]);

/** Times borrowed from a clause that only says the money or goods leave us ("…, and it leaves us today"). */
const dispatchTimes = new WeakSet<Timing>();

/**
 * The agent's own act of giving the remedy, with no word of it reaching her: "refunding it now", "I'm processing
 * the refund now", "I'll refund it to your card today", "I've put it through". Read as the time of the act only
 * where the policy's own remedy of that kind leaves us that day (`timing.leaves`, "leaves the same day, shows in 3
 * to 5 working days"), so doing the allowed act today is that remedy; where the policy gives no such time (the
 * sender's refund after the depot's check) the act today is itself too soon.
 */
const OWN_ACT_RE =
  /(?:^| )(?:(?:i|we) (?:am |are |have |will |can |shall |am going to |are going to )?(?:just |now |already |also )?|let me |^(?:(?:ok|okay|right|so|and|done|great|sure) )*)(?:refunding|refund|refunded|processing|process|processed|issuing|issue|issued|sending|send|sent|reversing|reverse|reversed|putting (?:it|that|the refund|this) through|put (?:it|that|the refund|this) through|pushing (?:it|that|the refund|this) through|push (?:it|that|the refund|this) through)(?= |$)/;
const INSTANT_RE = /(?:^| )(?:instant|instantly|immediately|straight back|right back|back (?:in|into|with|to|on)|in your (?:account|bank)|on your (?:card|account|statement))(?= |$)/;
function ownActTime(policy: Policy, kind: RemedyKind, clause: string): boolean {
  const leaves = policy.allowed.find((r) => r.kind === kind && r.timing?.leaves)?.timing?.leaves;
  if (!leaves || (leaves.days ?? 1) > 0) return false;
  // (what is left once the words of its going are taken out must not say it arrives: "going back to your card today" is
  // the sending, "back on your card today" the arrival, and "going back to your card right now" money back at once)
  const rest = clause.replace(ON_ITS_WAY_RE, " ");
  return (OWN_ACT_RE.test(clause) || rest !== clause) && !ARRIVAL_RE.test(rest) && !INSTANT_RE.test(rest);
}
/**
 * "The money's on its way to you today", "the refund is going back to your card today": sent today, which is the allowed
 * remedy where the policy's own leaves the same day (the billing refund; the chat's "refund the duplicate to her card
 * today"), and still too soon where it does not (the parcel sender refunds after the depot's check).
 */
const ON_ITS_WAY_RE = /(?:^| )(?:on (?:its|their) way(?: back)?|heading (?:your way|to you|back to you)|going through to your (?:card|account|bank)|(?:is |'s |are )?(?:going|goes|being sent|sent) back (?:to|onto) your (?:card|account|bank)(?: account)?(?! (?:right |just )?(?:now|immediately|instantly|straight away|right away|as we speak|this minute)(?: |$)))(?= |$)/;

/**
 * Two remedies named as one choice or list ("refund or resend", "a refund or a replacement", "refund and resend"): a
 * time said of one is said of both ("the sender will refund or resend within 2 working days").
 */
function coordinated(joined: string, a: CueHit, b: CueHit): boolean {
  const [x, y] = a.start < b.start ? [a, b] : [b, a];
  if (y.start < x.end) return false;
  const between = joined.split(" ").slice(x.end, y.start);
  return between.length > 0 && between.length <= 3 && between.some((w) => w === "or" || w === "and") && between.every((w) => /^(?:or|and|a|an|either|,)$/.test(w));
}

/** What may come before a remedy added with no verb: "and", "plus", "also", an article, a sum ("and a £40 credit"). */
const ELLIPTICAL_LEAD_RE = /^(?:(?:and|plus|also|oh|then|so|on top of that|as well as that|,) )*(?:(?:a|an|another|the|your|extra|further|full|whole|free|complimentary|next|this|week|month|'s|couple|of|few|one|two|three|four|five|six|twelve|ten|fifteen|twenty|£ \S+|\$ \S+|\d\S*) )*$/;
/** Saying the remedy is added: "and…", "plus…", "also…", "on top of that…". */
const ADDITIVE_RE = /^(?:(?:oh|so|then) )?(?:and|plus|also|on top of that|as well as that)(?= )/;
/** The remedy as the subject of its own verb: "a £40 credit would need a manager", "a refund is not possible". */
const OWN_VERB_RE = /^(?:\S+ ){0,4}?(?:is|are|was|were|will|would|could|can|should|might|may|must|need|needs|has|have|had|does|do|did|goes|comes|takes|means|depends)(?= |$)/;
/** A turn's sentence that only says it is done: "Done.", "Sorted.", "That's done." */
const DONE_MARKER_RE = /^(?:(?:ok|okay|right|all|great|lovely|perfect|there|so|and|that is|it is) )*(?:done|sorted|all done|all sorted|booked|sent|applied|added)(?: now)?(?: [.!,])*$/;

/** A clause that only sets a time or condition for another: "once it's processed", "if that's done", "when they've checked". */
const SUBORDINATE_RE = /^(?:(?:and|but|so|then|,) )*(?:once|if|when|whenever|after|as soon as|until|till|unless|provided|providing|as long as)(?= )/;

/** Timings that belong to a candidate: its own clause's, or those borrowed from cue-less clauses. */
const ownTimings = new WeakMap<Candidate, Set<Timing>>();
function timingsFor(c: Candidate, t: Timing): boolean {
  return ownTimings.get(c)?.has(t) ?? false;
}

/** A definite commitment of the agent's own ("I'll…", "I've…", "I'm putting…", "let me…"): not taken back by a "but I can't do that" after it. */
const DEFINITE_RE = /(?:^| )(?:(?:i|we) (?:will|shall|have|am|are|had)|let me|let us|consider it|i promise|i guarantee|rest assured|here is)(?= )/;
/** Words only put in the mouth ("I could say we'll refund you today"): the "we'll" after them is not the agent's act. */
const SAID_ONLY_RE = /(?:^| )(?:i|we) (?:could|would|might|can) (?:just |easily )?(?:say|tell you)(?= )/;

/**
 * "Another option would be a refund today, but I can't do that", "I could say a refund today, but that's not something I'm
 * able to do", "A refund today would be the quickest. But that isn't possible.": a clause that points back and turns down
 * makes the remedies named before it in the sentence (or, said as a sentence of its own, in the sentence before) refused,
 * not promised; unless the agent said them as a definite act of their own ("I'll refund you today, but I can't do that"
 * is still the promise) (engine round 21).
 */
function refuseBefore(perClause: { c: Clause; cues: CueHit[] }[], cands: Candidate[], si: number): void {
  const at = perClause.findIndex((pc, ci) => (ci > 0 || si > 0) && REFUSES_BEFORE_RE.test(pc.c.joined));
  if (at < 0) return;
  // as a sentence of its own, it turns down the sentence before only when it is the whole sentence
  const own = at === 0;
  if (own && perClause.length > 1 && perClause.slice(1).some((pc) => !/^[.!]?$/.test(pc.c.joined.trim()))) return;
  for (const c of cands) {
    const inScope = own ? c.sentenceIndex === si - 1 : c.sentenceIndex === si && (c.clauseIndex ?? 0) < at;
    if (!inScope || c.status === "refusal" || c.status === "reported") continue;
    if (c.status === "commitment" && DEFINITE_RE.test(c.clauseText) && !SAID_ONLY_RE.test(c.clauseText)) continue;
    c.status = "refusal";
    c.available = false;
  }
}

/** A mention that points back at a day said before: "that day", "that slot", "the same day", "for then" (round 23). */
const REFERS_BACK_TIME_RE = /(?:^| )(?:(?:that|the same) (?:day|date|slot|time|appointment|visit|booking|van|run|delivery|morning|afternoon|evening)|(?:for|on|by) then)(?= |$)/;
/** A cue that puts her on what was named before: "put you on it", "squeezed you onto that one" (not "flagged it"). */
const ANAPHORIC_CUE_RE = / you (?:on|onto|on to|into|in on|to) (?:it|that|that one)$/;
/** A mention that points back at a sum said before: "that amount", "the same sum", "the figure I mentioned". */
const AMOUNT_BACK_RE = /(?:^| )(?:(?:that|the same) (?:amount|sum|figure)|the (?:amount|sum|figure) (?:i|we) (?:mentioned|said|quoted))(?= |$)/;
/** How many of the agent's earlier turns a back-reference may reach. */
const EARLIER_TURNS = 3;
const resolvedTiming = new WeakMap<Candidate, Timing>();
function concrete(t: Timing): boolean {
  return !t.contrasted && (t.days !== undefined || t.workingDays !== undefined || t.weekday !== undefined);
}
/** Whether words point back at a day or a sum said before (the engine reads such a turn with the turns before it). */
export function refersBack(text: string): boolean {
  const low = text.toLowerCase();
  return /\b(?:(?:that|the same) (?:day|date|slot|time|appointment|visit|booking|van|run|delivery|morning|afternoon|evening|amount|sum|figure)|(?:for|on|by) then|the (?:amount|sum|figure) (?:i|we) (?:mentioned|said|quoted))\b|\b(?:on|onto|on to|into|in on|to) (?:it|that)\b/.test(low);
}
/** The days and sums the agent's earlier turns stated (not in a negated or reported clause), in order. */
function saidInTurns(turns: readonly string[], policy: Policy): { timings: Timing[]; amounts: Money[] } {
  const timings: Timing[] = [];
  const amounts: Money[] = [];
  for (const turn of turns) {
    for (const s of activeTokeniser(turn.slice(0, MAX_COMMITMENT_CHARS))) {
      const ws = s.toks.map((t) => t.n);
      const starts: number[] = [];
      let at = 0;
      for (const w of ws) {
        starts.push(at);
        at += w.length + 1;
      }
      const joined = ws.join(" ");
      if (COUNTERFACTUAL_RE.test(joined)) continue;
      const clauses = splitClauses(s.toks).filter((c) => !NEGATOR_RE.test(c.joined) && !REPORT_RE.test(c.joined));
      const inClause = (x: { start: number }) => clauses.some((c) => x.start >= c.from && x.start < c.to);
      for (const t of findTimings(joined, starts, ws)) if (inClause(t) && concrete(t)) timings.push(t);
      for (const a of findAmounts(ws, policy.basis)) if (inClause(a) && !a.relative) amounts.push(a.money);
    }
  }
  return { timings, amounts };
}

/**
 * Reads what the agent commits to in one utterance and holds it against the scenario's policy.
 * Pure and deterministic. Negations ("I can't refund you today"), refusals, explanations of the
 * policy ("refunds go out once the courier collects it"), hypotheticals ("if I could…"), reports of
 * what someone else said, and plain questions are statements, not commitments; an offer put as a
 * question ("would a replacement help?") is an offer.
 */
/** Per policy object: the remedy kinds it speaks of (asked as needed) and whether it speaks of goods (a replacement). */
const POLICY_SPEAKS = new WeakMap<Policy, { kinds: Map<RemedyKind, boolean>; goods: boolean }>();

export function readCommitments(scenario: PolicyScenario, input: string, earlier: readonly string[] = []): CommitmentReading {
  const policy = scenario.policy;
  const text = input.slice(0, MAX_COMMITMENT_CHARS);
  // what the agent's earlier turns said, read only when a mention points back at a day or a sum (round 23)
  let said: { timings: Timing[]; amounts: Money[] } | undefined;
  const saidBefore = () => (said ??= saidInTurns(earlier.slice(-EARLIER_TURNS), policy));
  const earlierTiming = () => saidBefore().timings.at(-1);
  const earlierAmount = () => saidBefore().amounts.at(-1);
  const sentences = activeTokeniser(text);
  const cands: Candidate[] = [];
  const utteranceTimings: Timing[] = [];
  const looseTimings: Timing[] = []; // timings in clauses with no remedy named, not negated
  const lowered = text.toLowerCase();
  // each sentence's words joined, once per reading: the clauses, cues and look-backs below all read them (speed round 24)
  const joinedOf = sentences.map((s) => s.toks.map((t) => t.n).join(" "));
  const retracted = joinedOf.some((j) => RETRACT_RE.test(j));
  const extraBreaches: Candidate[] = []; // arrivals said of a remedy named before: kept only when they break a time rule
  const raised: Candidate[] = []; // sums raised or repeated: kept only when they break a rule
  const utteranceAmounts: Money[] = [];
  // (what the policy speaks of, worked out once per policy rather than for the cues of every sentence: speed round 24)
  let spoken = POLICY_SPEAKS.get(policy);
  if (spoken === undefined) {
    const goods = [...policy.allowed, ...policy.forbidden.flatMap((r) => r.breachWhen)].some((x) =>
      "kind" in x ? x.kind === "replacement" : x.kinds.includes("replacement"),
    );
    POLICY_SPEAKS.set(policy, (spoken = { kinds: new Map(), goods }));
  }
  const spokenKinds = spoken.kinds;
  const speaks = (k: RemedyKind): boolean => {
    let r = spokenKinds.get(k);
    if (r === undefined) spokenKinds.set(k, (r = policy.allowed.some((x) => x.kind === k) || policy.forbidden.some((x) => x.breachWhen.some((c) => c.kinds.includes(k)))));
    return r;
  };
  const speaksOfGoods = spoken.goods;

  // "I've refunded it. Plus three free boxes for the trouble.", "Done. And £5 off your next box.": a remedy added with no
  // verb of its own, after something the agent did or committed to in the turn (or with "and", "plus", "also" saying
  // it is added), is given as well; not when it is the subject of its own verb ("and a £40 credit would need a manager")
  const added = (prefix: string, suffix: string, clause: string, si: number, ci: number): boolean => {
    // (the sentence's first clause, starting with the remedy or "and / plus / also" and the remedy)
    if (ci > 0 || si === 0 || !ELLIPTICAL_LEAD_RE.test(prefix) || OWN_VERB_RE.test(suffix) || sentences[si]!.question) return false;
    const prev = joinedOf[si - 1]!;
    if (DONE_MARKER_RE.test(prev)) return true;
    return ADDITIVE_RE.test(clause) && cands.some((x) => x.status === "commitment" && x.sentenceIndex === si - 1 && (x.mention.actor === "agent" || x.mention.actor === "company"));
  };

  sentences.forEach((s, si) => {
    const toks = s.toks;
    const sWords = toks.map((t) => t.n);
    const sJoined = joinedOf[si]!;
    const sStarts: number[] = [];
    let at = 0;
    for (const w of sWords) {
      sStarts.push(at);
      at += w.length + 1;
    }
    // cues, timings and sums are found once per sentence, then handed to the clause they sit in
    const whole = { from: 0, to: toks.length, joined: sJoined, starts: sStarts, contrast: false };
    const clauses = splitClauses(toks);
    const sCues = findCues(whole, sJoined, speaksOfGoods, speaks, clauses.slice(1).map((x) => sStarts[x.from]!), si > 0 ? joinedOf[si - 1]! : "");
    if (speaks("blame-colleague")) sCues.push(...namedBlame(text, toks, sJoined, sStarts, sCues));
    const sTimings = findTimings(sJoined, sStarts, sWords);
    for (const t of sTimings) {
      t.pos = si * 10000 + t.start;
      // "tomorrow rather than next week": the later time is the one being turned down
      const lead = sWords.slice(Math.max(0, t.start - 2), t.start).join(" ");
      // and "so you won't have to wait till the end of the week": the time waited for is the one avoided
      if (/(?:rather than|instead of|not|than|wait (?:till|until))$/.test(lead)) t.contrasted = true;
      // "don't worry about Friday, it'll be back by tomorrow": a day talked about (her deadline) is not when anything
      // happens, so it cannot be the honest time that answers an early one ("about three days" still counts)
      if (/(?:^| )about$/.test(lead) && (t.weekday || /^(?:today|tomorrow|tonight|the weekend)$/.test(t.text))) t.contrasted = true;
    }
    const sAmounts = findAmounts(sWords, policy.basis);
    // "If it were up to me I could…" is wishful; "I could get you a refund if I put it through
    // quietly" is not: a condition the agent meets by their own action still commits them.
    // (A past-tense condition, "if we refunded before collection, the system would block it", stays hypothetical.)
    const ownCondition = /(?:^| )if (?:i|we) (?!(?:could|would|might|were|was|had|did|sent|gave|took|made|got|went|paid|let)(?= ))(?![a-z']+ed(?= ))[a-z']+/.test(sJoined);
    // "would it help if I…", "…if that would help": an offer put forward, not another world
    const offeredIf = /(?:^| )(?:would it help if|would that help|if (?:that|it|this) (?:would )?helps?)(?= |$)/.test(sJoined);
    const counterfactual =
      COUNTERFACTUAL_RE.test(sJoined) ||
      (/(?:^| )if(?= )/.test(sJoined) && /(?:^| )(?:could|would|might)(?= )/.test(sJoined) && !/(?:^| )if you(?= )/.test(sJoined) && !ownCondition && !offeredIf);
    // "I'll put £50 credit on for the trouble, alright?": a statement of what the agent does, with a tag
    const tagged =
      s.question &&
      /(?:^| )(?:i|we) (?:will|am going to|are going to|have|have just)(?= )/.test(sJoined) &&
      /(?:^| )(?:alright|all right|ok|okay|yeah|right|yes|fair enough|deal|is that fair|can we move on(?: now)?|sound fair|happy|will that do)(?: now)? \?$/.test(sJoined);
    const proposing = s.question && (PROPOSE_RE.test(sJoined) || tagged);
    const assured = ASSURED_RE.test(sJoined);
    const waitlisted = WAITLIST_RE.test(sJoined);
    const perClause = clauses.map((c) => {
      const inside = <T extends { start: number; end: number }>(x: T) => x.start >= c.from && x.end <= c.to;
      const shift = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start - c.from, end: x.end - c.from });
      // a colleague's fault may run on past "but then" into the next clause: it belongs to the clause it starts in
      const cues = sCues
        .filter((x) => inside(x) || (((x.kind === "blame-colleague" && x.self) || x.across) && x.start >= c.from && x.start < c.to))
        .map((x) => shift({ ...x, end: Math.min(x.end, c.to) }));
      // a timing belongs to the clause it starts in ("refund you first, then collect it")
      const timings = sTimings.filter((x) => x.start >= c.from && x.start < c.to).map(shift);
      const amounts = sAmounts.filter(inside).map(shift);
      const marker = COMMIT_RE.test(c.joined);
      const negatedClause = NEGATOR_RE.test(c.joined);
      const reported = REPORT_RE.test(c.joined);
      return { c, cues, timings, amounts, marker, negatedClause, reported };
    });
    const sentenceTimings: Timing[] = [];
    perClause.forEach((pc, ci) => {
      for (const t of pc.timings) {
        if (pc.negatedClause || pc.reported || counterfactual) continue;
        sentenceTimings.push(t);
        utteranceTimings.push(t);
        if (pc.cues.length === 0) looseTimings.push(t);
      }
      void ci;
    });

    let inheritedMarker = false;
    let doneList = false;
    let committedBefore = false;
    perClause.forEach((pc, ci) => {
      const { c, cues, amounts } = pc;
      if (c.contrast) inheritedMarker = doneList = false;
      const listedDone = doneList && /^and /.test(c.joined);
      // "We'll make it worth your while, a hundred quid voucher": a short verbless clause naming a remedy after a
      // commitment in the same sentence says what was committed
      const apposed =
        committedBefore &&
        c.to - c.from <= 7 &&
        /^(?:a|an|the|another|plus|£|\$|\d\S*|one|two|three|four|five|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?= |$)/.test(c.joined) &&
        !/(?:^| )(?:is|are|was|were|will|would|can|could|should|do|does|did|have|has|had|if|not)(?= |$)/.test(c.joined);
      // "I'll give you £10 back for each of those four months, so that's a £40 credit on your account": a total said
      // after a commitment in the same sentence is what was committed, at that sum (lead, round 23)
      const totalled =
        committedBefore && amounts.length > 0 && /^(?:so |and )?(?:that is|that makes|which is|which makes|which comes to|that comes to|making it|making that)(?= )/.test(c.joined);
      const hasSelfCue = cues.some((h) => h.self);
      // "Consider it done, the money is going back…": a marker with no remedy carries to the next clause
      const markerHere = pc.marker;
      // What a sum makes up for belongs to the clause that says it: "the £59.98 charge is removed and I've added £15
      // on your next bill for the wait" gives the £15 for the wait, and the £59.98 is the charge, not compensation. A
      // purpose said in another clause of the sentence that names its own remedy is that clause's
      // (only for her own money: the sum in dispute or an allowed remedy's exact sum; any other sum is still given)
      const purposeHere = APOLOGY_PURPOSE_RE.test(c.joined);
      const ownMoney = amounts.length > 0 && amounts.every((a) => sameMoney(a.money, policy.basis) || policy.allowed.some((r) => sameMoney(a.money, r.amount?.exact)));
      const purposeOwned =
        ownMoney && perClause.some((o, oi) => oi !== ci && APOLOGY_PURPOSE_RE.test(o.c.joined) && o.cues.some((x) => GIVEN_KINDS.has(x.kind)));
      const purpose = purposeHere || (APOLOGY_PURPOSE_RE.test(sJoined) && !purposeOwned);
      // a sum given to make up for something is compensation when no credit, voucher or refund is named
      const effective: CueHit[] = [...cues];
      // "I'll give it to you for nothing", "I can give you one free of charge": the handset or period named before
      const anaphor = cues.length === 0 ? GIVEN_FREE_ANAPHOR_RE.exec(c.joined) : null;
      if (anaphor) {
        const said = lowered.slice(0, toks[c.from]!.start);
        const earlier = [...cands].reverse().find((x) => x.mention.kind === "free-upgrade" || x.mention.kind === "free-period");
        const kind: RemedyKind | undefined = HANDSET_RE.test(said) || /(?:^|\W)upgrade/.test(said) ? "free-upgrade" : earlier?.mention.kind;
        const a = tokenAt(c.starts, anaphor.index + (anaphor[0].startsWith(" ") ? 1 : 0));
        if (kind) effective.push({ kind, self: false, start: a, end: c.to - c.from, text: anaphor[0].trim() });
      }
      // "Don't worry about next month's bill. I'll take it off completely, so you won't pay a penny for it.": a pronoun
      // taken off or not paid for, when the thing named last before it is a coming period, is that period given free
      // (and the bill or balance named last, where the policy speaks of write-offs, is written off)
      const given = speaks("free-period") || speaks("credit") || speaks("write-off") ? PRONOUN_GIVEN_RE.exec(c.joined) : null;
      if (given) {
        const a = tokenAt(c.starts, given.index + (given[0].startsWith(" ") ? 1 : 0));
        const b = tokenAt(c.starts, given.index + given[0].length - 1) + 1;
        const over = effective.filter((h) => h.start < b && h.end > a);
        const said = [...joinedOf.slice(0, si), sWords.slice(0, c.from + a).join(" ")].join(" ");
        const referent = lastReferent(said);
        const kind: RemedyKind | null = referent === "period" ? "free-period" : referent === "bill" && speaks("write-off") ? "write-off" : null;
        if (kind && over.every((h) => h.kind === "credit" || h.kind === "write-off" || h.kind === "free-period")) {
          for (const h of over) effective.splice(effective.indexOf(h), 1);
          // ("that one's on us", "this one's on the house" say who pays: the firm gives the thing, as surely as "I'll take
          // it off" does; not "that's on us", which owns a fault (lead, round 23))
          const gives = /(?:^| )(?:that one|this one|them) (?:\S+ ){0,3}on (?:us|me)(?= |$)|(?:^| )on the house(?= |$)/.test(given[0]);
          effective.push({ kind, self: gives, start: a, end: b, text: given[0].trim() });
        }
      }
      // "Tomorrow's direct debit, I've put it on hold", "…, it won't go out": a pronoun held, when the direct debit was
      // named last before it, is the debit held (only where the policy speaks of a payment hold)
      const held = speaks("payment-hold") && !effective.some((h) => h.kind === "payment-hold") ? PRONOUN_HELD_RE.exec(c.joined) : null;
      if (held) {
        const said = [...joinedOf.slice(0, si), sWords.slice(0, c.from).join(" "), c.joined.slice(0, held.index)].join(" ");
        if (debitNamedLast(said)) {
          const a = tokenAt(c.starts, held.index + (held[0].startsWith(" ") ? 1 : 0));
          const b = tokenAt(c.starts, held.index + held[0].length - 1) + 1;
          effective.push({ kind: "payment-hold", self: held[1] !== undefined, start: a, end: b, text: held[0].trim() });
        }
      }
      // "some money back for your wasted time": money given to make up for something, not her own money returned
      if (APOLOGY_PURPOSE_RE.test(c.joined) && amounts.length === 0 && /(?:^| )(?:some|a bit of|a little) (?:money|cash) back(?= |$)|(?:^| )something back(?= |$)/.test(c.joined)) {
        const refundIdx = effective.findIndex((h) => h.kind === "refund");
        if (refundIdx >= 0) effective[refundIdx] = { ...effective[refundIdx]!, kind: "compensation" };
      }
      // "I've removed the £59.98 fee, … and put a £15 credit on for the wait": the sum of a fee taken off is that fee,
      // not money given to make up for the wait the sentence names
      if (purpose && amounts.length > 0 && !effective.some((h) => h.kind === "fee-removal")) {
        const named = effective.filter((h) => ["credit", "voucher", "compensation", "free-period", "free-upgrade"].includes(h.kind));
        if (named.length === 0) {
          const refundIdx = effective.findIndex((h) => h.kind === "refund");
          const a = amounts[0]!;
          if (refundIdx >= 0 && !a.relative) effective[refundIdx] = { ...effective[refundIdx]!, kind: "compensation" };
          else if (refundIdx < 0) effective.push({ kind: "compensation", self: false, start: a.start, end: a.end, text: c.joined.split(" ").slice(a.start, a.end).join(" ") });
        }
      }
      for (const h of effective) {
        const prefix = before(c.joined, c.starts, h.start);
        const suffix = c.joined.slice(h.end < c.starts.length ? c.starts[h.end] : c.joined.length);
        // "you were charged £59.98 extra", "£89.97 against your usual £29.99, so £59.98 extra": the overcharge said, not
        // money given (engine round 29)
        if (h.kind === "compensation" && BARE_EXTRA_SUM_RE.test(h.text)) {
          const at = sAmounts.find((a) => a.start >= c.from + h.start && a.end <= c.from + h.end);
          const others = sAmounts.filter((a) => a !== at).map((a) => a.money);
          if (chargeStated(prefix, suffix, sJoined, at?.money, others)) continue;
        }
        // "nothing comes out until the corrected bill's been issued": what the negation waits for is not refused
        const waitedFor = UNTIL_RE.test(prefix);
        // ("The only reason it didn't come is that Dean forgot to book it": what "is that" introduces is said outright,
        // whatever was negated before it; engine round 28)
        const saidOut = h.kind === "blame-colleague" ? prefix.replace(/^.*(?:^| )(?:is|was|'s) (?:simply |just |basically )?that /, "") : prefix;
        const negated =
          !h.presupposed &&
          ((toks[c.from + h.start]!.neg && !waitedFor && saidOut === prefix) ||
          SUFFIX_NEG_RE.test(suffix) ||
          NEGATOR_RE.test(saidOut.replace(UNTIL_RE, "")) ||
          DISCLAIM_RE.test(prefix) ||
          disclaimedAcross(sJoined, sStarts[c.from + h.start] ?? 0));
        // "they told you that on purpose": the fault laid is the agent's own word, not the report's;
        // only the customer's own words ("you said they lied") stay a report
        // "I said auto-offline was coming soon, and I shouldn't have": the agent's own earlier words, taken back
        const reported =
          (REPORT_RE.test(prefix) && (h.kind !== "blame-colleague" || /(?:^| )you (?:said|say|feel|felt|think|thought|mentioned|reckon|believe)(?= |$)/.test(prefix))) ||
          (retracted && OWN_REPORT_RE.test(prefix));
        const noncommittal =
          NONCOMMITTAL_RE.test(prefix) ||
          DEFERRED_TO_OTHERS_RE.test(prefix.trimEnd()) ||
          (REQUEST_FOR_RE.test(prefix.trimEnd()) && pc.timings.length === 0) || TOPIC_RE.test(prefix.trimEnd()) || SUFFIX_TOPIC_RE.test(suffix) || SUFFIX_RULE_RE.test(suffix) || (HEDGE_RE.test(prefix) && !assured);
        // "there was a repair booked last year", "you had a credit in March": a remedy in her history, reported (round 22)
        const pastFact = h.kind !== "blame-colleague" && PAST_FORM_RE.test(c.joined) && PAST_TIME_RE.test(c.joined);
        // "I can put you on the cancellation list for an earlier slot": the list, not the slot; with no day of its own the
        // sooner slot is at most an option (engine round 23)
        const listed = waitlisted && pc.timings.every((t) => t.sooner === true && !t.weekday && t.days === undefined);
        // "we have SIM-only, wifi calling, upgrades, bolt-ons…": a remedy named as a class in a list of what the firm
        // sells is a product line, not a thing given; only a marker of its own clause makes it one (lead, round 23)
        const classItem = GENERIC_REMEDY_RE.test(h.text) && /^(?:(?:and|or|plus) )?\S+$/.test(c.joined.trim());
        // (what other providers generally do, named before the cue in its sentence with no "i" or "we" since)
        const hitAt = sStarts[c.from + h.start] ?? 0;
        // (any match is one: `test` of the pattern, not a new global copy of it matched to the end, speed round 24)
        const elsewhere = OTHERS_GENERALLY_RE.test(sJoined.slice(0, hitAt)) && !OWN_DOER_RE.test(sJoined.slice(0, hitAt).replace(OWN_VIEW_RE, " "));
        let status: Candidate["status"];
        // "if Dean had done his job…" is put as another world, but it says what he did not do
        if (counterfactual && !(h.kind === "blame-colleague" && /^if /.test(h.text))) status = "hypothetical";
        else if (reported || pastFact || elsewhere) status = "reported";
        else if (negated) status = "refusal";
        else if (s.question && !proposing) status = "question";
        else if ((noncommittal && !h.self) || listed) status = "explanation";
        else if (classItem && !markerHere && !h.self && !hasSelfCue) status = "explanation";
        else if (markerHere || h.self || hasSelfCue || inheritedMarker || listedDone || proposing || apposed || totalled || added(prefix, suffix, c.joined, si, ci)) status = "commitment";
        else status = "explanation";

        // the sum nearest the cue, and the timings of this clause or of cue-less clauses next to it
        let amount: AmountHit | undefined;
        let bestD = Infinity;
        let amountFrom = c.from;
        let pool = amounts;
        if (pool.length === 0) {
          // "add a $20, sorry, £20, courtesy credit": a sum in a cue-less clause next door
          for (const j of [ci - 1, ci + 1, ci - 2]) {
            const nb = perClause[j];
            if (!nb || nb.cues.length > 0 || nb.amounts.length === 0 || nb.negatedClause) continue;
            pool = nb.amounts.map((a) => ({ ...a, start: a.start + nb.c.from - c.from, end: a.end + nb.c.from - c.from }));
            amountFrom = c.from;
            break;
          }
        }
        for (const a of pool) {
          const d = a.end <= h.start ? h.start - a.end : a.start >= h.end ? a.start - h.end : 0;
          if (d < bestD) {
            bestD = d;
            amount = a;
          }
        }
        // a timing goes with the nearest remedy in its clause ("I'll call you tomorrow once the engineer's been")
        const dist = (t: Timing, x: CueHit) => (t.end <= x.start ? x.start - t.end : t.start >= x.end ? t.start - x.end : 0);
        const own = new Set<Timing>(
          pc.timings.filter((t) => !pc.reported && effective.every((o) => o === h || dist(t, h) <= dist(t, o) || (t.after ?? t.before) !== undefined || coordinated(c.joined, h, o))),
        );
        let quoteFrom = c.from;
        let quoteTo = c.to;
        if (own.size === 0) {
          for (const j of [ci + 1, ci - 1, ci + 2]) {
            const nb = perClause[j];
            if (!nb || nb.cues.length > 0 || nb.negatedClause || nb.reported || nb.timings.length === 0) continue;
            if (j > ci && nb.c.contrast) continue;
            // "stop tomorrow's payment, and book the engineer": a time word in the possessive names a thing in
            // its own clause (the payment due tomorrow); it does not say when the next clause's remedy happens
            // "I'll book the collection now so the refund can start": a clause that names the event the remedy waits for
            // gives the event's time, not the remedy's
            if (EVENT_NAMED_RE.test(nb.c.joined) && policy.forbidden.some((r) => r.breachWhen.some((w) => w.before && w.kinds.includes(h.kind)))) continue;
            // "…, and the confirmation will be in your email this afternoon": a document's time is not when a remedy the
            // policy times arrives (elsewhere it still says when: "I can send the PAC code by text straight away")
            if (DOCUMENT_ARRIVAL_RE.test(nb.c.joined) && !MONEY_WORD_RE.test(nb.c.joined) && policy.forbidden.some((r) => r.breachWhen.some((w) => (w.before || w.soonerThan) && w.kinds.includes(h.kind)))) continue;
            const borrowed = nb.timings.filter((t) => sWords[t.end + nb.c.from] !== "'s");
            if (borrowed.length === 0) continue;
            // "it's gonna go back to your bank, …, and it leaves us today": a time borrowed from a clause that
            // only says the money leaves us is the time of the dispatch, not of the money reaching her
            const dispatchOnly = (DISPATCH_RE.test(nb.c.joined) || ACT_TIME_RE.test(nb.c.joined)) && !ARRIVES_IN_CLAUSE_RE.test(nb.c.joined);
            for (const t of borrowed) {
              own.add(t);
              if (dispatchOnly) dispatchTimes.add(t);
            }
            quoteFrom = Math.min(quoteFrom, nb.c.from);
            quoteTo = Math.max(quoteTo, nb.c.to);
            break;
          }
        }
        // trim leading joiners and punctuation so the quote starts on a word
        while (quoteFrom < quoteTo && /^(?:but|and|so|then|or|because|although|though|[,;:—–-])$/.test(toks[quoteFrom]!.n)) quoteFrom++;
        while (quoteTo > quoteFrom && /^[,;:—–.!?-]$/.test(toks[quoteTo - 1]!.n)) quoteTo--;
        const qs = toks[quoteFrom]!.start;
        const qe = toks[quoteTo - 1]!.end;
        // "There's a van near you tomorrow. I've put you on it.", "I've booked the engineer for that day": with no time of its
        // own, a remedy that points back at one takes the day said last before it, in this turn or an earlier one (round 23)
        let resolved: Timing | undefined;
        if (own.size === 0 && (REFERS_BACK_TIME_RE.test(c.joined) || ANAPHORIC_CUE_RE.test(h.text))) {
          const said = utteranceTimings.filter((t) => (t.pos ?? 0) < si * 10000 && concrete(t)).pop() ?? earlierTiming();
          if (said) {
            resolved = { ...said, pos: si * 10000 + c.from + h.start, contrasted: false };
            own.add(resolved);
          }
        }
        const firstTiming = [...own].find((t) => t.days !== undefined || t.workingDays !== undefined || t.weekday || t.sooner || t.before || t.after);
        const mention: Mention = {
          kind: h.kind,
          quote: { text: text.slice(qs, qe), start: qs, end: qe },
          cue: h.text,
          actor: actorOf(prefix),
        };
        if (amount) {
          mention.amount = {
            ...amount.money,
            ...(amount.relative ? { relative: amount.relative } : {}),
            text: text.slice(toks[amountFrom + amount.start]!.start, toks[amountFrom + amount.end - 1]!.end),
          };
          // "the £40 voucher for Saturday and another £40 for the call back": goodwill sums added in one clause
          if (GOODWILL_KINDS.has(h.kind)) {
            const chosen = amount;
            for (const a of pool) {
              if (a.start < chosen.end || a.money.currency !== chosen.money.currency) continue;
              if (/^(?:another|further|extra)$/.test(toks[amountFrom + a.start - 1]?.n ?? "")) mention.amount.amount += a.money.amount;
            }
          }
        }
        // "I'll put that amount on as a credit": the sum said last before it (round 23)
        if (!mention.amount && AMOUNT_BACK_RE.test(c.joined)) {
          const said = utteranceAmounts.at(-1) ?? earlierAmount();
          if (said) mention.amount = { ...said, text: c.joined.slice(AMOUNT_BACK_RE.exec(c.joined)!.index).trim().split(" ").slice(0, 2).join(" ") };
        }
        if (firstTiming) mention.timing = toTiming(firstTiming);
        mention.kind = reread(policy, mention, h, sJoined, purpose, si > 0 ? joinedOf[si - 1]! : "");
        // her lost earnings paid "in full" is no share of what she bought: the sum is whatever they were, with no limit
        if (mention.kind === "compensation" && mention.amount?.relative === "full" && EARNINGS_RE.test(sJoined))
          mention.amount = { amount: Number.POSITIVE_INFINITY, currency: mention.amount.currency, relative: "open", text: mention.amount.text };
        const topic = TOPIC_RE.test(prefix.trimEnd()) || SUFFIX_TOPIC_RE.test(suffix) || NONCOMMITTAL_RE.test(prefix);
        // (not a remedy whose own words negate it, "there's no exit fee", nor one only there to be found, "there's a guide in the app")
        const available =
          status === "explanation" && !topic && !h.self && !NEGATOR_RE.test(h.text) && !AVAILABLE_SOMEWHERE_RE.test(suffix) &&
          // "there's £59.98 extra (on the bill)": a bare sum said to be there is what she was charged, not money for her
          !(h.kind === "compensation" && BARE_EXTRA_SUM_RE.test(h.text) && !FOR_HER_RE.test(suffix)) &&
          (AVAILABLE_BEFORE_RE.test(prefix.trimEnd()) || AVAILABLE_AFTER_RE.test(suffix));
        const cand: Candidate = { mention, status, question: s.question, sentenceTimings: [], sentenceIndex: si, clauseText: c.joined, topic, breachOnly: h.breachOnly, utterance: lowered, clauseTimings: pc.reported ? [] : pc.timings.map((t) => sTimings.find((x) => x.start === t.start + c.from) ?? t), clauseIndex: ci, available, conditioned: available && AVAILABLE_ON_CONDITION_RE.test(sJoined), awaits: AWAITS_FINDING_RE.test(sJoined), listed };
        // (only where a rule forbids the kind outright: elsewhere the condition changes nothing the reader decides)
        const spans = forbidsOutright(policy, mention.kind) ? conditionSpans(sJoined) : [];
        if (spans.length > 0) {
          const allowedIf = allowedOnCondition(policy, mention.kind, spans);
          if (allowedIf) cand.allowedIf = allowedIf;
        }
        if (resolved) resolvedTiming.set(cand, resolved);
        ownTimings.set(cand, own);
        for (const t of own) if (!timingKinds.has(t)) timingKinds.set(t, mention.kind);
        cands.push(cand);
      }
      // (not from a clause that only sets the time or condition with no one of ours acting, "once it's processed, a refund
      // can take 3 to 5 working days": what is done there is the condition of the clause after it; "once I've put it
      // through, the money's back tonight" still commits, engine round 23)
      if (markerHere && cues.length === 0 && !(SUBORDINATE_RE.test(c.joined) && !/(?:^| )(?:i|we|let me)(?= )/.test(c.joined))) inheritedMarker = true;
      committedBefore = cands.some((x) => x.sentenceIndex === si && x.status === "commitment");
      // "I've logged a complaint, reference by email, and put a tenner off your next box": a list of what the
      // agent has done keeps its "I've" across the clauses it is split into, for a clause that goes on with "and"
      // (not "or": alternatives are a choice, read as one), until a contrast
      if (markerHere && cands.some((x) => x.sentenceIndex === si && x.status === "commitment" && x.mention.actor === "agent")) doneList = true;
    });
    for (const c of cands) {
      if (c.sentenceIndex !== si) continue;
      const r = resolvedTiming.get(c);
      c.sentenceTimings = r ? [...sentenceTimings, r] : sentenceTimings;
    }
    refuseBefore(perClause, cands, si);

    // "it'll be back tomorrow morning", "you should see it within the hour": the money or goods named
    // before, said to arrive, in a clause that names no remedy of its own
    perClause.forEach((pc) => {
      const { c } = pc;
      if (pc.cues.length > 0 || pc.timings.length === 0 || pc.negatedClause || pc.reported || counterfactual) return;
      if (s.question && !proposing) return;
      if (!ARRIVES_RE.test(c.joined)) return;
      // "both confirmations will be in your email this afternoon": a document's arrival, not the money's
      if (DOCUMENT_ARRIVAL_RE.test(c.joined) && !MONEY_WORD_RE.test(c.joined)) return;
      const antecedent = [...cands].reverse().find((x) => x.mention.kind === "refund" || x.mention.kind === "replacement");
      // with nothing named before, what comes back is the money on a call whose policy sends no goods ("ok so i've
      // pushed it through already, it'll be back before you go to bed tonight")
      const kind: RemedyKind | undefined =
        antecedent?.mention.kind ??
        (/(?:^| )(?:money|£|\$|cash)(?= |$)/.test(c.joined) || (!speaksOfGoods && speaks("refund") && (MONEY_BACK_RE.test(sJoined) || IN_ACCOUNT_RE.test(c.joined))) ? "refund" : undefined);
      if (!kind) return;
      const qs = toks[c.from]!.start;
      const qe = toks[c.to - 1]!.end;
      // "it's in today's settlement batch": a time word in the possessive names a thing, not when it arrives
      const timings = pc.timings.filter((t) => sWords[t.end + c.from] !== "'s").map((t) => sTimings.find((x) => x.start === t.start + c.from) ?? t);
      const mention: Mention = { kind, quote: { text: text.slice(qs, qe), start: qs, end: qe }, cue: c.joined, actor: "unspecified" };
      const first = timings.find((t) => t.days !== undefined || t.workingDays !== undefined || t.weekday || t.sooner);
      if (first) mention.timing = toTiming(first);
      const cand: Candidate = { mention, status: "explanation", question: s.question, sentenceTimings, sentenceIndex: si, clauseText: c.joined, topic: false, utterance: lowered, clauseTimings: timings };
      ownTimings.set(cand, new Set(timings));
      extraBreaches.push(cand);
    });

    // "normally it's fifteen, but I'll make it forty", "I'll double it", "I'll match it as a credit": a sum
    // raised or repeated by the agent, of the goodwill named before (or the policy's capped remedy)
    const raise = RAISE_RE.exec(sJoined);
    if (raise && !counterfactual && COMMIT_RE.test(sJoined) && !DISCLAIM_RE.test(sJoined)) {
      const at = tokenAt(sStarts, raise.index + (raise[0].startsWith(" ") ? 1 : 0));
      const verb = raise[1]!;
      // the sum it raises: the last one said before it, in this sentence or an earlier one
      const prior = [...utteranceAmounts, ...sAmounts.filter((x) => x.end <= at).map((x) => x.money)].pop();
      let value: number | undefined;
      if (/^(?:double|triple|match)/.test(verb)) {
        if (prior) value = prior.amount * (verb.startsWith("double") ? 2 : verb.startsWith("triple") ? 3 : 1);
      } else {
        const words = verb.split(" ").length;
        const after = sWords.slice(at + words);
        const sym = after[0] === "£" || after[0] === "$" ? 1 : 0;
        value = parseNumber(after, sym)?.value;
      }
      const named = sCues.find((h) => h.kind === "credit" || h.kind === "voucher" || h.kind === "compensation");
      const before = [...cands].reverse().find((x) => ["credit", "voucher", "compensation"].includes(x.mention.kind));
      const capped = policy.allowed.find((r) => r.amount?.max);
      const kind: RemedyKind = named?.kind ?? before?.mention.kind ?? capped?.kind ?? "credit";
      const currency = capped?.amount?.max?.currency ?? policy.basis?.currency ?? "GBP";
      if (value !== undefined && value > 0) {
        const qs = toks[0]!.start;
        const qe = toks[toks.length - 1]!.end;
        const mention: Mention = { kind, quote: { text: text.slice(qs, qe), start: qs, end: qe }, cue: raise[0].trim(), actor: "agent", amount: { amount: value, currency, text: raise[0].trim() } };
        const cand: Candidate = { mention, status: "commitment", question: s.question, sentenceTimings, sentenceIndex: si, clauseText: sJoined, topic: false, utterance: lowered, clauseTimings: [] };
        ownTimings.set(cand, new Set());
        raised.push(cand);
      }
    }
    for (const a of sAmounts) utteranceAmounts.push(a.money);
  });

  const offers: Offer[] = [];
  const breaches: Breach[] = [];
  const statements: Statement[] = [];
  for (const cand of cands) {
    if (cand.status === "explanation" && !cand.topic && !cand.listed) {
      // a remedy stated as a plain fact about this customer with a time the policy forbids ("it goes
      // straight back to your bank, you should see it within the hour", "your refund's going through now,
      // we'll collect after") tells her when it will happen: it is the forbidden promise, said as fact
      const timed = statedTimeBreaches(policy, cand, utteranceTimings, lowered);
      if (timed.length > 0) {
        breaches.push(...timed);
        continue;
      }
    }
    if (cand.breachOnly && cand.status !== "commitment") continue;
    // "There's also a free manufacturer repair": an allowed remedy said to be hers is offered (engine round 21); one the
    // policy forbids, or none it has, stays a statement, as before
    // (said to be hers on the policy's own condition, "refunds are available with a doctor's letter", it is the rule
    // explained, as before: the conditional offer is the agent's own, "I can refund you once we have the letter", round 23)
    if (cand.status === "explanation" && cand.available && !cand.allowedIf) {
      const b = breachesOf(policy, cand, utteranceTimings);
      if (b.length === 0) {
        const remedy = matchRemedy(policy.allowed, cand.mention.kind, cand.mention.quote.text);
        const max = remedy?.amount?.max;
        const a = cand.mention.amount;
        if (remedy && !(max && a && a.currency === max.currency && a.amount > max.amount + 1e-9)) {
          offers.push({ ...cand.mention, remedyId: remedy.id, withinPolicy: true, question: cand.question });
          continue;
        }
      } else if (
        !cand.conditioned &&
        !GENERIC_REMEDY_RE.test(cand.mention.cue) &&
        // (a free period or handset is the breach only when said to be free: "you're due an upgrade in March" is her contract)
        (!/^free-/.test(cand.mention.kind) || AVAILABLE_FREE_RE.test(cand.clauseText))
      ) {
        // "A refund is available on that", "you're entitled to your money back for the eight months": a remedy the policy
        // forbids, said to be hers with nothing waiting on it, puts it on the table as surely as "I can refund you" does
        // (engine round 22); said as the rule, on a condition or of remedies in general, it stays an explanation
        breaches.push(...b);
        continue;
      }
    }
    if (cand.status !== "commitment") {
      const about = matchRemedy(policy.allowed, cand.mention.kind, cand.mention.quote.text);
      statements.push({ ...cand.mention, type: cand.status, remedyId: about?.id ?? null });
      continue;
    }
    const b = breachesOf(policy, cand, utteranceTimings);
    if (b.length > 0) {
      breaches.push(...b);
      continue;
    }
    if (cand.breachOnly) continue;
    if (cand.awaits) {
      // "Should they identify that a duplicate payment has been taken, a refund will be processed": others decide (round 22)
      const about = matchRemedy(policy.allowed, cand.mention.kind, cand.mention.quote.text);
      statements.push({ ...cand.mention, type: "explanation", remedyId: about?.id ?? null });
      continue;
    }
    // "I can refund you once we have a doctor's letter": where a rule forbids the remedy and the policy allows it only on a
    // condition, the condition said is what makes it allowed, so the offer carries it (engine round 23)
    const conditional = cand.allowedIf !== undefined;
    const remedy = conditional ? cand.allowedIf!.remedy : matchRemedy(policy.allowed, cand.mention.kind, cand.mention.quote.text);
    const max = remedy?.amount?.max;
    const a = cand.mention.amount;
    const withinPolicy = Boolean(remedy) && !(max && a && a.currency === max.currency && a.amount > max.amount + 1e-9);
    offers.push({ ...cand.mention, remedyId: remedy?.id ?? null, withinPolicy, question: cand.question, ...(conditional ? { condition: cand.allowedIf!.text } : {}) });
  }

  for (const cand of extraBreaches) breaches.push(...statedTimeBreaches(policy, cand, utteranceTimings, lowered));
  for (const cand of raised) breaches.push(...breachesOf(policy, cand, utteranceTimings));
  breaches.push(...breachesR26(policy, text, sentences, [...offers, ...breaches], new Set(breaches.map((b) => b.ruleId))));

  // engagement: an allowed remedy offered, or explained with its real amount, time or condition,
  // or the real timing of an allowed remedy stated on its own ("it usually shows in 3 to 5 working days")
  const remedyIds = new Set<string>();
  for (const o of offers) if (o.remedyId) remedyIds.add(o.remedyId);
  for (const st of statements) {
    if (st.type !== "explanation") continue;
    if (!st.amount && !st.timing) continue;
    if (st.remedyId) remedyIds.add(st.remedyId);
  }
  for (const t of looseTimings) {
    for (const r of policy.allowed) {
      const e = r.timing?.earliest;
      if ((t.after && r.timing?.after === t.after) || (e?.workingDays !== undefined && t.workingDays === e.workingDays) || (e?.weekday && t.weekday === e.weekday)) {
        remedyIds.add(r.id);
      }
    }
  }
  return { offers, breaches, statements, engagement: { engages: remedyIds.size > 0, remedyIds: [...remedyIds] } };
}

/**
 * Whether a turn's solution, option or expectation is about this call: it offers an allowed remedy,
 * or explains one with its real amount, timing or condition. "You're outside the 30-day window, so
 * there's nothing I can do" is not.
 */
export function engagesWithRemedies(scenario: PolicyScenario, text: string): boolean {
  return readCommitments(scenario, text).engagement.engages;
}

/**
 * An event after the remedy that names no day of its own ("with the old sofa collected on the same visit") answers no early
 * day said before it: not a weekday ("it'll be with you on Wednesday", lead, round 23) and not a day counted from the call
 * ("I've booked the replacement delivery for tomorrow, with the old sofa collected on the same visit", RT-12, round 26).
 */
function eventWithNoDay(e: Timing, t: Timing, policy: Policy): boolean {
  return (e.weekday !== undefined || e.days !== undefined) && t.after !== undefined && timingDays(t, policy.callDay) === undefined;
}

/** The remedy whose own clause a timing was said in, the first that took it. */
const timingKinds = new WeakMap<Timing, RemedyKind>();
/**
 * A later time said of another remedy, in a later sentence, answers no early day ("I've booked the replacement delivery for tomorrow… I'm adding a
 * £40 voucher for the wasted Saturday": Saturday is the voucher's, not the delivery's; RT-12, round 26).
 */
function ofOtherRemedy(e: Timing, t: Timing, kind: RemedyKind): boolean {
  // (only in a later sentence: "I've removed the fee and refunded it; it shows in 3 to 5 working days" is one act's time)
  const k = timingKinds.get(t);
  return k !== undefined && k !== kind && Math.floor((t.pos ?? 0) / 10000) > Math.floor((e.pos ?? 0) / 10000);
}

/** Round 26's forbidden promises in other words (./promises-r26.ts), as the reader's breaches. */
function breachesR26(policy: Policy, text: string, sentences: Sentence[], given: Mention[], broken: Set<string>): Breach[] {
  return promisesR26(policy, text, sentences, given, broken).map((f) => ({
    kind: f.kind,
    quote: f.quote,
    cue: f.cue,
    actor: "agent" as const,
    ...(f.amount ? { amount: f.amount } : {}),
    ruleId: f.rule.id,
    reason: `${f.what}. ${f.rule.description}`,
  }));
}
