import type { RemedyKind } from "@defuse/content";

/**
 * How agents name each kind of remedy, in the normalised words the reader works on: lower case,
 * contractions expanded by wink-nlp ("I'll" is "i will", "won't" is "will not", "can't" is "can not"),
 * tokens separated by single spaces ("£59.98" is "£ 59.98", "fifty-pound" is "fifty - pound").
 * These are generic English, shared by every scenario; a scenario's policy only says which kinds,
 * amounts and timings are allowed or forbidden.
 *
 * `self`: the words commit by themselves ("on the house", "the bill is gone", a release date), so
 * they count without "I will" or "you'll get".
 */
export interface KindCue {
  kind: RemedyKind;
  re: RegExp;
  self?: boolean;
  /** The words take the thing as given even under a negation ("not going to lie to you like sales did"). */
  presupposed?: boolean;
  /**
   * A delivery of goods ("it'll be with you Wednesday", "get it out to you"): read as the remedy that
   * sends goods (a replacement) only where the policy speaks of one, since "it'll be with you" can be money.
   */
  delivery?: boolean;
  /**
   * Vague words that only count when they break a rule ("the team will be in touch tomorrow"): never read
   * as offering the allowed remedy, which needs its real substance (a call back at a time she chooses).
   */
  breachOnly?: boolean;
  /**
   * Read only where the scenario's policy allows or forbids this kind ("cancel the whole thing" is a write-off on
   * the energy bill, "it ships this quarter" a release on the app call): words too loose to read everywhere.
   */
  spokenOnly?: boolean;
  /**
   * The words may run across a comma that splits the sentence's clauses ("For the coming week, the box is for free"):
   * the hit belongs to the clause it starts in, as a colleague's fault that runs on does.
   */
  acrossClauses?: boolean;
}

const W = "(?:(?![,;:.!?—–()]+ )\\S+ )"; // one token that is not punctuation (so gaps stay inside a clause) and its space
const MONEY = "(?:£ ?\\d[\\d.,]*|\\$ ?\\d[\\d.,]*|\\S+ (?:- )?(?:pounds?|quid|dollars|bucks|euros)|a (?:tenner|fiver))";
const MONEYISH = `(?:money|cash|amount|balance|refund|full amount|everything|the lot|${MONEY}|\\d[\\d.,]*|pounds|quid|months?|half|the rest|the difference|the remainder)`;
const BILLWORD = "(?:bill|balance|debt|charge|invoice|arrears)";
const PERIOD = "(?:months?|years?|weeks?|premium|plan|subscription|broadband|service|bills?|box|boxes)";
const ESCALATION_SUBJECT = "(?:manager|supervisor|team leader|boss|head office|duty manager|area manager|complaints team)";

/**
 * Goods sent again, in the words agents use for it: "another drill", "a second one", "a brand - new drill", "a fresh
 * one", "the replacement" (not a new bill, code, date, call or credit: things sent that are not the goods).
 */
const NOT_GOODS =
  "(?!(?:phone|handset|sim|card|bill|email|e|code|link|password|window|time|slot|date|reference|text|message|form|label|claim|number|contract|plan|account|statement|invoice|receipt|letter|pac|call|agent|option|appointment|engineer|visit|month|week|day|year|payment|direct|debit|credit|voucher|refund|chance|go|look|try|complaint|case|ticket|£|\\$)(?: |$))";
const GOODS = `(?:(?:a|an|the|your|one) )?(?:brand (?:- )?)?(?:new|second|fresh|spare|replacement|another)(?: (?:brand (?:- )?)?(?:new|replacement|fresh))? ${NOT_GOODS}\\S+|a replacement|the replacement`;
/** Goods named by what they are, for verbs too loose to take any object ("get you a new one", "sort you another drill"). */
const GOODS_NOUN = "(?:(?:a|an|the|your) )?(?:brand (?:- )?)?(?:new|second|fresh|spare|replacement|another) (?:one|drill|sofa|settee|couch|machine|coffee machine|item|unit|parcel|package|order)|a replacement";
/** Sending goods by post or courier. */
const SEND_VERB = "(?:send|sends|sending|sent|ship|ships|shipping|shipped|post|posts|posting|posted|courier|couriers|couriering|couriered|dispatch|dispatches|dispatching|dispatched|mail|mails|mailing|mailed)";

function cue(kind: RemedyKind, sources: string[], self = false, presupposed = false): KindCue {
  return { kind, re: new RegExp(`(?:^| )(?:${sources.join("|")})(?= |$)`, "g"), self, presupposed };
}

/**
 * Not paying yet, or not all at once ("there's no need to pay that today", "you don't need to pay it all at
 * once", "…until the team has rung you"): a payment put off or spread, not a bill written off.
 */
const NOT_YET = `(?!(?: (?![,;:.!?]+(?: |$))\\S+){0,4} (?:today|now|yet|straight away|right away|immediately|at once|in one go|in one lump|until|till|before|while|for now|for the moment|this minute|this week)(?: |$)(?!(?:or|nor|ever)(?: |$)))`;

/**
 * Saying something costs the customer nothing ("at no charge", "without paying", "won't cost you a penny",
 * "zero to pay"). With a period of service it is a free period; with a handset, a free upgrade.
 */
const NOCOST = "(?:at no (?:extra )?(?:charge|cost)|no charge|no cost|without (?:any )?(?:charge|charging(?: you)?|paying|payment|cost)|free of charge|for free|(?<!(?:count|counts|counted|mean|means|meant|stand|stands|worth) )for nothing|nothing to pay|zero to pay|no payment|(?:will not|would not|does not|not) cost (?:you )?(?:anything|a penny|a thing|a cent|owt))";
/** A period of service or a delivery of it: what a free period gives. */
const SERVICE_PERIOD = "(?:months?|years?|weeks?|half a year|quarter|line rental|subscription|premium|service|broadband|box|boxes|delivery|deliveries|meals|(?:monthly |next |the next )?payments?|bill|bills)";
/** Not a period given free: a duration of something else ("spread over six months", "for up to three months"). */
const NOT_DURATION = "(?<!(?:over|to|within|across|for up to|after|in) (?:\\S+ )?)";
/** A colleague or a third party working for the company (never "we", "I" or "the system"). */
const COLLEAGUE = "(?:driver|drivers|courier|couriers|colleague|colleagues|(?:last|previous|other|first) (?:agent|advisor|adviser|person|guy|lady|rep|colleague|call handler)|that (?:agent|advisor|adviser|guy|lady|rep)|whoever (?:you spoke to|you talked to|was on|took)|(?:the|that) (?:person|agent|advisor|adviser|guy|lady|rep|colleague) (?:you|who) (?:spoke|talked|dealt)(?: to| with)?|sales (?:team|agent|person|rep|guy|people|staff)|(?:(?:the|that|your) )?(?:sales |live |online |web )?chat (?:agent|advisor|adviser|person|guy|lady|rep|team|staff)|salespeople|(?:the )?(?:agents|advisors|advisers|staff) (?:here|on the phones)|the warehouse|the depot|he|she)";
/**
 * A fault laid on someone ("made a mistake", "messed up", "didn't bother", "careless"), or their inexperience given as the
 * excuse ("was new", "was only in his second week", "a new starter", "still on probation", "had only just started": the
 * same excuse in other words, engine round 28, C36-27; not "in his second week of leave").
 */
const FAULT = "(?:fault|mistake|made a mistake|messed (?:it |that |this )?up|got (?:it|that|this) wrong|screwed up|cocked up|careless|useless|lazy|incompetent|clueless|did not bother|never bothered|did not (?:actually |even |ever )?(?:follow|check|book|raise|log|put|do|submit|send|process|place|order|action|pass|enter|save)|gave you (?:the )?wrong (?:information|info|details|date|answer)|never (?:actually |even |ever )?(?:raised|booked|logged|put|checked|did|submitted|sent|processed|placed|ordered|actioned|passed|entered|saved)|(?:was|is|'s) (?:very |really |quite |only |still |brand |fairly |pretty )?(?:new|inexperienced|in training|still learning|still training)(?! to (?:you|us|this|that|the))|(?:was|is|'s|were|are) (?:only |still |just |barely )?(?:in (?:his|her|their) (?:very )?(?:first|second|third|1st|2nd|3rd) (?:week|weeks|day|days|month|months|fortnight)(?! of (?:leave|holiday|annual leave))|(?:a )?(?:brand )?new (?:starter|joiner|recruit|hire)|(?:a )?trainee|on (?:(?:his|her|their) )?probation|on (?:his|her|their) (?:very )?first (?:day|shift|week))|(?:had|has|have|'d|'s|'ve|would) only (?:just )?(?:started|joined|been (?:here|with us|in the job|on the phones) (?:a|a few|a couple of|two|three|four|five|six) (?:days|weeks))|dumped|wrong (?:house|address|door)|should (?:never|not) have|(?:is|was) on (?:him|her|them)|(?:just )?making (?:it|that|things|stuff) up|forgot|forgets|(?:do|does) not (?:always |ever |even )?(?:follow (?:things |it |them |anything )?up|bother|check)|never follow(?:s|ed)? (?:things |it |them )?up|(?:had|has|have) no (?:business|right)|dropped the ball|can not (?:even )?(?:read|find|follow|count|be bothered)|(?:a |an )?(?:bit of a |complete |total |real |absolute )?(?:liability|nightmare|joke|disaster|waste of space)|(?:was not|were not|is not|are not) (?:paying attention|listening|concentrating|thinking|doing (?:his|her|their) job)|cut(?:s|ting)? corners|(?:keeps|kept|keep) (?:\\S+ ){0,4}?without (?:ever |actually |even )?(?:putting|booking|raising|logging|checking|ordering|placing|sending|submitting|processing|doing|following)|keeps (?:doing (?:this|that|it)|forgetting|making (?:mistakes|errors)|getting (?:it|things|orders) wrong|messing (?:up|things up))|to (?:get off|finish|knock off|clock off) (?:the )?(?:\\S+ ){0,2}early|promised (?:something|things|stuff|what|you what) (?:he|she|they) (?:could not|can not|had no|was not able))";

/** Numbers in words, for sums said in words ("six hundred and forty-nine"). */
const NUMWORD = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)";
const MONTHS = "(?:january|february|march|april|may|june|july|august|september|october|november|december)";

/**
 * Something named before given free by a pronoun: "You're due an upgrade. I'll give it to you for nothing", "a new
 * phone…, and I can give you one free of charge". The reader gives it the kind of the thing named before.
 */
export const GIVEN_FREE_ANAPHOR_RE = new RegExp(`(?:^| )(?:give|get|send|let you have|throw in|sort you|do) (?:you )?(?:it|one|that|them)(?: to you)?(?: (?![,;:.!?]+ )\\S+){0,2}? (?:${NOCOST}|free|on us|on the house)(?= |$)`);

/**
 * A pronoun taken off, waived or not paid for: "I'll take it off completely", "you won't pay a penny for it",
 * "that one's on us". What it is depends on the thing named before it (`LAST_REFERENT_RE`): a coming period ("don't
 * worry about next month's bill. I'll take it off completely") makes it a free period, the bill or balance in
 * dispute ("don't worry about the £412, you won't pay a penny for it") a write-off. Not paying yet ("…for it until
 * the new bill's out") is neither.
 */
export const PRONOUN_GIVEN_RE = new RegExp(
  `(?:^| )(?:(?:take|taking|took|taken|knock|knocking|knocked|wipe|wiping|wiped|scrap|scrapping|scrapped|waive|waiving|waived|write|writing|written) (?:it|that|this|them|that one|this one) off(?! (?:your|her|his|their|my) (?:shoulders|mind|plate|hands))|(?:waive|waiving|scrap|scrapping|wipe|wiping|cover|covering|comp|comping|zero|zeroing|zeroed) (?:it|that|this|them|that one|this one)(?! (?:\\S+ ){0,3}(?:fee|charge))|(?:will not|not|never|no need to|do not have to|will not have to|will not need to) (?:be )?pay(?:ing)? (?:(?:anything |a penny |a thing |a cent |a single penny |nothing )?(?:for|towards|of) )?(?:it|that|this|them)(?! twice| again| double| extra| more)${NOT_YET}|(?:will not|not|never|no need to) (?:charge|bill) (?:you )?(?:anything |a penny |a thing )?for (?:it|that|this|them)(?! twice| again)${NOT_YET}|(?:it|that|this|that one|this one|it all) (?:is |'s |will be |'ll be )(?:completely |totally |entirely )?(?:on us|on me|on the house|free|waived|taken off|written off)|(?:not|never) (?:be )?charged (?:anything |a penny |a thing )?for (?:it|that|this|them)${NOT_YET})(?= |$)`,
);
/**
 * A pronoun held, stopped or said not to leave ("Tomorrow's direct debit, I've put it on hold", "the direct debit that's
 * due tomorrow, I've stopped that", "it won't go out"): the debit held, when the thing named last before it is the
 * direct debit or its payment (`DEBIT_REFERENT_RE`). Group 1 is set for the forms that commit by themselves (a state).
 */
export const PRONOUN_HELD_RE = new RegExp(
  `(?:^| )(?:(?:put|putting|placed|got|popped|popping) (?:it|that|this|that one) on hold|(?:stop|stopped|stopping|pause|paused|pausing|hold|holding|held|halt|halted|freeze|froze|frozen|suspend|suspended|cancel|cancelled|canceled) (?:it|that|this|that one)(?! (?:${W}){0,2}(?:fee|fees|charge|charges|bill|bills|contract|account)(?= |$))|((?:it|that|this) (?:is|'s|has been|will be|is now|stays|will stay) (?:now |already )?(?:on hold|stopped|paused|held|frozen|suspended)|(?:it|that|this) (?:will not|is not going to|does not) (?:go out|come out|leave|be taken|be collected)))(?= |$)`,
);

/**
 * The things an agent names, to find what a pronoun points back to: the last match in the words before it. A coming
 * period ("next month's bill", "next months bill", "the next direct debit", "the next two boxes", "November's
 * subscription") is group 1; the bill, balance or a
 * sum ("the £412", "the balance") group 2; anything else (a fee, the router, a refund, a box) neither.
 */
export const LAST_REFERENT_RE = new RegExp(
  `(?:^| )((?:(?:your |the )?(?:next|coming|following) (?:(?:\\S+ ){0,2}?)(?:month|months|bill|bills|subscription|box|boxes|payment|payments|invoice|statement|week|weeks|direct debit|debit|charge)(?:(?: 's)? (?:bill|charge|payment|fee|subscription|box|delivery|direct debit|debit|£ \\S+|\\$ \\S+))?|(?:your|the|this|that|this week 's) box)|${MONTHS} 's (?:bill|charge|payment|fee|subscription|£ \\S+))|(?:^| )(bill|bills|balance|arrears|debt|invoice|estimate|£ \\S+|\\$ \\S+)(?= |$)|(?:^| )(?:fee|fees|charge|charges|router|refund|amount|sum|credit|voucher|label|postage|visit|engineer|handset|phone|payment|payments|box|boxes|machine|sofa|delivery(?! (?:run|van|list|slot|route|schedule|window))|order)(?= |$)`,
  "g",
);

/** As `LAST_REFERENT_RE`, with the direct debit or its payment or collection first: group 1 when that was named last. */
export const DEBIT_REFERENT_RE = new RegExp(
  `(?:^| )(direct debit|debit|collection|(?:the|this|that|your|tomorrow 's|this bill 's) payment)(?= |$)|${LAST_REFERENT_RE.source}`,
  "g",
);

/** Order matters where cues overlap: earlier kinds claim their words first. */
export const KIND_CUES: KindCue[] = [
  // the time said first and set off by a comma, then the box said free in the same sentence: "For the coming week, the box
  // is for free", "This coming week, your box is for free", "Next week, you get the box for free" (engine round 27, first in the list so no looser cue claims its words first; not
  // "feel free to skip", "the box is free to skip", "free if you skip it", a negation ("Next week, the box isn't free, but you
  // can skip it") or a free slot ("the delivery slot is free from 8am"): the box or delivery itself, said to come free)
  { ...cue("free-period", [
    `(?:(?:for|from|over) )?(?:the |this )?(?:next|coming|following) (?:${W}{0,1})?(?:week|month|weeks|months) (?:'s )?(?:box |delivery )?, (?:(?:the|your|that|this) )?(?:(?:box|boxes|delivery|deliveries) (?:is |'s |will be |'ll be |comes |will come |arrives |will arrive )(?:to you )?|(?:you|you'll|you will) (?:get|'ll get|will get|can have|have) (?:the |your |that |this )?(?:box|boxes|delivery) )(?:totally |completely |entirely |absolutely )?(?:free|for free|free of charge|for nothing|on us|on me|on the house)(?! (?:to|from|if|when|as long as|provided|once|slot))(?= |$)`,
  ], true), acrossClauses: true },
  cue(
    "blame-colleague",
    [
      "lied",
      "lying",
      "lies",
      "liars?",
      "dishonest",
      "on purpose",
      "deliberately (?:misled|lied|gave|told)",
      `misled (?:${W}{0,2})?deliberately`,
      "knowingly",
      "made (?:it|that) up",
      `fed you (?:${W}{0,4})?(?:rubbish|lies|nonsense|a line|porkies)`,
      "told you what you wanted to hear",
      "conned",
      "tricked",
      "duped",
      "scammed",
      "fibb(?:ed|ing)",
      "porkies",
      "made (?:stuff|things|that|it all) up",
      "sold you a (?:lie|line|porky)",
      "pulled a fast one",
      "deliberate",
      "deliberately",
      "(?:was not|is not|were not|wasn't) (?:an accident|a mistake|an honest mistake)",
      "whatever (?:they|you|people) want(?:ed)? to hear",
      // ("the driver is not a liability" denies the fault, and "the driver was there but we didn't check" lays it on
      // us: no negator, other subject or joining word in the words between, except "but then": "he promised it but
      // then didn't bother booking it")
      `${COLLEAGUE} (?:'s |is |was |has |had |have |just |clearly |obviously |really |quite |probably |simply |totally |completely )*(?:(?!(?:not|never|no|we|i|you|but|and|so|because) )${W}|but then ){0,4}${FAULT}`,
      `(?:his|her|their|(?:the |my |our )?(?:driver|courier|colleague|agent|advisor|warehouse|depot) 's) fault`,
      // a colleague named by what they did and given a fault, with no name or role word: "whoever booked it messed up", "the
      // person who booked your delivery made a mistake" (engine round 24); only words of theirs between, no "we", "our", "but"
      // or punctuation ("Whoever booked it, that's our mistake" lays it on us)
      `(?:whoever|(?:the|that) (?:person|one|guy|lady|man|woman|bloke|agent|advisor|adviser|colleague|rep) (?:who|that)) (?:booked|took|handled|dealt with|logged|raised|processed|sent|sold|set up|answered|spoke to|talked to|was on|was dealing with|arranged|promised|organised|organized)(?: (?!(?:we|i|our|us|but|and|so|because|not|never|no)(?= ))[^ ,;:.!?]+){0,5}? (?:(?:'s|is|was|has|had|just|clearly|obviously|really|probably|simply|totally|completely|then) )*(?:${FAULT}|got (?:the |your |it |that )?(?:[^ ,;:.!?]+ )?wrong)`,
      `fault ,? not (?:ours|mine|us|me)`,
      // "That's on him, not you": the fault put on a colleague by a pronoun (lead, round 23)
      "(?:that|it|this) (?:is|was) (?:all |entirely |completely |squarely |totally )?on (?:him|her)(?: ,)? not (?:on )?(?:you|us|me)",
      // "that's down to my colleague, not us": the fault laid at a colleague's door
      // ("it's down to the depot's check now" says whose step it is, not whose fault: "down to" needs "not us")
      "(?:down to|fault of|blame (?:it |that |this )?on) (?:my |our |the |that |a )?(?:colleague|colleagues|driver|drivers|courier|couriers|previous agent|last agent|sales team|salespeople|sales people)(?: ,)? not (?:us|me|ours|mine|the company)",
      "(?:fault of|blame (?:it |that |this )?on) (?:my |our |the |that |a )?(?:colleague|colleagues|driver|drivers|courier|couriers|previous agent|last agent|sales team|salespeople|sales people)",
      // "if Dean had done his job properly, you'd have it": said as another world, but it says he did not do it
      "if (?!i |we |you |it |that |this |there )\\S+ (?:had|'d) (?:\\S+ )?(?:done (?:his|her|their) job|bothered|listened|checked (?:it|the)|booked (?:it|the|that)|logged (?:it|the|that)|raised (?:it|the|that)|followed (?:it |that )?up|put (?:it|the order|that) through|read (?:the|your))",
      // a colleague or the sales side said to say anything to sell, or to have known better ("they'll tell you
      // anything", "say whatever it takes to close a deal", "knew perfectly well it doesn't")
      `(?:sales|they|he|she|${COLLEAGUE}) (?:${W}{0,1})?(?:will |would |just |always |often )?(?:say|says|said|tell|tells|told) (?:you |people |customers |anyone )?(?:anything|whatever) (?:it takes|to (?:close|sell|get|make|hit|land)|you (?:want|wanted) to hear|(?:gets|closes|makes|lands|wins) (?:them )?(?:the |a )?(?:sale|deal|commission))`,
      `(?:sales|they|he|she|${COLLEAGUE}) (?:${W}{0,1})?(?:will|would) (?:say|tell you) anything(?= ?$| ,| \\.| to )`,
      `(?:sales|they|he|she|${COLLEAGUE}) (?:${W}{0,1})?(?:will |would |just |always )?(?:say|says|said) whatever(?= ?$| ,| \\.)`,
      "(?:that is|that 's|typical) sales(?: people| for you)",
      `(?:sales|they|he|she|${COLLEAGUE}) (?:${W}{0,1})?knew (?:perfectly|full|very|fine|damn|jolly|all too) well`,
      `(?:sales|they|he|she|${COLLEAGUE}) (?:${W}{0,1})?knew (?:all along|it (?:was not|did not|does not|would not|could not))`,
    ],
    true,
  ),
  cue("blame-colleague", ["(?<=(?:lie|lied|lying|fib|fibbed) (?:\\S+ ){0,3})like (?:sales|the sales (?:chat|team|person)|the chat|they|he|she) did"], true, true),
  cue(
    "future-feature",
    [
      `(?:next|new|upcoming|future|coming|spring|summer|autumn|winter|latest) (?:app )?(?:update|release|version)`,
      // "next month's update", "the new year's release"
      `(?:next|coming|following) (?:month|week|year|quarter) 's (?:app )?(?:update|release|version)`,
      "roadmap",
      // the feature said to be there by a date to come: "offline sync will be in the app by the end of the month", "automatic
      // offline saving arrives at the end of the month" (engine round 24), in one clause with the feature named
      "(?<=(?:offline|sync|syncing|feature|mode|download|downloads|saving)(?: [^ ,;:.!?]+){0,6}? )(?:by|before|at|for|until|till) (?:the )?(?:end of (?:the |this |next )?(?:month|year|quarter)|month - end|month end)",
      "coming (?:soon|in|out|with|next)",
      "is coming",
      `(?:release|releasing|released|launch|launching|launched|bring out|bringing out|roll out|rolling out|ship|shipping) (?:${W}{0,3})?(?:offline|feature|mode|update|version|it|that|this|in|on|by|next)`,
      `(?:getting|being|be|been) (?:released|launched|added|built)`,
      `(?:build|building|add|adds|adding|develop|developing|introduce|introducing) (?:${W}{0,3})?(?:offline|feature|mode|that feature|this feature)`,
      `(?:update|version|release|fix|feature) (?:${W}{0,4})?(?:is |will be |should be |will )?(?:out|land|lands|arrive|arrives|ship|ships) (?:on|by|in|within|next|soon|this|before)`,
      `(?:feature|offline) (?:${W}{0,2})?out by`,
      `(?:will|should) (?:download|work|save|sync|keep) (?:${W}{0,5})?(?:automatically|offline|without)`,
      `(?:will|should|is going to|are going to) (?:support|have|get|offer|include|allow|do) (?:${W}{0,3})?(?:offline|automatic|auto)`,
      `(?:landing|arriving|dropping|due|rolling out|going live) (?:${W}{0,2})?(?:in|on|with|next|soon|by|this)`,
      "(?:in|with) (?:the|an|a|our|its) (?:next |new |coming |upcoming )?(?:update|release|version) (?:on|in|due|next|out|this|coming)",
      "in the pipeline",
      "in beta",
      "(?:goes|go|going|will go) live",
      `(?:offline|feature|mode|app|it) (?:${W}{0,2})?(?:is |are )?getting (?:${W}{0,3})?(?:upgrade|update|improvement|overhaul|feature|automatic)`,
      "(?:working on|planned|planning|scheduled for release)",
      `(?:offline|automatic|auto|feature|features) (?:${W}{0,3})?(?:will be|is going to be|should be) (?:available|added|possible|introduced|included|automatic|live|ready)`,
      `(?:you will|you 'll|you should) be able to (?:${W}{0,4})?offline (?:${W}{0,2})?(?:soon|next|in|by|from|once)`,
      "in development",
      "lined up (?:for|in|with)",
      // working with no signal *from a future date* ("everything available without signal by the summer")
      `(?:will|is going to|should) (?:${W}{0,4})?(?:without|with no) (?:a )?(?:signal|internet|wifi|connection|data|reception) (?:${W}{0,2})?(?:by|from|in|next|after|later|soon)(?= )`,
      "in the works",
      "being worked on",
      // "you won't need to bother with it for much longer", "in a few weeks the app will do it for you"
      `(?:will not|not|never) (?:need|have) to (?:${W}{0,6})?for (?:much|very) longer`,
      `(?:in|within) (?:a few|a couple of|\\d+|two|three|four|six) (?:weeks|months) (?:time )?(?:, )?(?:the )?(?:app|it|update|we) (?:will|is going to|should)(?= )`,
    ],
    true,
  ),
  {
    // a release named by its number or said to ship, and automatic offline said to be on its way: read only where
    // the policy speaks of future features ("version 5", "it ships this quarter", "auto offline is on the way")
    ...cue(
      "future-feature",
      [
        "(?:from|in|with|by) (?:version|v|release|update) \\d+(?:\\.\\d+)?",
        "(?:ships|shipped|shipping|ship) (?:this|next|in|by|before|later|soon|with)",
        `(?:built|have built|has built|already built) (?:${W}{0,2})?(?:automatic|auto|offline)`,
        `(?:automatic|auto) (?:offline|download|downloads|sync|syncing|saving)(?: (?![,;:.!?]+ )\\S+){0,3} (?:is |are )?(?:on (?:the|its) way|coming|being (?:built|added|rolled out)|(?:should|will|is going to) (?:land|arrive|come|be (?:out|here|available|added)))`,
        "(?:is |'s |will be |should be )?out in (?:a few|a couple of|\\d+|two|three|four|six) (?:weeks|months|days)",
        "(?:should|will|is going to) land in (?:the )?(?:next )?(?:a few |few |a couple of |couple of |\\d+ |two |three |six )?(?:weeks|months)",
      ],
      true,
    ),
    spokenOnly: true,
  },
  cue("compensation", [
    `(?:give|pay|award) you (?:at least |up to |over |more than |around |about )${MONEY}`,
    "(?:some|a bit of|a little) (?:money|cash) (?:for|towards|to cover)",
    "(?:give|giving) you something (?:for|to make up)",
  ]),
  cue(
    "exception",
    [
      "exceptions?(?! team| department| panel| process)",
      "bend (?:the )?rules?",
      "override (?:the |our )?(?:policy|rules?|system)",
      "waive (?:the |our )?(?:policy|rules?)",
      `${ESCALATION_SUBJECT} (?:will|can|is going to|should|would) (?:definitely |surely |certainly |happily |probably )?(?:approve|authorise|authorize|sign (?:it |this )?off|agree|okay|ok|sort|let you|grant|override|bend|waive|allow|refund|give|say yes|go for it)`,
      "(?:he|she|they) (?:will|can|is going to|are going to) (?:definitely |surely |certainly |happily )?(?:approve|authorise|authorize|sign (?:it |this )?off|agree to|okay|grant|let you have)",
      `(?:${W}{0,2})?approved by (?:my |the |a )?${ESCALATION_SUBJECT}`,
      "(?<!(?:that|this|which|each|every|the) )one - off",
      // "a one-off", not "that one off" (a thing taken off: "I'll wipe that one off for you")
      "(?<!(?:that|this|which|each|every|the) )one off",
      "just this once",
      "special case",
      "make an allowance",
      "as a favou?r",
      "signed off",
      "sign (?:it |this |that )?off",
      "get (?:it |this |that |the refund )?approved",
      "get (?:you )?(?:the )?approval",
      "authori[sz]e (?:it|this|that|the refund|a refund)",
    ],
  ),
  {
    // her money back promised as what a manager will do: "my team leader will definitely get you your £280 back", "the club
    // manager has discretion… She'll sort the refund for you" (a pronoun only with a manager named in the sentence or the one
    // before). Only where the policy speaks of exceptions: elsewhere a manager sorting the refund is the refund (engine round 23)
    ...cue("exception", [
      `(?:${ESCALATION_SUBJECT}|he|she|they) (?:will|can|is going to|are going to|'ll) (?:definitely |surely |certainly |happily |probably |personally )?(?:get you (?:your |the |a |all )?(?:money|refund|cash|£|\\$|\\d)|get (?:your |the )(?:money|refund)|sort (?:out )?(?:the |your |a )?refund|pay you back|give you (?:your |the )money back)`,
    ]),
    spokenOnly: true,
  },
  cue("free-upgrade", [
    // the device is the cue; what it costs may sit after a comma ("a new handset, no charge")
    `(?:handset|phone|mobile|device|upgrade|iphone|smartphone|galaxy|samsung|pixel)(?=(?: (?![.!?]+ )\\S+){0,6}? (?:, )?(?:${NOCOST}|on us|on the house|free)(?= |$))`,
    `(?:free|no - cost|complimentary) (?:${W}{0,2})?(?:handset|phone|mobile|device|iphone|smartphone|samsung|galaxy|pixel)`,
    // "stay and I'll throw in a new phone"
    `(?:throw|throwing|chuck|chucking) in (?:a |the |your )?(?:new |brand new |latest )?(?:handset|phone|mobile|device|iphone|smartphone|samsung|galaxy|pixel)`,
  ]),
  // "I'm not having you pay for next month at all", "I'm zeroing off next month's bill for you": a coming period made free,
  // said by refusing to let her pay (no refusal of a remedy) or by zeroing it (lead, round 23)
  cue("free-period", [`(?:am|are|is) not (?:having|letting) you pay(?:ing)? (?:anything |a penny |a thing )?(?:for |on )?(?:${W}{0,3})?${SERVICE_PERIOD}`], true, true),
  cue("free-period", [`(?:zero|zeroing|zeroed|zeros)(?: off| out| down)? (?:your |the )?(?:next|coming|following) (?:${W}{0,2})?${SERVICE_PERIOD}(?: 's (?:bill|charge|payment|fee))?`]),
  cue("free-period", [
    // "your first month on the new plan is free", "ur next weeks box wont cost anything": a coming period of hers
    // said to be free (read before the general forms below, which would claim the same words without committing)
    `(?:your|the) (?:first|next|coming|following) (?:${W}{0,4})?(?:month|months|week|weeks|box|boxes|year|delivery|deliveries) (?:${W}{0,6})?(?:(?:is|are|will be|'s) (?:completely |totally |entirely |absolutely )?(?:free|on us|on the house)|${NOCOST})(?! (?:${W}{0,3})?(?:trial|extra|more))`,
    // "your next bill will be zero"
    `(?:your|the) (?:next|coming|following) (?:${W}{0,2})?(?:bill|bills|invoice|statement) (?:will be|is|'s|comes to|will come to) (?:zero|nothing|£ 0|0)(?= |$)`,
    // "consider next month's subscription gone": a coming period said to be gone or waived
    `(?:next|coming|following) (?:${W}{0,2})?(?:month|months|week|bill|subscription|box)(?: 's \\S+)? (?:is |'s |will be )?(?:gone|wiped|waived|written off)`,
    // "no charge for ur next box"
    `no charge for (?:${W}{0,2})?(?:month|months|next|coming|${MONTHS})`,
    // "you won't see a charge from us next month", "you'll get no bill for next month": no charge for a coming period
    `(?:will not|never|not) (?:see|get|have|receive) (?:a|any) (?:charge|bill|payment|debit|direct debit) (?:(?:from|by) us |on (?:your|the) (?:account|card|statement) )?(?:for |in )?(?:the )?(?:next|coming|following) (?:${W}{0,1})?(?:month|months|week|weeks|bill|box|year)${NOT_YET}(?= |$)`,
    `(?:will|'ll) (?:see|get|have|receive) no (?:charge|bill|payment|debit) (?:(?:from|by) us |on (?:your|the) (?:account|card|statement) )?(?:for |in )?(?:the )?(?:next|coming|following) (?:${W}{0,1})?(?:month|months|week|weeks|bill|box|year)${NOT_YET}(?= |$)`,
    // "next month's direct debit won't go out at all" (not "…until the new bill is out": held, not given)
    `(?:next|coming|following) (?:${W}{0,1})?(?:month|months|week) 's (?:direct debit|debit|payment|charge|bill) (?:${W}{0,2})?(?:will not|does not|is not going to|never|not) (?:go out|come out|be taken|be collected|leave)${NOT_YET}`,
    // "there's nothing going out to us next month", "nothing'll come out of your account for the next bill": no money
    // leaving her for a coming period (not "…until the corrected bill's out": held, not given)
    `nothing (?:(?:is|will|'s|'ll|will be|is going to) )?(?:be )?(?:going out|go out|goes out|coming out|come out|comes out|leaving|leave|leaves|taken|collected|debited|due|owed)(?: (?:to us|from you|from your (?:account|bank|card)|of your (?:account|bank))(?= |$))? (?:for |in |on )?(?:the |your )?(?:next|coming|following) (?:${W}{0,1})?(?:month|months|week|weeks|bill|box|year)${NOT_YET}(?= |$)(?! (?:${W}{0,2})?(?:beyond|except|other than|apart from|but|besides|on top|over and above|than))`,
    // "it won't cost you a thing next month"
    `${NOCOST}(?! extra| more| else) (?:${W}{0,1})?(?:for )?(?:the )?(?:next|coming|following) (?:${W}{0,2})?(?:month|months|week|weeks|box|boxes|bill|bills|year)(?= |$)`,
    // "one month free for you, no charge": a period handed to her in a verbless offer
    `(?:one|a|an|\\d+|two|three|four|six|twelve) (?:${W}{0,1})?${PERIOD} (?:totally |completely )?(?:free|for free|on us|on the house) for you`,
  ], true),
  cue(
    "free-period",
    [
      // (not "spread the bill over up to six months at no extra cost": what costs nothing is the spreading, the
      // instalments the policy allows, when the words between are a duration it is spread over)
      `${NOT_DURATION}${SERVICE_PERIOD} (?:(?!(?:over|across) )${W}){0,6}${NOCOST}`,
      `${NOCOST} (?:${W}{0,2})?(?:for )?(?:${W}{0,2})?${SERVICE_PERIOD}`,
      `(?:make|put|set|have) (?:${W}{0,3})?${SERVICE_PERIOD} (?:${W}{0,1})?(?:free|at zero|to zero|on us)`,
      `(?:comp|comping|comped) (?:${W}{0,2})?${SERVICE_PERIOD}`,
      `(?:stop|stopped|pause|paused) (?:${W}{0,3})?(?:bill|bills|payments?) (?:${W}{0,2})?(?:until|till|for)`,
      `(?:knock|knocking|knocked|take|taking) off (?:your |the )?(?:${MONTHS}|(?:next|this|coming) (?:month|months|\\S+ months)(?: 's (?:fee|bill|charge|payment|subscription))?)`,
      `free ${PERIOD}`,
      // "give you the week after free", "next week's box free": a period given free on top
      `(?:give|giving|get|have) (?:you )?(?:${W}{0,3})?${PERIOD} (?:${W}{0,2})?(?:free|for free|free of charge|on us|on the house)`,
      `${PERIOD} (?:for |totally |completely |entirely )?(?:free|without charge|free of charge|for nothing)`,
      `${MONTHS} (?:for |totally |completely |entirely )?(?:free|without charge|free of charge|for nothing)`,
      `(?:month|year|week) 's (?:free|premium|broadband|service)`,
      `waiv(?:e|ed|ing) (?:${W}{0,3})?(?:monthly|month|months|subscription)`,
      `(?:monthly|month 's) (?:charge|fee|bill) (?:waived|free)`,
      `(?:will not|won't|not|never) pay (?:anything|a penny|a thing)(?: of| for| in| until)? (?:${W}{0,2})?(?:next|this|the next|coming) (?:month|months|bill|bills|\\d+|two|three)`,
      `(?:does not|do not|will not|won't|not) (?:take|charge|collect|bill)(?: you)? (?:${W}{0,3})?(?:monthly|payment|payments|anything|a penny) (?:${W}{0,3})?(?:months?|next)`,
      `(?:knock|knocking|take|taking) (?:${W}{0,2})?(?:whole|entire|all|full) (?:${W}{0,3})?off (?:${W}{0,1})?(?:next|this|the next) (?:month|months)`,
      "(?:effectively|basically|so) (?:it is |it 's |that is |that 's )?free",
      `(?:effectively|basically) (?:${W}{0,3})?(?:is |'s |are )free`,
      // "you won't pay a penny for the next couple of months", "you won't be paying anything for your second year"
      // (the words between are no time clause: "you won't pay anything for it until the new bill is out" waits for a bill)
      `(?:will not|not|never) (?:be )?pay(?:ing)? (?:anything|a penny|a thing|a cent|nothing)(?! extra| more| else)(?: of| for| in| on| until)? (?:(?!(?:until|till|unless|before|while|once) )${W}){0,4}${SERVICE_PERIOD}(?= |$)${NOT_YET}`,
      // "we won't charge you for next week's box", "we can waive the next two bills"
      `(?:will not|not|never) (?:charge|bill) (?:you )?for (?:${W}{0,3})?${SERVICE_PERIOD}(?= |$)(?! (?:${W}{0,2})?twice)${NOT_YET}`,
      `waiv(?:e|ed|ing) (?:${W}{0,2})?(?:next|coming|following) (?:${W}{0,2})?(?:bill|bills|month|months|payment|payments)(?= |$)`,
      // "we'll give you a year of Premium": a period of the service given
      `(?:give|giving|throw in|throwing in|add|adding) (?:you )?(?:a|an|one|\\d+|two|three|four|six|twelve) (?:free |extra )?(?:month|months|year|years|week|weeks) (?:of|on) (?:premium|broadband|service|the plan|your plan|subscription|the subscription)(?= |$)`,
      // "we'll cover next month's subscription"
      `(?:cover|covering|pay for|paying for|pick up) (?:the )?(?:next|coming|following) (?:${W}{0,2})?(?:month|months|bill|bills|subscription|box|boxes)(?= |$)`,
      // "you won't be paying for next month"
      `(?:will not|not|never) (?:be )?pay(?:ing)? (?:for|towards) (?:${W}{0,3})?${SERVICE_PERIOD}(?= |$)(?! (?:${W}{0,2})?twice)${NOT_YET}`,
      "complimentary",
      `(?:will not|won't|not|never) (?:be )?charged (?:${W}{0,3})?(?:next|for|this|until|in|${MONTHS})`,
      "payment holiday",
      `skip (?:${W}{0,2})?(?:payment|payments|month|bill)`,
      // ("next month's on us" is read by the self-committing cue below)
      `${MONTHS} (?:${W}{0,1})?(?:is |'s )?(?:free|on us|on the house)`,
      `(?:will not|not|never) pay (?:anything|a penny|a thing)(?: of| for| in)? (?:${W}{0,1})?${MONTHS}`,
      `pay nothing (?:of |for |in )?(?:${W}{0,1})?(?:${MONTHS}|next|this)`,
      "nothing to pay (?:in|next|for|until)",
      `(?:knock|knocking|take|taking) (?:off )?(?:${W}{0,2})?(?:whole|entire|all) (?:of )?(?:next|this|the) (?:month|bill)`,
      `extend (?:${W}{0,3})?(?:by )?(?:${W}{0,2})?(?:months?|years?)`,
      `a ${PERIOD} without charge`,
      // a month's charge waived or taken off ahead: "waive your £29.99 for November", "waive your bill for the next
      // month", "knock the next two months off completely"
      `waiv(?:e|ed|ing) (?:${W}{0,3})?(?:bill|bills|charge|charges|payment|payments|subscription|${MONEY}) (?:${W}{0,1})?for (?:${MONTHS}|(?:the )?(?:next|this|coming|following) (?:${W}{0,1})?(?:month|months|bill|bills))`,
      `(?:knock|knocking|knocked|take|taking|took) (?:the |your )?(?:next|coming|following|first) (?:${W}{0,1})?(?:month|months|bill|bills) off`,
      `(?:will not|won't|not|never) pay (?:anything|a penny|a thing) (?:${W}{0,1})?until (?:the new year|next year|christmas|${MONTHS})`,
      // time added to the plan and said to cost nothing, the cost a few words on, after a comma: "add six months of
      // Premium on top of your year, completely free", "pop four extra months on, on us", "and you won't pay a penny"
      `(?:add|adding|added|give|giving|throw|throwing|tack|tacking|pop|popping|stick|sticking|extend|extending) (?:${W}{0,4})?(?:months?|years?|weeks?|half a year)(?: (?![.!?]+ )\\S+){0,8}? (?:, )?(?:(?:and )?you (?:will not|won't) pay (?:a penny|anything|a thing)|(?:(?:totally|completely|entirely|absolutely|all) )?(?:(?<!feel )free|${NOCOST}|on (?:us|me|the house)))(?= |$)`,
    ],
  ),
  cue("free-period", [`(?:${PERIOD}|\\d+|free) (?:${W}{0,4})?on (?:us|me)`, "on the house", `(?:next|this|coming|following) (?:${W}{0,2})?(?:box|boxes|delivery|month|week|bill) (?:is |'s |will be )?(?:free|on us|on the house)`,
    // "don't worry about next month's bill, that one's on us": the period named, then said to be on us
    // (a coming period only: "sorry for the mix-up with this bill, that's on us" owns the fault)
    `(?:next|coming|following) (?:${W}{0,2})?${PERIOD}(?: 's \\S+)? (?:, )?(?:and )?(?:that|this|it) (?:one )?(?:is |'s |will be )(?:on us|on me|on the house|free)`,
    // a coming box or period named first and said to be free a few words on, in a second language's order: "next week box I
    // send you totally free", "next week's box we give you for free" (engine round 26; not "feel free", not "free to skip")
    `(?:next|coming|following) (?:${W}{0,1})?(?:week|month|weeks|months) (?:'s )?(?:box|boxes|delivery|deliveries|bill) (?:(?!(?:but|if|not|no|never|unless|until|skip|skipped|skipping) )${W}){0,4}(?:totally |completely |entirely |absolutely )?(?<!feel )(?:free|for free|free of charge|for nothing)(?! to)(?= |$)`,
    // the box still comes and she pays nothing for it: "box comes as normal but you pay nothing" (engine round 26; a skipped
    // week, which the policy allows, does not come)
    // (the words she pays nothing in are the cue, in their own clause after "but")
    `(?<=(?:box|boxes|delivery|order) (?:${W}{0,2})?(?:comes|arrives|will come|will arrive|'ll come|'ll arrive|will still come|still comes|is delivered|will be delivered)(?: as (?:normal|usual))?(?: ,)? (?:but |and |yet |so )?)you (?:pay|will pay|'ll pay|do not pay|will not pay|won't pay|don't pay) (?:nothing|anything|a penny|a thing)(?! (?:extra|more|else|for (?:the )?(?:postage|delivery|shipping|p & p)))`,
  ], true),
  cue("exception", [`${ESCALATION_SUBJECT} (?:always|usually|normally|generally) (?:approves?|agrees?|says? yes|signs? (?:these |them |it )?off|okays?|lets? (?:these|them|it) through)`], true),
  cue(
    "write-off",
    [
      `(?:the |that |this |your )?(?:${BILLWORD}|${MONEY}) (?:is |'s |has been |will be )?(?:gone|wiped|scrapped|cancelled|canceled|written off|cleared)`,
      "owe (?:us )?(?:nothing|nothing at all)",
      `forget (?:about )?(?:the |that |this |your )?(?:${W}{0,4})?(?:${BILLWORD}|${MONEY})`,
      `(?:do not|no need to) (?:pay|bother paying) (?:it|this|that|the bill|anything)${NOT_YET}`,
      "off the hook",
      "(?:do not|don't) worry about paying",
      "absorb (?:it|the cost|that|the bill)",
      "tear (?:it|the bill|that) up",
      "ignore (?:the |this |that )?bill",
      "void(?:ed)?",
      "zero(?:ed)? (?:it|the bill|the balance|that|this)",
      "zeroed",
      `(?:will not|would not|never|not) owe (?:us |them )?(?:anything|a penny|a thing|a single penny|a cent)(?! extra| more| else)${NOT_YET}`,
      `let (?:the |that |this |your )?(?:${BILLWORD}|debt) go`,
      `(?:forgive|forgiven|forgiving) (?:${W}{0,2})?(?:${BILLWORD}|debt|lot|it|that|amount|${MONEY})`,
      `(?:get rid of|clear|clearing|wipe|cancel) (?:all of )?what (?:is |'s |you |he |she |they )?(?:owing|owed|owe|owes)`,
      `(?:have|get) (?:that|it|this) (?:${BILLWORD} )?(?:cleared|wiped|written off|scrapped|binned|taken off)`,
      `${BILLWORD} (?:${W}{0,1})?taken off (?:completely|entirely|altogether)`,
      `bin (?:the |that |this |your )?${BILLWORD}`,
      `(?:will not|never|not) be paying (?:anything|a penny|a thing|it|this|that)${NOT_YET}`,
      // "I'll make the balance go away", "make that bill disappear"
      `make (?:the |that |this |your |his |her )?(?:whole |entire )?(?:${BILLWORD}|debt|${MONEY}) (?:go away|disappear|vanish)`,
      // "the balance disappears", "consider the overdue amount gone"
      `(?:${BILLWORD}|(?:overdue|outstanding|owed|owing) (?:amount|sum|money)|(?:amount|sum|money) (?:owed|owing|overdue|outstanding)) (?:will |should |just |simply |then )?(?:disappears?|vanish(?:es)?|goes away)`,
      `(?:overdue|outstanding|owed|owing) (?:amount|sum|money) (?:is |'s |has been |will be )?(?:gone|wiped|scrapped|cancelled|canceled|written off|cleared)`,
      // "there'll be nothing more to pay on Ken's account" (not "until…", not "there may be")
      `(?<!(?:may|might|could) be )nothing (?:more |else |further )?(?:left )?to pay(?! (?:${W}{0,2})?(?:next|for the next|this month|on the new))${NOT_YET}`,
      // "the bill won't need paying at all"
      `${BILLWORD} (?:will not|won't|does not|not) need (?:to be )?(?:paying|paid)${NOT_YET}`,
      // "leave the balance with me, it'll be cleared": "it" is the bill named just before
      `(?:it|that)(?<=${BILLWORD} (?:\\S+ ){0,8}(?:it|that)) (?:will be|is|'s|has been|will all be) (?:all )?(?:cleared|wiped|written off|scrapped)`,
    ],
    true,
  ),
  {
    ...cue("write-off", [`(?:cancel|cancelling|scrap|scrapping|wipe|wiping|clear|clearing|drop|dropping|write off) (?:the |that |this )?(?:whole|entire) (?:thing|lot|amount|sum|bill|balance)`, `(?:knock|knocks|knocking|knocked|take|takes|taking|took) (?:the |that |this )?(?:whole|entire|full) (?:thing|lot|amount|sum|bill|balance) off`]),
    spokenOnly: true,
  },
  cue(
    "write-off",
    [
      `write (?:${W}{0,3})?off`,
      "written off",
      `wip(?:e|es|ed|ing) (?:${W}{0,5})?(?:${BILLWORD}|${MONEY}|off|it|clean|that)`,
      `zero (?:${BILLWORD}|pound bill)`,
      `(?:cancel|cancelling|canceling|cancelled|scrap|scrapping|scrapped|get rid of|getting rid of|clear|clearing|delete|deleting|drop|dropping) (?:${W}{0,2})?(?:${BILLWORD}|${MONEY})`,
      "wiped",
      "scrapped",
      `${BILLWORD} disappear`,
      `(?:will not|do not|does not|never|not) (?:have|need) to pay${NOT_YET}`,
      `(?:will not|never|not) be (?:asked|expected|required|made|chased) to pay${NOT_YET}`,
      // (not "anything extra": the usual bill is still paid)
      "(?:will not|never|not) pay (?:it|this|that|anything|a penny|a thing)(?! next| for| until| this month| extra| more| else| twice| again| double)",
      "(?:to|at) zero",
      "have it waived",
    ],
  ),
  // "the £96.40 won't need paying": said of the bill, it commits by itself (engine round 23)
  cue("write-off", [`(?:will not|does not|do not|never) (?:need|needs) (?:paying|to be paid)${NOT_YET}`, `nothing (?:more |else |further )?(?:is |will be )?(?:owed|owing|due|left to pay)${NOT_YET}`], true),
  cue("free-upgrade", [
    "upgrad(?:e|es|ed|ing)",
    `bump(?:ed|ing)? (?:you )?up to (?:the )?(?:${W}{0,1})?(?:tier|plan|package|level)`,
    "(?:pro|premium|higher|top|better|bigger) (?:tier|package)",
    `(?:extra|more|additional|double|bonus|free) (?:${W}{0,3})?(?:storage|space)`,
    "storage (?:for free|free)",
  ]),
  cue(
    "keep-item",
    [
    "keep (?:the|your) (?:machine|item|product|old one|faulty one)",
    "you can keep (?:it|the|your)",
    `(?:do not|don't|no need to|without) (?:worry about |bother |bothering |need to |have to )?(?:send|sending|return|returning|post|posting) (?:${W}{0,2})?back`,
    "(?:no need|without needing|without having) to (?:wait|send|return)",
    "before (?:the courier|it is|it 's|we) (?:even )?(?:collect|picks?|pick|collected|get)",
    "before (?:the )?collection",
    "(?:hang|hold|holding|hanging) on to (?:it|the machine)",
    "no need to return",
    // "so no waiting on the courier": the refund not waiting for the collection
    "no (?:need to )?wait(?:ing)? (?:on|for) (?:the )?(?:courier|collection|pick - up|pickup|pick up|driver)",
  ],
    true,
  ),
  // money owed to her ("you're entitled to £50", "you're owed £30", "£30 due to you"); not a balance she owes
  // ("what's owed is £84.40", "the amount due is £96.40", "there's £84.40 due on the account")
  cue("compensation", [
    `entitled to (?:${W}{0,2})?${MONEY}`,
    `(?<=(?:^| )(?:you|she|he) (?:are|is|were|was|will be|would be|should be|'ll be|'d be) (?:still |actually |definitely |probably |then )?)(?:owed|due) (?:${W}{0,2})?${MONEY}`,
    `${MONEY} (?:${W}{0,1})?(?:owed|due) (?:back )?to (?:you|her|him)`,
  ], true),
  cue("voucher", ["vouchers?", "gift cards?", "gift vouchers?", "store credit"]),
  cue("compensation", [
    // money for what the fault cost her: "I'll reimburse your full day's wages"
    `reimburs(?:e|es|ed|ing) (?:you )?(?:for )?(?:your |the )?(?:${W}{0,3})?(?:wages|earnings|pay|income|day off|time off|lost)`,
    "compensation",
    "compensat(?:e|ed|es|ing)",
    "goodwill payments?",
    `${MONEY} (?:${W}{0,2})?(?:in )?cash`,
    "cash (?:payment|compensation|back)",
    `transfer (?:${W}{0,3})?to your (?:bank|account)`,
    "compo",
    "cheques?",
    `award(?:ed|ing)? (?:you )?(?:${W}{0,1})?${MONEY}`,
    `${MONEY} (?:per|for each|for every) (?:missed|visit|appointment|no)`,
    `an extra ${MONEY} (?:${W}{0,1})?(?:on top|for|as)`,
    "checks? for",
    `(?:pay|send|give|transfer) you (?:${W}{0,1})?${MONEY}(?! (?:${W}{0,3})?back)(?! (?:${W}{0,2})?(?:voucher|vouchers|credit|gift|off|refund|discount))`,
    "for your time",
    // "I'll see you right with thirty quid"
    "see (?:you|her|him) right",
    "worth your while",
    // paying for what the fault cost her: "we'll pay for the job you might lose", "I'll cover your lost earnings"
    `(?:pay|paying|cover|covering|make up) (?:you |her |him )?(?:for )?(?:the |your )(?:${W}{0,1})?(?:job|jobs|earnings|wages|income|losses|loss|lost (?:${W}{0,1})?(?:time|work|day|earnings|wages|job))(?= |$)`,
    "cover (?:the cost|your costs|the costs) of",
    `a payment of ${MONEY}`,
    `${MONEY} (?:extra|on top)`,
    // money given in other words (engine round 24): "I'll put some money your way", "a little something your way", "a bit of
    // money to say sorry", "I'll pay you something for your trouble", "a few quid on us", "a payment to you for the hassle"
    "(?:put|putting|send|sending|throw|throwing|chuck|bung|pass|passing) (?:some |a bit of |a little |a little bit of |a few )?(?:money|cash|something|quid)(?: extra)? (?:your|her|his) way",
    "(?:some|a bit of|a little) (?:money|cash) to (?:say sorry|apologi[sz]e|make up)",
    "(?:pay|paying|give|giving) you something for",
    "bung(?:ing)? you",
    "(?:a few|some) quid",
    "a payment (?:to you|for (?:the|your) (?:trouble|hassle|inconvenience|time|embarrassment|upset|wait))",
    "(?:money|cash|something|a payment|payment) (?:comes|coming|come|goes|going) (?:your|her|his) way",
  ]),
  // removing the fee in dispute, before the credit cues claim "take … off"
  cue("fee-removal", [
    `(?:take|taken|taking|took|takes|knock|knocked|knocking) (?:the |that |this |your |her |his )?(?:equipment |router |exit |late |late - payment |late payment |admin |missed payment |extra |whole )?(?:fee|charge) off`,
  ]),
  cue("credit", [
    // (a credit check, score, rating, file or card is no money on the account: "without a new contract or credit check")
    "credits?(?! (?:checks?|checking|scores?|ratings?|files?|history|cards?|reference agency|agenc(?:y|ies))(?= |$))",
    "credited",
    "crediting",
    // ("a voucher code…, it's worth ten pounds off anything": the voucher's value, not a second discount)
    `(?<!worth )${MONEY} off`,
    "\\d[\\d.]* (?:%|percent|per cent) off",
    "off (?:your|the) (?:next )?(?:bill|account|invoice)",
    // (not the idiom "take that off your shoulders / mind / plate / hands": a burden lifted, whatever it is)
    `(?:knock|knocking|take|taking) ${W}{0,3}off(?! (?:your|her|his|their) (?:shoulders|mind|plate|hands)(?= |$))`,
    `${MONEY} (?:credit |compo |goodwill )?(?:on|onto) (?:your|the) (?:account|bill|next bill)`,
    "goodwill(?: gesture)?",
    // "I'm happy to add twenty pounds to your account"
    `(?:add|adding|put|putting|pop|popping|stick|sticking) (?:${W}{0,1})?${MONEY} (?:(?!back )${W}){0,2}(?:to|on|onto|into) (?:your|the) (?:account|bill|next bill)`,
    "gesture",
    "discount(?:ed)?",
    `reduc(?:e|ed|ing) (?:${W}{0,3})?by ${MONEY}`,
  ]),
  // the debit said to be held, as a plain fact ("tomorrow's direct debit is on hold till the new bill's out", "the
  // payment's on hold"): the hold done, which commits by itself (not "is it on hold?", nor "isn't on hold")
  cue(
    "payment-hold",
    [`(?:direct debit|(?:the|this|that|your|tomorrow 's|this bill 's) (?:payment|collection)) (?:${W}{0,2})?(?:is|'s|has been|has now been|will be|will stay|stays|remains) (?:now |already |all )?(?:on hold|paused|stopped|held|frozen|suspended)`],
    true,
  ),
  cue("payment-hold", [
    `(?:hold|pause|stop|freeze|suspend|halt|cancel) (?:${W}{0,3})?direct debit`,
    // done, or the payment or collection named for the debit: "I've stopped tomorrow's direct debit", "stop
    // tomorrow's payment", "I've stopped that collection"
    `(?:held|holding|paused|pausing|stopped|stopping|froze|frozen|freezing|suspended|suspending|halted|halting) (?:${W}{0,3})?direct debit`,
    `(?:hold|held|holding|pause|paused|pausing|stop|stopped|stopping|freeze|froze|frozen|suspend|suspended|halt|halted) (?:the|this|that|your|tomorrow 's|this bill 's|this month 's) (?:payment|collection)`,
    `direct debit (?:${W}{0,2})?(?:on hold|paused|stopped|held|frozen|suspended)`,
    "payment (?:on hold|hold)",
    // the account, bill or collections paused as a whole (a bereavement or hardship breathing space)
    "(?:account|bill|balance|arrears|collections?|reminders?) (?:on hold|paused|frozen)",
    // the hold's length said inside it: "the account on a 60-day hold", "on a two-month hold"
    `(?:account|bill|balance|arrears|collections?|reminders?) on (?:a |an )(?:${W}{0,3})?hold(?= |$)`,
    "breathing space",
    "nothing (?:will )?leaves? your account",
  ]),
  cue("fee-removal", [
    `(?:remove|removing|removed|take off|taking off|waive|waiving|waived|reverse|reversing|cancel) (?:${W}{0,3})?(?:equipment |router |exit |late |late-payment |late payment |admin |missed payment )?fee`,
    "fee (?:removed|taken off|waived|reversed)",
    // said of the fee as done ("the £59.98 fee is removed", "the fee's been waived", "fee is gone"): its sum stays the fee
    "fee (?:is|was|has been|'s|'s been|will be|'ll be|has now been|is now|'s now|has just been|'s just been|got|gets) (?:removed|taken off|waived|reversed|cancelled|canceled|gone|wiped)",
  ]),
  cue("refund", [
    "refunds?",
    "refunded",
    "refunding",
    "reimburs(?:e|ed|es|ing|ement)",
    `(?:your |the |my |her |his |all (?:of )?(?:your |the )?|half (?:of )?(?:your |the )?)money (?:${W}{0,3})?back`,
    `(?:give|pay|send|get|getting|put|transfer|have|having) (?:you |it |that |them )?(?:${W}{0,5})?${MONEYISH} (?:${W}{0,3})?back`,
    `pay (?:you|it) back`,
    // (not the idiom for being contacted again, "someone will get back to you", "I'll come back to you by 5pm": a call, not
    // money; engine round 28, C36-26, where it was read as the refund and "I'll get back to you tomorrow" as one too early)
    `(?:be |going |go |goes |is |are |will be )?(?<!(?:^| )(?:get|gets|getting|got|circle|circles|report|reports|write|writes|ring|rings|call|calls|phone|phones|email|emails|(?:i|we|someone|somebody|they|he|she|team|colleague|manager|supervisor|person|agent) (?:will |would |can |could |should |shall |must |will then |will definitely |will personally )?(?:\\S+ )?(?:come|comes|coming)) )back (?:in|into|on|to|with) (?:you|your|the card|the account)(?: (?:card|account|bank))?`,
    "cash back",
    "(?:put|give|hand|pay|send) (?:you |her |him )?back (?:everything|all|what|the|your)",
    // a sum in words handed back: "you'll have your six hundred and forty-nine back"
    `(?:have|get|give|put|send|pay) (?:you |her |him )?(?:your |the |all )?(?:(?:${NUMWORD}|and|-|£|\\$|\\d[\\d.,]*) ){1,8}(?:(?:pounds|quid|dollars|euros) )?back`,
    // "your bank will have it back by tomorrow"
    "(?:bank|account|card|you) (?:will|should|'ll|is going to) (?:\\S+ )?(?:have|get) (?:it|that|them|the money) back",
    // "our payments team are reversing it": the payment in dispute taken back
    "revers(?:e|ed|es|ing) (?:it|that|this|the (?:charge|payment|duplicate|transaction|debit|second payment))",
    // "the £34.99 will be back well before then"
    `(?:money|cash|refund|${MONEY}) (?:will|should|'ll|is going to) (?:\\S+ )?be back(?= |$)`,
    `(?:money|cash|${MONEY}) (?:will |should |is going to |'ll )?(?:have )?(?:land|lands|landed|arrive|arrives|arrived|hit|hits|show|shows|shown|clear|clears|cleared|reach|reaches|reached)`,
    "pay back (?:what|the|your|all|everything|it)",
    // "I'll put the full £349 through right now": a sum of hers, or the money, put through to her
    `(?:put|putting|push|pushing|pushed) (?:the |your |that |this )?(?:full |whole |entire )?(?:${MONEY}|money|amount|payment|sum|refund) (?:${W}{0,2})?through`,
    // "I'd like to help you not lose out" names an aim, not what she gets back
    `(?<!help (?:you |her |him |them )?(?:to )?)(?:will not|won't|not|never) lose (?:a penny|a thing|anything|any (?:of )?(?:the |your )?money|(?:the|your) money|out)`,
    `(?:return|returning|returned) (?:the |your )?(?:money|${MONEY}|payment|cash)`,
    `(?:money|${MONEY}) (?:will be |'ll be |should be |is going to be |is )?(?:sitting |back |already )?(?:in|with|into) (?:your|you)(?: account| bank)?`,
    `(?:release|releasing|released) (?:${W}{0,6})?(?:${MONEYISH}|funds)`,
    "pro - rata",
    "pro rata",
    "prorated",
  ]),
  cue("refund", [
    "on (?:its|their) way back(?! (?:to us|to the warehouse))",
    // "the money's on its way to you today": her money said to be coming to her
    `(?:money|cash|funds|refund|${MONEY}) (?:is |'s |are |will be |'ll be )?(?:already |now )?on (?:its|their) way(?: to you| over| back)?(?! (?:back )?to us)`,
    // "your £349 is heading your way today", "the full amount's going through to your card now"
    `(?:money|cash|funds|refund|${MONEY}|(?:full |whole )?amount) (?:is |'s |are |will be |'ll be )?(?:already |now )?(?:heading (?:your way|to you|back to you)|going (?:through |back )?(?:to|onto|into) your (?:card|account|bank))`,
  ], true),
  cue("replacement", ["replacements?", "replace (?:it|the machine|the item|yours)", "replaced", "new (?:one|machine)", "swap (?:it|the machine)", "resend", "re - send", "resent", "send (?:it |one )?again"]),
  {
    ...cue("replacement", [
      "(?:it|that|this|they|sofa|replacement|new one|order|parcel|machine|item|delivery|one|drill|(?:new|replacement|fresh) \\S+) (?:will|should|is going to|are going to|can) (?:be )?(?:with you|delivered|delivered to you|at your door|reach you|get to you)",
      // "you'll have a new drill on your doorstep by tomorrow morning"
      "you (?:will|should|are going to|can) (?:\\S+ )?(?:have|get|receive) (?:a |the |your |another )?(?:new |replacement )?\\S+ (?:on your doorstep|at your door|delivered)",
      // "you'll have your new sofa on Wednesday", "you should get the replacement drill by Friday": goods she will have, by a day
      `you (?:will|should|are going to|can|would) (?:${W}{0,1})?(?:have|get|receive) (?:${GOODS})(?= (?:on|by|before|this|next|tomorrow|today|tonight|first|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: |$))`,
      // "we will send you new drill tomorrow"
      "send (?:you |her |him )?(?:a |an |another |the |your )?(?:new|replacement|fresh) (?!phone|handset|sim|card|bill|email|code|link|password|window|time|slot|date|reference|text|message|form|label)\\S+",
      // goods sent again in everyday words: "ship you a second drill", "post you a new one", "pop a new drill in the post",
      // "a fresh one shipped to you", "another drill out the door to you", "a new drill will go out to you", "on its way"
      `${SEND_VERB} (?:you |him |her |out |over |round |across )?(?:${GOODS})`,
      `(?:${GOODS}) (?:${W}{0,3})?(?:sent|shipped|posted|couriered|dispatched|resent|mailed|redelivered)`,
      `(?:${GOODS}) (?:(?:out|over|round|across) )?(?:to you|your way|out (?:of )?the door|(?:in|into) the post|on (?:its|the) way)`,
      `(?:${GOODS}) (?:${W}{0,3})?(?:go|goes|going|went) out`,
      `(?:get|gets|getting|got|sort|sorts|sorting|find|finds|finding) (?:you|him|her) (?:${GOODS_NOUN})`,
      // "send it out again", "get it shipped again", "redeliver it"
      `(?:${SEND_VERB}|get|gets|getting|have) (?:it|that|one|them|the (?:drill|parcel|order|item|sofa|machine)) (?:(?:sent|shipped|posted|dispatched|couriered) )?(?:(?:out|over|round) )?again`,
      "re - ?deliver(?:s|ed|ing|y)?",
      "redeliver(?:s|ed|ing|y)?",
      "re - ?ship(?:s|ped|ping)?",
      "(?:get|send|have) (?:it|that|this|one|a new one|the new one|(?:the|another|a new|a replacement|your new) (?:new |replacement )?(?:sofa|replacement|order|machine|item|parcel|drill|one)) (?:out )?(?:to you|delivered|round|with you)",
      "deliver(?:ed|ing|y)? (?:it|that|this|the|your|a|to you|on|by|for|next|this)",
      // (not the agent, "I'll come back to you tomorrow", nor anyone coming back to her, which is a call, engine round 28)
      "(?:it|that|this|they|sofa|replacement|new one|order|parcel|machine|item|one|(?!money|cash|refund|not|never|no|£|\\$|i )\\S+) (?:will |'ll |should |is going to |can )?(?:be there|be round|arrive|arrives|(?:come|comes)(?! back (?:to|with) you)|turn up|turns up|gets there|get there|land|lands)(?: to you| with you)?",
      "(?:get|send|sent|have) (?:${W}{0,3})?(?:sent |delivered )?to you",
      "(?:on|in) the (?:van|lorry|truck)",
      // the van or the crew sent out with the goods: "I can get a van out to you tomorrow with the new sofa", "the lads
      // will be round Wednesday bringing your new settee", "I'll have a van with you tomorrow" (not a van sent only to
      // collect the old one)
      `(?:van|vans|lorry|truck|driver|drivers|courier|delivery (?:team|crew|lads|guys|driver|drivers)|lads|crew|two - man team) (?:${W}{0,6})?(?:with|bringing|carrying|to bring|to drop off|dropping off|to deliver|delivering) (?:${GOODS}|(?:your|the) (?:sofa|settee|couch|drill|machine|order|parcel))`,
      `(?:get|gets|getting|got|send|sends|sending|sent|have|book|booked|sort|sorted|put) (?:you )?(?:a |the |our |one of our )?(?:delivery )?(?:van|vans|lorry|truck) (?:out |round |over |up )?(?:to you|with you|to yours|round|out|over)(?! (?:${W}{0,3})?(?:to )?(?:collect|collecting|pick|picking|take away|taking away|for the old|for the damaged|for collection))`,
      "(?:squeez|fitt?|slott?|book)(?:e|ed|ing)? you in",
      // "I've moved your delivery forward to tomorrow", "let me bring the delivery date forward" (engine round 23)
      "(?:move|moves|moved|moving|bring|brings|brought|bringing|pull|pulls|pulled|pulling) (?:your |the |that |her |his )?(?:delivery|sofa|order|replacement)(?: (?:date|slot|day))? (?:forward|up)",
      // her put on a van or a run that is going out ("they've got a van near you tomorrow morning. I've squeezed you onto
      // it", "I've put you on tomorrow's run", "added you to that drop"): the goods go with it (engine round 22)
      // (and "got you squeezed onto a van for tomorrow", round 25)
      "(?:(?:squeez|slott?|fitt?|put|add|popp?|got|tagg?)(?:e|ed|ing|s)? you|(?:got|get|gets|getting|have|had) you (?:squeezed|slotted|fitted|put|popped|booked)) (?:on|onto|on to|into|in on|to) (?:(?:it|that|that one)(?= [,.;:!?]| so| and| but| then|$)|(?:the|that|this|its|their|our|a) (?:van|lorry|truck|run|round|route|drop|drops|delivery|deliveries|load)(?= |$)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight) (?:'s )?(?:run|round|route|van|lorry|truck|delivery|deliveries|drop|drops)(?= |$))",
      // a delivery slot by its day, or a day offered: "get you a Tuesday slot", "we can do tomorrow afternoon"
      "(?:a |the |an )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|earlier|morning|afternoon|evening) (?:delivery )?slot",
      "(?:a |the |an )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|earlier) (?:'s )?(?:delivery|drop - off|drop|van|lorry|truck)(?= |$)",
      "can do(?= (?:tomorrow|today|tonight|this afternoon|this evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: |$))",
      // "our delivery team will bring it", "make sure it's delivered then", "get a new drill sent out", "expect it"
      "(?:bring|brings|bringing) (?:it|them|one|(?:the|your|a) (?:new |replacement )?(?:sofa|replacement|one|order|machine|item|parcel|drill)|your new \\S+)",
      // goods dropped or popped round to her, in everyday words: "we'll drop the new sofa round", "the lads will drop it off
      // tomorrow", "I'll have the new one dropped round to you", "pop a replacement over", "drop round the new sofa" (engine
      // round 26); not something of hers dropped off with us ("drop the old one off at the depot") nor a letter or form
      `(?:drop|drops|dropping|dropped|pop|pops|popping|popped|run|runs|running|whizz|whizzing) (?:it|them|one|(?:${GOODS})|(?:the|your|a) (?:new |replacement )?(?:sofa|settee|couch|replacement|machine|item|parcel|drill|order)) (?:round|over|off|out|across)(?! (?:${W}{0,2})?(?:at|to) (?:the|our) (?:depot|warehouse|store|shop|tip|post office))`,
      `(?:drop|drops|dropping|dropped|pop|pops|popping|popped) (?:round|over|off) (?:${GOODS}|(?:the|your|a) (?:new |replacement )?(?:sofa|settee|couch|replacement|machine|item|parcel|drill|order))`,
      `(?:it|them|one|${GOODS}|(?:the|your|a) (?:new |replacement )?(?:sofa|settee|couch|replacement|machine|item|parcel|drill|order)) (?:dropped|popped) (?:round|over|off|out|across)`,
      "(?:it|that|this|they|sofa|replacement|order|parcel|machine|item) (?:is|'s|are|gets|get) (?:delivered|with you)",
      "(?:get|have) (?:a |another |the |your )?(?:new |replacement |fresh )?\\S+ (?:sent|delivered|resent|dispatched)",
      // with a day or time to it: "expect it early this week"; not "expect it sorted soon"
      "expect (?:it|them|the (?:sofa|replacement|new one|order|parcel|machine|item|delivery|drill))(?= (?:on|by|early|this|next|tomorrow|today|tonight|first|within|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: |$))",
    ]),
    delivery: true,
  },
  cue("repair", ["repairs?", "repaired", "repairing"]),
  {
    ...cue("callback", [
      "be in touch",
      "get in touch with you",
      "(?:a |the )?(?:call|ring|phone call) from (?:them|us|the|someone|a|our|one of)",
      "(?:hear|heard) from (?:them|us|the|someone|a|our)",
      "on the phone (?:to|with) you",
      "(?:team|someone|they|them) to (?:call|ring|phone)",
      "(?:have|get) (?:them|someone|somebody|the team|the bereavement team|him|her) (?:to )?(?:call|ring|phone)",
      "(?:team|they|someone|somebody) (?:will |'ll |is going to |are going to |can )(?:call|ring|phone) (?:you|back)",
      // one of the team calling her, in any tense: "I'll make sure one of them rings you first thing tomorrow",
      // "someone from the team will give you a ring"
      `(?:one of (?:them|the team|the \\S+ team|our team|us)|(?:someone|somebody|a member|an adviser|an advisor|a specialist|a case worker) (?:from|of|on|in) (?:${W}{0,3})?(?:team|support|department|desk)|(?:the |your )?(?:team|they|someone|somebody|named contact|case worker|caseworker)) (?:will |'ll |is going to |are going to |can |should |would )?(?:calls?|rings?|phones?|give you a (?:call|ring|bell)|gives you a (?:call|ring|bell))(?: you| back)?(?= |$)`,
    ]),
    breachOnly: true,
  },
  cue("callback", [
    // (not her calling us, "you can call back when you're ready", coherence round 22)
    "(?<!\\byou (?:can|could|may|might|just|are welcome to|'re welcome to) )call (?:you )?back", "callback", "call-back", "ring you(?: back)?", "give you a (?:call|ring|bell)", "call you (?:on|at|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next|this)"]),
  cue("cancellation", ["cancellation(?! list)", "cancel (?:your |the )?(?:contract|account|broadband|service|membership|plan|subscription)", "cancel with no", "leave with no (?:exit )?fee", "no exit fee"]),
  cue("membership-transfer", [
    `transfer(?:red|ring)? (?:${W}{0,5})?(?:membership|months|to (?:our |the )?${W}{0,2}club|to york|to your|to someone|to another|over to)`,
    "transfer(?:red|ring)? (?:the |your )?(?:rest|remainder|remaining|year)",
    `move (?:your |the )?membership`,
    // "move you to our York club", "move you over to the club in York"
    `move (?:you|it|them) (?:over )?to (?:our |the |a |your )?(?:${W}{0,2})?club`,
    `membership (?:${W}{0,2})?(?:transferred|moved)`,
    `membership (?:can |will |could )?(?:go|move|be transferred|be moved|transfer) to`,
  ]),
  cue("freeze", [
    "freez(?:e|es|ing)",
    "frozen",
    `pause (?:${W}{0,2})?membership`,
    // a delivery or period left out, not given free: "skip next week's box", "next week's skipped"
    `skip(?:s|ped|ping)? (?:${W}{0,3})?(?:box|boxes|delivery|deliveries|week|weeks|order|parcel)`,
  ]),
  // "next week's skipped": said as done, it commits by itself
  cue("freeze", ["(?:box|delivery|week|order|parcel) (?:'s |is |has been |will be )?(?:now )?skipped"], true),
  cue("plan-change", [
    `(?:move|moving|switch|switching|change|changing|put|putting) (?:you |your plan |your account |it )?(?:over )?(?:to|onto) (?:the )?(?:monthly|a monthly|cheaper|basic)`,
    "monthly plan",
    "downgrad(?:e|ing)",
  ]),
  cue("engineer-visit", [
    "engineers?",
    "technicians?",
    `(?:someone|somebody|a fitter|a meter fitter) (?:${W}{0,3})?(?:out|round|over|there|with you)`,
    `smart meter (?:guy|fitter|person|installer|team)`,
    "metering team",
    "(?:earlier|earliest|sooner|first|next) (?:slot|appointment|visit)",
    "techs?",
    `(?:fit|fitted|install|installed|fitting|installing) (?:${W}{0,3})?(?:meter|smart meter)`,
    "send someone",
    "(?:pop|popping|come|coming|call|calling|swing|swinging) (?:round|over|by)",
    `(?:a |our )?(?:guy|bloke|lad|man|person|fitter) in your (?:area|street|town)`,
    "get someone",
    "fitters?",
    "installers?",
    `(?:someone|somebody) (?:is |'s )?on (?:their|his|her|the) way`,
    "(?:slot|appointment|visit) (?:earlier|sooner)",
    "(?:emergency|urgent|priority|same - day|same day) (?:visit|appointment|call - out|callout|slot)",
    "(?:visit|callout|call - out) (?:for |on )?(?:today|tonight|tomorrow|this afternoon|this evening|first thing)",
    `(?:someone|somebody)(?: will|'ll| is going to)? be (?:round|over|out|there)`,
  ]),
  cue("instalments", ["spread(?:ing)?", "instal?lments?", "payment plan", "pay (?:it )?(?:off )?monthly"]),
  cue("bill-reissue", ["re-?issue(?:d)?", "new bill", "corrected bill", "recalculat(?:e|ed|ing)", "rebill", "re-bill", "bill (?:will be )?based on"]),
  cue("escalation", [ESCALATION_SUBJECT, "escalat(?:e|ed|ing)", `pass (?:${W}{0,3})?(?:on|to)`]),
  cue("guide", ["guide", "video", "(?:walk|talk|take) you through", "show you how", "keep on this device", "set-?up guide", "explain how"]),
  cue("feedback-log", ["logged", "log (?:it|this|that|the)", "feedback", "flag(?:ged)? (?:it|this|that)", "report(?:ed)? (?:it|this|that) to"]),
  cue("end-call", ["end (?:this|the) call", "hang up", "terminate (?:this|the) call", "ending (?:this|the) call"]),
];

/**
 * What follows a colleague named by name ("Dean just forgot to raise the order", "Dean messed up"): a fault straight
 * after the name, with only adverbs between, so "Sandra, we messed up" or "Unfortunately we forgot" lay no blame.
 */
export const NAMED_FAULT_RE = new RegExp(`^(?:(?:in|from|at|on) (?:the )?\\S+(?: team| department| desk)? )?(?:(?:'s|is|was|has|had|just|clearly|obviously|really|probably|simply|totally|completely|actually|must have|must 've|did|then) )*${FAULT}(?= |$)`);
/**
 * The same fault laid by a pronoun later in the sentence that names the colleague: "Dean had only been with us a couple
 * of weeks, and he never actually submitted the order" (lead, round 23).
 */
export const NAMED_THEN_FAULT_RE = new RegExp(`^(?:(?!(?:i|we|you)(?= ))\\S+ ){0,12}?(?:, )?(?:and|but|so|because) (?:he|she) (?:(?:'s|is|was|has|had|just|clearly|obviously|really|probably|simply|actually|then|did) )*${FAULT}(?= |$)`);
/** Capitalised words that are not a colleague's name. */
export const NOT_A_NAME = new Set([
  "i", "we", "you", "they", "he", "she", "it", "that", "this", "there", "someone", "somebody", "nobody", "everyone", "everybody",
  "our", "your", "my", "the", "a", "an", "sorry", "unfortunately", "sadly", "honestly", "actually", "apparently", "so", "and",
  "but", "well", "okay", "ok", "right", "yes", "no", "oh", "look", "looks", "listen", "mr", "mrs", "ms", "miss", "sir", "madam",
  // days and months are capitalised too: "the order for Saturday was never raised" lays no fault on a Saturday (lead, round 23)
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "june",
  "july", "august", "september", "october", "november", "december", "christmas", "easter",
]);

/**
 * Words that make a remedy mention a promise or an offer (someone will, can, has, or is doing it). Not a frame for what
 * follows: "I'll be honest with you: a refund because you're moving isn't something the plan allows" (engine round 28).
 */
export const COMMIT_RE = new RegExp(
  [
    "(?:^| )(?:i|we) (?:will|shall|am going to|are going to|can|could|have|had|am|are|would like to|would be happy to|have got|just)(?= )(?! (?:sorry|afraid|not|unable|aware|sure|worried|told|only|been told|looking|checking|wondering|trying|see|hear|imagine|understand|appreciate|be (?:honest|straight|upfront|frank|clear|open|truthful)(?: with you)?|level with you|tell (?:you|that|how|from)|confirm (?:that )?(?:i|we|there|you)(?= (?:can see|see|have|had|were|was|are|is|paid|did))|confirm (?:that )?(?:i|we) can see)\\b)",
    "(?:^| )(?:let me|let us|leave it with me|(?:i|we) (?:should|might|may) (?:well )?be able to|(?:i|we) can (?:probably|likely|most likely)|consider (?:it|the|that|this)|rest assured|i promise|i guarantee|trust me)(?= |$)",
    // "you can count on getting the £280 back": an assurance of the outcome (lead, round 23)
    "(?:^| )you (?:can|could|may) (?:definitely |safely |absolutely )?(?:count on|rely on|bank on|be sure of|be certain of|take it as read)(?= |$)",
    "(?:^| )you (?:will|are going to|are getting|can have|can keep|get|have got|shall)(?= )(?! not)",
    "(?:^| )(?:you will not|you do not need|you never|you will never|you do not have|you won't)(?= )",
    "(?:^| )(?:how about|what about|would you like|do you want me to|shall i|why do not i|why don't i|want me to|happy to)(?= )",
    "(?:^| )(?:would|will|could|does|might) (?:a|an|it|that|the|this|a couple of|some) (?:\\S+ ){0,6}help(?= |$)",
    "(?:^| )here (?:is|'s|are) (?:a|an|your|the|some|£|\\$)(?= )",
    // a remedy put forward as one of her options: "The other option is a replacement by next-day courier", "another
    // alternative, if you'd rather, is a repair", "your options are a refund after collection or a repair"; not an option only
    // wished for or talked about ("another option would be…", "one option people ask about is…"), nor the option for
    // something ("the only option for a refund is your own medical condition") (engine round 20)
    "(?:^| )(?:(?:the (?:other|second|third|first|next|quickest|fastest|simplest|easiest|best|main) (?:option|alternative|choice)|another (?:option|alternative|choice)|(?:one|a second|a third|your (?:other|second|first)) (?:option|alternative)|the alternative|option (?:one|two|three|a|b|1|2|3))(?= (?:is|'s|:|-)(?= )|$)|(?:your|the) (?:two |three )?(?:options|choices|alternatives)(?: here| now)? are(?= ))",
    "(?:^| )can i (?:offer|give|do|book|send|arrange|put|add|get|set|suggest)(?= )",
    "(?:^| )(?:he|she|they|it|that|this|money|refund|bill|balance|engineer|technician|someone|manager|supervisor|team|developers?|update|version|\\S+) (?:will|is going to|are going to|can)(?! not)(?! be (?:honest|straight|upfront|frank|clear|open|truthful)(?: with you)?(?= |$)| level with you)(?! decide| look| review| consider| assess| check| see| discuss| let you know| vary| differ| depend| sometimes| occasionally| be delayed| confirm (?:that )?(?:i|we) can see| confirm (?:that )?there (?:is|are|was|were)| take (?:\\S+ ){0,2}?(?:\\d|up to|around|about|between|roughly|approximately|anything|a few|a couple|several|some|one|two|three|four|five|six|seven|eight|nine|ten|a while|a little|longer|time|a (?:day|week|month)|an hour))(?= )",
    // (how long a process takes, "refunds can take 3 to 5 working days", "it will take a few days to show", is information
    // about how it works, not anyone committing to it: engine round 23)
    // ("have £59.98 off your next bill as a goodwill gesture": a sum given by the imperative, engine round 29)
    "^(?:have|take|keep|enjoy|get) (?:the|a|your|it|this|next|another|an extra|two|three|a couple of|£|\\$)(?= )",
    "(?:^| )(?:that|it|this|everything|all|which) (?:is|has been|'s|is now|has now been|is all) (?:now |all |been )?(?:refunded|credited|done|sorted|processed|booked|cancelled|wiped|written off|scrapped|waived|logged|added|applied|arranged|gone through|on its way|on hold|scheduled|set up)(?= |$)",
    "(?:^| )(?:is|'s|are|will be) (?:going out|going back|going on(?= (?:your|the|to|for|now|today|tonight|this|straight|right))|going onto|on (?:its|their|his|her) way|being (?:refunded|credited|sent|added|processed)|coming back to you|heading (?:back|your way))(?= |$)",
    // "That's £280 going back to your card", "so that is the full amount on its way back to you": the sum named between
    "(?:^| )(?:that|this|there) (?:is|'s) (?:now )?(?:the |your |all )?(?:full |whole )?(?:£ \\S+|\\$ \\S+|money|refund|amount|(?:\\S+ ){1,6}(?:pounds|quid)) (?:going (?:back|out|through)|heading (?:back|your way|to you)|coming back|on (?:its|their) way)(?= |$)",
    "^(?:(?:ok|okay|right|so|sure|great|alright|done|yes|yep|no problem) )*(?:sending|booking|adding|putting|arranging|processing|refunding|crediting|logging|cancelling|transferring|freezing|moving|switching|emailing|booked|arranged|logged|sent|added|applied|scheduled|done)(?= |$)",
    "(?:^| )(?:booked|arranged|logged|scheduled|set up|sent over|sent through)(?= |$)",
    // "a £25 credit has been applied to your account"
    "(?:^| )(?:has|have|'s) (?:now |just |already )?been (?:applied|added|credited|issued|approved|waived|refunded|put on|arranged|booked|fast - tracked|fast-tracked|expedited|prioriti[sz]ed|pushed through|processed|put through|released|actioned|authori[sz]ed)(?= |$)",
    // "you're all set for an engineer visit tomorrow", "you're booked in for Thursday" (engine round 23)
    "(?:^| )you (?:are|'re) (?:all )?(?:set|booked(?: in)?|sorted|down) for(?= )",
    // a third party's coming visit, in the present: "our engineer's coming to you Thursday", "someone is popping round" (engine round 23)
    "(?:^| )(?:is|'s|are) (?:coming|popping|calling|going) (?:to you|to yours|round|over|out to you|by)(?= |$)",
    // the goods' going out said as fixed, in the present: "the new sofa goes out to you tomorrow", "it arrives with you on
    // Thursday" (engine round 26; a rule in general, "refunds go out within five days", is plural and stays a rule)
    "(?:^| )(?:goes out to you|arrives with you|gets to you)(?= |$)",
    "(?:^| )you (?:should|will|'ll) (?:see|get|have|receive|notice|find|hear)(?= )",
    "(?:^| )i (?:give|make|do|send|put|add|book|arrange|pay|process|issue|refund) (?:you|the|a|your|it|extra|an)(?= )",
    "(?:^| )we (?:make|do|process|issue|send) (?:the|your) (?:refund|credit|payment)(?= |$)",
    "(?:^| )(?:i|we) (?:have )?got you(?= )",
    "(?:^| )(?:i|we) (?:will not|won't) (?:charge|bill|take|collect)(?= )",
    // "we give you compensation of twenty-five pound", "we pay you": to her, in the present (a rule said in general,
    // "we give a credit only when…", is not)
    "(?:^| )we (?:give|send|pay|put) you(?= )",
    "(?:^| )(?:expect|look out for|keep an eye out for|watch out for)(?= (?:the|your|a|an|it|to|that|this|£|\\$|\\d))",
    "(?:^| )(?:is|'s|are) yours(?= |$)",
    // a sum handed back in a verbless line: "Two hundred and eighty pounds back to you, then."
    "^(?:(?:so|right|okay|ok|fine|then) )?(?:£ \\S+|\\$ \\S+|(?:\\S+ ){0,5}(?:pounds|quid|dollars)) back (?:to|in|into|on|with) (?:you|your)(?= |$)",
    "(?:^| )(?:the |your )?(?:refund|money|payment|credit) (?:is|'s|has been) (?:now |all )?(?:done|sorted|processed|gone through|on its way)(?= |$)",
  ].join("|"),
);

/**
 * Verbs that pass a matter on without promising an outcome ("the complaints team will decide"), and the rule said
 * of a thing, in the passive ("the annual plan can only be refunded in the first 14 days"; "I can only refund half"
 * is still the agent's own offer).
 */
export const NONCOMMITTAL_RE = /(?:^| )(?:only (?:the |our |a |my )?(?:\S+ ){0,2}(?:can|could|may|is able to|are able to)|(?<!(?:^| )(?:i|we) )(?:can|could|may) only (?:ever )?be|decide|decides|look at|looks at|look into|review|consider(?! (?:it|that|this|the))|assess|discuss|see what|see if|see whether|ask (?:\S+ ){0,3}?(?:to look|about|whether|if))(?= |$)/;

/** A promise to try is not a promise: "I'll do my best to get this approved", "I'll see what I can do". */
export const HEDGE_RE = /(?:^| )(?:do my best|do our best|try to|try and|see if i can|see if we can|see what i can do|see whether|hope to|hopefully|fingers crossed)(?= |$)/;
/**
 * An effort made sure of ("I'll try to get you some compensation, I'm sure I can, leave it with me"): the hedge is
 * taken back, so the sentence commits. (Ability said softly, "I should be able to get that waived", "I might be
 * able to stretch the credit", was never a hedge: it tells her she can have it.)
 */
export const ASSURED_RE = /(?:^| )(?:i am sure (?:i|we) can|(?:i|we) (?:can|will) definitely|consider it done)(?= |$)/;

/**
 * A remedy named as the topic of talk, not as something done: "I'll be honest with you about the refund", "…about why
 * the refund isn't straightforward", "I'm going to be straight with you on the refund", "where we stand on a refund".
 */
export const TOPIC_RE = /(?:^| )(?:(?<!how |what )about(?: (?:why|how|whether|when|where|what happens (?:to|with)))?|(?:straight|honest|upfront|up front|clear|frank|open|plain|truthful|direct|level|real) (?:with (?:you|ye) )?on|(?:where (?:we|you|i|things) (?:stand|are)|the (?:position|rules?|policy|situation|latest|facts|truth|story|score|lowdown)|an update|(?:a |the |an )?(?:straight |honest |proper |clear )?answer) on|regarding|concerning|explain|explaining|on the subject of|as for|in terms of|hear (?:about|on|back on|back about)|to (?:confirm|check|make sure|see)(?: that| whether| if)?|confirming|confirms|confirmation (?:of|for)|receipt (?:of|for)|reference for|(?:an |the )?(?:email|text|letter) (?:about|for|with))(?: the| a| an| your| any| our)?$/;

/**
 * A document said to arrive, or anything said to arrive by email, text or post ("both confirmations will be in your
 * email this afternoon", "you'll get a text with the time", "the reference will be with you by email"): its time is
 * the document's, not the money's or the goods'. (Money named in the clause keeps it a remedy.)
 */
export const DOCUMENT_ARRIVAL_RE =
  /(?:^| )(?:(?:confirmations?|emails?|e - mails?|texts?|text messages?|letters?|receipts?|references?|reference numbers?|details|links?|codes?|labels?|notifications?|messages?|paperwork|forms?|summary|summaries|write - up)(?= (?:\S+ ){0,3}(?:be |arrive|arrives|come|comes|land|lands|drop|drops|with you|in your|to you))|(?:in|into|to) your (?:email|e - mail|inbox|emails|texts|messages|post|letterbox)|by (?:email|e - mail|text|post|sms))(?= |$)/;
/** Money named, so a clause is about the money even when a document comes with it. */
export const MONEY_WORD_RE = /(?:^| )(?:money|cash|refund|refunds|£|\$|€|funds|payment|pounds|quid)(?= |$)/;

/** Checking on a remedy rather than giving it: "…to make sure the refund has landed". */
// and a document about a remedy is not the remedy: "a refund confirmation by email within the hour"
export const SUFFIX_TOPIC_RE = /^(?:(?:has|have|had) (?:landed|arrived|come|cleared|reached|gone|been(?! (?:now |just |already )?(?:applied|added|credited|issued|approved|waived|refunded|put on|arranged|booked)(?= |$))|shown)|(?:confirmation|confirmations|reference|receipt|notification|form)(?! (?:is|will|'ll|should) (?:be )?(?:back|in your|with you)))(?= |$)/;

/** The rule said of the remedy, after it: "a pro-rata refund can only be given for your own medical condition". */
export const SUFFIX_RULE_RE = /^(?:\S+ ){0,3}?(?:can|could|may) only (?:ever )?be(?= |$)/;

/** A negation after the remedy: "a free year isn't something I can give", "a refund is not possible". */
export const SUFFIX_NEG_RE = /^(?:\S+ ){0,4}?(?:is not|are not|is never|are never|was not|can not be|will not be|cannot be) (?:something|an option|possible|available|allowed|on the table|going to happen|what|doable|in my gift|mine to)/;

/** Negators whose scope the reader adds to wink-nlp's negation flags. */
export const NEGATOR_RE = /(?:^| )(?:no way|nothing|never|nobody|unable to|not able to|not possible|impossible|can not|cannot|could not|will not(?! have to wait| need to wait)|would not|(?<!why )do not(?! worry| have to wait| need to wait)|does not|did not|is not(?! the first time)|are not|(?<!why do )not(?! worry| the first time| have to wait| need to wait)|no|refuse|without)(?= |$)/;

/** Saying what one will not promise or do: "I won't promise", "I don't know whether", "I'd rather not". */
export const DISCLAIM_RE = /(?:^| )(?:(?:can|will|could|would) not (?:promise|guarantee|say|tell you|pretend|commit)|(?:do not|don't) (?:know|think) (?:whether|if|that)|not (?:going to|gonna) (?:promise|pretend|tell you)|rather not|not saying|not sure (?:whether|if|that))(?= |$)/;

/** A sentence about what would happen in another world: "if I could", "I wish I could", "I'd love to say". */
export const COUNTERFACTUAL_RE = /(?:^| )(?:if i could|if we could|if it were|if it was|if i were|if only|i wish|i would love to|would have|could have|in an ideal world|i would if|if i had my way)(?= |$)/;

/** Words that report what someone else said, wanted or felt. */
export const REPORT_RE = /(?:^| )(?:(?:you|he|she|they|someone|somebody|the (?:last |other |previous )?(?:agent|person|advisor|adviser|chat|colleague)|your (?:email|emails|friend|letter)|sales|the sales (?:chat|team)|it) (?:said|says|told|promised|mentioned|asked|wrote|claimed|were told|was told|have been told|has been told|were promised|was promised|have been promised)|(?<!(?:^| )if )you (?:want|wanted|asked|mentioned|said|feel|felt|thought|expected|expect|were hoping|hoped|would like|would want|would expect|might want|might expect)|were you told|was it said|(?:what )?i (?:am|'m) hearing (?:is )?(?:that )?|(?:so )?you (?:are|'re) saying|your (?:friend|neighbour|sister|brother|mum|mother|dad|father|husband|wife|partner|son|daughter|colleague)(?: \S+)? (?:got|had|was given|received|managed to get))(?= |$)/;

/** The agent's own earlier words ("I said…", "I told you…"), not "as I said", which says them again. */
export const OWN_REPORT_RE = /(?:^| )(?<!as )(?:i|we) (?:said|told you|mentioned|promised|suggested)(?= |$)/;
/** A correction: what was said before is taken back ("and I shouldn't have", "I need to correct myself", "that was wrong"). */
export const RETRACT_RE = /(?:^| )(?:(?:i|we) (?:should not|should never) have|correct (?:myself|that|what i said)|(?:that|it) was (?:wrong|a mistake|not right|not true)|i was wrong|my mistake|take (?:that|it) back|i got (?:that|it) wrong|i misspoke)(?= |$)/;

/** Questions that put something forward ("would a replacement help?") rather than ask. */
export const PROPOSE_RE = /(?:^| )(?:how does that sound|does that sound|sound good|sounds good|is that (?:ok|okay|alright)|would that work|does that work|would you prefer|do you prefer|would you rather|which would you prefer|do you want|would you want|how about|what about|would you like|do you want me to|shall i|why do not i|want me to|would (?:a|an|it|that|the|this) (?:\S+ ){0,6}help|would (?:\S+ ){1,7}(?:help|calm|settle|smooth)|will that do|would that do|what if (?:i|we)|would that change your mind|would (?:\S+ ){0,3}suit|is (?:it |that )?ok(?:ay)? like this|if (?:that|it|this) (?:helps|would help)|can i (?:offer|give|do|book|send|arrange|put|add|suggest)|could i (?:offer|give|book|send|arrange)|how (?:is|'s) that|how about that|how (?:would|does|do) (?:\S+ ){1,6}sound)(?= |$)/;

/** Phrases that give money a purpose of making up for something (so a sum is compensation). */
export const APOLOGY_PURPOSE_RE = /(?:^| )(?:for (?:the|all the|your|all this|all of this|being) (?:trouble|hassle|inconvenience|wait|waiting|emails|ignored|missed|stress|upset|bother)|for all (?:this|that)|as (?:an |a )?(?:apology|sorry|goodwill)|to say sorry|to make up for|for your trouble|for being ignored|for (?:the|your|all the) (?:distress|upset|worry)|for the missed \S+|for (?:each|every|the|both|all the|those) (?:missed|wasted|no - show|no show|failed|engineer no)(?: \S+)?|for (?:the |your |all the |those |both )?(?:two |three |\d+ )?(?:broken promises?|wasted (?:time|day|trip|saturday|journey)|lost (?:time|earnings|wages|day|work)|overcharg\S*|overpa\S*))(?= |$)/;

/** Tokens at which a sentence splits into clauses (the words themselves start the next clause). */
export const CLAUSE_BREAK_WORDS = new Set(["but", "although", "though", "because", "whereas", "however", "unless", "cos", "cause", "since"]);
/**
 * A clause that only says what went before costs nothing ("…on top of your year, completely free", "…, on the house",
 * "…, and you won't pay a penny for them"): it stays with the clause before, so the period and its price read together.
 */
export const FREE_TAIL_RE = /^(?:, )?(?:and )?(?:(?:totally|completely|entirely|absolutely|all|fully) )?(?:free|free of charge|for free|on us|on me|on the house|at no (?:extra )?(?:cost|charge)(?: to you)?|no charge|you (?:will not|won't) pay (?:a penny|anything|a thing)(?: for (?:them|it|those|that))?|(?:that|this|it) (?:one )?(?:is|'s|will be) (?:on us|on me|on the house|free))$/;
export const CLAUSE_BREAK_PUNCT = new Set([",", ";", ":", "—", "–", "(", ")", "...", "…"]);
export const SUBJECT_WORDS = new Set(["i", "we", "you", "they", "he", "she", "it", "that", "this", "there", "the", "your", "my", "our", "someone"]);

/**
 * A clause that turns down what the clause or sentence before it named, by pointing back at it (engine round 21):
 * "…, but I can't do that", "…, but that's not something I'm able to do", "…, but that isn't possible, I'm afraid".
 * The remedy named before is then refused, not promised: "Another option would be a refund today, but I can't do that".
 * The pointing-back form ("do that") must end the clause, bar a courtesy ("for you", "I'm afraid", "today") or what it
 * waits for ("before the courier has it"), so "but I can't do it in cash" or "but I can't do more than that" turn nothing
 * down; the "that is not…" forms may run on, but not into what "it" stands for ("it isn't possible to refund today").
 */
export const REFUSES_BEFORE_RE = new RegExp(
  "^(?:(?:but|however|though|although|sadly|unfortunately|honestly|and|,|-|—|i am afraid|i 'm afraid) )*(?:" +
    [
      "(?:i|we) (?:can not|could not|will not|would not|am not|are not|am unable to|are unable to|am not able to|are not able to|am not allowed to|are not allowed to|am not permitted to|are not permitted to|do not have the authority to|have no way to|have no way of) (?:actually |really |just |currently |honestly )?(?:be able to |be allowed to )?(?:(?:do|offer|give|promise|arrange|authorise|authorize|approve|agree to|guarantee|put through|process|make|honour|honor|sort) )?(?:that|it|this|one|so)(?: (?:for you|today|i am afraid|sorry|unfortunately|here|on this call|right now|now|anymore|any more|though|either|myself|personally|from here))*(?: (?:before|until|till|unless|without) .*| [.!])?$",
      "(?:that|it|this) (?:is not|was not|will not be|would not be|can not be|could not be|is never|is just not|is simply not|really is not) (?:something|an option|possible|available|allowed|permitted|on the table|doable|in my gift|mine to|within my|what (?:i|we) can|going to happen|happening)(?= |$)(?! (?:for (?:me|us|you) )?to )",
      "(?:that|it|this) (?:is|would be|will be) (?:off the table|against (?:the |our )?(?:policy|rules)|impossible|out of my hands|beyond what (?:i|we) can)(?= |$)(?! (?:for (?:me|us|you) )?to )",
      "not something (?:i|we) (?:can|am able to|are able to|am allowed to|are allowed to)(?= |$)",
    ].join("|") +
    ")",
);

/**
 * A remedy said to be hers to have, in the words before it (engine round 21): "there's also a free manufacturer repair",
 * "you're also entitled to a free repair under the maker's warranty", "it qualifies for a repair", "we also offer a
 * replacement", "there's the option of a repair". Read as an offer when the remedy is one the policy allows. Not a remedy
 * only talked about ("there's a delay on the refund", "there's a note about a refund"), nor in the past or wished for.
 * Matched against the clause's words before the remedy's cue.
 */
export const AVAILABLE_BEFORE_RE =
  /(?:^| )(?:there (?:is|are)(?: also| still| always| of course| actually)*(?: the (?:option|choice|possibility) of)?|you (?:are|would be)(?: also| still| fully| absolutely| of course| definitely| actually)* (?:entitled to|eligible for|covered for|due|owed)|(?:it|that|this|the (?:machine|item|product|phone|handset|order|plan|membership|account)|your (?:machine|item|product|phone|handset|order|plan|membership)) (?:qualifies|is covered|is eligible|is still covered) for|we(?: also| do| can also)? (?:offer|provide)|you (?:can|could)(?: also| still| always| instead)? (?:go for|opt for|choose|pick))(?: (?:a|an|the|your|our))?(?: (?!(?:no|not|any|delay|delays|problem|problems|issue|issues|question|questions|limit|chance|risk|hold|backlog|wait|charge|fee|cost|catch|process|form|deadline|reference|note|record|history|mention|request|mistake|error|fault|complaint)(?= ))\S+){0,3}$/;
/**
 * After the cue, a thing that only exists somewhere for her to find ("there's a guide in the app", "…on our help centre",
 * "there's a toggle that says Keep on this device"), or the remedy's rules, not the remedy ("there's a refund policy"):
 * pointed at, not offered.
 */
export const AVAILABLE_SOMEWHERE_RE = /^(?:(?:policy|policies|process|rules|terms|form|forms|team|department|desk|line|window|period|deadline|queue|request|requests|backlog)|(?:in|on|at) (?:the|our|your) (?:app|website|web site|site|help cent(?:re|er)|faq|faqs|page|portal|settings|menu|account page)|that (?:says|explains|shows|tells)|(?:if|when) you (?:search|look|go))(?= |$)/;
/** The same said after the cue: "a free repair is also available to you", "a replacement is an option". */
export const AVAILABLE_AFTER_RE = /^(?:is|are|'s)(?: also| still| always| of course| definitely)* (?:available|on offer|an option|open to you|there for you|yours if you want it)(?= |$)/;

/**
 * A remedy said to be hers only on a condition or as the rule in general (engine round 22): "a refund is available if
 * it's your own medical condition", "refunds are only available with a doctor's letter", "a refund is normally
 * available within 14 days". The rule explained, not the remedy put on the table, so a forbidden remedy said this way
 * is no breach; her own choice is no such condition ("there's a free month if you stay" still offers it). Matched
 * against the candidate's sentence.
 */
export const AVAILABLE_ON_CONDITION_RE =
  /(?:^| )(?:if(?! you (?:stay|stayed|want|wish|like|would|d|prefer|agree|keep|remain|sign|decide|choose|are happy|re happy))|only|when|once|unless|provided|providing|as long as|subject to|so long as|normally|usually|generally|typically|in (?:some|certain|most) cases|with (?:a|an|the|your) (?:doctor|doctors|gp|medical|receipt|proof|letter|note)|for (?:the member s|the member's|your own|a medical|medical)|within (?:the first )?(?:\d+|fourteen|thirty|14|30) days)(?= |$)/;
/** Remedies named in the plural as a class ("refunds are available", "credits are an option"): the rule, not an offer. */
export const GENERIC_REMEDY_RE = /^(?:refunds|credits|vouchers|replacements|repairs|exceptions|transfers|freezes|upgrades)$/;

/**
 * A remedy in the customer's history, not in this call (engine round 22): "there was a repair booked last year", "you
 * had a credit in March", "you got a £15 credit in January", "there's been a refund on this account before". A past
 * form (`PAST_FORM_RE`) with a time already gone (`PAST_TIME_RE`) reports what happened; it offers nothing and promises
 * nothing. Not "I've booked a repair for next week" (no past time), nor "I refunded it this morning" (this call's day).
 */
export const PAST_FORM_RE =
  /(?:^| )(?:there (?:was|were|has been|have been|had been|is been)|(?:you|we|i|it|that|this|they|he|she|your \S+|the \S+) (?:was|were|had|got|received|had been|were given|was given)|(?:was|were) (?:\S+ed|given|sent|done|made|put|taken|paid|set up|booked|issued|applied|added|arranged))(?= |$)/;
export const PAST_TIME_RE =
  /(?:^| )(?:last (?:year|month|week|time|winter|summer|spring|autumn|christmas|january|february|march|april|june|july|august|september|october|november|december)|(?:\S+ )?(?:days|weeks|months|years|year|month|week|while) ago|a (?:while|year|month|week|few (?:weeks|months|years)|couple of (?:weeks|months|years)) ago|back in|previously|in the past|before now|on (?:this|your) account before|earlier (?:this|in the) year|in (?:january|february|march|april|may|june|july|august|september|october|november|december)(?: last year)?|in (?:19|20)\d\d)(?= |$)/;
/**
 * A request put in for a remedy, with no time (engine round 22): "I'll put a request in for a replacement, and the delivery
 * team will be in touch to arrange a date", "I'll raise a request for an engineer". The agent commits to asking, not to
 * the remedy: passed on, like "I'll ask the team about a refund". With a time of its own ("I've put a request in for the
 * replacement on Thursday") it is read as before. Matched against the words before the remedy's cue.
 */
export const REQUEST_FOR_RE =
  /(?:^| )(?:put|puts|putting|raise|raises|raising|raised|submit|submits|submitting|submitted|log|logs|logged|logging|lodge|lodged|make|made|send|sent|pop|popped)(?: in)? (?:a|an|the|another|your|one)(?: (?:new|fresh|formal|urgent|priority))? (?:request|application|ticket)(?: in)?(?: (?:with|to) (?:the )?(?:\S+ ){0,2}(?:team|department|warehouse|depot))? for(?: (?:a|an|the|your|another|one))?(?: (?:new|replacement))?$/;
/**
 * A remedy that waits on someone else's finding (engine round 22): "Should they identify that a duplicate payment has been
 * taken in error, a refund will be processed", "if the team confirms it, the money goes back". Not offered: what she is
 * told is that others will decide. (Read for offers only: a forbidden remedy promised this way is still the breach.) The
 * one reading of it: the reader matches it against a sentence's words, the engine (`awaitsFinding` in substance.ts)
 * against a sentence's lower-case text, so its edges are word boundaries (engine round 23).
 */
export const AWAITS_FINDING_RE =
  /\b(?:if|should|once|when|provided) (?:they|the (?:[\w'-]+ )?(?:team|department)|our (?:[\w'-]+ )?(?:team|department)|someone|somebody|a manager|the manager|my manager|a supervisor|finance|payments|the investigation|the review)(?:'ve|'d| have| has| had)? (?:identify|identifies|identified|find|finds|found|locate|locates|located|trace|traces|traced|confirm|confirms|confirmed|decide|decides|decided|agree|agrees|agreed|establish|establishes|established|determine|determines|determined|uphold|upholds|upheld|approve|approves|approved|verify|verifies|verified|is (?:found|confirmed|verified|approved|upheld|located|traced))\b|\b(?:anything|whatever|any money|any amount)(?: that)?(?: is| 's|'s)? (?:owed|due|found to be owed)\b/;

/**
 * A waiting or cancellation list, or a slot that may free up (engine round 23): "I can put you on the cancellation list for an
 * earlier slot", "I've added you to the waitlist", "if an earlier slot frees up, we'll move you onto it". Being on a list is
 * not the remedy itself: the earlier slot is at most an option, never promised. Matched against a sentence's words.
 */
export const WAITLIST_RE =
  /(?:^| )(?:(?:cancellation|cancellations|waiting|wait|standby|stand - by|reserve|reserves) list|waitlist|wait - list)(?= |$)|(?:^| )(?:if|when|should|as soon as|in case|once) (?:a|an|any|anything|one|something|someone|somebody|another) (?:\S+ ){0,3}?(?:comes? up|frees? up|becomes? (?:available|free)|opens?(?: up)?|turns? up|crops? up|drops? out|cancels)(?= |$)/;
