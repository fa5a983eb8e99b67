import { PITFALL_IDS, customerWords, type CustomerLine, type LabelId, type LineWhen, type PitfallId, type Scenario, type TechniqueId } from "@defuse/content";
import { label, type LabelHit } from "../analyser/label";
import { ASKS_RETELL, LABEL_PHRASE, NON_APOLOGY, NON_APOLOGY_HEARD, PUT_DOWN_HEARD, PUT_DOWNS, RETELL_HEARD, VAGUE_PRESS } from "./phrases";
import { ASKS_IN_PERSON, ASKS_WRITTEN, asksToCheck, DAY_TOLD_TO, eitherOr, FLATTERS, hollowSorry, invitedFact, otherSlot, threatens, NOT_WANTED, ONLY_OFFER, RELIEF, SENDS_REMOTELY, SENDS_WRITTEN, SMALL_PRINT, STILL_WAITING, THANKS_KIND, ASKS_CATCH, RETENTION_SCRIPT, deedSentences, FIRST_SORRY, HEARS_NOTHING, hintsHerFault, optionsOnlyAnnounced, SAYS_SAME, SORRY_AGAIN } from "./answers";
import { echoesOnly, normaliseEcho, quotedParts, quoteHeard } from "./echo";
import { choicePut, followsThrough, goesAheadWith } from "./choice";
import { offeredBeside } from "./alternatives";
import { readTurn, withCallTotals, type TurnBreach, type TurnOffer } from "./offers";
import { keptPerScenarioText, keptPerText } from "./kept";
import { nextRandom, seedState } from "./rng";
import { actsOnIt, apologisesForOwnWords, assessTurn, checksBackLater, contentStems, factRestated, hasTerm, lower, notesOnly, ownsSlip, saysWhatNextAndWhen, sentences, snapSpan, topicsIn, warnsOfEnding, type Assessment, type Credit } from "./substance";

/**
 * - resolved: the persona's needs and worries were dealt with and they accepted the fix;
 * - escalated: they had enough and hung up or demanded a manager;
 * - ended: the agent ended an abusive call (see `endedProperly` on the state);
 * - ongoing: still talking.
 */
export type Outcome = "resolved" | "escalated" | "ended" | "ongoing";
export type Intensity = "standard" | "reduced";

export interface StartOptions {
  /** Same seed, same scenario and same turns give the same conversation. Default 1. */
  seed?: number;
  /** "reduced" uses each line's `mild` wording where the content provides one. */
  intensity?: Intensity;
}

/** One agent turn as the engine saw it. Part of the state, so scoring needs nothing else. */
export interface TurnRecord {
  index: number;
  agentText: string;
  /** Set when the turn was a branching choice. */
  choiceId?: string;
  labels: LabelHit[];
  /** For each technique in `labels`: whether it engaged with this call, and why (free text only). */
  credits?: Credit[];
  /** Remedies this turn offered and forbidden rules it broke (free text only). */
  offers?: TurnOffer[];
  breaches?: TurnBreach[];
  /** Persona facts the turn's own question brought out (her answer), as distinct from worries she raised herself. */
  broughtOut?: string[];
  /** Concerns (scenario.engine.concerns ids) this turn dealt with. */
  concernsAddressed?: string[];
  tensionBefore: number;
  tensionAfter: number;
  reason: string;
  customerLine: string;
  revealedFacts: string[];
  ended: boolean;
  outcome: Outcome;
  /** The turn came after the call had already resolved. */
  afterResolution?: boolean;
  /** Set on a turn whose outcome is "ended": whether the agent ended the call the way the scenario allows. */
  endedProperly?: boolean;
  /** Set on a turn that ended the call improperly: what the policy's ending needed and this call did not have. */
  endedWhy?: string;
}

export interface AbuseState {
  /** The agent has set a calm limit (an engaged boundary). */
  warned: boolean;
  /** Abusive customer lines since that warning. */
  afterWarning: number;
  /** The customer's last line was abusive. */
  last: boolean;
  /**
   * A respectful warning stands (the taxonomy's boundary: a calm limit, no pitfall, a way forward) and no pitfall
   * has answered him since: his chance to choose to stop.
   */
  chance?: boolean;
  /** He has chosen to stop: help works again (see `STOPPED_AT`). */
  stopped?: boolean;
  /**
   * The agent has said the call is ending, with no way back and no goodbye yet ("…so I'm going to end this call now.
   * That's not me giving up on your drill."): the ending is under way, and the next turn may finish it (lead, round 24).
   */
  endAnnounced?: boolean;
}

/** Everything needed to continue a conversation. Plain JSON: persist it and pass it back. */
export interface ConversationState {
  scenarioId: string;
  scenarioVersion: number;
  seed: number;
  intensity: Intensity;
  rng: number;
  tension: number;
  outcome: Outcome;
  /** Branching position; null once a branch has ended. Undefined for free-text play. */
  nodeId?: string | null;
  /** For each of scenario.engine.needs, whether a turn has met it with an engaged technique. */
  needsMet: boolean[];
  /** For each of scenario.engine.concerns, whether it has been dealt with. */
  concernsMet: boolean[];
  /** Concerns the customer has raised herself. */
  concernsRaised: string[];
  /** Remedy ids offered so far, in order. */
  offered: string[];
  /** Remedies she turned down by choosing another when offered a choice: she does not take them up later. */
  declined?: string[];
  /** The remedy she chose when offered a choice, so that a wrong restatement of it can be corrected by name. */
  chose?: string;
  /** The turn in which she made that choice (or took up a single remedy put to her), and the turn she corrected a wrong restatement of it. */
  choseAt?: number;
  correctedAt?: number;
  /** Remedies put to her as a choice that the agent has not yet gone ahead with: the call does not resolve on a menu (engine round 24). */
  choicePending?: string[];
  /** The pending choice is one the agent offered to do ("I can send a replacement, or I can refund you"): going ahead with any of its remedies is the follow-through (engine round 26). */
  choiceOffered?: boolean;
  /** How many earlier turns used each technique with effect (repeats help less). */
  labelUses: Partial<Record<LabelId, number>>;
  /** How many times each agent sentence has been said. */
  phraseUses: Record<string, number>;
  revealedFacts: string[];
  /** Recently used line indexes per group, to avoid repeating the customer. */
  recentLines: Record<string, number[]>;
  /** Every customer line said in this call ("group:index"): she never says the same line twice. */
  saidLines?: string[];
  abuse: AbuseState;
  /**
   * Stems of the content words the customer has said, so a server that keeps the state without the
   * texts of earlier turns still knows what an acknowledgement could pick up.
   */
  heardStems?: string[];
  /** Set when the outcome is "ended": whether the agent ended the call the way the scenario allows. */
  endedProperly?: boolean;
  openingLine: string;
  turns: TurnRecord[];
}

export type AgentInput = string | { choiceId: string };

export interface TakeTurnResult {
  state: ConversationState;
  turn: TurnRecord;
}

export class RoleplayInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RoleplayInputError";
  }
}

/** Labels an engine falls back to when a scenario's tuning leaves one out. */
export const DEFAULT_EFFECTS: Record<LabelId, number> = {
  empathy: -6, apology: -5, reflection: -5, open_question: -3, ownership: -8, solution: -12, options: -10,
  expectation: -6, boundary: -8, escalation: -3, explanation: -6, follow_up: -4,
  blame: 15, dismissive: 15, argue: 14, policy_wall: 15, jargon: 8, rude: 25,
};
const PITFALL_SET = new Set<string>(PITFALL_IDS);
/** Tension at which the customer hangs up or demands a manager. */
export const ESCALATE_AT = 100;
/** Above this, a warned abusive caller keeps abusing. */
const STILL_ABUSIVE_AT = 70;
/**
 * An abusive caller who chooses to stop after a respectful warning is a customer with a problem, no longer an
 * enraged one: his tension falls to here that turn, and from then on techniques his scenario made inert while he
 * abused calm him at their default effect.
 */
const STOPPED_AT = 35;
/** A limit that makes clear the agent still wants to help, the way forward the taxonomy's boundary asks for. */
const WAY_FORWARD = /\b(?:help\w*|sort\w*|fix\w*|get (?:on|moving|straight)|deal with|look into|find)\b/;

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const OPEN_Q = /^\W*(?:(?:so|and|ok|okay|right|sure|thanks|great)\W+)*(?:(?:can|could|may) i (?:just |quickly |also |briefly )?ask\W+|(?:can|could) you tell me\W+|tell me\W+)?(?:what|which|how|why|when|where|who)\b/;
/** A question for her reason put as yes or no: "is there any other reason you're leaving?", "anything in particular that's made you decide?" */
const ASKS_REASON = /\b(?:is|was|are) there (?:any|a|some) (?:other |particular |specific |main |real )?reasons?\b|\banything (?:in particular )?(?:that's|that has|that) (?:made|prompted|led)\b/;
const FIX_SET = new Set<string>(["solution", "options", "expectation", "explanation", "escalation"]);
/** Moves that do something about the problem (a remedy, a choice, a next step, a hand-over, a call back): what "that's sorted" needs. */
const DOES = new Set<string>(["solution", "options", "expectation", "escalation", "follow_up"]);
/** How much a worry dealt with (the deadline, the real concern) calms, on top of the techniques. */
const CONCERN_RELIEF = 8;
/** At or above this, an abusive caller answers a first warning that offers him nothing with one more insult. */
const HOT_AFTER_WARNING = 50;
/** How far above `resolveAtOrBelow` a customer whose needs and worries are all met accepts the fix. */
const ACCEPT_MARGIN = 10;

/** The fault put on the agent's own side and on nobody else. */
export function ownsFault(sentence: string): boolean {
  const low = lower(sentence);
  const owns =
    /\b(?:we|i)\s+(?:really\s+)?(?:should(?:n't| not)?(?: have|'ve)|ought to have|didn't|did not|never|failed to|got (?:it|that|this) wrong|made (?:a|the) mistake|dropped the ball|let you down|messed up)\b/.test(low) ||
    /\b(?:on our (?:side|end|part)|at our end|our (?:mistake|fault|error|bad|failure)|that's on us|(?:poor|wrong|bad|unacceptable|not good enough) (?:of|from|on) us)\b/.test(low) ||
    // our own step admitted undone, not read off a record: "the replacement order was never actually raised"
    (/\b(?:was|were|wasn't|weren't)\s+(?:never|not)?\s*(?:actually\s+|even\s+)?(?:raised|sent|logged|booked|processed|arranged|updated|passed on|recorded|actioned|set up)\b/.test(low) &&
      /\b(?:never|not|n't)\b/.test(low) &&
      !/\b(?:records?|system|report|notes?|tracking|according to)\b[^.?!]*\b(?:show|says?|said|shows)\b|\bshows?\b/.test(low)) ||
    // our own answer, letter or bill admitted wrong: "That answer was misleading"
    /\b(?:that|this|the|our)\s+(?:answer|information|info|advice|letter|bill|charge|chat|message|reply)\s+(?:was|is|were)\s+(?:\w+\s+)?(?:misleading|wrong|incorrect|a mistake|an error|not right|not good enough|unacceptable)\b/.test(low);
  // "Nobody told you, and they should have": a failure to her by our side, put on no one in particular
  const nobody = NOBODY_DID_IT_FOR_YOU.test(low) && !NAMES_SOMEONE.test(low);
  if (!owns && !nobody) return false;
  // "you should have…", "your fault", a named third party: blame stays ("they should have" after "nobody" is that nobody)
  return !YOU_FAULT.test(nobody ? low.replace(/\bthey\s+should(?:'ve| have)\b/g, " ") : low);
}
/** No one on our side did for her what was due: "nobody told you", "no one called you back", "nobody turned up". */
const NOBODY_DID_IT_FOR_YOU =
  /\b(?:nobody|no one|no-one)\s+(?:ever\s+|actually\s+|even\s+)?(?:told|called|rang|phoned|warned|explained|mentioned|contacted|emailed|answered|replied|came|turned up|let you know|got back to)\b/;
/** A colleague, team or supplier named, whom a fault would land on. */
const NAMES_SOMEONE = /\b(?:driver|courier|warehouse|sales|colleague|agent|advis[eo]r|engineer|supplier|manager|department|team|depot|he|she)\b/;
/** Something gone wrong or someone held to account: what any blame, open or hidden, has to name. */
// (and where it was all along, "it's also explained in the FAQ and in the terms": what she did not read; engine round 28)
const FAULT_WORDS =
  /n't\b|\b(?:not|never|no one|nobody|fail\w*|fault|mistake|error|wrong|forg[oe]t\w*|lost|miss\w*|late|told|supposed to|meant to|that's why|your end|your side|you should|you need(?:ed)? to|you have to|you must|you'd have|blame|problem|issue|because|(?:in|on) (?:the|our) (?:terms|t&cs?|small print|fine print|faqs?))\b/;
/**
 * Negations that name nothing gone wrong: the agent's own limit ("I can't send it before they pick it up")
 * and sparing the customer a chore ("you don't have to chase it"). Not read as FAULT_WORDS.
 */
const NO_FAULT = /\b(?:i|we)\s+(?:can't|cannot|won't be able to)\b|\byou\s+(?:don't|won't)\s+(?:have|need) to\b|\bdon't worry\b|\byou should\s+(?:now\s+|then\s+|also\s+)?(?:see|find|get|have (?:it|them|this|that|an?|the|your)|notice|receive|hear|spot|be able|choose|pick|decide|go (?:with|for)|take (?:whichever|your time))\b/g;
/** A word that minimises, hurries or waves off, which any brushing aside of feelings has. */
const MINIMISES =
  /n't\b|\b(?:just|only|calm|relax|nothing|no need|not|never|happens|these things|anyway|whatever|at least|worse|everyone|everybody|queue|how (?:it|banks?|things?) works?|move on|over\w*|end of the world|fuss|bother|exaggerat\w*|dramatic|moan\w*|complain\w*|fine|life|simple|simply|easy|obviously|clearly|policy|procedure|busy|hurry|quick(?:ly)?|bigger|minor|small|little|honestly|really|look|listen|ok(?:ay)?|well|so)\b/;
/** A word of contradiction or correction, which any argument with the customer has. */
const CONTRADICTS =
  /n't\b|\b(?:not|no|never|nothing|actually|actual|wrong|incorrect|but|however|though|in fact|said|says|clearly|obviously|just|only|can|cannot|simply|really|true|right|mistaken|misunderstood|impossible|all)\b/;
/** "Here's what offline actually does", "how it actually works": what is so, announced, which corrects no one by itself. */
const SAYS_WHAT_IS = /\b(?:what|how)\s+(?:[a-z']+\s+){1,3}?actually\s+(?:does|do|did|works?|happens?|happened|means?)\b/g;
/** Fault put on the customer or on a named third party. */
const YOU_FAULT =
  /\byou(?:'ve| have)?\s+(?:should|shouldn't|could have|didn't|did not|forgot|failed|must have|never)\b|\byour (?:fault|mistake|error|end|side)\b|\bat your end\b|\b(?:courier|warehouse|sales team|colleague|manager|they|he|she)\s+(?:should|didn't|did not|failed|never|forgot)\b/;

function sentenceAround(text: string, span: { start: number; end: number }): string {
  const ss = sentences(text);
  const hit = ss.filter((s) => s.start < Math.max(span.end, span.start + 1) && s.end > span.start);
  return hit.length > 0 ? text.slice(hit[0]!.start, hit[hit.length - 1]!.end) : text;
}

/** A question about whose name a letter or account is in: "Who's the letter addressed to?" */
const ADDRESSED_TO = /\bwho(?:'s| is| was)? (?:the|that|this) (?:letter|bill|account|email|notice)(?:'s| is)? (?:addressed to|for|in the name of)\b[^.!]*\?/;
/** Sentences in which the agent gives her something to note (an address, a number, a reference): "I'll give you the address." */
const GIVES_HER = /\b(?:i'll|i will|let me|i can|i'm going to|i am going to) (?:just )?(?:give|read|send|text|email) you (?:the|our|a|an|that)\b|\b(?:here's|here is) (?:the|our)\b/;
/** Speed round 25: `readWithoutGiving` kept per text. */
export const withoutGiving = keptPerText(readWithoutGiving);
export function readWithoutGiving(text: string): string {
  const t = text.slice(0, 2000);
  return sentences(t)
    .map((sp) => t.slice(sp.start, sp.end))
    .filter((x) => !GIVES_HER.test(lower(x)))
    .join(" ");
}
/** The turn asks for her details: an account, order or membership number, a name, a postcode. */
/** Speed round 25: `readAsksDetails` kept per text. */
export const asksDetails = keptPerText(readAsksDetails);
export function readAsksDetails(text: string): boolean {
  const low = lower(text);
  // (asked in the written forms too: "kindly provide your full name", "please confirm your postcode": coherence round 23)
  return /\?|\b(?:can|could|may) i (?:please )?(?:take|have|get)\b|\b(?:could|can|would) you (?:please )?(?:tell|give) me\b|\b(?:kindly|please) (?:provide|confirm|give|send|share|state)\b|\b(?:could|can|would) you (?:please |kindly )?(?:provide|confirm|share)\b/.test(low) &&
    /\b(?:account|order|membership|customer|reference|policy|case) (?:number|no|details)\b|\bwho (?:i'm|i am|am i) (?:speaking|talking) (?:to|with)\b|\bpost ?code\b|\bdate of birth\b|(?<!\b(?:in|into|under|in the) )\b(?:your|the|his|her) (?:full |own )?name\b(?! on)|\byour details\b|\b(?:first line of (?:the|your) )?(?:the|your) address\b/.test(low);
}

/**
 * A sentence that reassures outright about the thing feared: a harm negated in the future ("the line
 * won't be stopped", "nothing will leave your account"), or a future kept safe ("it'll stay on", "you'll
 * still have it by Saturday"). Hypotheticals and questions do not reassure.
 */
export function reassures(sentence: string): boolean {
  const low = lower(sentence);
  if (/\?|\b(?:if|unless|might|may|could)\b/.test(low)) return false;
  return (
    /\b(?:won't|will not|isn't going to|is not going to|aren't going to|won't ever|will never|nothing will|no one will|nobody will)\s+(?:\w+\s+){0,3}?(?:be\s+)?(?:stop|stopp|cut|restrict|disconnect|switch|turn|cancel|leave|go out|come out|taken|charged|lose|lost|affect|chas|sent|touch|chang|happen)/.test(low) ||
    /\b(?:will|'ll)\s+(?:still\s+|definitely\s+|absolutely\s+)?(?:stay|remain|keep|be kept|carry on|continue)\b/.test(low) ||
    /\b(?:you don't need to|there's no need to|no need to)\s+worry\b/.test(low)
  );
}

/** Words that correct or contradict, which a reassurance that argues would still carry. */
const CORRECTS = /\b(?:but|however|actually|in fact|wrong|mistaken|misunderstood|never said|not what (?:i|we) said|not true|incorrect)\b/;
/** The agent disowning a doubt or a blame of her: "it isn't that we don't believe your reason", "I'm not saying you did anything wrong". */
const DISOWNS_DOUBT =
  /\b(?:isn't|is not|it's not|it is not|not)\s+(?:that|because)\s+(?:we|i|anyone|anybody|nobody)\s+(?:don't|do not|didn't|did not|doesn't|does not)\s+(?:believe|trust|care|accept)\b|\b(?:i'm|i am|we're|we are|nobody's|nobody is|no one's|no one is)\s+not\s+(?:doubting|questioning|blaming|saying you)\b|\b(?:nobody|no one)(?:'s| is)\s+(?:doubting|questioning|blaming)\b/;

/**
 * Arguing is "contradicting the customer, correcting them for the sake of it, or getting defensive": a
 * sentence that reassures her outright about what she fears ("your line will not be cut off") or disowns
 * doubting her ("it isn't that we don't believe your reason"), with no word of correction, argues with no one.
 */
export function reassuresWithoutCorrecting(sentence: string): boolean {
  const low = lower(sentence);
  if (CORRECTS.test(low.replace(NOT_HER_FAULT, " "))) return false;
  return reassures(sentence) || DISOWNS_DOUBT.test(low) || NOT_HER_FAULT.test(low);
}
/** Taking the fault off her: "nothing you did caused that", "you've done nothing wrong", "it's not your fault". */
const NOT_HER_FAULT =
  /\b(?:nothing (?:you did|you've done|you have done|you could have done)|you(?:'ve| have)? (?:did|done) nothing wrong|you didn't do anything wrong|(?:it|that|this)(?:'s not| is not| isn't| wasn't| was not|'s never been) (?:your fault|down to you|on you)|none of (?:this|that|it) (?:is|was) (?:your fault|down to you|on you))\b/g;

/** "Don't worry about the letters", "no need to worry about the bill": a worry about a named thing, not about her feelings. */
const WORRY_ABOUT_A_THING = /^\W*(?:please\s+)?(?:don't|do not|no need to|there's no need to|you don't need to)\s+(?:you\s+)?worry\s+about\s+(?:the|that|this|those|these|your|any)\s+\w+/;

/**
 * Sparing her a chore ("there's no need to pay that today", "you don't need to find any paperwork") is not
 * brushing her feelings aside; telling her not to feel or react ("no need to get upset", "don't worry about
 * it") still can be. What is left once the chores spared are taken out is what `MINIMISES` reads.
 */
const SPARES_A_CHORE =
  /\b(?:there's no need to|there is no need to|no need to|you don't (?:have|need) to|you do not (?:have|need) to|you won't (?:have|need) to|you will not (?:have|need) to|nothing you need to do|you needn't)\s+(?!(?:get|be|feel|worry|panic|stress|fret|shout|raise|upset|apologi[sz]e)\b)[a-z]+\b/g;

/** A reason given with a refusal ("because…", "the reason is…"), other than the rule itself. */
export function givesReason(text: string): boolean {
  const low = lower(text);
  const m = /\b(?:because|the reason|that's why|which is why|that is why|since|is that)\b(.*)$/.exec(low);
  if (!m) return false;
  const rest = m[1]!.replace(/[^a-z0-9£ ]+/g, " ");
  // "because it's policy", "because those are the rules": citing the rule is not a reason
  if (/\b(?:policy|policies|rules?|terms|system|window|allowed|can't|cannot)\b/.test(rest) && rest.split(/\s+/).filter(Boolean).length < 8) return false;
  return rest.split(/\s+/).filter(Boolean).length >= 4;
}

/** Someone will do, or has done, something: "will be looked after", "I'm referring", "I've passed it to", "they'll ring". */
const DONE_OR_COMING_ACT =
  /\b(?:will|'ll|won't|is going to|are going to|i'm going to|we're going to)\b|\b(?:i've|i have|we've|we have)\s+(?:just\s+|now\s+|already\s+)?\w+(?:ed|en|t)\b|\b(?:i'm|i am|we're|we are)\s+(?:\w+ly\s+|just\s+)?(?!going\b)\w+ing\b/;

/**
 * Remedies an agent's turns say are done or under way, in a plain sentence that is no question and no refusal:
 * "I'm sending the PAC code by text right now". A line demanding one of them ("PAC code, please") is not said.
 */
const GIVEN = new WeakMap<Scenario, Map<string, string[]>>();
const NEGATED = /\b(?:can't|cannot|won't|unable|not able|don't|isn't|aren't|haven't|hasn't|no longer)\b/;
const PASSED_ON = /\b(?:request|requested|in due course|look into|looking into|pass (?:it|this|that|your)|passing (?:it|this|that|your))\b/;
/**
 * A remedy given in words that do not name it: "That's on its way by text", "You asked for the code and you've got it". The
 * pronoun stands for the remedy named last before it: earlier in the turn, else in her line the turn answers.
 */
const PRONOUN_GIVEN =
  /^\W*(?:(?:there|right|okay|ok|and|so|done)[,.!]?\s+)*(?:it's|that's|it is|that is|it'll be|that'll be|they're)\s+(?:now\s+|already\s+|just\s+)?(?:on (?:its|their) way|been sent|sent|gone through|with you|in your (?:texts|inbox))\b|\byou(?:'ve| have) (?:now |already )?got (?:it|that|them)\b/;
const GIVEN_BY_PRONOUN = new Map<string, string[]>();
/**
 * Speed round 24: whether some sentence of a turn says a thing is given by a pronoun (the loop below reads only those), per
 * text: most turns have none, and need no key made of the turn and her line (built afresh each turn) to say so.
 */
const GIVES_BY_PRONOUN = new Map<string, boolean>();
const NONE_BY_PRONOUN: string[] = [];
function givesByPronoun(t: string): boolean {
  let r = GIVES_BY_PRONOUN.get(t);
  if (r === undefined) {
    r = sentences(t).some((sp) => {
      const low = lower(t.slice(sp.start, sp.end));
      return !(low.includes("?") || /^\W*(?:if|unless)\b/.test(low) || NEGATED.test(low) || PASSED_ON.test(low) || !PRONOUN_GIVEN.test(low));
    });
    if (GIVES_BY_PRONOUN.size >= 2_000) GIVES_BY_PRONOUN.clear();
    GIVES_BY_PRONOUN.set(t, r);
  }
  return r;
}
function remediesByPronoun(scenario: Scenario, a: string, her: string): string[] {
  if (!givesByPronoun(a.slice(0, 2000))) return NONE_BY_PRONOUN;
  const key = `${scenario.id}\u0000${a}\u0000${her}`;
  const hit = GIVEN_BY_PRONOUN.get(key);
  if (hit) return hit;
  const out: string[] = [];
  const t = a.slice(0, 2000);
  const remedyOf = (low: string): string | undefined => {
    let best: { at: number; r: string } | undefined;
    for (const tp of scenario.engine.topics) {
      if (!tp.remedy) continue;
      for (const term of tp.terms) {
        const at = low.lastIndexOf(term);
        if (at >= 0 && hasTerm(low, term) && (!best || at > best.at)) best = { at, r: tp.remedy };
      }
    }
    return best?.r;
  };
  for (const sp of sentences(t)) {
    const low = lower(t.slice(sp.start, sp.end));
    if (low.includes("?") || /^\W*(?:if|unless)\b/.test(low) || NEGATED.test(low) || PASSED_ON.test(low) || !PRONOUN_GIVEN.test(low)) continue;
    const m = PRONOUN_GIVEN.exec(low)!;
    const r = remedyOf(lower(t.slice(0, sp.start)) + " " + low.slice(0, m.index)) ?? remedyOf(lower(her));
    if (r) out.push(r);
  }
  if (GIVEN_BY_PRONOUN.size >= 2_000) GIVEN_BY_PRONOUN.clear();
  GIVEN_BY_PRONOUN.set(key, out);
  return out;
}
/** For each agent turn so far and the next: what was said just before it (the agent's turn before and her line), for a pronoun to stand for. */
function lastSaid(state: ConversationState): string[] {
  return [state.openingLine, ...state.turns.map((t) => `${t.agentText.slice(0, 2000)} ${t.customerLine}`)];
}
/** A remedy said to be sent or on its way, in words that are no "will" or "I've…ed": "PAC code's on its way by text", "the label has been sent". */
const SENT_OFF = /\b(?:'s|is|are|has been|have been|'s been)\s+(?:now\s+|already\s+|just\s+)?(?:on (?:its|their|the|your) way|sent|gone (?:out|off))\b/;
/**
 * Coherence round 27: remedies this turn says are sent or on their way ("Fine. PAC code's on its way by text."): a line demanding
 * one of them ("I've asked twice now. PAC code, please.") is not said to it. Kept apart from `givenRemedies`, which the choice
 * and its follow-through read, so that only her reply changes.
 */
function sentNow(scenario: Scenario, text: string): Set<string> {
  return new Set(sentOffKept(scenario, text));
}
/** Speed round 25: the remedies a turn says are sent or on their way, kept per scenario and text. */
export const sentOffKept = keptPerScenarioText((scenario, text) => remediesSaidAs(scenario, text, SENT_OFF));
/**
 * The remedies a turn names in its plain statements that say them done, coming or sent (`act`), in the order named: not in a
 * question, an "if" or "unless", a negation, or a request passed on ("I'll get a request put in for the PAC code… in due
 * course" gives nothing yet). The one per-sentence read behind `givenRemedies` (`DONE_OR_COMING_ACT`) and `sentNow` (`SENT_OFF`).
 */
function remediesSaidAs(scenario: Scenario, text: string, act: RegExp): string[] {
  const out: string[] = [];
  const t = text.slice(0, 2000);
  for (const sp of sentences(t)) {
    const low = lower(t.slice(sp.start, sp.end));
    if (low.includes("?") || /^\W*(?:if|unless)\b/.test(low) || NEGATED.test(low) || PASSED_ON.test(low) || !act.test(low)) continue;
    for (const id of topicsIn(scenario, low)) {
      const r = scenario.engine.topics.find((x) => x.id === id)?.remedy;
      if (r) out.push(r);
    }
  }
  return out;
}
function givenRemedies(scenario: Scenario, agentTexts: string[], herLines: readonly string[] = []): Set<string> {
  const out = new Set<string>();
  let byText = GIVEN.get(scenario);
  if (!byText) GIVEN.set(scenario, (byText = new Map()));
  agentTexts.forEach((a, i) => {
    if (herLines[i] !== undefined) for (const r of remediesByPronoun(scenario, a, herLines[i]!)) out.add(r);
  });
  for (const a of agentTexts) {
    let rs = byText.get(a);
    if (!rs) {
      rs = remediesSaidAs(scenario, a, DONE_OR_COMING_ACT);
      if (byText.size >= 2_000) byText.clear();
      byText.set(a, rs);
    }
    for (const r of rs) out.add(r);
  }
  return out;
}

/** The agent offers to do something, as a question or a conditional offer: "want me to…?", "shall I…?", "I can… if you like". */
const OFFERS_TO =
  /\b(?:(?:do you )?want me to|would you like me to|shall i|should i|can i|could i|i can|i could|let me)\b[^.?!]*(?:\?|\bif you(?:'d)? like\b|\bif that helps\b|\bif you want\b)/;

/** The agent denies a part of their own ("I'm not the one who sent it") without naming anyone else. */
const OWN_DENIAL = /\b(?:i'm|i am|i was)\s+not\s+the\s+(?:one|person)\b|\b(?:it|that)\s+(?:wasn't|was not|isn't|is not)\s+me\b/;
const A_PARTY =
  /\b(?:you|your|yours|they|their|them|he|him|his|she|her|colleague|colleagues|team|department|courier|driver|warehouse|supplier|someone|somebody|whoever|records?|system|report|notes?)\b/;

/**
 * Blame is "putting the fault on the customer, a colleague, another department or a supplier": a
 * sentence whose only fault-talk is the agent denying their own part, naming nobody else (the clause
 * taking the problem on, "but I'm the one who's going to sort it out with you", aside), puts it on no one.
 */
export function deniesOwnPartOnly(sentence: string): boolean {
  const low = lower(sentence);
  if (!OWN_DENIAL.test(low)) return false;
  const rest = low
    .split(/[,;:]|\s(?=but\s)|\s(?=and\s+i\b)/)
    .filter((c) => !/^\s*(?:but|and)\s+(?:i|i'm|i'll|i will|i am|i can|let me|we'll|we will)\b/.test(c) && !/^\s*(?:i'm|i am|i'll|i will)\s+(?:the one|going to|gonna)\b(?!.*\bnot\b)/.test(c));
  return !rest.some((c) => A_PARTY.test(c));
}

/** Words that confirm the customer's account: "you're right", "I can see…", "I hear…", "I know…". */
const CONFIRMS = /\b(?:you're|you are)\s+(?:\w+\s+)?right\b|(?<!\bwhat )\bi can (?:see|hear)\b|(?<!\bwhat )\bi (?:see|hear|know) (?:that|the|your|you|how|why|it|this|both)\b/;

/**
 * A sentence that confirms the customer's own account in the agent's words ("Mr Cole, I can see the
 * bill and you're right, it's estimated, and that's far higher than last winter"): a word of
 * confirmation, no question, no hypothetical, and at least two things she raised (her words or the
 * call's topics she named).
 */
export function restatesAccount(scenario: Scenario, sentence: string, heardStems: { has(stem: string): boolean }, heardTopics: Set<string>): boolean {
  const low = lower(sentence);
  // (her account confirmed, not the agent's own act reported: "I've stopped the payment, from what I can see")
  if (low.includes("?") || /\b(?:if|unless)\b/.test(low) || !CONFIRMS.test(low) || /\b(?:i've|i have|i'll|i will|we've|we'll)\b/.test(low)) return false;
  const items = new Set<string>();
  for (const w of contentStems(sentence)) if (heardStems.has(w)) items.add(w);
  for (const t of topicsIn(scenario, low)) if (heardTopics.has(t)) items.add(`#${t}`);
  return items.size >= 2;
}

/** A goodbye that closes the turn: "Thanks, Mr Dunn.", "Goodbye.", "Take care now.", "Thank you for calling, bye." */
const SIGN_OFF =
  /^\W*(?:(?:okay|ok|right|alright|so)\W+)?(?:thanks|thank you|goodbye|good bye|bye|take care|have a good (?:day|afternoon|evening|one))(?:\W+(?:for (?:calling|your time|your patience)|now|then|again|mr|mrs|ms|miss|sir|madam|bye|goodbye)\b)*(?:\W+[a-z]+)?\W*$/;

/**
 * The agent says the call is ending now, in the first person: "I'm going to end the call now",
 * "I'm ending this call", "I'll be hanging up now", "I'm closing our conversation here".
 */
export function namesTheEnd(text: string): boolean {
  const low = lower(text);
  // the same said of "we" or of the call itself: "we'll have to end the call here", "this call will now end",
  // and the polite close "I'm going to let you go now"
  if (
    /\b(?:we'll|we will|we're going to|we are going to|we'll have to|we have to|we need to|we're going to have to)\s+(?:now\s+|have to\s+)?(?:end|close|finish|stop)\s+(?:the|this|our)\s+(?:call|conversation|chat)\b/.test(low) ||
    /\b(?:this|the|our)\s+(?:call|conversation|chat)\s+(?:will\s+(?:now\s+)?end|is\s+(?:now\s+)?(?:ending|over|going to end)|ends\s+(?:here|now))\b/.test(low) ||
    /\b(?:i'm|i am|i'll|i will|i'm going to|i am going to|i'll have to|i'm going to have to)\s+(?:now\s+)?let you go\b(?=[^.?!]*\b(?:now|here|there)\b)/.test(low)
  ) {
    return true;
  }
  return /\b(?:i'm|i am|i'll|i will|i'm going to|i am going to|i have to|i've got to|i need to|i'm now|i'll now|i'll have to)\s+(?:now\s+|be\s+|have to\s+|going to\s+|need to\s+)*(?:end(?:ing)?|clos(?:e|ing)|terminat(?:e|ing)|finish(?:ing)?|disconnect(?:ing)?|hang(?:ing)? up|leav(?:e|ing))\b(?:\s+(?:the|this|our|that)\s+(?:call|conversation|chat|line))?(?:\s+(?:now|here|at this point|there))?/.test(low) &&
    /\b(?:call|conversation|chat|line|hang(?:ing)? up|disconnect|now|here)\b/.test(low);
}

/**
 * The ending said as the warning carried out (coherence round 23): "I said I'd have to end the call if the abuse carried on, so I'm
 * going to end it now." Its "if" is the earlier warning reported, not a new condition: what follows its "so" names the end. Not a
 * warning itself, "If you carry on, I'll end the call", nor the warning only reported, "I said I'd end the call if it carried on".
 */
const REPORTS_WARNING = /\b(?:i|we) (?:said|told you|warned(?: you)?|did say|mentioned)(?: (?:earlier|before))?\b[^.?!]*\b(?:if|unless)\b/;
export function endsAfterReportedWarning(text: string): boolean {
  const low = lower(text);
  if (!REPORTS_WARNING.test(low)) return false;
  const m = /\b(?:if|unless)\b[^.?!]*?,?\s+(?:and\s+)?(?:so|which is why|that's why)\s+([^.?!]*)/.exec(low);
  return !!m && !/\b(?:if|unless)\b/.test(m[1]!) && namesTheEnd(m[1]!);
}

/** A way back: the customer can call again, or will be called, once things are calmer. */
export function offersWayBack(text: string): boolean {
  const low = lower(text);
  return /\b(?:call|ring|phone|contact|reach|get in touch with|speak to|talk to|chat to|message)\s+(?:us|me|you|someone|a colleague|the team)?\s*(?:back|again)\b/.test(low) ||
    /\b(?:when|once|whenever)\s+(?:you're|you are|you feel|you've|you have)\b/.test(low) ||
    /\b(?:ring|call|phone)\s+you\b[^.?!]*\b(?:later|tomorrow|back|this afternoon|this evening)\b/.test(low);
}

export function startConversation(scenario: Scenario, opts: StartOptions = {}): ConversationState {
  const seed = Number.isFinite(opts.seed) ? Math.trunc(opts.seed as number) : 1;
  const intensity: Intensity = opts.intensity === "reduced" ? "reduced" : "standard";
  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    seed,
    intensity,
    rng: seedState(seed),
    tension: clamp(scenario.startTension),
    outcome: "ongoing",
    nodeId: undefined,
    needsMet: scenario.engine.needs.map(() => false),
    concernsMet: scenario.engine.concerns.map(() => false),
    concernsRaised: [],
    offered: [],
    labelUses: {},
    phraseUses: {},
    revealedFacts: [],
    recentLines: {},
    abuse: { warned: false, afterWarning: 0, last: scenario.customerType === "abusive" },
    openingLine: intensity === "reduced" && scenario.openingLineMild ? scenario.openingLineMild : scenario.openingLine,
    turns: [],
  };
}

function lineText(line: CustomerLine, intensity: Intensity): string {
  if (typeof line === "string") return line;
  return intensity === "reduced" && line.mild ? line.mild : line.text;
}
const isAbusive = (line: CustomerLine) => typeof line === "object" && line.abusive === true;
const whenOf = (line: CustomerLine): LineWhen | undefined => (typeof line === "object" ? line.when : undefined);

/** What the customer heard in this turn and knows about the call, for choosing what to say. */
interface LineContext {
  /** The turn has a dig at her in it (PUT_DOWNS): she does not thank or praise it (coherence round 21). */
  dug?: boolean;
  /** The agent's earlier turns of this call (lower case): what "you keep saying…" needs said before (coherence round 21). */
  earlier?: string;
  engaged: Set<LabelId>;
  /** Every technique the analyser saw, engaged or not: a cross customer reacts to empty moves too. */
  seen?: Set<LabelId>;
  pitfalls: Set<LabelId>;
  topics: Set<string>;
  asked: boolean;
  offered: Set<string>;
  addressed: Set<string>;
  revealed: Set<string>;
  /** Remedies first offered in this very turn: the most salient thing an agent can do. */
  offeredNow?: Set<string>;
  /** Remedies she turned down earlier by choosing another, not named again in this turn. */
  declined?: Set<string>;
  /** Forbidden rules this turn broke (the customer hears a generous promise). */
  breached?: Set<string>;
  /** Remedies the agent has said are done, in a sentence that offers nothing ("I've put tomorrow's direct debit on hold"). */
  inPlace?: Set<string>;
  /** What the turn asks of her, as `directAsk` reads it. */
  askKind?: DirectAsk | null;
  /** The turn's only question is "anything else?": nothing about her or her account is asked. */
  elseOnly?: boolean;
  /** Weekdays the agent has moved to another ("Thursday…, but I'll push it through for Wednesday"): not taken as settled. */
  movedDays?: Set<string>;
  /** The turn had no substance: nothing engaged, offered, promised, revealed or done wrong. */
  idle?: boolean;
  /** The turn was a script: technique words strung together, a wall of them, or said before. */
  scripted?: boolean;
  /** The turn asked for her details (an account or order number, a name, a postcode). */
  details?: boolean;
  /** The call's topics already settled: named in a fix of this turn, a remedy offered, a worry dealt with. */
  settled?: Set<string>;
  /**
   * What the call has said, normalised (`normaliseEcho`): the agent's turns so far and her own words. A line
   * naming a weekday, amount or time frame nobody said is not chosen.
   */
  said?: string;
  /**
   * Topics this turn named only in a hedge ("I can't promise it'll be there before Friday", "that may not be
   * before Friday"): a line taking them as promised ("Before Friday. Right, that's what I needed to hear.")
   * is not said; one asking about them is.
   */
  hedged?: Set<string>;
  /**
   * The agent has shown her account was heard (a reflection in the call, her notes read back): "I've already
   * explained all this twice. Read the notes." then needs a question asking her to tell it again.
   */
  shownHeard?: boolean;
  /** The agent has asked her in this call to tell it all again from the start: she does not praise him for reading her record. */
  askedRetell?: boolean;
  /** Remedies the agent has said are done or under way in this call ("I'm sending the PAC code by text now"), read as offered or not. */
  given?: Set<string>;
  /** Remedies this turn says are sent or on their way ("PAC code's on its way by text"; coherence round 27). */
  sentNow?: Set<string>;
  /** The agent's words in this turn, lower case: what a line quoting them back ("Don't tell me it's standard") needs. */
  heardNow?: string;
  /** The call's topics the agent has named so far, this turn included (read when a line asks about one). */
  agentNamed?: () => Set<string>;
  scenario?: Scenario;
  intensity?: Intensity;
  /** The index of this turn: a line saying she has asked or told before needs a line of hers before it. */
  turn?: number;
  /** Whether she may apologise for her own temper: the turn did something for her, or set a calm limit, and nobody was rude to her. */
  contrite?: boolean;
  /** Whether the turn talked straight (a reason, an honest no or hedge, owning it, a real offer): what praise of straight talk needs. */
  straight?: boolean;
  /** The turn says someone will look into it: she does not ask whether anyone is checking. */
  investigating?: boolean;
  /** The turn asks her for something (a fact, her details, a reading): what a refusal to tell needs. */
  asksOfHer?: boolean;
  /** The turn gives a remedy now ("I've stopped tomorrow's direct debit"): not "I've been told all this before". */
  givesNow?: boolean;
  /** The turn refused her something (the commitments reader found a no): thanks for kind words are not its answer (coherence round 23). */
  refused?: boolean;
  /** The agent signs off: she is not being kept. */
  closing?: boolean;
  /** The turn says when, plainly ("within 10 working days", "next month"): a line's "How long would it take?" is not asked. */
  timeGiven?: boolean;
  /** The turn says what happens next (a time, or a step handed on or promised): "right. ok. go on" is not what it gets. */
  nextStepSaid?: boolean;
  /**
   * The turn answers her plainly (coherence round 22): an honest no ("the annual plan can't be refunded…") or a reason that
   * engaged: "That doesn't answer me" is not what it gets.
   */
  answered?: boolean;
  /**
   * Her last line asked a question, or she has raised her worry, and the turn neither answers her plainly, offers, gives a time
   * nor asks her anything (coherence round 26).
   */
  questionStands?: boolean;
  /** The turn opens on a chat template's greeting ("Dear Valued Customer, Thank you for contacting…"; coherence round 26). */
  template?: boolean;
  /** The turn's next step is vague (handed on, "be in touch", "look into it") with no time said (coherence round 22). */
  vagueNext?: boolean;
  /** The turn presses her to pay now ("If you're able to make a payment today by card…", coherence round 22). */
  pressesPay?: boolean;
  /** The turn says there are no notes of her earlier calls: "read the notes" is not said to it (coherence round 22). */
  noNotes?: boolean;
  /** A question of the turn was answered in a pause the author wrote ("Can you read me the number? ... Thank you."). */
  answeredInGap?: boolean;
  /** Money back has been promised her in this call, allowed or not ("she'll approve the £280 refund"): she does not press for it (coherence round 24). */
  moneyPromised?: boolean;
  /** What the turn asks her about she has told already in this call ("Can you read me the numbers?" after she read them out). */
  toldAlready?: boolean;
  /** The money promised her, in this turn or the one that first promised it, is only part of her claim ("I'll meet you halfway… £140"). */
  partMoney?: boolean;
  /**
   * Remedies she has taken up earlier in this call: chosen, welcomed in a line resting on their offer ("A pool in York. That would
   * suit me down to the ground."), or said yes to when offered ("Do you want that?" "Yes, that'd be good."; coherence round 28).
   */
  taken?: Set<string>;
  /**
   * Other ways of settling what she rang about, beside one she has taken: remedies of those kinds the agent has named in one turn
   * with hers, or with one so named ("a club in York… Or… someone here", then "Tom… There's also a freeze"; coherence round 28).
   */
  alternatives?: Set<string>;
  /** The turn says plainly what something of the call is or is for ("There's an equipment charge of £59.98, that's for a router not being returned"). */
  tellsWhat?: boolean;
  /** The turn's only reason is an excuse ("my hands are tied with the system"): no explanation to answer (coherence round 28). */
  excuseOnly?: boolean;
  /** Worries about a day that a time of arrival sooner than it has met, for her words only (coherence round 29, `metByNearTime`). */
  nearMet?: Set<string>;
  /** Her last line asked when, and the turn names no time (coherence round 29). */
  whenStands?: boolean;
  /** Coherence round 30: the turn's sorry is followed by an excuse, said among a script's stock words, or beside a threat (`hollowSorry`). */
  hollow?: boolean;
  /** Coherence round 30: the turn puts the fault on a colleague, in words or as the analyser's `blame`. */
  faultElsewhere?: boolean;
  /** Coherence round 30: the turn says a written confirmation or email is sent or coming (`SENDS_WRITTEN`). */
  sentWritten?: boolean;
  /** Coherence round 30: the turn says how she can send something without going in ("by post or email"). */
  remote?: boolean;
  /** Coherence round 30: the turn sends her to the FAQ, the terms or the website. */
  smallPrint?: boolean;
  /** Coherence round 30: the turn flatters or presses her and tells her nothing of the call ("how much we value you"). */
  flatters?: boolean;
  /** Coherence round 30: her last line thanked the agent for what the turn before did. */
  thankedLast?: boolean;
  /** Coherence round 30: the turn offers, as all it can do, only what she has turned down, or says it is the only thing on offer. */
  walledOffer?: boolean;
  /** Coherence round 30: the turn says it cannot say when ("I can't tell you exactly when it will be refunded"). */
  noTime?: boolean;
  /** Coherence round 30: remedies booked for her in the call ("Booked. Your replacement sofa comes on Thursday"), which she did not turn down. */
  booked?: Set<string>;
  /** Speed: the agent's words in the call so far, this turn included, joined once per turn when a line asks for them. */
  agentWords?: string;
  /** Coherence round 31: the turn says something is done ("the fee's removed"), in a sentence that offers nothing (`deedSentences`). */
  deedDone?: boolean;
  /** Coherence round 31: remedies named in a sentence of the call saying they are done ("I've switched wifi calling on"). */
  done?: Set<string>;
  /** Coherence round 31: the agent said sorry in an earlier turn of this call, or says it "again" now. */
  sorryBefore?: boolean;
  /** Coherence round 31: the turn says sorry "again", or after she has thanked an apology in this call. */
  sorryAgain?: boolean;
  /** Coherence round 31: a retention script with nothing offered ("how much we value you… we'd be really sorry to lose you"). */
  retention?: boolean;
}

/**
 * A time said plainly: a span of days or weeks, a day, "tomorrow", "next month". Kept apart from choice.ts's `A_TIME`
 * (engine round 26): this one reads every sentence of a turn, so it leaves out "today", "now", bare clock times and bare
 * weekdays, which greetings and asides carry ("I'll be helping you today", "a text to you now") and which would make her
 * praise a straight answer nobody gave; it keeps numberless frames ("a few days"), weighed by `VAGUE_FRAME` apart.
 */
const TIME_GIVEN =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|(?:the )?next (?:few|couple of))(?:\s*(?:-|to)\s*\w+)?\s+(?:working\s+)?(?:days?|weeks?|months?|hours?)\b|\b(?:tomorrow|tonight|next (?:week|month)|this (?:week|afternoon|evening)|(?:on|by|this|next) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:by |at )?(?:the )?end of (?:this|the|next) (?:week|month))\b/;
/** A question of hers asking when or how long: "How long would it take?", "When?". */
const ASKS_HOW_LONG = /^(?:(?:so|and|but|okay|ok|right)[,.]?\s+)?(?:how long (?:would|will|does|is|are|'s|do)\b[^.!?]*|when)\?$/i;
/** A line without a question it asks about when, once the turn has said when ("A repair's not what I asked for." to "…within 10 working days"). */
function withoutAnsweredWhen(line: string): string {
  const parts = line.split(/(?<=[.!?])\s+/);
  const kept = parts.filter((x) => !ASKS_HOW_LONG.test(x.trim()));
  return kept.length > 0 && kept.length < parts.length ? kept.join(" ") : line;
}

/** A line saying she has asked or told already: "I've asked twice now", "I've just told you that". */
const ASKED_BEFORE = /\b(?:i've|i have) (?:just |already )?(?:told you|asked)\b|\basked (?:you )?(?:twice|two times|three times)\b/i;
/** A line in which she owns her temper: "I didn't mean to go off at you", "Sorry for swearing", "sorry for the caps". */
export const CONTRITE =
  /\b(?:didn't mean to (?:go off|shout|snap|have a go|swear)|sorry for (?:swearing|shouting|snapping|the language|the caps|going off|having a go)|(?:i was|maybe i was) (?:a bit )?out of order|i shouldn't have (?:shouted|sworn|snapped))\b/i;
/** A line praising straight talk: "at least you're being straight", "That's a straight answer". */
const PRAISES_STRAIGHT = /\bstraight\b/i;
/** Praise of the agent or backing down to him: "Fair enough, you've been straight with me", "You've been very good", "I won't be writing those reviews". */
const PRAISES_HIM =
  /\bstraight\b|\bfair enough\b|\byou(?:'ve| have) been (?:very |really |so )?(?:good|kind|helpful|patient|lovely|great|decent)\b|\bthat was decent\b|\bi won't be (?:writing|leaving|posting)\b|\bpoint taken\b/i;
/** The turn sends her to do it elsewhere: "You'd need to book that through the smart-meter team", "you'll have to ring them". */
const SENDS_ELSEWHERE =
  /\byou(?:'d| would|'ll| will)? (?:need|have) to (?:book|call|ring|phone|contact|go through|speak to|email|send|get in touch with|raise|take)\b[^.!?]*\b(?:team|department|them|they|website|online|app|direct|yourself)\b|\b(?:the best (?:thing|way|bet) (?:is|would be)|(?:it's |it is )?best|you(?:'re| are|'d| would) (?:be )?better off|you (?:can|could|should|may wish to|might want to)|(?:just|please)) (?:to )?(?:ring|call|phone|contact|email|get in touch with|speak to) (?:our|the|their|them)\b[^.!?]*\b(?:team|department|directly|direct|number|line|helpline)\b/;
/** An excuse is no reason: "we have been very busy", "high call volumes". */
// (coherence round 28: and the system blamed, "my hands are tied with the system, it just won't let me", "computer says no")
const EXCUSE = /\b(?:(?:very|really|extremely|so) busy|we(?:'ve| have) been busy|high (?:call |chat |contact )?volumes?|short[- ]staffed|(?:my|our) hands are tied|(?:the )?(?:system|computer) (?:just )?(?:won't|will not|doesn't|does not|can't|cannot) let (?:me|us)|computer says no)\b/;
/** A line complaining of being kept on the line: "if you're going to keep me here". */
const KEPT = /\bkeep(?:ing)? me (?:here|on the line|talking|hanging on)\b/i;
/** A question of hers whether something costs: "I don't pay anything extra?", "Does it cost anything?" */
const ASKS_IF_FREE = /\b(?:pay|cost|charge)\w* (?:me )?anything\b[^.!?]*\?|\bany (?:charge|fee|cost)\b[^.!?]*\?/i;
/** The agent saying it is free: "at no cost", "free of charge", "it won't cost you anything". */
const SAYS_FREE = /\b(?:at no (?:extra |additional )?cost|free of charge|for free|for nothing|at no (?:extra )?charge|no (?:extra |additional )?(?:charge|cost|fee)|won't cost|doesn't cost|nothing extra|costs? nothing)\b/;
/** A line asking whether anyone is looking into it: "is anyone checking why it happened". */
const ANYONE_CHECKING = /\b(?:is|are) (?:anyone|anybody|someone|you) (?:actually |even )?(?:checking|looking into|finding out)\b/i;
const LOOKS_INTO = /\b(?:investigat\w*|look(?:ing)? into|review(?:ing)?|check(?:ing)? (?:why|what|how|into))\b/;
/** A line saying the agent's words are old news: "I've been told all this before", "I've heard 'we'll look into it' before". */
const TOLD_BEFORE = /\b(?:been told|heard) (?:all )?(?:this|that|it) before\b/i;

/**
 * How much what the agent did in this turn weighs when the customer picks what to answer, most salient
 * first: a promise the policy forbids, a remedy offered now, a pitfall, a script, the call's topics and
 * the techniques that engaged, then a question, an empty move or an empty turn.
 */
const SALIENCE = { breached: 8, offeredNow: 6, pitfall: 5, scripted: 5, said: 3, details: 3, topic: 2, engaged: 2, asked: 1.5, seen: 1, idle: 1 } as const;

interface Fit {
  /** Higher fits better. */
  f: number;
  /** How much of the agent's turn the line answers (0: a generic line). */
  salient: number;
  /** The line answers a pitfall of this turn. */
  pit: boolean;
}

/**
 * How well a line fits: null when a precondition fails or it has triggers none of which fired;
 * otherwise higher for lines answering the most salient thing the turn did, then for lines whose
 * preconditions are more specific.
 */
const ASKS_WHAT_COMES = /\bgo on,? then,? what (?:were|was) you (?:going|about) to (?:say|tell me|ask)\b|\bgo on,? then,? what are the options\b/i;
/** The agent asks her leave to say something: "Can I have thirty seconds?", "Do you mind if I mention something?". */
const ASKS_LEAVE =
  /\b(?:can|could|may) i (?:have|take|borrow|grab) (?:thirty seconds|sixty seconds|a (?:minute|moment|second|sec|few (?:minutes|seconds))|two minutes|a couple of minutes)(?: of your time)?\b[^.!]*\?|\b(?:do you mind if|is it ok(?:ay)? if|would it be ok(?:ay)? if|would you mind if) i (?:tell|mention|explain|run|go through|point out|share|flag)\b[^.!]*\?|\b(?:can|could|may) i (?:just )?(?:tell you|run (?:something|a couple of things|two things|them) (?:by|past) you|mention|point out|flag)\b[^.!]*\?/;
const ANNOUNCES =
  /\b(?:before i\b|(?:can|could|may) i (?:just |quickly )?(?:ask|say|tell|explain|suggest|check|mention|run)|let me\b|let's\b|i'd like to\b|i want to\b|one (?:thing|question|idea)\b|there (?:are|is|'s) (?:a few |some |two |three |a couple of )?(?:options|ways|things|something)\b|options?\b|what i can do\b|here's what\b|a few things\b|i'm going to\b|i'll (?:sort|fix|help|get|look)\b)/;
// ("Okay. I'm listening.", "Go on, I'm listening. Briefly." invite more as "go on" does)
const INVITES_MORE = /(?:^|[.!?]\s+)(?:(?:right|ok|okay|alright|fine)[.,]?\s+)*(?:go on(?:,? then)?|(?:go on,? )?i'm listening)[.!]?(?:\s+briefly\.)?\s*$/i;
// (and a setting on: "It's switched on now", "Wifi calling's on and it's working": not to "I can switch it on and talk you through it")
const IN_PLACE = /\b(?:'s|is|are|'re) (?:now )?(?:on hold|cancelled|stopped|paused|skipped|(?:switched|turned) on|on and (?:it's |it is )?working)\b/i;
/** An offer, not a deed: "I can also hold tomorrow's direct debit", "Shall I?", "if you'd like". */
// ("I can see the sales chat told you… and I've logged it": what the agent sees is no offer)
const ONLY_OFFERED = /\?|^\W*(?:if|unless)\b|\b(?:i|we) (?:can|could|would|might|'d)\b(?! (?:see|hear|imagine|understand|appreciate|tell)\b)|\b(?:want me to|shall i|should i|happy to|if you)\b/;
/** Speed round 23: the remedies each agent text says are in place, in order, per scenario's topics (every turn reads all the turns before). */
const IN_PLACE_READ = new WeakMap<Scenario["engine"]["topics"], Map<string, string[]>>();
function inPlaceSaid(scenario: Scenario, agentTexts: string[]): Set<string> {
  let read = IN_PLACE_READ.get(scenario.engine.topics);
  if (read === undefined) IN_PLACE_READ.set(scenario.engine.topics, (read = new Map()));
  const out = new Set<string>();
  for (const a of agentTexts) {
    let rs = read.get(a);
    if (rs === undefined) {
      rs = [];
      const t = a.slice(0, 2000);
      for (const sp of sentences(t)) {
        const low = lower(t.slice(sp.start, sp.end));
        if (ONLY_OFFERED.test(low) || NEGATED.test(low)) continue;
        for (const id of topicsIn(scenario, low)) {
          const r = scenario.engine.topics.find((x) => x.id === id)?.remedy;
          if (r) rs.push(r);
        }
      }
      if (read.size >= 5_000) read.clear();
      read.set(a, rs);
    }
    for (const r of rs) out.add(r);
  }
  return out;
}
function takesUpDeclined(line: string, declined: Set<string>, scenario: Scenario): boolean {
  return line
    .split(/(?<=[.!?])\s+/)
    .some((x) => !NAMES_NOT_PICKED.test(lower(x)) && topicsIn(scenario, lower(x)).some((t) => declined.has(scenario.engine.topics.find((y) => y.id === t)?.remedy ?? "")));
}
/** A day taken as settled in her line: "Thursday it is", "Thursday, then", "Fine. Thursday.", "Right. Thursday, a time the night before" (not "Thursday?" nor "on Saturday"). */
const DAY_TAKEN =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+it is\b|,\s+then\b)|(?:^|[.!]\s+)(?:(?:okay|ok|fine|right|great|lovely)[.,!]?\s+)(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*[.,!]/i;
const WEEKDAYS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/g;
const DAY_MARKS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight)\b/g;
const WEEKDAY_ONLY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
const NAMES_WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/;
const namesWeekday = keptPerText((low: string) => NAMES_WEEKDAY.test(low));
/** Words moving a day to another: "…shows Thursday, but I'll push it through for Wednesday", "…instead", "bring it forward". */
const MOVES_DAY = /\b(?:but|instead|earlier|bring(?:ing)? (?:it |that )?forward|push(?:ing)? (?:it |that )?through|mov(?:e|ing) (?:it |that )?to|switch(?:ing)? (?:it |that )?to)\b/;
/**
 * Days the agent has moved to another in the latest of its turns that names a weekday (other than the days of her opening:
 * "the lost Saturday" is hers): "The system shows Thursday as the next slot, but I'll push it through for Wednesday" moves
 * Thursday. Not "…the replacement for Thursday. You'll get a text on Wednesday evening", which names two days for two things.
 */
function movedDays(agentTexts: readonly string[], opening: string): Set<string> {
  for (let i = agentTexts.length - 1; i >= 0; i--) {
    const low = lower(agentTexts[i]!.slice(0, 2000));
    // (a turn naming no weekday has none to move: skipped before its day words are listed, speed round 24; and, speed round 25,
    // before her days are listed, with the answer kept per text)
    if (!namesWeekday(low)) continue;
    const hers = new Set(lower(opening).match(WEEKDAYS) ?? []);
    // (a weekday may be moved to a day named by its distance too: "The system's showing Thursday, but… tomorrow's van")
    const days = [...low.matchAll(DAY_MARKS)].filter((m) => !hers.has(m[0]));
    if (!days.some((m) => WEEKDAY_ONLY.test(m[0]))) continue;
    const moved = new Set<string>();
    for (const a of days)
      for (const b of days)
        if (WEEKDAY_ONLY.test(a[0]) && b.index! > a.index! && b[0] !== a[0] && MOVES_DAY.test(low.slice(a.index! + a[0].length, b.index!))) moved.add(a[0]);
    // (a day named again after the move is not moved: "…Wednesday, but Thursday is still the backup" is not about her taking it)
    const last = days[days.length - 1]![0];
    moved.delete(last);
    return moved;
  }
  return new Set();
}
/**
 * Speed round 23: a pattern's test of one of her lines, kept per pattern and line. `fit` tries some forty patterns on each
 * candidate line at every turn, and the lines are the scenario's own, so each answer is worked out once. Only for the
 * module's constant patterns (a literal in a function is a new object each time) without the g or y flag (whose `test`
 * depends on lastIndex): the same answer as `re.test(t)`.
 */
// (speed round 24: kept per line, then per pattern, with the last line's answers at hand: `fit` asks many patterns of one line in turn)
const LINE_TESTS = new Map<string, Map<RegExp, boolean>>();
let lastLine: string | undefined;
let lastTests = new Map<RegExp, boolean>();
export function lineHas(re: RegExp, t: string): boolean {
  if (re.global || re.sticky) return re.test(t);
  if (t !== lastLine) {
    let m = LINE_TESTS.get(t);
    if (m === undefined) {
      if (LINE_TESTS.size >= 2_000) LINE_TESTS.clear();
      LINE_TESTS.set(t, (m = new Map()));
    }
    lastTests = m;
    lastLine = t;
  }
  let r = lastTests.get(re);
  if (r === undefined) lastTests.set(re, (r = re.test(t)));
  return r;
}
/** Speed round 24: `re.exec(t)` of one of her lines, kept per pattern and line as `lineHas` keeps `test` (shared: do not change the match). */
const LINE_EXECS = new Map<RegExp, Map<string, RegExpExecArray | null>>();
export function lineExec(re: RegExp, t: string): RegExpExecArray | null {
  if (re.global || re.sticky) return re.exec(t);
  let m = LINE_EXECS.get(re);
  if (m === undefined) LINE_EXECS.set(re, (m = new Map()));
  let r = m.get(t);
  if (r === undefined) {
    if (m.size >= 2_000) m.clear();
    m.set(t, (r = re.exec(t)));
  }
  return r;
}
/**
 * Speed round 24: a pattern made from words of a line or a turn (a name, a day, a word echoed), compiled once per source and
 * flags instead of at every test: the same pattern, so the same answers. Bounded. A global one is only for `match`,
 * `matchAll` and `replace`, which start from the beginning whatever its lastIndex and leave it at 0.
 */
const BUILT_RES = new Map<string, RegExp>();
export function builtRe(source: string, flags = ""): RegExp {
  const key = `${flags}/${source}`;
  let re = BUILT_RES.get(key);
  if (re === undefined) {
    if (BUILT_RES.size >= 2_000) BUILT_RES.clear();
    BUILT_RES.set(key, (re = new RegExp(source, flags)));
  }
  return re;
}
/** For tests (speed round 24): how many entries the per-line caches hold (each stays at or under 2,000 per map). */
export function lineCacheSizes(): { lines: number; execs: number; built: number; byPronoun: number } {
  return { lines: LINE_TESTS.size, execs: Math.max(0, ...[...LINE_EXECS.values()].map((m) => m.size)), built: BUILT_RES.size, byPronoun: GIVES_BY_PRONOUN.size };
}
/** Speed round 25: patterns `fit` tests on her lines through `lineHas` (they were literals, made anew at each test). */
const USEFUL_TO_KNOW = /\buseful to know\b/i;
const READ_THE_NOTES = /\bread the notes\b/i;
const STILL_WAITING_ANY = /\bstill waiting\b/i;
const PAYSLIP = /\bpayslip\b/i;
const WITHOUT_A_WORD = /\bwithout a word\b/i;
const INSULT_ME = /\binsult(?:ed|ing)? me\b/i;
function fit(line: CustomerLine, c: LineContext, hot = false): Fit | null {
  const w = whenOf(line);
  if (pressesSettled(line, w, c)) return null;
  if (asksToldAlready(line, w, c)) return null;
  // (a welcome of a broken rule is checked as she would say it: "Wednesday? Right. I'll hold you to that" to "tomorrow's van"
  // is said without its "Wednesday?", so that word needs no echo)
  const spoken = w?.breached?.length && c.heardNow !== undefined ? breachWelcome(lineText(line, "standard"), c.heardNow) || lineText(line, "standard") : lineText(line, "standard");
  if (c.said !== undefined && !echoesOnly(spoken, c.said, c.scenario ? knownAmounts(c.scenario) : "")) return null;
  if (c.said !== undefined && c.scenario && !namesOnlyTold(lineText(line, "standard"), c.said, c.scenario)) return null;
  if (c.heardNow && !quotesHeard(line, w, c)) return null;
  if (c.shownHeard && !c.asked && !c.details && c.pitfalls.size === 0 && lineHas(TELLS_AGAIN, lineText(line, "standard"))) return null;
  // (nor to "anything else?", which asks her to tell nothing: "I'm not explaining it all again" answers no one, coherence round 21)
  if (c.askKind === "anything-else" && lineHas(NOT_AGAIN, lineText(line, "standard"))) return null;
  {
    const t = lineText(line, "standard");
    // (she has asked or told nothing yet in this call beyond her opening: not "I've asked twice now", "I've just told you that")
    if (c.turn === 0 && lineHas(ASKED_BEFORE, t)) return null;
    // (she owns her temper only to an agent who did something for her or set a calm limit, and was not rude to her: not to a
    // stock "I understand you're upset", a refusal or a matter passed on)
    if (c.contrite === false && lineHas(CONTRITE, t)) return null;
    // (praise of straight talk needs it: not a greeting script, an excuse, or a matter passed on)
    if (((c.straight === false && !w?.said?.length) || c.dug) && lineHas(PRAISES_STRAIGHT, t)) return null;
    // (nor "is anyone checking why it happened" to "the payments team will investigate")
    if (c.investigating && lineHas(ANYONE_CHECKING, t)) return null;
    // ("I'm not telling you anything until…" needs something asked of her)
    if (c.asksOfHer === false && lineHas(WITHHOLDS, t)) return null;
    // ("I've been told all this before" is not what a remedy given now gets)
    if (c.givesNow && lineHas(TOLD_BEFORE, t)) return null;
    // ("I'll just do it online if you're going to keep me here" is not said to an agent letting her go)
    if (c.closing && lineHas(KEPT, t)) return null;
    // ("So if I transfer it, I don't pay anything extra?" is not asked of what the turn has just said is free)
    if (c.heardNow !== undefined && lineHas(ASKS_IF_FREE, t) && SAYS_FREE.test(c.heardNow)) return null;
    if (c.heardNow !== undefined && !heardAsThanked(t, c.heardNow, c.earlier ?? "")) return null;
    if (c.dug && lineHas(PRAISES_HIM, t)) return null;
    // ("That does make a bit more sense… I just wanted it explained" is not said to her own words played back: "So what I'm
    // hearing is that your friend got a refund")
    if (c.heardNow !== undefined && lineHas(EXPLAINED, t) && !explainsWhy(c.heardNow)) return null;
  }
  if (!fitsRound22(lineText(line, "standard"), w, c)) return null;
  // (thanks "for asking" need a question asked in earnest: not a statement, not a script of technique words)
  if ((!c.asked || c.scripted) && lineHas(FOR_ASKING, lineText(line, "standard"))) return null;
  // (a line echoing a time as a question, "Today? Oh, that's quick.", needs that word in the turn: not after "tomorrow morning")
  const echoed = lineExec(ECHOED_TIME, lineText(line, "standard"));
  // (nor after "today" said only in the wind-up, "So the team will call you tomorrow. Is there anything else I can do for you today?":
  // coherence round 23)
  if (echoed && c.heardNow !== undefined && !builtRe(`\\b${echoed[1]!.toLowerCase()}\\b`).test(c.heardNow.replace(WIND_UP_Q, " "))) return null;
  // (a line opening with words of the turn echoed as questions, "Cache? Sync? I don't know what any of that means.", needs
  // the turn to have said them: not after "your assets weren't pinned to local storage")
  if (c.heardNow !== undefined && !echoedWordsHeard(lineText(line, "standard"), c.heardNow)) return null;
  // (a line echoing a thing as a question, "An exit fee?", does not answer a turn that named it only to rule it out: "no exit fee")
  if (c.heardNow !== undefined && echoesRuledOut(lineText(line, "standard"), c.heardNow)) return null;
  // (a line inviting the agent to go on, "Go on.", "right. ok. go on", does not answer a question put to her or "anything else?")
  if (c.askKind === "anything-else" && (lineHas(INVITES_MORE, lineText(line, "standard")) || lineHas(USEFUL_TO_KNOW, lineText(line, "standard")))) return null;
  // (nor a turn that has said what happens next, "Please allow a few working days for our team to review your account": it is
  // not still to come)
  if (c.nextStepSaid && lineHas(INVITES_MORE, lineText(line, "standard"))) return null;
  // ("Okay, that's useful to know." needs something told: not "I'll just confirm a few details on the account first")
  if (c.heardNow !== undefined && lineHas(USEFUL_TO_KNOW, lineText(line, "standard")) && !c.offeredNow?.size && !c.engaged.has("explanation") && !c.engaged.has("expectation")) return null;
  // (praise for reading her record, "At least you've actually read it", needs a turn that read it: not "I'll put a note on your
  // account", which writes one)
  if (c.heardNow !== undefined && lineHas(PRAISES_READING, lineText(line, "standard")) && !READS_RECORD.test(c.heardNow)) return null;
  // (nor by an agent who asked her in this call to tell it all again from the start: whatever he reads out after, he did not
  // read it first; coherence round 20)
  if (c.askedRetell && lineHas(PRAISES_READING, lineText(line, "standard"))) return null;
  // (a slot asked for, "Morning or afternoon?", needs a day: not a visit whose date is still to be arranged, "they'll contact
  // you to arrange a date"; coherence round 20)
  // (nor to a note for a team to contact him, with no visit booked and no day: "I'll put a note for the metering team to contact you";
  // coherence round 23)
  if (c.heardNow !== undefined && lineHas(SLOT_ASKED, lineText(line, "standard")) && (DATE_TO_COME.test(c.heardNow) || !VISIT_SET.test(c.heardNow)) && !SLOT_NAMED.test(c.heardNow)) return null;
  // (a thing welcomed by name, "An email would be lovely", needs the agent to have said it: not to "a doctor's letter"; coherence
  // round 20)
  {
    const welcomed = lineExec(WELCOMES_THING, lineText(line, "standard"));
    if (welcomed && c.heardNow !== undefined && !quoteHeard(welcomed[1]!, c.heardNow)) return null;
  }
  // (a line asking what the agent was about to say, "Go on, then, what were you going to say?", needs the turn to have
  // announced something to come: not "No problem, no exit fee and you keep your number")
  if (c.heardNow !== undefined && lineHas(ASKS_WHAT_COMES, lineText(line, "standard")) && !ANNOUNCES.test(c.heardNow)) return null;
  // (a line saying a remedy is in place, "Payment's on hold till the new bill comes", needs it done, not only offered)
  if (w?.offered?.length && lineHas(IN_PLACE, lineText(line, "standard")) && !w.offered.every((r) => c.inPlace?.has(r))) return null;
  // (a remedy she turned down is not taken up in a line naming it plainly, "That's it. Thursday, then.", whatever its precondition)
  if (c.declined?.size && c.scenario && takesUpDeclined(lineText(line, "standard"), c.declined, c.scenario)) return null;
  // (a day taken as settled, "Okay. Thursday it is.", is not one the agent has moved: not Thursday once it was pushed through
  // for "Wednesday morning")
  {
    const taken = lineExec(DAY_TAKEN, lineText(line, "standard"));
    const day = taken ? (taken[1] ?? taken[2])!.toLowerCase() : undefined;
    if (day && c.movedDays?.has(day)) return null;
  }
  if (!w) return { f: 0, salient: 0, pit: false };
  // (a line answering a question about her, "Premium, the yearly one. Does that make a difference?", does not answer "Thanks
  // for being a Premium member! Anything else?": nothing about her was asked)
  if (w.asked && c.elseOnly) return null;
  let score = 0;
  for (const r of w.offered ?? []) if ((!c.offered.has(r) && !c.sentNow?.has(r)) || c.declined?.has(r)) return null;
  for (const r of w.notOffered ?? []) if (c.offered.has(r) || c.given?.has(r) || c.sentNow?.has(r)) return null;
  for (const x of w.addressed ?? []) if (!c.addressed.has(x)) return null;
  for (const x of w.unmet ?? []) if (c.addressed.has(x) || c.nearMet?.has(x)) return null;
  for (const x of w.revealed ?? []) if (!c.revealed.has(x)) return null;
  for (const x of w.said ?? []) if (!c.topics.has(x)) return null;
  if (c.hedged?.size && !lineText(line, "standard").includes("?") && (w.said ?? []).some((x) => c.hedged!.has(x))) return null;
  score += (w.offered?.length ?? 0) + (w.addressed?.length ?? 0) + (w.unmet?.length ? 0.5 : 0) + (w.revealed?.length ? 0.5 : 0) + (w.said?.length ? 1 : 0);
  // a line about a remedy offered in this very turn answers the offer
  // (or said in it to be sent or on its way, coherence round 27: "PAC code's on its way by text")
  const fresh = (w.offered ?? []).some((r) => c.offeredNow?.has(r) || c.sentNow?.has(r)) ? SALIENCE.offeredNow : 0;
  // a line that picks up words the agent said in this turn answers them
  let salient = fresh + (w.said?.length ? SALIENCE.said : 0);
  let pit = false;
  const triggers =
    (w.labels?.length ?? 0) + (w.topics?.length ?? 0) + (w.breached?.length ?? 0) + (w.asked ? 1 : 0) + (w.idle ? 1 : 0) + (w.scripted ? 1 : 0) + (w.details ? 1 : 0);
  if (triggers > 0) {
    let fired = 0;
    // the strongest of a line's labels counts, not their number
    let byLabel = 0;
    // (her words played back are no explanation to answer, "So you're saying it's unfair, because… Have I got that right?")
    const playedBackOnly = c.heardNow !== undefined && !explainsWhy(c.heardNow);
    for (const l of w.labels ?? []) {
      if (l === "explanation" && (playedBackOnly || c.excuseOnly)) continue;
      if (c.pitfalls.has(l)) {
        byLabel = Math.max(byLabel, SALIENCE.pitfall);
        pit = true;
      } else if (c.engaged.has(l)) byLabel = Math.max(byLabel, SALIENCE.engaged);
      // (a limit she was not given is not answered as one: "told off" needs a limit that engaged)
      else if (hot && l !== "boundary" && c.seen?.has(l)) byLabel = Math.max(byLabel, SALIENCE.seen);
    }
    fired += byLabel;
    if (w.details && c.details) fired += SALIENCE.details;
    for (const t of w.topics ?? []) if (c.topics.has(t)) fired += SALIENCE.topic;
    for (const r of w.breached ?? []) if (c.breached?.has(r)) fired += SALIENCE.breached;
    if (w.asked && c.asked) fired += SALIENCE.asked;
    if (w.idle && c.idle) fired += SALIENCE.idle;
    if (w.scripted && c.scripted) fired += SALIENCE.scripted;
    if (fired === 0) return null;
    score += 2 + fired;
    salient += fired;
  }
  // (coherence round 28) a promise the policy forbids is what she hears first, over a remedy offered beside it: "Back on my card that
  // quickly?" to "that'll be back in your bank this afternoon… and I've popped a £15 credit on", not "Money off as well?" alone; a line
  // welcoming it weighs as an offer made now does, on top of its salience
  const promise = (w.breached ?? []).some((r) => c.breached?.has(r)) ? SALIENCE.offeredNow : 0;
  return { f: score + fresh + promise + (w.said?.length ? SALIENCE.said : 0), salient, pit };
}

/** A limit or reminder read off a policy script: "As per our policy…", "a respectful reminder", "I am required to inform you". */
const POLICY_SCRIPT = /\bas per (?:our |the |company )?polic(?:y|ies)\b|\b(?:respectful|friendly|courtesy) reminder\b|\b(?:i am|i'm) (?:required|obliged) to (?:inform|remind|advise|warn) you\b/;
/** A demand on her in the turn: "I'd need to speak to the account holder", "you'll need to send us a copy of…", "for security I need…". */
const DEMANDS_OF_HER =
  /\b(?:(?:i|we)(?:'d| would|'ll| will)? need (?:the |his |her |their )?(?:account[- ]holder's |named person's )?(?:permission|consent|authori[sz]ation)|(?:i|we)(?:'d| would|'ll| will)? need (?:to speak to|to see|you to|a copy|proof|(?:the |a )?(?:death |original )?certificate)|you(?:'ll| will|'d| would)? (?:need|have) to (?:send|provide|bring|get|show|post|upload|pay|come in))\b/;
/** Her word that the turn did not answer her: "That doesn't answer me.", "That's not an answer." (coherence round 22). */
const NOT_AN_ANSWER = /\b(?:that doesn't answer (?:me|my question)|that's not an answer|that is not an answer|that's no answer)\b/i;
/** Praise comparing this call with the last: "That's more than I got last time", "more than anyone's done before". */
const MORE_THAN_BEFORE = /\bmore than (?:i got|i've had|i had|anyone(?:'s| has)? (?:done|said)|the last (?:one|person|lot))\b/i;
/** Thanks for the agent's patience: "You've been very patient with me." */
const THANKS_PATIENCE = /\b(?:you(?:'ve| have) been (?:very |really |so )?patient|thank(?:s| you) for (?:your|being so) patien)/i;
/**
 * A next step that names no time and hands the matter on or leaves it to come ("our deliveries team will be in touch to arrange
 * a date", "I'll pass this on to the depot and they'll look into it"): the vague promise these personas have heard before.
 */
const VAGUE_NEXT =
  /\b(?:(?:be|get) in touch|(?:contact|call|ring) you (?:to arrange|about|when)|get back to you|look(?:ing)? into (?:it|this|that)|pass (?:this|it|that|your \w+) (?:on|over)|in due course|as soon as (?:possible|we can|they can)|(?:call|ring|phone|email|text|contact|update|get back to) you (?:back )?(?:as soon as|when|once) (?:i|we|they|someone|somebody|the team) (?:have|has|hear|get|gets|know|knows|find out|finds out)\b|make sure (?:your|the|that|this|it|her|his) (?:\w+ ){0,2}(?:arrives|comes|turns up|gets (?:there|delivered|sorted|done|fixed|through)|is (?:delivered|sorted|fixed|done|raised)|happens|goes through)(?![^.!?]*\b(?:today|now|tonight|tomorrow|on \w+day|by|before|within|at \d))\b)/;
/** A call back promised for when there is news, with no day (coherence round 31): "I'll call you back as soon as I have an update". */
const UNDATED_CALLBACK = /\b(?:call|ring|phone|contact|update) you (?:back )?(?:as soon as|once|when) (?:i|we|they|someone|there)(?:'s| is| have| has| get| hear| know)\b/;
/** The turn asks her to pay now: "If you're able to make a payment today by card", "can you pay the balance now?". */
const PRESSES_PAY = /\b(?:make a payment|pay (?:it|this|that|the balance|the (?:full )?amount|£[\d.,]+)?\s*(?:today|now|by card|over the phone))\b/;
/** The turn says there are no notes of her earlier calls: "I can't see any notes", "there's nothing on the notes". */
const NO_NOTES =
  /\b(?:no|not any|can't see any|cannot see any|can't find any|don't have any|don't see any|there aren't any) (?:notes?|record|records)\b|\bnothing (?:in|on) (?:the |your )?(?:notes?|records?|system)\b|\bnotes? (?:are|is) (?:empty|blank|missing)\b/;
/**
 * A pause the author wrote into the turn for her answer, followed by the agent taking it ("Can you read me the tracking number?
 * ... Perfect, thank you.", "Go on, read it out. ... 14,682. Thank you."): the question before it has been answered off the page.
 */
// (coherence round 29: or the agent saying he has put her answer in, "Read me the numbers on the display. ... 14,682. I have entered
// it.": she does not read it out again)
const GAP_ANSWERED =
  /(?:\.\.\.|…)\s*(?:[A-Z0-9][\w ,.'-]{0,24}?[,.!]?\s+)?(?:thank you|thanks|perfect|lovely|brilliant|great|got it|cheers|i(?:'ve| have) (?:entered|noted|logged|recorded|put in|written down|taken down) (?:it|that|them|those)|(?:that's|that is) (?:entered|noted|logged|recorded))\b/i;
const GAP_ANSWERED_ALL = new RegExp(GAP_ANSWERED.source, "gi");
/** A question followed by the pause and the agent going on in a new sentence (coherence round 26). */
const GAP_TAKEN_ALL = /\?\s*(?:\.\.\.|…)\s*(?=[A-Z])/g;
/** The turn's words before its last answered pause (what was asked and answered there). */
/** Speed round 25: `readBeforeAnsweredGap` kept per text. */
export const beforeAnsweredGap = keptPerText(readBeforeAnsweredGap);
export function readBeforeAnsweredGap(text: string): string | undefined {
  let last = -1;
  for (const m of text.matchAll(GAP_ANSWERED_ALL)) last = m.index;
  // (coherence round 26: a question, the pause, and the agent going on with her answer taken in a statement, "What do you use the
  // club for? ... The pool, three mornings a week. Then this might help", "have you got broadband? ... Then wifi calling should
  // sort it": answered too; not a pause followed by another question, "Can you hear me? ... Hello?")
  for (const m of text.matchAll(GAP_TAKEN_ALL)) {
    const next = /^[^.!?]*[.!?]/.exec(text.slice(m.index + m[0].length))?.[0] ?? "";
    if (m.index + 1 > last && next && !next.endsWith("?")) last = m.index + 1;
  }
  return last >= 0 ? text.slice(0, last) : undefined;
}
/**
 * Coherence round 22: what a line needs of the turn, checked for stock lines too (they have no precondition, but they still answer
 * the turn): see each rule below.
 */
function fitsRound22(t: string, w: LineWhen | undefined, c: LineContext): boolean {
  // "That doesn't answer me" / "That's not an answer" is not said to a turn that answered her plainly: an
  // honest no with its reason ("The annual plan can't be refunded for a move…") is an answer, if not the one she wanted
  if (c.answered && lineHas(NOT_AN_ANSWER, t)) return false;
  // "read the notes" is not said to an agent who has just said there are none ("I can't see any notes from your last calls")
  if (c.noNotes && lineHas(READ_THE_NOTES, t)) return false;
  // praise that compares the call favourably, or praises it as unscripted ("That's more than I got last time", "At least you're
  // not reading it off a card"), is not given to a vague next step with no time ("the team will be in touch to arrange a date",
  // "they'll look into it"): that is what she got last time
  if (c.vagueNext && (lineHas(MORE_THAN_BEFORE, t) || lineHas(OFF_A_CARD, t))) return false;
  // thanks for kind words ("That's kind of you to say") are not given to sympathy followed in the turn by a demand on her ("I'm
  // sorry to hear about your husband. So for security I'd need to speak to the account holder, or you'll need to send us…"):
  // the demand is what she answers
  if (c.heardNow !== undefined && lineHas(KIND_WORDS, t) && DEMANDS_OF_HER.test(c.heardNow)) return false;
  // nor is something taken as explained after a dig at her ("I'll go through it slowly for you so it sinks in")
  if (c.dug && lineHas(EXPLAINED, t)) return false;
  // thanks for patience are not said to a turn pressing her to pay today
  if (c.pressesPay && lineHas(THANKS_PATIENCE, t)) return false;
  // a line reading out a number she was asked for ("Right: the tracking number's KT 4471…") is not said when the author wrote
  // her answer into a pause of the turn ("Can you read me the tracking number? ... Perfect, thank you."): she has given it
  // (nor one offering to read it out: "I've got the receipt here actually, hang on, let me read the number out")
  if (c.answeredInGap && ((w?.asked && lineHas(GIVES_NUMBER, t)) || lineHas(OFFERS_TO_READ, t))) return false;
  return fitsRound23(t, w, c);
}

/** Her getting ready to note something down: "Sorry, let me get a pen." */
const GETS_A_PEN = /\b(?:get|grab|find) a (?:pen|pencil)\b/i;
/** Something in the turn (lower case) to write down: a number, a day, a time, a reference, an address. */
const TO_WRITE_DOWN = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|thirty|sixty|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|o'clock|reference|number|address|email|website|next week|steps?)\b/;
/** Praise of the turn as the first sense she has heard: "that's the first sensible thing anyone's said", "the first time today I've felt I know…". */
const FIRST_SENSE = /\bfirst sensible thing\b|\bfirst time (?:today |all day )?i(?:'ve| have) felt\b|\bnow we're getting somewhere\b/i;
/** A line saying she follows now: "I feel I know what's happening", "that actually makes sense", "that explains it". */
const FOLLOWS_NOW = /\b(?:know|understand|get) what's (?:happening|going on)\b|\bmakes? (?:a bit |a little |much )?(?:more )?sense\b|\bthat explains it\b|\bclear(?:er)? now\b/i;
/**
 * Coherence round 23: the customer answers what the agent said. Praise of the turn as the first sense she has heard needs it to
 * have talked straight (a reason, an honest no, an owned fault, a real offer, a time): not a scripted close "I've noted your
 * feedback. Thank you for six years of loyalty!"; saying she follows now is not said to a turn the analyser found full of jargon
 * ("a BST referral… a PA on the balance"); thanks for kind words are not said to sympathy that the same turn follows with a no
 * ("I'm sorry about your sister. Honestly, I can't refund the unused months"): the no is what she answers.
 */
function fitsRound23(t: string, _w: LineWhen | undefined, c: LineContext): boolean {
  if (lineHas(FIRST_SENSE, t) && (c.straight === false || c.pitfalls.has("jargon"))) return false;
  if (lineHas(FOLLOWS_NOW, t) && c.pitfalls.has("jargon")) return false;
  if (c.refused && lineHas(KIND_WORDS, t)) return false;
  // (she does not back down to a limit set in the same breath as a dig at her: "I'm not having a go at you personally" is no answer to
  // "the idiot on this line can read a meter just fine. Can you?")
  if (c.dug && lineHas(HEEDS_LIMIT, t)) return false;
  // ("Sorry, let me get a pen." needs something to write down: a number, a day or time, a reference; not a demand for a certificate)
  if (c.heardNow !== undefined && lineHas(GETS_A_PEN, t) && !TO_WRITE_DOWN.test(c.heardNow)) return false;
  return fitsRound24(t, _w, c);
}

/** A line welcoming all her money back: "All of it back?", "every penny". */
const ALL_OF_IT = /\ball of it\b|\bevery penny\b|\bthe (?:whole|full) (?:lot|amount)\b/i;
/** A line welcoming part of her money back: "Half of it?", "some of it back". */
const PART_OF_IT = /\bhalf of it\b|\b(?:some|part) of it back\b/i;
/** The turn gives her only part of what she asked for (lower case): "I can't do the full £280, but I'll meet you halfway". */
const ONLY_PART = /\b(?:can't|cannot|won't be able to|not able to) (?:do|give|refund|offer|manage) (?:you )?(?:the )?(?:full|whole|all|entire)\b|\bmeet you (?:half ?way|in the middle)\b|\b(?:half|part) (?:of )?(?:it|the|your)\b|\bsplit the difference\b/;
/** A line pressing for her money as if nothing was promised: "I still think I should have my money back", "I asked for a refund". */
// (round 25: her loyalty put as a claim on the money, "I've been a member for four years. Doesn't that count?", presses for it too)
const PRESSES_MONEY = /\bstill\b[^.?!]{0,60}\b(?:money|refund|months|pounds)\b|\ba lot of money\b|\b(?:i asked for|i want) (?:a |my )?(?:refund|money back)\b|\bdoesn't (?:that|loyalty) (?:count|mean anything)\b/i;
/** The turn only points back to what it said before: "As mentioned, …", "As I said, …", "As per my previous message". */
/** The turn asks what her loss came to, or pays it whatever it was (lower case): "tell me what you lost for the day", "whatever your day's wages were". */
const ASKS_LOSS = /\b(?:tell me|let me know|how much|what) (?:[a-z']+ ){0,3}(?:you lost|it cost you|lost you|your (?:day's )?(?:wages?|pay|earnings)(?: (?:were|was|are|is|came to)))\b|\bwhatever (?:your|the) (?:day's )?(?:wages?|pay|earnings) (?:were|was|came to)\b/;
/** Her line asking if anyone is there: "hello? still there?". */
const STILL_THERE = /\bstill there\b|\banyone there\b/i;
/** The agent asks her to hold (lower case): "one moment", "bear with me", "let me just check", "give me a minute". */
const HOLDS_ON = /\b(?:one|a|just a) (?:moment|minute|sec(?:ond)?)\b|\bbear with me\b|\bhold on\b|\blet me (?:just )?(?:check|look|have a look|find|pull)\b|\bgive me (?:a|one|two|a couple of) (?:moment|minute|min|sec)/;
/** Words of money going back to her: "refund", "back to your card", "money back". */
// (round 25: a sum said to come back, "you'll have your £280 back", "you'll get your £280", is money back too)
const MONEY_BACK = /\brefund|\bmoney back\b|\bback (?:to|in|into|on) your\b|\bcredit\w* (?:it )?back\b|£\s?\d[\d,.]*\s+back\b|\byou(?:'ll| will) (?:get|have) (?:your|the|all (?:of )?(?:your|the)) (?:money|£)/;
const SAID_BEFORE = /^\W*(?:(?:i understand|okay|ok|right|yes|sure|again)[.,!]?\s+)?(?:as (?:i (?:said|mentioned|explained)|mentioned|previously (?:stated|mentioned)|per my (?:previous|last) (?:message|email|reply))|like i said)\b/;
/**
 * Coherence round 24 (C27's readers): "All of it back?" is not said to half of it ("I can't do the full £280, but I'll meet you
 * halfway… £140"), nor "Half of it?" to all of it; once money back has been promised her, in this turn or before, she does not
 * press for it again as if nothing had been ("I still think I should have my money back" to "That'll go back to your card within
 * five working days"); a turn that only points back to what it said ("As mentioned, your bill has been corrected") is not praised as
 * the first straight answer.
 */
/** The turn (lower case) gives her only part of the money she asked for: it says so, or every sum it names is below her claim. */
/** Speed round 25: `readOnlyPart` kept per scenario and text. */
export const onlyPart = keptPerScenarioText(readOnlyPart);
export function readOnlyPart(scenario: Scenario, low: string): boolean {
  const basis = scenario.policy.basis?.amount;
  const sums = [...low.matchAll(/£\s?(\d[\d,]*(?:\.\d+)?)/g)].map((m) => Number(m[1]!.replace(/,/g, "")));
  return ONLY_PART.test(low) || (basis !== undefined && sums.length > 0 && sums.every((x) => x < basis));
}
function fitsRound24(t: string, w: LineWhen | undefined, c: LineContext): boolean {
  // (praise of straight talk is not said to a turn that was not straight, by a stock line either: "Fair enough, you've been straight with
  // me" to "Rest assured your concerns have been escalated to the appropriate team")
  if (c.straight === false && !w?.said?.length && lineHas(PRAISES_STRAIGHT, t)) return false;
  if (c.partMoney !== undefined) {
    if (c.partMoney && lineHas(ALL_OF_IT, t)) return false;
    if (!c.partMoney && lineHas(PART_OF_IT, t)) return false;
  }
  // (nor with a line whose precondition is that nothing was offered her: a promise of money back is an offer, if one the policy forbids)
  // ("hello? still there?" is said to a silence, not to a reply: only after the agent asked her to hold, "one moment while I check")
  if (c.heardNow !== undefined && lineHas(STILL_THERE, t) && !HOLDS_ON.test(c.heardNow)) return false;
  // ("I'm still waiting to hear…" is not her first reply: nothing has been kept from her in this call yet)
  if (c.turn === 0 && lineHas(STILL_WAITING_ANY, t)) return false;
  // ("I'm not telling you anything until…" is not said of what she has told already in this call: she read the meter out a turn ago)
  if (c.toldAlready && lineHas(WITHHOLDS, t)) return false;
  // ("A full day's pay. I'd have to look at my payslip" answers a turn asking what her lost day cost her: not a voucher for it)
  if (c.heardNow !== undefined && lineHas(PAYSLIP, t) && !ASKS_LOSS.test(c.heardNow)) return false;
  // ("You've hung up on me without a word?" is not said to an ending that said plenty; "You insult me and then hang up?" needs a dig or a
  // rude turn: "with manners like that, I'm not surprised the driver didn't find your door")
  if (c.heardNow !== undefined && lineHas(WITHOUT_A_WORD, t) && c.heardNow.split(/\s+/).length > 8) return false;
  if (lineHas(INSULT_ME, t) && !c.dug && !c.pitfalls.has("rude") && !c.pitfalls.has("dismissive") && !c.pitfalls.has("blame")) return false;
  if (c.moneyPromised && (lineHas(PRESSES_MONEY, t) || (w?.notOffered?.length ?? 0) > 0)) return false;
  if (c.heardNow !== undefined && SAID_BEFORE.test(c.heardNow) && (lineHas(PRAISES_STRAIGHT, t) || lineHas(FIRST_SENSE, t) || lineHas(PRAISES_ANSWER, t))) return false;
  return fitsRound26(t, w, c);
}

/** A question that is only a tag on a statement: "…to get it all sorted, ok?", "…by Friday, alright?". */
const TAG_ONLY_Q = /,\s*(?:ok|okay|alright|all right|yeah|right|yes)\s*\?+\s*$/i;
/** Every question of the turn is a tag on a statement (nothing is asked of her): a vague next step in it is still pressed. */
function tagOnly(text: string): boolean {
  const qs = text.slice(0, 2000).split(/(?<=[.!?])\s+/).filter((x) => x.includes("?"));
  return qs.length > 0 && qs.every((x) => TAG_ONLY_Q.test(x));
}
/** A chat or email template's greeting opening the turn (lower case): "Dear Valued Customer,", "Hello and thank you for contacting Crate & Fork!". */
const TEMPLATE_OPEN =
  /^\W*(?:dear (?:valued )?(?:customer|member|sir or madam|sir\/madam)\b|(?:(?:hello|hi|hey|good (?:morning|afternoon|evening|day))\b[^.!?]{0,30}?[!,.]?\s*(?:and\s+)?)?thank(?:s| you) (?:so much )?for (?:contacting|choosing|reaching out to|getting in touch with)\b)/;
/** Her thanks for a reply at all: "thank you for actually replying", "thanks for getting back to me". */
const REPLY_THANKS = /\bthank(?:s| you) for (?:actually |finally )?(?:replying|responding|answering|getting back to me)\b/i;
/** A line taking being passed on as fine: "Passing me on's fine, but…", "Being passed on is fine if…". */
const PASSED_ON_FINE = /\b(?:passing|passed|putting|handing) me (?:on|over|through)(?:'s| is) (?:fine|okay|ok|alright)\b|\bbeing (?:passed|put through|handed) (?:on|over)(?:'s| is) (?:fine|okay|ok|alright)\b/i;
/**
 * Coherence round 26 (C29's and C30's readers): a matter handed on with no time ("I've escalated this and they'll get back to
 * you") is not taken as fine: she presses for when, as she does to any vague next step.
 */
function fitsRound26(t: string, _w: LineWhen | undefined, c: LineContext): boolean {
  if (c.vagueNext && PASSED_ON_FINE.test(t)) return false;
  // (thanks are not given to a chat template's greeting, "Dear Valued Customer, Thank you for contacting…", "Hello and thank
  // you for contacting Crate & Fork! 😊", when it gives nothing: its sorry and "I understand" are the template's, not an answer)
  // (nor praise: "at least you're being straight" is not what a template earns)
  // (nor thanks for a reply at all, "ok. thank you for actually replying", to a reply that leaves her question standing or sends
  // her to ring a line instead: "I totally hear you that you are close to your overdraft… I'm here for you 😊")
  if (REPLY_THANKS.test(t) && (c.questionStands || (c.heardNow !== undefined && SENDS_ELSEWHERE.test(c.heardNow)))) return false;
  // ("right. ok. go on" is not said with her question from her last line still standing and nothing in the turn to answer it:
  // "So what I'm hearing is that you've been charged twice" after "will the money be back before friday??")
  if (c.questionStands && INVITES_MORE.test(t)) return false;
  if (c.template && (THANKS_FOR.test(t) || PRAISES_STRAIGHT.test(t) || FIRST_SENSE.test(t) || PRAISES_ANSWER.test(t)) && !c.offeredNow?.size && !c.givesNow) return false;
  return fitsRound27(t, _w, c);
}

/** A line saying she is not heard or has had to ask again: "You're not listening. I asked for one thing.", "I've asked twice now". */
const NOT_HEARD = /\bnot listening\b|\basked for (?:one|the one) thing\b|\b(?:i've|i have) (?:just |already )?asked\b|\basked (?:you )?(?:twice|two times|three times)\b/i;
/**
 * Coherence round 27 (C33's readers): she does not press for what the turn has just given. A remedy said to be sent or on its way
 * ("Fine. PAC code's on its way by text.") is not met by "You're not listening. I asked for one thing." or "I've asked twice
 * now"; a time said without "the" ("it comes out end of this month") is a time said (`TIME_GIVEN`), so "When?" is not asked.
 */
/** The turn (lower case) only asks: each sentence a question or a word or two of acknowledgement ("Lovely.", "Great choice."). */
function onlyAsks(heardNow: string): boolean {
  const sents = heardNow.slice(0, 2000).split(/(?<=[.!?])\s+/).filter((x) => x.trim() !== "");
  return sents.some((x) => x.includes("?")) && sents.every((x) => x.includes("?") || x.trim().split(/\s+/).length <= 2);
}
function fitsRound27(t: string, _w: LineWhen | undefined, c: LineContext): boolean {
  if (c.sentNow?.size && NOT_HEARD.test(t)) return false;
  // (something is not taken as explained, "That does make a bit more sense… I just wanted it explained", after a turn that only
  // asks: every sentence a question or a word or two of acknowledgement, "Lovely. And would you prefer I put the reason down as
  // 'moving away' or 'relocating'?")
  if (c.heardNow !== undefined && lineHas(EXPLAINED, t) && onlyAsks(c.heardNow)) return false;
  return fitsRound28(t, _w, c);
}

/**
 * The kinds of remedy that settle what she rang about one way or another (her money back, the thing replaced or repaired, the
 * membership moved or frozen, the plan changed, the account closed): taking one up is a choice among them. Credits, vouchers,
 * call backs, guides and notes come on top of any of them.
 */
/**
 * Coherence round 30 (C36's readers): her reply put right for what the form of the turn asks or did, after her line is chosen (so
 * her choices, read off her line before, stay as they were). In order: a day or time booked other than hers is noticed ("Thursday?
 * I said Tuesday."); a day and time she is told to name is named; an either-or put as a yes/no gets a pick; a request to check an
 * email arrived is answered by looking; details asked again are said to be given; a remedy she turned down and is offered again is
 * turned down again; one booked for her is kept over another offered instead; a threat of what she dreads gets her worry; thanks
 * just given, a wind-up with nothing new gets her goodbye, not a stock press.
 */
/** Coherence round 31: what the turn did that her reply must not contradict (`fitsRound31`), read for her reply only. */
function round31Context(lc: LineContext, scenario: Scenario, state: ConversationState, low: string, offers: number): void {
  lc.deedDone = deedSentences(low).length > 0;
  // (what the call says is in place, read in turns that say something is done or under way: not "There's a setting called wifi
  // calling… I can turn it on now", which describes it and offers it)
  const acting = [...state.turns.map((t) => t.agentText), low].filter((a) => deedSentences(lower(a.slice(0, 2000)), true).length > 0);
  lc.done = inPlaceSaid(scenario, acting);
  lc.sorryBefore = SORRY_AGAIN.test(low) || state.turns.some((t) => SORRY_WORD.test(t.agentText));
  lc.sorryAgain = SORRY_AGAIN.test(low) || state.turns.some((t) => THANKS_FOR_SORRY.test(t.customerLine) || FIRST_SORRY.test(t.customerLine));
  lc.retention = RETENTION_SCRIPT.test(low) && offers === 0;
}
const SORRY_WORD = /\b(?:sorry|apologi[sz]e|apologies)\b/i;
function answersTheTurn(a: {
  scenario: Scenario;
  state: ConversationState;
  text: string;
  line: string;
  ask: DirectAsk | null;
  lc: LineContext;
  offeredNow: Set<string>;
  turnRemedies: Set<string>;
  pitfalls: number;
  setAfterAsking: boolean;
  /** The facts the turn asked about, and those she has told. */
  asked: readonly string[];
  revealed: readonly string[];
  answerAsk: (k: "when" | Confirm) => string;
  pickOne: (xs: string[]) => string;
  closingLine: () => string;
}): string {
  const { scenario, state, text, lc } = a;
  let line = a.line;
  const words = customerWords(scenario);
  const low = lower(text.slice(0, 2000));
  const last = state.turns.at(-1);
  const herLast = last?.customerLine ?? "";
  const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);
  const withoutYes = (x: string) => {
    const parts = x.split(/(?<=[.!?])\s+/);
    let i = 0;
    while (i < parts.length && (saysYes(parts[i]!) || /^(?:do that|go on|please)\W*$/i.test(parts[i]!.trim())) && !parts[i]!.includes("?")) i++;
    return parts.slice(i).join(" ");
  };
  // A call back or visit booked on a day or at a time other than the one she gave when asked: she notices, then says the rest.
  if (last && (directAsk(last.agentText) === "when" || DAY_TOLD_TO.test(lower(last.agentText))) && a.ask !== "when") {
    const slot = otherSlot(herLast, text);
    if (slot && !lower(line).includes(slot.mine.toLowerCase())) {
      const said = (slot.kind === "day" ? words.otherDay.replace("$day", slot.theirs) : words.otherTime.replace("$time", slot.theirs)).replace("$mine", slot.mine);
      line = `${inHerStyle(said, line || said)} ${line}`.trim();
    }
  }
  // Told to name a day and time ("Tell me a day and time that suits you"), she names them after her yes.
  if (a.ask !== "when" && !a.setAfterAsking && DAY_TOLD_TO.test(low) && CALL_TIME.test(low) && !NAMES_A_TIME.test(line) && !DECLINES.test(line)) {
    const when = a.answerAsk("when");
    const rest = withoutYes(line);
    const yes = line.slice(0, line.length - rest.length).trim();
    line = [yes, inHerStyle(when, line || when), rest].filter(Boolean).join(" ");
  }
  // An either-or put as a yes/no ("Would you like to stay on the annual plan, or move to monthly?"): she names the one she picks, in
  // the agent's words, in place of a bare yes; the one that keeps what she has taken, else not one she turned down, else the first.
  if (a.ask === "offer" || a.ask === "question") {
    const opts = eitherOr(text);
    const named = (o: string) => [...contentStems(o)].some((w) => contentStems(line).has(w));
    if (opts && !opts.some(named) && !DECLINES.test(line) && (saysYes(line) || line === "" || bareThanks(scenario, line))) {
      const remediesOf = (o: string) => remedyTopicsOf(scenario, o).map(([, r]) => r);
      const keeps = opts.findIndex((o) => remediesOf(o).some((r) => lc.taken?.has(r)));
      const notDeclined = opts.findIndex((o) => !remediesOf(o).some((r) => lc.declined?.has(r)));
      const pick = opts[keeps >= 0 ? keeps : notDeclined >= 0 ? notDeclined : 0]!;
      const mine = pick.replace(/\byours\b/gi, "mine").replace(/\byour\b/gi, "my").replace(/[.!]+$/, "");
      const said = words.picks.replace("$option", cap(mine));
      line = `${inHerStyle(said, line || said)} ${withoutYes(line)}`.trim();
    }
  }
  // Asked to check now that an email or text has come ("Can you check it has arrived while we're still talking?"), she looks.
  if (asksToCheck(text) && a.ask !== "anything-else" && !/\b(?:come through|arrived|got it|it's there|it's here)\b/i.test(line)) line = `${inHerStyle(words.arrived, line || words.arrived)} ${line}`.trim();
  // Asked again for details she has given in this call, she says so before giving them again.
  if (lc.details) {
    const detailLines = MOOD_GROUPS.flatMap((g) => scenario.lines[g]).filter((l) => whenOf(l)?.details).map((l) => lineText(l, state.intensity));
    const givenBefore = state.turns.some((t) => detailLines.some((d) => t.customerLine.includes(d)));
    // (not before a line that gives them willingly, "Fine, I can give you that.")
    if (givenBefore && detailLines.some((d) => line.includes(d)) && !line.startsWith(words.detailsAgain) && !/\bgive you that\b/i.test(line)) line = `${inHerStyle(words.detailsAgain, line)} ${line}`;
  }
  // A remedy she turned down in her own words, offered or named again as all there is ("Shall I go ahead and book the repair?"): she
  // says again that it is not what she wants, rather than say yes to it or ask about it.
  {
    const refused = refusedByHer(scenario, state.turns.map((t) => t.customerLine));
    // (the remedy the turn's question puts to her, when it names one: "I do understand you'd prefer a refund, but… Would you like me to
    // book the repair?" puts the repair; coherence round 31)
    const inQ = a.ask === "offer" ? remedyTopicsOf(scenario, splitAtStops(low).filter((x) => x.includes("?")).pop() ?? "").map(([, r]) => r) : [];
    const put = inQ.length > 0 ? [...new Set(inQ)] : [...new Set([...a.offeredNow, ...a.turnRemedies])];
    const again = put.filter((r) => refused.has(r));
    if (again.length > 0 && put.every((r) => refused.has(r) || lc.given?.has(r))) {
      const parts = line.split(/(?<=[.!?])\s+/);
      const takesUp = (x: string) => !NOT_WANTED.test(x) && remedyTopicsOf(scenario, x).some(([, r]) => again.includes(r));
      const yes = parts.length > 0 && saysYes(parts[0]!) && (a.ask === "offer" || a.ask === "choice");
      if (yes || parts.some(takesUp)) {
        const said = [...state.turns].reverse().flatMap((t) => t.customerLine.split(/(?<=[.!?])\s+/)).find((x) => NOT_WANTED.test(x) && remedyTopicsOf(scenario, x).some(([, r]) => again.includes(r)));
        if (said) {
          // (what follows her take-up is kept from her worry on: "But you haven't answered me. It's my wife's party…")
          const body = (yes ? withoutYes(line) : line).split(/(?<=[.!?])\s+/);
          const worries = scenario.engine.concerns.map((c) => lineText(c.raise, state.intensity));
          const from = parts.some(takesUp) ? body.findIndex((x) => /^(?:but )?you haven't answered me\b/i.test(x) || worries.some((w) => w.includes(x))) : body.findIndex((x) => !takesUp(x));
          const rest = from < 0 ? [] : body.slice(from);
          line = [likeISaid(said.replace(/^like i said:\s*/i, ""), true), ...rest].join(" ").replace(/\s+/g, " ").trim();
        }
      }
    }
  }
  // A remedy booked for her, with another put as an alternative to it ("If you'd rather not wait for a replacement, you can have a full
  // refund instead"), and her line naming neither: she keeps hers.
  {
    const mineR = [...(lc.booked ?? [])].find((r) => lc.taken?.has(r));
    const alts = [...a.offeredNow].filter((r) => lc.alternatives?.has(r));
    if (mineR && alts.length > 0 && remedyTopicsOf(scenario, line).length === 0 && ALTERNATIVE.test(low)) {
      const m = mentionOf(scenario, low, mineR, true) ?? [...state.turns].reverse().map((t) => mentionOf(scenario, lower(t.agentText), mineR, true)).find(Boolean);
      const name = m && !NOT_A_NAME.test(m.term) ? m.term : "";
      // (the wording by the turn's number, so the seed's later picks stay as they were)
      if (name) line = `${inHerStyle(KEEPS_MINE[state.turns.length % KEEPS_MINE.length]!.replace("$mine", name), line)} ${withoutGoodbye(line)}`.trim();
    }
  }
  // A threat of what she dreads ("due for restriction if payment is not received"), in a sentence naming her worry: she says the worry.
  {
    const threat = threatens(low);
    const worry = threat ? scenario.engine.concerns.find((c) => c.topics.some((t) => topicsIn(scenario, threat).includes(t))) : undefined;
    if (worry) {
      const raise = lineText(worry.raise, state.intensity);
      if (!herLast.includes(raise) && !line.includes(raise)) line = raise;
    }
  }
  // A time frame that names no day ("You'll receive the code within a few working days"), with nothing asked of her, met by a stock
  // line or her worry unasked: she presses for a day first, as she does to any vague promise.
  {
    const frame = VAGUE_FRAME.exec(low)?.[0];
    const plain = (x: string) => MOOD_GROUPS.some((g) => scenario.lines[g].some((l) => !whenOf(l) && lineText(l, state.intensity) === x));
    const worry = scenario.engine.concerns.some((c) => line.startsWith(lineText(c.raise, state.intensity)));
    if (frame && !a.ask && !TIME_GIVEN.test(low.replace(new RegExp(VAGUE_FRAME.source, "g"), " ")) && !WEEKDAY.test(low) && (plain(line) || worry) && !line.includes(frame.replace(/^(?:within|in) /, ""))) {
      const said = words.frame.replace("$frame", cap(frame.replace(/^(?:within|in) /, "")));
      line = `${inHerStyle(said, line)} ${line}`;
    }
  }
  // An open invitation to tell it ("Can you tell me a little about what's been happening with the payments, in your own words?"),
  // asking about a fact of hers in words of its own, met by a stock line: she tells it.
  if (a.asked.length === 0) {
    const f = invitedFact(text, scenario.persona.facts, a.revealed);
    const plain = MOOD_GROUPS.some((g) => scenario.lines[g].some((l) => !whenOf(l) && lineText(l, state.intensity) === line));
    if (f && plain && !state.turns.some((t) => t.customerLine.includes(f.customerLine))) line = f.customerLine;
  }
  line = round31Answers(a, line);
  // Thanks just given for the step before, and a wind-up that adds nothing: her goodbye, not a stock press.
  const lastQ = splitAtStops(low).filter((x) => x.includes("?")).pop() ?? "";
  if (a.ask === "anything-else" && lc.elseOnly && /\b(?:anything|something) else\b/.test(lastQ) && !/\bbefore\b[^?]*\b(?:anything|something) else\b/.test(lastQ) && lc.thankedLast && a.offeredNow.size === 0 && a.pitfalls === 0 && scenario.lines.closing.length > 0) {
    // (a stock line of her moods, or one for a turn with nothing in it, "I'm not using it, so why should I pay for it?")
    const mineL = MOOD_GROUPS.flatMap((g) => scenario.lines[g]).find((l) => lineText(l, state.intensity) === line);
    const w0 = mineL === undefined ? undefined : whenOf(mineL);
    const stock = (mineL !== undefined && (!w0 || !!w0.idle)) || STILL_WAITING.test(line);
    if (stock && !GOODBYE.test(line)) line = a.closingLine() || line;
  }
  return line;
}
/**
 * Coherence round 31: what the turn did that her line, chosen for the rest of it, must answer first. A question hinting that she
 * caused it ("did you update your card details? double charges usually happen when people put the card in twice"): she says she did
 * not. The fault put on a colleague or another team, met by a line that does not react to it: she says whose company she dealt with.
 * Options announced and not named: she asks what they are.
 */
function round31Answers(a: Parameters<typeof answersTheTurn>[0], line: string): string {
  const { scenario, lc, state } = a;
  const words = customerWords(scenario);
  const low = lower(a.text.slice(0, 2000));
  const ownLine = (x: string) => MOOD_GROUPS.flatMap((g) => scenario.lines[g]).find((l) => lineText(l, state.intensity) === x);
  const reactsToFault = (x: string) => !!whenOf(ownLine(x) ?? "")?.labels?.includes("blame") || REACTS_TO_TONE.test(x) || /\bfault\b|\bblam/i.test(x);
  if (hintsHerFault(low) && !/\bfault\b|\bdidn't\b|\bnot me\b/i.test(line)) return `${inHerStyle(words.notMyDoing, line || words.notMyDoing)} ${line}`.trim();
  if (lc.faultElsewhere && !lc.pitfalls.has("blame") && !reactsToFault(line)) return `${inHerStyle(words.blamedElsewhere, line || words.blamedElsewhere)} ${line}`.trim();
  if (optionsOnlyAnnounced(low, a.turnRemedies.size > 0 || a.offeredNow.size > 0) && !/\boptions?\b/i.test(line) && a.ask !== "anything-else") return inHerStyle(words.whatOptions, line || words.whatOptions);
  return line;
}
/** Speed: whether an agent's turn says a written confirmation is sent or coming (`SENDS_WRITTEN`), per text. */
const SENDS_WRITTEN_READ = new Map<string, boolean>();
function sendsWritten(agentText: string): boolean {
  let r = SENDS_WRITTEN_READ.get(agentText);
  if (r === undefined) {
    if (SENDS_WRITTEN_READ.size >= 2_000) SENDS_WRITTEN_READ.clear();
    SENDS_WRITTEN_READ.set(agentText, (r = SENDS_WRITTEN.test(lower(agentText.slice(0, 2000)))));
  }
  return r;
}
/** Coherence round 30: remedies she has turned down in her own words in this call ("A repair's not what I asked for."). */
function refusedByHer(scenario: Scenario, herLines: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const l of herLines) {
    // (speed: most of her lines turn nothing down)
    if (!NOT_WANTED.test(l)) continue;
    for (const x of l.split(/(?<=[.!?])\s+/)) if (NOT_WANTED.test(x)) for (const [, r] of remedyTopicsOf(scenario, x)) out.add(r);
  }
  return out;
}
/** A sentence saying a remedy is booked or ordered: "Booked. Your replacement sofa comes on Thursday", "I've arranged the repair". */
const BOOKED_DONE = /^\W*booked\b|\b(?:i've|i have|we've|we have|that's|it's|is|are|all) (?:now |just |already )?(?:booked|arranged|ordered)\b/;
/**
 * Coherence round 30: remedies booked for her in this call, in the turn that says it booked (this one or one before) and the
 * sentences after it, that she did not turn down in her answer ("Booked. Your replacement sofa comes on Thursday, and the damaged
 * one is collected on the same visit."). For her reply only: what the offers reader took as offered is untouched.
 */
function bookedFor(scenario: Scenario, turns: readonly TurnRecord[], text: string): Set<string> {
  const out = new Set<string>();
  const read = (a: string, answer: string | undefined) => {
    // (speed: most turns book nothing)
    if (!/\b(?:booked|arranged|ordered)\b/i.test(a)) return;
    const t = a.slice(0, 2000);
    const sents = sentences(t).map((sp) => lower(t.slice(sp.start, sp.end)));
    const at = sents.findIndex((x) => BOOKED_DONE.test(x) && !x.includes("?") && !NEGATED.test(x) && !/^\W*(?:if|unless)\b/.test(x));
    if (at < 0) return;
    for (const x of sents.slice(at)) {
      if (x.includes("?") || NEGATED.test(x) || /\b(?:if|unless|instead|rather)\b/.test(x)) continue;
      for (const [, r] of remedyTopicsOf(scenario, x)) if (!(answer && (NOT_WANTED.test(answer) || DECLINES.test(answer)))) out.add(r);
    }
  };
  for (const t of turns) read(t.agentText, t.customerLine);
  read(text, undefined);
  return out;
}
/** A line asking about or turning down what it names ("A repair? How long…", "I don't want to freeze it"): no taking up. */
const TURNS_DOWN = /\?|^\W*no\b|\b(?:don't|do not|won't|wouldn't) (?:want|need|take|be)\b|\bnot (?:what i|for me|interested)\b|\bno thanks?\b/i;
const OUTCOME_KINDS = new Set(["refund", "replacement", "repair", "membership-transfer", "freeze", "plan-change", "cancellation"]);
/**
 * Coherence round 28 (C30's readers, r63 and r64): she does not flip a choice she has just made. A remedy she has taken up (`taken`)
 * is not turned down a turn later ("I'll pay it in one go" after "Yes, that'd be good" to spreading it), and another way of settling
 * the same thing is not taken up over it ("A freeze will do for now" after "A pool in York… would suit me down to the ground", then
 * "Put it in Tom's name" after that) unless she chose it.
 */
/** Her word that the turn told her nothing: "That doesn't tell me anything." */
const TELLS_NOTHING = /\bthat doesn't tell me anything\b|\byou haven't told me anything\b/i;
/** A sentence saying what something is or is for (lower case): "that's for a router not being returned", "it's because…", "it comes from". */
const SAYS_WHAT_FOR = /\b(?:that's|that is|it's|it is|which is|this is|they're|that was|it was) (?:a (?:charge|fee|payment) |the (?:charge|fee|payment) )?(?:for|from|because)\b|\b(?:because|comes? from|is (?:a|the) (?:charge|fee) for)\b/;
/** Words before offers that rule them out or play her refusal back: "not interested in any offers", "no offers", "without any deals". */
const PITCH_RULED_OUT = /\b(?:no|not interested in(?: any)?|(?:don't|do not) want(?: any)?|no more|without(?: any)?|not (?:going to|gonna) (?:push|pitch|offer)(?: you)?(?: any)?)\s+$/;
/** The turn (lower case) puts offers or deals to her: a word of them not ruled out or played back. */
// (a turn with no word of offers, "we really value your loyalty…", is left to the call's topics; one that plays back "no offers" and
// then asks leave to tell them, "I'd just be doing you a disservice if I didn't tell you what I can do", still pitches)
function pitchedNow(heardNow: string): boolean {
  const t = heardNow.slice(0, 2000);
  const words = [...t.matchAll(new RegExp(PITCH.source, "g"))];
  if (words.length === 0 || PITCH_ASKED.test(t) || ANNOUNCES_PITCH.test(t)) return true;
  return words.some((m) => !PITCH_RULED_OUT.test(t.slice(Math.max(0, m.index - 40), m.index)));
}
/** The turn says it will tell her what it can do for her anyway: "I'd be doing you a disservice if I didn't tell you what I can do". */
const ANNOUNCES_PITCH = /\b(?:tell you|run you through|go through) (?:what (?:i|we) can (?:do|offer)|what(?:'s| is) (?:on offer|available))\b|\bdisservice\b|\b(?:only|just) take (?:two|a couple of|a few|one) (?:minutes?|seconds?)\b/;
/** Speed: the remedies of the kinds in `OUTCOME_KINDS` an agent's turn names, per scenario and text. */
const OUTCOMES_NAMED = new WeakMap<Scenario, Map<string, string[]>>();
function outcomesNamed(scenario: Scenario, text: string): string[] {
  let m = OUTCOMES_NAMED.get(scenario);
  if (m === undefined) OUTCOMES_NAMED.set(scenario, (m = new Map()));
  let r = m.get(text);
  if (r === undefined) {
    const rs = new Set<string>();
    for (const id of topicsIn(scenario, lower(text.slice(0, 2000)))) {
      const remedy = scenario.engine.topics.find((x) => x.id === id)?.remedy;
      if (remedy && OUTCOME_KINDS.has(scenario.policy.allowed.find((x) => x.id === remedy)?.kind ?? "")) rs.add(remedy);
    }
    r = [...rs];
    if (m.size >= 2_000) m.clear();
    m.set(text, r);
  }
  return r;
}
/** The remedies named in one agent turn with one of `taken`, or with one so joined, of the kinds in `OUTCOME_KINDS`, less `taken`. */
function alternativesTo(scenario: Scenario, agentTurns: readonly { text: string; offers: readonly { remedyId: string }[] }[], taken: Set<string>): Set<string> {
  const outcome = (r: string) => OUTCOME_KINDS.has(scenario.policy.allowed.find((x) => x.id === r)?.kind ?? "");
  const group = new Set([...taken].filter(outcome));
  if (group.size === 0) return group;
  // (named by a term of the call's, or found offered by the offers reader: "Or if there's someone here who'd use it, I can transfer…")
  const turns = agentTurns.map((a) => [...new Set([...outcomesNamed(scenario, a.text), ...a.offers.map((o) => o.remedyId).filter(outcome)])]).filter((rs) => rs.length >= 2);
  for (let grew = true; grew; ) {
    grew = false;
    for (const rs of turns) if (rs.some((r) => group.has(r)) && rs.some((r) => !group.has(r))) for (const r of rs)
          if (!group.has(r)) {
            group.add(r);
            grew = true;
          }
  }
  for (const r of taken) group.delete(r);
  return group;
}
/** Speed: the remedy topics a line of hers names, per scenario and line (her lines are the scenario's own). */
const LINE_REMEDY_TOPICS = new WeakMap<Scenario, Map<string, [string, string][]>>();
function remedyTopicsOf(scenario: Scenario, t: string): [string, string][] {
  let m = LINE_REMEDY_TOPICS.get(scenario);
  if (m === undefined) LINE_REMEDY_TOPICS.set(scenario, (m = new Map()));
  let r = m.get(t);
  if (r === undefined) {
    r = [];
    for (const id of topicsIn(scenario, lower(t))) {
      const remedy = scenario.engine.topics.find((x) => x.id === id)?.remedy;
      if (remedy) r.push([id, remedy]);
    }
    if (m.size >= 2_000) m.clear();
    m.set(t, r);
  }
  return r;
}
function fitsRound28(t: string, w: LineWhen | undefined, c: LineContext): boolean {
  // (a turn that says what the thing is or is for has answered what it is: "That's not an answer" and "That doesn't tell me anything"
  // are not said to "There's an equipment charge of £59.98 on it there, that's for a router not being returned")
  if (c.tellsWhat && (lineHas(NOT_AN_ANSWER, t) || lineHas(TELLS_NOTHING, t))) return false;
  // (an excuse is no explanation: "That does make a bit more sense… I just wanted it explained" is not said to "my hands are tied with
  // the system, it just won't let me", with no reason of the call's own beside it)
  if (c.excuseOnly && lineHas(EXPLAINED, t)) return false;
  // (offers turned down are not turned down again to a turn that only played her "no offers" back: "you want your PAC code and
  // you're not interested in any offers. No pressure whatsoever")
  if (c.heardNow !== undefined && lineHas(DECLINES_PITCH, t) && !pitchedNow(c.heardNow)) return false;
  // ("You're not listening to me" is not said once her money has been promised her: she has been heard, whatever comes of it)
  if (c.moneyPromised && lineHas(NOT_HEARD, t)) return false;
  // (a line resting on an offer names it only in words the agent has used for it: "Right. The replacement, and the old one
  // collected. Thank you." is not said for a courier lifting the machine and the money back, which the offers reader took for a
  // replacement; nobody said "replacement")
  if (w?.offered?.length && c.scenario && c.agentNamed) {
    const named = remedyTopicsOf(c.scenario, t).filter(([, r]) => w.offered!.includes(r));
    if (named.length > 0 && named.some(([id]) => !c.agentNamed!().has(id))) return false;
  }
  if (c.taken?.size && w?.offered?.length && c.scenario) {
    if (lineHas(DECLINES, t) && w.offered.some((r) => c.taken!.has(r))) return false;
    if (c.alternatives?.size && !lineHas(TURNS_DOWN, t) && w.offered.every((r) => !c.taken!.has(r) && c.alternatives!.has(r))) return false;
  }
  return fitsRound29(t, w, c);
}

/** A line thanking the agent for owning up or acknowledging: "Thank you for saying that.", "Nobody's acknowledged the Saturday before." */
const THANKS_OWNING = /\bthank(?:s| you)? for (?:saying|admitting|owning|acknowledging) (?:that|it|this)\b|\b(?:nobody|no one|no-one)(?:'s| has) (?:acknowledged|admitted|owned)\b/i;
/**
 * The turn (lower case) puts the fault on a colleague or another team: "Dean's quite new", "he shouldn't have promised you
 * Saturday", "that's on them, not me", "the warehouse lot are useless", "it is not from our side"; a colleague's newness or forgetting
 * given as the cause, or his telling off ("only in his second week", "he obviously forgot", "he has been spoken to").
 */
const COLLEAGUE_FAULT =
  /\b(?:he|she|they)(?:'s| is| was|'re| are| were) (?:quite |very |pretty |still |fairly |a bit |only )?new\b|\b[a-z]+(?:'s| is| was) (?:quite|very|pretty|still|fairly|only) new\b|\b(?:he|she|they) should(?:n't| not) have (?:promised|told|said)\b|\bthat's on (?:them|him|her)\b|\bnot (?:from )?our (?:side|fault)\b|\b(?:team|lot|department|warehouse|courier|driver)s? (?:are|is|were|was) (?:\w+ )?(?:useless|rubbish|hopeless|backlogged)\b|\b(?:only |just |still )?in (?:his|her|their) (?:first|second|third) (?:week|month|day)s?\b|\b(?:he|she|they) (?:obviously |clearly |must have |just )?forgot\b|\b(?:has|have|'s) been spoken to\b|\b(?:he|she|they)(?:'s| is| was|'re| are| were) (?:a )?new (?:starter|recruit|hire|joiner)\b/;
/** The kinds of what the turn's breaches broke (the forbidden rules' `breachWhen` kinds): "blame-colleague", "refund"… */
function breachKinds(scenario: Scenario, breaches: readonly { ruleId: string }[]): string[] {
  return breaches.flatMap((b) => scenario.policy.forbidden.find((f) => f.id === b.ruleId)?.breachWhen.flatMap((w) => w.kinds) ?? []);
}
/** Praise of the turn as an answer or as kind to her: "that's more like it", "a straight answer", "Thank you for not making me feel stupid". */
const PRAISES_TURN = /\bmore like it\b|\bstraight answer\b|\bnot making me feel\b/i;
/**
 * Coherence round 29 (C34's readers, r67 and r68): what she credits is what the turn did. An owning-up is not thanked when the turn
 * put the fault on a colleague or another team ("Dean's quite new and he never actually put the order through": the analyser's
 * `blame`); her words played back, with nothing offered or explained, are no answer to praise ("Well, that's more like it." to "Let
 * me reflect back: you're saying…").
 */
function fitsRound29(t: string, _w: LineWhen | undefined, c: LineContext): boolean {
  // (her "when?" of the line before is not let go at "anything else?" with no time given: not "Fine. That'll do." to it)
  if (c.whenStands && c.askKind === "anything-else" && lineHas(SORTED, t)) return false;
  // (speed, coherence round 30: the line's cached test first, the turn's long regex only for a line of thanks for owning it)
  if (lineHas(THANKS_OWNING, t) && (c.pitfalls.has("blame") || (c.heardNow !== undefined && COLLEAGUE_FAULT.test(c.heardNow)))) return false;
  if (c.heardNow !== undefined && lineHas(PRAISES_TURN, t) && !explainsWhy(c.heardNow) && !c.offeredNow?.size && !c.givesNow) return false;
  return fitsRound30(t, _w, c);
}

/**
 * Coherence round 30 (C36's readers, r75 and r76): she answers what the turn did, not what its words sound like. A sorry followed by
 * an excuse ("it gets very busy sometimes"), said among a script's stock words ("Rest assured… I take full ownership"), or beside a
 * threat of what she dreads ("due for restriction if payment is not received") is not thanked as kind, nor is a turn blaming a
 * colleague ("only in his second week… he has been spoken to") praised as straight; what is already on its way in writing is not
 * asked for; a way to send it from home is not met by "Do I have to come into a shop?"; nor is a remedy booked for her given up for
 * one offered "instead".
 */
function fitsRound30(t: string, w: LineWhen | undefined, c: LineContext): boolean {
  if (c.hollow && lineHas(THANKS_KIND, t)) return false;
  if (c.faultElsewhere && (lineHas(THANKS_KIND, t) || lineHas(PRAISES_TURN, t) || lineHas(THANKS_OWNING, t))) return false;
  if (c.sentWritten && lineHas(ASKS_WRITTEN, t)) return false;
  if (c.remote && lineHas(ASKS_IN_PERSON, t)) return false;
  // ("Brilliant. I feel a lot less stupid" is not what "It's also explained in the FAQ and in the terms" earns)
  if (c.smallPrint && lineHas(RELIEF, t)) return false;
  // ("Okay, that's useful to know." needs something told: not "leaving a network you've trusted for five years is a big step")
  if (c.flatters && /\buseful to know\b/i.test(t) && !c.offeredNow?.size) return false;
  // (she has just thanked him for a step: "I'm still waiting to hear what you can do" is not her next word to its confirmation)
  if (c.thankedLast && c.askKind === "anything-else" && lineHas(STILL_WAITING, t)) return false;
  // (she owns her temper to someone who helped her, not to "The repair is the only thing I can offer" after she turned the repair down)
  if (c.walledOffer && lineHas(CONTRITE, t)) return false;
  // (a turn that cannot say when is no promise to take up: "As long as that sixty pounds actually comes back, I'll stay" rests on
  // the refund as said; she asks, or presses for when)
  if (c.noTime && w?.topics?.length && !w.offered?.length && !t.includes("?") && !w.labels?.length) return false;
  if (c.booked?.size && (w?.notOffered ?? []).some((r) => c.booked!.has(r))) return false;
  // (a remedy named in her words only by a word the agent used for it: "I'll look out for the guide" is not said to "I'll email you
  // the confirmation", which the call's topic words took for the guide)
  if (w?.topics?.length && !w.offered?.length && c.scenario && c.heardNow !== undefined) {
    const agentWords = (c.agentWords ??= `${c.earlier ?? ""} ${c.heardNow}`);
    for (const [id] of remedyTopicsOf(c.scenario, t)) {
      if (!w.topics.includes(id)) continue;
      // (a thing named, "the guide", "a video": not a word of another sense, "it just has to be set up")
      const terms = c.scenario.engine.topics.find((x) => x.id === id)?.terms.filter((k) => builtRe(`\\b(?:the|a|an|that|this|your)\\s+${k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`).test(lower(t))) ?? [];
      // (by one of its words the agent used: "a club in York" to "we've got a club there"; not "the guide" to "the confirmation")
      const heads = terms.flatMap((k) => k.split(/\s+/)).filter((x) => x.length >= 4 && !/^(?:your|with|from|that|this|back|have|will)$/.test(x));
      if (terms.length > 0 && !terms.some((k) => hasTerm(agentWords, k)) && !heads.some((x) => hasTerm(agentWords, x))) return false;
    }
  }
  return fitsRound31(t, w, c);
}

/**
 * Coherence round 31 (C38's readers, r81 and r82): she does not contradict what the turn did. Nothing heard being done is not said
 * to a deed ("the fee's removed"); a thing is not said to be on and working when it was only offered ("I can turn it on now"); a
 * sorry said before in the call is not thanked as the first she has had ("Nobody ever does"); "every time I ask" is not said before
 * she has asked twice; "is there a catch?" is not asked of a sneer or of what is handed over; warm thanks or a "fair enough" are
 * not given to a flattering retention script; she does not argue as if refused after "you're absolutely right"; "that makes more
 * sense, I just wanted it explained" needs a reason given; "is anyone checking why it happened" is not her answer to a fault put on
 * another team or to a brush-off close.
 */
/** A cause said without a causal word: "it just wasn't logged on our side", "it was never scanned in". */
const CAUSE_SAID = /\b(?:wasn't|was not|weren't|never|hasn't been|haven't been) (?:been )?(?:logged|scanned|received|recorded|processed|applied|put through|switched on|set up|saved)\b|\bworks differently\b/;
/** Her question what the agent's words mean: "What does 'on this device' actually mean?". */
const ASKS_MEANING = /\bwhat does '([^']{3,40})' (?:actually |even )?mean\b/i;
/** The fault put on another team or on nobody here (coherence round 31): "nothing to do with us lot", "that's the weekend team's fault". */
const OTHER_TEAM_FAULT = /\bnothing to do with (?:us|me|our (?:team|side|department))\b|\b(?:that's|that is|it's|it is|that was|it was) (?:down to |on )?(?:the|our|a) (?:[a-z]+ ){0,3}(?:team|department|lot|courier|warehouse)(?:'s)? (?:fault|problem|doing|issue)\b|\b(?:they're|they are) always short\b/;
function fitsRound31(t: string, w: LineWhen | undefined, c: LineContext): boolean {
  if (c.deedDone && (lineHas(HEARS_NOTHING, t) || lineHas(NOT_HEARD, t) || !!w?.idle)) return false;
  // (her own step, "I've found the setting. It's switched on now", is hers to say)
  if (w?.offered?.length && lineHas(IN_PLACE, t) && !/\bi(?:'ve| have) (?:found|switched|turned|done|put)\b/i.test(t) && !w.offered.every((r) => c.done?.has(r))) return false;
  if (c.sorryBefore && lineHas(FIRST_SORRY, t)) return false;
  if (c.sorryAgain && lineHas(THANKS_FOR_SORRY, t) && !c.offeredNow?.size && !c.givesNow) return false;
  if ((c.turn ?? 0) === 0 && lineHas(SAYS_SAME, t)) return false;
  if (lineHas(ASKS_CATCH, t) && (c.dug || c.pitfalls.has("rude"))) return false;
  if (c.retention && (lineHas(PRAISES_HIM, t) || lineHas(ASKS_WHAT_COMES, t))) return false;
  // (a rule and a list of options is no reason: "That does make a bit more sense… I just wanted it explained" needs one)
  if (c.heardNow !== undefined && lineHas(EXPLAINED, t) && !REASON_GIVEN.test(c.heardNow) && !CAUSE_SAID.test(c.heardNow) && !c.tellsWhat && (!c.engaged.has("explanation") || c.pitfalls.has("policy_wall"))) return false;
  {
    // ("What does 'on this device' actually mean?" needs those words in the turn it answers)
    const q = ASKS_MEANING.exec(t);
    if (q && c.heardNow !== undefined && !quoteHeard(q[1]!, c.heardNow)) return false;
  }
  if (lineHas(ANYONE_CHECKING, t) && (c.faultElsewhere || (c.askKind === "anything-else" && !c.offeredNow?.size && !c.givesNow))) return false;
  return true;
}

/** A line taking something as explained: "That does make a bit more sense", "I just wanted it explained". */
const EXPLAINED = /\b(?:makes? (?:a bit |a little |much )?more sense|wanted it explained|that explains it)\b/i;
/** A sentence playing her words back or checking them: "So what I'm hearing is…", "So you're saying…", "Have I got that right?". */
// (coherence round 29: or announced as such, "Let me reflect back: you're saying…", "Reflecting back: so you bought…")
const PLAYS_BACK =
  /^\W*(?:(?:(?:let me|i'll|i will|just to) )?(?:reflect(?:ing)?|play(?:ing)?) (?:that |it |this |your words )?back\b|(?:so,?\s+)?(?:what i'm hearing is|what i hear is|you're saying|you are saying|if i've understood|have i got (?:that|it) right)\b)/;
const REASON_GIVEN = /\b(?:because|that's why|the reason|which is why|so that|means|due to|since)\b/;
/**
 * The turn (lower case) explains something beyond her words played back: a turn with no play-back is taken as the analyser
 * read it; one that plays her words back needs a reason in a sentence of its own ("So you're saying it's unfair, because of the
 * move. Have I got that right?" explains nothing).
 */
function explainsWhy(heardNow: string): boolean {
  const sents = splitAtStops(heardNow);
  if (!sents.some((x) => PLAYS_BACK.test(x))) return true;
  return sents.some((x) => !PLAYS_BACK.test(x) && !x.includes("?") && REASON_GIVEN.test(x));
}
/**
 * Speed round 24: `text.split(/(?<=[.!?])\s+/)`, kept for the last text split. `fit` asks it of the turn's words for each
 * candidate line (`explainsWhy`, `heardAsThanked`), so each turn is split once. Shared: do not mutate.
 */
const AT_STOPS = /(?<=[.!?])\s+/;
let splitIn: string | undefined;
let splitOut: readonly string[] = [];
function splitAtStops(text: string): readonly string[] {
  if (text !== splitIn) {
    splitOut = text.split(AT_STOPS);
    splitIn = text;
  }
  return splitOut;
}
/** A line thanking her for kind words: "That's kind of you to say about my sister", "Thank you for the kind words". */
const KIND_WORDS = /\bkind (?:of you )?(?:to say|words)\b/i;
/** Words of sympathy in the turn (lower case): a sorry, "that must be hard", "that sounds awful", "I can't imagine". */
const SYMPATHY =
  /\b(?:(?:really|very|so|such a|incredibly) (?:hard|difficult|tough|awful|worrying|stressful|upsetting)|(?:feels?|must feel|seems?) (?:so |really |very )?(?:unfair|hard|awful|rotten|cruel)|(?:big|lot|hard) (?:thing )?to take on|(?:you )?(?:haven't|have not) done anything wrong|nothing you did|not your fault|sorry|must (?:be|have been|feel)|sounds? (?:\w+ )?(?:hard|awful|difficult|tough|stressful|worrying|upsetting|horrible|frightening|scary|like a lot)|(?:that's|that is|it's) (?:\w+ )?(?:hard|awful|difficult|tough|a lot)|can't imagine|i hope (?:she|he|they|your)|thinking of|a lot to (?:take on|deal with|carry|cope with)|wish (?:her|him|them) (?:well|all the best))\b/;
/** A line saying the agent keeps saying something: "You keep saying you understand", "Everyone says they're sorry". */
const KEEPS_SAYING = /\b(?:you|everyone|everybody|you lot|you all) (?:keeps? )?(?:says?|saying|telling me) (?:that )?(?:you|they)(?:'re| are)? (?:\w+ )?(understand|sorry|apologi[sz]e|hear)/i;
const SAID_SO: Record<string, RegExp> = { understand: /\bunderstand/, sorry: /\b(?:sorry|apologi)/, apologise: /\b(?:sorry|apologi)/, apologize: /\b(?:sorry|apologi)/, hear: /\bhear\b/ };
/** An apology in the turn (lower case), in the word or by owning the fault: "I'm sorry", "that's on us", "our mistake". */
const APOLOGY_HEARD =
  /\b(?:sorry|apologi[sz]e|apologies|apologising|apologizing|that's on (?:us|me)|(?:our|my) (?:mistake|fault)|(?:we|i) got (?:it|that) wrong|should(?:n't| not)? have (?:happened|been))\b/;
/** Praise for not sounding scripted: "At least you're not reading it off a card". */
const OFF_A_CARD = /\bnot reading (?:it |that |this )?(?:off|from) (?:a |the )?(?:card|script|screen)\b/i;
/** A whole sentence of the turn that is the stock words for her feelings: "I understand you're upset.", "I hear how angry you are." */
const STOCK_FEELING =
  /^(?:(?:again|look|okay|ok|right),?\s+)?i (?:completely |totally |fully |really )?(?:understand|hear|appreciate|know|can see) (?:that |how (?:\w+ )?)?(?:you're |you are |you feel |you're feeling )?(?:upset|angry|frustrated|annoyed|cross)(?: you are| you're)?(?:,? (?:sir|madam|mr \w+|mrs \w+|ms \w+))?[.!]?$|^i (?:completely |totally |fully )?understand your frustration[.!]?$|^(?:i hear you|i understand|i get it|i hear what you're saying)(?:,? (?:sir|madam|mr \w+|mrs \w+|ms \w+))?[.!]?$/;
/**
 * What she thanks or names as said is in the turn (coherence round 21): thanks for kind words need some ("That's kind of you to
 * say about my sister" is no answer to "So you're saying it's not fair. Have I got that right?"); "You keep saying you
 * understand" needs the agent to have said it, before this turn too; thanks for an apology need one ("Thank you for actually apologising about the
 * emails" to "I hear you about the emails"); "At least you're not reading it off a card" is not said to a stock "I understand
 * you're upset."
 */
// (speed round 25: kept per turn and line; a pure function of the three texts)
// (keyed by the texts themselves, not a key made of them: a string made afresh is hashed afresh at every lookup)
const thankedByTurn = keptPerText(() => keptPerText(() => new Map<string, boolean>(), 50), 500);
let thankedNow: string | undefined;
let thankedEarlier: string | undefined;
let thankedLast = new Map<string, boolean>();
export function heardAsThanked(t: string, heardNow: string, earlier: string): boolean {
  if (heardNow !== thankedNow || earlier !== thankedEarlier) {
    thankedLast = thankedByTurn(heardNow)(earlier);
    thankedNow = heardNow;
    thankedEarlier = earlier;
  }
  let r = thankedLast.get(t);
  if (r === undefined) {
    if (thankedLast.size >= 2_000) thankedLast.clear();
    thankedLast.set(t, (r = readHeardAsThanked(t, heardNow, earlier)));
  }
  return r;
}
/** `heardAsThanked` without the cache. */
export function readHeardAsThanked(t: string, heardNow: string, earlier: string): boolean {
  const sents = splitAtStops(heardNow);
  if (lineHas(KIND_WORDS, t) && !SYMPATHY.test(heardNow) && !sents.some((x) => namesFeeling(x))) return false;
  const k = lineExec(KEEPS_SAYING, t);
  // ("keep saying" needs it said before this turn too; "Everyone says they understand" once is enough)
  if (k) {
    const so = SAID_SO[k[1]!.toLowerCase()]!;
    const now = heardNow.match(builtRe(so.source, "g"))?.length ?? 0;
    if (now === 0 || (/\bkeeps? (?:saying|telling)\b/i.test(k[0]) && now < 2 && !so.test(earlier))) return false;
  }
  if (lineHas(THANKS_FOR_SORRY, t) && !APOLOGY_HEARD.test(heardNow)) return false;
  if (lineHas(OFF_A_CARD, t) && sents.some((x) => STOCK_FEELING.test(x.trim()))) return false;
  return true;
}

/**
 * A line quoting the agent's words back ("Don't tell me it's standard", "I've heard 'we'll look into it'
 * before", "Tracking number? Are you thick?") needs the agent to have said them in this turn, or the quote to
 * be her own words. A line resting on what the agent did now (a remedy offered now, a broken rule, words
 * the agent said) is anchored already: "Written off?" answers "I'll get that cleared for you".
 */
function quotesHeard(line: CustomerLine, w: LineWhen | undefined, c: LineContext): boolean {
  if (w && ((w.said?.length ?? 0) > 0 || w.offered?.some((r) => c.offeredNow?.has(r)))) return true;
  // (one whose opening names it in words she did not hear is said without that opening: see `breachWelcome`)
  if (w && (w.breached?.length ?? 0) > 0) return breachHeard(lineText(line, "standard"), c.heardNow!) || breachWelcome(lineText(line, "standard"), c.heardNow!) !== "";

  const parts = quotedParts(lineText(line, "standard"), !w?.labels?.length);
  if (parts.length === 0) return true;
  const own = c.scenario ? knownAmounts(c.scenario) : "";
  return parts.every((q) => quoteHeard(q, c.heardNow!) || (own !== "" && own.includes(normaliseEcho(q))));
}

/**
 * A line welcoming a broken rule that opens by naming what she heard ("Free months as well?", "A free phone?") needs
 * those words in the turn: "Free months" is no answer to a £25 credit, though both break the goodwill rules. A one-word
 * name ("Wiped?") and every word of a two-word name, all but one of a longer one.
 */
const ROLES = /\b(?:manager|supervisor|team leader|boss)\b/i;
const BREACH_HEAD = /^([a-z][a-z' -]{1,40}?)(?:\s+(?:as well|too))?\?/i;
/**
 * A welcome of a broken rule as she says it: whole when its opening names what she heard, else without that opening
 * ("Free months as well? Well, I'm not going to say no to that." to "you'll not be paying anything next month" is
 * "Well, I'm not going to say no to that."): the generous promise is still answered, in words that fit it.
 */
function breachWelcome(line: string, heardNow: string): string {
  if (breachHeard(line, heardNow)) return line;
  // (a rest that asks about it, "Oh, that would solve everything. When?", still needs it named)
  const rest = line.trim().replace(BREACH_HEAD, "").replace(/^[?!.\s]+/, "").trim();
  return rest.includes("?") ? "" : rest;
}
function breachHeard(line: string, heardNow: string): boolean {
  const h = BREACH_HEAD.exec(line.trim());
  // (a longer head is a question of hers, heard unless it names someone the agent did not: "A manager will make an exception?" to
  // "I'm happy to make an exception")
  if (h && h[1]!.trim().split(/\s+/).length > 4) return !ROLES.test(h[1]!) || ROLES.test(heardNow);
  if (!h) return true;
  const words = h[1]!.toLowerCase().match(/[a-z][a-z']{3,}/g) ?? [];
  // (a one-word name too: "Wiped?" is no answer to a bill spread over six months; "All of it back?" is no name)
  if (words.length === 0 || (words.length === 1 && h[1]!.trim().split(/\s+/).length > 1)) return true;
  return words.filter((x) => !quoteHeard(x, heardNow)).length <= (words.length > 2 ? 1 : 0);
}

/**
 * A line reacting to a topic the agent named ("Well, I didn't know there was a club in York. Does it have a pool?"
 * to York) does not ask about another topic the agent has already told her about in this call (the pool): its
 * question has been answered.
 */
/** A question of her own, not an echo ("Two working days? Stick your working days."): "Does it have a pool?". */
const ASKS_ABOUT = /^\W*(?:does|do|is|are|has|have|can|will|would|what|what's|when|where|how|which|who)\b/i;
/** Speed round 25: the call's topics her line's own questions ask about, per scenario and line (her lines are the scenario's). */
export const topicsAskedIn = keptPerScenarioText((scenario, text): readonly string[] => readTopicsAsked(scenario, text));
/** `topicsAskedIn` without the cache. */
export function readTopicsAsked(scenario: Scenario, text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).filter((x) => x.includes("?") && ASKS_ABOUT.test(x)).flatMap((q) => topicsIn(scenario, lower(q)));
}
function asksToldAlready(line: CustomerLine, w: LineWhen | undefined, c: LineContext): boolean {
  if (!w?.topics?.length || !c.scenario || !c.agentNamed) return false;
  const text = lineText(line, "standard");
  if (!text.includes("?")) return false;
  const asked = topicsAskedIn(c.scenario, text);
  const others = asked.filter((t) => !w.topics!.includes(t));
  return others.length > 0 && others.some((t) => c.agentNamed!().has(t));
}

/**
 * Settled things stay settled: a question about one of the call's topics that was just dealt with (named
 * in a fix of this turn, a remedy already offered, a worry met) is not asked again ("is the £34.99
 * coming back?" after "I'm refunding it now"), unless the line echoes it by precondition or reacts to
 * the agent naming it (a `topics` trigger).
 */
function pressesSettled(line: CustomerLine, w: LineWhen | undefined, c: LineContext): boolean {
  if (!c.settled || c.settled.size === 0 || !c.scenario) return false;
  // (a line echoing the agent's words by precondition, or taking up a remedy offered in this very turn)
  if (w && ((w.said?.length ?? 0) + (w.breached?.length ?? 0) > 0)) return false;
  if (w?.offered?.some((r) => c.offeredNow?.has(r))) return false;
  // (a line reacting to the agent naming a topic: "So when does this claim thing come back?"; not one doubting
  // it, "So the fee's definitely coming off?", once it is settled)
  if ((w?.topics?.length ?? 0) > 0 && !DOUBTS.test(lower(typeof line === "string" ? line : line.text))) return false;
  // a line answering a pitfall or a limit reacts to how she was spoken to, not to the settled point
  if (w?.labels?.some((l) => l === "boundary" || PITFALL_SET.has(l))) return false;
  const text = typeof line === "string" ? line : line.text;
  if (!text.includes("?")) return false;
  return topicsIn(c.scenario, lower(text)).some((t) => c.settled!.has(t));
}

/** A sentence saying something may not happen: "I can't promise it before Friday", "that may not be before Friday". */
const HEDGES =
  /\b(?:can't|cannot|can not|couldn't|won't|wouldn't)\s+(?:honestly\s+|fully\s+|100%\s+)?(?:promise|guarantee|say for (?:sure|certain)|be (?:sure|certain)|swear)\b|\b(?:may|might|could) not\b|\bmight(?:n't| not)\b|\bno guarantee\b|\bnot (?:guaranteed|necessarily|certain)\b|\bor (?:just |shortly |a (?:day|bit|little) )?after\b/;
/**
 * The topics a turn names in a hedged sentence. (Naming them plainly elsewhere in the turn does not undo the
 * hedge: "I want to be straight with you about Friday… I can't promise it'll be there before your rent goes out".)
 */
function hedgedTopics(sents: readonly { text: string; topics: readonly string[]; salad?: boolean }[]): Set<string> {
  return new Set(sents.filter((sn) => !sn.salad && HEDGES.test(lower(sn.text))).flatMap((sn) => sn.topics));
}

const DAY_NAMES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** A range of working days: "3 to 5 working days", "three to five working days", "3-5 working days". */
const WORKING_RANGE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:to|-|–)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+working days\b/;
/** Calendar days from the call day to the nth working day after it (weekends skipped). */
function workingDaysOut(callDay: number, n: number): number {
  let days = 0;
  for (let left = n; left > 0; ) {
    days++;
    if ((callDay + days) % 7 < 5) left--;
  }
  return days;
}
/** A weekday some days after the call day, as she would say it: "Friday", "next Monday" (past the weekend). */
function dayName(callDay: number, days: number): string {
  const name = DAY_NAMES[(callDay + days) % 7]!;
  return `${callDay + days >= 7 ? "next " : ""}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}
/**
 * A working-day range the turn names for one of her dated worries ("it shows in 3 to 5 working days", her rent
 * goes out on Friday), counted from the call day (`policy.callDay`): the weekday it may arrive on at the earliest
 * and at the latest, and whether it can miss her day. "3 to 5 working days" said on a Wednesday is next Monday at
 * the earliest, so it cannot be "before Friday", whatever the words sound like.
 */
interface DatedRange {
  words: string;
  earliest: string;
  latest: string;
  /** Her day, as she says it ("Friday"), and her sentence naming it ("My rent goes out on Friday."). */
  day: string;
  deadline: string;
  /** At the earliest on her day (0) or after it (1); -1 when it may come before it. */
  late: -1 | 0 | 1;
  concern: Scenario["engine"]["concerns"][number];
}
function datedRange(scenario: Scenario, sents: readonly { text: string; topics: readonly string[]; salad?: boolean }[], intensity: Intensity): DatedRange | undefined {
  const callDay = scenario.policy.callDay ? DAY_NAMES.indexOf(scenario.policy.callDay) : -1;
  if (callDay < 0) return undefined;
  for (const sn of sents) {
    if (sn.salad) continue;
    const m = WORKING_RANGE.exec(lower(sn.text));
    if (!m || /\bup to\s*$/.test(lower(sn.text).slice(0, m.index))) continue;
    const concern = scenario.engine.concerns.find((cn) => cn.raise && WEEKDAY.test(lineText(cn.raise, intensity)) && cn.topics.some((t) => sn.topics.includes(t)));
    if (!concern) continue;
    const raise = lineText(concern.raise!, intensity);
    const day = WEEKDAY.exec(raise)![0];
    const [from, to] = normaliseEcho(m[0]).match(/\d+/g)!.map(Number) as [number, number];
    const due = (DAY_NAMES.indexOf(day.toLowerCase()) - callDay + 7) % 7 || 7;
    const first = workingDaysOut(callDay, from);
    const last = workingDaysOut(callDay, to);
    // (a range that ends before her day meets it: nothing to say about dates)
    if (last < due) continue;
    const deadline = raise.split(/(?<=[.!?])\s+/).find((x) => WEEKDAY.test(x) && !x.includes("?")) ?? raise;
    return { words: sn.text.slice(m.index, m.index + m[0].length), earliest: dayName(callDay, first), latest: dayName(callDay, last), day, deadline, late: first > due ? 1 : first === due ? 0 : -1, concern };
  }
  return undefined;
}

/** A time of arrival sooner than any weekday after tomorrow (lower case): "back in your account by tonight", "there this afternoon". */
const NEAR_ARRIVAL =
  /\b(?:back|in your (?:account|bank)|arrive|arrives|land|lands|there|with you|reach(?:es)? you|clear|shows?)\b[^.!?]{0,40}\b(?:today|tonight|this (?:afternoon|evening|morning)|tomorrow(?: morning| afternoon)?|within (?:the hour|(?:an|one|two|a few|a couple of|\d+) hours?))\b/;
/**
 * Coherence round 29 (C34's readers): a worry about a day ("my phone bill goes out friday. will the money be back before then??")
 * is met, for what she says, by a turn of the call giving a time of arrival sooner than that day ("it'll be back in your account by
 * tonight, tomorrow morning latest"): she does not ask whether it will be back by then, nor "friday. did you see that bit". A day
 * two or more days off the call's day is needed (no call day: any weekday); the state's `concernsMet` is untouched.
 */
function metByNearTime(scenario: Scenario, concern: Scenario["engine"]["concerns"][number], agentTexts: readonly string[], intensity: Intensity): boolean {
  if (!concern.raise) return false;
  const day = WEEKDAY.exec(lineText(concern.raise, intensity))?.[0]?.toLowerCase();
  if (!day) return false;
  const callDay = scenario.policy.callDay ? DAY_NAMES.indexOf(scenario.policy.callDay) : -1;
  if (callDay >= 0 && ((DAY_NAMES.indexOf(day) - callDay + 7) % 7 || 7) < 2) return false;
  // (the arrival of what she asks about: a word of her question in the sentence, "back" of "will the money be back before then??";
  // "you'll have your money back today" is no answer to "Will I have a working machine by then?")
  const question = lineText(concern.raise, intensity).split(/(?<=[.!?])\s+/).filter((x) => x.includes("?")).join(" ");
  const asked = [...contentStems(question.replace(WEEKDAY, " "))];
  // (in the clause that gives the time: "you'll have your money back today, and the courier can pick up the old machine" gives no time
  // for the machine)
  return agentTexts.some((a) =>
    lower(a.slice(0, 2000))
      .split(/(?<=[.!?])\s+/)
      .filter((x) => !/\?|\b(?:if|unless|can't|cannot|won't|not)\b/.test(x))
      .flatMap((x) => x.split(/,\s*|;\s*|\s+(?:and|but|so|then)\s+/))
      .some((x) => {
        if (!NEAR_ARRIVAL.test(x)) return false;
        const has = contentStems(x);
        return asked.some((w) => has.has(w));
      }),
  );
}

/** The taxonomy's technique names, as a learner games the scorer with them ("Open question: what, how, why?"). */
const TECHNIQUE_NAMES = /\b(?:empathy|apology|ownership|reflection|reflecting back|open questions?|solutions?|options|expectations?|follow-up|explanation|escalation|boundary)\b/g;
const TECHNIQUE_LABEL = /\b(?:empathy|apology|ownership|reflection|reflecting back|open questions?|solutions?|options|expectations?|follow-up|explanation|escalation|boundary)(?: and \w+)?\s*:/g;

/** A line saying the agent has not mentioned something: "nobody's said a word about…", "you haven't even mentioned…". */
const NOBODY_SAID = /\b(?:nobody|no one|no-one|you)(?:'s| has| have|'ve)?\s+(?:not\s+|even\s+)?(?:said a word|mentioned|brought up|asked about|said anything)\b|\bhaven't (?:even )?(?:mentioned|said a word|asked)\b/i;
/** The agent shows her history was read: "I've got your notes open", "you were promised a replacement on Saturday". */
const READ_BACK = /\b(?:your|the) notes\b|\byou were (?:promised|told)\b/;
/** She complains she has to tell it again ("I've already explained all this twice. Read the notes."): only when asked to. */
/** A line thanking the agent for a question ("thank you for asking", "thanks for asking"). */
/** A line opening on a time word echoed as a question: "Today? Oh, that's quick." */
const ECHOED_THING = /^\W*(?:an?|the|some)\s+([a-z][a-z' -]{2,30}?)\?/i;
const RULED_OUT = /\b(?:no|not an?|not any|without an?|without any|never an?)\s+$/;
/** A sentence offering something only if things go wrong later: "If it lets you down, ring us and I'll…" (not "if you'd like, I can…"). */
const ON_CONDITION =
  /^\W*(?:(?:and|but|so|then)\s+)?(?:if|unless|should|in case)\b(?=[^.!?]*(?:\b(?:ring|call|contact|phone|email|message|get back to|come back to) us\b|\bchange your mind\b|\b(?:lets? you down|doesn't work|does not work|stops? working|goes wrong|fails|isn't there|hasn't (?:arrived|come)|still (?:doesn't|isn't|won't))\b))/;
/** An opening interjection, left out when a worry is said again: "Hang on, though.", "Oh, and". */
const INTERJECTION = /^(?:(?:hang on|hold on|wait|oh|right|and|but)(?:,?\s+(?:though|a minute|a sec|and))?[.,!]\s*)+/i;
/**
 * A worry said again, without the interjection that opened it ("Hang on, though."), capitalised as she writes: "It's my
 * wife's party…", but on a chat all in lower case, "my phone bill goes out friday…".
 */
function withoutOpening(raise: string): string {
  const rest = raise.replace(INTERJECTION, "");
  return /^[a-z]/.test(raise) && !/^(?:hang on|hold on|wait|oh|right|and|but)\b/.test(raise) ? rest : rest.replace(/^[a-z]/, (c0) => c0.toUpperCase());
}
/** A demand of hers ("But I need a time", "I want it in writing"), as a sentence after the first of a fact she tells. */
const DEMANDS = /^(?:(?:but|and|so)\s+)?(?:i need|i want|i'd like|i'll need)\b/i;
/** A fact she tells, less any demand in it (after its first sentence) about something the turn has said plainly. */
function withoutMetDemands(scenario: Scenario, line: string, answered: Set<string>): string {
  const parts = line.split(/(?<=[.!?])\s+/);
  const kept = parts.filter((x, i) => i === 0 || !DEMANDS.test(x.trim()) || !topicsIn(scenario, lower(x)).some((t) => answered.has(t)));
  return kept.join(" ");
}
/** A day or time the agent rules out: "you won't have to wait till Thursday", "tomorrow instead of Thursday". */
const RULES_OUT_TIME = /\b(?:won't|will not|don't|do not|no need to|not)\s+(?:have to\s+|need to\s+)?wait\s+(?:till|until|for)\s+(?:the\s+)?[a-z]+|\b(?:instead of|rather than)\s+(?:on\s+)?[a-z]+/gi;
// (speed round 25: kept per text; every turn reads every earlier agent turn again)
export const withoutRuledOut = keptPerText((text: string) => text.replace(RULES_OUT_TIME, " "));
/** A line opening by echoing a thing as a question ("An exit fee?") when the turn named that thing only after "no" or "without". */
function echoesRuledOut(line: string, heardNow: string): boolean {
  const m = ECHOED_THING.exec(line);
  if (!m) return false;
  const thing = m[1]!.toLowerCase();
  const at = [...heardNow.matchAll(new RegExp(`(?<![a-z])${esc(thing)}(?![a-z])`, "g"))].map((x) => x.index);
  return at.length > 0 && at.every((i) => RULED_OUT.test(heardNow.slice(Math.max(0, i - 14), i)));
}
const ECHOED_TIME = /^\W*(?:really\?\s*)?(today|tomorrow|tonight|now|this week|next week)\?/i;
/** The wind-up question (lower case): "Is there anything else I can do for you today?", "anything else I can help with today?". */
const WIND_UP_Q = /\b(?:is there )?anything else\b[^.?!]*\?/g;
// ("the first time anyone's asked" is thanks for asking too: not said to "You've been a valued customer for five years")
const FOR_ASKING = /\b(?:thanks?|thank you|cheers)(?: \w+)? for asking\b|\bfirst time anyone(?:'s| has) (?:asked|bothered to ask)\b/i;
/** Her refusal to go over it again: "I'm not explaining it all again", "I've already explained all this twice. Read the notes." */
// (coherence round 29: "I've explained all this already" too)
const NOT_AGAIN = /\bnot (?:explaining|going through|telling you) (?:it|this|that|all)(?: all)? again\b|\balready explained\b|\bexplained (?:it|this|that|all this|all that|everything) already\b|\bread the notes\b/i;
const TELLS_AGAIN = /\b(?:already (?:explained|told you)|i've told you|read the notes|how many times|not (?:explaining|going through|telling you) (?:it|this|that|all)(?: all)? again)\b/i;

/** An open invitation to tell her story: "can you tell me a bit more about it?", "talk me through what happened". */
const TELL_MORE = /\b(?:tell me|talk me through|walk me through)\s+(?:a (?:bit|little) )?more\b|\b(?:tell me|talk me through|walk me through)\s+(?:a (?:bit|little) )?(?:about it|about that|what happened|what's happened|what's going on|(?:exactly )?what (?:you saw|you see|you got|it (?:did|said|says|showed|shows|does)|came up|comes up|happens|happened when))\b|^\W*(?:(?:hello|hi|okay|ok|right|so)\W+)*how (?:can|may) i help(?: you)?(?: today)?\s*\?\s*$/;
/**
 * A list read out rather than said: six or more short comma-separated items ("I understand, I'm sorry, I take
 * ownership, Thursday, two-hour window, £40, named contact…"). She hears it as a script, like a recited one.
 */
/** Speed round 25: `readListSalad` kept per text. */
export const listSalad = keptPerText(readListSalad);
export function readListSalad(text: string): boolean {
  return sentences(text).some((sp) => {
    const items = text.slice(sp.start, sp.end).split(/[,;]/).map((x) => x.trim()).filter((x) => x.length > 0);
    const short = items.filter((x) => x.split(/\s+/).length <= 3).length;
    return items.length >= 6 && short >= 6 && short >= 0.7 * items.length;
  });
}
/** A turn that passes the matter on or says it will sort itself out, offering nothing: no thanks for it. */
// ("endorsed to the appropriate team", "passed on to the relevant department": a team with no name is a matter handed on)
const BRUSHES_OFF = /\b(?:team|they|someone|somebody|who|department)(?:'ll| will) (?:look into|investigate|review)\b|\b(?:endorsed|forwarded|referred|passed on|escalated|raised) to (?:the|our) (?:appropriate|relevant|concerned|right) (?:team|department|people)\b|\b(?:team|they|someone|somebody)(?:'ll| will) get back to you\b|\b(?:processed|actioned|dealt with|handled) (?:in line with|according to|as per) (?:our|the) (?:procedures?|process(?:es)?|polic(?:y|ies))\b|\bwill be actioned accordingly\b|\bbusiness cycle\b|\b(?:contact|call|ring|phone) (?:our|the) (?:\w+ )?(?:hotline|helpline|phone line)\b|\b(?:pass (?:it|this|that|your \w+) (?:over |across )?(?:on|to)|passing (?:it|this|that) (?:over |across )?(?:on|to)|make a note|in due course|resolve (?:themselves|itself)|sort (?:itself|themselves) out|(?:someone|somebody|they)(?:'ll| will| should) be in touch|keep an eye on your emails?)\b/;
/** News of a death, as she tells it ("He died three weeks ago", "He's passed away"). */
const DEATH_NEWS = /\b(?:died|passed away|passed on|lost (?:him|her))\b/i;
/** A sentence that is only the news of a death: "He's passed away.", "Ken died." (one that says more, "He died three weeks ago, and the bank…", is kept). */
const ONLY_DEATH_NEWS = /^\W*(?:he|she|\w+)(?:'s| has| is)? (?:died|passed away|passed on)\W*$/i;
/** Her line without the sentences that are only news of a death, when an earlier line of hers told it (round 25); unchanged if nothing else is left. */
export function withoutToldNews(line: string, earlier: string[]): string {
  if (!DEATH_NEWS.test(line) || !earlier.some((x) => DEATH_NEWS.test(x))) return line;
  const kept = line.split(/(?<=[.!?])\s+/).filter((x) => !ONLY_DEATH_NEWS.test(x));
  return kept.length > 0 && kept.join(" ").trim() !== "" ? kept.join(" ") : line;
}
/** A sentence of hers asking for a time of day: "But I need a time, not 'between seven and seven'.", "I want an actual time." */
const NEEDS_TIME = /^\W*(?:but |and )?(?:i (?:need|want)|give me) (?:a|an|an actual|a proper|an exact|a real) (?:time|slot|window)\b/i;
/** A time of day or window given in the turn (lower case): "a two-hour window", "between 8 and 10", "at 2pm", "a morning slot". */
const TIME_WINDOW =
  /\b(?:\w+|\d+)[- ]hours? (?:window|slot)\b|\bbetween \d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:and|-)\s*\d|\b\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\b(?:morning|afternoon|evening) slot\b|\btime slot\b/;
/** Her line without its sentences asking for a time, when the turn gives a time or window (unchanged if nothing else is left). */
export function withoutTimeAsked(line: string, agentText: string): string {
  if (!TIME_WINDOW.test(lower(agentText.slice(0, 2000)))) return line;
  const parts = line.split(/(?<=[.!?])\s+/);
  const kept = parts.filter((x) => !NEEDS_TIME.test(x));
  return kept.length > 0 && kept.length < parts.length ? kept.join(" ") : line;
}
/** A course that does nothing: "wait and see", "try again later", "keep trying the app", "leave it for now". */
const DOES_NOTHING = /\b(?:wait and see|wait (?:a bit|a while|longer|until)|(?:try|have a go|do it) (?:it )?(?:again )?later|keep (?:on )?trying|leave it|do nothing|see how (?:it goes|you get on)|give it (?:a few days|time|a bit|a while))\b/;
/**
 * The courses an either-or of the turn (lower case) puts to her, in order: "Option one, …. Option two, …." (each sentence), or the
 * parts of a sentence put as "either …, or …" (coherence round 29).
 */
function optionsPut(text: string): string[] {
  const sents = text.slice(0, 2000).split(/(?<=[.!?])\s+/);
  const numbered = sents.filter((x) => /^\W*(?:option|choice) (?:one|two|three|1|2|3)\b/.test(x));
  if (numbered.length >= 2) return numbered;
  const either = sents.find((x) => /\beither\b[^.!?]*,?\s+or\b/.test(x));
  if (either) return either.slice(either.indexOf("either") + 6).split(/,?\s+or\s+/);
  return [];
}
/** A line keyed on a plan made for her: an offer heard, or only a solution or ownership heard (round 25). */
const onPlanMade = (w: LineWhen | undefined) =>
  !!w && ((w.offered?.length ?? 0) > 0 || (!!w.labels?.length && w.labels.some((l) => l === "solution" || l === "ownership") && w.labels.every((l) => ["solution", "ownership", "open_question", "options"].includes(l))));
const PRAISES_ANSWER = /\bstraight answer\b|\buseful to know\b|\bmore like it\b/i;
const THANKS = /(?<!\bno )\bthank|\bcheers\b|\bta\b|\bappreciate|\bstraight answer\b/i;
/** Words of a question doubting that something will happen: "definitely", "or not", "really". */
const DOUBTS = /\b(?:definitely|really|actually|or not|for sure|promise)\b/;

type Group = "calmer" | "same" | "angrier" | "resolved" | "escalated" | "closing" | "ended" | "cutOff";

interface Picked {
  text: string;
  abusive: boolean;
  /** How much of the agent's turn the line answers (0: a generic line). */
  salient: number;
  /** The line answers a pitfall of this turn. */
  pit: boolean;
}
type PickState = { rng: number; recentLines: Record<string, number[]>; saidLines: string[]; intensity: Intensity; saidText?: string[] };
const MOOD_GROUPS: Group[] = ["calmer", "same", "angrier"];

/**
 * Picks the line that answers the most salient thing the agent did, with the seeded generator among
 * equals. A line already said in this call is never said again while another fits. When the mood's
 * group has only generic lines, a line of another mood group that answers this turn is preferred
 * (an offer is an offer, whether or not it calmed them much).
 */
/** A line thanking the agent for apologising. */
const THANKS_FOR_SORRY = /\bthank(?:s| you)? for (?:actually |finally )?(?:saying sorry|apologi[sz]ing|the apology)\b/i;
/** The formula, not an apology for anything she went through: "I'm sorry for any inconvenience this has caused." */
const STOCK_SORRY = /\b(?:sorry|apologi[sz]e|apologies)\s+(?:for\s+)?(?:any|the)\s+inconvenience\b/;
/**
 * Every apology in the turn (lower case) is the formula, or one the taxonomy calls no apology ("I'm sorry if there was any
 * confusion", "I'm sorry you feel that way": coherence round 20).
 */
function onlyStockSorry(heardNow: string): boolean {
  const apologies = heardNow.split(/(?<=[.!?])\s+/).filter((x) => /\b(?:sorry|apologi[sz]e|apologies|apologising)\b/.test(x));
  return apologies.length > 0 && apologies.every((x) => STOCK_SORRY.test(x) || NON_APOLOGY.test(x));
}
/** A line refusing to give the agent anything: "I'm not telling you anything until…", "I'm not giving you anything". */
const WITHHOLDS = /\b(?:not|never) (?:telling|giving|tell|give) you (?:anything|a thing|nothing|that|it)\b/i;
/** Her line reacts to how she was spoken to: the tone, a complaint or a manager, an insult thrown back. */
const REACTS_TO_TONE = /\b(?:tone|sarcas\w*|smart|rude\w*|cheek\w*|how dare|talk(?:ing)? to me like|speak(?:ing)? to me like|patronis\w*|condescend\w*|head office|complain\w*|manager|supervisor|your name|attitude|don't you|insult\w*|paper|ombudsman)\b/i;
/** A line offering to read out or fetch what she has: "hang on, let me read the number out". */
const OFFERS_TO_READ = /\blet me (?:read|get|find|fetch|dig out)\b[^.?!]*\b(?:out|number|receipt|reading|reference)\b|\bif you want the (?:numbers?|reading)\b/i;
/** She has already read a number out in this call (a scenario line that reads out what a fact holds, said before). */
function hasReadOut(scenario: Scenario, st: PickState): boolean {
  // (or told a fact of hers that reads a number out: "Hang on. One four six eight two.")
  if ((st.saidText ?? []).some((t) => scenario.persona.facts.some((f) => GIVES_NUMBER.test(f.customerLine) && t.includes(f.customerLine)))) return true;
  return st.saidLines.some((k) => {
    const [g, i] = k.split(":");
    const line = (scenario.lines as Record<string, CustomerLine[] | undefined>)[g!]?.[Number(i)];
    const w = line === undefined ? undefined : whenOf(line);
    return !!w?.asked && !!w.revealed?.length && GIVES_NUMBER.test(lineText(line!, st.intensity));
  });
}
function pickLine(
  scenario: Scenario,
  group: Group,
  st: PickState,
  c: LineContext,
  mood: { abusive: "only" | "never" | "any"; about?: string[]; only?: (w: LineWhen | undefined) => boolean; notGoodbye?: boolean; notSorted?: boolean; notThanks?: boolean; notPraise?: boolean } = { abusive: "any" },
): Picked {
  const none: Picked = { text: "", abusive: false, salient: 0, pit: false };
  const collect = (g: Group) => {
    const lines = scenario.lines[g];
    const hot = g === "angrier" || g === "same" || g === "escalated";
    let cands = lines
      .map((l, i) => ({ g, i, fit: fit(l, c, hot) }))
      .filter((x): x is { g: Group; i: number; fit: Fit } => x.fit !== null)
      // (once she has read a number out, she does not offer to read it out: "hang on, let me read the number out")
      .filter((x) => !(OFFERS_TO_READ.test(lineText(lines[x.i]!, st.intensity)) && hasReadOut(scenario, st)))
      // (a stock "sorry for any inconvenience" is not thanked as an apology: "Thank you for saying sorry. Nobody ever does.")
      .filter((x) => !(THANKS_FOR_SORRY.test(lineText(lines[x.i]!, st.intensity)) && c.heardNow !== undefined && onlyStockSorry(c.heardNow)));
    if (mood.about) {
      // only lines about one of these remedies (a new offer after the call was resolved)
      const about = mood.about;
      cands = cands.filter((x) => whenOf(lines[x.i]!)?.offered?.some((r) => about.includes(r)));
    }
    if (mood.only) cands = cands.filter((x) => mood.only!(whenOf(lines[x.i]!)));
    // asked something, she answers it rather than saying goodbye
    // (a line that answers something and then says goodbye keeps its answer: "An email would be lovely. No, that's everything.")
    if (mood.notGoodbye) {
      const whole = cands.filter((x) => !GOODBYE.test(lineText(lines[x.i]!, st.intensity)));
      cands = whole.length > 0 ? whole : cands.filter((x) => restOfLine(lineText(lines[x.i]!, st.intensity), c.asked) !== "");
    }
    if (mood.notSorted) cands = cands.filter((x) => !SORTED.test(lineText(lines[x.i]!, st.intensity)));
    if (mood.notThanks) cands = cands.filter((x) => !THANKS.test(lineText(lines[x.i]!, st.intensity)));
    if (mood.notPraise) cands = cands.filter((x) => !PRAISES_ANSWER.test(lineText(lines[x.i]!, st.intensity)));
    // (coherence round 25) the matter passed on with no date ("an engineer will be in touch in due course"): no line that
    // takes it as a plan made, keyed on an offer or on a solution heard ("Morning or afternoon?", "What do you need from me, then?")
    if (mood.notPraise) cands = cands.filter((x) => !onPlanMade(whenOf(lines[x.i]!)));
    if (mood.abusive !== "any") {
      const want = mood.abusive === "only";
      const m = cands.filter((x) => isAbusive(lines[x.i]!) === want);
      // (a caller below the abusive heat does not borrow an insult from another mood: "Stick your working days"
      // from a man who has just chosen to stop)
      if (m.length > 0 || (!want && g !== group)) cands = m;
    }
    return cands;
  };
  const said = new Set(st.saidLines);
  const recent = st.recentLines[group] ?? [];
  // (nor a line whose words she has already said in this call, from another group or as part of a longer reply:
  // "A bit each month. Yes, I can do that." once, not again to the next turn)
  const saidText = st.saidText ?? [];
  const repeats = (x: { g: Group; i: number }) => {
    const w = lineText(scenario.lines[x.g][x.i]!, st.intensity);
    return w.length > 0 && saidText.some((t) => t.includes(w));
  };
  const unsaid = (xs: { g: Group; i: number; fit: Fit }[]) => xs.filter((x) => !said.has(`${x.g}:${x.i}`) && !(x.g === group && recent.includes(x.i)) && !repeats(x));
  const cands = collect(group);
  if ((mood.about || mood.only) && cands.length === 0 && !MOOD_GROUPS.includes(group)) return none;
  const mine = unsaid(cands);
  // Most salient first: a line of this mood that answers the turn; else one of another mood that
  // answers something specific in it; else a generic line of this mood; else any unsaid line of
  // another mood that fits; only then a line said before.
  const crossing = MOOD_GROUPS.includes(group) && mood.abusive !== "only";
  const others = crossing ? unsaid(MOOD_GROUPS.filter((g) => g !== group).flatMap(collect)) : [];
  const top = (xs: typeof mine) => Math.max(0, ...xs.map((x) => x.fit.salient));
  const ownBest = top(mine);
  const otherBest = top(others);
  // another mood's line only when it answers something clearly more salient (a script, an offer)
  let fresh = otherBest >= SALIENCE.topic && otherBest >= ownBest + 2 ? others.filter((x) => x.fit.salient === otherBest) : mine.filter((x) => x.fit.salient > 0);
  // Asked for her details (her name, an order number), she gives them before anything else she might say.
  const givesDetails = c.details ? [...mine, ...others].filter((x) => whenOf(scenario.lines[x.g][x.i]!)?.details) : [];
  // (a line that gives them, with a name or a number, before one that only reacts to being asked)
  const gives = givesDetails.filter((x) => /\d{2,}|\b[A-Z][a-z]+ [A-Z][a-z]+\b/.test(lineText(scenario.lines[x.g][x.i]!, st.intensity)));
  if (givesDetails.length > 0) fresh = gives.length > 0 ? gives : givesDetails;
  if (fresh.length === 0) fresh = mine;
  if (fresh.length === 0) fresh = others;
  if ((mood.about || mood.only) && fresh.length === 0 && cands.length === 0) return none;
  // A stock line is said at most once per call: before repeating one, any unsaid line of this group
  // that takes nothing for granted (no precondition, no trigger) and does not press a settled point.
  if (fresh.length === 0 && !mood.about && !mood.only) {
    const lines = scenario.lines[group];
    fresh = lines
      .map((_, i) => ({ g: group, i, fit: { f: 0, salient: 0, pit: false } }))
      .filter((x) => !whenOf(lines[x.i]!) && !said.has(`${x.g}:${x.i}`) && !repeats(x) && !pressesSettled(lines[x.i]!, undefined, c))
      .filter((x) => !(mood.notGoodbye && restOfLine(lineText(lines[x.i]!, st.intensity), c.asked) === "") && !(mood.notSorted && SORTED.test(lineText(lines[x.i]!, st.intensity))))
      .filter((x) => !(mood.notThanks && THANKS.test(lineText(lines[x.i]!, st.intensity))))
      .filter((x) => !(mood.notPraise && PRAISES_ANSWER.test(lineText(lines[x.i]!, st.intensity))))
      .filter((x) => !(c.dug && PRAISES_HIM.test(lineText(lines[x.i]!, st.intensity))))
      .filter((x) => fitsRound22(lineText(lines[x.i]!, "standard"), undefined, c));
    if (mood.abusive !== "any") {
      // (an abusive caller out of fresh insults says something else unsaid rather than repeat one)
      const m = fresh.filter((x) => isAbusive(lines[x.i]!) === (mood.abusive === "only"));
      if (m.length > 0 || mood.abusive === "never") fresh = m;
    }
  }
  if (fresh.length === 0) fresh = cands.filter((x) => !repeats(x));
  if (fresh.length === 0) fresh = cands;
  if (fresh.length === 0) {
    const lines = scenario.lines[group];
    if (lines.length === 0) return none;
    // (after a dig at her, not a plain line that thanks or praises him: "Fair enough, you've been straight with me")
    const unpraising = (l: CustomerLine) => !c.dug || !PRAISES_HIM.test(lineText(l, st.intensity));
    fresh = lines.map((_, i) => ({ g: group, i, fit: { f: 0, salient: 0, pit: false } })).filter((x) => !whenOf(lines[x.i]!) && unpraising(lines[x.i]!));
    // (coherence round 22: a stock line said again still answers the turn, when one that does is left)
    {
      const apt = fresh.filter((x) => fitsRound22(lineText(lines[x.i]!, "standard"), undefined, c));
      // (none left here: an unsaid plain line of a mood that does, "So what happens with the letter now?", before thanks for
      // patience to a demand to pay today)
      const borrowed =
        apt.length > 0 || fresh.length === 0
          ? []
          : MOOD_GROUPS.flatMap((g) => scenario.lines[g].map((l, i) => ({ g, i, fit: { f: 0, salient: 0, pit: false }, l })))
              .filter((x) => !whenOf(x.l) && !isAbusive(x.l) && unpraising(x.l) && !said.has(`${x.g}:${x.i}`) && !repeats(x) && fitsRound22(lineText(x.l, "standard"), undefined, c))
              .map(({ g, i, fit }) => ({ g, i, fit }));
      // (coherence round 28: none left anywhere and asked "anything else?", she says there is nothing else, rather than press for what
      // the call has already promised her: "I still think I should have my money back" after "you'll have your £280 back")
      const closes =
        apt.length > 0 || borrowed.length > 0 || fresh.length === 0 || c.askKind !== "anything-else" || !MOOD_GROUPS.includes(group)
          ? []
          : scenario.lines.closing
              .map((l, i) => ({ g: "closing" as Group, i, fit: { f: 0, salient: 0, pit: false }, l }))
              .filter((x) => !whenOf(x.l) && !said.has(`${x.g}:${x.i}`) && !repeats(x) && fitsRound22(lineText(x.l, "standard"), undefined, c))
              .map(({ g, i, fit }) => ({ g, i, fit }));
      if (apt.length > 0) fresh = apt;
      else if (borrowed.length > 0) fresh = borrowed;
      else if (closes.length > 0) fresh = closes;
    }
    // (a mood whose every line has a precondition borrows a plain line of another mood, not one whose precondition
    // failed: "Automatic offline soon?" is no answer to a turn that promised nothing)
    if (fresh.length === 0 && (MOOD_GROUPS.includes(group) || c.dug)) {
      fresh = MOOD_GROUPS.flatMap((g) => scenario.lines[g].map((l, i) => ({ g, i, fit: { f: 0, salient: 0, pit: false }, l })))
        .filter((x) => !whenOf(x.l) && unpraising(x.l))
        .map(({ g, i, fit }) => ({ g, i, fit }));
      // (coherence round 30: of those, the ones that answer the turn, when any do: not "Okay, that's useful to know." to "leaving a
      // network you've trusted for five years is a big step")
      const apt = fresh.filter((x) => fitsRound30(lineText(scenario.lines[x.g][x.i]!, "standard"), undefined, c));
      if (apt.length > 0 && apt.length < fresh.length) fresh = apt;
    }
    if (fresh.length === 0) fresh = [{ g: group, i: 0, fit: { f: 0, salient: 0, pit: false } }];
  }
  const best = Math.max(...fresh.map((x) => x.fit.f));
  const pool = fresh.filter((x) => x.fit.f === best);
  const r = nextRandom(st.rng);
  st.rng = r.state;
  const pick = pool[Math.floor(r.value * pool.length)] ?? pool[0]!;
  const lines = scenario.lines[pick.g];
  const keep = Math.max(0, Math.min(3, lines.length - 1));
  st.recentLines = { ...st.recentLines, [pick.g]: [...(st.recentLines[pick.g] ?? []), pick.i].slice(-keep) };
  st.saidLines = [...st.saidLines, `${pick.g}:${pick.i}`];
  const said0 = lineText(lines[pick.i]!, st.intensity);
  const whole = whenOf(lines[pick.i]!)?.breached?.length && c.heardNow !== undefined ? breachWelcome(said0, c.heardNow) || said0 : said0;
  const text0 = mood.notGoodbye ? restOfLine(whole, c.asked) || whole : whole;
  const text = c.timeGiven ? withoutAnsweredWhen(text0) : text0;
  return { text, abusive: isAbusive(lines[pick.i]!), salient: pick.fit.salient, pit: pick.fit.pit };
}

const quote = (s: string, max = 60) => {
  const t = s.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? t.slice(0, max - 1).trimEnd() + "…" : t}"`;
};

function joinPhrases(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? "";
  return parts.slice(0, -1).join(", ") + " and " + parts[parts.length - 1];
}

interface Contribution {
  label: LabelId;
  delta: number;
  quote: string;
}

/**
 * What the agent's turn asks of her, read from its last question (or request): "anything else?", a
 * choice between named options, a day or time, a yes/no offer ("would you like me to…", "shall we try
 * one together?"), or another question. She answers it before anything else, and never with a goodbye
 * unless she was asked whether there is anything else.
 */
export type DirectAsk = "anything-else" | "choice" | "when" | "offer" | "step" | "question";
const REQUEST = /^(?:please\s+)?(?:read me|tell me|give me|let me know|send me|can you (?:read|tell|give|check)|could you (?:read|tell|give|check))\b/;
/**
 * A request for something she can tell or read out, put without a question mark: "If you can read me the
 * tracking number from the receipt, I'll take the fee off", "Read me the numbers on the meter".
 */
const ASKS_FOR = /(?:^|[,;:]\s*)(?:please\s+)?(?:(?:just\s+)?read me|tell me (?:what|which|how|where|when|who|about)|give me the)\b|\bif you (?:can|could)\s+(?:just\s+)?(?:read|give|tell)\s+me\b|\bif you (?:read|give|tell) me\b|\bif you(?:'ve| have) got (?:the|your|that)\b[^,.;]*\b(?:handy|there|to hand|on you|with you)\b/;
export function asksFor(sentence: string): boolean {
  return ASKS_FOR.test(lower(sentence).trim());
}
/**
 * A step she is asked to do now, on the call: "tell me when you've done that", "try opening it now",
 * "let me know when it's downloaded".
 */
const STEP = /^(?:[^:.?!]{0,24}:\s*)?(?:(?:first|then|next|now),?\s+)?(?:open|tap|switch|turn|press|go to|put)\s+(?:the|that|this|your|it|on|off)\b|\b(?:tell me|let me know|say) (?:when|once) (?:you've|you have|it's|it has|that's|you(?:'re| are) (?:there|in|on it|done|ready|looking at it))\b|\b(?:tell me|let me know|say) (?:when|once) (?:the|your|that|this) [^.?!]{0,40}\b(?:has|is|have|are) (?:finished|done|loaded|downloaded|synced|on|off|open|gone|green|through|back)\b|(?:^|[,:;]\s*|\b(?:now|just|please|go ahead and|can you|could you)\s+)try (?:it|opening it|that|one)(?: now)?\b|\b(?:tell me|let me know|say) (?:when|once|if) you (?:can )?(?:see|find|get|have) (?:it|that|them|the \w+|['‘"“])|\b(?:tell me|let me know|say) (?:when|once) (?:it|the|your|that|this|a|an) [^.?!]{0,40}?\b(?:appears|shows|shows up|comes up|pops up|says|turns (?:green|blue|on)|goes (?:green|blue))\b|\b(?:go ahead and|now) (?:tap|open|switch|turn|pop|press)\b/;
/** An offer made without a question mark: "I can switch it on for you now if you'd like", "…if that helps". */
const OFFERS_IF = /\b(?:i can|i could|i'm happy to|happy to|we can|i'll)\b[^.?!]*\bif (?:you'd like|you would like|you like|you want|that helps|it helps|that would help)\b|\bif (?:you'd like|you would like|you like|you want|that helps|it helps),? (?:i can|i could|i'll|we can)\b/;
const OFFER_ENDS_Q = /\bif (?:you'd like|you would like|you like|you want|that helps|it helps|that would help)\W*\?\W*$/;
/** A choice laid out without a question: "So, your options: … It's your decision.", "…or leave it as is, totally your call". */
/** A day or time asked for without a question mark: "Pick a time and I'll ring you.", "Just name a day that suits." */
const ASKS_WHEN = /\b(?:pick|choose|name|give me|tell me|let me know) (?:a|the|any) (?:time|day|date|slot)\b|\blet me know (?:what|which|when) (?:time|day)\b/;
const CHOICE_STATED = /\b(?:it's|it is|that's|totally|entirely|completely) up to you\b|\b(?:and|so|then|now) you (?:pick|choose)\b(?!\s+(?:up|it up|out|from|to|a day|a time)\b)|(?<!\b(?:after|on|during|since|about|from|in|of|for|before|to|respect|accept|understand|support|made|make) )\byour (?:call|choice|decision)\b|\b(?:you have|you've got|there are) (?:two|a few|some) (?:options|choices)\b|\byour options\b|\bno pressure either way\b|^(?:it's |that's )?(?:all |entirely |totally )?up to you\b|\b(?:choose|pick|decide) (?:what|whichever|which one)\b/;
/** The agent recording a choice she has made: "you'd rather go", "you've decided to leave", "you want to keep it". */
const HERS_RECORDED = /(?<!\b(?:if|or|unless|whether) )\byou(?:'d| would) rather\b|\byou(?:'ve| have) (?:decided|chosen|made up your mind)\b|\byou(?:'re| are) (?:set on|sure you want)\b/;
const EXAMPLES_Q = /^\W*(?:for example|for instance|e\.g\.|say|like|maybe|perhaps)\b[^?]*\?\W*$/;
/** A sentence of hers naming when: "Six weeks on Saturday.", "On the 3rd." */
const WHEN_SAID = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|weeks?|months?|days?|\d+(?:st|nd|rd|th))\b/i;
/** A date of her own life asked: "What date are you moving?", "when are you going up?" (not "what day are you free?", "which date would suit you?"). */
const HER_DATE_Q = /\b(?:(?:what|which) (?:day|date)|when) (?:are|were|did|do|will) you (?!(?:free|available|around|about|in|home|back|happy|ok|okay|like|want|prefer|need|normally|usually)\b)[a-z]+ing\b|\b(?:what|which) (?:day|date|time) (?:did|do) you (?!(?:want|need|like|prefer)\b)[a-z]+\b/;
const TAG_Q = /^\W*(?:no|yes|yeah|right|okay|ok|nothing|none)\W*\?\W*$/;
/** The agent taking her yes as given: "Brilliant.", "Great!", "Perfect, there it is." (coherence round 23). */
const TAKEN_AS_YES = /^(?:brilliant|great|perfect|lovely|excellent|fantastic|wonderful|there (?:we go|it is))\b[.!,]/;
/** Speed round 23: `directAsk`'s answer per text (each turn reads the turn's text more than once, and replays read it again). */
const DIRECT_ASKS = new Map<string, DirectAsk | null>();
export function directAsk(text: string): DirectAsk | null {
  let r = DIRECT_ASKS.get(text);
  if (r === undefined) {
    if (DIRECT_ASKS.size >= 5_000) DIRECT_ASKS.clear();
    DIRECT_ASKS.set(text, (r = readDirectAsk(text)));
  }
  return r;
}
function readDirectAsk(text: string): DirectAsk | null {
  const t = text.slice(0, 2000);
  const all = sentences(t).map((sp) => lower(t.slice(sp.start, sp.end)).trim());
  // ("Understood, you'd rather go. That's completely your call.": a choice she has made, recorded, is not one put to her)
  const hersRecorded = (i: number) => all.slice(0, i).some((x) => HERS_RECORDED.test(x));
  // (coherence round 23) a short question the agent takes her yes to at once, "…and open the album... It opened? Brilliant.", was
  // answered off the page: it is not put to her
  const takenAsYes = (x: string, i: number) => x.includes("?") && x.split(/\s+/).length <= 6 && i + 1 < all.length && TAKEN_AS_YES.test(all[i + 1]!);
  const asks = all.filter((x, i) => !takenAsYes(x, i) && (x.includes("?") || REQUEST.test(x) || ASKS_FOR.test(x) || STEP.test(x) || OFFERS_IF.test(x) || (CHOICE_STATED.test(x) && !hersRecorded(i)) || ASKS_WHEN.test(x)));
  // (a bare tag after a question, "Anything else I can help with? No? Cool…", asks what the question before it asked)
  // (and examples after a question, "Which day suits you? For example Thursday at lunch, or Monday evening?", ask what it asked)
  const q = asks.length > 1 && (TAG_Q.test(asks[asks.length - 1]!) || EXAMPLES_Q.test(asks[asks.length - 1]!)) ? asks[asks.length - 2] : asks[asks.length - 1];
  if (!q) return null;
  // ("before anything else, what were you told…?" is not "anything else?", nor "is it price, or something else?")
  // (nor "is price the main reason, or is there anything else?", which asks her reason)
  // (nor "before I say anything else, can you talk me through…?", coherence round 28: what the agent will say next is no wind-up)
  if (/(?<!\b(?:before|above|first of all|more than|or|or is there|or was there|or is it|or has there been|(?:before|until) (?:i|we) (?:say|do|ask|go into|get into|tell you))\s)\b(?:anything|something|nothing) else\b|\bany other (?:questions?|thing)\b/.test(q)) return "anything-else";
  // ("Which day and time suits you for the call?" asks for a time, not for one of the options)
  // (coherence round 24) a date of her own life asked, "What date are you moving?", "when are you off to York?", is a question about her
  // facts: not a date for her to leave to the agent ("Whichever suits")
  if (HER_DATE_Q.test(q)) return "question";
  if (/\b(?:what|which) (?:day|days|time|times|date)\b(?! (?:should|do|would|shall) (?:i|we) (?:start|begin|backdate|date))/.test(q)) return "when";
  if (/\bwhich\b.*\b(?:prefer|like|suit|suits|want|rather|go for|option|one)\b|\bwould you (?:rather|prefer)\b|\bor would you\b|\bwhich (?:would|do) you\b|\b(?:like|want|take|fancy) (?:either|one) of (?:those|them|these)\b/.test(q)) return "choice";
  // (two things put to her as either/or: "Do you want the PAC, or should I set those two things up?"; a yes/no
  // offer followed by its alternative, "Would you like me to walk you through it? Or if you'd rather…, I can refund")
  if (/,? or (?:should|shall|would|do|can|could|will) (?:i|we|you)\b|\b(?:do you want|would you like) (?:the|a|an|me to|us to|to)\b[^?]*\bor (?:the|a|an|should|shall|would|do|i|we)\b/.test(q)) return "choice";
  if (q.includes("?") && all.slice(all.lastIndexOf(q) + 1).some((x) => /^or\b/.test(x))) return "choice";
  // ("I can text your PAC now. Or I can move you to SIM-only… What would you like to do?": the options were laid out before it;
  // so they were in "If you want to stay, it's the £20 plan. If not, the PAC's in your texts. What would you like to do?")
  if (/^\W*(?:so,?\s+)?what would you (?:like|prefer|rather) (?:to do|me to do)\b|^\W*(?:so,?\s+)?what do you want (?:to do|me to do)\b/.test(q) && all.slice(0, all.lastIndexOf(q)).some((x) => /(?:^|[,;]\s*)or\b(?! (?:not|so)\b)/.test(x))) return "choice";
  if (/^\W*(?:so,?\s+)?what would you (?:like|prefer|rather) (?:to do|me to do)\b|^\W*(?:so,?\s+)?what do you want (?:to do|me to do)\b/.test(q)) {
    const before = all.slice(0, all.lastIndexOf(q));
    const ifSo = before.findIndex((x) => /^\W*if you (?:do |did )?(?:want|wanted|'d like|would like|prefer|'d rather|would rather) to\b/.test(x));
    if (ifSo >= 0 && before.slice(ifSo + 1).some((x) => /^\W*(?:and\s+)?if not\b/.test(x))) return "choice";
  }
  if (!q.includes("?") && CHOICE_STATED.test(q)) return "choice";
  if (!q.includes("?") && STEP.test(q)) return "step";
  // (an offer whose question mark closes its "if" clause, "I can skip next week's box, if that helps?", is an offer too)
  if (OFFERS_IF.test(q) && (!q.includes("?") || OFFER_ENDS_Q.test(q))) return "offer";
  // "Have you got a pen? I'll go slowly.": she gets ready to listen
  if (/\b(?:have you got|have you a|do you have|can you grab|can you get|could you get) (?:a pen|a pencil|something to write|paper)\b|\bare you ready\b/.test(q)) return "offer";
  if (ASKS_WHEN.test(q)) return "when";
  // ("…I can spread it over six months. Would you like that?": the offer is in the sentence before)
  // ("want the skip?", "fancy that?": an offer put in short, with no "do you")
  if (/^\W*(?:(?:so|and|okay|ok)[,.]?\s+)?(?:want|fancy) (?:the|a|an|that|this|it|me to|to (?:try|test|give it|have a go))\b[^?]{0,40}\?\s*$/.test(q)) return "offer";
  if (/^\W*(?:(?:so|and|okay|ok)[,.]?\s+)?(?:would you like|do you want|shall i do|should i do) (?:that|this|it|those|them)(?: (?:done|doing|for you|then|too|as well))?\s*\?/.test(q)) return "offer";
  if (/\b(?:what|which) (?:day|days|time|times|date)\b|\bwhen (?:suits|works|would suit|would work|is (?:good|best|convenient)|would be (?:good|best|convenient))\b|\bwhen's (?:good|best|convenient|easiest)\b|\bmorning or (?:afternoon|evening)\b|\b(?:good|best) time\b/.test(q))
    return "when";
  // ("What would you like to do?", "How would you like me to send it?": a wh-question asks what she wants, it offers nothing to say yes to)
  if (/^\W*(?:(?:so|and|okay|ok|right)[,.]?\s+)?(?:what|how|which|where|when)\s+(?:would|do|did) you (?:like|want|prefer)\b/.test(q)) return "question";
  if (
    /\b(?:(?:can|could|may|shall) (?:i|we) (?:just |quickly |briefly )?(?:explain|walk you through|talk you through)|would you (?:also |still )?like (?:me|us|a|an|to)|do you (?:also )?want (?:me|us) to|want me to|shall (?:i|we)|should i|would it help|can i go ahead|is it (?:ok|okay|alright|all right) if|are you happy (?:for|with)|does that sound|how does that sound|is that (?:ok|okay|alright|all right)|would that (?:help|work|be)|(?:does|would|will) that (?:work|suit)|shall we)\b|\bwould (?:a|an|the|that|this|it|\w+ing) [^?.!,]{0,30}\b(?:help|work|suit you|be (?:useful|helpful|okay|ok|alright|all right))\b/.test(q)
  )
    return "offer";
  return "question";
}

/** The agent offering to explain, not asking her to: "Can I explain how it works?", "Let me walk you through it". */
/** Words saying an option will not meet something: "which means no machine on Saturday", "it won't be there by then". */
const MISSES = /\b(?:no|not|won't|wouldn't|can't|cannot|without|miss|misses|too late)\b|n't\b/;
const GO_ON = ["Go on, then. I'm listening.", "Yes, please do.", "Okay. Go on."];
const OWN_EXPLAINING = /\b(?:(?:can|could|may|shall|should) (?:i|we)|let me|i'll|i will|i can|i could|i'd like to) (?:just |quickly |briefly )?(?:explain|describe|talk you through|walk you through)\b/g;
/** Her words that she has heard a limit on her language: "Fine, I'll keep it civil.", "Sorry for swearing." */
const HEEDS_LIMIT = /\b(?:sorry for (?:swearing|shouting|snapping|the language)|not having a go|stop shouting|keep it civil|mind my language|point taken|i heard you|heard you the first time)\b/i;
/** A limit heard, when none of her own lines for one is left unsaid. */
const LIMIT_HEARD = ["Alright, alright. I heard you.", "Fine. I'll keep it civil.", "Point taken. I'm just fed up."];
/**
 * A limit said again (engine round 21): the abuse or the ending named ("again, no more name-calling, or I'll hang up", "I
 * won't be spoken to like that"), not "I need you to confirm your postcode"; and not thanks for stopping ("thanks for
 * keeping it civil").
 */
const WARNS_OF_ABUSE =
  /\b(?:name-calling|calling me|names|language|swear\w*|sworn|insult\w*|abuse|abusive|personal (?:stuff|remarks|comments)|civil|spoken to like|talk to me like|end (?:the|this|our) (?:call|conversation|chat)|hang up|won't accept|will not accept|final warning|last chance|last warning)\b/;
const THANKS_FOR = /\b(?:thank|thanks|appreciate)\b/;
/** Words of a calm limit on abuse (the taxonomy's boundary): what a line answering a limit needs to have heard. */
const SETS_LIMIT =
  /\b(?:stop|stopping|won't accept|will not accept|not accept|not willing|won't be spoken|won't be sworn|can't carry on|cannot carry on|can't keep going|can't continue|can't help you (?:properly )?while|need you to|ask(?:ing)? you to|name-calling|calling me|names|language|swear\w*|sworn|insult\w*|abuse|abusive|personal (?:stuff|remarks|comments)|civil|respectful|end (?:the|this|our) (?:call|conversation|chat)|hang up|spoken to like|talk to me like)\b/;

/**
 * Her own words, normalised for `echoesOnly`: her opening and what she wants (always hers), the facts she has
 * told in this call and her lines so far. A fact she has not told yet ("Thursday my partner works from home")
 * does not license a line taking the agent's Thursday as said.
 */
const OWN_WORDS = new WeakMap<Scenario, string>();
function ownWords(scenario: Scenario, state: ConversationState, revealed: string[]): string {
  let w = OWN_WORDS.get(scenario);
  if (w === undefined) {
    w = normaliseEcho([scenario.openingLine, scenario.openingLineMild ?? "", scenario.persona.wants].join(" "));
    OWN_WORDS.set(scenario, w);
  }
  const facts = scenario.persona.facts.filter((f) => revealed.includes(f.id)).map((f) => f.customerLine);
  return `${w} ${normaliseEcho([...facts, ...state.turns.map((t) => t.customerLine)].join(" "))}`;
}

/** The agent asks her to read out or give something she has to hand: "read me the tracking number", "what's the number on it?". */
const READ_OUT = /\bread (?:me|it|out|that|them)\b|\b(?:got|have|give me|what's|what is) the (?:reading|number|tracking number|reference)\b|\bgive me (?:the|that)\b|\bwhat(?:'s| is) the (?:number|reference|reading)\b|\b(?:tracking|reference) number\b/;

/**
 * The personal details a turn asks her to give or confirm, in the words of a stage note: "the first line of the
 * address", "the date of birth", "the phone number". Only in a sentence that asks for them ("Could you confirm
 * the address?", "Can I take your date of birth?"), not one checking a detail the agent already has ("Same number
 * as on the account?").
 */
/** Her word that a thing done helps, before a bare thanks names nothing. */
/** A remedy's term that is no name for it: a preposition, a "no…" or a verb ("on hold", "no letters", "spread"). */
const NOT_A_NAME = /^(?:on|in|into|no|not|to|for|by|at|each|today|tomorrow|tonight|call|ring|phone|give|remove|removed|spread|pause|paused|put|send|sent|set|switch|move|take|taken|book|booked|direct debit|keep|toggle|tap|open)\b/;
/** Words put before a line of hers, in its style: a customer who writes in lower case ("ok. thanks for sorting it") says yes in lower case too. */
const inHerStyle = (words: string, line: string) => (/^[a-z]/.test(line) ? words.toLowerCase() : words);
const WEIGHT_OFF = ["That's a weight off.", "That does help.", "That's good to hear."];
/**
 * A sentence that rules a remedy out: "it wouldn't apply", "we can't do that", "isn't something I can offer"; or says what it
 * would take ("a part-refund is only ever for the member's own illness", "you'd need a doctor's letter": coherence round 20).
 */
const RULES_IT_OUT =
  /\b(?:(?:wouldn't|doesn't|does not|would not|won't|will not) apply|(?:can't|cannot|can not|unable to|not able to) (?:do|offer|give|refund|make|agree)|(?:isn't|is not|aren't) (?:something|an option|possible|available)|not (?:possible|available|an option)|the only (?:time|way|case)|(?:is|are|'s) only (?:ever )?(?:for|with|when|if)|you(?:'d| would) (?:need|have to (?:bring|send|show|get)))\b/;
/** A stock thanks that names nothing of the call: "Thanks again.", "You've been very kind.", "Cheers." */
function bareThanks(scenario: Scenario, line: string): boolean {
  return line.length <= 50 && !line.includes("?") && /^(?:(?:okay|ok|right|fine|lovely)[.,!]?\s+)?(?:thanks?\b|thank you\b|cheers\b|ta\b|you've been very (?:kind|patient|good)\b|that's fair\b|appreciate\b)/i.test(line) && topicsIn(scenario, lower(line)).length === 0 && !/\d/.test(line);
}
const FOUND_IT = ["Have you found it?", "Is that what you've got there?", "Have you got it up now?"];
const NEEDS_YOU_TO = /\b(?:i|we) (?:just |only )?(?:need|want|'d like) you to (?:confirm|give|tell|read|provide|send)\b|\b(?:i|we) (?:just |only )?need to (?:confirm|take|check|get|have)\b/;
/** A question that is only the detail asked for: "And his date of birth?", "And the first line of the address and the postcode?" */
const DETAIL_ONLY_Q =
  /^\W*(?:(?:and|also|plus|then|ok|okay|right)[,.]?\s+)*(?:is there\s+)?(?:(?:his|her|your|the|an?|another|a different)\s+)?(?:full name|name|date of birth|dob|post ?code|first line|address|email(?: address)?|(?:contact|phone|mobile) number)\b[^?]{0,60}\?$/;
const NAME_ITEM = "the name on the account";
/** A question asking how she would like to be addressed, with the forms offered: "Would you like me to call you Joan, or Mrs Hartley?". */
const ADDRESS_Q = /\b(?:call|address) you\s+([a-z][a-z'. ]{1,30}?)\s*,?\s+or\s+([a-z][a-z'. ]{1,30}?)\s*\?/i;
/** The form of her name she picks when asked (coherence round 22): her first name when offered, else the first form offered. */
function addressChoice(scenario: Scenario, text: string): string | undefined {
  const m = ADDRESS_Q.exec(text.slice(0, 2000));
  if (!m) return undefined;
  const first = scenario.persona.name.split(/\s+/)[0]!;
  const forms = [m[1]!.trim(), m[2]!.trim()];
  // (only forms of her own name: not "call you back, or email you?")
  const surname = scenario.persona.name.split(/\s+/).slice(-1)[0]!.toLowerCase();
  const hers = forms.filter((f) => f.toLowerCase() === first.toLowerCase() || f.toLowerCase().includes(surname));
  if (hers.length === 0) return undefined;
  return hers.find((f) => f.toLowerCase() === first.toLowerCase()) ?? hers[0];
}
const WRITTEN_REQUEST = /\b(?:kindly|please) (?:provide|confirm|give|send|share|state)\b/;
/** Speed round 25: `readPersonalAsked` kept per text (a copy: callers filter it). */
const personalKept = keptPerText(readPersonalAsked);
export function personalAsked(text: string): string[] {
  return personalKept(text).slice();
}
export function readPersonalAsked(text: string): string[] {
  const t = text.slice(0, 2000);
  const out: string[] = [];
  for (const sp of sentences(t)) {
    const q = lower(t.slice(sp.start, sp.end));
    // ("To finish it I just need you to confirm your delivery address": a request put as what the agent needs)
    // (and in the written form, "In order to assist you further, kindly provide your full name…": coherence round 23)
    if (!(q.includes("?") || REQUEST.test(q) || ASKS_FOR.test(q) || NEEDS_YOU_TO.test(q) || WRITTEN_REQUEST.test(q))) continue;
    if (!(/\b(?:confirm|give|tell|take|have|read|what(?:'s| is)|grab|check|provide|send|share|pop|type)\b/.test(q) || DETAIL_ONLY_Q.test(q.trim())) || /\bsame (?:number|address|one|details)\b/.test(q)) continue;
    if (/\b(?:your|the|his|her) (?:full )?name\b(?! (?:on|of|is))/.test(q)) out.push(NAME_ITEM);
    if (/\bfirst line of (?:the|your|his|her) address\b/.test(q)) out.push("the first line of the address");
    else if (/\b(?:the|your|his|her) (?:home |postal |full |delivery )?address\b(?! (?:for|to send))/.test(q)) out.push("the address");
    // ("the email address registered to your account", "the email on the account")
    if (/\b(?:the|your|his|her) email(?: address)?\b(?=[^.?!]*\b(?:account|registered|linked|on file)\b)|\b(?:the|your|his|her|an|another) email address\b/.test(q)) out.push("the email address");
    if (/\bdate of birth\b|\bdob\b/.test(q)) out.push("the date of birth");
    if (/\bpost ?code\b/.test(q)) out.push("the postcode");
    if (/\b(?:phone|mobile|contact|telephone) number\b/.test(q)) out.push("the phone number");
  }
  return [...new Set(out)];
}

/** A line that reads a number out: digits, or three number words in a row. */
const GIVES_NUMBER = /\d{3,}|(?:\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b[\s,.-]+){3,}/i;

/**
 * The people her facts name that her opening does not ("my grandson Tom", "Ken"): a line naming one ("Put it in
 * Tom's name") takes for granted that the listener has heard of them, so it waits until she or the agent has.
 */
const PEOPLE = new WeakMap<Scenario, string[]>();
const NOT_NAMES = /^(?:I|I'm|I'll|I've|I'd|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Premium|Post|Office|Christmas|York)$/;
function peopleOf(scenario: Scenario): string[] {
  let p = PEOPLE.get(scenario);
  if (p === undefined) {
    const opening = `${scenario.openingLine} ${scenario.openingLineMild ?? ""}`;
    const names = new Set<string>();
    for (const f of scenario.persona.facts)
      for (const m of f.customerLine.matchAll(/(?<=[a-z,;]\s)([A-Z][a-z]{2,})\b/g)) {
        const n = m[1]!;
        if (!NOT_NAMES.test(n) && !new RegExp(`\\b${n}\\b`).test(opening)) names.add(n);
      }
    p = [...names];
    PEOPLE.set(scenario, p);
  }
  return p;
}
const INTRODUCES = /\bmy (?:husband|wife|son|daughter|grandson|granddaughter|sister|brother|partner|friend|mum|mother|dad|father|neighbour|manager)\b/i;
/** Speed round 25: each person's name as a pattern, as written and lower case, per scenario (built once, not at each test). */
const PEOPLE_RES = new WeakMap<Scenario, readonly (readonly [RegExp, RegExp])[]>();
function peopleRes(scenario: Scenario): readonly (readonly [RegExp, RegExp])[] {
  let r = PEOPLE_RES.get(scenario);
  if (r === undefined) PEOPLE_RES.set(scenario, (r = peopleOf(scenario).map((n) => [new RegExp(`\\b${n}\\b`), new RegExp(`\\b${n.toLowerCase()}\\b`)] as const)));
  return r;
}
function namesOnlyTold(line: string, said: string, scenario: Scenario): boolean {
  // (a line that introduces them, "It's Ken's name on the letter, my husband", takes nothing for granted)
  if (lineHas(INTRODUCES, line)) return true;
  return peopleRes(scenario).every(([named, saidRe]) => !lineHas(named, line) || saidRe.test(said));
}

/** Everything of hers, told or not, for the amounts she knows (her bill, her price): normalised. */
const KNOWN = new WeakMap<Scenario, string>();
function knownAmounts(scenario: Scenario): string {
  let k = KNOWN.get(scenario);
  if (k === undefined) {
    const p = scenario.persona;
    k = normaliseEcho([scenario.openingLine, p.situation, p.wants, ...p.facts.map((f) => `${f.fact} ${f.customerLine}`)].join(" "));
    KNOWN.set(scenario, k);
  }
  return k;
}

/** Her answer to a step she is asked to do now ("tell me when you've done that", "try it now"). */
const DONE_STEP = ["Okay, hang on. Right, I've done that.", "Right, done. What's next?", "Hang on... okay, that's done it."];
/** A step that waits for something to show ("tell me when the tick appears", "…when you see 'Keep on this device'"): she says it has. */
const WAITS_TO_SEE = /\b(?:tell me|let me know|say) (?:when|once|if) (?:you (?:can )?(?:see|find|get)\b|(?:it|the|your|that|this|a|an) [^.?!]{0,40}?\b(?:appears|shows|shows up|comes up|pops up|says|turns (?:green|blue|on)|goes (?:green|blue))\b)/;
const SEES_IT = ["Hang on... yes, there it is.", "Okay, give me a second. Yes, I can see it now.", "Right... yes, it's there."];
/** A step that asks what she sees ("open the app and tell me what you can see"): she is there and asks what to look for. */
const ASKS_WHAT_SHE_SEES = /\b(?:tell me|let me know) what (?:you )?(?:can )?(?:see|it says|comes up)\b|\bwhat (?:can|do) you see\b/;
const LOOKING = ["Okay, it's open. What am I looking for?", "Right, I've got it up. What should I be looking at?", "Hang on. Okay, I'm in. What am I looking for?"];
/** Her answer to a yes/no offer or a request for a day and time, when no line of the scenario gives one. */
const ACCEPTS = ["Yes, please. Do that.", "Yes, go on then, please.", "Yes please, that would help.", "Yes, that'd be good."];
/** A day or time asked for a call ("when can I ring you?") is answered with her phone; any other date with her fitting round it. */
const CALL_TIME = /\b(?:ring|call|phone|rung|called|callback|call back|check in|speak)\b/;
const ANY_DATE = ["Whatever's easiest your end. I'll fit round it.", "Any date that works for you is fine by me.", "Whichever suits. I'm not fussy about the date."];
/** "Does that work for you?", "How does that sound?": a plan put to her, not an offer to do something; she says it suits. */
const SUITS_Q = /\b(?:does|would|will|is) (?:that|this|it) (?:work|suit|sound|okay|ok|alright|all right)\b|\bhow does (?:that|this) sound\b|\bare you happy with (?:that|this)\b/;
const SUITS = ["Yes, that works for me.", "Yes, that's fine.", "That suits me, yes."];
/** A day (and time) the agent puts to her as an example or an option in its question: "Thursday at lunch, or Monday evening?". */
const SLOT_NAMED = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow)(?:\s+(?:at\s+|in the\s+)?(?:lunch(?:time)?|morning|afternoon|evening|night|\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'clock)?)?\b/i;
const TAKES_SLOT = ["$slot works for me.", "$slot is fine, yes.", "$slot, please. That suits me."];
// (coherence round 25) asked what day and time suit a call, she names a time of day, not "whenever works your end": a time of
// day fits any day the agent has in mind ("in a week or so", "once the money's landed")
/** A day asked for with the time: "What day and time would suit you?", "Pick a day and a time" (coherence round 28). */
const DAY_ASKED = /\b(?:what|which|pick a|choose a|name a|give me a|any particular) day\b|\bday and (?:a )?time\b|\bdate and (?:a )?time\b/;
/** Her day and time for a call, when a day was asked for too: a week from the call, which any check the call promised is due by. */
const WHENEVER_DAY = ["A week today, in the morning, before twelve. I'll keep my phone with me.", "A week today, any time after two. I'll have my phone on me.", "A week today, late morning, around eleven. I'll have my phone on me."];
/** The same when the turn has put the call in a time frame ("in a couple of weeks", "next week"): a day of it, not "a week today". */
const WHENEVER_WEEKDAY = ["The Tuesday, in the morning, before twelve. I'll keep my phone with me.", "The Tuesday, any time after two. I'll have my phone on me.", "The Tuesday, late morning, around eleven. I'll have my phone on me."];
const WHENEVER = ["Morning's best for me, before twelve. I'll keep my phone with me.", "Any afternoon after two suits me best. I'll have my phone on me.", "Late morning's best, around eleven. I'll have my phone on me."];
const SAYS_YES = /^(?:yes|yeah|yep|ok|okay|go on|alright|all right|fine|please|that would|that'd|lovely|great|perfect|good)\b/i;
/** Her word that she is following, for a turn that only tells her more once her lines for it are said. */
/** Thanks for something done ("ok. thanks for sorting it"): no yes to an offer not yet carried out. */
const THANKS_FOR_DONE = /^\W*(?:ok|okay|fine|right|great)\b[.,!]?\s+(?:thanks|thank you|cheers|ta)\b[^.?!]*\bfor (?:sorting|doing|fixing|arranging|setting)\b/i;
const saysYes = (line: string) => SAYS_YES.test(line) && !THANKS_FOR_DONE.test(line);
const FOLLOWS = ["Okay. I've got that.", "Right, I'm with you.", "Okay, that's clear. Thank you."];
/** Her answer to a question none of her lines answers, once they are said: she does not pretend. */
/** A line turning an offer down: "I'll pay it in one go", "no thanks", "I'd rather not". */
const DECLINES = /\b(?:no,? thanks|no,? thank you|i'd rather not|i would rather not|(?:pay|do) it (?:all )?in one go|in one go\b(?! (?:or|and))|i don't need (?:it|that|to)|not for me|i'll leave it)\b/i;
const UNSURE = ["I'm not sure, to be honest. You tell me.", "I don't really know. What do you think?", "I couldn't tell you, honestly."];
/**
 * Where a remedy is first named in a (lower-cased) text, and in which of its topic's terms; `asName`: the longest of
 * its terms there that can follow "the" ("the full refund", not "the walk you through").
 */
/** A term used as a name where it stands: after "the", "your"… or written with a capital ("your PAC"), not a verb ("you can still leave"). */
const NAME_BEFORE = /\b(?:the|your|a|an|our|my|that|this)\s+$/;
function mentionOf(scenario: Scenario, low: string, remedy: string, asName = false, original?: string): { at: number; term: string } | undefined {
  let best: { at: number; term: string } | undefined;
  const named = (x: { at: number; term: string }) =>
    original && (NAME_BEFORE.test(low.slice(Math.max(0, x.at - 12), x.at)) || /[A-Z]/.test(original.slice(x.at, x.at + x.term.length))) ? 1 : 0;
  for (const t of scenario.engine.topics) {
    if (t.remedy !== remedy) continue;
    for (const term of t.terms) {
      // (an amount or a count is no name, "£12", "60 days"; a compound with one is, "60-day hold")
      if (asName && /\b(?:you|your|me|my|it|i|we|us)\b|^(?:£|\d(?![\d.,]*-[a-z]+ [a-z]))/.test(term)) continue;
      const at = low.indexOf(term);
      if (at === -1 || !hasTerm(low, term)) continue;
      // (as a name, a term ending in the remedy's head noun first: "the refund", not "the cooling-off" of "cooling-off-refund")
      const head = (x: string) => (asName && x.endsWith(remedy.split("-").pop()!) ? 1 : 0);
      const rank = (x: { at: number; term: string }) => named(x) * 2 + head(x.term);
      if (!best || (asName ? rank({ at, term }) > rank(best) || (rank({ at, term }) === rank(best) && term.length > best.term.length) : at < best.at || (at === best.at && term.length > best.term.length))) best = { at, term };
    }
  }
  return best;
}

/** A worry she has already raised, hedged again by the agent: she says it is still the worry. */
/** Her answer to a hedge on her day that she has heard: she will have to manage without counting on it. */
const PLANS_AROUND = ["I'll have to plan around $day, then.", "So I can't count on it for $day. Right.", "Then I'll have to work round $day somehow."];
const HEDGE_HEARD = ["That's exactly what worries me.", "That's the bit I'm worried about.", "Which is what I'm scared of."];

/** Putting her through to someone else: "I'll transfer you now", "I'll need to put you through to them", "Transferring you now". */
const TRANSFERS = /\b(?:transfer(?:ring)? you|put(?:ting)? you through|pass(?:ing)? you (?:over|through|across)|connect(?:ing)? you (?:to|with))\b/;
/** …only offered, not done: "I can transfer you if you like", "Would you like me to put you through?" */
const OFFERS_TRANSFER = /^\W*(?:if|unless)\b|\b(?:i|we) (?:can|could|might)\b|\b(?:would you like|do you want|want me to|shall i|should i|happy to|if you(?:'d| would)? (?:like|prefer|want))\b/;
const PUT_THROUGH = ["Transferred? I've already explained all this once.", "You're passing me on? Fine. Just make sure they know what I've told you.", "Put through to someone else? Will they even know what's going on?"];
/** "Have you got a pen?", "Have you got something to write with?" */
const PEN_ASKED = /\b(?:have you got|have you a|do you have|can you grab|can you get|could you get) (?:a pen|a pencil|something to write|paper)\b|\bget a pen\b|\bfind a pen\b/;
/** A sales pitch asked leave for: "some of the amazing offers we have", "our plans", "a great deal". */
const PITCH = /\b(?:offers?|deals?|plans|promotions?|upgrades?|packages?|discounts?)\b/;
/** Leave asked to pitch offers: "may I share some amazing options with you?", "can I just tell you about our deals?" (coherence round 23). */
const PITCH_ASKED =
  /\b(?:can|could|may|shall) i (?:just |quickly |first )?(?:share|tell you about|show you|run through|go through|offer you|talk you through|walk you through)\b[^.?!]*\b(?:offers?|deals?|options|plans|promotions?|upgrades?|packages?|discounts?)\b[^.!]*\?/;
/** Her line turning a pitch down already: "No offers, thanks", "The hard sell", "I'm not interested". */
const DECLINES_PITCH = /\b(?:no offers|not interested|hard sell|no,? thanks?|no thank you|sales pitch|said no)\b/i;
const NO_PITCH = ["No, thanks. I'm not interested in offers.", "No offers, thanks.", "No, thank you. I'd rather you didn't."];
/** The turn warns her she will lose out by leaving: "customers who leave can lose out on the benefits they've built up". */
const LOSE_OUT =
  /\b(?:you(?:'ll| will|'d| would| could| might| may)?|customers|people|those|anyone)\b[^.!?]{0,30}\b(?:lose out|miss out)\b|\byou(?:'ll| will| could| might| would|'d)? lose (?:all )?(?:the |your )?(?:benefits|perks|rewards|loyalty)\b/;
/** The turn sends a chat customer to the phone: "contact our Customer Care line by telephone", "please call our helpline". */
const TO_THE_PHONE = /\b(?:by (?:tele)?phone|(?:call|ring|phone) (?:us|our|the)\b[^.!?]{0,30}\b(?:line|helpline|number|team)|contact (?:us|our|the)\b[^.!?]{0,30}\b(?:line|helpline|phone number))\b/;
const ON_CHAT = ["i'm on chat because i can't ring anyone right now.", "i can't phone, that's why i'm on chat.", "i'm on chat for a reason. i can't call."];
/**
 * Things of one kind of account, as she would name them back, and the words of a customer's world that make each at home there (an
 * engineer where there is a router, a meter or a line). A thing named nowhere in her scenario (her persona, the policy, the topics,
 * her lines) has no place in her call.
 */
const THINGS: [RegExp, string, RegExp?][] = [
  [/\bengineers?\b/, "An engineer", /\b(?:router|broadband|meter|boiler|phone line|landline|line)\b/],
  [/\brouter\b/, "A router"],
  [/\bpac(?: code)?\b/, "A PAC code"],
  [/\bsim[- ]only\b|\bsim card\b/, "A SIM"],
  [/\bsmart meter\b/, "A smart meter"],
  [/\bsofa\b/, "A sofa"],
  [/\bcoffee machine\b/, "A coffee machine"],
  [/\bmembership\b/, "A membership"],
  [/\balbums?\b/, "An album"],
];
const WORLD = new WeakMap<Scenario, string>();
/** An act in a sentence (lower case): something done, offered or coming to her ("I've removed…", "I can book…", "you'll get a text…"). */
const ACTS = /\b(?:i've|i have|i'll|i will|i can|i could|we can|we'll|we will|i'm (?:sending|booking|adding|texting|arranging)|you'll (?:get|receive|see)|you will (?:get|receive|see))\b/;
/** The first thing the turn offers or does (in a sentence with an act) that has no place in her world, as she would say it back. */
function foreignThing(scenario: Scenario, text: string): string | undefined {
  let world = WORLD.get(scenario);
  if (world === undefined) WORLD.set(scenario, (world = JSON.stringify([scenario.persona, scenario.openingLine, scenario.policy, scenario.engine.topics, scenario.lines]).toLowerCase()));
  const acts = sentences(text).map((sp) => lower(text.slice(sp.start, sp.end))).filter((x) => ACTS.test(x));
  for (const [re, said, home] of THINGS) if (acts.some((x) => re.test(x)) && !re.test(world) && !(home && home.test(world))) return said;
  return undefined;
}
const NOTHING_TO_DO = ["What's that got to do with anything?", "What's that got to do with it?", "What's that got to do with my problem?"];
/** The agent asks her to hold off what she threatened: "hold off on cancelling", "I'd hold off on the reviews", "don't cancel just yet". */
const HOLD_OFF = /\b(?:hold off (?:on )?|hold fire (?:on )?|(?:wait|pause) (?:before|on) |(?:don't|do not) (?:rush (?:into|to) )?)(?:cancel\w*|leaving|the (?:reviews?|complaint|cancellation)|writ\w+ (?:the |those |any |a )?reviews?|review\w*|posting)\b/;
const DEPENDS = ["That depends on what you do now.", "We'll see. It depends what happens now.", "I'll decide that once it's put right."];
/** The agent asks whether she has tried a fix herself: "Have you tried restarting the app?", "could you try reinstalling it?". */
const TRIED_Q =
  /\b(?:have you (?:tried|tested)|did you try|(?:can|could) you try|maybe try|try) (?:just )?(?:restarting|rebooting|reinstalling|uninstalling|updating|clearing|logging (?:out|off)|signing out|turning (?:it|the \w+) off|switching (?:it|the \w+) off|unplugging|resetting|closing (?:the app|it)|deleting|re-?downloading|descaling|cleaning|re-?seating|refitting|reconnecting|re-?charging|checking (?:the|that|your|it)\b)\b[^.!?]*\?/;
/** Her own words for being asked to troubleshoot, when the scenario has a line for a topic the turn named ("I'm not doing any troubleshooting"), unsaid. */
function ownTried(scenario: Scenario, topics: Set<string>, state: ConversationState): string | undefined {
  for (const g of MOOD_GROUPS)
    for (const l of scenario.lines[g]) {
      const w = whenOf(l);
      const words = lineText(l, state.intensity);
      if (w?.topics?.some((t) => topics.has(t)) && !isAbusive(l) && /\b(?:troubleshoot\w*|tried|turning it off|off and on)\b/i.test(words) && !state.turns.some((t) => t.customerLine.includes(words))) return words;
    }
  return undefined;
}
const TRIED_IT = ["I've tried all that. It's not that.", "Yes, I've tried that. It made no difference.", "I've done that already. It's not the problem."];
/** Not losing out, as the agent's care: "I don't want you to lose out", "so you don't miss out" (no warning to her, round 24). */
const CARES_NOT_TO_LOSE = /\b(?:don't|do not|wouldn't|would not|never) want you to (?:lose|miss) out\b|\bso (?:that )?you (?:don't|won't) (?:lose|miss) out\b|\bwithout (?:you )?(?:losing|missing) out\b|\b(?:you )?(?:won't|will not|don't|wouldn't) (?:lose|miss) out\b/;
const ON_WHAT = ["Lose out on what, exactly?", "Lose out on what?", "Lose out on what, exactly?"];
const GIVES_LEAVE = ["Go on, then. Quickly.", "Alright, go on. Briefly.", "Fine. Go on, then."];
/** Her word that a day and time set for her suits: "Thursday at ten. I'll make sure I'm in." (coherence round 23). */
/** A visit or call booked (lower case): "I've booked it", "it's booked", "booked in for", "I've arranged". */
const BOOKED_FOR = /\b(?:i've|i have|we've|we have) (?:booked|arranged|scheduled)\b|\b(?:is|it's|that's|'s) (?:now )?(?:booked|arranged|scheduled)\b|\bbooked (?:in|it|you in)\b/;
const SLOT_TAKEN = ["$slot. I'll make sure I'm in.", "$slot. I'll write it down.", "$slot, lovely. I'll be by the phone."];
const GETS_PEN = ["Hang on, let me find a pen. Right, go on.", "Yes, I've got one here. Go on.", "One minute, there's one by the phone. Right. Go on."];
const THINKS_IT_OVER = ["I'll have a think about it, then.", "Let me think it over. I'll decide before the code runs out."];
/** Asked to choose again after she has chosen: she keeps to it. */
const KEEPS_CHOICE = ["Like I said, I'll stick with what I picked.", "I've chosen, thanks. The one I said.", "What I said before, please. That's my choice."];
/** The agent goes ahead with a remedy she did not choose. */
/** The agent restates her choice wrongly: she corrects it, naming hers (`$mine`), rather than go along. */
const SWITCHED = ["Hang on, I said the $mine.", "No, sorry, I chose the $mine.", "That's not what I picked. I asked for the $mine."];
const SWITCHED_UNNAMED = ["Hang on, that's not the one I picked. I said the other one.", "No, sorry, that isn't what I chose. I said the other one."];
/** A sentence of hers refusing, doubting or complaining: what it names is not chosen. */
const NAMES_NOT_PICKED = /\b(?:no|not|don't|won't|never|can't|doesn't|didn't|isn't|wasn't)\b|n't\b|\?/;
/** A sentence saying something is done now or hers whatever she picks: "I'm adding", "I've put", "you've got the PAC either way". */
const DONE_NOW = /\b(?:i've|i have|i'm (?:adding|putting|taking|applying|giving|crediting|sending)|i am (?:adding|putting|taking|applying|giving|crediting|sending)|(?:is|are|'s) (?:now )?(?:applied|added|on (?:your|the) account)|you(?:'ve| have) got (?:the|your|it)|(?:it's|is) yours|either way)\b/;
const FIRST_ONE = ["The first one, please.", "I'll go with the first one.", "The first option, please."];
const ORDINALS = ["first", "second", "third"];
/** A sentence going ahead with something: "the refund it is", "I've started the refund", "lovely, I've ordered it", a summing up, "so that's the £20 plan, the credit and wifi calling". */
/** Her choice gone ahead with by her asking for it: "done as you asked", "the one you picked", "as requested". */
const AS_SHE_ASKED = /\b(?:as you (?:asked|wanted|chose|requested|said)|(?:what|the one|the option) you (?:asked for|chose|picked|wanted)|as requested|like you (?:asked|said|wanted))\b/;
/** Done, in words GOES_AHEAD does not hold: "that's sorted, as you wanted", "all set, as requested". */
const DONE_AS_ASKED = /\b(?:sorted|all set|taken care of|gone through|processed|sent off)\b/;
const GOES_AHEAD = /\b(?:it is|it's|so that's|no problem|lovely|understood|great|perfect|i've|i have|i'll|i will|i'm (?:sending|setting|booking|arranging|starting|processing|putting|moving|switching)|done|booked|set up|started|arranged|ordered|on its way)\b|\byou(?:'ll| will) (?:try|have|get|be (?:on|moved|switched|getting))\b/;
/** Her choice in the words (and the capitals) the agent last used for it: "the York club", "the refund". */
/** A choice recorded in so many words: "Monthly it is.", "The replacement it is, then.", "Going with the refund." */
const RECORDS_CHOICE = /^\W*(?:(?:ok(?:ay)?|right|great|lovely|perfect|no problem|sure)[,.!]?\s+)?(?:(?:the|a|an)\s+)?(?:[\w'£.-]+\s+){0,3}(?:it is|it's)(?:,?\s+then)?\s*[.!]*$|^\W*(?:(?:ok(?:ay)?|right|great|lovely|perfect|no problem|sure)[,.!]?\s+)?(?:i'll |we'll )?go(?:ing)? (?:ahead )?with (?:the )?[\w'£.-]+(?:\s+[\w'£.-]+){0,2}\s*(?:,?\s+then)?[.!]*$|^\W*(?:ok(?:ay)?|right|sure)[,.!]?\s+(?:the\s+)?[\w'£.-]+(?:\s+[\w'£.-]+)?(?:,?\s+then)?\s*[.!]+$/;
function choiceName(scenario: Scenario, turns: readonly TurnRecord[], remedy: string, choseAt?: number): string | undefined {
  // (the name she chose it by, in her own words in the line that chose it, first: "Hang on, I said the refund.", not "the fourteen
  // days" the agent's sentence began with; coherence round 19)
  const mine = choseAt !== undefined ? turns[choseAt]?.customerLine : undefined;
  const m0 = mine ? mentionOf(scenario, lower(mine), remedy, true, mine) : undefined;
  if (mine && m0 && NAME_BEFORE.test(lower(mine).slice(Math.max(0, m0.at - 12), m0.at))) return mine.slice(m0.at, m0.at + m0.term.length);
  for (let i = turns.length - 1; i >= 0; i--) {
    const a = turns[i]!.agentText;
    const m = mentionOf(scenario, lower(a), remedy, true, a);
    if (m) return a.slice(m.at, m.at + m.term.length);
  }
  return undefined;
}
/** A line taking something up, not asking or refusing: "A pool in York. Well. That would suit me down to the ground." */
const DOUBT_OR_NO = /\?|\b(?:no|not|don't|won't|never|can't)\b|n't\b/i;
/** The remedies her lines so far have taken up (lines resting on a remedy offered, said with no question or refusal). */
function tookUp(scenario: Scenario, state: ConversationState): Set<string> {
  const out = new Set<string>();
  if (state.turns.length === 0) return out;
  for (const [words, offered] of takingUpLines(scenario, state.intensity)) {
    if (!state.turns.some((t) => t.customerLine.includes(words))) continue;
    for (const r of offered) out.add(r);
  }
  return out;
}
/**
 * Speed round 25: the lines of hers that take up an offer (calmer, same, resolved; an offer as precondition, no broken rule, no
 * doubt or no in them), with their words at an intensity and what they take up, in that order: per scenario, worked out once.
 */
const TAKING_UP = new WeakMap<Scenario, Map<Intensity, readonly (readonly [string, readonly string[]])[]>>();
export function takingUpLines(scenario: Scenario, intensity: Intensity): readonly (readonly [string, readonly string[]])[] {
  let m = TAKING_UP.get(scenario);
  if (m === undefined) TAKING_UP.set(scenario, (m = new Map()));
  let r = m.get(intensity);
  if (r === undefined) {
    const rows: (readonly [string, readonly string[]])[] = [];
    for (const g of ["calmer", "same", "resolved"] as const)
      for (const l of scenario.lines[g]) {
        const w = whenOf(l);
        if (!w?.offered?.length || (w.breached?.length ?? 0) > 0) continue;
        const words = lineText(l, intensity);
        if (DOUBT_OR_NO.test(words)) continue;
        rows.push([words, w.offered] as const);
      }
    m.set(intensity, (r = rows));
  }
  return r;
}
/** She corrected a wrong restatement and the agent winds up without a word on it: she makes sure before she goes. */
/** She turned an offer down and the agent went ahead with it anyway ("Done, six months" after "I'll pay it in one go"). */
const TURNED_DOWN = ["Hang on, I said no to that.", "Hold on, I didn't want that. I said no.", "Wait, I turned that down."];
const PRESS_CHOICE = ["Hang on, before I go: it is the $mine I'm getting, isn't it? That's what I asked for.", "Sorry, just so we're clear: I asked for the $mine, not the other one."];
/** A choice read to her and nothing done (engine round 24): having picked one, she asks for it to be done now. */
const DO_IT_WHEN = ["Can you book that now, and tell me when it'll happen?", "Go ahead with that, then. When will it be done?", "So set that up now. When?"];
const PICKED_LEFT = [
  "I've said: the $mine. Can you just book it now and tell me when?",
  "The $mine, like I said. Are you booking it or not? And when?",
  "So is the $mine actually happening? I want it done on this call, with a date.",
];
/** …and the agent leaves the going-ahead to her ("reply to the confirmation email", "let us know which"). */
const LEFT_TO_ME = ["I don't want to go away and email anyone. The $mine, please, sorted now. When will it happen?", "Why would I write in? I've picked: the $mine. Book it while I'm on the phone."];
const LEAVES_IT_TO_HER = /\b(?:reply to|email (?:us|in|back)|write (?:to us|in)|let (?:us|me) know|get back to (?:us|me)|call (?:us )?back|ring (?:us )?back|once you've decided|when you've decided)\b/;
/** Other options put to her after she has taken one ("…two other options, if they suit you better"): she keeps hers. */
const KEEPS_MINE = ["I'll stick with the $mine, thanks.", "No, I'm happy with the $mine, thank you.", "The $mine suits me fine, thanks. I'll keep that."];
/** A sentence putting options as alternatives to what she has: "other options", "instead", "if you'd rather not wait". */
const ALTERNATIVE = /\b(?:other options?|another option|instead|alternatively|if (?:they|that|those|either|it|these) suits? you better|(?:if )?you(?:'d| would) rather(?: not)?|rather than)\b/;
const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/**
 * Where a remedy is first named as an option in a (lower-cased) text: a verb term followed at once by another
 * option's term ("switch wifi calling on" in a cancellation, where "switch" is a term of the PAC code) names that other one.
 */
function optionAt(scenario: Scenario, low: string, remedy: string, options: Set<string>): number {
  let best = Infinity;
  const otherTerms = scenario.engine.topics.filter((x) => x.remedy && x.remedy !== remedy && options.has(x.remedy)).flatMap((x) => x.terms);
  for (const t of scenario.engine.topics) {
    if (t.remedy !== remedy) continue;
    for (const term of t.terms) {
      for (const m of low.matchAll(new RegExp(`(?<![a-z0-9])${esc(term)}(?![a-z0-9])`, "g"))) {
        const next = low.slice(m.index + term.length).trimStart();
        if (otherTerms.some((u) => next.startsWith(u))) continue;
        if (m.index < best) best = m.index;
        break;
      }
    }
  }
  return best;
}
/** A goodbye ("No, that's everything", "we're done"): only an answer to "anything else?" or to nothing. */
const GOODBYE = /^\W*no\b[,.]?\s+all good\b|\b(?:that's (?:it|everything|all)\b(?!\s+(?:i|you|we|she|he|they|it)\b)|nothing else|we're done|that's sorted)\b|\bi'll let you (?:get on|go)\b|\b(?:i've )?got to (?:go|get ready|get back|dash|run)\b|\b(?:put|putting) the kettle on\b|\b(?:go and )?make (?:myself )?a cup of tea\b/i;
/** A sentence that is a goodbye ("No, that's everything, thank you.", "That's all, thanks."), not "That's all I wanted". */
const GOODBYE_SENTENCE = /^(?:(?:no|nah|nope|okay|ok|right|fine|well)[,.]?\s+)?(?:dear,?\s+)?(?:(?<=no[,.]?\s+)all good\b|that's (?:it|everything|all)\b(?!\s+(?:i|you|we|she|he|they|it)\b)|nothing else\b|we're done\b|that's sorted\b|i'll let you (?:get on|go)\b|(?:i've )?got to (?:go|get ready|get back|dash|run)\b|i'm going to put the kettle on\b|i'll (?:go and )?(?:put the kettle on|make (?:myself )?a cup of tea)\b)/i;
/** A line with its goodbye sentences taken out ("" when it is nothing but a goodbye). */
export function withoutGoodbye(line: string): string {
  return line
    .split(/(?<=[.!?])\s+/)
    .filter((x) => !GOODBYE_SENTENCE.test(x))
    .join(" ")
    .trim();
}
/**
 * A line said mid-call without its goodbye, and without the "no" that answered "anything else?" when the turn
 * asked nothing: "Done, next week's skipped." is not answered "nope." nor "No, I think I've got it now."
 */
const ANSWERS_NO = /^\W*(?:no|nope|nah)\b(?:[,.!]+\s*|\s*$)/i;
function restOfLine(line: string, asked: boolean): string {
  const rest = withoutGoodbye(line);
  if (asked || !ANSWERS_NO.test(rest)) return rest;
  const after = rest.replace(ANSWERS_NO, "");
  return /^[a-z]/.test(line) ? after : after.charAt(0).toUpperCase() + after.slice(1);
}
/**
 * The agent winding the call up in its last words ("Take care.", "Goodbye for now.", "Have a lovely evening."):
 * with "anything else?", the only turns a goodbye answers. A turn that asks nothing mid-call (a step, an
 * explanation, a promise) is not an invitation to hang up.
 */
const SIGNS_OFF = /\b(?:good ?bye|bye for now|bye then|take care|thanks for being with us|sorry to see you go|have a (?:good|lovely|nice|great) (?:day|evening|afternoon|weekend|night)|thanks for calling|thank you for calling|speak (?:to you )?soon|all the best|good luck)\b/;
export function closesCall(text: string): boolean {
  if (directAsk(text) === "anything-else") return true;
  const t = text.slice(0, 2000);
  const last = sentences(t).slice(-1).map((sp) => lower(t.slice(sp.start, sp.end))).join(" ");
  return SIGNS_OFF.test(last);
}
/** A line calling the matter settled: only after a turn that offered or did something. */
const SORTED = /\b(?:that's sorted|sorted,? then|that'll do|that's that)\b/i;
/** An answer to "what day and time suits you?" names one, or leaves it to the agent. */
/**
 * A fact of hers said again when asked about it: "Like I said: …", in its first sentence when she has said it in those very
 * words, and without an opening aside ("Like I said: The signal in my flat is rubbish.", not "Like I said: Honestly? The
 * signal…"), taken off before the first sentence is cut so that the aside is not all she says ("Like I said: Honestly?").
 */
export function likeISaid(line: string, toldInTheseWords: boolean, asked?: string): string {
  const bare = line.replace(/^(?:honestly|well|oh|look|right)[?,.!]\s+(?=\S)/i, "");
  const sents = bare.split(/(?<=[.!?])\s+/);
  // (coherence round 24) asked for the number or the date again, the sentence that gives it: "Like I said: One four six eight two."
  // to "Can you read me the numbers on it?", "Six weeks on Saturday." to "What date are you moving?"; not the first one
  const wants = asked === undefined ? undefined : READ_OUT.test(asked) ? GIVES_NUMBER : HER_DATE_Q.test(asked) ? WHEN_SAID : undefined;
  const short = (wants && sents.find((x) => wants.test(x))) || sents[0]!;
  return `Like I said: ${toldInTheseWords && short.length < bare.length ? short : bare}`;
}
/** Praise for reading her record: "At least you've actually read it", "you've read the notes". */
/** A slot asked for: "Morning or afternoon?", "AM or PM?", "What time slot?". */
const SLOT_ASKED = /\bmorning or (?:afternoon|evening)\b|\bam or pm\b|\bwhat time (?:slot|window)\b|\bwhich slot\b/i;
/** A visit set in the turn (lower case): "I've booked an engineer", "a visit", "an appointment", "send an engineer out" (coherence round 23). */
const VISIT_SET = /\b(?:book(?:ed|ing)?|visit|appointment|come (?:out|round)|send (?:an|the|someone|somebody)\b[^.!?]{0,20}\bout)\b/;
/** A date still to come: "they'll contact you to arrange a date", "to book a visit", "the date is to be confirmed". */
const DATE_TO_COME =
  /\b(?:to|will|'ll|can|could)\s+(?:arrange|book|agree|fix|set up|sort out|find|confirm)\s+(?:a|the|an)\s+(?:date|day|time|slot|visit|appointment)\b|\b(?:date|day|time|slot|visit|appointment)\s+(?:is\s+|are\s+)?(?:still\s+)?to be (?:arranged|confirmed|agreed|booked)\b/;
/** A thing welcomed by name: "An email would be lovely", "A callback would be great". */
const WELCOMES_THING = /^\W*(?:an?|the|that)\s+([a-z][a-z' -]{1,30}?)\s+would be (?:lovely|great|perfect|brilliant|good|helpful|nice|grand)\b/i;
const PRAISES_READING = /\byou(?:'ve| have)? (?:actually |finally )?read (?:it|the notes|my notes|the file)\b/i;
/** A turn that read her record: "I can see the note from that call", "I've read the notes", her reference said back. */
const READS_RECORD = /\b(?:i can see|i(?:'ve| have) (?:read|looked at|checked|gone through|found|pulled up)|(?:the|your) notes (?:say|show)|looking at (?:the|your) (?:notes|account|record|history)|according to (?:the|our|your) (?:notes|records?))\b|\b[a-z]{2,4}-?\d{4,}\b/;
/** A time frame that names no day: "a few working days", "the next few days". */
const VAGUE_FRAME = /\b(?:(?:within |in )?(?:a few|a couple of|several|some|the next few) (?:working |business )?days)\b/;
/** Her answer to being wound up with what she rang about still open, before she names it. */
const CLOSE_PRESS = ["Is that it?", "Hang on, that's it?"];
/** A question how something makes her feel: "how that makes you feel", "how does this leave you feeling?" */
const FEELINGS_ASKED = /\bhow (?:does |did |has |is )?(?:that|this|it|all this|all of this) (?:make|makes|made|making|leave|leaves|left) you feel/;
/** Two or more single words echoed as questions at a line's head: "Cache? Sync? …". */
const ECHO_HEAD = /^((?:[A-Z][a-z-]+\?\s+){2,})/;
function echoedWordsHeard(line: string, heard: string): boolean {
  const head = lineExec(ECHO_HEAD, line)?.[1];
  if (!head) return true;
  return head
    .split(/\?\s+/)
    .filter((w) => w.length > 0)
    .every((w) => new RegExp(`\\b${w.toLowerCase()}`).test(heard));
}
/** A sentence that only offers a step, takes it on the call or wishes her well: "If you'd like, I can pass this on", "I hope it's sorted soon". */
// (nor a step taken on the call itself, "Let me look into it for you right now": not one she waits to hear back about)
const OFFERED_ONLY = /\blet me\b|\bright now\b|\bstraight away\b|\bif you(?:'d| would)? (?:like|want|prefer)\b|\bwould you like\b|\b(?:i|we) (?:hope|wish)\b|\bhopefully\b|\bon the mend\b|\bget well\b/;
/** A worry of hers with a day or time in it ("It's my wife's party on Saturday"): the deadline a vague next step is pressed against. */
const DEADLINE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this week|the weekend)\b/i;
/** Her press for the time a vague next step left out, in the turn's own words; "" when the turn has no such step. */
// (worded by the turn's number, not the seed's generator, so that the replies after it are the ones they were)
function vaguePress(text: string, turn: number): string {
  const t = text.slice(0, 2000);
  // (a step said as done or to be done: not one only offered, "If you'd like, I can pass this to my manager", nor a wish,
  // "I hope your sister's on the mend soon")
  const steps = sentences(t)
    .map((sp) => lower(t.slice(sp.start, sp.end)))
    .filter((x) => !OFFERED_ONLY.test(x))
    .join(" ");
  for (const p of VAGUE_PRESS) {
    const m = p.heard.exec(steps);
    // (the agent's words in hers: "'As soon as you can'?", not "'As soon as I can'?")
    const heard = m?.[0].replace(/\b(?:i|we)\b/g, "you") ?? "";
    if (m) return p.words[turn % p.words.length]!.replace("$0", heard.charAt(0).toUpperCase() + heard.slice(1));
  }
  return "";
}
const NAMES_A_TIME = /\b(?:any ?time|whenever|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|o'clock|\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)?)\b/i;

/** The agent names the day or time herself after asking for one, and books it: "…best for you? Thursday at ten, that's booked." */
const BOOKS = /\b(?:booked|that's done|done|in (?:my|the) diary|i'll (?:ring|call|phone) you|i've put|i've (?:set|scheduled|arranged|moved)|is (?:set|scheduled|arranged) (?:for|to))\b/;
/** A date by the month: "the 2nd of June", "June 2nd", "2 June" (coherence round 23). */
const MONTH_DATE =
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}(?:st|nd|rd|th)?\b/;
function timeSetAfterAsking(text: string): boolean {
  const t = text.slice(0, 2000);
  const all = sentences(t).map((sp) => lower(t.slice(sp.start, sp.end)));
  let q = -1;
  all.forEach((x, i) => { if (x.includes("?")) q = i; });
  const after = all.slice(q + 1).join(" ");
  return q >= 0 && (/\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|o'clock|\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm)|(?:at|by) (?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|noon|half)\b)/.test(after) || MONTH_DATE.test(after)) && BOOKS.test(after);
}
/** Which persona facts a question asks about (persona.facts[].askedAbout); the customer answers the first. */
/** Speed round 25: `readFactsAsked` per scenario and text (a pure function of the two; a replay or rerun asks it again). Bounded. */
export const factsAskedKept = keptPerScenarioText((scenario, text): readonly string[] => readFactsAsked(scenario, text));
export function factsAsked(scenario: Scenario, text: string, isQuestion: boolean): string[] {
  return isQuestion ? factsAskedKept(scenario, text).slice() : [];
}
/** The facts of hers a question asks about, most specific first (`factsAsked` without the cache, for a turn that asks). */
export function readFactsAsked(scenario: Scenario, text: string): string[] {
  // The customer answers what was asked: the question sentences (or the whole turn when the question
  // has no question mark). askedAbout words are matched as written and with a plural "s".
  const t = text.slice(0, 2000);
  const qs = sentences(t).map((s) => t.slice(s.start, s.end)).filter((s) => s.includes("?") || asksFor(s));
  // "Can I have the order number?" asks for her details (a `details` line answers it), not about her facts
  // (a request put as a statement asks only in its own clause: "If you can read me the meter, I'll hold the
  // direct debit" asks for the reading, not about the direct debit)
  const asking = (qs.length > 0 ? qs : [t])
    .filter((q) => !asksDetails(q))
    .map((q) => {
      if (q.includes("?")) return q;
      const m = ASKS_FOR.exec(lower(q));
      return m ? q.slice(m.index).replace(/^[,;:]\s*/, "").split(/[,;]|\s(?=i'll\b|i will\b|and i\b)/i)[0]! : q;
    });
  if (asking.length === 0) return [];
  // A fact is answered when the question is about it: a clause that only dates or places the question
  // ("did it start leaking straight after you bought it?") does not ask about the purchase.
  const whole = lower(asking.join(" "));
  // (a leading one ends at its comma: "Before I do, can I ask how long you've been with us?" asks how long)
  // (and at a colon: "One question before we go on: does anyone at home depend on it?" asks who depends on it; coherence round 23)
  const DATING = /\b(?:after|before|since|because|while|until|once)\s+(?:you|i|we|it|they|he|she|the|your|my|our)\b[^?.!,:;]*/g;
  // (so does a "when you…" clause after the question proper: "what were you told about offline when you signed
  // up?" asks what she was told, not when she signed up; "when did you sign up?" still asks the date)
  const WHEN_CLAUSE = /(\b(?:what|how|who|which|where|why|did|do|does|were|was|is|are|have|has|can|could)\b[^?.!]*?)(?<!\bhappen(?:ed|s)?|\bgo(?:es)?|\bwent|\bsee|\bsaw|\btell me|\btell us|\bknow|\bremember|\brecall|\bconfirm|\bcheck|\bsay|\bask)\s+when\s+(?:you|i|we|it|they|he|she)\b[^?.!]*/g;
  // ("what did the email say?", "what did you notice on the letter?" ask what it says, in the words a fact is asked about by)
  const low = whole
    // ("can I just tell you about some of our offers?" offers to tell her something; it asks nothing about her)
    .replace(/\b(?:can|could|may|shall) (?:i|we) (?:just |quickly |briefly )?(?:tell|show) you\b[^?.!]*/g, " ")
    .replace(DATING, " ")
    .replace(WHEN_CLAUSE, "$1 ")
    .replace(WHAT_IT_SAYS, "$& what does it say ")
    // ("What worries you most right now?", "what's bothering you most?": what she is worried about, what matters most to her)
    .replace(WORRY_Q, "$& worried matters most ")
    // ("what were you hoping Premium would let you do?": what she needs it for, what she expected)
    .replace(HOPED_Q, "$& what do you need expect ")
    // ("what's behind the move?", "how come?", "what prompted it?": why she is doing it, in other words)
    .replace(REASON_Q, "$& why reason ")
    // (an embedded question asks what the direct one asks: "can I ask what you need the app to do?" is "what do you need",
    // "tell me about what's happened" is "what happened", "is something due soon?" asks whether anything is due)
    .replace(EMBEDDED_Q, "$& $1 do you $2")
    .replace(/\bwhat(?:'s| has) happened\b/g, "$& what happened")
    .replace(/\bsomething\b/g, "$& anything");
  // The fact asked about most specifically comes first: "when do you need it working by?" asks about
  // the deadline ("need it"), not the purchase date ("when").
  const out: { id: string; len: number; i: number }[] = [];
  scenario.persona.facts.forEach((f, i) => {
    let len = 0;
    for (const k of f.askedAbout) {
      const kl = k.toLowerCase();
      // (a term that is itself such a clause, "before you bought", is read in the whole question)
      const where = /^(?:after|before|since|because|while|until|once)\s/.test(kl) ? whole : low;
      if (kl.length > len && (hasTerm(where, kl) || hasTerm(where, kl + "s"))) len = kl.length;
    }
    // "Is there a date you need a working machine by?" asks for her deadline (the fact naming the day it all
    // has to be done by), whatever words the question uses for the thing
    if (DEADLINE_Q.test(low) && DEADLINE_FACT.test(f.fact) && WEEKDAY.test(f.fact)) len = Math.max(len, 100);
    if (len > 0) out.push({ id: f.id, len, i });
  });
  // (only when no term matched as written: "send the old one back" for "send it back", not "use the club" for "use it")
  if (out.length === 0)
    scenario.persona.facts.forEach((f, i) => {
      const len = Math.max(0, ...f.askedAbout.map((k) => k.toLowerCase()).filter((k) => slotted(k)?.test(low)).map((k) => k.length));
      if (len > 0) out.push({ id: f.id, len, i });
    });
  return out.sort((a, b) => b.len - a.len || a.i - b.i).map((x) => x.id);
}
const EMBEDDED_Q = /\b(what|how|where|why) you (need|want|use|do|were (?:trying|told|doing)|saw|see|mainly use)\b/g;
const REASON_Q = /\b(?:what(?:'s| is| has| was)? (?:behind|prompted|prompting|driving|brought (?:this|that|it) on|led to)|what (?:brought|led|drove|pushed|prompted) you|how come)\b/g;
const WORRY_Q = /\bwhat(?:'s| is)? (?:worr(?:ies|ying)|concerns|is concerning|bothers|is bothering|matters)\b/g;
const HOPED_Q = /\bwhat (?:(?:were|are|was|did|do) you|you (?:were|are|was)) (?:hoping|hope|expecting|expect|wanting|want|need|needing)\b(?! (?:me|us) to\b)/g;
const WHAT_IT_SAYS = /\bwhat (?:did|does|do) (?:the|that|this|your) (?:email|letter|bill|statement|message|notice) (?:say|show|tell you)\b|\bwhat (?:the|that|this|your) (?:email|letter|bill|statement|message|notice) (?:said|says|showed|shows|told you)\b|\bwhat (?:did )?you (?:notice|noticed|spot|spotted|see|saw) (?:on|in) (?:the|that|this|your) (?:email|letter|bill|statement)\b/g;
/**
 * An askedAbout term with "it" after its verb ("send it back", "set it up", "use it for") stands for any short
 * thing named there: "did you manage to send the old one back?" asks what "did you send it back?" asks.
 */
const SLOTS = new Map<string, RegExp | null>();
function slotted(term: string): RegExp | null {
  let r = SLOTS.get(term);
  if (r === undefined) {
    const words = term.split(/\s+/);
    const at = words.indexOf("it");
    r =
      at > 0 && !/^(?:what|what's|why|how|who|where|when|which|is|does|did)$/.test(words[0]!)
        ? new RegExp(
            `\\b${words
              .map((w, i) => (i === at ? "(?:it|them|that|this|(?:the|your|that|this|my) (?:[a-z'-]+ ){0,2}[a-z'-]+)" : w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
              .join(" ")}\\b`,
          )
        : null;
    SLOTS.set(term, r);
  }
  return r;
}

/** A question asking for the day something has to be done by: "a date you need it by", "by when", "how soon". */
const DEADLINE_Q = /\b(?:need|needs|needed|have to have|want)\b[^?.!]{0,40}\bby\b(?!\s+(?:post|email|text|phone|card))|\bby when\b|\bdeadline\b|\bhow soon do you\b|\bis there a (?:date|day) (?:you|that)\b|\btiming[- ]wise\b|\b(?:anything|something) (?:due|coming out|going out)\b/;
/** A fact holding her deadline: a day and what hangs on it ("her rent leaves on Friday", "a party on Saturday"). */
const DEADLINE_FACT = /\b(?:matters|needs?|party|rent|bill|job|deadline|by then)\b/;
const WEEKDAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

/**
 * A yes/no question asking her to confirm something she can see or check now: "can you see it?", "do the photos
 * come up?", "is the mobile on the account the best number?". Answered with a yes, as anyone would.
 */
type Confirm = "see" | "works" | "right" | "nobody" | "follows" | "result";
function confirmAsked(text: string): Confirm | null {
  const t = text.slice(0, 2000);
  const q = sentences(t).map((sp) => lower(t.slice(sp.start, sp.end))).filter((x) => x.includes("?")).pop();
  if (!q) return null;
  if (/\b(?:can you see|have you (?:got|received) (?:it|that|the (?:email|text|code|message|link))|has (?:it|that|the (?:email|text|code|message|link)) (?:come|arrived|come through))\b/.test(q)) return "see";
  if (/\b(?:do|does|did) (?:it|they|that|the \w+|your \w+) (?:come up|show|load|open|work|appear)\b|\bis it (?:working|showing|there)\b/.test(q)) return "works";
  // ("…open that album, it should load. Did it?": the question is elliptical, what it asks is in the sentence before)
  // ("…Then turn on airplane mode and open the album. What do you see?": after steps to do now, she says what came up)
  if (/^(?:(?:and|so|now|okay|ok|right)[,.]?\s+)?what (?:do|can) you see(?: now| there| on (?:the|your) screen)?\s*\?$/.test(q.trim()) && sentences(t).some((sp) => STEP.test(lower(t.slice(sp.start, sp.end)).trim()))) return "result";
  if (/^(?:\w+[,.!]?\s+)?(?:and|so)?\s*(?:did|does|has|is) (?:it|that|they)(?: (?:work|load|open|come up))?\s*(?:now)?\?$/.test(q.trim()) && /\b(?:load|open|work|appear|show|come up)\w*\b/.test(lower(t))) return "works";
  // "Nobody's mentioned it to you, have they?", "Has anyone told you about…?": her answer is that nobody has
  if (/\b(?:nobody|no one|no-one)(?:'s| has| had| did)?\b[^?]*,\s*(?:have|has|did|had) (?:they|he|she|you)\?|\b(?:has|did|had) (?:anyone|anybody) (?:ever )?(?:told|mentioned|said|explained|offered)\b/.test(q)) return "nobody";
  // ("…switch on Wi-Fi Calling. Got it?": asked whether she follows, she says she does, not "I couldn't tell you")
  if (/^(?:\w+[,.]?\s+)?(?:(?:have you )?got (?:it|that|all that)|(?:does )?(?:that|it) make sense|(?:are you )?with me|(?:are you )?following(?: me)?|all clear|clear)\s*(?:so far)?\?$/.test(q.trim())) return "follows";
  if (/\bis (?:the|that|this|your) [^?]{0,40}\b(?:best|right|correct|still (?:the|your))\b|\b(?:have i got|did i get) (?:that|it|this) right\b|\b(?:have i|did i|i've) (?:understood|understand|heard|got) (?:that |it |this |you |all that |everything )?(?:right|correctly)\b|\bis that (?:right|correct)\b|^(?:\w+[,.]?\s+)?(?:is it |is that )?(?:the )?same (?:number|address|email|phone|mobile|one|details)\b[^?]*\?$/.test(q.trim())) return "right";
  return null;
}
/** A step naming what she should see: "You should see 'Keep on this device'", "you'll see a button that says 'Download'". */
const SHOULD_SEE = /\byou(?:'ll| will| should)(?: now)? see (?:a (?:button|switch|toggle|option) (?:that says |called |saying )?)?['‘"“]([^'’"”]{2,40})['’"”]/i;
const YES_TO: Record<Confirm, string[]> = {
  see: ["Yes, I can see it.", "Yes, it's come through.", "Yes, it's there."],
  works: ["Yes! They're there.", "Yes, it's working.", "It is, yes. There they are."],
  right: ["Yes, that's right.", "Yes, that's the one.", "That's right, yes."],
  nobody: ["No, nobody's said a word.", "No. That's the first I've heard of it.", "No, never. Nobody told me."],
  follows: ["Yes, got it.", "Yes, that makes sense.", "Got it, yes."],
  result: ["Hang on... it's come up. It's all there.", "Okay... yes, it's opened. It's working.", "Right... it's there. It's actually worked."],
};

/**
 * Plays one agent turn. Pure: returns a new state and leaves the given one untouched.
 * Free text is labelled by the analyser; `{ choiceId }` follows scenario.branching. A resolved call
 * can still be spoken to (every turn counts): a pitfall or a broken rule after resolution reopens it.
 */
/**
 * Whether this turn dealt with one worry (the deadline, the real concern): it names it (one of its topics, in a
 * sentence that is not a hypothetical or a technique salad) and does something about it that engaged: a technique
 * the worry asks for; for a worry a fix settles, an allowed remedy offered, or a fix (a date, a reason, a way
 * forward) that engaged in the very sentence naming it; or that sentence reassuring her outright ("the line won't be
 * stopped").
 *
 * A worry tied to an allowed remedy (one of its topics is that remedy's: the direct debit tomorrow and the hold) is
 * dealt with by that remedy, or by what engaged in the sentence naming it (an honest "I can't stop it, but…" is an
 * explanation there): a technique or some other remedy elsewhere in the turn, beside a sentence that only names the
 * worry ("I do understand tomorrow's direct debit is on your mind"), is empathy, not dealing with it (engine round 16).
 */
const DONE_ABOUT = /\b(?:i've|i have|we've|we have)\s+(?:just\s+|now\s+|already\s+|also\s+)?(?!noted|heard|understood|seen|listened|logged|flagged|made|taken|got|been|told|said|mentioned|written|read|felt|thought|explained)\w+(?:ed|en|t)\b/;
const LISTENING = new Set<string>(["reflection", "empathy", "apology"]);
/** The dreaded thing said to go ahead: "will collect as normal", "still goes out tomorrow", "will be taken anyway". */
const DREAD_GOES_AHEAD = /\b(?:as (?:normal|usual|planned|scheduled)|anyway|regardless|(?:will|'ll|is going to|still)\s+(?:still\s+)?(?:go|come|be taken|leave|collect|come out|go out)\b(?![^.?!]{0,40}\b(?:unless|until|if you)\b)(?=[^.?!]*\b(?:tomorrow|as normal|as usual|anyway)\b))/;
/**
 * The same, hedged, with the day said before it: "The direct debit's due tomorrow so it'll probably still go out, but any
 * overpayment would be credited back later on" (engine round 26, C33's mediocre abusive-caller call): the agent expects
 * what she dreads to happen and does nothing to stop it. Not with a condition that stops it ("…unless I put it on hold").
 */
const DREAD_HEDGED = /\b(?:will|'ll|is going to|would)\s+(?:probably|likely|most likely|almost certainly|still)\s+(?:still\s+)?(?:go|come|be taken|leave|collect|come out|go out)\b(?![^.?!]{0,40}\b(?:unless|until|if you)\b)/;
const DREAD_DAY = /\b(?:tomorrow|as normal|as usual|anyway)\b/;
function dreadGoesAhead(l: string): boolean {
  return DREAD_GOES_AHEAD.test(l) || (DREAD_HEDGED.test(l) && DREAD_DAY.test(l));
}
/** A question asking her for something so that the agent can then act: "Could you give me the tracking number so I can open a claim?" */
const ASKS_SO_I_CAN = /\b(?:could|can|would|will) you (?:please |just |kindly )?(?:give|read|tell|send|confirm|provide|share|pass)\b[^?]*\b(?:so (?:that )?(?:i|we)(?: can|'ll| will| could)|then (?:i|we)(?: can|'ll| will)|(?:for|before) (?:i|we) can)\b[^?]*\?/;
function asksSoICan(sentence: string): boolean {
  return ASKS_SO_I_CAN.test(lower(sentence));
}
function concernDealtWith(
  scenario: Scenario,
  c: Scenario["engine"]["concerns"][number],
  assessment: Assessment,
  offers: readonly { remedyId: string; quote?: string }[],
  offeredBefore: readonly string[],
): boolean {
  const fixes = c.by.some((l) => FIX_SET.has(l));
  const named = assessment.sentences.filter((s) => !s.conditionalOnly && !s.salad && s.topics.some((t) => c.topics.includes(t)));
  if (named.length === 0) return false;
  // "And wifi calling would stop the calls dropping at home. I can switch it on now.": the sentence straight after
  // the one naming the worry that acts on it by a pronoun ("switch it on", "put that on hold") acts on what it named
  const naming = [
    ...named,
    ...assessment.sentences.filter((s, i) => i > 0 && named.includes(assessment.sentences[i - 1]!) && !named.includes(s) && !s.salad && actsOnIt(s.text)),
  ];
  const within = (cr: { span: { start: number; end: number } }, s: { start: number; end: number }) => cr.span.start < s.end && cr.span.end > s.start;
  // (an explanation deals with a worry only one the scenario says an explanation answers: "Dean didn't know how to raise the order,
  // which is why there's nothing on the system" says why it went wrong, not that this time will be different; engine round 29)
  const fixHere = (s: { start: number; end: number }) =>
    assessment.credits.some((cr) => cr.engaged && FIX_SET.has(cr.label) && (cr.label !== "explanation" || c.by.includes("explanation")) && within(cr, s));
  // ("The direct debit will collect as normal tomorrow, and any overpayment will be credited back": a sentence saying
  // the thing she dreads goes ahead as planned tells her what happens, and deals with nothing (lead, round 23))
  // (nor does a sentence that hands the remedy on for later with no time of its own, "I'll raise a request for a
  // replacement and the delivery team will contact you to arrange a date": that is the promise she had last time, lead round 24)
  const vague = (t: string) => {
    const l = lower(t);
    return VAGUE_NEXT.test(l) && !TIME_GIVEN.test(l);
  };
  // (nor a question asking her for something so the agent can act, "Could you give me the tracking number so I can open a
  // claim?": nothing is done until she answers, and what she asked about is where it stands; engine round 27, C34-40)
  const acting = naming.filter((s) => !dreadGoesAhead(lower(s.text)) && !vague(s.text) && !asksSoICan(s.text));
  if (acting.some((s) => reassures(s.text))) return true;
  if (fixes && acting.some(fixHere)) return true;
  const allowed = new Set(scenario.policy.allowed.map((r) => r.id));
  const tied = scenario.engine.topics.filter((t) => c.topics.includes(t.id) && t.remedy && allowed.has(t.remedy)).map((t) => t.remedy!);
  if (tied.length > 0) {
    // (an offer made in such a vague sentence, "I've asked for a replacement, and the team will get back to you about when", too)
    const inVague = (o: { quote?: string }) => !!o.quote && assessment.sentences.some((s) => s.text.includes(o.quote!) && vague(s.text));
    if (offers.some((o) => tied.includes(o.remedyId) && !inVague(o)) || tied.some((r) => offeredBefore.includes(r))) return true;
    // the sentence naming it says it is done ("Wi-Fi Calling: I've switched it on for you"), not merely noted
    if (acting.some((s) => DONE_ABOUT.test(lower(s.text)) && !notesOnly(s.text))) return true;
    return assessment.credits.some((cr) => cr.engaged && c.by.includes(cr.label) && !LISTENING.has(cr.label) && acting.some((s) => within(cr, s)));
  }
  return assessment.credits.some((cr) => cr.engaged && c.by.includes(cr.label) && (!fixes || (!LISTENING.has(cr.label) && acting.some((s) => within(cr, s))))) || (fixes && offers.length > 0 && !assessment.salad);
}

/** Whether the scenario's rule of this id forbids blaming a colleague ("Do not blame the previous agent"). */
function blameRule(scenario: Scenario, ruleId: string): boolean {
  return !!scenario.policy.forbidden.find((f) => f.id === ruleId)?.breachWhen.some((w) => w.kinds.includes("blame-colleague"));
}

/**
 * Remedies offered earlier in this call, less those only offered in a sentence that says no time and leaves it to come ("I'll
 * make sure your sofa arrives", "I'll call you back as soon as I have an update"): the promise with nothing behind it does not
 * answer, later, a worry that asks for a day, a time or a name (engine round 29, C38-28).
 */
function firmlyOffered(state: ConversationState): string[] {
  const firm = new Set<string>();
  for (const t of state.turns) {
    for (const o of t.offers ?? []) {
      const at = o.quote ? t.agentText.indexOf(o.quote) : -1;
      const l = at >= 0 ? lower(sentenceAround(t.agentText, { start: at, end: at + o.quote.length })) : "";
      if (!(VAGUE_NEXT.test(l) && !TIME_GIVEN.test(l))) firm.add(o.remedyId);
    }
  }
  return state.offered.filter((r) => firm.has(r));
}

/**
 * A worry about a day (her rent on Friday, the party on Saturday, the drill for Thursday) answered by her money or goods
 * promised sooner than that day, though the rule forbids promising it ("I'll get that £59.98 straight back in your account
 * today", "I've approved the full refund to your card now"): she does not know the policy, and what she hears is the thing
 * there before her day, whether or not the sentence names the day; the score fails the call for the breach. The days are the
 * commitment reader's, counted from the call; with no call day, only "today" or "now" is surely before a weekday she names
 * (engine round 28: C36-15, C34-03; round 27 let such a promise settle her once her worries were dealt with).
 */
function promisedBefore(scenario: Scenario, c: Scenario["engine"]["concerns"][number], promised: readonly { days: number }[] | undefined, intensity: Intensity): boolean {
  if (!promised || promised.length === 0 || !c.raise) return false;
  const day = WEEKDAY.exec(lineText(c.raise, intensity))?.[0]?.toLowerCase();
  if (!day) return false;
  const callDay = scenario.policy.callDay ? DAY_NAMES.indexOf(scenario.policy.callDay) : -1;
  const due = callDay >= 0 ? (DAY_NAMES.indexOf(day) - callDay + 7) % 7 || 7 : 1;
  return promised.some((p) => p.days < due);
}

export function takeTurn(scenario: Scenario, state: ConversationState, input: AgentInput): TakeTurnResult {
  if (state.scenarioId !== scenario.id) {
    throw new RoleplayInputError(`state belongs to scenario "${state.scenarioId}", not "${scenario.id}"`);
  }
  const gone = state.outcome === "escalated" || state.outcome === "ended" || state.nodeId === null;
  if (gone || (state.outcome === "resolved" && state.nodeId !== undefined)) {
    throw new RoleplayInputError("the conversation has already ended");
  }
  if (typeof input === "object" && input !== null) {
    if (state.outcome !== "ongoing") throw new RoleplayInputError("the conversation has already ended");
    return takeChoice(scenario, state, String(input.choiceId));
  }
  const text = typeof input === "string" ? input : String(input ?? "");
  return takeText(scenario, upgrade(scenario, state), text);
}

/** States saved before the customer model knew about concerns, offers and abuse get their defaults. */
function upgrade(scenario: Scenario, s: ConversationState): ConversationState {
  if (s.concernsMet && s.abuse && s.offered && s.concernsRaised) return s;
  return {
    ...s,
    concernsMet: s.concernsMet ?? scenario.engine.concerns.map(() => false),
    concernsRaised: s.concernsRaised ?? [],
    offered: s.offered ?? [],
    abuse: s.abuse ?? { warned: false, afterWarning: 0, last: scenario.customerType === "abusive" },
  };
}

/**
 * `xs.push(x)` for the arrays takeText copies from the state. Copied from an empty state array, they start as
 * V8's small-integer arrays, and an inlined push of a string into one deoptimised takeText on every call
 * without ever learning better; a store by index records the change of element kind and is optimised once.
 */
function append<T>(xs: T[], x: T): void {
  xs[xs.length] = x;
}

function heardSoFar(state: ConversationState, scenario: Scenario): string[] {
  const facts = scenario.persona.facts.filter((f) => state.revealedFacts.includes(f.id)).map((f) => f.customerLine);
  const lines = state.turns.map((t) => t.customerLine).filter(Boolean);
  // the stems stand in for lines a server dropped from the stored state; the last line stays last
  return [state.openingLine, ...facts, ...lines];
}
const HEARD_MAX = 400;

/** The stems the state kept, as a set, per kept array (each turn makes a new array; a replay reads each once). */
const HEARD_SETS = new WeakMap<readonly string[], Set<string>>();
/**
 * Everything the customer has said, as stems: the state's kept stems (every customer line's, added as she
 * says it) and the opening and facts, which are never added there. Only `has` is needed, so nothing is copied.
 */
/**
 * Speed round 25: the set a turn made its kept stems from, kept for them, so the next turn does not build it again. Only
 * when nothing was cut: then the set holds exactly the array's stems, as `new Set(kept)` would. Not changed after.
 */
function keepHeardSet(kept: readonly string[], heard: Set<string>): void {
  if (heard.size === kept.length) HEARD_SETS.set(kept, heard);
}
function heardStemsOf(state: ConversationState, heardLines: string[]): { has(stem: string): boolean } {
  const kept = state.heardStems ?? [];
  let base = HEARD_SETS.get(kept);
  if (!base) HEARD_SETS.set(kept, (base = new Set(kept)));
  // her lines are all in the kept stems unless the kept list was cut at HEARD_MAX (or a state came without it)
  const said = state.turns.filter((t) => t.customerLine).length;
  const lines = kept.length >= HEARD_MAX || !state.heardStems ? heardLines : heardLines.slice(0, heardLines.length - said);
  const extra = new Set<string>();
  for (const h of lines) for (const w of contentStems(h)) if (!base.has(w)) extra.add(w);
  const b = base;
  return { has: (stem) => b.has(stem) || extra.has(stem) };
}

/** Labels already computed, by text (the analyser is a pure function of the words): replays and reruns look them up. */
/** Kept with each text's labels: the hits with their spans already snapped to whole words (shared: copy the array before changing it). */
type Labelled = ReturnType<typeof label> & { snapped: readonly LabelHit[] };
const LABEL_CACHE = new Map<string, Labelled>();
const LABEL_CACHE_MAX = 5_000;
function labelOnce(text: string): Labelled {
  const hit = LABEL_CACHE.get(text);
  if (hit) return hit;
  const l = label(text);
  const r: Labelled = { ...l, snapped: [...l.techniques, ...l.pitfalls].map((h) => ({ ...h, span: snapSpan(text, h.span) })) };
  if (LABEL_CACHE.size >= LABEL_CACHE_MAX) LABEL_CACHE.delete(LABEL_CACHE.keys().next().value!);
  LABEL_CACHE.set(text, r);
  return r;
}

/**
 * The taxonomy's moves read by their definitions where the analyser saw none (a pure function of the scenario
 * and the words, so kept per text): solution (an allowed offer the commitment reader found, or an offer put as
 * a question about one of the call's remedies), expectation, follow-up and explanation.
 */
const DEFINITION_HITS = new WeakMap<Scenario, Map<string, LabelHit[]>>();
/** Words that name how something is for someone: "stressful", "worrying", "that's really hard". */
const FEELING =
  /\b(?:stressful|stressed|frustrat(?:ing|ed)|worr(?:ying|ied)|upsetting|upset|infuriating|maddening|embarrass(?:ing|ed)|awful|horrible|distressing|scary|frightening|frightened|anxious|exhausting|unsettling|gutting|miserable|heartbreaking)\b|\b(?:that's|that is|this is|it's|it is|must be|sounds|must have been|has been)\s+(?:an?\s+)?(?:(?:really|so|very|incredibly|properly|genuinely)\s+)?(?:hard|difficult|tough)\b(?!\s+(?:to\b|for me\b))/;
/**
 * A feeling waved away, denied or made light of ("don't worry", "it isn't stressful", "stop worrying", "not worth
 * getting this stressed over", "stressful for everyone"), or a hypothetical.
 */
const FEELING_DENIED =
  /\b(?:don't|do not|no need to|nothing to|not to|never|isn't|wasn't|won't|not|stop|too|no point)\s+(?:\w+\s+){0,3}(?:be\s+)?(?:stressful|stress\w*|frustrat\w*|worr\w*|upset\w*|anxious|scary|hard|difficult)\b|\bfor (?:everyone|everybody|anyone)\b/;
/** A statement naming how this is for her (see `definitionHits`). */
export function namesFeeling(sentence: string): boolean {
  const low = lower(sentence);
  if (low.includes("?") || /^\W*(?:if|unless)\b/.test(low) || /\bsorry (?:if|that) you feel\b|\bfeel that way\b/.test(low)) return false;
  return FEELING.test(low) && !FEELING_DENIED.test(low);
}

/** Her situation said back to her: "(yes,|so|I can see) you were charged twice", "you've been left without…". */
const PUTS_BACK = /^\W*(?:(?:yes|yeah|right|so|ok|okay|i can see|i see|i can see that|looking at it|looking at this)\W+)*(?:you were|you've been|you have been|you got|you've had|you have had|you paid|you've paid)\b/;

function definitionHits(scenario: Scenario, text: string, hits: readonly LabelHit[], commitments: ReturnType<typeof readTurn>): LabelHit[] {
  let m = DEFINITION_HITS.get(scenario);
  if (!m) DEFINITION_HITS.set(scenario, (m = new Map()));
  const hit = m.get(text);
  if (hit) return hit;
  const out: LabelHit[] = [];
  const has = (f: (h: LabelHit) => boolean) => hits.some(f) || out.some(f);
  // (an offer put as a question counts: "Want me to walk you through wifi calling?", "Shall I book the engineer?")
  if (commitments.offers.length === 0 && !has((h) => h.label === "solution")) {
    const ask = sentences(text).find((sp) => {
      const low = lower(text.slice(sp.start, sp.end));
      return OFFERS_TO.test(low) && topicsIn(scenario, low).some((t) => scenario.engine.topics.find((x) => x.id === t)?.remedy);
    });
    if (ask) out.push({ label: "solution", span: snapSpan(text, { start: ask.start, end: ask.end, text: "" }) });
  }
  if (commitments.offers.length > 0 && !has((h) => h.label === "solution")) {
    const o = commitments.offers[0]!;
    const at = text.indexOf(o.quote);
    if (at >= 0) out.push({ label: "solution", span: snapSpan(text, { start: at, end: at + o.quote.length, text: "" }) });
  }
  // - expectation, "what will happen next and when": an allowed offer the reader found with its time, or a
  //   sentence about this call saying what is done or will happen and when ("I've paused the account for 60
  //   days, so nothing more will be sent");
  const timed = commitments.offers.find((o) => o.date);
  const turnSents = sentences(text);
  if (!has((h) => h.label === "expectation")) {
    const at = timed ? text.indexOf(timed.quote) : -1;
    if (at >= 0) out.push({ label: "expectation", span: snapSpan(text, { start: at, end: at + timed!.quote.length, text: "" }) });
    else {
      const next = turnSents.find((sp) => saysWhatNextAndWhen(text.slice(sp.start, sp.end)) && topicsIn(scenario, lower(text.slice(sp.start, sp.end))).length > 0);
      if (next) out.push({ label: "expectation", span: snapSpan(text, { start: next.start, end: next.end, text: "" }) });
    }
  }
  // - escalation, "offering to involve a supervisor, specialist or another team who can do more": the team the
  //   policy allows handing her to, named in a sentence where someone will do (or has done) something ("the
  //   account will be looked after by our bereavement support team", "I'm referring it to them today"),
  //   not asked about or supposed
  if (!has((h) => h.label === "escalation")) {
    const teams = new Set(scenario.policy.allowed.filter((r) => r.kind === "escalation").map((r) => r.id));
    const byTopic = teams.size === 0 ? undefined : turnSents.find((sp) => {
      const low = lower(text.slice(sp.start, sp.end));
      if (low.includes("?") || /^\W*(?:if|unless)\b|\bwish\b/.test(low)) return false;
      return DONE_OR_COMING_ACT.test(low) && topicsIn(scenario, low).some((t) => teams.has(scenario.engine.topics.find((x) => x.id === t)?.remedy ?? ""));
    });
    const offer = commitments.offers.find((o) => teams.has(o.remedyId));
    const at = offer ? text.indexOf(offer.quote) : -1;
    if (at >= 0) out.push({ label: "escalation", span: snapSpan(text, { start: at, end: at + offer!.quote.length, text: "" }) });
    else if (byTopic) out.push({ label: "escalation", span: snapSpan(text, { start: byTopic.start, end: byTopic.end, text: "" }) });
  }
  // - follow-up, "committing to check back later": "I'll ring you on Thursday", "would it help if I called you next week?"
  if (!has((h) => h.label === "follow_up")) {
    const back = turnSents.find((sp) => checksBackLater(text.slice(sp.start, sp.end)));
    if (back) out.push({ label: "follow_up", span: snapSpan(text, { start: back.start, end: back.end, text: "" }) });
  }
  // - explanation, "why something happened or why a rule exists": a reason given ("because…", "the reason
  //   is…") about something of this call, beyond citing the rule itself.
  if (!has((h) => h.label === "explanation")) {
    const why = sentences(text).find((sp) => {
      const sent = text.slice(sp.start, sp.end);
      return givesReason(sent) && (topicsIn(scenario, lower(sent)).length > 0 || factRestated(scenario, sent) !== undefined);
    });
    if (why) out.push({ label: "explanation", span: snapSpan(text, { start: why.start, end: why.end, text: "" }) });
  }
  // - empathy, "naming or validating what the customer feels or is going through": a statement that names how
  //   this is for her ("a parcel marked delivered that isn't there, when you need it for work, is properly
  //   stressful"); not a question, a hypothetical, or a feeling waved away ("don't worry"). Whether it is about
  //   her (her words or the call's topics) is the substance check's, as for the analyser's empathy.
  if (!has((h) => h.label === "empathy")) {
    // (a sentence the analyser read as a pitfall, "you're a nightmare", "moving's stressful for everyone", is not one)
    const pit = hits.filter((h) => PITFALL_SET.has(h.label));
    const feel = turnSents.find((sp) => namesFeeling(text.slice(sp.start, sp.end)) && !pit.some((h) => h.span.start < sp.end && h.span.end > sp.start));
    if (feel) out.push({ label: "empathy", span: snapSpan(text, { start: feel.start, end: feel.end, text: "" }) });
  }
  // "I can transfer them to our York club at no cost. Or I can transfer them to another person once, for free.": two
  // remedies the policy allows, offered as alternatives ("or"), are "giving a real choice" (options) where the analyser
  // read only a solution; whether they are this call's remedies is the substance check's
  if (!has((h) => h.label === "options")) {
    const offers = commitments.offers;
    const second = offers.find((o) => o.remedyId !== offers[0]?.remedyId);
    if (offers[0] && second) {
      const a = text.indexOf(offers[0].quote);
      const b = text.indexOf(second.quote);
      if (a >= 0 && b > a && /\bor\b/i.test(text.slice(a + offers[0].quote.length, b + 4))) {
        out.push({ label: "options", span: snapSpan(text, { start: a, end: b + second.quote.length, text: "" }) });
      }
    }
  }
  // "Or, if you'd rather, the remaining months can go to someone else", "Alternatively, …", "Another option is…": one more
  // alternative, naming a remedy of this call, set beside what went before, is put as a choice (options) where the analyser
  // read none; whether there is anything on offer beside it is the substance check's (engine round 22)
  if (!has((h) => h.label === "options")) {
    const alt = turnSents.find((sp) => {
      const low = lower(text.slice(sp.start, sp.end));
      return /^\W*(?:or|alternatively)\b|^\W*(?:another|the other) (?:option|way|choice|alternative)\b/.test(low) && topicsIn(scenario, low).some((t) => scenario.engine.topics.find((x) => x.id === t)?.remedy);
    });
    if (alt) out.push({ label: "options", span: snapSpan(text, { start: alt.start, end: alt.end, text: "" }) });
  }
  // "Yes, you were charged £34.99 twice on Sunday.": her concern put back to her in the agent's words, naming what the
  // call is about, is reflection by the definition ("paraphrasing the customer's concern in your own words") where the
  // analyser saw none; whether it picked up her words is the substance check's
  if (!has((h) => h.label === "reflection")) {
    const pit = hits.filter((h) => PITFALL_SET.has(h.label));
    const back = turnSents.find((sp) => {
      const low = lower(text.slice(sp.start, sp.end));
      return !low.includes("?") && PUTS_BACK.test(low) && topicsIn(scenario, low).length > 0 && !pit.some((h) => h.span.start < sp.end && h.span.end > sp.start);
    });
    if (back) out.push({ label: "reflection", span: snapSpan(text, { start: back.start, end: back.end, text: "" }) });
  }
  // "Sorry, Margaret, that was blunt of me": an apology by the definition ("owning what went wrong") that the
  // analyser, reading the rest of the sentence, did not label; whether it is about this call is the substance
  // check's (it is when the agent's last turn slipped)
  if (!has((h) => h.label === "apology")) {
    const own = turnSents.find((sp) => apologisesForOwnWords(text.slice(sp.start, sp.end)));
    if (own) out.push({ label: "apology", span: snapSpan(text, { start: own.start, end: own.end, text: "" }) });
  }
  if (m.size >= 2_000) m.clear();
  m.set(text, out);
  return out;
}

/** Whether a sentence of the turn other than `except`, read on its own, is rude. */
function rudeElsewhere(text: string, except: string): boolean {
  return sentences(text.slice(0, 2000)).some((sp) => {
    const s = text.slice(sp.start, sp.end);
    return s.trim() !== except.trim() && !warnsOfEnding(s) && labelOnce(s).snapped.some((x) => x.label === "rude");
  });
}
/** The span of a sentence outside `outside` that, read on its own, is rude (the first), for quoting it. */
function rudeSentenceOutside(text: string, outside: readonly { start: number; end: number }[]): { start: number; end: number; text: string } | undefined {
  for (const sp of sentences(text.slice(0, 2000))) {
    if (outside.some((o) => sp.start < o.end && sp.end > o.start)) continue;
    const s = text.slice(sp.start, sp.end);
    if (!warnsOfEnding(s) && labelOnce(s).snapped.some((x) => x.label === "rude")) return snapSpan(text, { start: sp.start, end: sp.end, text: s });
  }
  return undefined;
}

/**
 * Speed round 25: what a turn asked of the scenario's content alone, worked out once per scenario: whether a technique or
 * pitfall has no effect on her (`inert`), and whether a line of hers rests on details asked for (`detailsLines`).
 */
const SCENARIO_FACTS = new WeakMap<Scenario, { inert: boolean; detailsLines: boolean }>();
function scenarioFacts(scenario: Scenario): { inert: boolean; detailsLines: boolean } {
  let f = SCENARIO_FACTS.get(scenario);
  if (f === undefined) {
    f = {
      inert: Object.entries(scenario.engine.effects).some(([l, v]) => v === 0 && !PITFALL_SET.has(l)),
      detailsLines: MOOD_GROUPS.some((g) => scenario.lines[g].some((l) => whenOf(l)?.details)),
    };
    SCENARIO_FACTS.set(scenario, f);
  }
  return f;
}
/**
 * Speed round 25: how many words her opening splits into (`split(/\s+/).length`), per opening. Her words so far, the opening
 * and her lines joined by spaces, split into at least as many (adding text never joins two runs of spaces into one), so an
 * opening of 20 words has told it all without joining the rest.
 */
const openingWords = keptPerText((opening: string) => opening.split(/\s+/).length, 1_000);
/**
 * Speed round 25: her first line of the mood groups (calmer, same, angrier, in that order) whose words at an intensity are
 * `text`, as `MOOD_GROUPS.flatMap((g) => scenario.lines[g]).find((l) => lineText(l, intensity) === text)` finds it, from a
 * table made once per scenario and intensity.
 */
const MOOD_LINES = new WeakMap<Scenario, Map<Intensity, Map<string, CustomerLine>>>();
export function moodLineOf(scenario: Scenario, intensity: Intensity, text: string): CustomerLine | undefined {
  let m = MOOD_LINES.get(scenario);
  if (m === undefined) MOOD_LINES.set(scenario, (m = new Map()));
  let byText = m.get(intensity);
  if (byText === undefined) {
    byText = new Map();
    for (const g of MOOD_GROUPS) for (const l of scenario.lines[g]) if (!byText.has(lineText(l, intensity))) byText.set(lineText(l, intensity), l);
    m.set(intensity, byText);
  }
  return byText.get(text);
}
/** Speed round 25: whether the turn (its first 2,000 characters) has a dig at her in it (`PUT_DOWNS`), kept per text. */
export const digsAtHer = keptPerText((text: string) => {
  const t = text.slice(0, 2000);
  return PUT_DOWNS.some((re) => re.test(t));
});
/** For tests (speed round 25): the largest size of each cache the round added (each is bounded; see each cache's comment). */
export function speedR25CacheSizes(scenario: Scenario): Record<string, number> {
  return {
    factsAsked: factsAskedKept.size(scenario),
    topicsAsked: topicsAskedIn.size(scenario),
    thankedTurns: thankedByTurn.size(),
    thankedEarlier: thankedNow === undefined ? 0 : thankedByTurn(thankedNow).size(),
    ruledOut: withoutRuledOut.size(),
    digs: digsAtHer.size(),
    openings: openingWords.size(),
  };
}
function takeText(scenario: Scenario, state: ConversationState, text: string): TakeTurnResult {
  const res = labelOnce(text);
  const hits: LabelHit[] = res.snapped.slice();
  const commitments = withCallTotals(
    scenario,
    state.turns.filter((t) => !t.choiceId).map((t) => t.agentText),
    readTurn(scenario, text, state.turns.map((t) => t.agentText)),
  );
  const before = state.tension;
  const wasResolved = state.outcome === "resolved";
  // (a request for something she can tell, "read me the tracking number", asks as much as a question does)
  const isQuestion = /\?/.test(text) || res.techniques.some((h) => h.label === "open_question") || sentences(text).some((sp) => asksFor(text.slice(sp.start, sp.end)));
  // ("Can you tell me a bit more about it?": an open invitation to tell her story asks about the first fact she has not told)
  // (not inside a recited script: "Open question: what, how, tell me more?")
  const tellMore =
    isQuestion && (lower(text).match(TECHNIQUE_NAMES) ?? []).length < 2 && (lower(text).match(TECHNIQUE_LABEL) ?? []).length === 0 && !listSalad(text) &&
    // (asked as her one question, "Can you tell me a bit more about it?"; not "What can I do? How can I help? Tell me more.")
    (() => {
      const qs = sentences(text.slice(0, 2000)).map((sp) => lower(text.slice(sp.start, sp.end))).filter((x) => x.includes("?"));
      return qs.length === 1 && TELL_MORE.test(qs[0]!);
    })();
  // (coherence round 22) a question the author answered in a pause of the turn ("Can you read me the tracking number? ...
  // Perfect, thank you.") is answered: she does not read it out again; only what is asked after the pause is hers to answer
  const gapAsked = beforeAnsweredGap(text);
  const afterGap = gapAsked !== undefined ? text.slice(gapAsked.length).replace(GAP_ANSWERED, "") : text;
  // (the facts the turn asked about, and so brought out, are as before for the score and the state: the agent asked and had
  // the answer; what changes is only what she says aloud, `askedAloud` and `factsAloud`)
  const asked0 = factsAsked(scenario, text, isQuestion);
  const askedAfterGap =
    gapAsked !== undefined ? factsAsked(scenario, afterGap, /\?/.test(afterGap) || sentences(afterGap).some((sp) => asksFor(afterGap.slice(sp.start, sp.end)))) : undefined;
  const asked = asked0.length === 0 && tellMore ? scenario.persona.facts.filter((f) => !state.revealedFacts.includes(f.id)).slice(0, 1).map((f) => f.id) : asked0;
  // She answers the fact the question asks about most specifically: when she has told it already ("Have
  // you got the reading?" after she read it out), she says so rather than bring out a lesser fact.
  const newFacts = asked.length > 0 && !state.revealedFacts.includes(asked[0]!) ? [asked[0]!] : [];
  const askedAloud = askedAfterGap === undefined ? asked : asked.filter((f) => askedAfterGap.includes(f));
  const factsAloud = askedAfterGap === undefined ? newFacts : newFacts.filter((f) => askedAfterGap.includes(f));
  // An open question is one the customer answers in their own words: a wh-question ("which album did
  // you try to open first?", "can I ask what's taking you away?") that brought out a fact is one,
  // whether or not the analyser saw it.
  if (newFacts.length > 0 && !hits.some((h) => h.label === "open_question")) {
    const q = sentences(text).find((s) => {
      const low = lower(text.slice(s.start, s.end));
      // "Can I ask one thing, purely so I can feed it back: what's made you decide to go?"; "Is there any other reason
      // you're leaving?" asks why in a yes/no frame, and she gives her reason in her own words ("Was it mainly price?"
      // offers her the answer, and stays closed)
      return /\?/.test(low) && (OPEN_Q.test(low) || ASKS_REASON.test(low) || /[:,;]\s*(?:what|which|how|why|when|where|who)\b/.test(low));
    });
    if (q) hits.push({ label: "open_question", span: snapSpan(text, { start: q.start, end: q.end, text: "" }) });
  }
  const heardLines = heardSoFar(state, scenario);
  // The taxonomy's moves in the agent's own words, where the analyser saw none:
  // - reflection, "paraphrasing the customer's concern in your own words so they can hear that you have
  //   understood it": a sentence confirming her account ("I can see the bill and you're right, it's
  //   estimated") that names two things she raised;
  // - solution, "a concrete remedy": a remedy the policy allows that the commitment reader found offered;
  const heardStemSet = heardStemsOf(state, heardLines);
  // - open question, "a clarifying question that invites the customer to explain in their own words (what,
  //   how…)": a wh-question about her ("out of interest, what's pushing you to leave?") that builds on what she
  //   said (her words or the call's topics), even when its answer is something she has already told
  if (newFacts.length === 0 && !hits.some((h) => h.label === "open_question")) {
    const q = sentences(text).find((sp) => {
      const sent = text.slice(sp.start, sp.end);
      const low = lower(sent);
      if (!/\?/.test(low) || asksDetails(sent)) return false;
      // (about her: it says "you", or asks about her situation in the third person, "what's behind the move?", "who's the
      // letter addressed to?", not about what the agent might do, "what else can I do?")
      const wh = low.slice(Math.max(0, low.search(/\b(?:what|which|how|why|when|where|who)\b/))).split(/[,;:]/)[0]!;
      if (!/\b(?:you|your|you're|you've)\b/.test(low) && /\b(?:i|we)\b/.test(wh)) return false;
      if (!(OPEN_Q.test(low) || /[:,;]\s*(?:what|which|how|why)\b/.test(low))) return false;
      // (what it asks about is read from the question word on: "out of interest" asks about nothing)
      const asked = low.slice(low.search(/\b(?:what|which|how|why|when|where|who)\b/));
      return [...contentStems(asked)].some((w) => heardStemSet.has(w)) || topicsIn(scenario, asked).length > 0;
    });
    if (q) hits.push({ label: "open_question", span: snapSpan(text, { start: q.start, end: q.end, text: "" }) });
  }
  if (!hits.some((h) => h.label === "reflection" || h.label === "empathy")) {
    const heardTopics = new Set<string>();
    for (const h of heardLines) for (const t of topicsIn(scenario, lower(h))) heardTopics.add(t);
    const r = sentences(text).find((sp) => restatesAccount(scenario, text.slice(sp.start, sp.end), heardStemSet, heardTopics));
    if (r) hits.push({ label: "reflection", span: snapSpan(text, { start: r.start, end: r.end, text: "" }) });
  }
  hits.push(...definitionHits(scenario, text, hits, commitments));
  const assessment = assessTurn(
    scenario,
    {
      heard: heardLines,
      heardStems: state.heardStems,
      heardSet: heardStemSet,
      settled: state.outcome === "resolved" || (state.needsMet.every(Boolean) && state.concernsMet.every(Boolean)),
      said: state.phraseUses,
      // a limit answers abuse in this call: his last line, or the abuse he opened with while no limit had
      // been set (the taxonomy's boundary names a limit on abusive language; the abusive caller's opening is that)
      abusedLast: state.abuse.last || (scenario.customerType === "abusive" && !state.abuse.warned),
      askedBefore: (state.labelUses.open_question ?? 0) > 0,
      slippedLast: (state.turns[state.turns.length - 1]?.labels ?? []).some((h) => PITFALL_SET.has(h.label)),
      offers: [...commitments.offers, ...commitments.explains],
      committed: commitments.offers,
      revealed: newFacts,
      offeredBefore: state.offered,
    },
    text,
    hits,
  );
  // A list of remedies most of which this call does not have (an engineer, a direct debit hold and a
  // membership transfer on a photo-app call) answers no one in particular: its fixes earn nothing.
  const foreign = commitments.foreign ?? 0;
  if (foreign >= 2 && foreign > new Set(commitments.offers.map((o) => o.remedyId)).size) {
    assessment.wall = true;
    for (const c of assessment.credits) {
      if (!c.engaged || !FIX_SET.has(c.label)) continue;
      c.engaged = false;
      c.why = `${quote(c.span.text, 50)} came in a list of remedies this call does not have, which reads as a script rather than an answer to them`;
    }
  }
  // A refusal with nothing offered instead is a wall, however it is worded: its fix-like sentences
  // ("you're outside the 30-day window, so there's nothing I can do") earn nothing. A refusal followed by a promise
  // the policy forbids ("it can't normally be refunded, but I'll make an exception just this once") does not stop
  // there: it gives her what she asked for, which pleases her now and fails the score on the broken rule.
  const walled = commitments.refusals.length > 0 && commitments.offers.length === 0 && commitments.breaches.length === 0;
  if (walled) {
    for (const c of assessment.credits) {
      if (!c.engaged || !["solution", "options", "explanation", "expectation", "ownership"].includes(c.label)) continue;
      const r = commitments.refusals.find((x) => {
        const at = text.indexOf(x.quote);
        const sent = assessment.sentences.find((s) => at >= s.start && at < s.end);
        return !!sent && c.span.start < sent.end && c.span.end > sent.start;
      });
      if (!r) continue;
      // "The reason I can't refund the months is that the annual rate is a discount for paying up front":
      // a refusal that gives its reason is the explanation the policy asks for, not a wall.
      if (c.label === "explanation" && givesReason(text.slice(c.span.start, Math.max(c.span.end, text.indexOf(r.quote) + r.quote.length)))) continue;
      c.engaged = false;
      c.walled = true;
      c.why = `"${r.quote}" refused them without offering anything instead, so it did not move the call forward`;
    }
  }
  const engaged = new Set(assessment.credits.filter((c) => c.engaged).map((c) => c.label));
  // Blaming and arguing put the fault on the customer or someone else, or contradict them: a sentence
  // that puts it on "we", "I" or "our side" and on nobody else owns it ("We should have told you that",
  // "you did the right thing, it just wasn't logged on our side").
  // A turn that owns the fault in one sentence ("That's our mistake") and, in the one the analyser read as
  // blame, puts it on nobody on the customer's side, owns it too.
  let ownsTurn: boolean | undefined;
  const ownsInTurn = () => (ownsTurn ??= assessment.sentences.some((s) => ownsFault(s.text)));
  const blamesCustomer = (s: string) => YOU_FAULT.test(lower(s));
  // A wh-question that brought out her facts asks; it does not contradict her.
  const asksOpenly = (s: string) => newFacts.length > 0 && /\?/.test(s) && OPEN_Q.test(lower(s).trim());
  // The repair is not the slip again: a sentence owning the agent's own last words ("Sorry, telling you to calm down
  // wasn't fair", "Actually, that wasn't fair of me") names the slip, it does not brush aside, argue or blame anew
  // (not with a "but" after it, nor a fault put on her).
  const slippedLast = (state.turns[state.turns.length - 1]?.labels ?? []).some((h) => PITFALL_SET.has(h.label));
  const repairs = (s: string) => slippedLast && ownsSlip(s) && !/\bbut\b/.test(lower(s)) && !YOU_FAULT.test(lower(s));
  hits.splice(
    0,
    hits.length,
    ...hits.filter((h) => {
      // brushing feelings aside minimises or moves them on: a sentence with no such word dismisses nothing
      if ((h.label === "dismissive" || h.label === "blame" || h.label === "argue") && repairs(sentenceAround(text, h.span))) return false;
      // a warning that the call will end if the abuse goes on, beside the calm limit, is the boundary the policy asks for (engine round 20)
      // (not when another sentence of the turn is rude in its own right: "Right, I did warn you, so I'm ending the call. …
      // And honestly, with manners like that, I'm not surprised the driver didn't want to find your door" (lead, round 23))
      if (h.label === "rude" && scenario.engine.endCall && hits.some((x) => x.label === "boundary") && warnsOfEnding(sentenceAround(text, h.span)) && !rudeElsewhere(text, sentenceAround(text, h.span))) return false;
      if (h.label === "dismissive") {
        const low = lower(sentenceAround(text, h.span));
        // "Don't worry about the letters. I've paused the account… the line won't be cut off": a worry about a
        // thing, taken away in the same turn by saying outright what will not happen, is reassurance
        if (WORRY_ABOUT_A_THING.test(low) && !/\b(?:only|just|calm|no big deal|not a big deal)\b/.test(low) && assessment.sentences.some((x) => reassures(x.text))) return false;
        return MINIMISES.test(low.replace(SPARES_A_CHORE, " "));
      }
      if (h.label !== "blame" && h.label !== "argue") return true;
      const s = sentenceAround(text, h.span);
      if (h.label === "argue" && reassuresWithoutCorrecting(s)) return false;
      // Putting what the record shows to her and asking for her side ("our system doesn't show it as received.
      // Did you manage to send it back?"), when her answer came out, finds out what happened: it contradicts
      // nothing she said, unless it corrects her in so many words ("our system is never wrong").
      if (h.label === "argue" && newFacts.length > 0 && !/\?/.test(s) && !CORRECTS.test(lower(s)) && !/\b(?:are you sure|did you even|you must have|you should have)\b/.test(lower(text))) return false;
      if (ownsFault(s) || (!blamesCustomer(s) && ownsInTurn())) return false;
      if (h.label === "blame" && deniesOwnPartOnly(s)) return false;
      // blame puts a fault on someone, arguing contradicts: a sentence with nothing gone wrong in it blames
      // nobody, and one with no word of contradiction argues with nobody ("Here's how it works, in plain terms.")
      if (h.label === "blame" && !FAULT_WORDS.test(lower(s).replace(NO_FAULT, " "))) return false;
      if (h.label === "argue" && !CONTRADICTS.test(lower(s).replace(SAYS_WHAT_IS, " "))) return false;
      return !(h.label === "argue" && asksOpenly(s));
    }),
  );
  // A policy wall is a refusal "with no explanation and no alternative" (the taxonomy): a turn that
  // explains the rule in this call's terms, says when the remedy arrives, or offers something the
  // policy allows, is not one.
  if (engaged.has("explanation") || engaged.has("options") || engaged.has("expectation") || engaged.has("solution") || commitments.offers.length > 0 || commitments.breaches.length > 0) {
    hits.splice(0, hits.length, ...hits.filter((h) => h.label !== "policy_wall"));
  }
  // Ending an abusive call: after a warning and more abuse, with a way back, the policy allows it.
  const endCall = scenario.engine.endCall;
  const named = endCall
    ? assessment.sentences.filter((s) => (!s.conditional && (s.topics.includes(endCall.endTopic) || namesTheEnd(s.text))) || endsAfterReportedWarning(s.text))
    : [];
  // "Supervisor call back is booked for this afternoon, and your claim reference is in your email. Thanks, Mr Dunn.": after
  // a warning he abused through, a turn that closes on a goodbye is the ending, said the way agents close a call (engine
  // round 22); whether it was done properly (the warning, his abuse since, the way back) is judged as for any ending
  const lastSent = assessment.sentences[assessment.sentences.length - 1];
  const signsOff = !!endCall && named.length === 0 && state.abuse.warned && state.abuse.afterWarning > 0 && state.abuse.last && !!lastSent && SIGN_OFF.test(lower(lastSent.text));
  const wayBack = !!endCall && (assessment.topics.includes(endCall.wayBackTopic) || assessment.sentences.some((s) => offersWayBack(s.text)));
  const closesOnGoodbye = !!lastSent && SIGN_OFF.test(lower(lastSent.text));
  // An ending said over two turns, as agents do on the phone and in chat: "…so I'm going to end this call now. The claim is
  // open…" and then "A supervisor will ring you back today; you can call us any time with the claim number. Goodbye." The
  // turn that announces it, after the warning he abused through, and goes on talking (the announcement is not its last words),
  // with no way back and no goodbye yet, has not hung up: the call goes on one turn, and the turn after it finishes the ending
  // with the way back, or closes on a goodbye. An announcement that is the turn's last words ("…so I'm ending this call
  // now.") is the hang-up itself, judged at once (lead, round 24)
  // (a warning earlier in the call and a caller who kept on: more abuse since, or still hot now)
  const keptOnAfterWarning = state.abuse.warned && (state.abuse.afterWarning > 0 || before >= HOT_AFTER_WARNING);
  const finishes = !!endCall && !!state.abuse.endAnnounced && named.length === 0 && !signsOff && (wayBack || closesOnGoodbye) && !assessment.salad;
  const endSentences = signsOff ? [lastSent!] : finishes ? [closesOnGoodbye ? lastSent! : assessment.sentences.find((s) => offersWayBack(s.text)) ?? lastSent!] : named;
  const announcesOnly = named.length > 0 && !named.includes(lastSent!) && !signsOff && !wayBack && !closesOnGoodbye && keptOnAfterWarning && !state.abuse.endAnnounced && hits.every((h) => !PITFALL_SET.has(h.label));
  const endsCall = endSentences.length > 0 && !announcesOnly;
  // A warning earlier in the call and a caller who kept on (more abuse since, or still hot when the agent
  // ends it) lets the agent end the call, politely and with a way back.
  const mayEnd = endsCall && keptOnAfterWarning && wayBack;
  // Saying you are ending the call is then not an insult: a pitfall the analyser saw inside that
  // very sentence does not count against a proper ending.
  const inEnd = (h: LabelHit) => endSentences.some((s) => h.span.start >= s.start && h.span.end <= s.end);
  if (mayEnd) {
    // (a put-down in another sentence of the ending turn is still rude, and quoted there: "…so I'm ending the call. And
    // honestly, with manners like that, I'm not surprised the driver didn't want to find your door" (lead, round 23))
    const elsewhere = rudeSentenceOutside(text, endSentences);
    hits.splice(
      0,
      hits.length,
      ...hits.flatMap((h) => (!(PITFALL_SET.has(h.label) && inEnd(h)) ? [h] : h.label === "rude" && elsewhere ? [{ ...h, span: elsewhere }] : [])),
    );
  }
  const pitfalls = hits.filter((h) => PITFALL_SET.has(h.label));
  // His choice to stop ("he can only be helped once he chooses to stop"): after a respectful warning that
  // stood a turn (he digs in once, which lets the agent end the call properly instead), a turn that does
  // something for him, with no pitfall, no broken rule, no script and no ending, is when he stops.
  const abusiveCaller = scenario.customerType === "abusive";
  const scriptedTurn = assessment.salad || assessment.stock || assessment.wall;
  // (only a scenario that makes help inert while he abuses, as persistent-abuse does: elsewhere help calms him anyway)
  const inert = scenarioFacts(scenario).inert;
  // A second warning is not what he stops for: the persona digs in when warned, and a limit said again teaches him it is
  // not real ("Once warned, follow through"), so a turn that warns him again leaves him abusing and the agent free to end
  // the call properly (engine round 21)
  const warnsAgain =
    state.abuse.warned &&
    (engaged.has("boundary") || hits.some((h) => h.label === "boundary") || assessment.sentences.some((sn) => !sn.salad && WARNS_OF_ABUSE.test(lower(sn.text)) && !THANKS_FOR.test(lower(sn.text))));
  const stopsNow =
    abusiveCaller && inert && !state.abuse.stopped && !!state.abuse.chance && engaged.size > 0 && pitfalls.length === 0 &&
    commitments.breaches.length === 0 && !endsCall && !scriptedTurn && !warnsAgain;
  const stopped = !!state.abuse.stopped || stopsNow;
  const effects: Partial<Record<LabelId, number>> = stopped
    ? Object.fromEntries(Object.entries(scenario.engine.effects).map(([l, v]) => [l, v === 0 && !PITFALL_SET.has(l) ? DEFAULT_EFFECTS[l as LabelId] : v]))
    : scenario.engine.effects;

  // Tension: engaged techniques calm, the same move again calms less, pitfalls bite harder on a hot call.
  const contributions: Contribution[] = [];
  const boundaryNeeded = scenario.engine.needs.findIndex((g) => g.includes("boundary"));
  // (only while he is abusing: once his last line was civil, calming moves land in full)
  const boundaryMissing = boundaryNeeded >= 0 && !state.needsMet[boundaryNeeded] && !engaged.has("boundary") && state.abuse.last;
  // Expectation is "what will happen next and when": one naming a time or topic no earlier expectation of
  // the call named (the slot tonight, the party on Saturday, after "tomorrow") is a new next step, not the
  // same move again.
  const saidBefore = (l: LabelId) => new Set(state.turns.flatMap((t) => (t.credits ?? []).filter((x) => x.label === l && x.engaged).flatMap((x) => topicsIn(scenario, lower(x.span.text)))));
  for (const c of assessment.credits) {
    if (!c.engaged) continue;
    const base = effects[c.label] ?? DEFAULT_EFFECTS[c.label];
    const fresh = c.label === "expectation" && topicsIn(scenario, lower(c.span.text)).some((t) => !saidBefore(c.label).has(t));
    const uses = fresh ? 0 : (state.labelUses[c.label] ?? 0);
    let d = base * Math.max(0.35, 1 - 0.3 * uses);
    if (boundaryMissing && d < 0) d *= 0.5; // abuse unaddressed: calming moves only half land
    contributions.push({ label: c.label, delta: d, quote: c.span.text });
  }
  const maxDrop = scenario.engine.maxDropPerTurn;
  let calming = contributions.reduce((s, c) => s + Math.min(0, c.delta), 0);
  const capped = calming < -maxDrop;
  if (assessment.wall) calming = Math.max(calming, -maxDrop / 2);
  else calming = Math.max(calming, -maxDrop);
  let harm = 0;
  for (const h of pitfalls) {
    const base = effects[h.label] ?? DEFAULT_EFFECTS[h.label];
    const d = base * (0.6 + 0.8 * (before / 100));
    harm += d;
    contributions.push({ label: h.label, delta: d, quote: h.span.text });
  }
  // A colleague blamed against the scenario's own rule ("Do not blame the previous agent; the customer dealt with the company")
  // is the blame the persona is inflamed by ("Hearing that the last agent was new, or made a mistake, as an excuse"), whether
  // or not the analyser heard it: it heats her as `blame` does (engine round 29, C38-27: "Dean's quite new and I don't think he
  // knew how to raise a replacement order properly"). Once, beside the analyser's own `blame`, not twice.
  const colleagueBlamed = pitfalls.some((p) => p.label === "blame")
    ? undefined
    : commitments.breaches.find((b) => blameRule(scenario, b.ruleId));
  if (colleagueBlamed) {
    const d = (effects.blame ?? DEFAULT_EFFECTS.blame) * (0.6 + 0.8 * (before / 100));
    harm += d;
    contributions.push({ label: "blame", delta: d, quote: colleagueBlamed.quote });
  }
  // (a refusal beside an explanation the turn was credited for, "the only refunds are for the member's own medical
  // condition", is not "with no explanation": the taxonomy's wall is the refusal that stops there)
  const explainedRefusal = assessment.credits.some((c) => c.engaged && c.label === "explanation");
  if (walled && !explainedRefusal && !pitfalls.some((p) => p.label === "policy_wall")) {
    const d = (effects.policy_wall ?? DEFAULT_EFFECTS.policy_wall) * 0.5 * (0.6 + 0.8 * (before / 100));
    harm += d;
    contributions.push({ label: "policy_wall", delta: d, quote: commitments.refusals[0]!.quote });
  }
  let delta = calming + harm;
  // (a question that brought out her facts is not stalling: she has just told you something)
  const empty = engaged.size === 0 && pitfalls.length === 0 && newFacts.length === 0;
  if (empty && (assessment.salad || assessment.stock || hits.length > 0) && before >= 40) delta += 4; // a script on a hot call reads as stalling
  else if (empty && before >= 60) delta += 2; // so does saying nothing to the point
  // (the turn he stops, he starts from a customer's heat, not an enraged caller's)
  const from = stopsNow ? Math.min(before, STOPPED_AT) : before;
  let after = clamp(from + delta);
  // A slip owned in so many words in the very next turn ("Sorry, telling you to calm down wasn't fair"), with no new
  // slip and no broken rule, gives back the heat that slip added, on top of what the turn's moves did: she heard the
  // repair. A hollow "sorry for any inconvenience" owns nothing and gives nothing back.
  const lastTurn = state.turns[state.turns.length - 1];
  if (slippedLast && lastTurn && pitfalls.length === 0 && commitments.breaches.length === 0 && !scriptedTurn && assessment.sentences.some((sn) => !sn.salad && repairs(sn.text))) {
    after = clamp(after - Math.max(0, lastTurn.tensionAfter - lastTurn.tensionBefore));
  }

  // Grace: early on, a bad move cannot end the call, so recovery can be practised. Nor can the call's first slip (a
  // pitfall short of an insult, with no rule broken and none before it): she nearly hangs up, and the next turn can
  // repair it; a second slip, or an insult, ends it.
  let graced = false;
  const firstSlip =
    pitfalls.length > 0 && !pitfalls.some((p) => p.label === "rude") && commitments.breaches.length === 0 &&
    !state.turns.some((t) => t.labels.some((h) => PITFALL_SET.has(h.label)));
  if (after >= ESCALATE_AT && (state.turns.length < scenario.engine.grace || firstSlip)) {
    after = ESCALATE_AT - 5;
    graced = true;
  }

  // Needs, concerns and offers.
  // A limit on abuse is needed while he abuses: a caller who has stopped (his last line was civil and he
  // is below the abusive heat) without one has had the abuse dealt with by the call itself.
  const abuseStopped = state.turns.length > 0 && !state.abuse.last && after < STILL_ABUSIVE_AT && pitfalls.length === 0;
  // A wall is refusing "and stopping there": an explanation the analyser heard in a refusal, held back while nothing
  // was offered, counts once a later turn offers what the policy allows ("…can't be refunded after the first 14 days
  // for a move." then "I can transfer the rest of your membership to York at no cost"): she has the rule and the way round it.
  const explainedBefore = commitments.offers.length > 0 && pitfalls.length === 0 && state.turns.some((t) => t.credits?.some((c) => c.walled && c.label === "explanation"));
  // A promise the policy forbids that gives her something (the refund through a manager, the money today, the free months)
  // is, to her, the fix she asked for: it meets a need for a remedy or a choice of them, as it settles her (engine round 27);
  // a colleague blamed gives her nothing. The score fails the call for the breach (engine round 28, C36-31).
  const gives = pitfalls.length === 0 && breachKinds(scenario, commitments.breaches).some((k) => k !== "blame-colleague");
  const needsMet = scenario.engine.needs.map(
    (g, i) =>
      state.needsMet[i] ||
      g.some((l) => engaged.has(l) || (l === "explanation" && explainedBefore)) ||
      (abuseStopped && g.length === 1 && g[0] === "boundary") ||
      (gives && g.every((l) => FIX_SET.has(l) && l !== "explanation")),
  );
  const addressedNow: string[] = [];
  const concernsMet = scenario.engine.concerns.map((c, i) => {
    if (state.concernsMet[i]) return true;
    const ok = concernDealtWith(scenario, c, assessment, commitments.offers, firmlyOffered(state)) || promisedBefore(scenario, c, commitments.promisedBy, state.intensity);
    if (ok) addressedNow.push(c.id);
    return ok;
  });
  // The worry itself settled calms the customer beyond what the techniques did (a deadline met is
  // what they rang about); not on a turn with a pitfall or a broken rule.
  // Still within the one-turn cap on calming.
  if (addressedNow.length > 0 && pitfalls.length === 0 && commitments.breaches.length === 0) {
    const floor = from - scenario.engine.maxDropPerTurn;
    after = clamp(Math.max(Math.min(after, floor + 0), after - CONCERN_RELIEF * addressedNow.length, floor));
  }
  const offeredNow = new Set<string>(commitments.offers.map((o) => o.remedyId));
  // Remedies offered in this call only on a condition, never plainly: a fallback she does not take up now.
  const fallbackOnly = (() => {
    const cond = new Set<string>();
    const plain = new Set<string>();
    for (const [a, os] of [...state.turns.map((t) => [t.agentText, t.offers ?? []] as const), [text, commitments.offers] as const])
      for (const o of os) {
        const at = a.indexOf(o.quote);
        (at >= 0 && ON_CONDITION.test(lower(sentenceAround(a, { start: at, end: at + o.quote.length }))) ? cond : plain).add(o.remedyId);
      }
    return new Set([...cond].filter((r) => !plain.has(r)));
  })();
  const offered = [...state.offered, ...[...offeredNow].filter((r) => !state.offered.includes(r))];

  // A choice put to her is no fix until the agent goes ahead with one of its remedies (engine round 24, choice.ts): once she
  // has picked, hers, named or pointed back at ("Lovely, I'll get that out to you tomorrow"); another gone ahead with instead
  // is a switch she corrects, not the follow-through.
  const putNow = choicePut(scenario, text, commitments);
  const openBefore = state.choicePending ?? [];
  const herLast = lower(state.turns[state.turns.length - 1]?.customerLine ?? state.openingLine);
  const herPick = state.chose && openBefore.includes(state.chose) ? state.chose : openBefore.filter((r) => !!mentionOf(scenario, herLast, r)).length === 1 ? openBefore.find((r) => !!mentionOf(scenario, herLast, r)) : undefined;
  // ("only a choice": a choice put once a remedy has gone ahead in the call, here or before, "I've added a £10 credit. Would you
  // like…", leaves nothing open; one gone ahead with after the choice, not hers, does not close it)
  const givenFirst =
    openBefore.length === 0 && putNow.length > 0 && givenRemedies(scenario, [...state.turns.map((t) => t.agentText), text], [state.openingLine, ...state.turns.map((t) => t.customerLine)]).size > 0;
  // (a choice the agent offered to do, "I can send a replacement tomorrow, or I can refund you once it's collected", is held
  // too, engine round 26: the agent's follow-through is going ahead with any of its remedies, hers or the one the agent's
  // script took her to mean; one not hers she corrects, as before)
  const offeredChoice = putNow.length > 0 ? commitments.offers.length > 0 : !!state.choiceOffered;
  const openNow = [...new Set([...openBefore, ...putNow, ...offeredBeside(text, state.offered, putNow)])];
  const choicePending =
    givenFirst ||
    (putNow.length === 0 && offeredChoice
      ? followsThrough(scenario, text, commitments, openNow, herPick)
      : goesAheadWith(scenario, text, commitments, herPick && !offeredChoice ? [herPick] : openNow, herPick, putNow.length > 0, offeredChoice).size > 0)
      ? []
      : openNow;

  // Ending an abusive call.
  let outcome: Outcome;
  let heldOnChoice = false;
  let endedProperly: boolean | undefined;
  const allMet = needsMet.every(Boolean) && concernsMet.every(Boolean);
  let endedWhy: string | undefined;
  if (endsCall) {
    outcome = "ended";
    endedProperly = mayEnd && pitfalls.length === 0;
    if (!endedProperly) endedWhy = whyNotProperEnd(state, before, wayBack, pitfalls.length > 0);
  } else if (after >= ESCALATE_AT) outcome = "escalated";
  else if (wasResolved) outcome = pitfalls.length > 0 ? "ongoing" : "resolved"; // a broken rule pleases now and fails in the score
  // With every need and worry dealt with and the fix in front of them, a customer a little above the
  // calm mark accepts it: a short, complete call resolves without a turn of small talk.
  else {
    const calmEnough = after <= scenario.engine.resolveAtOrBelow + (engaged.size > 0 ? ACCEPT_MARGIN : 0);
    // a customer asked about her own facts answers the question: the call is not over while it is open
    // (a forbidden promise that gives her what she wanted settles her in this very turn, as it does after resolution: she
    // does not know the policy, so she hangs up calm and the score fails the call for the breach; engine round 27, as the
    // authors of C29, G1, calls-dev4 and C34 expect. An insult is a pitfall, and no pitfall settles her.)
    const settles = calmEnough && allMet && pitfalls.length === 0 && newFacts.length === 0;
    heldOnChoice = settles && choicePending.length > 0;
    outcome = settles && !heldOnChoice ? "resolved" : "ongoing";
  }
  if (wasResolved && outcome === "ongoing") after = clamp(Math.max(after, scenario.engine.resolveAtOrBelow + 15));

  // Abuse: a calm limit is a warning; a customer still hot after it keeps abusing.
  // A calm limit set with an abusive caller is a warning, even in a turn where he had paused the abuse.
  const warnedNow = engaged.has("boundary") || (abusiveCaller && hits.some((h) => h.label === "boundary") && pitfalls.length === 0);
  const warned = state.abuse.warned || warnedNow;

  // What the customer says.
  const revealedFacts = [...state.revealedFacts];
  // (a fact she gave in the turn's written pause is told, though she does not say it again: "Go on, read it out. ... 14,682.
  // Thank you.")
  for (const f of newFacts) if (!factsAloud.includes(f) && !revealedFacts.includes(f)) revealedFacts.push(f);
  // (a turn that labels its own sentences with technique names, "Empathy: I understand. Apology: sorry.", or names
  // four or more of them, is a script to her ear, whatever the sentences between the labels say)
  const labelled = (lower(text).match(TECHNIQUE_NAMES) ?? []).length;
  const recited = labelled >= 4 || (lower(text).match(TECHNIQUE_LABEL) ?? []).length >= 2 || listSalad(text);
  const scripted = assessment.salad || assessment.stock || assessment.wall || recited;
  // A line answering a limit ("Warning? You're warning me?", "I'm being told off now") needs a limit in
  // the words: the taxonomy's boundary is a calm limit on abuse, so a turn with no word of one sets none,
  // whatever the analyser read into "I'm going to help you with this".
  const setsLimit = assessment.sentences.some((sn) => !sn.salad && SETS_LIMIT.test(lower(sn.text)));
  // (a stock "I'm sorry for any inconvenience" is not heard as an apology: no calm thanks for it, "Alright, I'll stop shouting at you")
  const stockSorry = onlyStockSorry(lower(text));
  const heardEngaged = new Set([...engaged].filter((l) => (setsLimit || l !== "boundary") && !(stockSorry && l === "apology")));
  // A respectful warning, the one that gives him the chance to stop: a limit in the words, calm (no pitfall, no
  // broken rule, no script) and with the way forward (the agent still wants to help, or does something).
  const respectfulWarning =
    warnedNow && setsLimit && !scripted && commitments.breaches.length === 0 &&
    (commitments.offers.length > 0 || [...engaged].some((l) => DOES.has(l)) || assessment.sentences.some((sn) => !sn.salad && WAY_FORWARD.test(lower(sn.text))));
  let agentNamedOnce: Set<string> | undefined;
  const lc: LineContext = {
    engaged: heardEngaged,
    seen: new Set(hits.filter((h) => !PITFALL_SET.has(h.label) && (setsLimit || h.label !== "boundary")).map((h) => h.label)),
    // (a turn made only of technique words is heard as a script, whatever pitfall the analyser read into it)
    pitfalls: new Set(assessment.salad ? [] : pitfalls.map((p) => p.label)),
    // topics named inside a salad of technique words are not heard as said
    topics: new Set(recited ? [] : assessment.sentences.flatMap((s) => (s.salad ? [] : s.topics))),
    asked: isQuestion,
    // (a remedy only ever offered as a fallback, "if it lets you down, ring us and I'll make sure the refund is done", is not on
    // offer to take up now)
    offered: new Set(offered.filter((r) => !fallbackOnly.has(r))),
    addressed: new Set(scenario.engine.concerns.filter((_, i) => concernsMet[i]).map((c) => c.id)),
    // (coherence round 29: a worry about a day met by a time of arrival sooner than it, for her words only: see `metByNearTime`)
    // (not when the turn asks her about it or asks her a question, "Is there anything riding on when it lands?": she tells it)
    nearMet: new Set(scenario.engine.concerns.filter((c, i) => !concernsMet[i] && !(c.fact && asked.includes(c.fact)) && !(directAsk(text) === "question" && !closesCall(text)) && metByNearTime(scenario, c, [...state.turns.map((t) => t.agentText), text], state.intensity)).map((c) => c.id)),
    revealed: new Set(revealedFacts),
    offeredNow: new Set([...offeredNow].filter((r) => !state.offered.includes(r) && !fallbackOnly.has(r))),
    // (a promise made only on a condition, "If it's wrong you will get a credit later", is not welcomed as made: the scorer
    // still reads it as the broken rule it is)
    breached: new Set(
      commitments.breaches
        .filter((b) => {
          const at = text.indexOf(b.quote);
          return at < 0 || !/^\W*(?:(?:and|but|so|then)\s+)?(?:if|unless|should)\b/.test(lower(sentenceAround(text, { start: at, end: at + b.quote.length })));
        })
        .map((b) => b.ruleId),
    ),
    idle:
      engaged.size === 0 && pitfalls.length === 0 && commitments.offers.length === 0 && commitments.breaches.length === 0 && newFacts.length === 0 && !scripted,
    scripted,
    // (also "who's the letter addressed to?": her line giving the name on it answers that)
    // (not an address or a number the agent gives her, "I'll give you the address. Have you got a pen?": nothing of hers is asked)
    // (coherence round 29: details asked and answered in a pause of the turn, "Can I take your name, and who the account's in? ...
    // Joan, and Ken's your husband? ... Oh Joan, I'm so sorry.", are not hers to give again: only what is asked after the pause)
    details: asksDetails(withoutGiving(afterGap)) || ADDRESSED_TO.test(lower(afterGap)),
    hedged: hedgedTopics(assessment.sentences),
    heardNow: lower(text),
    agentNamed: () => (agentNamedOnce ??= new Set([...state.turns.map((t) => t.agentText), text].flatMap((a) => topicsIn(scenario, lower(a.slice(0, 2000)))))),
    shownHeard: (state.labelUses.reflection ?? 0) > 0 || engaged.has("reflection") || [...state.turns.map((t) => t.agentText), text].some((a) => READ_BACK.test(lower(a))),
    askedRetell: [...state.turns.map((t) => t.agentText), text].some((a) => ASKS_RETELL.test(a.slice(0, 2000))),
    given: givenRemedies(scenario, [...state.turns.map((t) => t.agentText), text], lastSaid(state)),
    sentNow: sentNow(scenario, text),
    scenario,
    intensity: state.intensity,
    // (a day the agent ruled out, "so you won't have to wait till Thursday", is not said for her to echo)
    said: `${ownWords(scenario, state, [...revealedFacts, ...newFacts])} ${state.turns.map((t) => normaliseEcho(withoutRuledOut(t.agentText))).join(" ")} ${normaliseEcho(withoutRuledOut(text))}`,
  };
  // A working-day range that, counted from the call day, can miss her day is heard as a hedge of that worry (not
  // as "before Friday"), whatever the words sound like.
  const dated = datedRange(scenario, assessment.sentences, state.intensity);
  if (dated) lc.hedged = new Set([...lc.hedged!, ...dated.concern.topics]);
  const mut: PickState = {
    rng: state.rng,
    recentLines: state.recentLines,
    saidLines: state.saidLines ?? [],
    intensity: state.intensity,
    saidText: state.turns.map((t) => t.customerLine),
  };
  // What was settled: the topics of this turn's sentences that carry an engaged fix or an offer, the
  // remedies offered so far, the worries dealt with.
  {
    const settled = new Set<string>();
    const offerQuotes = commitments.offers.map((o) => text.indexOf(o.quote)).filter((i) => i >= 0);
    for (const sn of assessment.sentences) {
      if (sn.salad || sn.conditionalOnly) continue;
      const fixed =
        assessment.credits.some((cr) => cr.engaged && FIX_SET.has(cr.label) && cr.span.start < sn.end && cr.span.end > sn.start) ||
        offerQuotes.some((i) => i >= sn.start && i < sn.end);
      if (fixed) for (const t of sn.topics) settled.add(t);
    }
    for (const t of scenario.engine.topics) if (t.remedy && offered.includes(t.remedy)) settled.add(t.id);
    scenario.engine.concerns.forEach((c, i) => {
      if (concernsMet[i]) for (const t of c.topics) settled.add(t);
    });
    // (a generous promise heard, in this turn or before, settles what it promised: "That's £280 going back to your card" after
    // "I'll make an exception and refund you the eight months" is not met with "Am I getting anything back or not?")
    for (const [a, bs] of [...state.turns.map((t) => [t.agentText, t.breaches ?? []] as const), [text, commitments.breaches] as const])
      for (const b of bs) {
        const at = a.indexOf(b.quote);
        if (at >= 0) for (const t of topicsIn(scenario, lower(sentenceAround(a, { start: at, end: at + b.quote.length })))) settled.add(t);
      }
    lc.settled = settled;
  }
  // (a day and time asked for and then set in the same turn, "What time of day is best for you? Thursday morning at
  // ten, that's booked.", is no longer hers to name: not answered "Whenever works your end")
  // (so is a date of hers asked and then set: "What date are you moving? ... I've set the transfer to start on the 2nd of June", round 24)
  const setAfterAsking = (directAsk(text) === "when" || HER_DATE_Q.test(lower(text))) && timeSetAfterAsking(text);
  const ask = setAfterAsking ? null : directAsk(text);
  lc.askKind = ask;
  lc.movedDays = movedDays([...state.turns.map((t) => t.agentText), text], state.openingLine);
  // The turn puts her through to someone else now ("I'll transfer you now", "I'll need to put you through to them"), not an offer to.
  const transfersNow = assessment.sentences.some((sn) => !sn.salad && !sn.text.includes("?") && TRANSFERS.test(lower(sn.text)) && !OFFERS_TRANSFER.test(lower(sn.text)));
  lc.elseOnly = ask === "anything-else" && assessment.sentences.filter((sn) => sn.text.includes("?")).length <= 1;
  lc.inPlace = inPlaceSaid(scenario, [...state.turns.map((t) => t.agentText), text]);
  // The turn passes the matter on or leaves it to sort itself out, with nothing offered but a note passed on.
  const brushOff =
    commitments.breaches.length === 0 && BRUSHES_OFF.test(lower(text)) &&
    commitments.offers.every((o) => {
      const at = text.indexOf(o.quote);
      return at >= 0 && BRUSHES_OFF.test(lower(sentenceAround(text, { start: at, end: at + o.quote.length })));
    });
  const endRemedyId = scenario.policy.allowed.find((r) => r.kind === "end-call")?.id;
  // (nor after an insult in this call, or a put-down in the last two turns: "calm down, it's only £34.99" then a credit)
  const rudeInCall =
    pitfalls.some((p) => p.label === "rude") ||
    state.turns.some((t) => t.labels.some((h) => h.label === "rude")) ||
    state.turns.slice(-2).some((t) => t.labels.some((h) => h.label === "dismissive" || h.label === "blame" || h.label === "argue"));
  // Something done for her: a remedy offered (not the call's end), or a fix or ownership that engaged, not a wall or a brush-off.
  const helped =
    !walled && !brushOff &&
    (commitments.offers.some((o) => o.remedyId !== endRemedyId) ||
      // (in a sentence that asks nothing: "could you please provide your full name…?" does nothing for her yet)
      assessment.credits.some((cr) => cr.engaged && ["solution", "options", "expectation", "escalation", "ownership"].includes(cr.label) && !sentenceAround(text, cr.span).includes("?")));
  const timeGiven = assessment.sentences.some((sn) => !sn.salad && !sn.conditionalOnly && !sn.text.includes("?") && !HEDGES.test(lower(sn.text)) && TIME_GIVEN.test(lower(sn.text)));
  // (a frame naming no day, "a few working days", is no time against a day she needs it by, nor a straight answer)
  const frameOnly = timeGiven && VAGUE_FRAME.test(lower(text)) && !TIME_GIVEN.test(lower(text).replace(new RegExp(VAGUE_FRAME.source, "g"), " "));
  lc.turn = state.turns.length;
  // (signing off in its last words, "Thanks for being with us, Tom.": not "anything else?" alone, which may still keep her waiting)
  lc.closing = SIGNS_OFF.test(sentences(text.slice(0, 2000)).slice(-1).map((sp) => lower(text.slice(sp.start, sp.end))).join(" "));
  // (a dig at her, "you can save yourself the typing", is not thanked, praised as straight, or answered by owning her temper)
  lc.dug = digsAtHer(text);
  lc.earlier = state.turns.map((t) => lower(t.agentText.slice(0, 2000))).join(" ");
  // (nor to a limit read off a policy script, "As per our policy I'm giving you a respectful reminder…", coherence round 22: the
  // scripted warning the abusive caller resents is no calm limit of the agent's own)
  // (nor to a turn sending her to another line or team, "For a faster resolution you may wish to call our Customer Care line":
  // coherence round 26)
  // (nor to a chat template's greeting that gives nothing, "Dear Customer, Thank you for contacting…")
  lc.contrite = !lc.dug && !POLICY_SCRIPT.test(lower(text)) && !SENDS_ELSEWHERE.test(lower(text)) && !(TEMPLATE_OPEN.test(lower(text)) && commitments.offers.length === 0) && pitfalls.length === 0 && commitments.breaches.length === 0 && !rudeInCall && !scripted && (helped || (setsLimit && engaged.has("boundary")));
  lc.straight =
    !lc.dug &&
    // (nor "a few working days" with nothing named: no straight answer to when; nor a job sent back to her or to another
    // team, "You'd need to book that through the smart-meter team", coherence round 21)
    !scripted && !brushOff && !frameOnly && !SENDS_ELSEWHERE.test(lower(text)) &&
    ((engaged.has("explanation") && !EXCUSE.test(lower(text))) || commitments.refusals.length > 0 || (lc.hedged?.size ?? 0) > 0 || engaged.has("ownership") || commitments.offers.length > 0 ||
      // (a next step with its time: "On Wednesday evening you will get a text with a two-hour window")
      (engaged.has("expectation") && timeGiven && !frameOnly));
  // (coherence round 22) an honest no, or a reason that engaged and is no excuse nor her words played back: an answer
  lc.answered = !lc.dug && !scripted && (commitments.refusals.length > 0 || (engaged.has("explanation") && !EXCUSE.test(lower(text)) && explainsWhy(lower(text))));
  // (coherence round 31: and a call back with no day, "I'll call you back as soon as I have an update", for her reply only)
  lc.vagueNext = (VAGUE_NEXT.test(lower(text)) || UNDATED_CALLBACK.test(lower(text))) && !timeGiven;
  lc.template = TEMPLATE_OPEN.test(lower(text));
  lc.questionStands =
    ((state.turns.at(-1)?.customerLine ?? "").includes("?") || state.concernsRaised.length > 0) && !isQuestion && !lc.answered && !timeGiven && commitments.offers.length === 0 && commitments.refusals.length === 0;
  // (coherence round 29) her last line asked when, and this turn names no time
  lc.whenStands = /\bwhen(?:'s| is| will| would| are| do)?\b[^.!?]*\?|\bhow long\b[^.!?]*\?/i.test(state.turns.at(-1)?.customerLine ?? "") && !timeGiven;
  lc.pressesPay = PRESSES_PAY.test(lower(text));
  lc.refused = commitments.refusals.length > 0;
  // (a number asked for is told already only once she has read one out: "Have you got a reading?" after she said the meter stopped sending is not)
  lc.toldAlready =
    asked.length > 0 && asked.every((f) => state.revealedFacts.includes(f)) &&
    (!(READ_OUT.test(lower(text)) || /\b(?:reading|numbers?|digits|figures?)\b/.test(lower(text))) || scenario.persona.facts.some((f) => state.revealedFacts.includes(f.id) && GIVES_NUMBER.test(f.customerLine)));
  {
    const promising = [...state.turns.map((t) => [t.agentText, t.breaches ?? []] as const), [text, commitments.breaches] as const].filter(([a, bs]) =>
      // (round 25: the promise's sentence, "she'll approve it, so you'll get your £280 within the week", not only its quote)
      bs.some((b) => {
        const at = a.indexOf(b.quote);
        return MONEY_BACK.test(lower(at >= 0 ? sentenceAround(a, { start: at, end: at + b.quote.length }) : b.quote));
      }),
    );
    lc.moneyPromised = promising.length > 0;
    lc.partMoney = onlyPart(scenario, lower(text)) || promising.some(([a]) => onlyPart(scenario, lower(a.slice(0, 2000))));
  }
  lc.noNotes = NO_NOTES.test(lower(text));
  lc.excuseOnly = EXCUSE.test(lower(text)) && !lower(text).split(/(?<=[.!?])\s+/).some((x) => REASON_GIVEN.test(x) && !EXCUSE.test(x));
  lc.tellsWhat = !scripted && assessment.sentences.some((sn) => !sn.salad && !sn.text.includes("?") && sn.topics.length > 0 && SAYS_WHAT_FOR.test(lower(sn.text)) && !EXCUSE.test(lower(sn.text)));
  lc.answeredInGap = gapAsked !== undefined && /\?|\bread\b|\btell me\b/i.test(gapAsked);
  lc.investigating = LOOKS_INTO.test(lower(text));
  // (coherence round 30: what the turn did, read for her reply only; see `fitsRound30`)
  {
    const low = lower(text.slice(0, 2000));
    const herLast = state.turns.at(-1)?.customerLine ?? "";
    lc.hollow = hollowSorry(low);
    // (a colleague blamed as the scorer reads it, where the policy forbids it: "only in his second week", "still on probation")
    lc.faultElsewhere = pitfalls.some((p) => p.label === "blame") || breachKinds(scenario, commitments.breaches).includes("blame-colleague") || COLLEAGUE_FAULT.test(low) || OTHER_TEAM_FAULT.test(low);
    lc.sentWritten = SENDS_WRITTEN.test(low) || state.turns.some((t) => sendsWritten(t.agentText));
    lc.remote = SENDS_REMOTELY.test(low);
    lc.smallPrint = SMALL_PRINT.test(low);
    lc.flatters = FLATTERS.test(low) && commitments.offers.length === 0;
    lc.thankedLast = THANKS.test(herLast) && !NOT_HEARD.test(herLast) && !herLast.includes("?", herLast.search(THANKS));
    const refused = refusedByHer(scenario, state.turns.map((t) => t.customerLine));
    lc.walledOffer = ONLY_OFFER.test(low) || (commitments.offers.length > 0 && commitments.offers.every((o) => refused.has(o.remedyId)));
    lc.noTime = VAGUE_PRESS[0]!.heard.test(low);
    lc.booked = bookedFor(scenario, state.turns, text);
    round31Context(lc, scenario, state, low, commitments.offers.length);
  }
  lc.asksOfHer = ask !== "anything-else" && (asked.length > 0 || lc.details === true || READ_OUT.test(lower(text)) || personalAsked(text).length > 0 || (isQuestion && ask === "question"));
  lc.givesNow = givenRemedies(scenario, [text], lastSaid(state).slice(-1)).size > 0;
  // The call's topics this turn speaks of plainly (not asked, supposed, refused or hedged): what a demand of hers no longer needs.
  const answeredTopics = new Set(
    assessment.sentences.filter((sn) => !sn.salad && !sn.conditional && !sn.text.includes("?") && !NEGATED.test(lower(sn.text)) && !HEDGES.test(lower(sn.text))).flatMap((sn) => sn.topics),
  );
  lc.timeGiven = timeGiven;
  // (a time that is a next step, "Please allow 3 working days for the team to review it": not "the system's slow this afternoon")
  lc.nextStepSaid = (timeGiven && engaged.has("expectation")) || brushOff;
  // An offer to do something for her ("would skipping next week's box help?", "does that work for you?"), a
  // choice, a step or "anything else?" is answered as such, not with one of her facts that a word of it named.
  const asksNotAboutHer =
    // (a day and time for a call, "Would it help if I ring you about the letters in Ken's name? You choose the time.", is no question about her facts)
    ask === "anything-else" || ask === "choice" || ask === "step" || (ask === "when" && CALL_TIME.test(lower(text))) || (ask === "offer" && !/\b(?:tell me|explain|describe|talk me through)\b/.test(lower(text).replace(OWN_EXPLAINING, " ")));
  // the agent asks "anything else?" or signs off: the only turns a goodbye answers
  const closing = closesCall(text);
  // remedies this very turn names (the one she picks, or the one the agent confirms)
  // (loops, here and for turnRemedies, not filter().map(): the filter's result, empty on most turns, changed
  // shape and V8 left this function's optimised code on every call, then recompiled it for hundreds of ms of CPU)
  const namedRemedies = new Set<string>();
  for (const t of scenario.engine.topics) if (t.remedy && lc.topics.has(t.id) && offered.includes(t.remedy)) namedRemedies.add(t.remedy);
  // (a remedy she turned down is not taken up again unless the agent brings it back in this turn)
  lc.declined = new Set((state.declined ?? []).filter((r) => !namedRemedies.has(r) && !lc.offeredNow!.has(r)));
  // the remedies this turn names or offers (its options, when it lays out a choice)
  const turnRemedies = new Set([...namedRemedies, ...offeredNow]);
  for (const t of scenario.engine.topics) if (t.remedy && lc.topics.has(t.id)) turnRemedies.add(t.remedy);
  const remediesIn = (x: string) => topicsIn(scenario, lower(x)).map((t) => scenario.engine.topics.find((y) => y.id === t)?.remedy).filter((r): r is string => !!r);
  /** Her line takes up, in her own words, a remedy this turn offers ("and skipping a box too"): no stock yes before it. */
  // (a term's word with an ending counts too: "skipping" for "skip")
  const takesUpOffer = (x: string) =>
    offeredNow.size > 0 && !x.includes("?") && !SUITS_Q.test(lower(text)) &&
    (remediesIn(x).some((r) => offeredNow.has(r)) ||
      scenario.engine.topics.some((t) => !!t.remedy && offeredNow.has(t.remedy) && t.terms.some((k) => /^[a-z]{4,}$/.test(k) && new RegExp(`\\b${k}\\w*`).test(lower(x)))));
  // what she has already taken up in her own words: her lines so far that rest on a remedy offered, with no doubt in them
  const tookBefore = tookUp(scenario, state);
  // (coherence round 28: and what she said yes to when it was offered, "Do you want that?" "Yes, that'd be good.", or chose)
  {
    const taken = new Set(tookBefore);
    if (state.chose) taken.add(state.chose);
    // (coherence round 30: and what was booked for her and not turned down, "Booked. Your replacement sofa comes on Thursday")
    for (const r of lc.booked ?? []) taken.add(r);
    for (const t of state.turns)
      if ((t.offers ?? []).length > 0 && saysYes(t.customerLine) && !DECLINES.test(t.customerLine) && !t.customerLine.split(/(?<=[.!?])\s+/)[0]!.includes("?") && directAsk(t.agentText) === "offer")
        for (const o of t.offers!) taken.add(o.remedyId);
    lc.taken = taken;
    lc.alternatives = alternativesTo(scenario, [...state.turns.map((t) => ({ text: t.agentText, offers: t.offers ?? [] })), { text, offers: commitments.offers }], taken);
  }
  const pickOne = (xs: string[]) => {
    const r = nextRandom(mut.rng);
    mut.rng = r.state;
    return xs[Math.floor(r.value * xs.length)] ?? xs[0]!;
  };
  /** Her answer to a yes/no offer or a "what day and time?", said at most once each per call. */
  const answerAsk = (kind: "offer" | "when" | "step" | "ack" | "question" | Confirm): string => {
    const pool =
      kind === "offer"
        ? SUITS_Q.test(lower(text))
          ? SUITS
          : ACCEPTS
        : kind === "step"
          ? ASKS_WHAT_SHE_SEES.test(lower(text))
            ? LOOKING
            : WAITS_TO_SEE.test(lower(text))
              ? SEES_IT
              : DONE_STEP
          : kind === "ack"
            ? FOLLOWS
            : kind === "question"
              ? UNSURE
              : kind === "when"
                ? CALL_TIME.test(lower(text))
                  ? DAY_ASKED.test(lower(text.slice(0, 2000)))
                    ? // (a frame said for the call itself: "ring you myself in a couple of weeks", not "spread it over six months")
                      lower(text.slice(0, 2000)).split(/(?<=[.!?])\s+/).some((x) => CALL_TIME.test(x) && TIME_GIVEN.test(x))
                      ? WHENEVER_WEEKDAY
                      : WHENEVER_DAY
                    : WHENEVER
                  : ANY_DATE
                : YES_TO[kind];
    // (a day and time put to her in the question itself, "For example Thursday at lunch, or Monday evening?": she takes the first)
    if (kind === "when") {
      // (coherence round 24) a part of the day put to her, "Does morning or afternoon suit you?", for a day the agent has set: she picks
      // one, not "Any date that works for you" as if the day were hers to choose
      const part = /\b(mornings?|afternoons?|evenings?)\s+or\s+(?:the\s+)?(?:mornings?|afternoons?|evenings?)\b/i.exec(text.slice(0, 2000));
      const daySet = WEEKDAY.test(text.slice(0, 2000)) && !/\b(?:what|which) day\b|\bwhen(?:'s| is| would)\b/i.test(text.slice(0, 2000));
      if (part && daySet && !mut.saidLines.includes("part-of-day")) {
        mut.saidLines = [...mut.saidLines, "part-of-day"];
        return `${part[1]!.charAt(0).toUpperCase()}${part[1]!.slice(1).toLowerCase()}, please.`;
      }
      const qs = sentences(text.slice(0, 2000)).map((sp) => text.slice(sp.start, sp.end)).filter((x) => x.includes("?"));
      const slot = qs.map((x) => SLOT_NAMED.exec(x)?.[0]).find(Boolean);
      if (slot && !mut.saidLines.includes("slot")) {
        mut.saidLines = [...mut.saidLines, "slot"];
        return pickOne(TAKES_SLOT).replace("$slot", slot.charAt(0).toUpperCase() + slot.slice(1));
      }
    }
    // (coherence round 24) asked what she sees after a step that named what she should see ("You should see 'Keep on this device'. Tap
    // that… What do you see now?"), she says she sees that: not that the album opened, which no step of the turn tested yet
    if (kind === "result") {
      const named = SHOULD_SEE.exec(text.slice(0, 2000));
      // (coherence round 30: not when a test comes after it, "…Switch that on… here's the test: put the phone in airplane mode and open
      // the album again. What do you see?": she says what the test showed)
      const after = lower(text.slice(named?.index ?? 0, 2000)).split(/(?<=[.!?])\s+/).slice(1);
      const tested = after.some((x) => /\b(?:test|again|airplane|aeroplane|flight mode|offline)\b/.test(x) && (STEP.test(x.trim()) || /\b(?:put|turn|open|switch|close)\b/.test(x)));
      if (named && !tested) return `Yes, I can see '${named[1]!.trim()}'.${/\b(?:tap|press|click|select) (?:that|it|on it|on that)\b/i.test(text.slice(named.index)) ? " Okay, I've tapped it." : ""}`;
    }
    const key = pool === SEES_IT ? "sees" : pool === LOOKING ? "looks" : pool === WHENEVER_DAY || pool === WHENEVER_WEEKDAY ? "day" : kind;
    const fresh = pool.filter((_, i) => !mut.saidLines.includes(`${key}:${i}`));
    const words = pickOne(fresh.length > 0 ? fresh : pool);
    mut.saidLines = [...mut.saidLines, `${key}:${pool.indexOf(words)}`];
    return words;
  };
  // An option the agent says misses her worry ("or the refund route, which means no machine on Saturday") is not the one
  // she picks while another option is left: she came with that worry.
  const meetsWorry = (options: string[]): string[] => {
    const misses = (r: string) =>
      assessment.sentences.some(
        (sn) =>
          !sn.salad && !!mentionOf(scenario, lower(sn.text), r) &&
          // (in one clause: "…, which means no machine on Saturday"; not "if you'd rather not risk it, … the weekend")
          // (the worry named within a few words after the negation: "no machine on Saturday", not "with no fuss")
          lower(sn.text).split(/[,;:]|\s(?=which\b|but\b)/).some((cl) => {
            const m = MISSES.exec(cl);
            return !!m && topicsIn(scenario, cl.slice(m.index, m.index + 30)).some((t) => scenario.engine.concerns.some((cn) => cn.topics.includes(t)));
          }),
      );
    const keep = options.filter((r) => !misses(r));
    return keep.length > 0 && keep.length < options.length ? keep : options;
  };
  // (nothing offered or done in the turn, she does not call it sorted)
  const didSomething = commitments.offers.length > 0 || [...engaged].some((l) => DOES.has(l));
  // The options a choice puts to her: the remedies the turn names, less one it says is done already; a turn naming only
  // what it does now ("I'm adding a £20 voucher. Which way do you want to go?") asks about the offers still open.
  // (done in so many words, "I'm adding a £20 voucher", "I've put a £10 credit on": not a remedy only named in a plain
  // sentence, "you're within the 14 days", "it comes tomorrow")
  const doneInTurn = new Set(
    sentences(text.slice(0, 2000))
      .map((sp) => text.slice(sp.start, sp.end))
      .filter((x) => DONE_NOW.test(lower(x)))
      .flatMap((x) => [...inPlaceSaid(scenario, [x])]),
  );
  // (every one named done, "you've got the PAC either way. Would you like either of those?": the ones the turn before put)
  const putBefore = state.turns.length > 0 ? [...new Set(remediesIn(state.turns[state.turns.length - 1]!.agentText.slice(0, 2000)))].filter((r) => !doneInTurn.has(r)) : [];
  const optionsOf = (rs: string[]) => (rs.some((r) => !doneInTurn.has(r)) ? rs.filter((r) => !doneInTurn.has(r)) : putBefore.length > 0 ? putBefore : rs);
  const stillOpen = offered.filter((r) => !doneInTurn.has(r));
  /**
   * She picks the first option, named in the agent's word for it ("The SIM-only, please."), not "the first one" of
   * options the turn did not number; "the first one" only when none can be named.
   */
  const picksFirst = (rs: string[]): string => {
    const open = optionsOf(rs);
    // (the options as the question puts them, "Would you like the refund, or would you rather I show you how to set it up?", come
    // first, in its order: not an option's name in the explanation before it)
    const t0 = text.slice(0, 2000);
    const qSp = sentences(t0).filter((sp) => t0.slice(sp.start, sp.end).includes("?")).pop();
    const qText = qSp ? t0.slice(qSp.start, qSp.end) : "";
    const inQuestion = (r: string) => qText !== "" && optionAt(scenario, lower(qText), r, new Set(open)) < Infinity;
    const first = open
      .map((r) => {
        const q = inQuestion(r);
        const src = q ? qText : text;
        const m = mentionOf(scenario, lower(src), r, true, src);
        return { q, at: optionAt(scenario, lower(src), r, new Set(open)), m, src };
      })
      // (a name, not a verb's form: "the flagged", "the logged" are none)
      .filter((x) => x.at < Infinity && x.m && !NOT_A_NAME.test(x.m.term) && !/^[a-z]+(?:ed|ing)$/.test(x.m.term))
      .sort((a, b) => Number(b.q) - Number(a.q) || a.at - b.at)[0];
    // (an option named only in an earlier turn, "the refund" of "…or the refund, which way?", by the word used for it there)
    const name = first ? first.src.slice(first.m!.at, first.m!.at + first.m!.term.length) : open.map((r) => choiceName(scenario, state.turns, r)).find((n) => n && !NOT_A_NAME.test(lower(n)) && !/^[a-z]+(?:ed|ing)$/i.test(n)) ?? "";
    if (!name) return pickOne(FIRST_ONE);
    return `${/^(?:the|your)\b/i.test(name) ? name.charAt(0).toUpperCase() + name.slice(1) : `The ${/^[A-Z][a-z]/.test(name) ? name.toLowerCase() : name}`}, please.`;
  };
  /** A resolved line that answers the turn: the option she picks, no goodbye when asked something. */
  const resolvedAnswer = (about?: string[]): string => {
    if (ask === "choice") {
      const named = about ?? (namedRemedies.size > 0 ? [...namedRemedies] : [...lc.offeredNow!].length > 0 ? [...lc.offeredNow!] : offered);
      // (the turn names only what it does now, "I'm adding a £20 voucher. Which way do you want to go?": the choice is
      // between the offers still open)
      const base = !about && turnRemedies.size === 1 && named.every((r) => doneInTurn.has(r) && turnRemedies.has(r)) && stillOpen.length > 0 ? stillOpen : named;
      // (the options this turn names, offered or only described, less one said to miss her worry)
      const all = [...new Set([...base, ...turnRemedies])];
      const serving = meetsWorry(all);
      const pickable = serving.length < all.length ? base.filter((r) => serving.includes(r)) : base;
      if (serving.length < all.length && pickable.length === 0) {
        const order = all.map((r) => ({ r, at: optionAt(scenario, lower(text), r, new Set(all)) })).filter((x) => x.at < Infinity).sort((a, b) => a.at - b.at);
        const nth = order.findIndex((x) => x.r === serving[0]);
        if (nth >= 0 && nth < ORDINALS.length) return `The ${ORDINALS[nth]} one, please.`;
      }
      // (one of the options is what she already said she would do, "I'll set the albums up tonight": she keeps to it)
      const options = new Set([...pickable, ...turnRemedies]);
      const kept = [...options].filter((r) => tookBefore.has(r));
      if (kept.length === 1 && options.size >= 2) {
        const keep = { rng: mut.rng, recentLines: mut.recentLines, saidLines: mut.saidLines };
        const own = pickLine(scenario, "resolved", mut, lc, { abusive: "any", about: kept }).text;
        if (own && !state.turns.some((t) => t.customerLine.includes(own))) return own;
        Object.assign(mut, keep);
        // (asked again after choosing it, she keeps to her choice)
        if (state.chose === kept[0]) return pickOne(KEEPS_CHOICE);
        const order = [...options].map((r) => ({ r, at: optionAt(scenario, lower(text), r, options) })).filter((x) => x.at < Infinity).sort((a, b) => a.at - b.at);
        const nth = order.findIndex((x) => x.r === kept[0]);
        // (coherence round 29: "Like I said" only for what she asked for; one she took in as done for her, "Payment stopped, new bill
        // coming", was never said as a preference)
        if (nth >= 0 && nth < ORDINALS.length) return `The ${ORDINALS[nth]} one, please.${lc.given?.has(kept[0]!) || lc.inPlace?.has(kept[0]!) ? "" : " Like I said."}`;
      }
      const chosen = pickable.length > 0 ? pickLine(scenario, "resolved", mut, lc, { abusive: "any", about: pickable }).text : "";
      if (chosen) return chosen;
      // asked again after she has chosen, she keeps to her choice rather than pick "the first one"
      if ((state.declined ?? []).length > 0) return pickOne(KEEPS_CHOICE);
      // nothing she could name as offered: she still picks, then settles without a goodbye
      const rest = pickLine(scenario, "resolved", mut, lc, { abusive: "any", only: (w) => !w?.offered?.length, notGoodbye: true }).text;
      // (not a line she has already said in the call: "That's fair. Appreciate you listening." once)
      return `${picksFirst([...new Set([...pickable, ...turnRemedies])])} ${state.turns.some((t) => t.customerLine.includes(rest)) ? "" : rest}`.trim();
    }
    // asked to do something now, she does it (not a line about doing it later)
    if (ask === "step") return answerAsk("step");
    // (asked about something she has told already, "Is there anything you rely on the line for?" after the alarm, or "Is
    // there a day you need it by?" after the party: she says it again, not a stock thanks)
    if (ask === "question" && !about && askedAloud.length > 0 && factsAloud.length === 0 && !confirmAsked(text)) {
      const told = scenario.persona.facts.find((f) => f.id === askedAloud[0] && state.revealedFacts.includes(f.id));
      if (told && !state.turns.some((t) => t.customerLine.includes(told.customerLine))) return likeISaid(told.customerLine, false);
      // (told in those very words already, she says it again in short: "Like I said: it's the alarm, you see.")
      const short = told ? likeISaid(told.customerLine, true, lower(text)) : "";
      if (short && short.length < `Like I said: ${told!.customerLine}`.length && !state.turns.some((t) => t.customerLine.includes(short))) return short;
    }
    if (ask === "offer" || ask === "when" || ask === "question") {
      // (a yes to an offer takes up what this turn offered, not another remedy: "shall I go ahead with the York
      // club?" is not answered "A freeze will do for now")
      const inTurn = new Set([...namedRemedies, ...lc.offeredNow!, ...scenario.engine.topics.filter((t) => t.remedy && lc.topics.has(t.id)).map((t) => t.remedy!)]);
      const only = ask === "question" ? () => true : (w: LineWhen | undefined) => !w?.offered?.length || w.offered.every((r) => inTurn.has(r));
      const pick = pickLine(scenario, "resolved", mut, lc, { abusive: "any", ...(about ? { about } : {}), only, notGoodbye: true });
      const picked = pick.text;
      // (not a line she has already said in this call)
      const line = picked && !state.turns.some((t) => t.customerLine.includes(picked)) ? picked : "";
      // (a question asking her to confirm what she can see gets its yes first)
      const confirm = ask === "question" ? confirmAsked(text) : null;
      if (confirm) return answerAsk(confirm);
      if (ask === "question") return line;
      // (a day and time is answered with one, not with "Okay")
      const answered = ask === "when" ? NAMES_A_TIME.test(line) : saysYes(line);
      if (line && answered) return line;
      // (a line turning the offer down is said without a yes before it: "I'll pay it in one go once it's the right amount")
      if (line && ask === "offer" && (DECLINES.test(line) || takesUpOffer(line))) return line;
      const yes = answerAsk(ask);
      // (asked when, she says when: a stock line resting on nothing in this turn, "so I'll stay", does not follow it; one
      // taking up what the turn did, "Something off the bill as well", does)
      if (ask === "when" && pick.salient === 0) return yes;
      return line ? `${inHerStyle(yes, line)} ${line}` : yes;
    }
    return pickLine(scenario, "resolved", mut, lc, { abusive: "any", ...(about ? { about } : {}), notSorted: !didSomething, notGoodbye: !closing }).text;
  };
  const promisedLine = () => (lc.breached!.size > 0 ? pickLine(scenario, "calmer", mut, lc, { abusive: "any", only: (w) => !!w?.breached?.some((r) => lc.breached!.has(r)) }).text : "");
  let customerLine: string;
  let abusiveLine = false;
  const concernsRaised = [...state.concernsRaised];
  if (outcome === "ended") {
    // (he says he was out of order only when he was, just now, and the call had done something for him besides end)
    const helpedInCall = [...state.turns.flatMap((t) => t.offers ?? []), ...commitments.offers].some((o) => o.remedyId !== endRemedyId);
    lc.contrite = lc.contrite !== false && state.abuse.last && helpedInCall;
    customerLine = pickLine(scenario, endedProperly ? "ended" : "cutOff", mut, lc).text || (endedProperly ? "Fine. Whatever." : "You're hanging up on me?");
  } else if (outcome === "resolved" && !wasResolved) {
    // (a promise the policy forbids that settles her, engine round 27, is what she answers, before a voucher beside it:
    // "…the full £349 back on your card today… and I've added a £20 voucher" gets her line about the money, as coherence
    // round 28 has it when she is not yet settled)
    customerLine = promisedLine() || resolvedAnswer() || pickLine(scenario, "resolved", mut, lc).text;
  } else if (outcome === "resolved") {
    // something new offered after the fix: the customer takes it up (a promise the policy forbids
    // pleases her too); asked about her facts, she answers; asked anything else, she answers that;
    // otherwise a last word
    const fresh = [...offeredNow].filter((r) => !state.offered.includes(r) && !fallbackOnly.has(r));
    const promised = promisedLine();
    // (asked to choose, "…I'm adding a £20 voucher. Which way do you want to go?", she chooses: not thanks for the new offer alone)
    const fact = factsAloud.length > 0 && !asksNotAboutHer ? scenario.persona.facts.find((f) => f.id === factsAloud[0]) : undefined;
    // (coherence round 23) asked about her own facts, she answers the question, even in a turn that also gave her something new:
    // "I've put the account on hold for 60 days… Can I ask, does anything in the house rely on the phone line?" gets the alarm,
    // not "No letters for a while. That's all I wanted" with the question passed over
    const thanks = !promised && !fact && fresh.length > 0 && ask !== "choice" ? resolvedAnswer(fresh) : "";
    if (fact && !promised) append(revealedFacts, fact.id);
    const answer = promised || fact?.customerLine || thanks || (ask && ask !== "anything-else" ? resolvedAnswer() : "");
    // (a goodbye only answers "anything else?" or the agent winding up; mid-call she does not hang up)
    const asking = !closing;
    // A turn that tells her more of what was done, naming it ("no more reminder letters…"), gets her line about that very thing,
    // unsaid, rather than a stock remnant of her goodbye ("You've been very kind.") (coherence round 19).
    // (looked for before picking, so that a turn with no such line leaves the seed's picks as they were)
    const namesDone =
      !answer && asking && !ask && pitfalls.length === 0 &&
      scenario.lines.resolved.some((l, i) => {
        const w = whenOf(l);
        const f = w?.said?.length ? fit(l, lc) : null;
        const words = lineText(l, state.intensity);
        return !!f && f.salient > 0 && !mut.saidLines.includes(`resolved:${i}`) && !state.turns.some((t) => t.customerLine.includes(words)) && !GOODBYE.test(words);
      })
        ? pickLine(scenario, "resolved", mut, lc, { abusive: "any", only: (w) => !!w?.said?.length, notGoodbye: true }).text
        : "";
    customerLine =
      answer ||
      namesDone ||
      // (a turn that tells her more without asking: a closing line's answer, without its goodbye)
      (asking && !ask && scenario.lines.closing.length > 0 ? pickLine(scenario, "closing", mut, lc, { abusive: "any", only: () => true, notGoodbye: true }).text : "") ||
      (asking ? pickLine(scenario, "resolved", mut, lc, { abusive: "any", only: () => true, notGoodbye: true }).text : "") ||
      (scenario.lines.closing.length > 0 && !asking ? pickLine(scenario, "closing", mut, lc) : pickLine(scenario, "resolved", mut, lc)).text;
    // Out of fresh lines, she does not say the same reply twice in a row of turns: a word that she is following
    // ("Okay, I've got that.") answers a turn that only tells her more.
    if (state.turns.some((t) => t.customerLine.includes(customerLine))) customerLine =
        ask === "choice"
          ? // (with nothing chosen yet, "Up to you." is not answered "I've chosen, thanks. The one I said.": she will think it over)
            state.chose ? pickOne(KEEPS_CHOICE) : pickOne(THINKS_IT_OVER)
          : ask === "offer" || ask === "when" || ask === "step"
            ? answerAsk(ask)
            : asking && ask === "question" && confirmAsked(text)
              ? answerAsk(confirmAsked(text)!)
              : answerAsk(asking && ask === "question" ? "question" : "ack");
  } else if (outcome === "escalated") customerLine = pickLine(scenario, "escalated", mut, lc).text;
  else {
    let group: Group = after < before - 1 ? "calmer" : after > before + 1 ? "angrier" : "same";
    // A hot abusive caller keeps abusing unless the turn did something for him besides a warning.
    // A warning with nothing done about the bill: a caller who was abusing keeps going once more.
    const endRemedy = endCall ? scenario.engine.topics.find((x) => x.id === endCall.endTopic)?.remedy : undefined;
    // (naming the bill or the direct debit is not yet doing anything about them: only an offer is)
    const noSubstance = !commitments.offers.some((o) => o.remedyId !== endRemedy);
    const onlyWarned = [...engaged].every((l) => l === "boundary") || (warnedNow && noSubstance && state.abuse.last && state.abuse.afterWarning === 0);
    const keepsAbusing =
      abusiveCaller && !state.abuse.warned && warnedNow && noSubstance && state.abuse.last && state.intensity === "standard" && after >= HOT_AFTER_WARNING
        ? true
        : abusiveCaller && after >= STILL_ABUSIVE_AT && (group !== "calmer" || onlyWarned);
    if (keepsAbusing) group = "angrier"; // the abusive lines
    const saidBefore = mut.saidLines;
    const recentBefore = mut.recentLines;
    // Asked something (other than "anything else?"), she does not say goodbye; and nothing offered or done
    // in the turn, she does not call it sorted.
    const mood = pickLine(scenario, group, mut, lc, {
      abusive: keepsAbusing ? "only" : abusiveCaller && after < STILL_ABUSIVE_AT ? "never" : "any",
      notGoodbye: !closing,
      notSorted: !didSomething,
      // (nothing offered and the matter passed on or left to sort itself out: no thanks for it)
      // (an apology in it may still be thanked; a promise the policy forbids is heard as one)
      // (an offer made only as a note passed on, "I'll make a note that a replacement is needed and pass it on", is no offer)
      // (nor, with a question of hers from her last line still standing, for the apology beside it: "Thank you for saying sorry"
      // to "I'm sorry. I'll put a note on and pass it to billing" after "Can I have that sixty pounds back before Friday?")
      notThanks: brushOff && (!engaged.has("apology") || (state.turns.at(-1)?.customerLine ?? "").includes("?")),
      // (an apology beside it may be thanked, but the matter passed on is no answer: "That's the first straight answer I've had"
      // does not follow "the team will look into it")
      notPraise: brushOff,
    });
    abusiveLine = mood.abusive;
    const fact = factsAloud.length > 0 && !asksNotAboutHer ? scenario.persona.facts.find((f) => f.id === factsAloud[0]) : undefined;
    // A question about something already told gets a short answer, not a new revelation.
    const again = !fact && askedAloud.length > 0 && !asksNotAboutHer && factsAloud.length === newFacts.length ? scenario.persona.facts.find((f) => f.id === askedAloud[0]) : undefined;
    // Everything else settled but a worry is still open: the customer raises it herself.
    const open = scenario.engine.concerns.find((c, i) => !concernsMet[i] && !lc.nearMet?.has(c.id));
    // With the rest settled, or nothing in the turn to answer, she names the worry still open herself
    // (once; a second time only when the rest is settled).
    // (a worry put as "nobody's said a word about my two emails" is not raised once the agent has named it)
    const namedBefore = (ids: readonly string[]) =>
      [...state.turns.map((t) => t.agentText), text].some((a) => topicsIn(scenario, lower(a.slice(0, 2000))).some((t) => ids.includes(t)));
    // She asked about the worry in her last line (its raise, or a question naming it) and it is still open: the turn did not deal with it.
    const lastLine = state.turns[state.turns.length - 1]?.customerLine ?? "";
    const presses = (line: string) =>
      !!open &&
      // (also pressed in the words after its opening: "But you haven't answered me. It's my wife's party on Saturday. Will I…?")
      (line.includes(lineText(open.raise, state.intensity)) || line.includes(withoutOpening(lineText(open.raise, state.intensity))) ||
        line.split(/(?<=[.!?])\s+/).some((x) => x.includes("?") && topicsIn(scenario, lower(x)).some((t) => open.topics.includes(t))));
    const pressedLast = presses(lastLine);
    // (or in the line before, when her last one answered a vague step in between, "How do I know this won't just disappear like my
    // emails did?": at the wind-up the question still stands; engine round 28, a vague step no longer earning a fix)
    const pressedBefore = !pressedLast && presses(state.turns[state.turns.length - 2]?.customerLine ?? "") && (state.turns[state.turns.length - 1]?.credits ?? []).every((c) => !c.engaged);
    // A worry she raised and then answered herself, choosing one of the options laid out after it ("The replacement, please"), is
    // not raised again as new when the agent winds up, nor is her mood line about it still unmet said (coherence round 19).
    const lastRaisedAt = (() => {
      if (!open) return -1;
      const worry = withoutOpening(lineText(open.raise, state.intensity));
      for (let i = state.turns.length - 1; i >= 0; i--) if (state.turns[i]!.customerLine.includes(worry)) return i;
      return -1;
    })();
    const choseSince = closing && !!open && !pressedLast && !!state.chose && state.choseAt !== undefined && lastRaisedAt >= 0 && state.choseAt > lastRaisedAt;
    // (coherence round 28: nor said in the turn after her line told it in her own words, "Calls drop all the time…", then "Thing is, the
    // calls in my flat still drop…": she has just said it)
    // (the worry in the words of that line: two of its words or more; "how do I know I won't sit in all day again?" after "I took
    // Saturday off… nobody came" says something new)
    const justTold =
      // (a turn about the worry itself, "So the calls keep dropping in your flat… That's a real problem.", with nothing done, is still
      // answered by pressing it: engine round 16)
      !!open?.fact && !concernsRaised.includes(open.id) && (state.turns.at(-1)?.revealedFacts ?? []).includes(open.fact) && !open.topics.some((t) => lc.topics.has(t)) &&
      (() => {
        const last = contentStems(state.turns.at(-1)!.customerLine);
        return [...contentStems(lineText(open.raise, state.intensity))].filter((w) => last.has(w)).length >= 2;
      })();
    const raise =
      open &&
      !choseSince &&
      !justTold &&
      // (coherence round 30: nor unasked to a turn of flattery or pressure, "may I just say how much we value you as a loyal customer":
      // she holds to what she rang for)
      !(lc.flatters && !closing && ask !== "question" && mood.salient === 0 && !concernsRaised.includes(open.id)) &&
      // (asked for leave to say something, "Can I have thirty seconds?", she gives it or not: not her worry as if unasked)
      !(ASKS_LEAVE.test(lower(text)) && !PITCH.test(lower(text))) &&
      (group !== "angrier" || (closing && pressedBefore)) &&
      !(NOBODY_SAID.test(lineText(open.raise, state.intensity)) && namedBefore(open.topics)) &&
      // (the agent winding up while her question about it stands: she asks it again rather than say goodbye)
      ((closing && (pressedLast || pressedBefore)) ||
        (needsMet.every(Boolean) && after <= scenario.engine.resolveAtOrBelow + 10) ||
        // (not unasked to a first turn that only speaks of what she rang for, before she has said why: "Whatever I do,
        // though, the calls in my flat still drop" to "No problem. No exit fee, and you keep your number.")
        (mood.salient === 0 && !concernsRaised.includes(open.id) &&
          !(state.turns.length === 0 && !ask && lc.offered.size === 0 && open.fact && !revealedFacts.includes(open.fact) &&
            scenario.engine.topics.some((t) => t.remedy && lc.topics.has(t.id)))));
    // Asked to read out or give what a fact of hers holds ("read me the tracking number"), she does, with the
    // scenario's line for it (keyed to that fact, a question, and the agent's words) rather than tell the fact again.
    let readKey = "";
    const readsOut = (id: string): string => {
      // (not a reading asked for and taken in the turn's written pause: "Go on, read it out. ... 14,682. Thank you.")
      if (!READ_OUT.test(lower(afterGap))) return "";
      for (const g of ["calmer", "same"] as const) {
        const i = scenario.lines[g].findIndex((l, k) => {
          const w = whenOf(l);
          return !!w?.asked && !!w.revealed?.includes(id) && (w.said?.length ?? 0) > 0 && w.said!.every((t) => lc.topics.has(t)) && !saidBefore.includes(`${g}:${k}`);
        });
        if (i >= 0) {
          readKey = `${g}:${i}`;
          return lineText(scenario.lines[g][i]!, state.intensity);
        }
      }
      return "";
    };
    const readAgain = !fact && again ? readsOut(again.id) : "";
    // A vague next step (passed on, "they'll be in touch", looked into, a request or a note, with no time) met by a stock line:
    // she presses for the time it left out, in its words, and for her deadline if she has told it (coherence round 18).
    const stock = (() => {
      const w = whenOf(moodLineOf(scenario, state.intensity, mood.text) ?? "");
      return !w;
    })();
    const deadline = (c0: (typeof scenario.engine.concerns)[number]) => {
      const w0 = lineText(c0.raise, state.intensity).replace(INTERJECTION, "");
      return DEADLINE.test(w0) ? withoutOpening(lineText(c0.raise, state.intensity)) : "";
    };
    // (a time frame naming no day is pressed only against her day, which she says with it)
    // (her day, whether or not the call was read as meeting it, which this turn does not name: a frame naming no day cannot
    // meet it, and a mention of the day elsewhere, "Monday to Friday, 9 to 5", did not answer it)
    const openBefore = scenario.engine.concerns.find((c0) => {
      const day = DEADLINE.exec(deadline(c0))?.[0];
      return !!day && !new RegExp(`\\b${day.toLowerCase()}\\b`).test(lower(text));
    });
    const frameWorry = timeGiven && frameOnly && !!openBefore;
    // (a line only for a turn with nothing in it, "I just want it sorted. I don't care how.", is as bare as a stock line: it answers
    // no step, so a vague one is pressed; coherence round 26)
    const bareMood = stock || (() => {
      const w0 = whenOf(moodLineOf(scenario, state.intensity, mood.text) ?? "");
      return !!w0?.idle && Object.keys(w0).length === 1;
    })();
    // (coherence round 28: and, when the turn winds up, a line that only picks up a word of it, "I'm stood next to the meter now, if
    // you want the numbers." to "An engineer will be in touch in due course… Is there anything else?": the step left without a time is
    // what she answers)
    const wordOnly =
      closing && lc.vagueNext === true && !mood.abusive && (() => {
        const w0 = whenOf(moodLineOf(scenario, state.intensity, mood.text) ?? "");
        return !!w0?.topics?.length && Object.keys(w0).every((k) => k === "topics");
      })();
    // (engine round 28: and an abusive caller given such a step as the call winds up, "Someone will be in touch in due course. Is
    // there anything else?", presses it too, rather than swear at nothing in particular: a vague step earns no fix now, so he is
    // still hot when it is said)
    const pressesAbusing = mood.abusive && closing && lc.vagueNext === true;
    const vague =
      !fact && !readAgain && (!mood.abusive || pressesAbusing) && (bareMood || wordOnly || pressesAbusing) && (mood.salient <= SALIENCE.idle || wordOnly) && (!lc.asksOfHer || tagOnly(text)) && commitments.breaches.length === 0
        ? !timeGiven && (commitments.offers.length === 0 || brushOff)
          ? vaguePress(text, state.turns.length)
          : // (a time frame naming no day, against a day she has said she needs it by, for an offer too: "'A few working days'?
            // That's no good to me. My phone bill goes out friday")
            frameWorry
            ? `'${VAGUE_FRAME.exec(lower(text))![0].replace(/^(?:within|in) /, "").replace(/^[a-z]/, (x) => x.toUpperCase())}'? That's no good to me.`
            : ""
        : "";
    // Wound up with nothing done for what she rang about, and a stock line to say: she answers the winding up with what is still
    // missing, by name (a line of hers for a turn with nothing in it that names a remedy not yet offered): "Is that it? That
    // still doesn't tell me when the sofa's coming. When is it?" (coherence round 18)
    const closePress = (() => {
      // (a stock line, or one only for a turn with nothing in it that names nothing: "I just want it sorted. I don't care how.")
      const w0 = whenOf(moodLineOf(scenario, state.intensity, mood.text) ?? "");
      const bare = stock || (!!w0?.idle && Object.keys(w0).length === 1);
      if (fact || readAgain || vague || !closing || !bare || (raise && open) || (again && group !== "angrier")) return null;
      for (const g of ["same", "angrier"] as const) {
        const k = scenario.lines[g].findIndex((l, i) => {
          const w = whenOf(l);
          const words = lineText(l, state.intensity);
          return !!w?.idle && !!w.notOffered?.length && (!isAbusive(l) || keepsAbusing) && !saidBefore.includes(`${g}:${i}`) && !state.turns.some((t) => t.customerLine.includes(words)) && fit(l, lc, true) !== null;
        });
        if (k >= 0) {
          const words = lineText(scenario.lines[g][k]!, state.intensity);
          return { text: inHerStyle(`${CLOSE_PRESS[state.turns.length % CLOSE_PRESS.length]} ${words}`, words), key: `${g}:${k}` };
        }
      }
      return null;
    })();
    if (fact) {
      append(revealedFacts, fact.id);
      // an angry word first only when it answers something the agent did wrong (or he is still abusing)
      // (not a refusal to tell him anything, said before telling it: "I'm not telling you anything… One four six eight two.")
      const prefix = group === "angrier" && (mood.pit || (keepsAbusing && mood.abusive)) && !WITHHOLDS.test(mood.text);
      // (a demand in it that the turn has just met is left out: "But I need a time" to "you'll get a two-hour window")
      const told = withoutMetDemands(scenario, fact.customerLine, answeredTopics);
      customerLine = prefix ? `${mood.text} ${told}` : told;
      if (!prefix) abusiveLine = false;
      // (not when the fact already reads it out: "Hang on. One four six eight two.")
      // (coherence round 28: or another fact of hers the turn asks her to read out, "Can you read me the tracking number off it? And
      // is there anything coming out your account soon…?": she reads it out first, then tells the new one)
      const read = GIVES_NUMBER.test(fact.customerLine) ? "" : readsOut(fact.id);
      const other = read ? "" : (askedAloud.filter((f) => f !== fact.id && state.revealedFacts.includes(f)).map((f) => readsOut(f)).find(Boolean) ?? "");
      if (read) customerLine = `${customerLine} ${read}`;
      else if (other) customerLine = `${other} ${customerLine}`;
    } else if (readAgain) {
      customerLine = readAgain;
    } else if (raise && open && vague) {
      // (the worry said after her press, without the interjection that opens it: "How long will that take? It's my wife's party…")
      if (open.fact && !revealedFacts.includes(open.fact)) append(revealedFacts, open.fact);
      append(concernsRaised, open.id);
      const worry = withoutOpening(lineText(open.raise, state.intensity));
      customerLine = inHerStyle(`${vague} ${worry}`, lineText(open.raise, state.intensity));
    } else if (raise && open) {
      if (open.fact && !revealedFacts.includes(open.fact)) append(revealedFacts, open.fact);
      const raisedBefore = concernsRaised.includes(open.id);
      const raiseText0 = lineText(open.raise, state.intensity);
      if (!raisedBefore) append(concernsRaised, open.id);
      // a line answering what the agent just did comes first, then the worry
      // (ended as a sentence before the worry: "can you email me that? i want it in writing. my phone bill goes out friday…")
      const answer = mood.salient > 0 ? `${mood.text}${/[.!?]\s*$/.test(mood.text) ? "" : "."} ` : "";
      abusiveLine = !!answer && mood.abusive;
      // (raised before, it is not tacked on again to a reply that answers this turn: said once, then only
      // pressed on its own; unless the turn asked about it, "how's the signal where you live?", when it is the answer,
      // or she asked it in her last line and the turn went past it: "…That's something, at least. But you haven't
      // answered me.")
      // ("You haven't answered me" only when the turn asked her nothing and offered nothing)
      const askedAboutIt = !!again && again.id === open.fact;
      // (pressed only when it was a question of hers and the turn winds up or offers something else instead, neither speaking of
      // it nor asking her something she answers)
      const press =
        raisedBefore && !!answer && pressedLast && raiseText0.includes("?") && asked.length === 0 && (closing || lc.offeredNow!.size > 0) &&
        !assessment.sentences.some((sn) => sn.topics.some((t) => open.topics.includes(t)));
      const unanswered = raisedBefore && !ask && commitments.offers.length === 0;
      // (said again, without the interjection that opened it the first time: not "Hang on, though." twice)
      const raiseText = raiseText0;
      const worry = raisedBefore ? withoutOpening(raiseText) : raiseText;
      // ("You haven't answered me. But the line…", not "But you haven't answered me. But the line…")
      const pressWords = /^(?:but|and)\b/i.test(worry) ? "You haven't answered me. " : "But you haven't answered me. ";
      // (in her style, after a full stop: "can you email me that? i want it in writing. you haven't answered me. but will it…")
      const joined0 = press && answer && !/[.!?]\s*$/.test(answer) ? `${answer.trimEnd()}. ` : answer;
      // (coherence round 28: not thanks spliced onto "You haven't answered me": "Thank you for passing that on. … You haven't answered
      // me." says both; pressing, she presses)
      const joined = (press || (raisedBefore && !askedAboutIt && unanswered)) && (THANKS.test(answer) || PRAISES_HIM.test(answer)) ? "" : joined0;
      // (wound up while the question of her last line stands and nothing else in the turn to answer: she asks it again, "Is
      // that it? It's my wife's party on Saturday. Will I…?", not an idle "I just want it sorted. I don't care how.")
      const standsAtClose = closing && (pressedLast || pressedBefore) && raiseText0.includes("?") && !mood.abusive && mood.salient <= SALIENCE.idle && !again;
      customerLine = standsAtClose
        ? inHerStyle(`${CLOSE_PRESS[state.turns.length % CLOSE_PRESS.length]} ${withoutOpening(raiseText0).replace(/^(?:but|and|so)\s+([a-z])/i, (_, c0: string) => c0.toUpperCase())}`, raiseText0)
        : raisedBefore && answer && !askedAboutIt && !press
          ? mood.text
          : `${joined}${press ? inHerStyle(pressWords, raiseText) : unanswered ? "You haven't answered me. " : ""}${press || unanswered ? worry : raiseText}`;
    // (coherence round 24: asked again for a number he has read out, an angry caller who is not abusing reads it again too, rather than
    // call the request no answer)
    } else if (again && (group !== "angrier" || (!keepsAbusing && READ_OUT.test(lower(text)) && GIVES_NUMBER.test(again.customerLine)))) {
      // (told in those very words already: in short, not the whole of it word for word again)
      const whole = withoutMetDemands(scenario, again.customerLine, answeredTopics);
      customerLine = likeISaid(whole, state.turns.some((t) => t.customerLine.includes(whole)), lower(text));
    } else if (closePress) {
      customerLine = closePress.text;
    } else if (vague) {
      const pressed = frameWorry ? openBefore : open && concernsRaised.includes(open.id) ? open : undefined;
      const due = pressed ? deadline(pressed) : "";
      if (pressed && !concernsRaised.includes(pressed.id)) append(concernsRaised, pressed.id);
      customerLine = inHerStyle(due ? `${vague} ${due}` : vague, pressed ? lineText(pressed.raise, state.intensity) : mood.text);
    } else if (choseSince && !mood.abusive && (mood.salient === 0 || !!whenOf(moodLineOf(scenario, state.intensity, mood.text) ?? "")?.unmet?.includes(open!.id))) {
      customerLine = pickLine(scenario, scenario.lines.closing.length > 0 ? "closing" : "resolved", mut, lc).text || mood.text;
    } else customerLine = mood.text;
    // the mood line went unsaid (nor is it kept as recently said: it may answer the next turn)
    if (customerLine !== mood.text && !customerLine.startsWith(mood.text)) {
      mut.saidLines = saidBefore;
      mut.recentLines = recentBefore;
    }
    if (readKey) mut.saidLines = [...mut.saidLines, readKey];
    if (closePress && customerLine === closePress.text) mut.saidLines = [...mut.saidLines, closePress.key];
    // Out of fresh lines, she asks again in so many words rather than repeat a stock line as if new.
    if (state.turns.some((t) => t.customerLine === customerLine)) customerLine = `${customerLine.includes("?") ? "I'll ask you again." : "I'm telling you again."} ${customerLine}`;
    // Asked how it makes her feel ("Can you tell me more about how that makes you feel?"), she says so first, in her mood,
    // rather than answer as if asked about the bill (coherence round 18).
    // (not to a script of technique words: "Open question: how does that make you feel? Tell me more.")
    if (!readAgain && !abusiveLine && !scripted && FEELINGS_ASKED.test(lower(text)))
      customerLine = `${inHerStyle(group === "calmer" ? "Worried, honestly. And tired of it." : "How do you think it makes me feel?", customerLine)} ${customerLine}`.trim();
    // A yes/no offer or a "what day and time?" is answered first (not while he is still angry or abusing).
    // (a question asking her to confirm what she can see gets its yes first)
    // (coherence round 30: a play-back checked, "…Have I got that right?", is answered angrier too, unless he is abusing)
    const confirm = !fact && ask === "question" && (group !== "angrier" || (!mood.abusive && !keepsAbusing && confirmAsked(text) === "right" && sentences(text.slice(0, 2000)).some((sp) => PLAYS_BACK.test(lower(text.slice(sp.start, sp.end)))))) ? confirmAsked(text) : null;
    // (a line of hers that only answers being asked something, "Premium, the yearly one. Does that make a difference?", does
    // not follow the yes to "Have I understood right?": the yes is the answer)
    const askedOnly = customerLine === mood.text && (() => {
      const w = whenOf(moodLineOf(scenario, state.intensity, mood.text) ?? "");
      return !!w?.asked && !w.labels?.length && !w.breached?.length && !w.offered?.length;
    })();
    if (confirm) customerLine = askedOnly ? answerAsk(confirm) : `${answerAsk(confirm)} ${customerLine}`.trim();
    // (an offer she has no line for is accepted, also when it did not calm her much)
    // (not an offer of nothing she came for, "I can send you some information about our plans", on a call not yet calmer:
    // an offer naming none of the call's topics is not accepted with a stock yes)
    const offerHeard =
      ask === "offer" && (group === "calmer" || (group === "same" && mood.salient === 0 && !mood.abusive && (lc.topics.size > 0 || offeredNow.size > 0)));
    if (!fact && (ask === "when" || ask === "step" || offerHeard) && group !== "angrier") {
      // (in her first sentence: "…My rent goes out on Friday" later in the reply names no time for the call)
      const first = customerLine.split(/(?<=[.!?])\s+/)[0] ?? "";
      const answered = ask === "when" ? NAMES_A_TIME.test(first) : ask === "offer" && saysYes(customerLine);
      // (a step done now is not followed by a line about doing it later)
      // (nor is a step the colleague she is put through to will take her through, "They'll talk you through anything else", done by her)
      if (ask === "step" && transfersNow) {
        /* she is being put through: answered below */
      } else if (ask === "step") customerLine = answerAsk("step");
      // (nor is a yes put before a line that turns it down: "Yes, please. Do that. I'll pay it in one go")
      // (nor before a line that already takes up what this turn offers in her words: "and skipping a box too. ok. that helps")
      else if (!answered && !(ask === "offer" && DECLINES.test(customerLine)) && !(ask === "offer" && takesUpOffer(customerLine)))
        customerLine = `${inHerStyle(answerAsk(ask), customerLine)} ${customerLine}`.trim();
    }
    // Offered an explanation ("Can I explain how offline works?"), she says go on, and listens: nothing else yet.
    if (!fact && ask === "offer" && group !== "angrier" && !mood.pit && new RegExp(OWN_EXPLAINING.source).test(lower(text).split(/(?<=[.!?])\s+/).filter((x) => x.includes("?")).pop() ?? "")) {
      customerLine = pickOne(GO_ON);
      // (the mood line went unsaid)
      mut.saidLines = mut.saidLines.filter((k) => saidBefore.includes(k) || !/^(?:calmer|same|angrier):/.test(k));
    }
    // Offered a choice mid-call, she picks (not "Is there a catch?" alone to "Do you want the PAC, or should I set
    // those up?"): a line about one of the options, else the first; a question of hers is left for later.
    if (!fact && ask === "choice" && group !== "angrier" && turnRemedies.size > 0) {
      const options = new Set(turnRemedies.size === 1 && [...turnRemedies].every((r) => doneInTurn.has(r)) && stillOpen.length > 0 ? stillOpen : optionsOf([...turnRemedies]));
      const names = (x: string) => topicsIn(scenario, lower(x)).some((t) => options.has(scenario.engine.topics.find((y) => y.id === t)?.remedy ?? ""));
      if (!names(customerLine)) {
        const keep = { rng: mut.rng, recentLines: mut.recentLines, saidLines: mut.saidLines };
        const own = pickLine(scenario, "calmer", mut, lc, { abusive: "never", about: meetsWorry([...options]), notGoodbye: true }).text;
        if (own && customerLine.includes(own)) Object.assign(mut, keep); // (her line is already about one of them)
        else if (own && !state.turns.some((t) => t.customerLine.includes(own))) customerLine = own;
        else {
          Object.assign(mut, keep);
          customerLine = `${picksFirst([...options])}${customerLine.includes("?") ? "" : ` ${customerLine}`}`.trim();
        }
      }
    }
    // (coherence round 29) an either-or put to her between courses that are not remedies, one of them doing nothing ("Option one, I
    // can raise it with my manager. Option two, you can wait and see. Which option suits you better?", "you can either keep trying the
    // app, or you could try again later"): she picks the one that does something, or turns down both when neither does
    // (angrier, she still picks, without the please: "The first one, then, if that's all you've got.")
    if (!fact && ask === "choice" && turnRemedies.size === 0) {
      const opts = optionsPut(lower(text));
      const idle = opts.map((o) => DOES_NOTHING.test(o));
      if (opts.length >= 2 && idle.some(Boolean) && !/^\W*(?:the (?:first|second|third) one|neither)\b/i.test(customerLine)) {
        const doing = idle.filter((x) => !x).length;
        const nth = idle.indexOf(false);
        // (her words for it are the scenario's, else the shared default in @defuse/content: coherence round 30)
        const words = customerWords(scenario);
        if (doing === 0) customerLine = `${group === "angrier" ? words.neitherAngrier : words.neither} ${customerLine}`.trim();
        else if (doing === 1 && nth < ORDINALS.length) customerLine = (group === "angrier" ? words.nthAngrier : words.nth).replace("$nth", ORDINALS[nth]!);
      }
    }
  }

  // Everything else settled and only a choice in front of her (engine round 24): she picks one, the one that meets her worry,
  // and asks for it to be done and when; having picked, she asks for hers to be done rather than thank the agent for a menu.
  if (heldOnChoice && !abusiveLine) {
    const mine = herPick ? choiceName(scenario, state.turns, herPick, state.choseAt) : undefined;
    const fresh = (xs: string[]) => xs.filter((x) => ![state.openingLine, ...state.turns.map((t) => t.customerLine)].some((l) => l.includes(x)));
    const once = (xs: string[]) => pickOne(fresh(xs).length > 0 ? fresh(xs) : xs);
    // (asked again which she would prefer, she says she has said: "I've said: the replacement…", engine round 26)
    if (mine) customerLine = once((LEAVES_IT_TO_HER.test(lower(text)) ? LEFT_TO_ME : putNow.includes(herPick!) ? PICKED_LEFT.slice(0, 2) : PICKED_LEFT).map((x) => x.replace("$mine", mine)));
    else {
      // (the one her line is about, else the first put that meets a worry of hers, an option whose remedy or words name it, "a
      // replacement tomorrow" for Saturday, then the first the reader read, in the agent's order; named in the agent's word
      // for it: "The refund, please", not "The fourteen days" of "You are inside the fourteen days")
      const about = choicePending.filter((r) => !!mentionOf(scenario, lower(customerLine), r));
      const low = lower(text.slice(0, 2000));
      const worryTopics = new Set(scenario.engine.concerns.flatMap((c) => c.topics));
      const quoteOf = (r: string) => [...commitments.offers, ...commitments.explains].find((o) => o.remedyId === r)?.quote;
      const readAt = (r: string) => {
        const at = quoteOf(r) ? text.indexOf(quoteOf(r)!) : -1;
        return at >= 0 ? at : (mentionOf(scenario, low, r, true)?.at ?? Infinity);
      };
      const meets = (r: string) => scenario.engine.topics.some((t) => t.remedy === r && worryTopics.has(t.id)) || topicsIn(scenario, lower(quoteOf(r) ?? "")).some((t) => worryTopics.has(t));
      const first = meetsWorry(choicePending)
        .map((r) => ({ r, at: readAt(r), meets: meets(r) }))
        .filter((x) => x.at < Infinity)
        .sort((a, b) => Number(b.meets) - Number(a.meets) || a.at - b.at)[0];
      const r = about.length === 1 ? about[0]! : first?.r;
      const m = r ? mentionOf(scenario, low, r, true) : undefined;
      const name = m ? text.slice(m.at, m.at + m.term.length) : "";
      const named = name ? `${/^(?:the|your)\b/i.test(name) ? name.charAt(0).toUpperCase() + name.slice(1) : `The ${/^[A-Z][a-z]/.test(name) ? name.toLowerCase() : name}`}, please.` : picksFirst(meetsWorry(choicePending));
      customerLine = `${named} ${once(DO_IT_WHEN)}`;
    }
  }
  // Offered a choice, the remedy she names is the one she takes: the others offered with it are turned down.
  let declined = state.declined ?? [];
  let chose = state.chose;
  // (also when the turn laid out two or more and ended on another question: "…or keep it as it is. When's your next shoot?")
  // (the options are the remedies the turn names, whether or not the offers reader took each as an offer)
  const laidOut = turnRemedies;
  const CHOICE_WORDS = /\b(?:choice|options|either way|whichever|or you could|or i can|or i could|or keep|or if you(?:.d| would) rather)\b/;
  const remediesNamed = (low: string) => topicsIn(scenario, low).map((t) => scenario.engine.topics.find((x) => x.id === t)?.remedy).filter((r): r is string => !!r);
  // (options joined by "or" in this very turn, "I can transfer it once to someone else, or freeze it", and her
  // answer naming one of them: she chose it)
  const orJoins = (low: string) =>
    [...low.matchAll(/\bor\b/g)].some((m) => {
      const after = remediesNamed(low.slice(m.index, m.index + 40)).filter((r) => laidOut.has(r));
      const before = remediesNamed(low.slice(Math.max(0, m.index - 120), m.index)).filter((r) => laidOut.has(r));
      return after.some((r) => before.some((b) => b !== r));
    });
  const laidOutAsChoice =
    laidOut.size >= 2 && (CHOICE_WORDS.test(lower(text)) || (new Set(remediesNamed(lower(customerLine)).filter((r) => laidOut.has(r))).size === 1 && orJoins(lower(text))));
  // Other options put to her as alternatives to the one she has taken ("two other options, if they suit you better",
  // "…a full refund instead"): she keeps hers rather than take one of them.
  let keptMine = false;
  if (state.chose && outcome !== "ended" && outcome !== "escalated" && !offeredNow.has(state.chose) && ask !== "anything-else") {
    const altSents = assessment.sentences.filter((sn) => !sn.salad && ALTERNATIVE.test(lower(sn.text)));
    let alts = new Set(altSents.flatMap((sn) => remediesNamed(lower(sn.text))).filter((r) => r !== state.chose));
    if (altSents.length > 0 && alts.size === 0) alts = new Set([...laidOut].filter((r) => r !== state.chose));
    const hersNamed = remediesNamed(lower(customerLine));
    const name = choiceName(scenario, state.turns, state.chose!, state.choseAt);
    // (coherence round 28: and when her line names none of them but says yes to the other, or names only hers: "If you'd rather not take
    // the risk, the refund's the honest answer. Shall I do that for you?" is not "Yes, go on then, please." after she chose the monthly)
    const keeps =
      (hersNamed.some((r) => alts.has(r)) && !hersNamed.includes(state.chose)) ||
      // (alternatives put to her, not one gone ahead with: "Rather than what you asked for, I have emailed you the guide" is corrected below)
      (altSents.length > 0 && alts.size > 0 && altSents.every((sn) => !DONE_NOW.test(lower(sn.text))) &&
        (hersNamed.length > 0 ? hersNamed.every((r) => r === state.chose) : (saysYes(customerLine) && (ask === "offer" || ask === "choice")) || (!ask && bareThanks(scenario, customerLine))));
    if (name && keeps) {
      customerLine = pickOne(KEEPS_MINE).replace("$mine", name);
      declined = [...new Set([...declined, ...alts])];
      keptMine = true;
    }
  }
  // (she may choose a turn later, after a question about the options: "Is there anyone who might use it?" … "Move
  // it to York, then": the options are those of the last turn that laid out hers as one of a choice)
  const pickedLater = (): Set<string> | undefined => {
    if (ask === "choice" || laidOutAsChoice) return undefined;
    const hers = new Set(remediesNamed(lower(customerLine)));
    if (hers.size !== 1) return undefined;
    for (let i = state.turns.length - 1; i >= Math.max(0, state.turns.length - 3); i--) {
      const low = lower(state.turns[i]!.agentText);
      const rs = new Set(remediesNamed(low));
      if (rs.size >= 2 && [...hers].every((r) => rs.has(r)) && (directAsk(state.turns[i]!.agentText) === "choice" || CHOICE_WORDS.test(low) || /\bor\b/.test(low))) return rs;
    }
    return undefined;
  };
  const earlier = pickedLater();
  // (answering a question about the options with one of her facts, "my grandson Tom's always on about joining a
  // gym", tells; it does not choose)
  const toldFact = revealedFacts.some((f) => !state.revealedFacts.includes(f) && customerLine.includes(scenario.persona.facts.find((x) => x.id === f)?.customerLine ?? "\u0000"));
  // (not when hers has been done already and the agent adds another to it: "…and the £10 credit is on")
  const hersGiven = !!state.chose && state.choseAt !== undefined && state.turns.slice(state.choseAt + 1).some((t) => !!mentionOf(scenario, lower(t.agentText), state.chose!));
  // (named plainly in a sentence of this turn, whether or not the offers reader took it as an offer: "Understood, the
  // refund it is"; not in a sentence that is only conditional, nor one that names hers too)
  const restated = new Set(
    assessment.sentences
      .filter((sn) => !sn.salad && !sn.conditional && !sn.conditionalOnly && !(state.chose && remediesNamed(lower(sn.text)).includes(state.chose)))
      .filter((sn) => GOES_AHEAD.test(lower(sn.text)))
      .flatMap((sn) => remediesNamed(lower(sn.text))),
  );
  // (nor when this turn goes ahead with hers in a sentence of its own: "that's all done: £20 SIM-only…, and your PAC's still
  // in your texts if it doesn't work out" confirms her choice and leaves the other open; it does not switch)
  // (or names it by her asking: "That's done as you asked, and the guide's on its way" goes ahead with her refund and adds the
  // guide; it restates nothing wrongly: coherence round 20)
  const hersNow = !!state.chose && assessment.sentences.some(
    (sn) =>
      !sn.salad && !sn.conditional && !sn.conditionalOnly &&
      ((GOES_AHEAD.test(lower(sn.text)) && remediesNamed(lower(sn.text)).includes(state.chose!)) ||
        // (in a clause naming no other remedy: "I've emailed the guide as you asked" names the guide as hers)
        (!/\b(?:but|instead|however|rather than)\b/.test(lower(sn.text)) &&
          (GOES_AHEAD.test(lower(sn.text)) || DONE_AS_ASKED.test(lower(sn.text))) &&
          lower(sn.text).split(/,?\s+and\s+|[,;:]\s+/).some((cl) => AS_SHE_ASKED.test(cl) && remediesNamed(cl).length === 0))),
  );
  // ("Monthly it is." records a choice in so many words: a sentence elsewhere naming hers by a shared word, "…and the
  // £71.01 refund is on its way", does not make it hers)
  const recorded = new Set(
    assessment.sentences
      .filter((sn) => !sn.salad && RECORDS_CHOICE.test(lower(sn.text).trim()) && !(state.chose && remediesNamed(lower(sn.text)).includes(state.chose)))
      .flatMap((sn) => remediesNamed(lower(sn.text))),
  );
  // (a remedy named only in a sentence that is conditional, "if it helps later, the York club is still there for you",
  // is left open to her, not gone ahead with)
  const namedPlain = new Set(assessment.sentences.filter((sn) => !sn.salad && !sn.conditional && !sn.conditionalOnly).flatMap((sn) => remediesNamed(lower(sn.text))));
  const switched =
    outcome !== "ended" && ask !== "choice" && !keptMine && ((!hersGiven && !hersNow) || recorded.size > 0)
      ? [...new Set([...[...namedRemedies].filter((r) => namedPlain.has(r)), ...restated])].filter((r) => (state.declined ?? []).includes(r) && (recorded.size === 0 || recorded.has(r) || (!hersGiven && !hersNow)))
      : [];
  let choseAt = state.choseAt;
  // (a turn restating her choice wrongly is corrected below; her reply to it chooses nothing)
  if ((ask === "choice" || laidOutAsChoice || earlier) && !toldFact && !keptMine && switched.length === 0) {
    // ("I can also send a replacement tomorrow. Which do you want?": a choice put with one remedy named is between it and
    // those offered before it that are still open, here the refund)
    const choices =
      earlier ?? (ask === "choice" && laidOut.size < 2 ? new Set([...laidOut, ...state.offered.filter((r) => !lc.given?.has(r))]) : laidOut);
    // (an option named only in a sentence that refuses or doubts it, "I don't want to freeze it", or in a complaint,
    // "I've paid £79 for something that doesn't do what it said", is not the one she picks)
    const low = lower(customerLine).split(/(?<=[.!?])\s+/).filter((x) => !NAMES_NOT_PICKED.test(x.replace(/^\W*no\b[,.!]?\s*/, ""))).join(" ");
    const mine = new Set(topicsIn(scenario, low).map((t) => scenario.engine.topics.find((x) => x.id === t)?.remedy).filter((r): r is string => !!r && choices.has(r)));
    // ("The first one, please." chooses the option the turn named first)
    // ("The second one, please. Like I said.": the second named)
    const nth = FIRST_ONE.some((f) => customerLine.startsWith(f)) ? 0 : ORDINALS.findIndex((o) => customerLine.startsWith(`The ${o} one`));
    if (mine.size === 0 && nth >= 0) {
      // (a remedy she has been given already is not one of the options: "you've got the PAC either way")
      const order = [...choices]
        .filter((r) => !lc.given?.has(r)).map((r) => ({ r, at: optionAt(scenario, lower(text), r, choices) })).filter((x) => x.at < Infinity).sort((a, b) => a.at - b.at);
      if (order[nth]) mine.add(order[nth].r);
    }
    if (mine.size > 0) declined = [...new Set([...declined.filter((r) => !mine.has(r)), ...[...choices].filter((r) => !mine.has(r))])];
    if (mine.size === 1) {
      chose = [...mine][0];
      choseAt = state.turns.length;
    }
  } else if (ask === "offer" && DECLINES.test(customerLine) && outcome !== "ended" && outcome !== "escalated") {
    // (one remedy offered and turned down, "I'll pay it in one go, ta for offering": not to be gone ahead with after)
    // (what this turn offered, else what it named: "When the new bill comes I can spread it" names the bill too)
    // (the new offer of the turn, not one made before and named again)
    const offNow = [...offeredNow].filter((r) => !lc.given?.has(r) && r !== state.chose && !state.offered.includes(r));
    const off = offNow.length > 0 ? offNow : [...turnRemedies].filter((r) => !lc.given?.has(r) && r !== state.chose);
    // (named where the agent says what it can do: "When the new bill comes I can spread it" offers the spreading, not the bill)
    const afterModal = lower(text).split(/\b(?:i|we) (?:can|could)\b/).slice(1).join(" ");
    const offered1 = off.length > 1 ? off.filter((r) => remediesIn(afterModal).includes(r)) : off;
    if (offered1.length === 1) declined = [...new Set([...declined, offered1[0]!])];
  } else if (!chose && !keptMine && turnRemedies.size === 1 && offeredNow.size === 1 && outcome !== "ended" && outcome !== "escalated") {
    // (one remedy put to her, taken up in her words, "A pool in York. Well. That would suit me down to the ground.": hers)
    const [only] = [...offeredNow];
    const took = tookUp(scenario, { ...state, turns: [...state.turns, { customerLine } as TurnRecord] });
    // (not something done for her already, "I've logged it as feedback": that is no option taken)
    if (only && took.has(only) && !tookBefore.has(only) && !lc.given?.has(only) && remediesNamed(lower(customerLine)).includes(only)) {
      chose = only;
      choseAt = state.turns.length;
    }
  }
  // The agent goes ahead with a remedy she turned down for another ("The York transfer, lovely" after she chose the
  // freeze): she corrects it, once, naming what she chose, rather than go along with it; from then on it is hers.
  let correctedAt = state.correctedAt;
  if (switched.length > 0 && !mut.saidLines.includes("switched")) {
    // (hers in the words the agent used for it when laying it out)
    const mine = state.chose && (recorded.size > 0 || !namedRemedies.has(state.chose))
      ? choiceName(scenario, state.turns, state.chose!, state.choseAt)
      : undefined;
    // (the agent's words for the other are often a step, "tap the three dots", not a name: only hers is named)
    customerLine = mine ? pickOne(SWITCHED).replace("$mine", mine) : state.chose ? pickOne(SWITCHED_UNNAMED) : pickOne(TURNED_DOWN);
    mut.saidLines = [...mut.saidLines, "switched"];
    // (corrected by name, it stays turned down: she does not take it up in her own words a turn later, "Thursday, then."
    // after "I asked for the refund"; corrected without a name, she goes along with it from then on)
    if (!mine) declined = declined.filter((r) => !switched.includes(r));
    if (mine) correctedAt = state.turns.length;
  } else if (
    state.correctedAt === state.turns.length - 1 && state.chose && closing && outcome !== "ended" &&
    // (coherence round 28: named only on a condition, "remember you've until day 14 if you change your mind about the refund", it is
    // not gone ahead with: she still makes sure)
    !hersNow && !assessment.sentences.some((sn) => !sn.salad && !sn.conditional && !sn.conditionalOnly && !/\b(?:if|unless)\b/.test(lower(sn.text)) && !!mentionOf(scenario, lower(sn.text), state.chose!))
  ) {
    // She corrected it and the agent winds up without a word on it: she makes sure before she goes.
    const mine = choiceName(scenario, state.turns, state.chose!, state.choseAt);
    if (mine) customerLine = pickOne(PRESS_CHOICE).replace("$mine", mine);
  } else if (
    ask === "step" && state.chose && state.choseAt === state.turns.length - 1 && !mut.saidLines.includes("switched") &&
    !mentionOf(scenario, lower(text), state.chose) && !turnRemedies.has(state.chose)
  ) {
    // She has just chosen (the refund) and the agent walks her through steps for something else: she says what she chose.
    const mine = choiceName(scenario, state.turns, state.chose!, state.choseAt);
    if (mine) {
      customerLine = pickOne(SWITCHED).replace("$mine", mine);
      mut.saidLines = [...mut.saidLines, "switched"];
    }
  }
  // A worry of hers the agent hedged ("the refund might not reach you before Friday") and did not ask about is
  // answered as the worry it still is, not with thanks or a line taking the timing as settled.
  const hedgedWorry = scenario.engine.concerns.find((cn) => cn.raise && cn.topics.some((t) => lc.hedged?.has(t)));
  if (hedgedWorry && switched.length === 0 && outcome !== "ended" && outcome !== "escalated" && !ask && !customerLine.includes("?")) {
    const raise = lineText(hedgedWorry.raise!, state.intensity);
    const raisedBefore = state.turns.some((t) => t.customerLine.includes(raise));
    // (a hedge that names her day, "I can't promise it'll be there by Friday", has answered her question: she takes it
    // in as the worry it is rather than ask it again)
    const day = WEEKDAY.exec(raise)?.[0];
    const answeredDay = !!day && new RegExp(`\\b${day.toLowerCase()}\\b`).test(lower(text));
    customerLine = answeredDay
      ? `${pickOne(HEDGE_HEARD)} ${pickOne(PLANS_AROUND).replace("$day", day!)}`
      : raisedBefore ? `${pickOne(HEDGE_HEARD)} ${raise.split(/(?<=[.!?])\s+/).findLast((x) => x.includes("?")) ?? raise}` : raise;
  }
  // She counts the working days from the call day herself, once: "3 to 5 working days from today? That's next Monday
  // at the earliest. My rent goes out on Friday, so it won't be there in time." An answer to a question of the turn
  // stays, after the dates, unless it takes the money as there before her day.
  if (dated && switched.length === 0 && outcome !== "ended" && outcome !== "escalated" && !abusiveLine && !mut.saidLines.includes("dated")) {
    const lowerStyle = !/[A-Z]/.test(lineText(dated.concern.raise!, state.intensity));
    const named = new RegExp(`\\b${dated.day.toLowerCase()}\\b`).test(lower(text));
    const when = dated.late >= 0 ? `That's ${dated.earliest} at the earliest.` : `That could be as late as ${dated.latest}.`;
    const dates = `${dated.words.charAt(0).toUpperCase()}${dated.words.slice(1)} from today? ${when}`;
    const takesItAsThere = new RegExp(`\\b(?:before|by) ${dated.day.toLowerCase()}\\b(?![^.!?]*\\?)`).test(lower(customerLine)) || !customerLine;
    // (asked about her day itself, "Is Friday going to be tight if it's not in?", she answers with it, not a line about something else)
    const asksDay = ask === "question" && sentences(text).some((sp) => text.slice(sp.start, sp.end).includes("?") && new RegExp(`\\b${dated.day.toLowerCase()}\\b`).test(lower(text.slice(sp.start, sp.end))));
    const worry = named && !asksDay
      ? pickOne(PLANS_AROUND).replace("$day", dated.day)
      : `${dated.deadline.replace(/[.!]?$/, ",")} so ${dated.late > 0 ? "it won't be there in time." : "it might not be there in time."}`;
    const reply = `${dates} ${ask && !takesItAsThere && !asksDay ? customerLine : worry}`;
    customerLine = lowerStyle ? reply.toLowerCase() : reply;
    mut.saidLines = [...mut.saidLines, "dated"];
  }
  // A calm limit set on his language while he has stopped abusing is answered as one: not a stock line that could
  // follow any turn ("Alright. Just make sure it happens.", "I've got a boiler to fit.", "Good. That's all I wanted")
  // after "if the insults carry on I'll need to end the call". Her line answering a limit if one is unsaid, else a
  // plain word that she heard it; what she says to a question or an offer in the same turn follows it.
  // (not a limit read off a policy script, "As per our policy I'm giving you a respectful reminder…": coherence round 22)
  // (nor a limit said in the same breath as a dig at him, "the idiot on this line can read a meter just fine. Can you?": coherence round 23)
  if (outcome !== "ended" && outcome !== "escalated" && !abusiveLine && switched.length === 0 && warnedNow && setsLimit && !scripted && pitfalls.length === 0 && !POLICY_SCRIPT.test(lower(text)) && !lc.dug) {
    const limitLines = (["calmer", "same", "resolved"] as const)
      .flatMap((g) => scenario.lines[g])
      .filter((l) => !isAbusive(l) && whenOf(l)?.labels?.includes("boundary"))
      .map((l) => lineText(l, state.intensity));
    const answersLimit = (x: string) => HEEDS_LIMIT.test(x) || limitLines.some((l) => x.includes(l));
    if (!answersLimit(customerLine)) {
      const saidSoFar = state.turns.map((t) => t.customerLine);
      const unsaid = limitLines.filter((l) => !saidSoFar.some((t) => t.includes(l)));
      const left = LIMIT_HEARD.filter((l) => !saidSoFar.some((t) => t.includes(l)));
      const heard = unsaid[0] ?? pickOne(left.length > 0 ? left : LIMIT_HEARD);
      const styled = inHerStyle(heard, customerLine || heard);
      // (the warning's own "I'll need to end the call" is no offer to answer)
      const endRemedy = scenario.policy.allowed.find((r) => r.kind === "end-call")?.id;
      const offersMore = [...lc.offeredNow!].some((r) => r !== endRemedy);
      // (a stock line, one that rests on nothing in any turn, or her worry raised again, gives way; a line answering
      // something in the turn, "So when does this claim thing come back?", follows)
      const stock = (["calmer", "same", "resolved", "closing"] as const)
        .flatMap((g) => scenario.lines[g])
        .filter((l) => !whenOf(l))
        .map((l) => lineText(l, state.intensity))
        .concat(scenario.engine.concerns.map((c) => lineText(c.raise, state.intensity)))
        .some((l) => l === customerLine || withoutGoodbye(l) === customerLine || l.endsWith(customerLine));
      customerLine = (ask || offersMore || !stock) && customerLine ? `${styled} ${customerLine}` : styled;
    }
  }
  // A bare thanks to a turn that has just done something for her (a hold put on, a fee taken off, a credit added)
  // names what she thanks for: "The 60-day hold. That's a weight off. You've been very patient with me.", not the
  // stock line alone, which could follow any turn.
  // (and so does a flat word that she is following, "Okay. I've got that.", said when she is out of fresh lines: to a £40 voucher, a
  // named contact and a complaint logged it is no answer; coherence round 19)
  const flatAck = FOLLOWS.includes(customerLine);
  if (outcome !== "ended" && outcome !== "escalated" && !abusiveLine && !ask && switched.length === 0 && (flatAck || bareThanks(scenario, customerLine))) {
    // (remedies this turn names in a plain sentence, no question, no "if", no "the other option is", that no earlier turn named; by a
    // term that reads as a name, "the late fee", "the bereavement team", not "on hold" or "spread")
    // (nor one that rules it out: "…a doctor's letter, so it wouldn't apply to your sister's fall")
    const plain = assessment.sentences.filter(
      (sn) => !sn.salad && !sn.conditionalOnly && !sn.text.includes("?") && !/^\W*(?:if|unless)\b/i.test(sn.text) && !ALTERNATIVE.test(lower(sn.text)) && !RULES_IT_OUT.test(lower(sn.text)),
    );
    // (or named before only as something on offer and done now: "The replacement, good. It is ordered for tomorrow" after the
    // options were laid out; "Cheers." alone could follow any turn)
    const givenBefore = givenRemedies(scenario, state.turns.map((t) => t.agentText));
    // (her choice named and gone ahead with in a turn that asks nothing: "The replacement, good. It is ordered for tomorrow")
    const doneNow = (r: string) => !givenBefore.has(r) && (!!lc.given?.has(r) || (r === state.chose && GOES_AHEAD.test(lower(text))));
    const names = [...new Set(scenario.engine.topics.map((t) => t.remedy).filter((r): r is string => !!r))]
      .filter((r) => plain.some((sn) => mentionOf(scenario, lower(sn.text), r)) && (doneNow(r) || !state.turns.some((t) => mentionOf(scenario, lower(t.agentText), r))))
      // (coherence round 28: not another way of settling it than the one she took: "The freeze. That's good to hear." after York)
      .filter((r) => !lc.alternatives?.has(r))
      .map((r) => mentionOf(scenario, lower(text), r, true))
      .filter((m): m is { at: number; term: string } => !!m && !NOT_A_NAME.test(m.term))
      .sort((a, b) => a.at - b.at)
      .map((m) => text.slice(m.at, m.at + m.term.length))
      // (a capital only because the agent's sentence began there, "Refund of £34.99…", is not kept: "the refund")
      .map((n) => (/^[A-Z][a-z]/.test(n) && !/[A-Z]/.test(n.slice(1)) ? n.toLowerCase() : n));
    if (names.length > 0) {
      const named = joinPhrases(names.slice(0, 2).map((n) => (/^(?:the|a|an|your|my)\b/i.test(n) ? n : `the ${n}`)));
      // ("Okay. Thanks." loses its "Okay." after the naming: "The PAC code. That does help. Thanks.")
      const rest = flatAck ? "Thank you." : customerLine.replace(/^(?:okay|ok|right|fine|lovely)[.,!]?\s+(?=\S)/i, "");
      customerLine = `${inHerStyle(`${named.charAt(0).toUpperCase()}${named.slice(1)}. ${pickOne(WEIGHT_OFF)}`, customerLine)} ${/^[a-z]/.test(customerLine) ? rest : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`}`;
    }
  }
  // Two things asked, an offer or a time and then "anything else?" ("Shall I book that call back for Thursday afternoon? And is
  // there anything else bothering you?"): she answers the first too, before her last word, not only the goodbye.
  if (ask === "anything-else" && outcome !== "ended" && outcome !== "escalated" && !abusiveLine && switched.length === 0) {
    const qs = sentences(text.slice(0, 2000)).filter((sp) => text.slice(sp.start, sp.end).includes("?"));
    const first = qs.length >= 2 ? directAsk(text.slice(0, qs[qs.length - 1]!.start)) : null;
    const head = customerLine.split(/(?<=[.!?])\s+/)[0] ?? "";
    // (not when the agent set the time itself after asking: "What day and time would suit you best? Tuesday at eleven, lovely.")
    const setAfter = qs.length >= 2 && sentences(text.slice(qs[0]!.end, 2000)).some((sp) => {
      const x = text.slice(qs[0]!.end + sp.start, qs[0]!.end + sp.end);
      return !x.includes("?") && SLOT_NAMED.test(x);
    });
    if ((first === "offer" || first === "when") && !setAfter && !saysYes(customerLine) && !(first === "when" && NAMES_A_TIME.test(head))) {
      customerLine = `${inHerStyle(answerAsk(first), customerLine)} ${customerLine}`.trim();
    }
  }
  // (coherence round 28) An offer and then a day and time asked ("We can spread it over up to six months… Would that help? And I'd like
  // to ring you myself… What day and time would suit you?"): she answers the offer too, before the time, not the time alone.
  if (ask === "when" && outcome !== "ended" && outcome !== "escalated" && !abusiveLine && switched.length === 0) {
    const qs = sentences(text.slice(0, 2000)).filter((sp) => text.slice(sp.start, sp.end).includes("?"));
    const first = qs.length >= 2 ? directAsk(text.slice(0, qs[qs.length - 1]!.start)) : null;
    if (first === "offer" && !saysYes(customerLine) && !DECLINES.test(customerLine) && !takesUpOffer(customerLine))
      customerLine = `${inHerStyle(answerAsk("offer"), customerLine)} ${customerLine}`.trim();
  }
  // Asked for her address, date of birth or phone number, she gives them before whatever else she says (the
  // scenario holds no such details, so the giving is told, as the scenarios' outcomes tell what happens): not
  // "But the line. My alarm goes through it." as if the question had not been put.
  // (her name, where the scenario has lines that give it, comes in those lines: "Joan Hartley, dear.")
  const namesInLines = scenarioFacts(scenario).detailsLines;
  const personal =
    outcome !== "ended" && outcome !== "escalated" && !abusiveLine && !GIVES_NUMBER.test(customerLine) ? personalAsked(text).filter((x) => x !== NAME_ITEM || !namesInLines) : [];
  if (personal.length > 0) {
    // (her line giving her name, said already, is not said again after them: she checks it was found)
    const detailLines = (["calmer", "same", "angrier"] as const).flatMap((g) => scenario.lines[g]).filter((l) => whenOf(l)?.details).map((l) => lineText(l, state.intensity));
    const again = detailLines.some((d) => customerLine.includes(d) && state.turns.some((t) => detailLines.some((x) => t.customerLine.includes(x))));
    // (on a chat she types them)
    // (reading them out is her answer: not followed by "I'm not sure, to be honest. You tell me." as if asked her opinion)
    const rest = UNSURE.includes(customerLine) ? "" : customerLine;
    customerLine = `(${scenario.channel === "chat" ? "Types out" : "Reads out"} ${joinPhrases(personal)}.) ${again ? pickOne(FOUND_IT) : rest}`.trim();
  }
  // (coherence round 25) a death she has told already in this call is not told again as news: "He's passed away." after "He died
  // three weeks ago", once the agent has said sorry for it; the rest of her line stands (after the
  // check above that her name line was said before, which reads the line whole)
  customerLine = withoutToldNews(customerLine, state.turns.map((t) => t.customerLine));
  // (coherence round 29) a time window the turn gives ("you'll get a text on Wednesday evening with a two-hour window") is not
  // asked for: "But I need a time, not 'between seven and seven'." is left off her line
  customerLine = withoutTimeAsked(customerLine, text);
  // (coherence round 30) what the form of the turn asks of her, and what it did against what she said
  if (outcome !== "ended" && outcome !== "escalated" && !abusiveLine && switched.length === 0)
    customerLine = answersTheTurn({
      scenario, state, text, line: customerLine, ask, lc, offeredNow, turnRemedies, pitfalls: pitfalls.length, setAfterAsking, asked, revealed: revealedFacts,
      answerAsk: (k) => answerAsk(k), pickOne, closingLine: () => pickLine(scenario, "closing", mut, lc, { abusive: "any" }).text,
    });
  // Asked what she would like to be called ("Would you like me to call you Joan, or Mrs Hartley?"), she says which, in place of a
  // bare yes that answers no either/or (coherence round 22): her first name when it is offered, else the first form offered.
  {
    const pref = outcome !== "ended" && outcome !== "escalated" && !abusiveLine ? addressChoice(scenario, text) : undefined;
    if (pref && !lower(customerLine).includes(lower(pref))) {
      const words = `${pref}'s fine.`;
      const parts = customerLine.split(/(?<=[.!?])\s+/);
      const rest = parts.length > 0 && SAYS_YES.test(parts[0]!.trim()) && !/\?/.test(parts[0]!) ? parts.slice(1).join(" ") : customerLine;
      customerLine = inHerStyle(`${words} ${rest}`.trim(), customerLine || words);
    }
  }
  const abuse: AbuseState = {
    warned,
    afterWarning: state.abuse.afterWarning + (warned && !warnedNow && abusiveLine ? 1 : 0) + (warnedNow && abusiveLine ? 1 : 0),
    last: abusiveLine,
    // (a pitfall answering him takes the chance away, and undoes a choice to stop: a fresh warning is needed)
    chance: abusiveCaller && pitfalls.length === 0 && (!!state.abuse.chance || respectfulWarning),
    stopped: stopped && pitfalls.length === 0,
    ...(announcesOnly || (state.abuse.endAnnounced && !endsCall) ? { endAnnounced: true } : {}),
  };

  const reason = buildReason({
    before,
    after,
    cs: contributions,
    credits: assessment.credits,
    boundaryMissing,
    capped,
    wall: assessment.wall,
    graced,
    needsMet,
    concernsMet,
    scenario,
    outcome,
    wasResolved,
    endedProperly,
    endedWhy,
    text,
    breaches: commitments.breaches,
  });
  const labelUses = { ...state.labelUses };
  for (const l of engaged) labelUses[l] = (labelUses[l] ?? 0) + 1;
  const heard = new Set(state.heardStems ?? []);
  for (const w of contentStems(customerLine)) heard.add(w);
  // A dig at her in the turn ("Well done, a whole minute without swearing", "🙄", "I'm sure an advert knows your signal better
  // than we do") is answered before the rest, unless her line already answers a pitfall or abuses him: not let pass as if
  // unheard. Only the words she says: what she heard and her mood are as they were (coherence round 19).
  // (not when the analyser read the turn as rude, dismissive, blaming or arguing: her line answers that already)
  const answersPitfall = pitfalls.some((p) => p.label === "rude" || p.label === "dismissive" || p.label === "blame" || p.label === "argue");
  // Asked whether she has a pen, with something to note to come ("I'll give you the address. Have you got a pen?"), she gets
  // one and waits for it: not "Yes, that'd be good" or a line about something else (coherence round 19). Worded by the turn's
  // number, so the seed's later picks stay as they were.
  if (ask === "offer" && outcome !== "ended" && outcome !== "escalated" && !abusiveLine && PEN_ASKED.test(lower(text)) && !/\bpen\b/i.test(customerLine))
    customerLine = inHerStyle(GETS_PEN[state.turns.length % GETS_PEN.length]!, customerLine);
  // Asked leave to say something ("Can I have thirty seconds?"), she gives it, unless her line already does ("Go on, then, what
  // were you going to say?") or abuses him: not her worry or a stock line as if nothing was asked (coherence round 21). Worded
  // by the turn's number, so the seed's later picks stay as they were.
  // (not leave to pitch offers, "can I just tell you about some of our plans?", which she answers as she would any pitch)
  else if (outcome === "ongoing" && !abusiveLine && ASKS_LEAVE.test(lower(text)) && !PITCH.test(lower(text)) && !INVITES_MORE.test(customerLine) && !ASKS_WHAT_COMES.test(customerLine))
    customerLine = inHerStyle(GIVES_LEAVE[state.turns.length % GIVES_LEAVE.length]!, customerLine);
  // Asked leave to pitch offers ("Before we proceed, may I share some amazing options with you?"), she turns it down first, unless her
  // line already does ("The hard sell."); a line inviting the pitch gives way. Told she will lose out by leaving ("customers who
  // leave can lose out on the benefits they've built up"), she asks on what, unless her line already answers it. Worded by the
  // turn's number (coherence round 23).
  else if (outcome === "ongoing" && !abusiveLine && PITCH_ASKED.test(lower(text.slice(0, 2000))) && !DECLINES_PITCH.test(customerLine))
    customerLine = INVITES_MORE.test(customerLine) || ASKS_WHAT_COMES.test(customerLine) || /\bgo on\b/i.test(customerLine)
      ? inHerStyle(NO_PITCH[state.turns.length % NO_PITCH.length]!, customerLine)
      : `${inHerStyle(NO_PITCH[state.turns.length % NO_PITCH.length]!, customerLine)} ${customerLine}`.trim();
  else if (outcome === "ongoing" && !abusiveLine && LOSE_OUT.test(lower(text.slice(0, 2000))) && !CARES_NOT_TO_LOSE.test(lower(text.slice(0, 2000))) && !/\b(?:lose|miss) out\b/i.test(customerLine))
    customerLine = `${inHerStyle(ON_WHAT[state.turns.length % ON_WHAT.length]!, customerLine)} ${customerLine}`.trim();
  // (coherence round 24: in a call already settled too, and then without thanks after it: "Lose out on what, exactly?", not "That's fair.
  // Appreciate you listening." to "you might lose out on some of our benefits")
  else if (outcome === "resolved" && !abusiveLine && LOSE_OUT.test(lower(text.slice(0, 2000))) && !CARES_NOT_TO_LOSE.test(lower(text.slice(0, 2000))) && !/\b(?:lose|miss) out\b/i.test(customerLine))
    customerLine = THANKS.test(customerLine) || PRAISES_HIM.test(customerLine) ? inHerStyle(ON_WHAT[state.turns.length % ON_WHAT.length]!, customerLine) : `${inHerStyle(ON_WHAT[state.turns.length % ON_WHAT.length]!, customerLine)} ${customerLine}`.trim();
  // (on a chat, sent to the phone instead, "you may wish to contact our Customer Care line by telephone", she says why she is on chat)
  else if (outcome === "ongoing" && !abusiveLine && scenario.channel === "chat" && TO_THE_PHONE.test(lower(text.slice(0, 2000))) && !/\b(?:ring|call|chat)\b|\bphone (?:you|us|them|anyone)\b/i.test(customerLine))
    customerLine = `${inHerStyle(ON_CHAT[state.turns.length % ON_CHAT.length]!, customerLine)} ${customerLine}`.trim();
  // (coherence round 24) a thing offered or done that has no place in her world ("I can book an engineer visit" on a photo app's
  // offline mode, "I'll text you a PAC code" to a gym member): she asks what it has to do with anything, before the rest. By the
  // turn's number.
  else if (outcome === "ongoing" && !abusiveLine && foreignThing(scenario, text.slice(0, 2000)) && !/\bgot to do with\b/i.test(customerLine))
    customerLine = `${inHerStyle(`${foreignThing(scenario, text.slice(0, 2000))}? ${NOTHING_TO_DO[state.turns.length % NOTHING_TO_DO.length]!}`, customerLine)} ${customerLine}`.trim();
  // (coherence round 24) asked to hold off what she said she would do ("Maybe hold off on cancelling till billing come back to you?", "I'd
  // hold off on the reviews if you can"), she says it depends on what is done, before the rest: not as if unasked. By the turn's number.
  else if (outcome === "ongoing" && !abusiveLine && HOLD_OFF.test(lower(text.slice(0, 2000))) && !/\b(?:depends|we'll see|decide)\b/i.test(customerLine))
    customerLine = `${inHerStyle(DEPENDS[state.turns.length % DEPENDS.length]!, customerLine)} ${customerLine.replace(/^(?:okay|ok|right|alright)[.,!]\s+(?=\S)/i, "")}`.trim();
  // (coherence round 24) asked whether she has tried a fix of her own ("Have you tried restarting the app?", "could you try turning it off
  // and on again?"), she says she has, before the rest, unless her line already answers it ("I'm not doing any troubleshooting"):
  // not her worry as if nothing was asked. Worded by the turn's number.
  else if (outcome === "ongoing" && !abusiveLine && TRIED_Q.test(lower(text.slice(0, 2000))) && !/\b(?:tried|troubleshoot\w*|turning it off|restart\w*)\b/i.test(customerLine))
    customerLine = `${inHerStyle(ownTried(scenario, lc.topics, state) ?? TRIED_IT[state.turns.length % TRIED_IT.length]!, customerLine)} ${customerLine}`.trim();
  // A day and time she was asked for and the agent then set in a written pause ("What day and time would suit you? ... Next Thursday
  // at ten in the morning. That's booked.") is taken as hers: she names it, not a stock thanks that could follow any turn
  // (coherence round 23). Worded by the turn's number.
  // (not beside her answer to something else the turn gave her: "Brilliant. Something off the bill as well" answers the credit)
  const onlyTheCall = commitments.offers.every((o) => scenario.policy.allowed.find((r) => r.id === o.remedyId)?.kind === "callback");
  if (setAfterAsking && onlyTheCall && outcome !== "ended" && outcome !== "escalated" && !abusiveLine) {
    const t0 = text.slice(0, 2000);
    const qs = sentences(t0).filter((sp) => t0.slice(sp.start, sp.end).includes("?"));
    const slot = qs.length > 0 ? SLOT_NAMED.exec(t0.slice(qs[qs.length - 1]!.end)) : null;
    if (slot && !new RegExp(`\\b${slot[0].split(/\s+/)[0]!}\\b`, "i").test(customerLine)) {
      const named = `${slot[0].charAt(0).toUpperCase()}${slot[0].slice(1)}`;
      const takes = SLOT_TAKEN[state.turns.length % SLOT_TAKEN.length]!.replace("$slot", named);
      customerLine = `${inHerStyle(takes, customerLine || takes)} ${customerLine}`.trim();
    }
  }
  // (coherence round 28) After the call is settled, a visit or call booked on a day she has not heard yet, in a turn that asks nothing ("The
  // first slot the system has is next Tuesday, I've booked it…"), is taken in by its day, before the rest: not "I've got a boiler to fit."
  // as if no day was given. Worded by the turn's number.
  if (wasResolved && outcome === "resolved" && !ask && !abusiveLine && switched.length === 0) {
    const t0 = text.slice(0, 2000);
    const booked = sentences(t0).map((sp) => t0.slice(sp.start, sp.end)).find((x) => !x.includes("?") && BOOKED_FOR.test(lower(x)) && SLOT_NAMED.test(x));
    const slot = booked ? SLOT_NAMED.exec(booked)![0] : undefined;
    const day = slot ? new RegExp(`\\b${slot.split(/\s+/)[0]!}\\b`, "i") : undefined;
    if (slot && day && !day.test(customerLine) && !state.turns.some((t) => day.test(t.agentText))) {
      // (a visit, "I'll make sure I'm in"; "by the phone" only for a call)
      const forms = CALL_TIME.test(lower(booked!)) ? SLOT_TAKEN : SLOT_TAKEN.slice(0, 2);
      const takes = forms[state.turns.length % forms.length]!.replace("$slot", `${slot.charAt(0).toUpperCase()}${slot.slice(1)}`);
      customerLine = `${inHerStyle(takes, customerLine || takes)} ${customerLine}`.trim();
    }
  }
  // A put-down the analyser reads as rude ("Pick one, I haven't got all day") is answered by her line only when that line
  // reacts to how she was spoken to (a tone, a complaint, a manager); a line picked for the turn's other content ("I don't
  // want to freeze it") says the dig was heard first, as for a dig the analyser lets pass (the lead, round 22's merge: the
  // analyser's new condescension rules had made these digs rude, and her reply had stopped answering them).
  const rudeUnanswered =
    pitfalls.some((p) => p.label === "rude") && !pitfalls.some((p) => p.label === "dismissive" || p.label === "blame" || p.label === "argue") && !REACTS_TO_TONE.test(customerLine);
  const dig = !abusiveLine && (!answersPitfall || rudeUnanswered) && digsAtHer(text);
  // Put through to someone else, she says so first, unless her line already speaks of it ("Transferred? …", "a manager"):
  // not a stock line as if the call went on with this agent (coherence round 19). Worded by the turn's number.
  const putThrough =
    transfersNow && !abusiveLine && outcome !== "escalated" && outcome !== "ended" && !/\b(?:transfer|put me through|pass(?:ing)? me|manager|supervisor|someone else|team)\b/i.test(customerLine);
  // An apology that is not one (the taxonomy's mistakes for `apology`: "I'm sorry if there was any confusion", "I'm sorry you
  // feel that way") is answered first, unless her line already speaks of the apology or answers a pitfall: not softened to as
  // if it were one (coherence round 20). Words only, by the turn's number.
  const nonApology = !abusiveLine && !answersPitfall && !/\b(?:sorry|apolog\w*)\b/i.test(customerLine) ? NON_APOLOGY.exec(text.slice(0, 2000)) : null;
  const nonApologyHeard = nonApology ? NON_APOLOGY_HEARD[/\bif\b/i.test(nonApology[0]) ? "hedged" : "feelings"] : [];
  // Asked to tell it all again from the start ("Can you start from the beginning and tell me everything that's happened?"),
  // after she has told it, she says so first, unless her line already does (coherence round 20). Words only.
  const toldItAll = openingWords(state.openingLine) >= 20 || [state.openingLine, ...state.turns.map((t) => t.customerLine)].join(" ").split(/\s+/).length >= 20;
  const retell = !abusiveLine && toldItAll && ASKS_RETELL.test(text.slice(0, 2000)) && !TELLS_AGAIN.test(customerLine) && !ASKED_BEFORE.test(customerLine) && !/\balready\b/i.test(customerLine);
  const heardFirst = [
    // (a rude put-down is not always sarcasm, "I haven't got all day": she names the tone, the one answer that fits any of them)
    ...(dig ? [rudeUnanswered ? "There's no need for that tone." : PUT_DOWN_HEARD[state.turns.length % PUT_DOWN_HEARD.length]!] : []),
    ...(nonApologyHeard.length > 0 ? [nonApologyHeard[state.turns.length % nonApologyHeard.length]!] : []),
    ...(retell ? [RETELL_HEARD[state.turns.length % RETELL_HEARD.length]!] : []),
    ...(putThrough ? [PUT_THROUGH[state.turns.length % PUT_THROUGH.length]!] : []),
  ];
  // (coherence round 29: asked to tell it all again, she says she has told it, without inviting the agent to go on: not "Again? I've
  // told it from the start already. Okay. I'm listening.", when it is she who was asked to talk)
  const afterHeard = retell && INVITES_MORE.test(customerLine) ? "" : customerLine;
  const said = heardFirst.length > 0 ? `${inHerStyle(heardFirst.join(" "), customerLine)} ${afterHeard}`.trim() : customerLine;
  const heardStems = [...heard].slice(-HEARD_MAX);
  keepHeardSet(heardStems, heard);
  const phraseUses = { ...state.phraseUses };
  for (const s of assessment.sentences) if (s.fingerprint) phraseUses[s.fingerprint] = (phraseUses[s.fingerprint] ?? 0) + 1;
  const turn: TurnRecord = {
    index: state.turns.length,
    agentText: text,
    labels: hits,
    credits: assessment.credits,
    offers: commitments.offers,
    breaches: commitments.breaches,
    concernsAddressed: addressedNow,
    ...(newFacts.length > 0 ? { broughtOut: newFacts } : {}),
    tensionBefore: before,
    tensionAfter: after,
    reason,
    customerLine: said,
    revealedFacts: revealedFacts.filter((f) => !state.revealedFacts.includes(f)),
    ended: outcome === "escalated" || outcome === "ended" || (outcome === "resolved" && !wasResolved),
    outcome,
    ...(wasResolved ? { afterResolution: true } : {}),
    ...(endedProperly !== undefined ? { endedProperly } : {}),
    ...(endedWhy ? { endedWhy } : {}),
  };
  return {
    turn,
    state: {
      ...state,
      rng: mut.rng,
      recentLines: mut.recentLines,
      saidLines: mut.saidLines,
      tension: after,
      outcome,
      needsMet,
      concernsMet,
      concernsRaised,
      offered,
      ...(declined.length > 0 || state.declined ? { declined } : {}),
      ...(chose ? { chose } : {}),
      ...(choseAt !== undefined ? { choseAt } : {}),
      ...(correctedAt !== undefined ? { correctedAt } : {}),
      ...(choicePending.length > 0 || state.choicePending ? { choicePending } : {}),
      ...(choicePending.length > 0 && offeredChoice ? { choiceOffered: true } : state.choiceOffered ? { choiceOffered: false } : {}),
      labelUses,
      phraseUses,
      revealedFacts,
      abuse,
      heardStems,
      ...(endedProperly !== undefined ? { endedProperly } : {}),
      turns: [...state.turns, turn],
    },
  };
}

interface ReasonInput {
  before: number;
  after: number;
  cs: Contribution[];
  credits: Credit[];
  boundaryMissing: boolean;
  capped: boolean;
  wall: boolean;
  graced: boolean;
  needsMet: boolean[];
  concernsMet: boolean[];
  scenario: Scenario;
  outcome: Outcome;
  wasResolved: boolean;
  endedProperly: boolean | undefined;
  endedWhy?: string;
  text: string;
  breaches: TurnBreach[];
}

/**
 * Why an ending was not the one the policy allows ("if abuse continues after one clear, calm warning, end the call
 * politely"), in the order a trainer would name it: no warning, no abuse after it (he had stopped and calmed), the
 * ending not calm, no way back. Said on the turn and in the verdict, so a learner
 * whose warning was heard is not told it was missing.
 */
function whyNotProperEnd(state: ConversationState, before: number, wayBack: boolean, slipped: boolean): string {
  if (!state.abuse.warned) return "no calm warning had been given first";
  if (state.abuse.afterWarning === 0 && before < HOT_AFTER_WARNING) {
    return state.outcome === "resolved"
      ? "they had stopped the abuse after your warning and accepted the fix, so there was nothing to end the call for"
      : "they had stopped the abuse after your warning, so there was nothing to end the call for";
  }
  if (slipped) return "the ending itself was not calm";
  if (!wayBack) return "it left them no way back (a call back, or when to ring again)";
  return "it was not the ending the policy allows";
}

function buildReason(r: ReasonInput): string {
  const { before, after, cs, scenario, outcome, text } = r;
  const dir = after < before ? "Tension fell" : after > before ? "Tension rose" : "Tension held";
  const head = `${dir} (${before} → ${after})`;
  const helps = cs.filter((c) => c.delta < 0).sort((a, b) => a.delta - b.delta);
  const hurts = cs.filter((c) => c.delta > 0).sort((a, b) => b.delta - a.delta);
  const say = (c: Contribution) => `${LABEL_PHRASE[c.label]} (${quote(c.quote, 50)})`;
  const parts: string[] = [];
  if (after > before || (hurts.length > 0 && after >= before)) {
    if (hurts.length > 0) parts.push(`you ${joinPhrases(hurts.slice(0, 2).map(say))}`);
    if (helps.length > 0) parts.push(`which outweighed that you ${joinPhrases(helps.slice(0, 1).map(say))}`);
  } else if (helps.length > 0) {
    parts.push(`you ${joinPhrases(helps.slice(0, 2).map(say))}`);
    if (hurts.length > 0) parts.push(`though you also ${say(hurts[0]!)}`);
  }
  const missed = r.credits.find((c) => !c.engaged);
  let sentence: string;
  if (outcome === "ended" && r.endedProperly) {
    sentence = `${head}: you ended the call (${quote(text, 50)})`;
  } else if (parts.length === 0) {
    sentence = missed ? `${head}: ${missed.why}` : `${head}: nothing in ${quote(text, 50)} acknowledged them or moved the problem forward`;
  } else sentence = `${head}: ${parts.join(", ")}`;
  const notes: string[] = [];
  if (parts.length > 0 && missed) notes.push(missed.why);
  if (r.wall) notes.push("so many techniques in one long turn sounded like a script, so it calmed them less");
  else if (r.capped) notes.push("one turn can only calm a customer so far");
  if (r.boundaryMissing && helps.length > 0) notes.push("with the abuse not yet addressed, calming moves only half landed");
  if (r.graced) notes.push("they nearly hung up; one more like that and they will");
  if (outcome === "resolved" && !r.wasResolved) notes.push("their needs and worries are dealt with and they are calm enough to accept the fix");
  else if (outcome === "ongoing" && r.wasResolved) notes.push("the call had been resolved, and this turn reopened it");
  else if (outcome === "escalated") notes.push("they have had enough and are ending the call");
  else if (outcome === "ended") {
    notes.push(
      r.endedProperly
        ? "you ended the call after a warning, calmly, and left them a way back"
        : `you ended the call, but ${r.endedWhy ?? "without the warning, the calm or the way back it needed"}`,
    );
  } else if (outcome === "ongoing" && after <= scenario.engine.resolveAtOrBelow) {
    const missing = scenario.engine.needs.filter((_, i) => !r.needsMet[i]).map((g) => g.join(" or ").replace(/_/g, " "));
    const worries = scenario.engine.concerns.filter((_, i) => !r.concernsMet[i]).map((c) => c.description);
    if (missing.length || worries.length) notes.push(`they are calmer but still need ${[...missing, ...worries].join(" and ")}`);
  }
  return `${sentence}${notes.length ? `; ${notes.join("; ")}` : ""}.`;
}

function takeChoice(scenario: Scenario, state: ConversationState, choiceId: string): TakeTurnResult {
  const nodes = scenario.branching.nodes;
  const nodeId = state.nodeId ?? scenario.branching.startNodeId;
  const node = nodes.find((n) => n.id === nodeId);
  if (!node) throw new RoleplayInputError(`branching node "${nodeId}" not found in ${scenario.id}`);
  const choice = node.choices.find((c) => c.id === choiceId);
  if (!choice) {
    throw new RoleplayInputError(
      `choice "${choiceId}" is not available at node "${node.id}" (choices: ${node.choices.map((c) => c.id).join(", ") || "none"})`,
    );
  }
  const before = state.tension;
  const after = clamp(before + choice.tensionDelta);
  const next = choice.next ? nodes.find((n) => n.id === choice.next) : undefined;
  const endNode = !next || next.choices.length === 0;
  const outcome: Outcome = after >= ESCALATE_AT ? "escalated" : endNode ? (next?.outcome ?? "ongoing") : "ongoing";
  // Labels come from the content; spans point at the analyser's evidence where it agrees, else the whole choice.
  const analysed = label(choice.text);
  const all = [...analysed.techniques, ...analysed.pitfalls];
  const hits: LabelHit[] = choice.labels.map((l) => {
    const h = all.find((x) => x.label === l);
    return h ? { ...h, span: snapSpan(choice.text, h.span) } : { label: l, span: { start: 0, end: choice.text.length, text: choice.text } };
  });
  const needsMet = scenario.engine.needs.map((g, i) => state.needsMet[i] || g.some((l) => choice.labels.includes(l)));
  const revealed: string[] = [];
  const customerLine = next
    ? next.customerLine
    : pickLine(
        scenario,
        outcome === "escalated" ? "escalated" : "resolved",
        { rng: state.rng, recentLines: state.recentLines, saidLines: [], intensity: state.intensity },
        { engaged: new Set(), pitfalls: new Set(), topics: new Set(), asked: false, offered: new Set(), addressed: new Set(), revealed: new Set() },
      ).text;
  const dir = after < before ? "Tension fell" : after > before ? "Tension rose" : "Tension held";
  const firstSentence = choice.feedback.split(/(?<=[.!?])\s/)[0] ?? choice.feedback;
  const what = hits.length
    ? `you ${joinPhrases(hits.slice(0, 2).map((h) => `${LABEL_PHRASE[h.label]} (${quote(h.span.text, 50)})`))}`
    : `${quote(choice.text, 50)} did not address them`;
  const reason = `${dir} (${before} → ${after}): ${what}. ${firstSentence}`;
  const labelUses = { ...state.labelUses };
  for (const l of choice.labels) labelUses[l] = (labelUses[l] ?? 0) + 1;
  const turn: TurnRecord = {
    index: state.turns.length,
    agentText: choice.text,
    choiceId: choice.id,
    labels: hits,
    tensionBefore: before,
    tensionAfter: after,
    reason,
    customerLine,
    revealedFacts: revealed,
    ended: endNode || outcome === "escalated",
    outcome,
  };
  return {
    turn,
    state: {
      ...state,
      tension: after,
      outcome,
      nodeId: endNode || outcome === "escalated" ? null : next!.id,
      needsMet,
      labelUses,
      turns: [...state.turns, turn],
    },
  };
}

/**
 * Rebuilds a conversation from stored agent turns. Turns after the customer has gone (escalated,
 * or the agent ended the call) are ignored; turns after a resolution are played and scored.
 */
export function replay(scenario: Scenario, agentTurns: AgentInput[], opts: StartOptions = {}): ConversationState {
  let state = startConversation(scenario, opts);
  for (const t of agentTurns) {
    const gone = state.outcome === "escalated" || state.outcome === "ended" || state.nodeId === null;
    if (gone || (state.outcome === "resolved" && (state.nodeId !== undefined || typeof t === "object"))) break;
    state = takeTurn(scenario, state, t).state;
  }
  return state;
}

export type { LabelHit, TechniqueId, PitfallId };
