/**
 * The contempt stage (analyser round 17): a second, small classifier that decides `rude` only for a turn the main
 * model and the rule table did not call rude, and never against a `rude` veto. By the taxonomy, `rude` is "sarcasm,
 * insults, threats or unprofessional language towards the customer"; much of what the main model misses has no
 * swear word in it: sarcasm ("I can read just fine :)"), talking down ("as I've already explained twice", "it's not
 * complicated"), mockery, belittling her intelligence or her feelings, contempt for the complaint.
 *
 * Its inputs are the main model's own hashed features of the turn (words, word pairs and triples, word clusters,
 * rule hits: no extra extraction) and a few features that follow the definition, each read per sentence:
 * - who is targeted: the sentence addresses the customer ("you", "your") or speaks of the agent or a third party;
 * - contempt markers: talking down and repetition, "clearly", "obviously", "apparently", "funny how", her punctuation,
 *   capitals or shouting held up to her, a mock smiley or "lol";
 * - sarcastic inversion: a word of praise or thanks ("lovely", "brilliant", "thanks for that") in a sentence that
 *   targets her, or followed by a complaint about her;
 * - care shown: an apology, "let me help", "happy to", which the definition's look-alikes (a firm but respectful
 *   boundary, a plain refusal, an honest correction) carry and contempt does not.
 * Each of the definition features is also crossed with "the sentence addresses her", since contempt is towards the
 * customer ("this system is useless" is not rude; "you're useless" is).
 *
 * The weights and the threshold (`contempt.json`) come from src/model/train-contempt.ts; the threshold was chosen
 * for precision on authors the stage never trained on. `enabled` false keeps the stage off (label.ts).
 */
import { hashString } from "./hash";
import type { Tokenised } from "./tokens";

/** How the stage reads a turn: the main model's feature keys or the words alone; the band of the main `rude` logit or not. */
export interface ContemptOptions {
  keys: "main" | "words";
  band: boolean;
}
export const DEFAULT_CONTEMPT: ContemptOptions = { keys: "main", band: true };

/** contempt.json */
export interface ContemptJson {
  version: number;
  /** the stage runs at all (label.ts) */
  enabled: boolean;
  /** probability at or above which the stage calls a turn rude */
  threshold: number;
  bias: number;
  features?: ContemptOptions;
  /** feature key -> weight, sparse */
  weights: Record<string, number>;
  [meta: string]: unknown;
}

const SECOND = new Set(["you", "your", "yours", "yourself", "you're", "you've", "you'd", "you'll"]);

/** Definition features, each a regex over one sentence of the normalised text. */
const MARKERS: [string, RegExp][] = [
  // talking down: the agent has said it before, or it is simple, or she must now follow
  ["down-repeat", /\b(?:as i(?:'ve| have)? (?:already |just )?(?:said|explained|told you|mentioned|stated)|like i (?:said|told you|explained)|i(?:'ve| have) (?:already|just) (?:said|explained|told you)|once again|yet again|again and again|already (?:twice|explained|told you|said)|twice now|as (?:already|previously) (?:stated|explained|mentioned))\b/],
  ["down-simple", /\b(?:(?:it's|it is|that's|that is|this is|it isn't|it's really|really) (?:not )?(?:that |very |quite |really )?(?:simple|easy|basic|straightforward|complicated|hard|difficult)|simple (?:as that|enough)|pretty simple|quite simple|very simple|simple really|not (?:that )?complicated|basic (?:stuff|maths|math|english)|common sense|obvious(?:ly)?|clearly)\b/],
  ["down-faculty", /\b(?:read|reading|understand|understood|listen|listening|follow|keep up|grasp|hear|heard|count|spell|comprehend|concentrate|pay attention|focus|think|paying attention)\b/],
  ["down-instruct", /^(?:look|listen)[,.!]? (?!i'll|i will|let me|i can|we can|i'm going to|i am going to|i want|i'd like|i understand|i hear|i get)|^again\b|\b(?:you need to understand|let me (?:explain|make) (?:this|it) (?:again|clear|very clear|simple)|try to (?:keep up|follow|understand|listen)|pay attention|read (?:it|the|what|your)|if you (?:had|'d) (?:read|listened|bothered)|did you (?:not |even )?(?:read|check|look|bother)|have you (?:not |even )?(?:read|checked|looked|tried))\b/],
  // sarcasm and mockery
  ["sarc-praise", /\b(?:lovely|brilliant|great|wonderful|fantastic|amazing|marvellous|perfect|super|congratulations|congrats|well done|bravo|fascinating|charming|delightful|thrilling|impressive|genius|nice one|good job|good for you)\b/],
  ["sarc-thanks", /\b(?:thanks (?:for (?:that|sharing|the|letting|your)|a lot|so much for)|thank you (?:for (?:that|sharing|your (?:input|opinion|insight))|so much for))\b/],
  ["sarc-funny", /\b(?:funny how|amazing how|interesting how|strange how|odd how|curious how|funny that|what a surprise|surprise,? surprise|shock,? horror|newsflash|believe it or not|who knew|who would have thought|imagine that|fancy that|must be nice|nice try|sure you (?:did|have|do|were)|course you (?:did|have|do|were)|of course you (?:did|have|do|were)|i'm sure you (?:did|have|do|were|are)|yeah,? right|apparently|supposedly|allegedly|magically|somehow)\b/],
  ["sarc-disbelief", /\b(?:seriously|really|honestly|actually|literally|genuinely|even)\b/],
  // her manner held up against her: her punctuation, capitals, shouting, tone, drama, tantrum
  ["her-manner", /\b(?:shout\w*|yell\w*|scream\w*|caps|capital letters|capitals|question marks?|exclamation (?:marks?|points?)|punctuation|tone|attitude|drama\w*|tantrum|hysteri\w*|emotional|whin\w*|moan\w*|rant\w*|meltdown|raising your voice|typing in|all that noise)\b/],
  ["her-self", /\b(?:your (?:own )?(?:fault|problem|mistake|choice|decision|responsibility|issue|lookout)|you should have (?:known|read|checked|listened|thought)|you (?:clearly|obviously|apparently|evidently) (?:don't|didn't|can't|haven't|aren't|never)|you don't (?:seem to |even )?(?:understand|know|get it|listen|read)|you can't (?:even )?(?:read|understand|follow|count|listen)|(?:some|certain) people (?:just |clearly |obviously |really )?(?:can't|cannot|never|don't|won't|think|seem to think|expect|like to|love to|enjoy)|people like you|customers like you|you people|your sort|your type|your kind)\b/],
  ["contempt-complaint", /\b(?:that's|it's|this is)(?: all)? (?:hardly|barely|not exactly) (?:a|an|the)\b|\b(?:big|huge|whole|such a) (?:deal|fuss|drama|song and dance)\b|\b(?:over|about) (?:a few|a couple of|a little|a tiny|such a small|a small|\S+ (?:pence|cents|quid|bucks|dollars))\b|\b(?:all this|all that) (?:fuss|drama|noise)\b|\b(?:fuss|whin\w*|moan\w*|kick\w* up)\b/],
  // belittling by comparison: everyone else manages, she is the exception
  ["down-compare", /\b(?:most (?:people|customers|of our (?:users|customers|members))|everyone else|everybody else|other (?:people|customers) (?:manage|seem|don't|can|are queuing|are waiting)|anyone (?:else|who(?:'d| had| has)?)|everyone does|everybody does|not like (?:other|you|there's|i've got|we've got))\b/],
  // a rhetorical question tag after a statement ("I'll just wave a wand, shall I?", "you're an expert now, are you?")
  ["sarc-tag", /,? (?:shall|can|could|should|do|did|will|are|is|was|have|would) (?:i|we|you|it|they)\?\s*$/],
  // mock names and mock rewards
  ["sarc-mock", /\b(?:your (?:majesty|highness|lordship|ladyship)|princess|einstein|sherlock|genius|expert|professor|mr (?:not|know)|(?:a|your) (?:prize|medal|gold star|cookie|biscuit|round of applause)|aww+|ha(?:h)?|pfft|tut|wand|magic|by magic|naturally)\b/],
  // a threat, or her manner held over her: "carry on and ...", "I'll mark you down as difficult"
  ["threat", /\b(?:carry on|keep (?:going|this up|on like this|talking to me)|if you keep)\b[^.?!]{0,60}\b(?:i'll|i will|and|you'll)\b|\b(?:mark|note|put|flag|log) (?:you|your (?:account|name|file))(?: down)? as\b|\b(?:difficult|problem) (?:customer|caller)\b|\bfollows? you\b/],
  ["her-state", /\b(?:defensive|in a state|deep breaths?|worked up|wound up|touchy|sensitive|so upset|spoken to like|talked to like|head (?:pain|hurts?|ache)|give me a headache|making my)\b/],
  // care shown: the definition's look-alikes carry it, contempt does not
  ["care-apology", /\b(?:sorry|apologi[sz]e|apologies|my apologies|i apologi[sz]e|regret)\b/],
  ["care-help", /\b(?:let me (?:help|sort|fix|check|look|see|get|find|take|arrange|raise|put|make|walk|send|book|do)|i(?:'ll| will| can| can certainly) (?:help|sort|fix|check|look|get|arrange|raise|put|send|book|make sure|do that|refund|credit|escalate|call|ring|follow)|happy to|glad to|i understand|i can see (?:why|how|that)|i hear you|that must be|that sounds|i appreciate|thank you for (?:your patience|bearing|waiting|holding|explaining|letting me know)|please)\b/],
  ["target-self", /\b(?:i|i'm|i've|i'd|i'll|we|we're|we've|our|the system|the policy|the company|head office|my manager|the team)\b/],
];
/** Marks read in the learner's own text (the normalised one drops or changes some of them). */
const ORIGINAL_MARKS: [string, RegExp][] = [
  ["mark-smiley", /(?:[:;]-?[)DP]|\(:|🙂|😊|😉|🙄|😂|🤣|😒|\blol\b|\blmao\b|\bhaha\w*|\bhehe\w*|\bsmh\b)/i],
  ["mark-pile", /[?!]{2,}|\.\.\.\s*$/],
  ["mark-quote", /"[^"]{1,40}"|'[^' ]{1,20}(?: [^' ]{1,20}){0,4}'(?!s)/],
];

/**
 * The markers that let the stage speak at all: a turn with none of them (no talking down, no sarcasm or mockery, no
 * complaint about her manner or her, no mock smiley) is left to the main stage, however its words score. Reading,
 * listening and understanding count only when the sentence addresses her ("you can't read" vs "let me read it back").
 */
const GATE = new Set(["down-compare", "sarc-tag", "sarc-mock", "threat", "her-state", "down-repeat", "down-simple", "down-instruct", "sarc-praise&you", "sarc-thanks", "sarc-funny", "her-manner", "her-self", "contempt-complaint", "down-faculty&you", "mark-smiley", "mark-pile"]);
const GATE_M = MARKERS.map(([n]) => GATE.has(n)), GATE_MY = MARKERS.map(([n]) => GATE.has(n) || GATE.has(`${n}&you`)), GATE_O = ORIGINAL_MARKS.map(([n]) => GATE.has(n));
const F = (s: string) => hashString(`ct:${s}`) & 0x3fffffff;
const KEY_M = MARKERS.map(([n]) => F(n));
const KEY_MY = MARKERS.map(([n]) => F(`${n}&you`));
const KEY_O = ORIGINAL_MARKS.map(([n]) => F(n));
const KEY_YOU = F("you"), KEY_NO_YOU = F("no-you"), KEY_BIAS_LEN = [F("len:1"), F("len:2-3"), F("len:4+")];
/** The stage also reads, from the main stage, whether any technique is on and whether the main `rude` score was high. */
export const KEY_TECH = F("main:technique"), KEY_MAIN_RUDE = [F("main:rude<-3"), F("main:rude<-1"), F("main:rude<0"), F("main:rude>=0")];
const KEY_PREFIX = F("main-feature");
/** the main model's features are re-keyed so the stage's weights never collide with the definition features' */
const rekey = (k: number) => (Math.imul(k ^ KEY_PREFIX, 2654435761) >>> 2) & 0x3fffffff;

/** Whether the sentence speaks to her (a second-person word in it). */
function addressesHer(tk: Tokenised, s: Tokenised["sents"][number]): boolean {
  for (let k = s.from; k < s.to; k++) if (SECOND.has(tk.toks[k]!.w)) return true;
  return false;
}

/**
 * The stage's features of one turn into `out` (deduplicated): the main model's feature keys (or its words), re-keyed,
 * the definition features per sentence, and two readings of the main stage (a technique on; the band of its `rude`
 * logit). Returns whether a marker of GATE fired; without one the stage stays silent (and `out` may be incomplete).
 */
export function contemptFeatures(text: string, original: string, tk: Tokenised, mainKeys: readonly number[], technique: boolean, rudeLogit: number, out: Set<number>, opt: ContemptOptions = DEFAULT_CONTEMPT): boolean {
  out.clear();
  let marked = false;
  for (const s of tk.sents) {
    const addressed = addressesHer(tk, s);
    const st = text.slice(s.start, s.end);
    for (let m = 0; m < MARKERS.length; m++)
      if ((GATE_M[m] || (addressed && GATE_MY[m])) && MARKERS[m]![1].test(st)) {
        marked = true;
        break;
      }
    if (marked) break;
  }
  if (!marked) for (let m = 0; m < ORIGINAL_MARKS.length; m++) if (GATE_O[m] && ORIGINAL_MARKS[m]![1].test(original)) marked = true;
  if (!marked) return false;
  if (opt.keys === "main") for (let i = 0; i < mainKeys.length; i++) out.add(rekey(mainKeys[i]!));
  else for (let i = 0; i < tk.toks.length; i++) out.add(rekey(hashString(tk.toks[i]!.w)));
  let you = false;
  for (const s of tk.sents) {
    const addressed = addressesHer(tk, s);
    if (addressed) you = true;
    const st = text.slice(s.start, s.end);
    for (let m = 0; m < MARKERS.length; m++)
      if (MARKERS[m]![1].test(st)) {
        out.add(KEY_M[m]!);
        if (addressed) out.add(KEY_MY[m]!);
      }
  }
  for (let m = 0; m < ORIGINAL_MARKS.length; m++) if (ORIGINAL_MARKS[m]![1].test(original)) out.add(KEY_O[m]!);
  out.add(you ? KEY_YOU : KEY_NO_YOU);
  const n = tk.sents.length;
  out.add(KEY_BIAS_LEN[n <= 1 ? 0 : n <= 3 ? 1 : 2]!);
  if (technique) out.add(KEY_TECH);
  if (opt.band) out.add(KEY_MAIN_RUDE[rudeLogit < -3 ? 0 : rudeLogit < -1 ? 1 : rudeLogit < 0 ? 2 : 3]!);
  return true;
}

/**
 * The definition features alone, for the main model's `rude` (analyser round 19, FeatureOptions.contempt): per sentence,
 * each marker of MARKERS that fires, and again crossed with "the sentence addresses her". `push(key, sentence)`.
 */
export function contemptMarkerKeys(text: string, tk: Tokenised, push: (key: number, sent: number) => void): void {
  for (let si = 0; si < tk.sents.length; si++) {
    const s = tk.sents[si]!;
    const addressed = addressesHer(tk, s);
    const st = text.slice(s.start, s.end);
    for (let m = 0; m < MARKERS.length; m++)
      if (MARKERS[m]![1].test(st)) {
        push(KEY_M[m]!, si);
        if (addressed) push(KEY_MY[m]!, si);
      }
  }
}

export interface ContemptModel {
  enabled: boolean;
  /** threshold as a logit */
  cut: number;
  bias: number;
  weights: Map<number, number>;
}

export function loadContempt(j: ContemptJson): ContemptModel {
  const t = j.threshold;
  return {
    enabled: j.enabled,
    cut: t >= 1 ? Infinity : t <= 0 ? -Infinity : Math.log(t / (1 - t)),
    bias: j.bias,
    weights: new Map(Object.entries(j.weights).map(([k, v]) => [Number(k), v])),
  };
}

/** The stage's logit for a turn's features. */
export function contemptLogit(m: ContemptModel, feats: Set<number>): number {
  let z = m.bias;
  for (const k of feats) {
    const w = m.weights.get(k);
    if (w !== undefined) z += w;
  }
  return z;
}
