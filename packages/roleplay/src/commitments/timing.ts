import type { PolicyEvent, TimeBound, Weekday } from "@defuse/content";
import { parseNumber } from "./amounts";
import { literalPrefilter, PrefilterSet } from "../analyser/prefilter";

const WEEKDAYS: Weekday[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

/** When something is said to happen, as far as the words say. */
export interface Timing {
  /** The learner's words ("tomorrow morning", "3 to 5 working days"). */
  text: string;
  /** Token range [start, end) in the sentence. */
  start: number;
  end: number;
  /** Calendar days from the call (0 = today), when the words pin it down. */
  days?: number;
  /** Working days, when the words count them ("3 to 5 working days" is 3 at the earliest). */
  workingDays?: number;
  /** A named weekday, resolved with the policy's call day. */
  weekday?: Weekday;
  /** "up to five working days", "within 48 hours of the reading": a latest, not an earliest. */
  upTo?: boolean;
  /** "sooner", "an earlier slot", "as urgent": faster than what is on offer. */
  sooner?: boolean;
  after?: PolicyEvent;
  before?: PolicyEvent;
  /** "Before Thursday", "well before Friday": a day earlier than the weekday named. */
  strictlyBefore?: boolean;
  /** "next Monday": the weekday of the week after, never the call's own day (engine round 24). */
  next?: boolean;
  /** Said as the thing turned down: "tomorrow rather than next week". */
  contrasted?: boolean;
  /** Where it sits in the utterance (sentence, then token), to tell "today… then 3 to 5 days" apart. */
  pos?: number;
}

const EVENT_WORDS: [PolicyEvent, RegExp][] = [
  ["collection", /(?:collect|collects|collected|collecting|collection|picks? (?:it )?up|picked up|pick it up|back with us|sent it back|send it back|returned|have it back|got it back)/],
  ["proof-of-return", /(?:receipt|tracking number|proof|reference number)/],
  ["meter-reading", /(?:reading|read me the meter|read the meter|meter read)/],
  ["corrected-bill", /(?:corrected bill|new bill|bill is (?:issued|corrected|reissued)|reissued)/],
  ["doctors-letter", /(?:doctor|gp|medical)/],
];

/** The event the policy waits for that these words name ("a letter from your GP" is the doctor's letter), if any. */
export function eventNamed(words: string): PolicyEvent | undefined {
  return EVENT_WORDS.find(([, re]) => re.test(words))?.[0];
}

interface TimeCue {
  re: RegExp;
  make: (m: RegExpExecArray, toks: string[]) => Omit<Timing, "text" | "start" | "end"> | null;
}

const NUM = "(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|couple of|a few|few|twenty - four|forty - eight|twenty four|forty eight)";
function num(s: string | undefined): number {
  if (!s) return NaN;
  if (s === "a couple of" || s === "couple of") return 2;
  if (s === "a few" || s === "few") return 3;
  const toks = s.split(" ");
  const n = parseNumber(toks, 0);
  return n ? n.value : NaN;
}

const cues: TimeCue[] = [
  // events first, so "once the courier has collected it" is not read as a bare time
  {
    re: /(?:^| )(?:once|after|when|as soon as|the moment|following|follows?|until|till|upon|on|with) (?:(?!before |[,;:.!?]+ )\S+ ){0,6}(?:collect\S*|picks? (?:it )?up|picked up|back with us|sent (?:it )?back|receipt|tracking number|proof|reading|read (?:me )?the meter|corrected bill|new (?:one 's|one is|bill) (?:issued|out)|bill is (?:issued|out|corrected)|doctor 's letter|doctor)(?= |$)/g,
    make: (m) => {
      const ev = EVENT_WORDS.find(([, re]) => re.test(m[0]));
      return ev ? { after: ev[0] } : null;
    },
  },
  {
    re: /(?:^| )(?:(?:within|of) (?:\S+ ){0,3}(?:collection|collecting|being collected))(?= |$)/g,
    make: () => ({ after: "collection" }),
  },
  {
    re: /(?:^| )(?:before (?:the courier|the driver|it is|it 's|we|they|anyone) (?:\S+ ){0,2}(?:collect\S*|pick(?:s|ed)? (?:it |them |the \S+ )?up|get it back|gets to you|arrives|comes|turns up|knocks|shows up|gets there)|first (?:, )?(?:and )?then (?:\S+ ){0,3}(?:collect\S*|pick (?:it )?up|send it back)|before (?:the )?collection|no need to wait for (?:the )?(?:collection|courier)|without waiting for (?:the )?(?:collection|courier|it))(?= |$)/g,
    make: () => ({ before: "collection" }),
  },
  {
    re: /(?:^| )(?:sooner|earlier slot|earlier appointment|earlier than|earlier (?:delivery|date|day|drop|van|visit)|(?:bring|brings|bringing|brought|pull|pulls|pulling|pulled) (?:\S+ ){0,3}?forward|(?:move|moves|moving|moved) (?:\S+ ){1,3}?forward|bump (?:you |it )?up|bumped (?:you |it )?up|as urgent|as a priority|priority|fast - track|fast track|fast-track|fast - tracked|fast-tracked|fast tracked|expedite|expedited|expediting|rushed|rush it|jump the queue|urgent one|push (?:it |the \S+ )?through|(?:will not|do not|does not|not|never) (?:have|need) to wait (?:(?:that |as |very )?long|till|until)|pull(?:ed|ing)? (?:a few |some |a couple of )?strings|(?:front|top|head) of the (?:queue|list|pile|line)|(?:marked|flagged|put|mark|flag) (?:it |this |that |the \S+ )?(?:as )?urgent)(?= |$)/g,
    make: () => ({ sooner: true }),
  },
  {
    re: new RegExp(`(?:^| )(?:within|in|up to|under|inside) (?:the next )?${NUM} (?:- )?(?:working |business )?days?(?= |$)`, "g"),
    make: (m) => {
      const n = num(m[1]);
      if (!Number.isFinite(n)) return null;
      const working = /working|business/.test(m[0]);
      const upTo = /within|up to|under|inside/.test(m[0]);
      return working ? { workingDays: n, upTo } : { days: n, upTo };
    },
  },
  {
    re: new RegExp(`(?:^| )${NUM} (?:to|-|or) ${NUM} (?:working |business )?days?(?= |$)`, "g"),
    make: (m) => {
      const n = num(m[1]);
      if (!Number.isFinite(n)) return null;
      return /working|business/.test(m[0]) ? { workingDays: n } : { days: n };
    },
  },
  {
    re: /(?:^| )(\d+|three|five|ten) (?:- )?(?:working |business )days?(?= |$)/g,
    make: (m) => {
      const n = num(m[1]);
      return Number.isFinite(n) ? { workingDays: n } : null;
    },
  },
  {
    re: new RegExp(`(?:^| )(?:within|in|inside|under) (?:the next )?(?:${NUM} |an |the )?(?:hours?|minutes?|mins?)(?= |$)`, "g"),
    make: (m) => {
      const n = num(m[1]);
      if (/minute|min/.test(m[0])) return { days: 0 };
      if (!Number.isFinite(n)) return { days: 0 };
      return { days: n <= 12 ? 0 : Math.ceil(n / 24) };
    },
  },
  {
    re: /(?:^| )(?:already (?:back )?(?:in|on|into) your (?:account|card|bank)|already back with you|back (?:in|on|into) your (?:account|card|bank) already|right now|right away|straight away|straightaway|immediately|instantly|now|as we speak|this minute|on this call|while we are on the phone|while you are on the phone|today|tonight|this afternoon|this evening|this morning|same day|same - day|end of (?:the )?day|close of business|end of today|by the end of (?:the|to) ?day|later today|by lunchtime|in a moment|in a minute|shortly|in no time|within minutes|in minutes|before you (?:hang up|get off the phone|go)|by the time you|end of play|eod|before you know it|before bed|before bedtime|before the day (?:is|'s) out|before you go to (?:bed|sleep)|instant|before you(?: have)?(?: even)? (?:finish|finished|get home|get back|hang up|get off|go)|by the time you(?: get| are)?)(?= |$)/g,
    make: () => ({ days: 0 }),
  },
  {
    re: /(?:^| )(?:day after tomorrow)(?= |$)/g,
    make: () => ({ days: 2 }),
  },
  {
    re: /(?:^| )(?:tomorrow|first thing|overnight|next day|next - day|in the morning)(?= |$)/g,
    make: () => ({ days: 1 }),
  },
  {
    re: /(?:^| )(?:this week|in the next (?:day|couple of days|few days)|in a day or two|in a couple of days)(?= |$)/g,
    make: () => ({ days: 2 }),
  },
  {
    re: /(?:^| )(?:by the weekend|this weekend|before the weekend|over the weekend|at the weekend)(?= |$)/g,
    make: () => ({ weekday: "saturday" }),
  },
  {
    re: /(?:^| )(?:by |before )?(?:the )?end of (?:the |this )?week(?= |$)/g,
    make: () => ({ weekday: "friday" }),
  },
  {
    re: /(?:^| )(?:next week)(?= |$)/g,
    make: () => ({ days: 7 }),
  },
  {
    // "Tuesday week", "a week on Tuesday", "a week Tuesday": the named day of the week after, at least a week away
    // (lead, round 23: "I'll ring you Tuesday week at eleven" is no call tomorrow)
    re: /(?:^| )(?:(?:on |by )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) week|a week (?:on |from |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))(?= |$)/g,
    make: () => ({ days: 7 }),
  },
  {
    // "well before next Tuesday" is before it, as "before Tuesday" is
    re: /(?:^| )(?:(?:(?:well|way|long|even) )?before (?:next |this )?|(?:on |by )?(?:next |this )?)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?= |$)/g,
    make: (m) => (/before/.test(m[0]) ? { weekday: m[1] as Weekday, strictlyBefore: true } : { weekday: m[1] as Weekday, ...(/(?:^| )next /.test(m[0]) ? { next: true } : {}) }),
  },
  {
    re: /(?:^| )(?:next month|in the spring|in the summer|by the summer|by the end of the year|end of the year|later this year|next year|q[1-4]|by (?:january|february|march|april|may|june|july|august|september|october|november|december)|in (?:january|february|march|april|june|july|august|september|october|november|december)|on the \d+(?:st|nd|rd|th)?)(?= |$)/g,
    make: () => ({ days: 30 }),
  },
];

/** For tests (speed round 24): the time cues' patterns, in the order they are tried. */
export const TIME_CUE_PATTERNS: readonly RegExp[] = cues.map((c) => c.re);

/** Where each token starts in the space-joined string. */
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

/**
 * Speed round 24: which time cues may match a sentence, said by one pass over it (`PrefilterSet`, as for the reader's kind cues
 * since speed round 23) instead of running all twenty on every sentence, most of which name no time. A cue skipped holds none of
 * the strings every match of it needs, so it would have found nothing. Built once the process has read some sentences, so a
 * one-input CLI run does not pay for reading the patterns.
 */
let timeSet: PrefilterSet | null = null;
let timeSentences = 0;
const TIME_SET_AFTER = 40;

/** Timings in a run of normalised tokens (joined string and token starts given by the caller). */
export function findTimings(joined: string, starts: number[], toks: string[]): Timing[] {
  const out: Timing[] = [];
  const taken: [number, number][] = [];
  if (timeSet === null && ++timeSentences > TIME_SET_AFTER) timeSet = new PrefilterSet(cues.map((c) => literalPrefilter(c.re)));
  timeSet?.scan(joined);
  for (let ci = 0; ci < cues.length; ci++) {
    const c = cues[ci]!;
    if (timeSet !== null && !timeSet.mayMatch(ci)) continue;
    c.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = c.re.exec(joined))) {
      const lead = m[0].startsWith(" ") ? 1 : 0;
      const a = m.index + lead;
      const b = m.index + m[0].length;
      if (taken.some(([x, y]) => a < y && b > x)) continue;
      const made = c.make(m, toks);
      if (!made) continue;
      taken.push([a, b]);
      const start = tokenAt(starts, a);
      const end = tokenAt(starts, b - 1) + 1;
      out.push({ text: joined.slice(a, b), start, end, ...made });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * Days from the call day to a weekday said: the next one after it. Said of the call's own day ("on Monday" on a Monday call,
 * "this Monday"), the weekday is today, unless "next" puts it in the week after (engine round 24); "before Monday" on a
 * Monday is before the next one.
 */
function dayOf(callDay: Weekday, t: Timing): number {
  return t.weekday === callDay && !t.next && !t.strictlyBefore ? 0 : daysUntil(callDay, t.weekday!);
}

function daysUntil(from: Weekday, to: Weekday): number {
  const d = (WEEKDAYS.indexOf(to) - WEEKDAYS.indexOf(from) + 7) % 7;
  return d === 0 ? 7 : d;
}

/** Working days (Monday to Friday) in the `days` after the call day. */
function workingDaysIn(days: number, callDay: Weekday | undefined): number {
  if (!callDay) return days;
  let n = 0;
  let d = WEEKDAYS.indexOf(callDay);
  for (let i = 0; i < days; i++) {
    d = (d + 1) % 7;
    if (d < 5) n++;
  }
  return n;
}

/** Calendar days from the call, if the words pin them down. */
export function timingDays(t: Timing, callDay: Weekday | undefined): number | undefined {
  if (t.days !== undefined) return t.days;
  if (t.weekday && callDay) return Math.max(0, dayOf(callDay, t) - (t.strictlyBefore ? 1 : 0));
  if (t.workingDays !== undefined) return t.workingDays; // a lower bound in calendar days
  return undefined;
}

/** Whether a stated timing promises something earlier than the bound allows. */
export function isSoonerThan(t: Timing, bound: TimeBound, callDay: Weekday | undefined): boolean {
  if (t.sooner) return true;
  if (t.upTo || t.after || t.before) return false;
  const days = timingDays(t, callDay);
  if (days === undefined) return false;
  if (bound.days !== undefined) return days < bound.days;
  if (bound.workingDays !== undefined) {
    const wd = t.workingDays ?? workingDaysIn(days, callDay);
    return wd < bound.workingDays;
  }
  if (bound.weekday) {
    if (!callDay) return false;
    return days < daysUntil(callDay, bound.weekday);
  }
  return false;
}

/** Whether a stated timing meets or passes the bound (so a "today" nearby is about sending, not arriving). */
export function meetsBound(t: Timing, bound: TimeBound, callDay: Weekday | undefined): boolean {
  if (t.sooner || t.before) return false;
  if (t.after) return true;
  const days = timingDays(t, callDay);
  if (days === undefined) return false;
  return !isSoonerThan({ ...t, upTo: false }, bound, callDay) && days > 0;
}
