/**
 * Regard for the customer as a customer, in one place (analyser round 25). A remark about "customers like you" is a
 * remark about her as a person; whether it is an insult (`rude`: "insults … towards the customer") or praise depends on
 * what is said of the group. These lists say it, for the rules that read such a remark (`rude-about-you`, which takes
 * "customers like you" as contempt, and the veto `rude-regard`, which stops the model taking a word of praise or a
 * marketing line for an insult: engine round 27's C34-22, "exciting options available for valued customers like you"):
 *
 * - `STANDING`: the words of praise or standing that qualify a customer ("valued", "loyal", "long-standing", "great");
 * - `REGARD`: a sentence that speaks well of her as a customer: valuing her ("we really value", "we'd hate to lose"),
 *   her as the reason for the work ("keep us going", "make this job worthwhile"), what the company keeps for such
 *   customers ("exclusive offers", "rewards", "first pick"), and a qualifier from `STANDING` before the group;
 * - `DISREGARD`: what speaks ill of her or of the group in the same turn ("always expect", "something for nothing", "why
 *   we have all these rules", "the grief", "get rid of", "no wonder", an insult or scorn). Where both are present the
 *   remark is read as contempt, so sarcasm dressed as praise keeps its `rude` reading.
 *
 * Written from the definitions, not from a training line: none of the labelled lines praises "customers like you".
 */

/** Praise or standing that qualifies a customer (a single word or a short phrase, lower case). */
export const STANDING = [
  "valued", "most valued", "highly valued", "loyal", "long-standing", "longstanding", "long-term", "longtime", "long-time",
  "regular", "special", "great", "lovely", "wonderful", "brilliant", "amazing", "fantastic", "important", "treasured",
  "existing", "trusted", "faithful", "dedicated", "best", "very best", "good", "new", "premium", "priority", "vip",
  "returning", "much-loved", "appreciated", "committed", "patient", "understanding", "kind", "genuine", "honest",
] as const;

const alt = (words: readonly string[]) => words.map((w) => w.replace(/[-]/g, "[- ]?")).join("|");
/** `STANDING` as one alternation ("long-standing" also as "long standing", "longstanding"). */
const STANDING_ALT = alt(STANDING);

/** A word of standing right before "customers", "members", "people"… ("valued customers like you"; the group itself is not consumed). */
export const STANDING_BEFORE = new RegExp(String.raw`\b(?:${STANDING_ALT}),? (?=(?:customers?|members?|clients?|people|users?|callers?|folks?)\b)`);

/** A remark about her as one of a group: "customers like you", "people like you", "members such as yourself". */
export const LIKE_YOU = /\b(?:customers?|members?|clients?|people|users?|callers?|folks?) (?:like you(?:rself)?|such as yourself)\b/;

/** A negation in the sentence withdraws the praise ("we don't reward people like you"). */
const NEG = String.raw`(?:\b(?:not|never|no|nothing|nobody|no-one)\b|n't\b)`;

/** The ways of speaking well of her as a customer, as one alternation. */
const REGARD_ALTS = [
  // valuing her
  String.raw`\b(?:we|i) (?:really |truly |genuinely |do |so |very much )?(?:value|appreciate|treasure|love having|love serving|love helping|are grateful for|are lucky to have)\b`,
  String.raw`\b(?:we|i)(?:'d| would) (?:really |so |hate to )?(?:hate|be sorry) to lose\b`,
  String.raw`\bthank (?:you|customers|people|members)\b`,
  // her as the reason for the work
  String.raw`\b(?:keep|keeps) (?:us|me|this place|the lights on|us going)\b`,
  String.raw`\b(?:worthwhile|worth it|worth doing)\b`,
  String.raw`\b(?:the reason|why) (?:we|i) (?:love|like|enjoy|do|come in)\b`,
  String.raw`\bdeserve (?:better|the best|more|a proper|our best)\b`,
  // what the company keeps for such customers
  String.raw`\b(?:exclusive|special|loyalty|member) (?:offers?|deals?|rates?|prices?|discounts?|rewards?|perks?|benefits?|plans?)\b`,
  String.raw`\b(?:offers?|deals?|discounts?|rewards?|perks?|benefits?|upgrades?)\b[^.!?]{0,40}\b(?:for|to) (?=(?:valued |loyal |our )?(?:customers|members|people|clients)\b)`,
  String.raw`\b(?:options|offers|plans) (?:available|lined up|open)\b`,
  String.raw`\bfirst (?:pick|choice|dibs|look)\b`,
  // a word of standing qualifying the group
  STANDING_BEFORE.source,
].join("|");

/** A sentence that speaks well of her as a customer (searched in one sentence). */
export const REGARD = new RegExp(String.raw`^(?![^.!?]*${NEG})[^]*?(?:${REGARD_ALTS})`);

/** Speaking ill of her or of the group: what turns a remark about "customers like you" into contempt. */
export const DISREGARD =
  /\b(?:always (?:expect|want|think|moan|complain|ring|call|shout)|expect(?:s|ing)? (?:us|everything|something|the world|miracles)|something for nothing|never (?:happy|satisfied|listen|read|learn|pay)|why we (?:have|need|can't|cannot)|all these rules|no wonder|get rid of|good riddance|miss (?:you|a customer|customers)|the grief|the earful|grief from|earful from|shout\w*|moan\w*|whing\w*|whin(?:e|es|ing)|rant(?:s|ing)?|drama\w*|entitled|(?:so|being|are|is|be) (?:difficult|demanding)|hard work|a pain|nightmare|idiots?|stupid|useless|pathetic|clueless|rude|abusive|attitude|put up with|such a (?:joy|treat|delight|pleasure)|what a (?:joy|treat|delight|pleasure)|make my day|made my day)\b/;

/** A sentence that speaks well of her as a customer and not ill of her: silences `rude-about-you`'s "customers like you". */
export const SPOKEN_WELL_OF = new RegExp(String.raw`^(?![^]*?${DISREGARD.source})(?:${REGARD.source})`);

/**
 * A turn in which "customers like you" is praise (the veto `rude-regard`, read over the whole turn): one sentence, with no
 * negation, holds the remark and a way of speaking well of her, and nothing in the turn speaks ill of her.
 */
export const GROUP_REGARDED = new RegExp(
  String.raw`^(?![^]*?${DISREGARD.source})[^]*?(?:^|[.!?]\s+)(?![^.!?]*${NEG})[^.!?]*?(?:(?:${REGARD_ALTS})[^.!?]*?${LIKE_YOU.source}|${LIKE_YOU.source}[^.!?]*?(?:${REGARD_ALTS}))`,
);
