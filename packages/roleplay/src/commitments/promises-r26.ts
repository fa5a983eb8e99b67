/**
 * Round 26 (gam26): forbidden promises the red team's calls (calls-dev-RT.json) found in other words, read by what the
 * agent committed to (the balance cleared, money given with no sum, goodwill split over the cap, money said to land before
 * a day the policy cannot reach, the sales chat said to have lied on purpose). Each family is one named function over the
 * turn's normalised sentences; `readCommitments` adds what they find to its breaches, one per rule (see README, round 26).
 */
import type { ForbiddenRule, Money, Policy, RemedyKind } from "@defuse/content";
import type { Sentence } from "./tokens";
import { isSoonerThan, type Timing } from "./timing";

/** What the functions need of a mention already read (the reader's `Offer` and `Breach` both fit). */
export interface ReadMention {
  kind: RemedyKind;
  quote: { text: string; start: number; end: number };
  amount?: Money & { text: string };
}

export interface Found {
  kind: RemedyKind;
  quote: { text: string; start: number; end: number };
  cue: string;
  amount?: Money & { text: string; relative?: "open" };
  rule: ForbiddenRule;
  /** Why, in words a learner understands (the rule's description follows). */
  what: string;
}

interface Said {
  /** The sentence's words, normalised and joined by spaces. */
  joined: string;
  question: boolean;
  quote: { text: string; start: number; end: number };
}

function saidOf(text: string, sentences: Sentence[]): Said[] {
  return sentences
    .filter((s) => s.toks.length > 0)
    .map((s) => {
      const start = s.toks[0]!.start;
      const end = s.toks[s.toks.length - 1]!.end;
      return { joined: s.toks.map((t) => t.n).join(" "), question: s.question, quote: { text: text.slice(start, end), start, end } };
    });
}

/**
 * Words before the match, back to the clause's start, that keep it from being a promise: a negation ("I can't write it
 * off"), a hedge or a question of whether ("the team may be able to", "I'll ask whether they can"), a condition ("if").
 */
const NOT_PROMISED_RE =
  /(?:^| )(?:not|never|no|nobody|nothing|may|might|could|whether|if|unless|perhaps|possibly|maybe|able|decide|decides|ask|asking|asked|see if|look at|looking at|review|consider|up to them|can not|cannot|want|wants|wanted|like|hoping|hope|said|say|says|told|about|regarding|as for)(?= |$)/;
/** Words after it in its clause that deny it: "wiping the bill isn't possible", "…is not something I can do". */
const DENIED_AFTER_RE = /^(?:(?:\S+ ){0,3}?(?:is|are|was|would be|will be|'s) (?:not|never) (?:possible|something|an option|allowed|on|happening|going to happen)(?= |$)|:)/;
/** A sentence that reports what she wants: "So you want the drill today, and something for the trouble". */
const HER_WISH_RE = /^(?:(?:so|and|right|okay|ok|now) )*(?:you|she|he) (?:want|wants|wanted|would like|'d like|are asking|asked|are after|were hoping)(?= )/;
function promised(joined: string, at: number, len = 0): boolean {
  if (HER_WISH_RE.test(joined)) return false;
  const head = joined.slice(0, at);
  const from = Math.max(head.lastIndexOf(" , "), head.lastIndexOf(" ; "), head.lastIndexOf(" but "), head.lastIndexOf(" - "));
  if (len > 0 && DENIED_AFTER_RE.test(joined.slice(at + len).trim())) return false;
  return !NOT_PROMISED_RE.test(from < 0 ? head : head.slice(from + 2));
}

/** The first rule of the policy that forbids this kind with no sum, time or event: any such promise breaks it. */
function outrightRule(policy: Policy, kind: RemedyKind): ForbiddenRule | undefined {
  return policy.forbidden.find((f) => f.breachWhen.some((w) => w.kinds.includes(kind) && !w.amountAbove && !w.soonerThan && !w.before));
}

/** The first rule of the policy that caps this kind, and the cap. */
function capRule(policy: Policy, kind: RemedyKind): { rule: ForbiddenRule; cap: Money } | undefined {
  for (const f of policy.forbidden) for (const w of f.breachWhen) if (w.amountAbove && w.kinds.includes(kind)) return { rule: f, cap: w.amountAbove };
  return undefined;
}

/** Sums the policy itself allows exactly (a fee removed, a refund): removing one of them writes nothing off. */
function allowedExact(policy: Policy, amount: number): boolean {
  return policy.allowed.some((r) => r.amount?.exact && Math.abs(r.amount.exact.amount - amount) < 0.005);
}

const CLEAR_VERB =
  "(?:writ(?:e|es|ing)|written|wrote) (?:(?:it|that|this|them|the \\S+|\\S+ 's \\S+) )?off|(?:clear|clears|clearing|cleared|remov(?:e|es|ing|ed)|waiv(?:e|es|ing|ed)|wip(?:e|es|ing|ed)|cancel(?:s|ling|led)?|scrap(?:s|ping|ped)?|settl(?:e|es|ing|ed)|take care of|taking care of|taken care of|took care of)(?: off)?";
const BALANCE =
  "(?:(?:the|that|this|your|his|her|\\S+ 's) )?(?:(?:remaining|outstanding|whole|entire|full|overdue|rest of the) )*(?:balance|bill|debt|arrears|remainder|rest|amount (?:owed|owing|outstanding|left|due)|(?:£|\\$) (\\S+)(?! (?:late |equipment |exit |admin )?(?:fee|fees|charge|charges|credit|voucher|refund|direct debit|debit|payment|payments))(?: (?:bill|balance|debt))?)|what (?:is |'s )?(?:left|owing|owed|outstanding|remaining|still owed|still owing)(?: on (?:the|his|her|\\S+ 's) (?:account|bill))?";
/** The balance cleared, by the agent or by someone the agent speaks for: "I've cleared the balance", "the team will waive what's left". */
const CLEAR_BALANCE_RE = new RegExp(`(?:^| )(?:${CLEAR_VERB}) (?:all of |off )?(?:${BALANCE})(?= |$)`, "g");
/** "Don't worry about the £84.40, the team will take care of it": a sum put out of her mind, then someone said to deal with it. */
const WORRY_THEN_HANDLED_RE = new RegExp(
  `(?:^| )do not (?:you )?worry about (?:${BALANCE})(?: ,)? (?:\\S+ ){0,4}(?:will|is going to|are going to|'ll) (?:\\S+ )?(?:take care of|clear|sort|settle|wipe|waive) (?:it|that|this|them)(?= |$)`,
);

/**
 * The balance written off in other words (RT-07, RT-08, RT-09, RT-11): "I'm writing off the remaining £84.40", "I've also
 * removed the £84.40", "I've cleared the balance", "cleared the £412 bill completely", "I'll make sure the bereavement team
 * knows to clear what's left". Not a sum the policy allows to be removed ("I've removed the £12 late fee"), nor words that
 * promise no outcome ("I can't write it off, but…", "the bereavement team will look at the balance").
 */
export function balanceCleared(policy: Policy, said: Said[]): Found[] {
  const rule = outrightRule(policy, "write-off");
  if (!rule) return [];
  for (const s of said) {
    if (s.question) continue;
    CLEAR_BALANCE_RE.lastIndex = 0;
    for (let m = CLEAR_BALANCE_RE.exec(s.joined); m; m = CLEAR_BALANCE_RE.exec(s.joined)) {
      const sum = m[1] !== undefined ? Number(m[1].replace(/,/g, "")) : undefined;
      if (sum !== undefined && (!Number.isFinite(sum) || allowedExact(policy, sum))) continue;
      if (!promised(s.joined, m.index, m[0].length)) continue;
      return [{ kind: "write-off", quote: s.quote, cue: m[0].trim(), rule, what: "This promises writing off the bill" }];
    }
    const w = WORRY_THEN_HANDLED_RE.exec(s.joined);
    if (w && promised(s.joined, w.index)) return [{ kind: "write-off", quote: s.quote, cue: w[0].trim(), rule, what: "This promises writing off the bill" }];
  }
  return [];
}

/** Something given with no sum, for the trouble: "a little something for the trouble", "you'll be looked after for the trouble". */
const TROUBLE = "(?:for (?:the|your|all the|all this|all of this|this|what happened|the) ?(?:trouble|hassle|inconvenience|wait|upset|bother|stress)?)";
const OPEN_GIFT_RE = new RegExp(
  `(?:^| )(?:a (?:little|small|wee) (?:something|gesture|extra)(?: ${TROUBLE})?|something (?:extra |small |nice )?${TROUBLE}|(?:looked after|taken care of|seen right|made up to you) ${TROUBLE})(?= |$)`,
);
/** Her lost pay made good with no sum: "paid back for the lost day's wages", "covered for your day's pay". */
const OPEN_WAGES_RE =
  /(?:^| )(?:paid|pay|paying|reimburs(?:e|ed|ing)|compensat(?:e|ed|ing)|cover(?:ed|ing)?|refund(?:ed|ing)?) (?:you )?(?:back )?for (?:the |your |that )?(?:lost |missed |unpaid )?(?:day 's |days |day )?(?:wages|pay|earnings|income)(?= |$)/;

/**
 * Compensation promised with no sum (RT-10, RT-13, RT-25): where the policy forbids any compensation, any such promise breaks
 * it; where it caps goodwill, her lost wages (whatever they were) or a gift "on top" of goodwill already given is over the cap.
 */
export function openCompensation(policy: Policy, said: Said[], given: ReadMention[]): Found[] {
  const outright = outrightRule(policy, "compensation");
  const capped = capRule(policy, "compensation");
  if (!outright && !capped) return [];
  for (const s of said) {
    if (s.question) continue;
    const wages = OPEN_WAGES_RE.exec(s.joined);
    const gift = wages ?? OPEN_GIFT_RE.exec(s.joined);
    if (!gift || /(?:£|\$) \S+/.test(s.joined.slice(gift.index, gift.index + gift[0].length + 12)) || !promised(s.joined, gift.index)) continue;
    const open = { amount: Number.POSITIVE_INFINITY, currency: (capped?.cap ?? policy.basis)?.currency ?? "GBP", text: gift[0].trim(), relative: "open" as const };
    if (outright) return [{ kind: "compensation", quote: s.quote, cue: gift[0].trim(), amount: open, rule: outright, what: "This promises compensation" }];
    const onTop = /(?:^| )(?:on top|as well|in addition|besides|another)(?= |$)/.test(s.joined) && given.some((g) => (g.kind === "voucher" || g.kind === "credit" || g.kind === "compensation") && g.amount);
    if (capped && (wages || onTop)) return [{ kind: "compensation", quote: s.quote, cue: gift[0].trim(), amount: open, rule: capped.rule, what: "This promises compensation with no limit to it" }];
  }
  return [];
}

/**
 * One more gift after the first: "and another £15", "a further £10", "a second £5 credit", or with no sum of its own, the
 * same again ("…and another once the sofa's arrived", "another voucher next month"). Group 1 is the sum, when said.
 */
const ONE_MORE_RE =
  /(?:^| )(?:another|a further|a second|an additional|one more)(?: (?:(?:£|\$) (\S+)|(?:one )?(?:(?:credit|voucher|gift card|goodwill)\S*|(?=once|when|after|next|on|to|for|,|\.|$))))/g;

/**
 * Goodwill split over the cap within one turn (RT-14, RT-15, RT-13's "another once the sofa's arrived"): "a £15 credit to
 * your next bill, and another £15 to the one after" gives £30 against a £15 cap. A sum said again with no word that adds it
 * ("that £10 will show on your next bill") is the same gift, counted once. The call's turns are summed by the engine
 * (`withCallTotals`, src/engine/offers.ts); this is the same sum inside one turn.
 */
export function goodwillOverCap(policy: Policy, text: string, said: Said[], given: ReadMention[]): Found[] {
  const first = given
    .filter((g) => (g.kind === "credit" || g.kind === "voucher" || g.kind === "compensation") && g.amount && Number.isFinite(g.amount.amount))
    .sort((a, b) => a.quote.start - b.quote.start)[0];
  if (!first) return [];
  const c = capRule(policy, first.kind);
  if (!c || first.amount!.currency !== c.cap.currency) return [];
  // (from the first gift's sum as said: the reader may already have added an "another £20" said in the same clause)
  const said1 = Number(/[\d.,]+/.exec(first.amount!.text)?.[0]?.replace(/,/g, "") ?? NaN);
  let total = Number.isFinite(said1) ? said1 : first.amount!.amount;
  let at: Said | undefined;
  const sumAt = text.indexOf(first.amount!.text, first.quote.start);
  const from = sumAt >= 0 ? sumAt + first.amount!.text.length : first.quote.end;
  const after = text.slice(from).toLowerCase().replace(/([£$])\s*/g, "$1 ").replace(/([^a-z0-9£$ .,'])/g, " $1 ");
  ONE_MORE_RE.lastIndex = 0;
  for (let m = ONE_MORE_RE.exec(after); m; m = ONE_MORE_RE.exec(after)) {
    const sentenceHead = after.slice(0, m.index).split(/[.!?]\s/).pop() ?? "";
    if (!promised(sentenceHead.replace(/\s+/g, " "), sentenceHead.length)) continue;
    const sum = m[1] !== undefined ? Number(m[1].replace(/,/g, "").replace(/\.$/, "")) : first.amount!.amount;
    if (!Number.isFinite(sum) || sum <= 0) continue;
    total += sum;
    const pos = from + m.index;
    at = said.find((s) => s.quote.start <= pos && s.quote.end >= pos) ?? said.at(-1);
  }
  if (!at || total <= c.cap.amount + 1e-9) return [];
  const amount = { amount: total, currency: c.cap.currency, text: first.amount!.text };
  return [{ kind: first.kind, quote: at.quote, cue: first.amount!.text, amount, rule: c.rule, what: `This promises goodwill adding up to ${sym(c.cap.currency)}${fmt(total)}` }];
}
function sym(currency: string): string {
  return currency === "GBP" ? "£" : currency === "USD" ? "$" : "€";
}
function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}

const WEEKDAY_RE = /(?:^| )(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?= |$)/g;
/** Money said to reach her "well before then": arrival words, then "before then" or "before that". */
const ARRIVES_BEFORE_THEN_RE =
  /(?:^| )(?:with you|back with you|back in your (?:account|bank)|in your (?:account|bank)|(?:will|should|'ll|is going to) (?:\S+ )?(?:land|show|arrive|clear|be back|be there|reach you)|you (?:will|should|'ll) (?:\S+ )?(?:have|see|get) (?:it|that|the money|your money))(?: (?!(?:but|and|if|unless)(?= ))\S+){0,4} (?:well |long |way |comfortably |easily |just )?before (?:then|that)(?= |$)/;
const MONEY_NAMED_RE = /(?:^| )(?:money|refund|£|\$|cash|it)(?= |$)/;

/**
 * A date earlier than the policy allows, said by pointing back (RT-16): "Don't worry about Friday… the money will be with
 * you well before then" on a Wednesday, against a refund that takes 3 to 5 working days. "Then" is the weekday named last
 * before it in the turn; the arrival is read as "before Friday". An honest "it should land Monday to Wednesday" names days
 * that meet the bound and is left to the reader.
 */
export function arrivesBeforeNamedDay(policy: Policy, said: Said[]): Found[] {
  let lastDay: string | undefined;
  for (const s of said) {
    const m = ARRIVES_BEFORE_THEN_RE.exec(s.joined);
    // ("Don't worry about Friday, … the money will be with you well before then": the day may be named in the same sentence)
    if (m) lastDay = lastWeekday(s.joined.slice(0, m.index)) ?? lastDay;
    if (m && lastDay && !s.question && MONEY_NAMED_RE.test(s.joined) && promised(s.joined, m.index)) {
      const t: Timing = { text: `before ${lastDay}`, start: 0, end: 0, weekday: lastDay as Timing["weekday"], strictlyBefore: true };
      for (const f of policy.forbidden)
        for (const w of f.breachWhen)
          if (w.kinds.includes("refund") && w.soonerThan && isSoonerThan(t, w.soonerThan, policy.callDay))
            return [{ kind: "refund", quote: s.quote, cue: m[0].trim(), rule: f, what: `This promises a refund (before ${lastDay})` }];
    }
    lastDay = lastWeekday(s.joined) ?? lastDay;
  }
  return [];
}
function lastWeekday(words: string): string | undefined {
  let day: string | undefined;
  WEEKDAY_RE.lastIndex = 0;
  for (let d = WEEKDAY_RE.exec(words); d; d = WEEKDAY_RE.exec(words)) day = d[1];
  return day;
}

/** The sales side said to have invented the answer, or to have said it to sell (RT-18). */
const MADE_UP_TO_SELL_RE =
  /(?:^| )(?:made (?:(?:the|that|this|an|its|their) )?(?:answer|reply|bit|claim|part|stuff|it|that) up|(?:just |only )?to (?:get|make|close|land|win|secure|clinch|grab) (?:the|a|that|your) (?:sale|deal)|(?:just |only )?to sell (?:you|it|the plan|premium)(?= (?:the |a |premium|plan|,|\.|$)|$))(?= |$)/;
const SALES_SIDE_RE = /(?:^| )(?:sales|chat|chatbot|bot|website|they|he|she|salesperson|advisor|adviser|agent)(?= |$)/;

/**
 * The sales chat said to have lied on purpose, in other words (RT-18): "the sales chat basically made that answer up to get
 * the sale". Not "the sales chat's answer was misleading, and I've logged it", nor "not just to make a sale".
 */
export function salesSaidToLie(policy: Policy, said: Said[]): Found[] {
  const rule = outrightRule(policy, "blame-colleague");
  if (!rule) return [];
  for (const s of said) {
    const m = MADE_UP_TO_SELL_RE.exec(s.joined);
    if (!m || !SALES_SIDE_RE.test(s.joined.slice(0, m.index)) || !promised(s.joined, m.index)) continue;
    return [{ kind: "blame-colleague", quote: s.quote, cue: m[0].trim(), rule, what: "This puts the fault on a colleague" }];
  }
  return [];
}

/**
 * The refund said to be done already, in the agent's own act ("I've processed your full £349 refund", "we've put your refund
 * through", RT-17): done before the event the policy waits for, unless the sentence waits for it ("once they've collected it").
 * Read by `breachesOf` (read.ts) beside its "already" form.
 */
export const REFUND_DONE_NOW_RE =
  /(?:^| )(?:i|we) (?:have|had) (?:(?:also|just|now|already|gone ahead and|today) )*(?:processed|issued|refunded|paid|released|authorised|authorized|approved|(?:put|pushed|sent) (?:\S+ ){0,4}?through)(?= |$)|(?:^| )(?:your|the) (?:full )?refund (?:is|'s|has been) (?:now |already |all )?(?:done|processed|through|sorted)(?! (?:within|in|after|once|when|by|as soon as)(?= ))(?= |$)/;

/** All of round 26's readings of a turn, at most one per rule, skipping rules the reader already found broken. */
export function promisesR26(policy: Policy, text: string, sentences: Sentence[], given: ReadMention[], brokenRules: Set<string>): Found[] {
  const said = saidOf(text, sentences);
  const out: Found[] = [];
  for (const found of [balanceCleared(policy, said), openCompensation(policy, said, given), goodwillOverCap(policy, text, said, given), arrivesBeforeNamedDay(policy, said), salesSaidToLie(policy, said)]) {
    for (const f of found) {
      if (brokenRules.has(f.rule.id) || out.some((o) => o.rule.id === f.rule.id)) continue;
      out.push(f);
    }
  }
  return out;
}
