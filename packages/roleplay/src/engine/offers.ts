import type { Scenario } from "@defuse/content";
import { money, readCommitments, refersBack, type CommitmentReading } from "../commitments";

/**
 * The engine's and scorer's one door to the commitment reader: what an agent's turn offers, which
 * forbidden rules it breaks, and what it honestly refuses, against the scenario's structured policy.
 * Everything else in the engine reads commitments through `readTurn`, so the reader can change
 * without touching the customer model or the scorer.
 */
export interface TurnOffer {
  remedyId: string;
  amount?: number;
  date?: string;
  /** The learner's words that make the offer. */
  quote: string;
}
export interface TurnBreach {
  ruleId: string;
  quote: string;
  reason: string;
}
export interface TurnRefusal {
  remedyId?: string;
  quote: string;
}
export interface TurnCommitments {
  offers: TurnOffer[];
  breaches: TurnBreach[];
  refusals: TurnRefusal[];
  /** Allowed remedies the turn explains honestly (how long a refund takes, what a repair involves). */
  explains: { remedyId: string; quote: string }[];
  /** Commitments to remedies this scenario does not have at all (an engineer on a photo-app call). */
  foreign?: number;
  /**
   * Allowed remedies offered on a condition she must still meet, which the policy forbids without it ("I can refund you
   * once we have a doctor's letter"): no breach, and no fix yet, so they are explained, not offered (engine round 23).
   */
  conditional?: { remedyId: string; quote: string; condition: string }[];
  /**
   * Her money or goods promised, against a rule, by a time in days from the call ("back in your account today", "a new one out
   * to you tomorrow"): what she hears is the thing arriving then (engine round 28).
   */
  promisedBy?: { kind: string; days: number; quote: string }[];
  /** Sums the turn commits to give her (a credit, voucher, refund or compensation with an amount), allowed or not. */
  given?: { kind: string; amount: number; currency: string; quote: string; added: boolean }[];
}

/**
 * Readings already made, per scenario object and text. Turns are read again when a stored attempt is
 * replayed or rescored (the scorer, `replay`, the same call at other seeds); a reading depends only on
 * the scenario and the words, so the second read is a lookup. Bounded per scenario.
 */
const READ_CACHE = new WeakMap<Scenario, Map<string, TurnCommitments>>();
const READ_CACHE_MAX = 2_000;

/**
 * Reads one agent turn with the commitment reader (src/commitments). Never throws. The result is shared: do not mutate it.
 * `earlier` are the agent's turns before it in the call, oldest first: a turn that points back at a day or sum said before
 * ("I've booked the engineer for that day") is read with them (engine round 23).
 */
export function readTurn(scenario: Scenario, text: string, earlier: readonly string[] = []): TurnCommitments {
  let m = READ_CACHE.get(scenario);
  if (!m) READ_CACHE.set(scenario, (m = new Map()));
  const context = earlier.length > 0 && refersBack(text) ? earlier.slice(-3) : [];
  const key = context.length > 0 ? `${text}\u0000${context.join("\u0000")}` : text;
  const hit = m.get(key);
  if (hit) return hit;
  const r = readTurnUncached(scenario, text, context);
  if (m.size >= READ_CACHE_MAX) m.delete(m.keys().next().value!);
  m.set(key, r);
  return r;
}

function readTurnUncached(scenario: Scenario, text: string, earlier: readonly string[]): TurnCommitments {
  let r: CommitmentReading;
  try {
    r = readCommitments(scenario, text, earlier);
  } catch {
    return { offers: [], breaches: [], refusals: [], explains: [] };
  }
  const kept = r.breaches.filter((b) => !notAPromise(scenario, text, b.ruleId, b.quote.text));
  const promisedBy = kept
    .filter((b) => (b.kind === "refund" || b.kind === "replacement") && b.timing?.days !== undefined && !b.timing.sooner && !VAGUE_SOON.test(b.timing.text.toLowerCase()))
    .map((b) => ({ kind: b.kind, days: b.timing!.days!, quote: b.quote.text }));
  const conditional = r.offers
    .filter((o) => o.remedyId !== null && o.withinPolicy && o.condition)
    .map((o) => ({ remedyId: o.remedyId!, quote: o.quote.text, condition: o.condition! }));
  return {
    offers: r.offers
      .filter((o) => o.remedyId !== null && o.withinPolicy && !o.question && !o.condition)
      .map((o) => ({
        remedyId: o.remedyId!,
        ...(o.amount ? { amount: o.amount.amount } : {}),
        ...(o.timing ? { date: o.timing.text } : {}),
        quote: o.quote.text,
      })),
    breaches: kept.map((b) => ({ ruleId: b.ruleId, quote: b.quote.text, reason: b.reason })),
    ...(promisedBy.length > 0 ? { promisedBy } : {}),
    // (a refusal is of something this call's policy speaks of: "our system doesn't show it as received after your
    // upgrade" on the billing call refuses no upgrade, since nobody there can give or ask for one)
    refusals: r.statements
      .filter((x) => x.type === "refusal" && (x.remedyId || policyKinds(scenario).has(x.kind)))
      .map((x) => ({ ...(x.remedyId ? { remedyId: x.remedyId } : {}), quote: x.quote.text })),
    explains: [
      ...r.statements.filter((x) => x.type === "explanation" && x.remedyId).map((x) => ({ remedyId: x.remedyId!, quote: x.quote.text })),
      ...conditional.map((o) => ({ remedyId: o.remedyId, quote: o.quote })),
    ],
    ...(conditional.length > 0 ? { conditional } : {}),
    foreign: new Set(r.offers.filter((o) => o.remedyId === null && !o.question && !ownRemedy(scenario, r, o.quote.text)).map((o) => o.kind)).size,
    given: givenSums(text, r.offers, kept),
  };
}

/** A time with no day in it: "shortly", "soon", "as soon as possible" (no promise of arrival before her day). */
const VAGUE_SOON = /\b(?:shortly|soon|asap|as soon as|quickly|in a bit|in no time|in due course)\b/;

/** Words that make a sum one more thing given, not the same one said again: "another £10", "£25 on top". */
const ADDED = /\b(?:another|on top|in addition|additional|second|separately|separate|a further)\b/;

function givenSums(text: string, offers: CommitmentReading["offers"], breaches: CommitmentReading["breaches"]): TurnCommitments["given"] {
  const out: NonNullable<TurnCommitments["given"]> = [];
  for (const o of [...offers.filter((x) => !x.question && !x.condition), ...breaches]) {
    if (!o.amount || !["credit", "voucher", "compensation", "refund"].includes(o.kind)) continue;
    // the same sum read twice in one sentence ("credited back to you": a credit and a refund) is one thing given
    if (out.some((g) => g.amount === o.amount!.amount && (g.quote === o.quote.text || g.quote.includes(o.quote.text) || o.quote.text.includes(g.quote)))) continue;
    out.push({ kind: o.kind, amount: o.amount.amount, currency: o.amount.currency, quote: o.quote.text, added: ADDED.test(sentenceOf(text, o.quote.text).toLowerCase()) });
  }
  return out;
}

/**
 * A cap on goodwill is a cap on what the call gives, not on each sum said (lead, round 23): "I've put a £40 voucher on
 * your account" and, a turn later, "and separately I've added a £25 credit on top" give £65 against a £40 cap. A turn
 * whose sums bring the call's total of the capped kinds over the cap breaks that rule, quoting the sum that crossed it.
 * A sum said again (the same amount, with no "another", "on top", "separately") is the same thing, counted once. A cap
 * already broken by an earlier turn was that turn's breach, and is not reported again. Earlier turns are read through
 * the same cache, so this costs lookups.
 */
export function withCallTotals(scenario: Scenario, earlierTexts: readonly string[], turn: TurnCommitments): TurnCommitments {
  const now = turn.given ?? [];
  if (now.length === 0 || earlierTexts.length === 0) return turn;
  const before = earlierTexts.flatMap((t) => readTurn(scenario, t).given ?? []);
  if (before.length === 0) return turn;
  const extra: TurnBreach[] = [];
  for (const rule of scenario.policy.forbidden) {
    if (turn.breaches.some((b) => b.ruleId === rule.id)) continue;
    for (const cond of rule.breachWhen) {
      const cap = cond.amountAbove;
      if (!cap) continue;
      const inKind = (g: { kind: string; currency: string }) => (cond.kinds as string[]).includes(g.kind) && g.currency === cap.currency;
      const counted: { kind: string; amount: number }[] = [];
      for (const g of before.filter(inKind)) if (g.added || !counted.some((c) => c.amount === g.amount)) counted.push(g);
      const earlier = counted.reduce((a, g) => a + g.amount, 0);
      if (earlier === 0 || earlier > cap.amount + 1e-9) continue;
      let total = earlier;
      for (const g of now.filter(inKind)) {
        if (!g.added && counted.some((c) => c.amount === g.amount)) continue;
        counted.push(g);
        total += g.amount;
        if (total > cap.amount + 1e-9) {
          const fmt = (amount: number) => money({ amount, currency: cap.currency });
          extra.push({
            ruleId: rule.id,
            quote: g.quote,
            reason: `With the ${fmt(earlier)} offered earlier in the call, this brings what she is given to ${fmt(total)}. ${rule.description}`,
          });
          break;
        }
      }
      if (extra.some((b) => b.ruleId === rule.id)) break;
    }
  }
  return extra.length === 0 ? turn : { ...turn, breaches: [...turn.breaches, ...extra] };
}

/**
 * An unmatched commitment is still one of this call's remedies when its words are an allowed offer's words read a
 * second way ("I'm adding a £40 goodwill voucher": a voucher, and also a credit) or name a remedy of this call ("the
 * complaints team replies within 8 weeks" is the complaint route the policy allows, not an escalation it lacks; "a
 * supervisor can ring you back when you're ready" is the way back of an abusive call's allowed ending).
 */
function ownRemedy(scenario: Scenario, r: CommitmentReading, quote: string): boolean {
  if (r.offers.some((o) => o.remedyId !== null && o.withinPolicy && o.quote.text === quote)) return true;
  const low = quote.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  // (the way back an ending offers, "a supervisor can ring you back when you're ready", is part of the ending the
  // policy allows on an abusive call)
  const wayBack = scenario.engine.endCall?.wayBackTopic;
  return scenario.engine.topics.some((t) => (t.remedy || t.id === wayBack) && t.terms.some((term) => new RegExp(`(?<![a-z0-9])${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![a-z0-9])`).test(low)));
}

/** The remedy kinds a scenario's policy allows or forbids. */
const POLICY_KINDS = new WeakMap<Scenario, Set<string>>();
function policyKinds(scenario: Scenario): Set<string> {
  let k = POLICY_KINDS.get(scenario);
  if (!k) POLICY_KINDS.set(scenario, (k = new Set([...scenario.policy.allowed.map((r) => r.kind as string), ...scenario.policy.forbidden.flatMap((f) => f.breachWhen.flatMap((w) => w.kinds as string[]))])));
  return k;
}

/** The sentence of `text` that holds `quote` (or the quote itself). */
function sentenceOf(text: string, quote: string): string {
  const at = text.indexOf(quote);
  if (at < 0) return quote;
  const start = Math.max(text.lastIndexOf(".", at - 1), text.lastIndexOf("?", at - 1), text.lastIndexOf("!", at - 1), text.lastIndexOf("\n", at - 1)) + 1;
  const rest = text.slice(at + quote.length).search(/[.?!\n](?:\s|$)/);
  return text.slice(start, rest < 0 ? text.length : at + quote.length + rest + 1);
}

/**
 * "you'll see it", "it will be back", "lands", "shows": a claim about when the thing arrives; goods too, "the sofa'll be with
 * you", "squeezed you onto a van for tomorrow" (round 25: a text with the slot beside them does not carry the day).
 */
const ARRIVAL = /\b(?:you(?:'ll| will| should| would)|it(?:'ll| will| should)|(?:will|should|would) be)\s+(?:\w+\s+)?(?:see|have|get|be|land|show|arrive|clear|reach|back|in|with)\b|\b(?:arrives?|lands?|shows? up|clears?|be back|back (?:with|in|on) you)\b|\b\w+'ll be (?:with you|there|round|here)\b|\b(?:on|onto|on to) (?:a|the|\w+'s) (?:van|lorry|truck|run)\b/;
/** "I'm refunding it now", "I've put it through today": the agent's own act, in progress or done. */
const PROCESSING = /\b(?:i'm|i am|i've|i have|we're|we are|we've|we have)\s+(?:\w+ly\s+|just\s+)?(?:refunding|processing|sending|putting|issuing|raising|reversing|refunded|processed|sent|put|issued|raised|reversed)\b/;
/** The money is tied to the event the policy waits for: "once they've collected it", "after collection". */
const AFTER_EVENT = /\b(?:once|after|when|as soon as)\b[^.?!]{0,50}\b(?:collect\w*|got it|picked (?:it )?up|pick(?:s|ed)? (?:it )?up|received|returned|arrives? back|back with us|back at (?:our|the) (?:warehouse|depot))\b/;
/** "The only time we can refund part of it is…", "we can only refund when…": the policy described, not a promise. */
const RULE_STATED = /\b(?:the only (?:time|way|case|reason)s?|only (?:if|when|for|in)|we can only|(?:is|are) only (?:possible|available|allowed))\b/;
const OWN_PROMISE = /\b(?:i'll|i will|i'm going to|i am going to|i've|i have|we'll|we will)\b/;
/** Where a confirmation email or text carries the time, not the money. */
const MESSAGE_TIMING = /\b(?:email|e-mail|text|sms|letter|message|confirmation)\b[^.?!]{0,60}\b(?:confirming|confirmation of|about|with (?:the )?details of|saying)\b/;

/** A message that carries the refund's paperwork (its reference, confirmation, receipt or details), sent now. */
const MESSAGE_REF = /\b(?:email|e-mail|text|sms|letter|message)\b[^.?!]{0,60}\b(?:reference|ref|confirmation|receipt|details|number)\b/;

/**
 * A message that arrives and carries what follows: "you'll get an email in the next few minutes with the refund, the
 * skip and your reference". The time sits with the message; money cannot come inside an email, only its record.
 */
const MESSAGE_CARRIES = /\b(?:you(?:'ll| will| should| would)|it(?:'ll| will))\s+(?:\w+\s+)?(?:get|receive)\s+(?:an?|the|your|our)\s+(?:\w+\s+)?(?:email|e-mail|text|sms|letter|message)\b[^.?!]{0,60}?\b(?:with|listing|setting out|containing)\b/;

/** A message arriving: "you'll get an email", "you should receive a text", "it'll come as a letter". */
const MESSAGE_ARRIVES = /\b(?:you(?:'ll| will| should| would)|it(?:'ll| will))\s+(?:\w+\s+)?(?:get|receive|see|have|come as)\s+(?:an?|the|your|our)\s+(?:\w+\s+)?(?:email|e-mail|text|sms|letter|message|confirmation)\b/g;

/**
 * Breaches the commitment reader finds that are not, by the rule's own terms, a promise: the engine's
 * reading of its output (the reader belongs to src/commitments). A rule on how soon money arrives
 * (`soonerThan`) is not broken by the agent's own act of sending it ("I'm refunding it now") when the
 * sentence claims nothing about arrival, nor by an email that confirms the refund "in the next hour"; a
 * rule on a refund before an event (`before`) is not broken by a refund tied to that event ("once
 * they've got it the £349 goes back"); and describing when the policy allows a remedy ("the only time we
 * can refund part of it is with a doctor's letter") offers nothing (a rule against blame is not about remedies, and
 * such words do not excuse it).
 */
function notAPromise(scenario: Scenario, text: string, ruleId: string, quote: string): boolean {
  const rule = scenario.policy.forbidden.find((f) => f.id === ruleId);
  if (!rule) return false;
  const s = sentenceOf(text, quote).toLowerCase().replace(/[\u2018\u2019]/g, "'");
  const timingRule = rule.breachWhen.length > 0 && rule.breachWhen.every((w) => w.soonerThan);
  const eventRule = rule.breachWhen.length > 0 && rule.breachWhen.every((w) => w.before || w.kinds.every((k) => k === "keep-item"));
  if (timingRule && MESSAGE_TIMING.test(s)) return true;
  // "I'll email you the confirmation and the refund reference now": the message goes now, the money is not said to
  // ("You'll get an email in the next few minutes with your reference and the refund written down": what
  // arrives is the email, so the email's own arrival is not read as the money's)
  if (timingRule && MESSAGE_REF.test(s) && !ARRIVAL.test(s.replace(MESSAGE_ARRIVES, " "))) return true;
  if (timingRule && MESSAGE_CARRIES.test(s) && !ARRIVAL.test(s.replace(MESSAGE_ARRIVES, " "))) return true;
  if (timingRule && PROCESSING.test(s) && !ARRIVAL.test(s)) return true;
  if (eventRule && AFTER_EVENT.test(s) && !/\b(?:keep (?:it|the)|before (?:it's|they|the courier))\b/.test(s)) return true;
  // (a rule against blaming a colleague is broken by what is said of them, not by a promise: "Dean was only in his second
  // week, and he obviously forgot" describes no policy, whatever "only in" reads like; engine round 28, C36-27)
  const aboutRemedies = rule.breachWhen.some((w) => w.kinds.some((k) => k !== "blame-colleague"));
  if (aboutRemedies && RULE_STATED.test(s) && !OWN_PROMISE.test(s)) return true;
  return false;
}
