/**
 * Coherence round 30 (C36's readers, r75 and r76): what the customer's reply answers in the form of the agent's turn, read off
 * the words of the turn and of her own last line. Pure functions on lower- or mixed-case text; `conversation.ts` decides what she
 * says with them. Kept apart so that the reply choice of this round reads in one place.
 */
import { lower, sentences } from "./substance";

const WEEKDAY_G = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
const HOURS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/**
 * A time of day: "at ten in the morning", "around eleven", "2pm", "10:30", "eleven o'clock"; not a count ("two working days",
 * "in 3 to 5 days", "£84.40"): a bare number needs "at", "around", "about" or "for" before it and no unit after it.
 */
const CLOCK =
  /\b(?:(?:at|around|about|for|by|after|before|from)\s+)?((?:\d{1,2}(?!\d)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)(?:[.:]\d{2})?)(\s*(?:am|pm|a\.m\.|p\.m\.|o'clock)|\s+in the (?:morning|afternoon|evening))?(?!\s*(?:working|business|days?|weeks?|months?|minutes?|hours?|years?|pounds?|quid|to \d|-|%))/gi;

/** The times of day a text names, as hours on a 24-hour clock, with the words that named them. */
export function clockTimes(text: string): { hour: number; words: string; rel: "after" | "before" | "at" }[] {
  const out: { hour: number; words: string; rel: "after" | "before" | "at" }[] = [];
  for (const m of text.slice(0, 2000).matchAll(CLOCK)) {
    const lead = /^(?:at|around|about|for|by|after|before|from)\s/i.test(m[0]);
    const unit = m[2]?.trim().toLowerCase() ?? "";
    if (!lead && !unit) continue;
    // (a bare "at" number must be a word or a plain hour: "at 10", "around eleven"; not "for £15" or "by 5 working days", read above)
    if (/[£$]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) continue;
    const n = m[1]!.toLowerCase();
    let hour = HOURS[n] ?? Number.parseInt(n, 10);
    if (!Number.isFinite(hour) || hour < 1 || hour > 23) continue;
    if (/pm|p\.m\.|afternoon|evening/.test(unit) && hour < 12) hour += 12;
    else if (!/am|a\.m\.|morning/.test(unit) && hour >= 1 && hour <= 6) hour += 12;
    const rel = /^(?:after|from)\s/i.test(m[0]) ? "after" : /^before\s/i.test(m[0]) ? "before" : "at";
    out.push({ hour, words: m[0].trim(), rel });
  }
  return out;
}

/** A sentence booking a call or a visit: "That's booked", "I'll ring you on…", "I've put you down for…". */
const BOOKING = /\b(?:booked|book(?:ed|ing)? (?:you|it|that) in|put you down|(?:i|we)(?:'ll| will) (?:ring|call|phone|see) you|(?:ring|call|phone)(?:ing)? you (?:back )?(?:on|at)|that's (?:in|set)|see you (?:on|at))\b/;
/** A sentence that opens on the slot itself: "Thursday the week after next, at ten in the morning." */
const OPENS_ON_DAY = /^\W*(?:(?:so|right|okay|ok|lovely|great|perfect|brilliant|fine)[,.!]?\s+)?(?:(?:on|this|next|for)\s+)?(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;

/**
 * A call back or visit the turn books on a day, or at a time, other than the one she gave in her last line (when she had been
 * asked for one): "Thursday the week after next, at ten in the morning. That's booked." after "The Tuesday, late morning, around
 * eleven." The agent's day (or time) and hers, in words; undefined when the turn books hers, names hers, or books nothing.
 */
export function otherSlot(herLast: string, text: string): { kind: "day" | "time"; theirs: string; mine: string } | undefined {
  const hers = [...herLast.matchAll(WEEKDAY_G)].map((m) => m[1]!.toLowerCase());
  const low = lower(text.slice(0, 2000));
  const booked = sentences(low)
    .map((sp) => low.slice(sp.start, sp.end))
    .filter((x) => !x.includes("?") && (BOOKING.test(x) || OPENS_ON_DAY.test(x)) && !/^\W*(?:if|unless)\b/.test(x));
  if (booked.length === 0) return undefined;
  const cap = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  if (hers.length === 1) {
    const mine = hers[0]!;
    if (new RegExp(`\\b${mine}\\b`).test(low)) return undefined;
    // (the day of the booking's own clause, not a deadline beside it: "the bereavement team ringing by Wednesday; and me ringing you on the day you picked")
    const clauses = booked.flatMap((x) => x.split(/[;:]|,\s+(?:and\s+)?|\s+and\s+(?=(?:me|i|we|they|the|your)\b)/)).filter((x) => BOOKING.test(x) || OPENS_ON_DAY.test(x));
    const theirs = clauses.flatMap((x) => [...x.matchAll(WEEKDAY_G)].filter((m) => !/\b(?:by|before|until|till)\s+$/.test(x.slice(0, m.index))).map((m) => m[1]!.toLowerCase())).find((d) => d !== mine);
    if (theirs) return { kind: "day", theirs: cap(theirs), mine: cap(mine) };
  }
  // (the same day, or none said, and another hour: "at ten" after "around eleven")
  const myTimes = clockTimes(herLast);
  if (myTimes.length !== 1) return undefined;
  const theirTimes = booked.flatMap((x) => clockTimes(x));
  // (her "after two" holds four o'clock, her "before twelve" ten; "around eleven" only eleven)
  const mine = myTimes[0]!;
  const holds = (h: number) => (mine.rel === "after" ? h >= mine.hour : mine.rel === "before" ? h < mine.hour : h === mine.hour);
  if (theirTimes.length === 0 || theirTimes.some((t) => holds(t.hour))) return undefined;
  // (a bare number is said with its "at": "At 2? I said around eleven.", not "2?")
  const strip = (w: string) => (/^(?:at|for|by|from)\s+\d+$/i.test(w) ? w.replace(/^(?:for|by|from)\s+/i, "at ") : w.replace(/^(?:at|for|by|from)\s+/i, ""));
  return { kind: "time", theirs: cap(strip(theirTimes[0]!.words)), mine: strip(myTimes[0]!.words) };
}

/** A day (and time) she is told to name, not asked in a question: "Tell me a day and time that suits you", "let me know a day". */
export const DAY_TOLD_TO = /\b(?:tell me|let me know|give me|pick|choose|name)\s+(?:a|the|which|what)\s+(?:day|date|time)(?:\s+and\s+(?:a\s+)?time)?\b/;

/**
 * An either-or put as a yes/no question between two courses she can name: "Would you like to stay on the annual plan, or move to
 * monthly?", "Do you want me to email it, or text it?". The two courses in the agent's words; undefined for a plain offer.
 */
const EITHER_OR = /\b(?:would you (?:like|prefer|rather)|do you (?:want|prefer)|are you happy to|shall (?:i|we)|should (?:i|we))\s+(?:(?:me|us)\s+)?(?:to\s+)?([^?,;]{3,60}?),?\s+or\s+(?:would you (?:rather|like|prefer)\s+(?:(?:me|us)\s+)?(?:to\s+)?|(?:should|shall) (?:i|we)\s+|(?:me|us)\s+|to\s+)?([^?,;]{2,60}?)\s*\?/i;
export function eitherOr(text: string): [string, string] | undefined {
  const t = text.slice(0, 2000);
  const q = sentences(t)
    .map((sp) => t.slice(sp.start, sp.end))
    .filter((x) => x.includes("?"))
    .pop();
  if (!q) return undefined;
  const m = EITHER_OR.exec(q);
  if (!m) return undefined;
  const a = m[1]!.trim();
  const b = m[2]!.trim();
  // (not "or not", "or anything else", "or is there…": a yes/no with a tail)
  if (/^(?:not|no|anything|something|is|are|was|were|do|does|did)\b/i.test(b) || a.split(/\s+/).length > 9 || b.split(/\s+/).length > 9) return undefined;
  // (not "that, or would one of the options work?": each a course in words of its own)
  const PRONOUN_ONLY = /^(?:that|this|it|those|these|them|one|one of (?:the|those|these) (?:options|ones|things)(?: \w+)?|something else|the other(?: one)?)$/i;
  if (PRONOUN_ONLY.test(a) || PRONOUN_ONLY.test(b) || a.split(/\s+/).length < 2) return undefined;
  return [a, b];
}

/** A request to check now that something sent has arrived: "Can you check it has arrived?", "could you check your inbox?". */
export const CHECK_ARRIVED =
  /\b(?:(?:can|could|would|will) you (?:just |quickly |please )?|^\W*(?:please )?)(?:check|see|look)\b[^.?!]{0,40}\b(?:(?:arrived|come through|landed|come in|reached you)\b|(?:in|on) your (?:inbox|emails?|texts?|phone)\b)/;
/** The request to check, in the last sentence that asks something, with no answer written into a pause after it ("Can you check it's arrived? ... Good."). */
export function asksToCheck(text: string): boolean {
  const t = text.slice(0, 2000);
  const sents = sentences(t).map((sp) => lower(t.slice(sp.start, sp.end)).trim());
  const at = sents.findIndex((x) => CHECK_ARRIVED.test(x) && x.includes("?"));
  return at >= 0 && !sents.slice(at + 1).some((x) => x.includes("?")) && !/\.\.\.|…/.test(t.slice(t.toLowerCase().indexOf(sents[at]!.slice(0, 20))));
}

/**
 * Stock words of a script heard as one, by family (the taxonomy's "recited" empathy and apology): "rest assured", "I take full
 * ownership", "I understand your frustration", "apologise for the inconvenience", "your concern is important to us", "so that I can
 * assist you better", "I validate that", "I truly empathise", "as a solution, …", "to set your expectations, …".
 */
const SCRIPT_WORDS = [
  /\brest assured\b/,
  /\b(?:take|taking) full ownership\b/,
  /\bi (?:completely |totally |fully )?understand (?:your|the) frustration\b/,
  /\b(?:apologi[sz]e|sorry) for (?:any|the) inconvenience\b/,
  /\byour (?:concern|call|business|custom) is (?:very )?important to us\b/,
  /\bso (?:that )?i (?:can|may) (?:better )?assist you(?: better)?\b/,
  /\bi validate (?:that|you|your)\b/,
  /\bi (?:truly |sincerely |completely )?empathi[sz]e with\b/,
  /\b(?:as|for) (?:a|the) (?:solution|option|next step)\s*,/,
  /\bto set (?:your|the) expectations?\b/,
  /\bi (?:completely |totally )?understand how you feel\b/,
  /\bvalued customer\b/,
];
/** How many stock words of a script the turn (lower case) holds. */
export function scriptWords(low: string): number {
  return SCRIPT_WORDS.filter((re) => re.test(low)).length;
}
/** An excuse for the service: "it gets very busy sometimes", "we've been really short-staffed", "high call volumes", "things slip". */
const EXCUSES = /\b(?:it(?:'s| is| gets| has been| was)|we(?:'re| are| were| have been|'ve been)) (?:very |really |so |just |a bit |extremely )?(?:busy|hectic|mad|manic|short[- ]staffed|swamped)\b|\b(?:high|heavy) (?:call |chat )?volumes?\b|\bthings (?:slip|get missed|fall through)\b/;
const SORRY = /\b(?:sorry|apologi[sz]e|apologies)\b/;
/** The turn threatens her with what she dreads: a restriction, a cut-off, collections, "if payment is not received". */
export const THREATENS = /\b(?:due for|subject to|will be|may be|could be|at risk of) (?:restriction|restricted|suspension|suspended|disconnection|disconnected|cut off|passed to (?:a )?(?:debt )?collections?)\b|\bif (?:the )?(?:payment|balance|amount) is (?:not|n't) (?:received|paid|made)\b|\b(?:debt collect\w*|collections agency)\b/;
/**
 * An apology she does not thank as kind (coherence round 30): one said with an excuse, one among the stock words of a script
 * (two or more of them), or one said beside a threat of what she dreads.
 */
export function hollowSorry(low: string): boolean {
  return (SORRY.test(low) && EXCUSES.test(low)) || scriptWords(low) >= 2 || threatens(low) !== undefined;
}
/** A sentence of the turn threatening her (`THREATENS`), not one ruling it out: "nothing will be restricted or cut off", "won't be". */
export function threatens(low: string): string | undefined {
  return low.split(/(?<=[.!?])\s+/).find((x) => {
    const m = THREATENS.exec(x);
    // (ruled out in the words before it: "nothing will be restricted or cut off", "the account is on hold, so it won't be")
    return !!m && !/\b(?:nothing|not|never|no longer|won't|will not|isn't|is not|aren't|on hold|stops?|stopped|pause[ds]?)\b|n't\b/.test(x.slice(0, m.index));
  });
}
/**
 * Her thanks or praise for the agent's words as kind, owned or unscripted: "Thank you for actually apologising", "Thank you for
 * saying sorry", "That's kind of you to say", "At least you're not reading it off a card", "That's a straight answer".
 */
export const THANKS_KIND =
  /\bthank(?:s| you)? for (?:actually )?(?:apologi[sz]ing|saying sorry|saying that|being (?:so )?(?:kind|honest|straight))\b|\bkind of you (?:to say|to say that)?\b|\bnot reading (?:it )?off a (?:card|script|sheet)\b|\bstraight answer\b|\bnobody ever does\b/i;

/** The turn says a written confirmation or email is sent or coming: "confirmation is on its way to your email", "I'll email you the confirmation". */
export const SENDS_WRITTEN =
  /\b(?:confirmation|email|e-mail|text|letter|summary|reference)\b[^.!?]{0,40}\b(?:on (?:its|the) way|(?:has been|'s been|is|was) (?:sent|emailed|texted)|(?:will|'ll) (?:come|arrive|be (?:with you|sent))|in your (?:inbox|email))\b|\b(?:i(?:'ll| will| have|'ve| am|'m)|we(?:'ll| will| have|'ve))\s+(?:just\s+)?(?:email|e-mail|text|send|sending|emailed|texted|sent)\s+(?:you\s+)?(?:a |the |that |this |your )?(?:confirmation|email|summary|reference|it in writing|written)\b/;
/** Her line asking for it in writing: "can you email me that? i want it in writing". */
export const ASKS_WRITTEN = /\b(?:(?:can|could|will) you (?:email|e-mail|text|send) (?:me|that|it)\b|(?:i want|i'd like|put) it in writing\b|in an email\b)/i;

/** The turn says how she can send something without going in: "by post or email", "online", "scan it", "over the phone". */
export const SENDS_REMOTELY = /\bby (?:post|email|e-mail)\b|\bonline\b|\bscan (?:it|them|a copy)\b|\bupload\b|\bover the phone\b|\bemail (?:it|them|a copy)\b/;
/** Her line asking whether she has to go somewhere in person: "Do I have to come into a shop?". */
export const ASKS_IN_PERSON = /\b(?:come|go) (?:in|into (?:a|the) (?:shop|store|branch|office))\b|\bin person\b/i;

/** The turn sends her to read it for herself: "It's also explained in the FAQ and in the terms", "it's all on our website". */
export const SMALL_PRINT = /\b(?:(?:explained|covered|set out|written|all|it's|it is|that's) (?:in|on) (?:the|our) (?:faqs?|terms(?: and conditions)?|t&cs|small print|website|help (?:pages?|centre|section))|(?:read|check|see) (?:the|our) (?:faqs?|terms(?: and conditions)?|t&cs|small print))\b/;
/** Her relief or praise for being helped: "I feel a lot less stupid", "Thank you for making it easy", "that's the first sensible thing". */
export const RELIEF = /\bless stupid\b|\bmaking it easy\b|\bfirst sensible\b|\bthat's more like it\b/i;

/** Her word that she is still waiting for an answer: "I'm still waiting to hear what you can do about my eight months". */
export const STILL_WAITING = /\b(?:still waiting to hear|still haven't heard|haven't (?:heard|been told) what you (?:can|will) do)\b/i;

/** Her own words turning a remedy down: "A repair's not what I asked for.", "I don't want a repair". */
export const NOT_WANTED = /\bnot what i (?:asked|rang|called|came|wanted)(?: for)?\b|\bi (?:don't|do not) want (?:a|an|the|your)\b|\bi didn't ask for\b/i;
/** The only thing on offer, said as a wall: "The repair is the only thing I can offer". */
export const ONLY_OFFER = /\bthe only (?:thing|option|one) (?:i|we) (?:can|could) (?:offer|do)\b|\ball (?:i|we) can (?:offer|do) is\b/;

/** A turn of flattery or pressure that tells her nothing: "how much we value you as a loyal customer", "make sure you're making the best choice". */
export const FLATTERS = /\b(?:value you|valued customer|loyal (?:\w+ )*customer|important to us|(?:making|make) the (?:best|right) (?:choice|decision)|big step|think (?:it|this) (?:over|through)|before you (?:go|leave|decide))\b/;

/** An open invitation to tell it in her own words: "Can you tell me a little about what's been happening with the payments?". */
const INVITES = /\b(?:tell me|talk me through|walk me through)\b[^?.!]{0,40}\babout\b|\bin your own words\b/;
const STOP = new Set(["with", "the", "a", "an", "of", "to", "in", "on", "for", "and", "what", "how", "is", "it", "you", "your", "been", "has", "have"]);
const stem = (w: string) => w.replace(/(?:ing|ed|es|s)$/, "");
const stemsOf = (x: string) => new Set((x.toLowerCase().match(/[a-z']+/g) ?? []).filter((w) => !STOP.has(w)).map(stem));
/**
 * The fact an open invitation asks about, by the words of what it asks ("what's been happening with the payments" for a fact asked
 * about as "happened with the payment"), read word by word with their endings off; the first untold fact whose every word of one
 * of its cues is in the question.
 */
export function invitedFact<F extends { id: string; askedAbout: string[] }>(text: string, facts: readonly F[], told: readonly string[]): F | undefined {
  const t = text.slice(0, 2000);
  const q = sentences(t)
    .map((sp) => lower(t.slice(sp.start, sp.end)))
    .filter((x) => x.includes("?"))
    .pop();
  if (!q || !INVITES.test(q)) return undefined;
  const asked = stemsOf(q);
  return facts.find((f) => !told.includes(f.id) && f.askedAbout.some((cue) => {
    const ws = [...stemsOf(cue)];
    return ws.length >= 2 && ws.every((w) => asked.has(w));
  }));
}

/*
 * Coherence round 31 (C38's readers, r81 and r82): what the turn did, read for her reply only. Each reader below names one thing a
 * turn can do that a stock line of hers must not pass over or contradict; `fitsRound31` in conversation.ts holds the lines to them.
 */

/** A deed said done, in the agent's words: "the fee's removed", "I've switched it on", "that's been refunded", "it's now on hold". */
const DONE_VERBS = "removed|refunded|cancelled|canceled|stopped|sent|booked|added|applied|switched on|turned on|activated|enabled|put on hold|on hold|credited|waived|processed|reversed|paused|skipped|taken off|wiped|arranged|ordered";
const DEED_DONE = new RegExp(
  `\\b(?:i've|i have|we've|we have|i|we)\\s+(?:now\\s+|just\\s+|already\\s+|also\\s+|gone ahead and\\s+)?(?:${DONE_VERBS}|switched|turned|put|taken)\\b|\\b(?:'s|is|are|'re|has been|have been|'s been|was|were)\\s+(?:now\\s+|just\\s+|already\\s+|all\\s+)?(?:${DONE_VERBS})\\b`,
);
/** Not a deed: a question, a condition or an offer ("I can switch it on now", "if you'd like"); not "I can see…", which is no offer. */
const NOT_A_DEED = /\?|^\W*(?:if|unless|once|when)\b|\b(?:i|we) (?:can|could|would|might|'d)\b(?! (?:see|hear|imagine|understand|appreciate|tell)\b)|\b(?:want me to|shall i|should i|happy to|if you)\b/;
/** A negation before the deed: "it's never been switched on", "I haven't removed it" (not one after it: "so it will not leave"). */
const NEGATED_BEFORE = /\b(?:not|never|no)\b|n't\b/;
/** A deed under way in the agent's own words: "I'll stop the direct debit", "I'm putting it on hold", "Wifi calling's on." */
const DEED_UNDER_WAY = /\b(?:i'll|i will|i'm|i am|we'll|we will|we're|we are)\s+(?:now\s+|just\s+|also\s+)?(?:stop|stopping|put|putting|switch|switching|turn|turning|cancel|cancelling|pause|pausing|hold|holding|skip|skipping|send|sending|add|adding|take|taking|remove|removing|refund|refunding|credit|crediting|book|booking|text|texting|email|emailing)\b|\b(?:'s|is|are) (?:now )?on[.!]/;
/** The sentences of a turn (lower case) that say something is done, or with `underWay`, is being done now. */
export function deedSentences(low: string, underWay = false): string[] {
  return low
    .slice(0, 2000)
    .split(/(?<=[.!?])\s+/)
    .filter((x) => {
      const m = DEED_DONE.exec(x) ?? (underWay ? DEED_UNDER_WAY.exec(x) : null);
      return !!m && !NOT_A_DEED.test(x) && !NEGATED_BEFORE.test(x.slice(0, m.index + m[0].length));
    });
}
/** Her word that she hears nothing being done: "I'm not hearing what you're going to do about it", "nothing's being done". */
export const HEARS_NOTHING = /\bnot hearing what you(?:'re| are) going to do\b|\bnothing(?:'s| is) (?:being |getting )?done\b|\bnobody(?:'s| is) doing anything\b/i;

/** A line thanking an apology as the first she has had: "Nobody ever does.", "the first person to say sorry". */
export const FIRST_SORRY = /\bnobody ever (?:does|says (?:it|that|sorry))\b|\bfirst (?:person|one) (?:to|who(?:'s| has)?) (?:say|said|apologi)/i;
/** A sorry said again, in so many words: "Again, I'm truly sorry", "sorry again", "once again, apologies". */
export const SORRY_AGAIN = /\bagain,?\s+(?:i'm |i am |we're |we are )?(?:(?:truly|really|so|very|deeply) )?(?:sorry|apologi)|\b(?:sorry|apologies) (?:again|once more)\b|\bonce again,? (?:i |we )?(?:(?:am|'m|are|'re) )?(?:(?:truly|really|so|very) )?(?:sorry|apologi)/;

/** Her word that the turn says the same thing each time: "Every time I ask, you just say the same thing again.", "you keep saying". */
export const SAYS_SAME = /\bevery time i ask\b|\bsame thing again\b/i;

/** Her suspicion of an offer: "Is there a catch?", "What's the catch?". */
export const ASKS_CATCH = /\b(?:is there a|what's the|where's the) catch\b/i;

/** A retention script: "how much we value you as a customer", "we'd be really sorry to lose you" (not "think it over", "before you go"). */
export const RETENTION_SCRIPT = /\b(?:value you|valued (?:customer|member)|(?:sorry|sad|hate) to (?:lose|see) you (?:go)?|loyal (?:\w+ )*customer|important to us)\b/;

/**
 * The turn hints that she caused it, with a question about what she did: "did you update your card details on Saturday? double
 * charges usually happen when people put the card in twice", "could you have entered it twice by mistake?". Not a plain question
 * about what happened ("did you post the router back?"): it needs the hint, what usually causes it or a slip of hers.
 */
const HER_DOING_Q = /\b(?:did|could|have|might|were|are) you (?:maybe |perhaps |possibly |accidentally |by any chance )?(?:have )?(?:update|updated|change|changed|enter|entered|put|type|typed|press|pressed|click|clicked|tap|tapped|submit|submitted|delete|deleted|turn|turned|switch|switched|set|sign|signed|forget|forgot|use|used|pay|paid|order|ordered|make|made)\b[^?]*\?/;
const HINTS_CAUSE = /\b(?:usually|normally|often|generally|mostly|typically|always) (?:happens?|occurs?|comes? from|(?:is |are )?caused)\b[^.!?]{0,30}\b(?:when|if|because|by)\b[^.!?]{0,20}\b(?:people|customers|you|someone|somebody|the customer)\b|\b(?:by mistake|accidentally|by accident|yourself)\s*\?|\btwice\b[^.!?]{0,20}\?/;
export function hintsHerFault(low: string): boolean {
  const t = low.slice(0, 2000);
  return HER_DOING_Q.test(t) && HINTS_CAUSE.test(t);
}

/** The turn names options without saying what they are: "There are two options available to you going forward". */
const OPTIONS_ANNOUNCED = /\b(?:there are|there're|you have|you've got|i've got|i have) (?:two|three|a few|a couple of|some|several) (?:options|choices|ways)\b/;
/** …and names no remedy after them (the caller checks the turn names none): "options available", with nothing after. */
export function optionsOnlyAnnounced(low: string, namesRemedy: boolean): boolean {
  return OPTIONS_ANNOUNCED.test(low) && !namesRemedy && !/[:;]|\b(?:one|first|firstly|the first)\b[^.]*\b(?:two|second|secondly|or)\b/.test(low.slice(low.search(OPTIONS_ANNOUNCED)));
}
