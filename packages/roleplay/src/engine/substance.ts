import { LABEL_IDS, PITFALL_IDS, type LabelId, type Scenario } from "@defuse/content";
import { labelIds, type LabelHit, type Span } from "../analyser/label";
import { AWAITS_FINDING_RE } from "../commitments";
import { keptPerScenarioText } from "./kept";
import { looksIntoOnly, recitesOnly } from "./recital";

/**
 * Whether a technique the analyser saw actually engaged with THIS call. The analyser says what kind
 * of move a sentence is; this module says whether the move was about the customer in front of you:
 * - fixes (solution, options, expectation, explanation, escalation) must name the scenario's remedies,
 *   amounts, dates or persona facts (its `engine.topics`), or come with an offer the commitment reader found;
 * - acknowledgement (empathy, apology, reflection, ownership, follow-up) must pick up something the
 *   customer said (their words, the facts they told, the feelings they voiced) or a topic of the call;
 * - a sentence said before earns nothing the second time (stock phrases), and a sentence made of
 *   technique names ("options either or which prefer solution fixed") earns nothing at all.
 * Everything here is a pure function of the scenario, what the customer has said so far and the turn.
 */

export interface Credit {
  label: LabelId;
  /** True when the move engaged with this call and so earns credit and calms the customer. */
  engaged: boolean;
  /** One sentence, quoting the learner, saying why it did or did not count. */
  why: string;
  span: Span;
  /** Held back only because the turn refused with nothing offered instead (see `walled` in conversation.ts). */
  walled?: boolean;
}

export interface SentenceInfo {
  start: number;
  end: number;
  text: string;
  topics: string[];
  /** Customer's content words (stemmed) this sentence picks up. */
  echoes: string[];
  fingerprint: string;
  salad: boolean;
  conditional: boolean;
  /** The sentence is only a hypothetical ("if I could refund you, I would"): it offers nothing. */
  conditionalOnly: boolean;
}

export interface Assessment {
  credits: Credit[];
  sentences: SentenceInfo[];
  /** Topic ids named anywhere in the turn. */
  topics: string[];
  salad: boolean;
  /** Every sentence of the turn had been said before. */
  stock: boolean;
  /** A long turn naming many techniques: the customer hears a script. */
  wall: boolean;
}

export interface AssessContext {
  /** Everything the customer has said so far, oldest first (opening line included). */
  heard: string[];
  /** Stems of customer lines the state kept without their texts (a server that dropped earlier lines). */
  heardStems?: readonly string[];
  /** `heard`'s and `heardStems`' stems together, when the caller has already gathered them. */
  heardSet?: { has(stem: string): boolean };
  /** Sentence fingerprints the agent has said before, with counts. */
  said: Record<string, number>;
  /** Whether the customer's last line was abusive (a warning answers it). */
  abusedLast: boolean;
  /** Whether an open question has already earned credit in this call. */
  askedBefore: boolean;
  /** Remedy ids the commitment reader says this turn offers, with the quote that offers each. */
  offers: { remedyId: string; quote: string }[];
  /** Facts this turn brought out. */
  revealed: string[];
  /** The agent's previous turn had a pitfall (an apology that owns it is about this call). */
  slippedLast?: boolean;
  /** The offers alone (not the explanations) among `offers`: what someone commits to do. */
  committed?: { quote: string }[];
  /** Every need and worry of the call had been dealt with before this turn (a check before the end fits). */
  settled?: boolean;
  /** Remedy ids offered in earlier turns of the call: the alternatives already on the table. */
  offeredBefore?: readonly string[];
}

/**
 * An alternative set beside what is already on offer: "Or, if you'd rather not use it at all, the remaining months can go
 * to someone else", "Alternatively…", "Another option is…", "…instead".
 */
const ANOTHER_WAY = /^\W*(?:or|alternatively|otherwise)\b|\b(?:if you(?:'d| would) (?:rather|prefer)|another (?:option|way|choice|alternative)|the other (?:option|way|choice)|instead)\b/;

const FIX_LABELS = new Set<LabelId>(["solution", "options", "expectation", "explanation", "escalation"]);
const ECHO_LABELS = new Set<LabelId>(["empathy", "apology", "reflection", "ownership", "follow_up"]);

/** Words too common to show that an agent listened. */
const STOP = new Set(
  (
    "i me my mine we us our ours you your yours he him his she her they them their it its this that these those a an the and or but if so " +
    "to of in on at by for with from about as into than then there here what which who whom whose when where why how is am are was were be been being " +
    "do does did done have has had having can could will would shall should may might must not no nor yes just only very really too also all any some " +
    "more most much many such own same other again once up down out off over under more well now still even ever let lets get got getting go going gone " +
    "make made making take taking took say said saying tell told telling know knew see seen hear heard look looking want wanted need needed " +
    "i'm i've i'll i'd you're you've you'll you'd we're we've we'll it's that's there's don't doesn't didn't can't won't isn't aren't wasn't weren't " +
    "one thing things something anything nothing everything way right okay ok oh um er yeah please thank thanks sorry understand feel feeling " +
    "completely totally absolutely definitely certainly sure help helping happy glad appreciate apologise apologize apologies sound sounds " +
    "situation problem issue matter call today moment bit lot time"
  ).split(" "),
);

/** Words that name techniques or fill a script rather than say anything about the call. */
const SCRIPT_WORDS = new Set(
  (
    "option options either prefer preference solution solutions fix fixed resolve resolved resolution empathy empathise empathize expectation " +
    "expectations ownership own apology apologise apologize explanation explain reflect reflection escalate escalation follow followup boundary " +
    "which choose choice choices alternative alternatives understand understanding acknowledge validate feelings appreciate hear frustration " +
    "frustrating frustrated inconvenience concern concerns"
  ).split(" "),
);

/** A sentence that refers back to something named just before ("I'm refunding it now", "I'll sort that today"). */
const POINTS_BACK = /\b(?:it|that|this|them|those|these|one)\b/;
/**
 * Owning one's own last words: "that wasn't fair of me", "that was out of line", "I shouldn't have said that",
 * "that was blunt of me", "I was too short with you", "I went too fast and used our office words".
 */
/** An apology and nothing else: "I'm sorry.", "I'm really sorry." */
const BARE_SORRY = /^\W*(?:i'm|i am)\s+(?:(?:so|really|very|truly|genuinely)\s+)?sorry\W*$/;
/** How an agent names their own words as harsh when owning them ("that was blunt of me", "that came out sharp"). */
const HARSH = "blunt|harsh|curt|abrupt|short|sharp|snippy|snappy|snide|cold|sarcastic|flippant|unfair|unkind|rude|dismissive|unhelpful|uncalled for|clumsy|tactless|thoughtless|insensitive";
const OWNS_SLIP = new RegExp(
  [
    // (whatever was "X of me": "asking for him like that was clumsy of me")
    `\\bwas (?:a bit |too |very |rather |really )?(?:${HARSH}) of me\\b`,
    `\\bi was (?:a bit |too |very |rather |really )?(?:${HARSH.replace("|short|", "|short with you|")})\\b`,
    // "sorry, that was a snippy thing to say", "sorry, that was a cold way to put it" (after an apology: with none,
    // "that was a rude thing to say" is as likely said of the customer's words)
    `\\b(?:sorry|apologies|i apologi[sz]e)\\b[^.?!]{0,40}\\b(?:that|this) was (?:a |an )?(?:bit of a |really |very |pretty |rather |a bit )?(?:${HARSH}) (?:thing|way|remark|comment|answer|reply|response)\\b`,
    "\\b(?:that|this|what i said)(?:'s| is| was)?\\s*(?:n't|not)?\\s*(?:wasn't|was not|isn't|is not|not)\\s+(?:fair|right|okay|ok|called for|professional|on)\\b",
    "\\bout of line\\b",
    "\\bthat was (?:a lot of|a wall of|too much)\\b",
    "\\bshouldn't have (?:said|put|blamed|brought)\\b",
    `\\bcame out (?:a bit |too |very |rather |really )?(?:wrong|badly|${HARSH})\\b`,
    "\\bi was wrong to\\b",
    "\\bi (?:went|was going|spoke|talked) (?:a bit |too |far too |way too |much too )?(?:fast|quick(?:ly)?)\\b",
    "\\bi rushed\\b",
    "\\b(?:used|using) (?:our |some |all )?(?:office|internal|jargon|technical|company) (?:words|terms|language|jargon|speak|codes)\\b",
    "\\btake that back\\b",
    "\\bnot fair (?:of me|on (?:him|her|them|your colleague))\\b",
    // "telling you to calm down wasn't fair", "… doesn't help you at all" (owned in the present tense too)
    "\\b(?:telling|asking) you to [^.?!,;]{1,30}? (?:wasn't|was not|isn't|is not|didn't|did not|doesn't|does not|won't|will not) (?:fair|right|help|helpful|called for|okay|ok|on)\\b",
    "\\bcame across (?:as|like)\\b",
    "\\bi (?:wasn't|was not) mean(?:ing)? to\\b",
    "\\bi didn't mean (?:to|that|it)\\b",
  ].join("|"),
);
/**
 * A warning that the call will end if the abuse goes on, with nothing else in the sentence but the case kept open or the
 * wish to carry on helping: "If they do, I'll end the call, and your claim will stay open", "If it continues I'll have to
 * end this call, but I'd much rather sort the bill". The taxonomy gives this as a respectful boundary ("If the
 * name-calling carries on I'll have to end the call, and I'd much rather get this solved for you"), not a threat, in a
 * turn that also names the limit and the wish to help (the caller decides; `takeTurn` checks the boundary). Not "…and
 * good luck getting your drill then", "…and you can shout at someone else", nor "I'm hanging up" said as the first move
 * (engine round 20).
 */
const WARNS_OF_ENDING = new RegExp(
  "^\\W*(?:(?:and|but|so|otherwise)\\s+)?(?:if|unless|should)\\s+(?:(?:it|that|this|they|those|the\\s+[\\w-]+(?:\\s+[\\w-]+)?|you|any\\s+more\\s+of\\s+it)\\s+)?" +
    "(?:do|does|did|carry\\s+on|carries\\s+on|continue|continues|keep(?:s)?\\s+(?:on|up|going|happening)|go(?:es)?\\s+on|happen(?:s)?\\s+again|start(?:s)?\\s+again)\\b,?\\s+" +
    "(?:then\\s+)?(?:i'll|i\\s+will|i'm\\s+going\\s+to|i\\s+am\\s+going\\s+to)\\s+(?:(?:have|need)\\s+to\\s+)?(?:end|close|finish|stop)\\s+(?:the|this|our)\\s+(?:call|conversation|chat)(?:\\s+(?:there|here|at\\s+that\\s+point))?" +
    "(?:,?\\s+(?:and|but)\\s+(?:(?:your|the)\\s+(?:\\w+\\s+){0,2}?(?:claim|case|complaint|order|account|bill|request|refund|ticket|query)\\s+(?:will\\s+)?(?:stay|stays|remain|remains|be\\s+kept|is\\s+kept|will\\s+be\\s+kept)\\s+open(?:\\s+either\\s+way)?" +
    "|i'd\\s+(?:much\\s+|really\\s+|far\\s+)?rather\\s+(?:not|(?:get|keep|sort|fix|finish|help|carry|open|stay|go)\\s+(?:(?:this|it|that|things|on|going|helping|working|you)\\b|(?:the|your)\\s+(?:claim|case|bill|drill|parcel|order|refund|problem|issue|reading|meter|account|complaint|sofa|machine)\\b)[^.?!]*)))?\\W*$",
);
/** A turn that shows the agent still wants to help, or a way forward: what makes a limit a respectful boundary. */
const STILL_HELPS =
  /\b(?:help|helping|sort|sorting|sorted|fix|fixing|fixed|resolve|solve|get (?:this|it|that|your \w+) (?:sorted|fixed|moving|done|back)|i(?:'d| would) (?:much |really |far )?rather|so (?:that )?(?:we|i) can|let's|can we (?:go|get|stick|focus|keep|carry|look)|back to (?:the|your)|i'm here|i am here|on your side|work (?:on|through) (?:this|it|your)|claim|refund|bill|reading|engineer|parcel|drill|order|account)\b/;
/**
 * What a boundary limits, named: the language, the swearing, the insults or personal remarks, the shouting, the way the agent is
 * spoken to, respect asked for, or the call ending if it goes on. Read with the technique's own name taken out (`BOUNDARY_NAME`).
 */
const NAMES_LIMIT =
  /\b(?:languag\w*|swear\w*|curs\w*|insult\w*|abus\w*|name[- ]?call\w*|call(?:ing)? me (?:names|\w+)|names|personal(?:ly)?|shout\w*|yell\w*|rude\w*|respect\w*|tone|threat\w*|offensive|(?:speak|talk|speaking|talking) to me|spoken to|end (?:the|this) call|hang up|put the phone down|that kind of|like that|carry on|keep (?:this|it|us) (?:civil|calm|polite|to the (?:problem|point|issue))|calm(?:ly)?)\b/;
/** The technique's own name, which names no limit: "respectful boundary", "set a boundary". */
const BOUNDARY_NAME = /\b(?:(?:setting|set|draw|drawing|put|putting|a|this|my|the) )?(?:respectful |calm |clear |firm )?boundar(?:y|ies)\b/g;
const NAMES_BOUNDARY = new RegExp(BOUNDARY_NAME.source);
export function warnsOfEnding(sentence: string): boolean {
  return WARNS_OF_ENDING.test(lower(sentence).trim());
}

/** A sentence owning the agent's own slip ("telling you to calm down wasn't fair", "that wasn't fair of me"). */
export function ownsSlip(sentence: string): boolean {
  return OWNS_SLIP.test(lower(sentence));
}
/** An apology that owns the agent's own words ("Sorry, Margaret, that was blunt of me"), whether or not the analyser saw one. */
export function apologisesForOwnWords(sentence: string): boolean {
  const low = lower(sentence);
  return /^\W*(?:(?:oh|look|right|ok|okay|and)\W+)*(?:(?:i'm|i am) )?(?:(?:so|really|very|truly) )?(?:sorry|apologies|i apologi[sz]e)\b/.test(low) && OWNS_SLIP.test(low);
}
/** Instructions to follow: "Open your portfolio album, tap the three dots…", "First, go to Settings…". */
const STEPS = /^\W*(?:(?:first|then|next|now|so|ok|okay|right)\W+)*(?:please\s+)?(?:open|tap|go|switch|turn|select|click|press|choose|pick|scroll|head|pop)\b/;
/**
 * Walking her through the fix, step by step, after a lead-in: "Make sure you're on wifi, open the app, and tap your
 * album", "To test it, switch your phone to airplane mode", "A good test: put your phone into airplane mode", "Then pop
 * your phone into airplane mode". The steps are the next action a solution is.
 */
const WALKS_THROUGH = /(?:^\W*|[,:;]\s*(?:and\s+)?|\b(?:then|now|next|first)\s+)(?:please\s+)?(?:open|tap|go into|switch|turn|select|click|press|choose|scroll|head to|pop|put your)\b/;
/**
 * A reason that points back at what was just said: "that's why nothing came", "which is why", "that's because", or a
 * consequence drawn from it ("Only one box is due, so the second one's our mistake").
 */
const REASON_BACK = /\b(?:that's|that is|this is|which is|it's|it is)\s+(?:why|because|how)\b|,\s*so\s+(?:the|that|this|it|they)\b/;
/**
 * The agent doing something concrete to the thing named just before: "I can switch it on now", "I'll turn that on for
 * your account", "I've put that on hold" (not "I'll sort it", "I'll look into it" or "I'll raise this with the team", which name no act).
 */
const ACTS_ON_IT =
  /^\W*(?:(?:and|so|right|okay|ok|then)\W+)?(?:i|we)(?:'ll|'ve|'m| will| can| have| am| are| shall)?(?: going to| just| now| also| already| gone ahead and)*\s+(?:switch|turn|set|put|stop|hold|pause|cancel|book|activate|enable|freeze|waive|reissue|redo)\w*\s+(?:it|that|this|them)\b(?!\s*(?:'s|is)\b)/;
export function actsOnIt(sentence: string): boolean {
  return ACTS_ON_IT.test(lower(sentence));
}
/** An act done or under way, or tied to a time: "I'm refunding it now", "I've cancelled that", "I'll sort it today". */
const ACTS_NOW =
  /\b(?:i've|i have|we've|we have)\s+(?:just\s+|now\s+|already\s+)?\w+(?:ed|en|t)\b|\b(?:i'm|i am|we're|we are)\s+(?:\w+ly\s+|just\s+)?(?!going\b)\w+ing\b|\b(?:now|today|tonight|tomorrow|within|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the end))\b/;
/** The agent's own fix, done, under way or coming: "I've raised the order", "I'm refunding it", "I'll book it now" (not "I've read the notes"). */
const OWN_ACT_NOW =
  /^\W*(?:(?:and|so|right|okay|ok|now|well)\W+)*(?:i|we)(?:'ve| have|'m| am|'re| are|'ll| will| can)\s+(?:just\s+|now\s+|already\s+|also\s+|gone ahead and\s+|going to\s+)?(?:rais|book|order|refund|remov|arrang|process|send|sent|schedul|cancel|add|put|credit|issu|reissu|log|hold|held|pause|switch|text|email|transfer|waiv|revers|set)\w*\b/;
/** Someone does something, or it is done: a subject that acts, a modal, an imperative opening or a done word. */
const ACTS =
  /\b(?:me to|i|we|i'll|we'll|i've|we've|i'm|we're|i'd|we'd|let me|let's|you'll|it'll|they'll|will|can|could|would|going to|shall|today|tomorrow|tonight|now|within)\b|^\W*(?:please\s+)?(?:send|book|take|try|tap|go|switch|turn|use|call|ring|reply|open|pop|put|keep|pick|choose|check)\b|\b(?:done|sorted|booked|sent|cancel(?:l)?ed|removed|refunded|waived|credited|arranged|raised|logged|reversed|reissued|issued|stopped|paused|held|moved|transferred|skipped|fixed|gone|taken off|knocked off|come off|came off|paid back|put back)\b/;
/**
 * A worry acknowledged, and nothing done: "And I know the direct debit's due tomorrow, that's a real worry", "I do
 * understand tomorrow's direct debit is on your mind", "I hear you about tomorrow". Naming a worry is empathy, not "a
 * concrete remedy or next action": its "I" and its day are no act unless the sentence also says what is done
 * (`ACT_WORDS`: "I know it's due tomorrow, so I've put it on hold").
 */
const ACKNOWLEDGES_ONLY = /^\W*(?:(?:and|yes|so|look|now|but)\W+)*i\s+(?:do\s+|really\s+|completely\s+|totally\s+|fully\s+|can\s+)?(?:know|understand|hear|get|appreciate|realise|realize|see|tell|confirm\s+(?:that\s+)?(?:i|we)\s+can\s+see)\b/;
const ACT_WORDS =
  /\b(?:me to|i'll|we'll|i've|we've|i'd|we'd|let me|let's|you'll|it'll|they'll|going to|shall|(?:i|we)\s+(?:will|can(?!\s+(?:see|hear|tell|imagine|understand))|could|would|have|am(?!\s+(?:sorry|afraid|aware))|are))\b|\bi'm\s+(?!sorry|afraid|aware)|\b(?:done|sorted|booked|sent|cancel(?:l)?ed|removed|refunded|waived|credited|arranged|raised|logged|reversed|reissued|issued|stopped|paused|held|on hold|moved|transferred|skipped|fixed)\b/;
/** A sentence that opens by acknowledging ("I know…", "I hear you about…") and says nothing done or to be done. */
export function acknowledgesOnly(text: string): boolean {
  const t = lower(text);
  const ack = ACKNOWLEDGES_ONLY.exec(t);
  return !!ack && !ACT_WORDS.test(t.slice(ack[0].length));
}
/**
 * Her own words played back, and nothing done (engine round 22): "What I'm hearing is that your alarm pendant works through
 * the phone line", "So you're saying you can't pay £96.40 all at once", "Just to reflect back: the letter, the bank, the
 * pendant". That is reflection ("paraphrasing the customer's concern"), not a solution ("a concrete remedy or next
 * action"), an explanation ("why something happened") or an expectation: its "I'm" and its day are hers, not an act,
 * unless the sentence goes on to say what is done ("So you're saying the line's your lifeline, so I've put a hold on it").
 */
const PLAYS_BACK =
  /^\W*(?:(?:and|so|okay|ok|right|now|just|yes|yeah)\W+)*(?:(?:so\s+)?what i(?:'m| am) hearing is(?:\s+that)?|(?:so\s+)?what you(?:'re| are) (?:saying|telling me) is(?:\s+that)?|you(?:'re| are) (?:saying|telling me)(?:\s+that)?|(?:so\s+)?i(?:'m| am) hearing(?:\s+that)?|i hear (?:that|you saying)|you(?:'ve| have) (?:told me|said|mentioned)(?:\s+that)?|you said(?:\s+that)?|if i(?:'ve| have) (?:understood|got) (?:you|that|this|it)(?: right| correctly)?,?|(?:just )?to (?:reflect|play|read) (?:that |it |this )?back|(?:just )?to recap|let me (?:play|reflect|read) (?:that|it|this) back)\b/;
const PLAYBACK_ACT =
  /\b(?:i'll|we'll|i've|we've|let me|(?:i|we)\s+(?:will|can(?!\s+(?:see|hear|tell|imagine|understand))|have(?!\s+(?:understood|got (?:that|it|this|you)))))\b|\b(?:done|sorted|booked|cancel(?:l)?ed|removed|refunded|waived|credited|arranged|raised|logged|reversed|reissued|issued|stopped|paused|on hold|transferred|skipped|fixed)\b/;
/**
 * Her details asked for, and nothing done (engine round 22): "Can I take your order number, please?" is groundwork, not "a
 * concrete remedy or next action" (the analyser's `sol-id-check` veto knows the name, postcode and account number forms).
 */
const ASKS_ID =
  /\b(?:can|could|may) i (?:take|have|get|grab|confirm)\b|\b(?:can|could|would) you (?:tell|give|read|confirm)(?: me)?\b|\bwhat(?:'s| is) (?:your|the)\b/;
const ID_DETAIL =
  /\b(?:order|account|membership|customer|reference|booking|case|policy) (?:number|no|reference|details)\b|\breference\b|\bpost ?code\b|\bdate of birth\b|\b(?:your|the) (?:full )?name\b|\byour details\b/;
export function asksIdOnly(text: string): boolean {
  const t = lower(text);
  return ASKS_ID.test(t) && ID_DETAIL.test(t) && !/\b(?:i'll|i will|i've|i have|we'll|we will|let me|so (?:i|we) can (?:book|raise|send|refund|sort|arrange|get))\b/.test(t);
}
/**
 * Her paying what is owed, put as the way out (engine round 22): "If you're able to make a payment today by card, that
 * would stop any restriction on the line", "the £96.40 is still due". Her act, not a remedy of the agent's, nor "why
 * something happened"; an arrangement the agent makes ("I can split it over six months", "I'll put a hold on it") is.
 */
const DEMANDS_PAYMENT =
  /\bif you(?:'re| are)? (?:able to |can |could |manage to )?(?:make (?:a|the) payment|pay|clear)\b|\byou(?:'ll| will)? (?:need|have) to (?:pay|make (?:a|the) payment|clear)\b|\b(?:is|are) still (?:due|owed|owing|outstanding|payable)\b/;
export function demandsPaymentOnly(text: string): boolean {
  const t = lower(text);
  return DEMANDS_PAYMENT.test(t) && !/\b(?:i'll|i will|i've|i have|we'll|we will|let me|i can|we can|split|spread|instal(?:l)?ments?|hold|pause|freeze|waive|remove|bereavement team)\b/.test(t);
}
/**
 * A note put on the account, and nothing else done (lead, round 23): "I've put a note about your rent on as well so
 * they're aware", "I've made a note of the Friday date", "I've flagged it". A record of the worry is not "a concrete remedy
 * or next action": nothing reaches her from it, unless the sentence also does something (refunds, holds, books).
 */
const NOTES =
  /\b(?:i|we)(?:'ve| have|'ll| will)\s+(?:also\s+|just\s+|now\s+|already\s+)?(?:(?:put|added|made|left|popped|written|placed|stuck)\s+(?:a|an|some)\s+(?:\w+\s+)?(?:note|notes|comment|comments|memo|marker|flag)|noted|flagged|make a note|put a note|add a note|leave a note)\b|\b(?:your|the|this|that|it)\s+(?:\w+\s+){0,2}?(?:is|are|has been|have been|will be|'s been|'ll be|gets|get)\s+(?:now\s+|duly\s+)?(?:noted|(?:made\s+)?aware)\b/;
const NOTE_PLUS =
  /\b(?:refund\w*|credit\w*|remov\w*|waiv\w*|hold|held|pause\w*|stopp?\w*|book\w*|cancel\w*|revers\w*|reissu\w*|tak(?:en?|ing|e) (?:[\w£$.,]+\s+){0,3}off|knock\w* (?:[\w£$.,]+\s+){0,3}off|sent|send\w*|rais\w* (?:the|a|an|your) (?:order|replacement|claim))\b/;
/** A note added to a remedy under way ("I've noted on the claim that yours isn't blue"): evidence for it, which is work on it. */
const ON_A_REMEDY = /\b(?:on|to|in|against) (?:the|your|his|her|that|this) (?:\w+ )?(?:claim|order|complaint|booking|case|ticket|replacement|refund|investigation|dispute|appeal|application)\b/;
/** Seeing it through in so many words: "myself", "personally", "until it's fixed", "I'll chase it", "stay with it". */
const SEES_IT_THROUGH = /\b(?:myself|personally|until|see (?:it|this|that) through|stay (?:with|on) (?:it|this|that)|mine|chase|chasing|(?:call|ring|phone) you)\b/;
export function notesOnly(text: string): boolean {
  const t = lower(text);
  const m = NOTES.exec(t);
  return !!m && !ON_A_REMEDY.test(t) && !NOTE_PLUS.test(t.slice(0, m.index) + " " + t.slice(m.index + m[0].length));
}
/**
 * A remedy that waits on someone else's finding (engine round 22): "Should they identify that a duplicate payment has been
 * taken in error, a refund will be processed". Not "a concrete remedy or next action" of the agent's: others decide. The
 * commitment reader's own reading of it (`AWAITS_FINDING_RE`), so the two never disagree (engine round 23).
 */
export function awaitsFinding(text: string): boolean {
  return AWAITS_FINDING_RE.test(lower(text));
}
/** A sentence that plays back her words and says nothing done or to be done. */
export function playsBackOnly(text: string): boolean {
  const t = lower(text);
  const frame = PLAYS_BACK.exec(t);
  return (!!frame && !PLAYBACK_ACT.test(t.slice(frame[0].length))) || recitesOnly(t);
}
/** An offer to act on what the sentence before named: "want me to walk you through it?", "shall I set that up?", "I can do that now if you like". */
const OFFERS_BACK =
  /\b(?:(?:do you )?want me to|would you like me to|shall i|should i|can i|could i|i can|i could|let me)\b[^.?!]*\b(?:it|that|this|them|those)\b[^.?!]*(?:\?|\bif you(?:'d)? like\b|\bif that helps\b|\bif you want\b)/;
/** A check that nothing is left: "anything else I can sort?", "is there anything more?", "all sorted?" */
const CHECKS_OUTSTANDING = /\b(?:anything|something)\s+(?:else|more)\b|\ball (?:sorted|good|clear|ok|okay)\b|\bhave i (?:covered|answered)\b/;

const FUNCTION_WORDS = new Set(
  (
    "i me my we you your it the a an to of in on at for with is are was be can will i'll i'm we'll that this so have has do what how when " +
    // contractions and pronouns a real sentence has ("Calm down, it's only sixty pounds" is a sentence, not a salad)
    "it's that's i've you're you've don't can't won't isn't not no just only all but were had did there they them their our us he she his her " +
    "from by up down out if as about " +
    // chat forms of the same ("refund or guide, ur choice" is a sentence)
    "u ur im ill ive youre dont cant wont"
  ).split(" "),
);

export function stem(w: string): string {
  let s = w.replace(/'s$/, "").replace(/'$/, "");
  if (s.length > 4) s = s.replace(/(ing|ed|ly)$/, "");
  if (s.length > 3) s = s.replace(/(es|s)$/, "");
  if (s.length > 3) s = s.replace(/e$/, "");
  return s.slice(0, 7);
}

const QUOTE_RE = /[\u2018\u2019\u201B\u2032`\u00B4]/g;
/**
 * Speed round 24: each text lowered once. A turn lowers the same few texts (the turn, its sentences, her lines) some seventy
 * times; bounded, cleared when full, as the other per-text caches.
 */
const LOWERED = new Map<string, string>();
const LOWERED_MAX = 5_000;
export function lower(text: string): string {
  let r = LOWERED.get(text);
  if (r === undefined) {
    const l = text.toLowerCase().replace(QUOTE_RE, "'");
    r = l.length === text.length ? l : text.replace(QUOTE_RE, "'");
    if (LOWERED.size >= LOWERED_MAX) LOWERED.clear();
    LOWERED.set(text, r);
  }
  return r;
}

function tokens(low: string): string[] {
  return low.match(/[a-z0-9£][a-z0-9£'.]*[a-z0-9]|[a-z0-9]/g) ?? [];
}

/** Stems of lines already read: customer lines repeat across turns and calls, so most lookups hit. */
const STEMS = new Map<string, Set<string>>();
const STEMS_MAX = 5_000;

/** Content-word stems of a customer's (or agent's) words. */
export function contentStems(text: string): Set<string> {
  const hit = STEMS.get(text);
  if (hit) return hit;
  const out = computeStems(text);
  if (STEMS.size >= STEMS_MAX) STEMS.clear();
  STEMS.set(text, out);
  return out;
}

function computeStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const t of tokens(lower(text))) {
    if (STOP.has(t) || t.length < 3) continue;
    out.add(stem(t));
  }
  return out;
}

/** Word-boundary search for a lower-case term in lower-case text. */
export function hasTerm(low: string, term: string): boolean {
  let i = low.indexOf(term);
  while (i !== -1) {
    const b = i === 0 ? " " : low[i - 1]!;
    const a = low[i + term.length] ?? " ";
    if (!/[a-z0-9£]/.test(b) && !/[a-z0-9]/.test(a)) return true;
    i = low.indexOf(term, i + 1);
  }
  return false;
}

/**
 * Each scenario's topic terms, lower-cased once and indexed by their first word, so a sentence is
 * read word by word instead of searching it once per term.
 */
interface TermIndex {
  byFirst: Map<string, { term: string; topic: number }[]>;
  /** Terms that do not start with a word character: searched the slow way. */
  other: { term: string; topic: number }[];
  ids: string[];
}
const TERMS = new WeakMap<Scenario["engine"]["topics"], TermIndex>();
const WORD_RE = /[a-z0-9£]+/g;

function termIndex(scenario: Scenario): TermIndex {
  let ix = TERMS.get(scenario.engine.topics);
  if (ix) return ix;
  ix = { byFirst: new Map(), other: [], ids: scenario.engine.topics.map((t) => t.id) };
  scenario.engine.topics.forEach((t, topic) => {
    for (const raw of t.terms) {
      const term = raw.toLowerCase();
      const first = /^[a-z0-9£]+/.exec(term)?.[0];
      if (!first) ix!.other.push({ term, topic });
      else {
        const list = ix!.byFirst.get(first) ?? [];
        list.push({ term, topic });
        ix!.byFirst.set(first, list);
      }
    }
  });
  TERMS.set(scenario.engine.topics, ix);
  return ix;
}

/** Topic readings already made, per scenario's topic list and text: sentences and customer lines recur across turns and seeds. */
const TOPICS_READ = new WeakMap<Scenario["engine"]["topics"], Map<string, string[]>>();
const TOPICS_READ_MAX = 4_000;

/** Topic ids the text names (lower-case text; terms match on word boundaries, as `hasTerm`). The result is shared: do not mutate it. */
export function topicsIn(scenario: Scenario, low: string): string[] {
  let m = TOPICS_READ.get(scenario.engine.topics);
  if (!m) TOPICS_READ.set(scenario.engine.topics, (m = new Map()));
  const hit = m.get(low);
  if (hit) return hit;
  const r = readTopics(scenario, low);
  if (m.size >= TOPICS_READ_MAX) m.clear();
  m.set(low, r);
  return r;
}

function readTopics(scenario: Scenario, low: string): string[] {
  const ix = termIndex(scenario);
  const found = new Set<number>();
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(low); m; m = WORD_RE.exec(low)) {
    const cands = ix.byFirst.get(m[0]);
    if (!cands) continue;
    for (const c of cands) {
      if (found.has(c.topic) || !low.startsWith(c.term, m.index)) continue;
      const a = low[m.index + c.term.length] ?? " ";
      if (!/[a-z0-9]/.test(a)) found.add(c.topic);
    }
  }
  for (const c of ix.other) if (!found.has(c.topic) && hasTerm(low, c.term)) found.add(c.topic);
  return ix.ids.filter((_, i) => found.has(i));
}

/**
 * Speed round 24: a turn's text is split into sentences a dozen times in a turn (by takeText, its helpers and the scorer), so
 * the spans are kept per text (bounded, cleared when full).
 */
const SENTENCES = new Map<string, readonly { start: number; end: number }[]>();
const SENTENCES_MAX = 2_000;
/** Sentence spans of the original text; "p.m.", "£59.98" and "e.g." do not end a sentence. Shared: do not mutate the array or its spans. */
export function sentences(text: string): readonly { start: number; end: number }[] {
  let r = SENTENCES.get(text);
  if (r === undefined) {
    r = sentencesOf(text);
    if (SENTENCES.size >= SENTENCES_MAX) SENTENCES.clear();
    SENTENCES.set(text, r);
  }
  return r;
}
/** For tests (speed round 24): how many texts the per-text caches hold (each stays at or under its bound). */
export function textCacheSizes(): { lowered: number; sentences: number } {
  return { lowered: LOWERED.size, sentences: SENTENCES.size };
}
function sentencesOf(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  const n = Math.min(text.length, 4000);
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    if (c !== "." && c !== "?" && c !== "!" && c !== "\n") continue;
    if (c === ".") {
      const next = text[i + 1] ?? " ";
      if (/[0-9a-z]/i.test(next)) continue; // 59.98, p.m
      const before = text.slice(Math.max(0, i - 4), i).toLowerCase();
      if (/(?:^|[^a-z])(?:[ap]\.m|e\.g|i\.e|mr|mrs|ms|dr|st|no)$/.test(before)) continue;
    }
    let j = i;
    while (j + 1 < n && /[.?!"')\s]/.test(text[j + 1]!) && text[j + 1] !== "\n") j++;
    if (text.slice(start, j + 1).trim()) out.push({ start, end: j + 1 });
    start = j + 1;
    i = j;
  }
  if (text.slice(start, n).trim()) out.push({ start, end: n });
  return out;
}

export function fingerprint(text: string): string {
  return lower(text).replace(/[^a-z0-9£ ]+/g, " ").replace(/\s+/g, " ").trim();
}

/** Widens a span to whole words, so evidence never starts or ends mid-word ("ing charged", "p."). */
export function snapSpan(text: string, span: Span): Span {
  let s = Math.max(0, Math.min(span.start, text.length));
  let e = Math.max(s, Math.min(span.end, text.length));
  const word = /[A-Za-z0-9£'’]/;
  for (;;) {
    while (s > 0 && word.test(text[s - 1]!) && word.test(text[s] ?? " ")) s--;
    // "£59.98" and "p.m." are one word: step back over a dot between word characters
    if (s > 1 && text[s - 1] === "." && word.test(text[s - 2]!) && word.test(text[s] ?? " ")) s -= 2;
    else break;
  }
  while (e < text.length && word.test(text[e - 1] ?? " ") && word.test(text[e]!)) e++;
  // keep "£59.98" and "p.m." whole: a dot between word characters, or closing an abbreviation
  while (e < text.length - 1 && text[e] === "." && word.test(text[e + 1]!)) {
    e++;
    while (e < text.length && word.test(text[e]!)) e++;
  }
  if (e < text.length && text[e] === "." && /\b[ap]\.m$/i.test(text.slice(Math.max(0, e - 3), e))) e++;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return { start: s, end: e, text: text.slice(s, e) };
}

const quoteOf = (s: string, max = 60) => {
  const t = s.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t}"`;
};

/**
 * A technique or pitfall name (or "keywords") put as a label before a colon: "empathy: I understand", "solution:
 * refund", "follow-up: anything else?". The taxonomy's names are read from it, with "-", "_" or a space between words,
 * also in the plural or as the act ("to reflect back:", "setting expectations:", "offering options:", engine round 28).
 */
const LABEL_VERBS = ["reflect(?:ing)?(?: back)?", "apologi[sz](?:e|ing)", "empathi[sz](?:e|ing)", "explain(?:ing)?", "escalat(?:e|ing)", "summari[sz](?:e|ing)"];
const LABEL_PREFIX = new RegExp(
  `(?:^|[.?!;,]\\s*|\\s)(?:(?:to|setting|taking|offering|giving|showing|my) )?(?:${[...LABEL_IDS, "keywords?", "key words", ...LABEL_VERBS].map((l) => l.replace(/_/g, "[ _-]?")).join("|")})s?\\s*:`,
  "g",
);
/**
 * A turn that recites technique names as labels: two or more of them, so one "Options: …" lead-in is still a sentence. A
 * sentence made of nothing but technique names ("Respectful boundary.", "Solution, options, follow-up.", "Respectful
 * boundary, Craig.") is such a label too (engine round 28, C36-39).
 */
export function recitesLabels(low: string): boolean {
  let n = (low.match(LABEL_PREFIX) ?? []).length;
  if (n >= 2) return true;
  for (const sent of low.split(/(?<=[.!?])\s+/)) if (LABEL_ONLY.test(sent.trim()) && ++n >= 2) return true;
  return false;
}
/** A technique's name, as a learner recites it. */
const LABEL_WORD = `(?:${[...LABEL_IDS, "respectful boundary", "respectful boundaries", "reflecting back", "reflect back", "open questions", "solutions", "expectations", "apologies", "next steps?"].map((l) => l.replace(/_/g, "[ _-]?")).join("|")})`;
/** A sentence of technique names alone, perhaps with a name or "sir" after a comma ("Respectful boundary, Craig."). */
const LABEL_ONLY = new RegExp(`^${LABEL_WORD}(?:\\s*(?:,|and|&|/)\\s*${LABEL_WORD})*(?:,\\s*[a-z]+)?\\s*[.!]*$`);
/** A subject that speaks to her or for the company: a list with one of these is a sentence, not keywords. */
const SPEAKER = /\b(?:i|i'm|i've|i'll|i'd|we|we're|we've|we'll|we'd|me|us|let's|you're|you've|you'll|you'd)\b/;

/**
 * Bare keywords: a list of five or more short items (three words at most, after an optional "X:" lead-in) with no one
 * speaking ("Refund, credit, skip, complaint, reference", "Keywords for you: refund today, 3-5 working days, £5 credit,
 * …"); or one phrase said over and over ("I understand I understand I'm sorry I'm sorry").
 */
function isKeywordList(low: string): boolean {
  const body = low.replace(/^[^:]{0,40}:\s*/, "").replace(/[.?!]+\s*$/, "");
  const items = body.split(/\s*,\s*|\s+(?:and|or)\s+/).filter((x) => x.length > 0);
  // (a longer list may carry a few feature names and time phrases of four or five words, "Keep on this device", "up to 5
  // working days", among its bare terms: still nobody speaking, engine round 28, C36-10)
  const short = items.filter((x) => x.split(/\s+/).length <= 3).length;
  if (items.length >= 5 && (short === items.length || (items.length >= 8 && short * 4 >= items.length * 3 && items.every((x) => x.split(/\s+/).length <= 5))) && !SPEAKER.test(body)) return true;
  const ws = tokens(low);
  return ws.length >= 6 && new Set(ws).size * 2 <= ws.length;
}

function isSalad(low: string): boolean {
  const ws = tokens(low);
  if (ws.length < 3) return false;
  if (isKeywordList(low)) return true;
  const script = ws.filter((w) => SCRIPT_WORDS.has(w) || w === "or" || w === "and").length;
  // "or" and "and" join words; they do not make a sentence ("or sorry refund sorry guide or either" is a salad)
  const func = ws.filter((w) => FUNCTION_WORDS.has(w)).length;
  return script / ws.length >= 0.5 || (ws.length >= 5 && func / ws.length < 0.1);
}

/** A sentence of an agent's turn as `assessTurn` reads it, less what it echoes of her words (which depends on the call). */
interface SentenceRead {
  start: number;
  end: number;
  text: string;
  /** Shared with `topicsIn`'s cache: do not mutate. */
  topics: string[];
  /** The sentence's content-word stems, in `contentStems` order. */
  stems: readonly string[];
  fingerprint: string;
  salad: boolean;
  conditional: boolean;
  conditionalOnly: boolean;
}
/**
 * Speed round 25: each sentence's reading kept per scenario and text (a pure function of the two; the per-sentence
 * work was a third of `assessTurn`). Bounded; cleared when full.
 */
export const sentenceReads = keptPerScenarioText((scenario, text): readonly SentenceRead[] => readSentences(scenario, text));
/** `sentenceReads` without the cache. */
export function readSentences(scenario: Scenario, text: string): SentenceRead[] {
  // a turn that recites technique names as labels says nothing to her, whatever follows each label
  const recital = recitesLabels(lower(text));
  return sentences(text).map(({ start, end }) => {
    const raw = text.slice(start, end);
    const low = lower(raw);
    return {
      start,
      end,
      text: raw.trim(),
      topics: topicsIn(scenario, low),
      stems: [...contentStems(raw)],
      fingerprint: fingerprint(raw),
      salad: recital || isSalad(low),
      // "if you carry on I'll end the call", "stop, or I'll have to end the call", "otherwise I will"
      conditional: /\b(?:if|unless|otherwise)\b|\bor (?:else )?(?:i|we)(?:'ll| will| would|'d)\b/.test(low),
      conditionalOnly: /^\W*(?:if|unless)\b[^,]*\b(?:could|would|were)\b/.test(low) || /\bwish i could\b/.test(low),
    };
  });
}

/**
 * Reads one agent turn against the call so far and decides, for each technique the analyser saw,
 * whether it engaged. Pitfalls are not judged here: they always count.
 */
export function assessTurn(scenario: Scenario, ctx: AssessContext, text: string, hits: LabelHit[]): Assessment {
  let heardStems = ctx.heardSet;
  if (!heardStems) {
    const gathered = new Set<string>(ctx.heardStems);
    for (const h of ctx.heard) for (const s of contentStems(h)) gathered.add(s);
    heardStems = gathered;
  }
  const lastHeard = ctx.heard.length > 0 ? contentStems(ctx.heard[ctx.heard.length - 1]!) : new Set<string>();

  // (what each sentence is depends only on the scenario and the words, kept per text; what it echoes of hers is this call's)
  const sents: SentenceInfo[] = sentenceReads(scenario, text).map((r) => ({
    start: r.start,
    end: r.end,
    text: r.text,
    topics: r.topics,
    echoes: r.stems.filter((s) => heardStems!.has(s)),
    fingerprint: r.fingerprint,
    salad: r.salad,
    conditional: r.conditional,
    conditionalOnly: r.conditionalOnly,
  }));
  const offerSentences = new Set<number>();
  for (const o of ctx.offers) {
    const at = text.indexOf(o.quote);
    const idx = sents.findIndex((s) => at >= 0 && at >= s.start && at < s.end);
    if (idx >= 0) offerSentences.add(idx);
  }
  const committedSentences = new Set<number>();
  for (const o of ctx.committed ?? ctx.offers) {
    const at = text.indexOf(o.quote);
    const idx = sents.findIndex((s) => at >= 0 && at >= s.start && at < s.end);
    if (idx >= 0) committedSentences.add(idx);
  }
  const remediesIn = (ix: number[]) => {
    const r = new Set<string>();
    for (const i of ix) {
      for (const t of sents[i]!.topics) {
        const rem = scenario.engine.topics.find((x) => x.id === t)?.remedy;
        if (rem) r.add(rem);
      }
    }
    for (const o of ctx.offers) r.add(o.remedyId);
    return r;
  };

  const technique = hits.filter((h) => !PITFALLS.has(h.label));
  const credits: Credit[] = [];
  // credits that rest only on a topic's name (engine round 24): kept unless the turn does something with the call
  const namingOnly: { at: number; named: string }[] = [];
  const seen = new Set<LabelId>();
  for (const h of technique) {
    if (seen.has(h.label)) continue;
    seen.add(h.label);
    const span = snapSpan(text, h.span);
    const ix = sents
      .map((s, i) => ({ s, i }))
      .filter(({ s }) => s.start < Math.max(span.end, span.start + 1) && s.end > span.start)
      .map(({ i }) => i);
    const mine = ix.map((i) => sents[i]!);
    const q = quoteOf(span.text || text, 50);
    const credit = (engaged: boolean, why: string) => credits.push({ label: h.label, engaged, why, span });
    // A choice is made across the turn: "I can send a new one tomorrow, or refund you once it's collected.
    // Which would you prefer?" names the things on offer before the question that asks for the choice.
    if (h.label === "options") {
      const rems = remediesIn(sents.map((_, i) => i).filter((i) => !sents[i]!.salad && !sents[i]!.conditionalOnly));
      const named = topicNames(scenario, [...new Set(sents.flatMap((s) => (s.salad ? [] : s.topics)))]);
      if (rems.size < 2 && mine.length > 0 && mine.every((s) => s.salad)) credit(false, `${q} strings technique words together without saying anything about this call`);
      else if (rems.size >= 2) credit(true, `${q} gave a real choice between things you can do on this call (${named || [...rems].join(", ")})`);
      // a choice made across turns: one more alternative set beside the remedies already offered in this call ("Or, if
      // you'd rather not use it at all, the remaining months can go to someone else") gives her "two or more workable
      // alternatives" to choose between (engine round 22)
      else if (rems.size === 1 && mine.some((s) => !s.salad && ANOTHER_WAY.test(lower(s.text))) && (ctx.offeredBefore ?? []).some((r) => !rems.has(r)))
        credit(true, `${q} added a real alternative to what you had already offered (${named || [...rems].join(", ")})`);
      else credit(false, `${q} sounded like a choice but did not name two things you can actually do for them`);
      continue;
    }
    if (mine.length > 0 && mine.every((s) => s.salad)) {
      credit(false, `${q} strings technique words together without saying anything about this call`);
      continue;
    }
    if (mine.length > 0 && mine.every((s) => (ctx.said[s.fingerprint] ?? 0) > 0)) {
      credit(false, `you had already said ${q}, so it sounded like a stock phrase the second time`);
      continue;
    }
    // "I'm so sorry. Twenty minutes on hold..." says what the apology is for in the next sentence.
    // "You emailed us twice and nobody answered. That isn't acceptable, and I'm sorry." says it in the sentence
    // before, when the acknowledgement points back at it ("that", "this", "it").
    // (but "Sorry about that. I've raised the replacement order for Thursday." is sorry for nothing said: the sentence
    // after is the agent's own fix, not her problem or what she went through)
    const after = ix.length > 0 ? ix[ix.length - 1]! + 1 : -1;
    const ownFixNext = after >= 0 && sents[after] !== undefined && mine.every((s) => s.topics.length === 0 && s.echoes.length === 0) && OWN_ACT_NOW.test(lower(sents[after]!.text));
    const near = ECHO_LABELS.has(h.label) && after >= 0 && sents[after] && !ownFixNext ? [...mine, sents[after]!] : [...mine];
    const before = ECHO_LABELS.has(h.label) && ix.length > 0 && ix[0]! > 0 ? sents[ix[0]! - 1]! : undefined;
    // (a sentence that says something of her call: a topic of it, or more than one word of hers, not "thanks for holding")
    const saysHerCall = (x: SentenceInfo) => !x.salad && !x.conditionalOnly && (x.topics.length > 0 || x.echoes.length >= 2);
    // (a bare "I'm really sorry." straight after her account is sorry for that account: "…taken a day off unpaid, and
    // nothing happened. I'm really sorry.")
    if (before && saysHerCall(before) && mine.some((s) => POINTS_BACK.test(lower(s.text)) || (h.label === "apology" && BARE_SORRY.test(lower(s.text))))) near.unshift(before);
    let topics = [...new Set(near.flatMap((s) => s.topics))];
    // "…so the second one is a duplicate. I'm refunding it now": a fix that points back ("it", "that")
    // is about what the sentence before it named.
    // A reason points back the same way ("…the replacement order was never actually raised. That's why nothing
    // came."), and a fix may point past such a reason to the sentence that named the thing (two back at most).
    if (
      topics.length === 0 && FIX_LABELS.has(h.label) && ix.length > 0 && ix[0]! > 0 &&
      mine.some((s) => POINTS_BACK.test(lower(s.text)) && (ACTS_NOW.test(lower(s.text)) || ACTS_ON_IT.test(lower(s.text)) || (h.label === "explanation" && REASON_BACK.test(lower(s.text)))))
    ) {
      for (let k = ix[0]! - 1; k >= Math.max(0, ix[0]! - 2); k--) {
        const prev = sents[k]!;
        if (prev.salad || prev.conditionalOnly) break;
        if (prev.topics.length > 0) {
          topics = prev.topics;
          break;
        }
      }
    }
    // "Shall we do it together now? Open your portfolio album… switch on 'Keep on this device'": a fix that points
    // ahead is about the steps that follow it, when they are instructions naming something of the call.
    if (topics.length === 0 && FIX_LABELS.has(h.label) && ix.length > 0 && mine.some((s) => POINTS_BACK.test(lower(s.text)))) {
      const next = sents[ix[ix.length - 1]! + 1];
      if (next && !next.salad && !next.conditionalOnly && STEPS.test(lower(next.text))) topics = next.topics;
    }
    const echoes = [...new Set(near.flatMap((s) => s.echoes))];
    const offered = ix.some((i) => offerSentences.has(i));
    const named = topicNames(scenario, topics);
    // "I can see the payment failed because the bank account was frozen": an explanation is "why something happened";
    // one that gives the reason in the terms of her own situation (a persona fact: three or more of its content
    // words) is about this call, though it names none of the call's topics.
    const fact = h.label === "explanation" && topics.length === 0 && !offered ? mine.map((s) => factRestated(scenario, s.text)).find((f) => f !== undefined) : undefined;
    if (fact) {
      credit(true, `${q} explained it by their own situation (${quoteOf(fact, 60)})`);
      continue;
    }
    // Expectation is "what will happen next and when, with a concrete timeframe or clear steps"; its mistake is
    // "'soon' … with no real timeframe": someone who "should contact you to arrange a date" names neither.
    // A time only guessed at beside it ("ASAP, probably early next week") is no timeframe either (engine round 19).
    if (h.label === "expectation" && mine.length > 0 && mine.every((s) => !WHEN.test(lower(s.text).replace(GUESSED_WHEN, " "))) && mine.some((s) => NO_TIMEFRAME.test(lower(s.text)))) {
      credit(false, `${q} said someone would be in touch, but not when: no date, time or timeframe`);
      continue;
    }
    // Solution's mistake is "vague intentions: 'We'll look into it'": a remedy handed to someone else or said to happen by
    // itself, with no time but "in due course" or "as soon as possible" ("Rest assured an engineer will be arranged in due
    // course", "the team will sort it as soon as possible"), is the promise with nothing behind it (engine round 28, C36-35)
    if (h.label === "solution" && mine.length > 0 && mine.every((s) => { const l = lower(s.text); return !WHEN.test(l.replace(GUESSED_WHEN, " ")) && NO_TIMEFRAME.test(l) && HANDED_ON.test(l); })) {
      credit(false, `${q} said it would be done by someone, some time, but not when: a vague intention is not a remedy`);
      continue;
    }
    // "I know your rent goes out on Friday, that's a real worry": her date or worry acknowledged says neither what is
    // done nor what will happen next and when (engine round 16)
    if ((h.label === "solution" || h.label === "expectation") && mine.length > 0 && mine.every((s) => acknowledgesOnly(s.text))) {
      credit(false, `${q} acknowledged the worry, but said nothing of what is done about it or what happens next`);
      continue;
    }
    // ("I've raised a ticket to look into the £59.98 and they will review it by Monday": the looking, dated, is still the
    // vague intention, unless the reader found an offer the policy allows in it; engine round 29, gam27)
    if (h.label === "solution" && mine.length > 0 && !ix.some((i) => committedSentences.has(i)) && mine.every((s) => looksIntoOnly(lower(s.text)))) {
      credit(false, `${q} said someone will look into it; looking into it, even by a date, is not a remedy`);
      continue;
    }
    if (h.label === "solution" && mine.length > 0 && mine.every((s) => notesOnly(s.text))) {
      credit(false, `${q} put a note on the account; a note is not something done about the problem`);
      continue;
    }
    // ("I'll make sure the relevant team is aware", "I'll make sure your feedback is noted": a note passed on is not "saying
    // that you will see it through", the taxonomy's ownership; engine round 28, C36-26)
    if (h.label === "ownership" && mine.length > 0 && mine.every((s) => notesOnly(s.text) && !SEES_IT_THROUGH.test(lower(s.text)))) {
      credit(false, `${q} passed it on or put a note down; that is not seeing it through yourself`);
      continue;
    }
    if (h.label === "solution" && mine.length > 0 && mine.every((s) => awaitsFinding(s.text))) {
      credit(false, `${q} made the fix wait on what someone else finds; it did not say what you are doing for them`);
      continue;
    }
    if (FIX_LABELS.has(h.label) && mine.length > 0 && mine.every((s) => asksIdOnly(s.text))) {
      credit(false, `${q} asked for their details; that is groundwork, not something done about the problem`);
      continue;
    }
    if (FIX_LABELS.has(h.label) && mine.length > 0 && mine.every((s) => demandsPaymentOnly(s.text))) {
      credit(false, `${q} asked them to pay what is owed; that is not something you can do for them`);
      continue;
    }
    // "What I'm hearing is that your alarm works through the phone line": her words played back are reflection, not a fix
    // (engine round 22)
    if (FIX_LABELS.has(h.label) && mine.length > 0 && mine.every((s) => playsBackOnly(s.text))) {
      credit(false, `${q} played back what they told you, but said nothing of what is done about it, why, or what happens next`);
      continue;
    }
    // Topics that only name the matter ("the machine", "the order number", the leak she is angry about) are not the call's
    // substance: a move engages by what it does with it (engine round 24, `substanceTopics`)
    const namedOnly = topics.length > 0 && substanceTopics(scenario, topics).length === 0;
    if (FIX_LABELS.has(h.label)) {
      // a solution is "a concrete remedy or next action": someone does something (or it is done), not a
      // remedy's name in a sentence that commits to nothing ("the refund and the fee are the rules")
      // ("…turning on wifi calling means calls go over your broadband. Want me to walk you through it?": the remedy
      // is named, then offered in the next sentence, which points back at it; the offer is the doing)
      const next = h.label === "solution" && ix.length > 0 ? sents[ix[ix.length - 1]! + 1] : undefined;
      const offeredNext = next !== undefined && !next.salad && OFFERS_BACK.test(lower(next.text));
      if (h.label === "solution" && !offeredNext && !ix.some((i) => committedSentences.has(i)) && !mine.some((s) => ACTS.test(lower(s.text)) || WALKS_THROUGH.test(lower(s.text)))) {
        credit(false, `${q} named a remedy without anyone doing anything about it`);
        continue;
      }
      if (namedOnly && !offered) namingOnly.push({ at: credits.length, named });
      if (topics.length > 0 || offered) {
        credit(true, `${q} is about this call (${named || "an offer the policy allows"})`);
      } else {
        credit(false, `${q} did not name the remedy, amount, date or fact it is about, so it did not move this call forward`);
      }
    } else if (ECHO_LABELS.has(h.label)) {
      // the taxonomy's other half of follow-up: "checking before the call ends that the customer is
      // satisfied and has nothing else outstanding", once everything she rang about is dealt with
      // and its first half, "committing to check back later", is about this customer by its nature
      if (h.label === "follow_up" && mine.some((s) => checksBackLater(s.text) && !recitesOnly(lower(s.text)))) {
        credit(true, `${q} committed to come back to them`);
        continue;
      }
      if (h.label === "follow_up" && ctx.settled && echoes.length === 0 && topics.length === 0 && mine.some((s) => s.text.includes("?") && CHECKS_OUTSTANDING.test(lower(s.text)))) {
        credit(true, `${q} checked that nothing else was outstanding once everything was dealt with`);
        continue;
      }
      // "Sorry, that wasn't fair of me." after blaming a colleague: an apology (or acknowledgement) that owns the
      // agent's own slip in the last turn is about this call, the experience she has just had in it.
      if ((h.label === "apology" || h.label === "empathy") && ctx.slippedLast && echoes.length === 0 && topics.length === 0 && sents.some((s) => !s.salad && OWNS_SLIP.test(lower(s.text)))) {
        credit(true, `${q} owned what you had said in your last turn`);
        continue;
      }
      // (her words picked up, less the words that only name the matter: "I'm sorry about the machine" names what she is angry
      // about and answers nothing she said)
      const nameStems = namedOnly ? topicTermStems(scenario, topics) : undefined;
      if (nameStems && echoes.every((e) => nameStems.has(e))) namingOnly.push({ at: credits.length, named });
      if (echoes.length > 0 || topics.length > 0) {
        const picked = echoes.some((e) => lastHeard.has(e)) ? "picked up what they had just said" : "picked up what they had told you";
        credit(true, `${q} ${topics.length > 0 ? `named ${named}` : picked}`);
      } else {
        // "Oh, Joan, I'm so sorry. I should have listened… I'm very sorry about Ken.": the analyser points at one
        // sentence per move; when that one is about no one in particular, another sentence of the turn making the
        // same move about her situation (her words or the call's topics, not said before) is the move she heard.
        const other = h.label === "apology" || h.label === "empathy"
          ? sents.findIndex((s, i) => !ix.includes(i) && !s.salad && !s.conditionalOnly && (s.topics.length > 0 || s.echoes.length > 0) && (ctx.said[s.fingerprint] ?? 0) === 0 && labelIds(s.text).includes(h.label))
          : -1;
        if (other >= 0) {
          const o = sents[other]!;
          const oq = quoteOf(o.text, 50);
          credits.push({ label: h.label, engaged: true, why: `${oq} ${o.topics.length > 0 ? `named ${topicNames(scenario, o.topics)}` : "picked up what they had told you"}`, span: snapSpan(text, { start: o.start, end: o.end, text: "" }) });
          continue;
        }
        credit(false, `${q} could have been said to anyone; it did not pick up anything this customer said`);
      }
    } else if (h.label === "open_question") {
      const asks = mine.some((s) => /\?/.test(s.text));
      if (ctx.revealed.length > 0) credit(true, `${q} brought out something they had not told you yet`);
      else if (!asks) credit(false, `${q} is not a question the customer can answer`);
      else if (!ctx.askedBefore || echoes.length > 0 || topics.length > 0) credit(true, `${q} invited them to tell you more`);
      else credit(false, `${q} asked again without building on what they had told you`);
    } else if (h.label === "boundary") {
      // the definition: "calmly naming a limit … while making clear you still want to help"; "a threat or a cold 'stop
      // shouting' is not a respectful boundary", nor one "with no way forward" (lead, round 23: "I will not tolerate
      // abusive language. This is your formal warning." as the first words)
      if (!STILL_HELPS.test(lower(text))) credit(false, `${q} set a limit without saying you still want to help: a cold warning is not a respectful boundary`);
      // ("I'm setting a respectful boundary", "Respectful boundary, Craig": the technique's name announced, no limit named on
      // what he says; engine round 28, C36-35 and -39)
      else if (NAMES_BOUNDARY.test(lower(text)) && !sents.some((s) => !s.salad && NAMES_LIMIT.test(lower(s.text).replace(BOUNDARY_NAME, " "))))
        credit(false, `${q} named the technique, not a limit on what they are saying`);
      else if (ctx.abusedLast) credit(true, `${q} answered the abuse with a calm limit`);
      else credit(false, `${q} set a limit although they had not been abusive just then`);
    } else {
      credit(true, `${q}`);
    }
  }
  // A turn that only names the matter she is angry about ("I completely understand how upsetting this machine has been") does
  // nothing with it: no remedy offered or explained, no time or sum, no fact of hers, none of her words answered beyond the
  // matter's name, no question that brought out her story, no repair of the agent's own slip in the last turn ("Sorry, that came
  // out wrong, I didn't mean it was your fault"). Moves credited for naming it there did not engage (engine round 24).
  const repairs = ctx.slippedLast && sents.some((x) => !x.salad && OWNS_SLIP.test(lower(x.text)));
  if (namingOnly.length > 0 && ctx.offers.length === 0 && ctx.revealed.length === 0 && !repairs && !doesSomethingWith(scenario, sents)) {
    for (const { at, named } of namingOnly) {
      const c = credits[at]!;
      credits[at] = { ...c, engaged: false, why: `${quoteOf(c.span.text || text, 50)} only named ${named}, the thing they are upset about; the turn did nothing with it (no remedy, amount, date, fact of theirs or answer to what they said)` };
    }
  }
  // A wall: many techniques in one turn, most of them about nothing in particular.
  const engagedCount = credits.filter((c) => c.engaged).length;
  const wall = credits.length >= 4 && engagedCount * 2 < credits.length;
  const stock = sents.length > 0 && sents.every((s) => (ctx.said[s.fingerprint] ?? 0) > 0);
  return {
    credits,
    sentences: sents,
    topics: [...new Set(sents.flatMap((s) => s.topics))],
    salad: sents.length > 0 && sents.every((s) => s.salad),
    stock,
    wall,
  };
}

/**
 * The call's substance among the topics a move names (engine round 24): a remedy the policy allows, her worry or deadline
 * (a concern's topics), or a time or sum. The rest only name the matter ("machine", "order number", "leak"): naming
 * what she is angry about does nothing with it.
 */
const SUBSTANCE = new WeakMap<Scenario, Set<string>>();
export function substanceTopics(scenario: Scenario, topics: readonly string[]): string[] {
  let set = SUBSTANCE.get(scenario);
  if (!set) {
    set = new Set<string>();
    const concerns = new Set(scenario.engine.concerns.flatMap((c) => c.topics));
    for (const t of scenario.engine.topics) if (t.remedy || concerns.has(t.id) || t.terms.some((x) => saysTimeOrSum(x))) set.add(t.id);
    SUBSTANCE.set(scenario, set);
  }
  return topics.filter((t) => set!.has(t));
}
/** A time or a sum in the words: "tomorrow", "within 5 working days", "a 12-month guarantee", "£20", "twenty pounds". */
function saysTimeOrSum(text: string): boolean {
  const low = lower(text);
  return WHEN.test(low) || /\b(?:\d+|twelve|six|three)[- ](?:month|year)s?\b|£\s?\d|\b\d+(?:\.\d+)?\s?(?:pounds|quid|dollars)\b/.test(low);
}
/** Some sentence of the turn does something with the call's substance: names a remedy, worry or time, a sum, a fact of hers, or answers her words beyond the matter's name. */
function doesSomethingWith(scenario: Scenario, sents: readonly SentenceInfo[]): boolean {
  return sents.some((x) => {
    if (x.salad || x.conditionalOnly) return false;
    if (substanceTopics(scenario, x.topics).length > 0 || saysTimeOrSum(x.text) || factRestated(scenario, x.text) !== undefined) return true;
    const names = topicTermStems(scenario, x.topics);
    return x.echoes.some((e) => !names.has(e));
  });
}
/** The stems of the terms of these topics: the words that name them. */
function topicTermStems(scenario: Scenario, topics: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of scenario.engine.topics) if (topics.includes(t.id)) for (const term of t.terms) for (const w of contentStems(term)) out.add(w);
  return out;
}

/** Persona facts' content stems, per scenario. */
const FACT_STEMS = new WeakMap<Scenario, { fact: string; stems: Set<string> }[]>();
/** How many of a persona fact's content words a sentence must say to be about that fact. */
const FACT_WORDS = 3;
/** The persona fact a sentence restates (three or more of its content words), or undefined. */
export function factRestated(scenario: Scenario, sentence: string): string | undefined {
  let fs = FACT_STEMS.get(scenario);
  if (!fs) FACT_STEMS.set(scenario, (fs = scenario.persona.facts.map((f) => ({ fact: f.fact, stems: contentStems(f.fact) }))));
  const mine = contentStems(sentence);
  for (const f of fs) {
    let n = 0;
    for (const w of mine) if (f.stems.has(w)) n++;
    if (n >= FACT_WORDS) return f.fact;
  }
  return undefined;
}

/** A time the customer can hold the agent to: a day, a date, a number of days or hours, "tomorrow", "next week". */
const WHEN =
  /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|week)|next (?:week|month|\w+day)|(?:on|by|before|until|from) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the \d+\w*)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|within (?:the )?(?:\d+|an?|one|two|three|five|ten|24|48) ?\w*|(?:\d+|one|two|three|five|seven|ten|fourteen|thirty|sixty)(?:\s*(?:-|to)\s*(?:\d+|five))? (?:working )?(?:days?|hours?|weeks?|minutes?)|\d{1,2}(?::\d\d)? ?(?:am|pm|a\.m\.|p\.m\.))\b/;
/** An act done or coming: "I've paused", "I'll send", "it will arrive", "you'll get", "nothing more will be sent". */
const DONE_OR_COMING =
  /\b(?:i've|i have|we've|we have|i'll|i will|we'll|we will|i'm going to|we're going to|you'll|you will|it'll|it will|they'll|they will|will|won't|is going to|goes out|go out|arrives?|lands?)\b/;

/** A time only guessed at: "probably early next week", "hopefully by Friday", "maybe tomorrow". */
const GUESSED_WHEN = new RegExp(`\\b(?:probably|possibly|maybe|perhaps|hopefully|with (?:any )?luck|fingers crossed|if we're lucky|i'd guess|i guess|i reckon)\\b,? (?:\\w+ ){0,2}?(?:${WHEN.source})`, "g");
/** A next step with no real timeframe: "soon", "in due course", "the team should contact you to arrange a date". */
const NO_TIMEFRAME =
  /\b(?:(?:be|get) in touch (?:with you )?(?:\w+ ){0,2}to (?:arrange|book|agree|set up|sort out|confirm|find|organise|organize) (?:a|the|another|a new) (?:date|time|day|slot|delivery|visit)|soon|shortly|as (?:soon|quickly) as (?:possible|we can|they can)|asap|in due course|in a timely (?:manner|fashion)|at some point|when they can|(?:several|some|a few|a number of|various|(?:the )?(?:next|coming) few) (?:working |business )?(?:days|weeks)|(?:contact|call|ring|phone|email|text|get in touch with|be in touch with|get back to) you (?:\w+ ){0,2}to (?:arrange|book|agree|set up|sort out|confirm|find|organise|organize) (?:a|the|another|a new) (?:date|time|day|slot|delivery))\b/;

/** The act handed on or put in the passive: "will be arranged", "the team will", "someone will get back to you". */
const HANDED_ON =
  /\b(?:will|'ll|should|is going to|are going to) be (?:\w+ly )?(?:arranged|booked|sorted|looked at|looked into|reviewed|dealt with|handled|processed|investigated|actioned|raised|organi[sz]ed|scheduled|resolved|fixed|taken care of|followed up)\b|\b(?:team|department|someone|somebody|they|colleague|colleagues|engineer|engineers|manager|supervisor|depot|warehouse)\s+(?:will|'ll|should|is going to|are going to|can)\b/;
/** What happens next and when: a time and an act done or coming, not a question or a hypothetical. */
export function saysWhatNextAndWhen(sentence: string): boolean {
  const low = lower(sentence);
  if (low.includes("?") || /^\W*(?:if|unless)\b|\bwish\b/.test(low)) return false;
  return WHEN.test(low) && DONE_OR_COMING.test(low);
}

/** A commitment to come back to the customer: "I'll ring you on Thursday", "would it help if I called you next week?" */
export function checksBackLater(sentence: string): boolean {
  const low = lower(sentence);
  return /\b(?:i'll|i will|i can|i could|shall i|let me|if i|i'd like to|i'm going to|i am going to)\s+(?:\w+\s+)?(?:call|ring|phone|email|text|message|check in with|get back to|contact)(?:ed|s)?\s+you\b/.test(low) &&
    (WHEN.test(low) || /\b(?:back|later|again|to (?:check|make sure|confirm|see how))\b/.test(low));
}

const PITFALLS = new Set<string>(PITFALL_IDS);

function topicNames(scenario: Scenario, ids: string[]): string {
  return ids
    .slice(0, 2)
    .map((id) => scenario.engine.topics.find((t) => t.id === id)?.id.replace(/-/g, " ") ?? id)
    .join(", ");
}
