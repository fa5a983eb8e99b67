import { z } from "zod";

/**
 * A scenario's policy as structured data: the remedies an agent may offer (what, how much, when, on
 * what condition) and the forbidden rules, each stated against those structures ("a refund before
 * collection", "a credit above £15", "any free months"). The role-play engine's commitment reader
 * (`@defuse/roleplay`, `readCommitments`) turns what the agent says into the same structures and holds
 * it against these rules. Descriptions are shown to learners; keep them in plain words.
 */

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "ids are lower-case kebab-case");
const text = z.string().trim().min(1);

/**
 * What a commitment is about. The first group are remedies a policy may allow; the second group are
 * things agents promise or say that policies forbid (they never appear as allowed remedies).
 */
export const REMEDY_KINDS = [
  "refund",
  "credit",
  "voucher",
  "compensation",
  "replacement",
  "repair",
  "callback",
  "cancellation",
  "fee-removal",
  "membership-transfer",
  "freeze",
  "plan-change",
  "engineer-visit",
  "payment-hold",
  "instalments",
  "bill-reissue",
  "escalation",
  "guide",
  "feedback-log",
  "end-call",
  // things only forbidden rules speak about
  "free-period",
  "free-upgrade",
  "future-feature",
  "exception",
  "write-off",
  "keep-item",
  "blame-colleague",
] as const;
export const RemedyKind = z.enum(REMEDY_KINDS);
export type RemedyKind = z.infer<typeof RemedyKind>;

export const Currency = z.enum(["GBP", "USD", "EUR"]);
export const Money = z.object({ amount: z.number().nonnegative(), currency: Currency });
export type Money = z.infer<typeof Money>;

/** Events a remedy can wait for. The commitment reader knows how agents say each one. */
export const POLICY_EVENTS = ["collection", "proof-of-return", "meter-reading", "corrected-bill", "doctors-letter"] as const;
export const PolicyEvent = z.enum(POLICY_EVENTS);
export type PolicyEvent = z.infer<typeof PolicyEvent>;

export const Weekday = z.enum(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);
export type Weekday = z.infer<typeof Weekday>;

/**
 * The earliest a thing can honestly happen. `days` are calendar days from the call, `workingDays`
 * skip weekends, `weekday` is the next such day after the call (needs `policy.callDay`).
 */
export const TimeBound = z
  .object({
    days: z.number().int().nonnegative().optional(),
    workingDays: z.number().int().nonnegative().optional(),
    weekday: Weekday.optional(),
    /** How a learner would say it: "3 to 5 working days", "next Tuesday". */
    label: text,
  })
  .refine((b) => [b.days, b.workingDays, b.weekday].filter((x) => x !== undefined).length === 1, {
    message: "a time bound has exactly one of days, workingDays or weekday",
  });
export type TimeBound = z.infer<typeof TimeBound>;

export const RemedyTiming = z.object({
  /** Plain words for learners: "leaves the same day, shows in 3 to 5 working days". */
  text: text,
  /** The remedy only happens after this event. */
  after: PolicyEvent.optional(),
  /** The earliest it can happen (or arrive). */
  earliest: TimeBound.optional(),
  /**
   * When it leaves us, where that is earlier than when it arrives ("leaves the same day, shows in 3 to 5
   * working days"): the agent's own act at this time ("I'm refunding it now") is the remedy, not a promise
   * of when the money or goods reach the customer.
   */
  leaves: TimeBound.optional(),
});

/** Something the agent may offer. */
export const AllowedRemedy = z.object({
  id: id,
  description: text,
  kind: RemedyKind,
  /** The most the agent may give (a credit, a voucher), or the exact sum involved (a refund, a fee). */
  amount: z.object({ max: Money.optional(), exact: Money.optional() }).optional(),
  timing: RemedyTiming.optional(),
  /** Conditions in plain words ("once the customer gives a Post Office receipt"). */
  conditions: z.array(text).default([]),
});
export type AllowedRemedy = z.infer<typeof AllowedRemedy>;

/**
 * One shape of commitment that breaks a rule. With no limit, any commitment of these kinds breaks it;
 * `amountAbove` breaks it when the amount is larger; `soonerThan` when the agent's timing is earlier;
 * `before` when it is promised before the event (explicitly, or as "now/today/tomorrow" without waiting
 * for the event).
 */
export const BreachCondition = z.object({
  kinds: z.array(RemedyKind).min(1),
  amountAbove: Money.optional(),
  soonerThan: TimeBound.optional(),
  before: PolicyEvent.optional(),
  /**
   * Commitments by these doers do not break it: the rule is about someone else's act ("the bereavement team will call"),
   * so the agent's own call back ("I'll ring you Tuesday") is not it. A clause that names another doer ("I'll get the
   * team to ring you tomorrow") is still that doer's act.
   */
  exceptBy: z.array(z.enum(["agent", "company", "customer", "third-party", "unspecified"])).optional(),
});
export type BreachCondition = z.infer<typeof BreachCondition>;

export const ForbiddenRule = z.object({
  id: id,
  description: text,
  /** The rule is broken when the agent commits to anything matching one of these. */
  breachWhen: z.array(BreachCondition).min(1),
});
export type ForbiddenRule = z.infer<typeof ForbiddenRule>;

/** Either kind of rule, where only the id and the learner-facing description matter. */
export const PolicyRule = z.object({ id: id, description: text });
export type PolicyRule = z.infer<typeof PolicyRule>;

export const Policy = z.object({
  allowed: z.array(AllowedRemedy).min(1),
  forbidden: z.array(ForbiddenRule).min(1),
  /** The sum in dispute, so "half" or "the full amount" can be read as money. */
  basis: Money.optional(),
  /** The day of the week the call takes place, so "by Friday" or "next Tuesday" can be compared. */
  callDay: Weekday.optional(),
});
export type Policy = z.infer<typeof Policy>;
