/**
 * The rule table: each rule is a cue for one label, with the guards that must hold, what silences
 * it, and the ids of the labelled lines that motivated it (src/eval/data; a test checks that every
 * rule still fires on them). Rules are data, run in no particular order, and never look at each
 * other's results.
 *
 * Every hit is a feature of the learned model (features.ts), which decides the label; a hit also
 * gives the label its evidence span (`feature` rules only inform the model: evidence against the
 * label, such as "it's not your fault" for blame). A few rules act on their own:
 * - `assert`: the label stands even when the model is unsure (cues nobody writes by accident);
 * - `veto`: the label is removed, because the cue shows the label's usual words mean something else
 *   here ("No, you're right" is not arguing; "sorry you feel that way" is not an apology).
 * A cue inside the scope of a negation ("I'm not going to blame you") does not count unless the rule
 * says `negatable: false`; the negated hit is still a (separate) feature.
 */
import { hashString } from "./hash";
import type { Tokenised } from "./tokens";
import { literalPrefilter, mayMatch, PrefilterSet } from "./prefilter";
import { GROUP_REGARDED, LIKE_YOU, SPOKEN_WELL_OF } from "./regard";
import { RUDE_TONE_RULES } from "./rude-tone";

export type { Rule } from "./rule";
import type { Rule } from "./rule";

const FEELING = "(?:frustrat\\w*|upset\\w*|stress\\w*|worr\\w*|annoy\\w*|angry|anger|disappoint\\w*|awful|horrible|terrible|rubbish|difficult|hard|rough|nightmare|scary|worrying|infuriating|maddening|exhausting|overwhelming|a pain|a hassle|unsettling|galling|gutted|miserable)";
const KNOWN_ACRONYMS = new Set([
  "OK", "TV", "UK", "US", "USA", "EU", "ID", "PIN", "PDF", "SMS", "GPS", "HD", "4K", "USB", "VAT", "FAQ",
  "ASAP", "PC", "GB", "MB", "TB", "LED", "AM", "PM", "DIY", "ATM", "IT", "BBC", "NHS", "CEO", "AI", "APP",
  "DVD", "CD", "SIM", "WIFI", "WI", "FI", "IMO", "TBH", "LOL", "OMG", "MOT", "UPS", "DHL", "USPS", "HMRC",
  "BT", "EE", "O2", "DPD", "T&C", "T&CS", "TCS", "PO", "SUV", "MPH", "KM", "CM", "MM", "KG", "XL", "XXL",
  "NB", "PS", "AKA", "VIP", "QR", "HDMI", "FYI", "RSVP", "TBC", "ETA", "I", "A", "OR", "IS", "NO", "SO",
  "AND", "THE", "YOU", "ME", "MY", "WE", "DO", "NOT", "IF", "ON", "IN", "TO", "AT", "BE", "IM", "ASAP",
  "GMT", "BST", "EST", "PST", "UTC", "NY", "LA", "DC", "MR", "MRS", "MS", "DR", "ST", "RD", "PLC", "LTD",
  "INC", "CO", "VS", "ETC", "IE", "EG", "PAYG", "SSD", "PSU", "CPU", "RAM", "LCD", "OLED", "UHD", "NFC",
  "IOS", "MAC", "PAYPAL", "WWW", "URL", "EMAIL", "COVID", "MOBILE", "IBAN", "BIC", "AMEX", "VISA", "CVV",
  // consumer terms the customer asks for by name (a UK mobile switch: porting and service termination codes)
  "PAC", "STAC",
]);

/** The dismissive cues (shared by their rules and by the veto that must stand down beside them). */
/** What is "just a ..." when the agent makes a step of the fix sound easy (a setting, a form, a tick box), which is
 * reassurance, not minimising the customer's problem: the minimising cues stand down before it. */
const STEP_OF_FIX = String.raw`(?! (?:a|one) (?:quick |simple |small |short |tiny )?(?:setting|form|click|switch|button|toggle|tick|box|step|link|code|app|option|menu|page|minute|second|moment|call|text|email|tap)s?\b)`;
const DIS_CALM = new RegExp(String.raw`\b(?:calm down|relax|chill|cheer up|settle down|no need to (?:get|be|take|shout|panic|worry)|don't (?:worry|stress|panic) about it|it's not (?:a big deal|the end of the world|that bad|that serious)|it(?:'s| is) only|it's just${STEP_OF_FIX} (?:a|one)|these things happen|it is what it is|you'll (?:live|survive|be fine|get over)|get over it|worse things happen|could be worse|not (?:that|a) big (?:of a )?deal|happens to everyone|everyone (?:has|gets) (?:this|that)|it's not just you|a bit (?:much|strong|dramatic)|overreact\w*)\b`);
const DIS_MINIMISE = new RegExp(String.raw`\b(?:it's|that's|it is|that is|it was|that was) (?:(?:only|just)${STEP_OF_FIX}|nothing|hardly anything|not much|not that much|not long|pretty basic|fairly basic|basic stuff|a small thing|a minor thing|a tiny)\b|\bthat's nothing\b|\b(?:just|only) (?:a|one) (?:small|minor|little|tiny|few)\b|\bjoin the queue\b|\b(?:you|we) can't expect\b|\b(?:that's|it's) just how (?:it|banks|things|this|the system|these things|it all) (?:works?|goes|is|are)\b|\b(?:most|other|plenty of|loads of|lots of) (?:people|customers|folks) (?:get|manage|don't|never|cope|are fine|figure|work)\b|\bsorry (?:it feels|you feel|you're feeling) that way\b|\bno (?:point|need|call for)(?: in)? (?:that|getting|being|worrying|it)\b|\b(?:do|say) what(?:ever)? you (?:want|like)\b|\bthat's your (?:decision|choice|lookout)\b|\bi don't know what (?:else )?you want\b|\beveryone(?:'s| is) (?:waiting|in the same|got)\b`);
const DISMISSIVE_CUES = new RegExp(`${DIS_CALM.source}|${DIS_MINIMISE.source}`);
/** Help offered in the turn, which makes "it's not rocket science" reassurance rather than talking down (analyser round 13). */
const REASSURED = /\b(?:don't worry|no worries|not to worry|(?:i'll|i will|let me|we'll|we will|we can|i can|i'm going to|happy to) (?:walk|talk|take|show|guide|help|go through|do (?:it|that|this) (?:for|with)|set it up|stay on)|together|step by step|with you)\b/;
/** The arguing cues (shared by their rules and by the veto that must stand down beside them). */
const ARG_WRONG = /\b(?:that's|that is|you're|you are|it's|it is|this is)(?: just| simply)? (?:not (?:true|right|correct|accurate|what happened|how it works)|wrong|mistaken|incorrect|impossible|not possible)\b|\byou(?:'ve| have) (?:misremembered|misunderstood|got (?:it|that) wrong|misread)\b|\bthat(?:'s| is) not what (?:i|we|happened|the)\b/;
const ARG_WE_DIDNT = /\b(?:we|i) (?:haven't|have not|didn't|did not|never) (?:overcharged|charged you|done|said|promised|told you|lost|made a mistake|made an error)\b|\bi(?:'ve| have) (?:already )?(?:told|explained|said)(?: (?:you|this|that|it))?(?: (?:twice|already|three times|before))\b|\bas i (?:said|explained|told you)\b/;
const ARG_CONTRADICT = /^(?:no|nope|well|actually|technically|look)[,.]? (?:i|we|it|that|the|our|there|you|he|she|they)\b(?! (?:(?:'re|are) (?:right|absolutely right|quite right|correct)|'s (?:right|fair|true)))|\bi don't think so\b|\bi'm not sure (?:that's|that is|it's|it is) (?:right|true|correct|fair)\b|\bwith (?:all due )?respect\b|\bto be fair\b|\bit's not (?:me|us) (?:being|that)\b|\bi(?:'m| am) (?:just )?doing my job\b|\bi(?:'m| am) doing (?:everything|all|the best|what) i can\b|\b(?:it|that|the \w+) (?:was|were|is) (?:fine|working|perfect|correct|intact) when\b|\b(?:the|our) (?:readings?|figures?|numbers?|charges?|bill|price|prices|system|records?) (?:are|is|were|was) (?:all )?(?:actual|correct|right|accurate|fine|never wrong|legitimate|valid)\b|\b(?:it's|that's|it is|that is) (?:a )?(?:legitimate|valid|genuine|correct) (?:bill|charge|fee|inspection|decision|price)\b|\b(?:isn't|wasn't|aren't) (?:it|they|i)\?? ?$/;
/** The same, searched across a whole turn: a sentence-initial cue may start any sentence. */
const ARGUE_CUES = new RegExp([ARG_WRONG.source, ARG_WE_DIDNT.source, ARG_CONTRADICT.source.replace(/^\^/, "(?:^|[.!?]\\s+)")].join("|"));
/**
 * Analyser round 24: a "because the X is/has…" that is no plain why of her problem: the reason a call ends ("I'm ending the
 * call now because the abuse has carried on", a boundary's consequence, 10 of 10 training and dev lines not explanation)
 * or a refusal with no reason in it ("Because the answer is no").
 */
const EXPL_NOT_A_CAUSE = /\b(?:abuse|abusive|language|swearing|shouting|name-calling|insults?)\b|\bbecause the answer is\b/;
/** Analyser round 24: a turn that opens with "so" (SUMMARY_OPEN, searched in the whole turn) and ends on a check ("… Have I got that right?", "… Yeah?"). */
const SUMMARY_CHECK = /(?:\b(?:yeah|right|correct|yes|true)\?|\b(?:is that|have i got that|did i get that|that's|that is|is this) (?:right|correct|fair|about right)\b[^.!?]*\?|\bhave i (?:got|understood) (?:that|it|you|everything)(?: right| correctly)?[^.!?]*\?|\bthat's where we are\?)\s*$/g;
const SUMMARY_OPEN = /^(?:(?:ok|okay|right|alright|got it|sorry|thanks|thank you)[,.!]? )*so\b/;
/** "I'm not the one who sent it, but I'm the one who's going to sort it": the cause disowned, the fix owned. */
const NOT_ME_BUT_I_FIX = /\bnot the one (?:who|that) [^.?!]{1,40}?,? but i(?:'m| am) the one (?:who(?:'s| is|'ll| will)|to|that(?:'s| is|'ll| will)) (?:going to |gonna )?(?:sort|fix|help|put|get|deal|make)/g;

/**
 * The refusal said candidly (analyser round 20): "I must be honest with you", "I'd rather be straight with you than string
 * you along", "I don't want to give you false hope". The taxonomy's policy wall is "refusing by citing policy and stopping
 * there"; a refusal framed as honesty owed to her is the opposite of hiding behind the rule. Of the 40 or so training lines
 * that refuse in such a frame, one is labelled policy_wall (F-0301, a bare "can't make an exception" with no rule or
 * reason); of the seven that also name a time limit ("non-refundable after 14 days"), none is.
 */
const CANDOUR = /\b(?:be|being) (?:honest|straight|upfront|up front|frank)(?: with you)?\b|\b(?:tell|telling) you straight\b|\bfalse hope\b|\bstring you along\b/;

/**
 * Analyser round 26: a fault or an excuse in the turn, which makes a colleague's newness the cause given for what went
 * wrong rather than news about the team ("our new starter Priya will ring you tomorrow").
 */
const BLAME_FAULT = /\b(?:forg[eo]t\w*|didn't|did not|doesn't|does not|don't|hasn't|hadn't|wasn't|weren't|never|(?:may|might|must|would)(?:n't| not)? have|mistakes?|wrong|mess\w*|mix-up|mixed|muddled|slip\w*|should(?:n't|'ve| have| not)?|promis\w*|missed|not know\w*|know the|knew|learning|blame|fault|to be fair|bless|explains?|that's why|which is why)\b/;

/**
 * Analyser round 26: a check-back frame that is no reflection: "you're telling me …?" asked in disbelief, or a restatement
 * that adds the agent's own blame ("so you didn't read the terms", the taxonomy's common mistake of reflection; round 25's
 * `refl-summary-checked` stands down on blame the same way).
 */
const REFL_FRAME_NOT = /\byou're (?:telling|saying)\b[^.!]*\?|\b(?:seriously|apparently|lol|haha)\b|\byou (?:never|didn't|did not|couldn't|can't even) (?:bother\w*|read|check\w*|look\w*|think|listen\w*|ask\w*|mention\w*|follow\w*|update\w*|keep|kept|notice\w*|see)\b|\byou (?:forgot|failed)\b|\byou (?:should|could)(?:'ve| have)\b/;

export const RULES: Rule[] = [
  // empathy
  { id: "emp-i-understand-how", label: "empathy", cue: /\bi (?:can |do |completely |totally |really |fully |absolutely )*(?:understand|imagine|appreciate|see|hear) (?:how|why|that|what|you|your|this|it)\b/g, unless: /\bi (?:can )?see (?:that|it|this) (?:on|in|here|now)\b|\bsee (?:your|the) (?:account|order|bill|record|note)/, examples: ["A-0005", "B-0027", "C-0048"] },
  { id: "emp-feeling-word", label: "empathy", cue: new RegExp(`\\b(?:that|this|it)(?:'s| is| must be| must have been| sounds| would be|'d be)(?: so| really| incredibly| genuinely| properly| absolutely| such)? ${FEELING}`, "g"), examples: ["A-0050", "B-0243", "C-0134"] },
  { id: "emp-no-wonder", label: "empathy", cue: /\b(?:no wonder you(?:'re| are| were)|anyone would be|i'd be (?:\w+ )?(?:upset|annoyed|frustrated|furious|angry|fuming|livid|worried|cross|the same)|would (?:make|drive|leave) anyone (?:\w+ )?(?:upset|annoyed|frustrated|furious|angry|fuming|livid|worried|cross|mad|up the wall)|would (?:upset|annoy|frustrate|infuriate|worry|anger) anyone)\b/g, examples: ["A-0176", "B-0001", "d002"] },
  // apology
  { id: "apo-sorry", label: "apology", cue: /\b(?:i'm|i am|we're|we are|so|really|very|terribly|truly|deeply|genuinely) sorry\b|\bapologi[sz]\w*|\bapologies\b/g, unless: /\bsorry (?:you feel|if you feel|that you feel|you think)\b/, examples: ["A-0001", "B-0001", "C-0001"] },
  { id: "apo-repeat-request", label: "apology", cue: /^(?:sorry|pardon)[,.?!]? (?:can|could|would|will) you (?:repeat|say (?:that|it) again|spell|speak up|give me|confirm)|^sorry\?$/g, effect: "veto", negatable: false, examples: ["B-0470", "d005"] },
  { id: "apo-sorry-you-feel", label: "apology", cue: /\bsorry (?:you feel|if you feel|that you feel|you think|you see it)\b/g, effect: "veto", negatable: false, examples: ["A-0100", "B-0317", "C-0031"] },
  // analyser round 16: a condolence ("I'm so sorry for your loss", "my deepest condolences") is regret for the experience
  // she has had, the taxonomy's apology (not a politeness reflex); the training authors had labelled it empathy alone, and
  // the sincere lines are relabelled to match. A perfunctory one on the way to the balance ("Yeah, sorry for your loss.
  // Now, the balance…", "condolences and all") is not one.
  { id: "apo-condolence", label: "apology", cue: /\bsorry (?:for|about) your loss\b|\bsorry to hear (?:about|of) (?:your|his|her) (?:loss|passing)\b|\b(?:my|our) (?:deepest |sincere |heartfelt )?condolences\b/g, unless: /^(?:ok|okay|yeah|yes|right|anyway)\b|\bcondolences and all\b|\b(?:now|so),? (?:the|your) (?:balance|bill|account|payment)\b|\barrears\b/, wide: true, negatable: false, effect: "assert", examples: ["A-0916", "C-0829", "P-0187", "X-162"] },
  // reflection
  { id: "refl-so-you", label: "reflection", cue: /^(?:(?:okay|right|alright|so|sorry)[,.]? )*(?:so|if i've got this right|just so i've got this right|let me make sure i've got this)[,.]? (?:you|your|what you)\b/g, question: false, examples: ["A-0075", "B-0064", "C-0099"] },
  { id: "refl-sounds-like-you", label: "reflection", cue: /\b(?:it sounds like|sounds like|so what i'm hearing is|what i'm hearing is|if i understand (?:you )?(?:correctly|right)|if i've understood|you're saying|you've told me|you mentioned|from what you've said)\b/g, examples: ["B-0029", "C-0028", "d036"] },
  // analyser round 26: a frame that says the agent is checking or restating her account ("If I'm understanding correctly,
  // …", "Just to check I'm following: …", "Let me play that back: …", "You're telling me …", "In other words, …", "It
  // sounds as though …") is the taxonomy's reflection by definition (paraphrasing her concern so she can correct it);
  // all 38 training and dev lines with one carry it, and the model missed 11 of them. "I hear what you're saying"
  // (an acknowledgement with nothing restated) and a recap of what the agent has done ("Just to recap: direct debit on
  // hold, …", follow-up) are not such frames.
  { id: "refl-check-frame", label: "reflection", cue: /\b(?:if i(?:'m| am) understanding (?:you )?(?:correctly|right)|if i understand (?:you )?(?:correctly|right)|if i've understood(?: you)?(?: correctly| right)?|(?:just )?to (?:check|make sure) i(?:'m| am) following|(?:let me|just to|i just want to|can i) (?:just )?(?:make sure|check) (?:i've|i have) (?:got|understood|followed) (?:this|that|it|you|everything)(?: right| correctly)?|let me (?:play|read|say) (?:that|it|this) back|(?:just )?so i(?:'m| am) clear|let me check i've (?:got (?:this|that|it|you|everything)\b(?! (?:account|one|number|booking|order|address|details))|followed(?: (?:you|that|this|it))?)|(?:in other words|it sounds as (?:though|if))(?=[^.!?]*\b(?:you|your|you're|you've|you'd)\b)|(?:what )?you're telling me|what i'm hearing|(?<!\b(?:hear|know|see|understand|get|appreciate) what )you're saying)\b/g, unless: REFL_FRAME_NOT, negatable: false, effect: "assert", examples: ["d041", "t027", "tr093", "b2-036", "b2-161"] },
  // open question
  { id: "oq-tell-me", label: "open_question", cue: /\b(?:tell me|walk me through|talk me through|help me understand|take me through|can you describe|could you describe)\b/g, examples: ["A-0040", "B-0003", "C-0052"] },
  { id: "oq-can-i-ask", label: "open_question", cue: /\b(?:can|could|may) i ask (?:what|how|why|which|where|when)\b/g, question: true, examples: ["A-0208", "C-0101"] },
  { id: "oq-what-how", label: "open_question", cue: /^(?:(?:and|so|okay|right|alright|just|now|well|oh|then)[,.]? )*(?:what|how|which)\b(?! (?:is|was|'s) (?:your|the) (?:name|number|account|postcode|email|address|date|reference|order number|card))/g, question: true, unless: /\b(?:your (?:name|account number|postcode|email|address|date of birth|reference|order number|membership number|phone number))\b/, examples: ["A-0019", "B-0043", "C-0025"] },
  // ownership
  { id: "own-ill-take", label: "ownership", cue: /\bi(?:'ll| will|'m going to| am going to)(?: personally)? (?:take (?:care|ownership|responsibility|charge)|own this|look after this|handle this|see (?:this|it) through|stay on|make sure (?:this|it|that|we))|\bleave (?:it|this) with me\b|\bi'm (?:on it|on this|taking this)\b/g, examples: ["A-0029", "B-0004", "C-0090"] },
  { id: "own-our-mistake", label: "ownership", cue: /\b(?:that's|this is|that was|it was|it's) (?:on us|on me|our (?:mistake|fault|error)|my (?:mistake|fault|error))\b|\bwe (?:got|made|messed) (?:this|that|it) (?:wrong|up)\b|\bwe (?:made|'ve made) (?:a|an) (?:mistake|error)\b/g, examples: ["C-0331", "tr111"] },
  // solution
  { id: "sol-done", label: "solution", cue: /\bi(?:'ve| have)(?: just| now| already)? (?:refunded|reversed|credited|cancelled|canceled|removed|waived|applied|booked|arranged|sent|raised|ordered|issued|processed|put through|replaced|reset|added|updated|fixed|sorted|restored|unlocked|reinstated|paused|frozen|put (?:the|your|this|that) (?:\w+ ){0,2}on hold)\b/g, examples: ["A-0940", "B-0020", "C-0055"] },
  // analyser round 10: a fix said as done with "taken off" ("I've taken the fee off", "that's the £59.98 taken off", "it's been
  // taken off as of this morning"): the taxonomy's "I've reversed the second charge" in other words (engine round 6's
  // "a fix said as done" sat on the threshold after the retrain with W, X and Y)
  { id: "sol-taken-off", label: "solution", cue: /\b(?:i(?:'ve| have)(?: just| now| already)? (?:taken|knocked|wiped)(?: (?:it|that|the [£\w.]+(?: \w+)?|your [£\w.]+(?: \w+)?|£[\d.]+))? off|i(?:'m| am) (?:taking|knocking) (?:it|that|the [£\w.]+(?: \w+)?) off|(?:that's|that is|it's|it has|it's been|that's been|it's now|that's now|it has been)(?: all| now| just)? (?:the [£\w.]+(?: \w+)? |your [£\w.]+(?: \w+)? |been )?(?:taken|knocked|wiped) off)\b/g, question: false, examples: ["tr225", "B-0228", "C-0014", "F-0028", "F-0029", "G-0047", "N-0167"] },
  { id: "sol-will-do", label: "solution", cue: /\b(?:i(?:'ll| will|'m going to| am going to|'m| am)|we(?:'ll| will|'re going to)|let me)(?: just| now| go ahead and| personally)? (?:refund\w*|revers\w*|credit\w*|cancel\w*|remov\w*|waiv\w*|send\w*|book\w*|arrang\w*|replac\w*|reset\w*|issu\w*|process\w*|rais\w*|order\w*|restor\w*|reinstat\w*|fix\w*|get (?:a|an|the|that|you|this) (?:\w+ )?(?:refund|replacement|engineer|credit|new)|put (?:that|it|the \w+|£?0\S*) back|take (?:that|the \w+|it) off)\b/g, unless: /\b(?:if you want|would you like|do you want)\b/, examples: ["A-0051", "B-0248", "C-0141"] },
  // options
  { id: "opt-either-or", label: "options", cue: /\b(?:either\b.{3,80}\bor\b|whichever (?:you|suits|works)|you (?:can|could) (?:choose|pick)|(?:two|three|a couple of|a few) (?:options|choices|ways)|or if you(?:'d)? (?:prefer|rather)|would you (?:prefer|rather)|which would you prefer|up to you which)/g, examples: ["A-0018", "B-0032", "C-0029"] },
  // analyser round 12: the taxonomy's "a real choice between two or more workable alternatives" said as offers joined by
  // "or" ("I can move it to York… Or, if there's someone who'd use it, I can transfer it"): two or more things the agent
  // can do in the turn, the second brought in by "or" (18 of 18 training lines with it are options; with authors U and V
  // trained on, three such offers were read as one solution and a good call in calls-dev6 failed)
  { id: "opt-or-i-can", label: "options", cue: /(?:[.,;]|^)\s*or,? (?:if [^.?!]{3,60}?,? )?(?:i|we) (?:can|could)\b|\b(?:i|we) (?:can|could) also\b[^.?!]{3,120}\bor\b/g, guard: /\b(?:i|we) (?:can|could)(?: also)? (?!ask|see|hear|check|understand|imagine|tell|confirm|only|not|'t)\w+[^]*\b(?:i|we) (?:can|could)(?: also)? (?!ask|see|hear|check|understand|imagine|tell|confirm|only|not|'t)\w+/, wide: true, examples: ["A-0076", "A-0302", "d057"] },
  // expectation
  { id: "exp-within", label: "expectation", cue: /\b(?:within|in the next|in(?: about| around)?|no later than|by(?: the end of)?)(?: the next)? (?:0|a|an|one|two|three|four|five|ten|24|48|a few|a couple of|the next)? ?(?:working |business )?(?:minutes?|hours?|days?|weeks?|months?)\b|\bby (?:the end of (?:today|the day|the week)|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|next week|0)\b|\bwith you (?:by |on )?(?:today|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next week)\b/g, guard: /\b(?:will|'ll|should|going to|expect|takes?|usually|normally|typically|arrive|land|show|be with you|hear|due)\b/, examples: ["A-0070", "B-0085", "C-0053"] },
  // boundary
  { id: "bnd-limit-help", label: "boundary", cue: /\b(?:if you (?:keep|continue|carry on)|i (?:need|ask|'d ask|have to ask|must ask) (?:you|us|that you|that we) (?:to )?(?:stop|keep|not|please)|i won't (?:be able to )?(?:accept|tolerate|continue)|i(?:'m| am) not (?:able|going) to (?:continue|carry on|accept)|(?:swearing|that language|the language|shouting|abuse|being abusive|insults?)(?: at me)?)\b/g, guard: /\b(?:help|sort|fix|want to|so (?:that )?(?:we|i) can|get (?:this|it) (?:sorted|fixed|put right)|resolve|keep (?:this|things) (?:respectful|calm|civil))\b/, wide: true, negatable: false, examples: ["A-0551", "B-0077", "C-0185"] },
  // escalation
  { id: "esc-handoff", label: "escalation", cue: /\b(?:escalat\w*|transfer(?:ring)? you|put you through to|pass (?:this|it|you|your case) (?:on|over|up) to|(?:my|a|the) (?:supervisor|manager|team leader|team lead|specialist|senior)|specialist team|complaints team|second line)\b/g, unless: /\bput you through (?:this|that|all|so much)\b/, examples: ["A-0057", "B-0062", "C-0035"] },
  // explanation
  { id: "expl-because", label: "explanation", cue: /\b(?:because|the reason (?:is|was|being)|that's why|which is why|what(?:'s| has) happened is|this happened|due to|caused by|it's down to|that's because|is because)\b/g, examples: ["A-0003", "B-0065", "C-0004"] },
  // a cause stated as a fact ("because your broadband is good", "because the router was never scanned") is the
  // taxonomy's plain why; 12 of 13 training lines with it are labelled explanation, so it stands without the model
  { id: "expl-because-fact", label: "explanation", cue: /\bbecause (?:your|the) \w+ (?:is|was|are|were|has|had)\b/g, unless: EXPL_NOT_A_CAUSE, effect: "assert", examples: ["d024", "A-0218", "B-0117", "C-0538"] },
  // analyser round 24: a summary of her account put back to her to confirm ("So two payments went out on Sunday, and only
  // one box is due. Have I got that right?") is reflection, not a plain why, a remedy or a next step, even when it states a
  // cause or names the refund: the turn opens with "so" and ends on a check. Of the 102 training and dev lines of that
  // shape, 99 are reflection and none is explanation, solution or expectation; the model put explanation on 4 (M-330,
  // S-043, RF-028, X-263), solution on 2 (M-008, AA-168) and expectation on 1. A turn that says it explains ("let me
  // explain this slowly… yeah?") stays clear.
  // analyser round 26: a "because" that gives the agent's honesty or own guess, not a why of her problem ("I won't promise
  // today, because it wouldn't be true", "I won't pretend I can, because I can't", "I won't promise she'll say yes,
  // because I don't think she can", "because I don't want you sat waiting by the phone"): the taxonomy's explanation is
  // "why something happened or why a rule exists". None of the 7 training and dev lines with it and no other reason
  // is explanation (the model put it on 3); a turn that also says who decides or why ("the bereavement team are the
  // only ones who can") keeps it.
  { id: "expl-honesty-because", label: "explanation", cue: /\b(?:because|cos|bc) (?:it|that)(?:'d| would)(?:n't| not) be (?:true|honest|fair|right|the truth)\b|\bbecause i can't\s*[,.;]|\bbecause i (?:honestly )?don't think (?:they|she|he|it)(?:'ll| will| can| would)\b|\bbecause i don't want you (?:sat|sitting|waiting|planning|counting|relying|thinking)\b/g, unless: /\bonly (?:ones?|people|team|person) who\b|\bdecides?\b|\bdecision\b|\bdown to\b|\bthe reason\b|\bout of my hands\b|\bthat's why\b|\bwhich means\b/, wide: true, negatable: false, effect: "veto", examples: ["RF-008", "LA-140", "RD-094"] },
  { id: "expl-summary-checked", label: "explanation", cue: SUMMARY_CHECK, guard: SUMMARY_OPEN, unless: /\bexplain\w*/, wide: true, negatable: false, effect: "veto", examples: ["RF-028", "X-263"] },
  { id: "sol-summary-checked", label: "solution", cue: SUMMARY_CHECK, guard: SUMMARY_OPEN, unless: /\bexplain\w*/, wide: true, negatable: false, effect: "veto", examples: ["F-0274", "U-340"] },
  { id: "exp-summary-checked", label: "expectation", cue: SUMMARY_CHECK, guard: SUMMARY_OPEN, unless: /\bexplain\w*/, wide: true, negatable: false, effect: "veto", examples: ["F-0274", "U-340"] },
  // analyser round 25: the same shape asserts reflection (the taxonomy's "paraphrasing the customer's concern … so they
  // can … correct you if you haven't"): 111 of the 112 training and dev lines that open with "so" and end on a check are
  // reflection; the model missed it on two dev lines with a long run of her facts (M-248, M-330). The one that is not
  // puts the agent's own grievance or blame in the summary ("so basically you are calling me useless, but you are the one
  // who didn't check…, right?"), the taxonomy's "adding your own interpretation or blame": such a summary stays clear.
  { id: "refl-summary-checked", label: "reflection", cue: SUMMARY_CHECK, guard: SUMMARY_OPEN, unless: /\b(?:explain\w*|calling me|you(?:'re| are) the one|your (?:own )?fault|you should(?:'ve| have)|you (?:didn't|did not|never) (?:read|check|listen|bother))\b/, wide: true, negatable: false, effect: "assert", examples: ["F-0274", "U-340", "X-263", "J-0032"] },
  // follow-up
  { id: "fu-contact", label: "follow_up", cue: /\b(?:i'll|i will|we'll|we will|i'm going to)(?: personally)? (?:call|ring|phone|email|e-mail|text|message|check back|follow up|get back|update|check in|be in touch|keep you)\b|\b(?:follow(?:-| )up|check in with you|keep you (?:updated|posted|in the loop)|let you know (?:as soon|when|once|the moment))\b/g, unless: /\bcall you (?:a|an)\b/, examples: ["A-0016", "B-0044", "C-0016"] },
  // blame
  { id: "blame-your-end", label: "blame", cue: /\b(?:at|on|from) your (?:end|side)\b|\byour (?:bank|card issuer|wifi|router|phone|settings|device)(?: must| has| probably|'s)\b/g, negatable: false, examples: ["A-0008", "B-0009", "C-0074"] },
  { id: "blame-you-should-have", label: "blame", cue: /\byou (?:should(?:'ve| have)|shouldn't have|could(?:'ve| have)|ought to have|needed to|were supposed to|failed to|forgot to|must have|must've|obviously)\b|\byou (?:didn't|never|did not) (?:read|check|send|return|follow|tell|give|update|register|keep|post|scan|cancel|back up|save|sign)\b/g, examples: ["A-0021", "B-0255", "C-0561"] },
  { id: "blame-third-party", label: "blame", cue: /\b(?:the|that|our|their) (?:warehouse|courier|couriers|bank|post office|driver|sales (?:team|rep|guy|person|chat|department)|other department|billing team|engineer|engineers|tech team|manufacturer|supplier|delivery (?:company|firm|guy)|new (?:guy|girl|starter|agent)|night shift|previous agent|last agent|agent you spoke to|colleague)\b/g, guard: /\b(?:always|never|mess\w*|lost|los(?:e|ing)|got it wrong|fault|useless|should(?:n't|'ve| have)|keep|slow|behind|their (?:mistake|problem|error)|not (?:us|me|our)|blame|didn't|forgot|careless|hopeless|again)\b/, examples: ["A-0083", "B-0009", "C-0172"] },
  { id: "blame-records-show", label: "blame", cue: /\b(?:our|the) (?:records|system|notes|tracking) (?:show|shows|say|says|state|states)\b/g, guard: /\byou(?:r)?\b.*\b(?:never|didn't|not|wasn't|weren't|failed)\b/, examples: ["A-0008", "B-0009"] },
  { id: "blame-not-my-fault", label: "blame", cue: /\b(?:not|n't|hardly) (?:my|our|the company's|my team's) (?:fault|problem|doing|mistake)\b|\bnothing to do with (?:me|us)\b/g, negatable: false, examples: ["A-0818", "B-0055", "C-0267"] },
  { id: "blame-not-your-fault", label: "blame", cue: /\b(?:not|n't|none of this is|none of it is|never) (?:your|you) fault\b|\byou(?:'ve| have) done nothing wrong\b/g, negatable: false, effect: "feature", examples: ["A-0420"] },
  // blame, by the taxonomy's definition (fault put on the customer or another party), as phrase families the model weighs
  { id: "blame-because-you", label: "blame", cue: /\b(?:because|since|cause|that's why|that is why|which is why|so that's why|it's because|that's because) you(?:'ve| have| had|'d| were)? (?:didn't|did not|never|forgot|failed|missed|chose|picked|selected|entered|typed|clicked|ticked|left|let|ignored|haven't|hadn't|weren't|wasn't|got|put|used|went)\b|\bthat's why you(?:'re| are)\b/g, unless: /\b(?:worth (?:checking|trying|testing|having a look|a (?:try|look))|you (?:might|may) want to|(?:a )?good idea to|i'd (?:suggest|recommend)|best to (?:check|try|test))\b/, examples: ["tr792", "A-0074", "B-0082"] },
  { id: "blame-your-responsibility", label: "blame", cue: /\b(?:it's|that's|it is|that is|that was|it was)(?: really| actually| technically)? (?:your|the customer's) (?:responsibility|problem|fault|lookout|mistake|doing|own fault)\b|\byou were (?:told|warned|informed|sent|given)\b|\byou(?:'d| would) have (?:got|received|been sent|been told)\b/g, examples: ["d158", "A-0118", "B-0233"] },
  { id: "blame-other-lot", label: "blame", cue: /\b(?:the|that|our|their|those) (?:\w+ )?(?:lot|team|department|dept|people|crew|guys|staff|contractors?|agency|office|desk|assessors|cleaners|reception|installers?|fitters?|drivers?|depot|branch|store|shop|site|website|app)\b/g, guard: /\b(?:always|never|mess\w*|lost|los(?:e|ing)|got it wrong|getting (?:\w+ )?wrong|fault|useless|hopeless|a joke|a nightmare|nightmare|should(?:n't|'ve| have)|keep|careless|their (?:mistake|problem|error|doing)|not (?:us|me|our)|blame|forgot|do what they want|wouldn't trust)\b/, examples: ["d072", "A-0059", "B-0009"] },
  // analyser round 25: running down a colleague, team or supplier to her ("sales will say anything to get a sale", "I
  // wouldn't trust a word of it", "that driver is known for this", "we've had issues with that driver before"): the
  // taxonomy's blame ("putting the fault on … a colleague, another department or a supplier") said as their character
  // rather than as a fault in this case. All six training and dev lines with it are blame; "she'll say anything
  // different" (a manager's answer) is not running anyone down.
  { id: "blame-runs-down", label: "blame", cue: /\b(?:will|'ll|would|'d) say anything(?= to (?:get|make|close|sell|shift)\b|\s*[.!,]|\s*$)|\bwouldn't trust (?:a word|them|him|her|anything|what (?:they|he|she))\b|\b(?:is|are|was|were|'s|'re) known for (?:this|that|it|losing|leaving|messing|dumping)\b|\b(?:had|have|get|got) (?:\w+ )?(?:issues|problems|trouble|complaints) (?:with|about) (?:that|this|those|the same) (?:driver|courier|engineer|agent|depot|warehouse|team|lot|company|partner|firm|guy|lady|person|branch|shop|store)s?\b(?= before| every| all the time| a lot| loads)/g, negatable: false, effect: "assert", examples: ["A-0125", "Y-086", "X-372", "misled-features/chat-was-wrong"] },
  // analyser round 26: a colleague's inexperience or forgetting given as the cause, the colleague said to have been told
  // off, or a team or supplier called useless: the taxonomy's blame ("putting the fault on … a colleague, another
  // department or a supplier") in the families the model learned from one name ("Dean's new, he probably didn't know")
  // and missed in other words ("She's still on probation, so she didn't know the process", "The new lad on nights got it
  // wrong", "He has been spoken to"). Said of someone else only: the agent's own newness ("I'm only in my second week
  // myself") or forgetting, a colleague mentioned helpfully ("my colleague Dean will call you back") and "I won't be
  // spoken to like that" (a boundary) stay clear. Over the training and dev lines the cues fire on: newness 22 of 22
  // blame (the model missed 2), someone else forgetting or told off 4 of 4 (missed 1), a party called useless 44 of 44 (missed 5).
  { id: "blame-colleague-new", label: "blame", cue: new RegExp(String.raw`\b(?!(?:i|we|you|u|it|this|that|which|what|there|everything|something|nothing|one|ones)\b)[a-z]+(?:'s| is| was| are| were|'re| has been| had been|'d been)(?: (?:only|still|just|quite|very|fairly|pretty|brand|really|relatively|so|a bit|a little|also|obviously|clearly|bless (?:him|her|them)))*,? (?:new(?=\s*[,.;!?]|\s*$| (?:so|and|though|to be fair|here|to (?:the|this|our) (?:job|role|team|company|department)|in (?:the|his|her|their) (?:job|role|team|post)|on (?:the|that|this) (?:route|team|desk|shift)|starter|recruit|joiner|hire|at this)\b)|(?:only |just )?(?:in|on) (?:his|her|their) (?:first|second|third|fourth|1st|2nd|3rd|4th) (?:week|day|month|shift|fortnight)|on probation|still (?:learning|training|in training|being trained|finding (?:his|her|their) feet)|a trainee|(?:only|just) (?:started|joined)\b)|\b(?:the|that|our|a|this) new (?:lad|guy|girl|bloke|chap|fella|starter|recruit|joiner|hire|agent|colleague|driver|engineer|person|boy|kid|trainee)s?\b`, "g"), guard: BLAME_FAULT, wide: true, negatable: false, effect: "assert", keepsWith: "apology", examples: ["repeat-contact/dean-new", "LA-129", "G-0067", "D-0420", "b3-125"] },
  { id: "blame-colleague-forgot", label: "blame", cue: /\b(?<!')(?!(?:i|we|you|u|ull|it|who|have|has|had|i've|we've|you've|i'd|we'd|you'd|prob|probably|will|would)\b)[a-z]+(?: (?:obviously|clearly|probably|must have|must've|may have|might have|has|had|just|simply|completely|totally|then))* (?:forgot|forgotten)(?= to \w+| about (?:it|your|the|you|that)| (?:it|your|the|that|his|her)\b|\s*[.,!?;]|\s*$| and\b)|\b(?<!')(?!(?:i|we|you|u)\b)[a-z]+(?:'s| has| have| was| were|'ll| will)(?: now| since| already)? (?:been|be) (?:spoken to|told off|disciplined|reprimanded|given a (?:warning|talking-to|talking to|telling-off|telling off))(?! like)\b/g, unless: /\b(?:i|we|you) (?:won't|will not|am not|'m not|refuse to) be\b|\b(?:i'm|i am|i've|i have|we've|you've|you have) (?:been |be )?(?:spoken to|told off)\b/, negatable: false, effect: "assert", keepsWith: "apology", examples: ["tr1224", "W-264", "RF-158"] },
  // (her words reported back, "You said the last agent was useless", put the fault on nobody: the lead, after the merge with round 27)
  { id: "blame-party-useless", label: "blame", cue: new RegExp(String.raw`\b(?<!\byou )(?:team|teams|lot|department|dept|people|crew|guys|lads|staff|couriers?|drivers?|warehouse|engineers?|agents?|colleagues?|suppliers?|contractors?|installers?|fitters?|office|desk|branch|depot|shift|nights|lad|guy|girl|bloke|starters?|inbox|sales|billing|accounts|he|she|they|him|her|them)(?:'s|'re| is| are| was| were| have been| has been| been| being)(?: (?:so|really|absolutely|completely|totally|just|a bit|pretty|honestly|frankly|bloody|utterly|properly|literally|fairly|quite|massively|always|such))* (?:useless|hopeless|clueless|incompetent|clowns|a joke|a shambles|shambolic|terrible|awful|rubbish|a nightmare|a disgrace|pathetic|cowboys|idiots|a law unto (?:themselves|itself)|a mess|all over the place|not fit for purpose)\b`, "g"), unless: /\byou (?:said|say|told me|mentioned|felt|feel|think|thought|called|described|reckon)\b/, negatable: true, effect: "assert", keepsWith: "apology", examples: ["tr1159", "Y-199", "RD-203", "RD-088", "LA-143"] },
  { id: "blame-records-say", label: "blame", cue: /\b(?:report|records?|system|notes|tracking|log|scan|scans|photo|paperwork|account) (?:says|say|shows|show|states|has it|have it|has you|confirms)\b/g, guard: /\b(?:you|your)\b[^.?!]*\b(?:never|didn't|did not|not|wasn't|weren't|failed|missed|must)\b|\b(?:wasn't|weren't|never|not) (?:out|in|there|home|scanned|returned|sent|presented|signed|received)\b/, examples: ["A-0008", "B-0009"] },
  // summing up the customer's own reasons ("so it's the signal as much as the price") is reflection and puts the fault on nobody (stands down beside any word of fault)
  { id: "blame-sums-up", label: "blame", cue: /\bso (?:it's|it is|it was) (?:the|your|both|not just)\b/g, unless: /\b(?:fault|blame\w*|should(?:n't|'ve| have)|didn't|did not|never|forgot|failed|must have|obviously|responsib\w*|supposed to|your (?:end|side)|their (?:mistake|problem|error))\b/, wide: true, negatable: false, effect: "veto", examples: ["A-0746", "E-0064"] },
  // dismissive
  { id: "dis-minimise", label: "dismissive", cue: new RegExp(DIS_MINIMISE.source, "g"), examples: ["d093", "A-0007", "B-0025"] },
  { id: "dis-calm-down", label: "dismissive", cue: new RegExp(DIS_CALM.source, "g"), effect: "assert", examples: ["A-0007", "B-0010", "C-0007"] },
  // a promise to see the customer right is the opposite of minimising: the model's "let's…that" is not dismissive (stands down beside any dismissive cue)
  { id: "dis-make-sure", label: "dismissive", cue: /\b(?:let's|let us|let me|i'll|i will|i'm going to|we'll|we will) (?:just )?make sure (?:you|we|it|this|that|the|your)\b/g, unless: DISMISSIVE_CUES, wide: true, negatable: false, effect: "veto", examples: ["tr109", "tr290", "tr415", "A-0105"] },
  // argue
  { id: "arg-youre-wrong", label: "argue", cue: new RegExp(ARG_WRONG.source, "g"), unless: /\b(?:you're|you are) (?:not wrong|right|absolutely right|correct)\b/, examples: ["A-0021", "B-0011", "C-0061"] },
  { id: "arg-we-didnt", label: "argue", cue: new RegExp(ARG_WE_DIDNT.source, "g"), negatable: false, examples: ["B-0069", "C-0027", "tr312"] },
  { id: "arg-no-youre-right", label: "argue", cue: /^(?:no|nope|oh no|no no)[,.!]? (?:you(?:'re| are) (?:right|absolutely right|quite right|correct|not wrong)|that's (?:right|fair|true|a fair point))/g, effect: "veto", negatable: false, examples: ["A-0020", "B-0307"] },
  { id: "arg-contradict", label: "argue", cue: new RegExp(ARG_CONTRADICT.source, "g"), examples: ["d045", "A-0035", "B-0036"] },
  // owning the mistake concedes the point: a turn that says "that's our mistake" is not defending the company (stands down beside any arguing cue)
  { id: "arg-owns-mistake", label: "argue", cue: /\b(?:that's|this is|that was|it was|it's) (?:on us|on me|our (?:mistake|fault|error)|my (?:mistake|fault|error))\b|\bwe (?:got|made|messed) (?:this|that|it) (?:wrong|up)\b/g, unless: ARGUE_CUES, wide: true, negatable: false, effect: "veto", examples: ["tr059", "tr247", "tr1017"] },
  // analyser round 25: a word of hers softened and the substance conceded and acted on ("I wouldn't say lied, but it was
  // misleading and I've reported it", "I won't say anyone lied, but the answer you got was not accurate… and I've logged it
  // so it gets fixed") is not arguing ("contradicting the customer, correcting them for the sake of it, or getting
  // defensive"): none of the five training and dev lines with both is argue, while "I wouldn't say lied, the feature does
  // exist, you just hadn't turned it on" (a defence, with nothing owned) is, and keeps it. Stands down beside any arguing cue.
  { id: "arg-softened-owned", label: "argue", cue: /\bi (?:wouldn't|won't|would not|will not) (?:say|call it|go as far as)\b/g, guard: /\b(?:i(?:'ve| have)(?: already)? (?:reported|logged|flagged|passed (?:it|that|this) on|fed (?:it|that|this) back|raised (?:it|that|this)|put (?:it|that|this) in)|so it gets (?:fixed|sorted|corrected|looked at)|(?:that's|that is|it's|it is) on us|our (?:mistake|fault|error)|(?:was|were|wasn't|was not) (?:misleading|not (?:accurate|clear|right)|clear enough|accurate))\b/, unless: ARGUE_CUES, wide: true, negatable: false, effect: "veto", examples: ["W-091", "Y-117"] },
  // disowning the cause to take on the fix ("I'm not the one who sent it, but I'm the one who's going to sort it") contradicts
  // nobody and puts the fault on nobody: the turn owns the problem (seventh analyser round; both training lines with it are
  // ownership, neither argue nor blame; "I'm not the one who lost it, so don't have a go at me" has no such turn and stays argue)
  { id: "arg-not-me-but-i-fix", label: "argue", cue: NOT_ME_BUT_I_FIX, unless: new RegExp(`${ARGUE_CUES.source}|\\b(?:have a go|take it out on|shout at) me\\b`), wide: true, negatable: false, effect: "veto", examples: ["A-0655", "J-0241"] },
  { id: "blame-not-me-but-i-fix", label: "blame", cue: NOT_ME_BUT_I_FIX, unless: /\b(?:fault|blame\w*|should(?:n't|'ve| have)|didn't|did not|forgot|failed|responsib\w*|supposed to|have a go|take it out on)\b/, wide: true, negatable: false, effect: "veto", examples: ["A-0655", "J-0241"] },
  // policy wall
  { id: "pw-policy", label: "policy_wall", cue: /\b(?:it's|that's|it is|that is|this is)(?: just| simply)? (?:the |our |company |store )?(?:policy|rules?|procedure|terms)\b|\bpolicy is policy\b|\brules are rules\b|\b(?:there's|there is) nothing (?:(?:else|more) )?(?:i|we) can do\b|\b(?:the )?(?:system|computer) (?:won't|doesn't|does not|will not) (?:let|allow)\b|\b(?:i|we)(?:'m| am|'re| are) not (?:allowed|permitted|authorised|authorized) to\b|\bmy hands are tied\b/g, negatable: false, examples: ["A-0009", "B-0052", "C-0036"] },
  // the taxonomy's definition ("refusing by citing policy and stopping there, with no explanation and no alternative"): a
  // turn that cites the policy and has no word of a reason, an alternative, an apology or a next step (15 training lines, 14 labelled so)
  { id: "pw-bare-policy", label: "policy_wall", cue: /\b(?:it's|that's|it is|that is|this is)(?: just| simply)? (?:the |our |company |store )?(?:policy|rules?|procedure|terms)\b|\bpolicy is policy\b|\brules are rules\b/g, unless: /\b(?:because|the reason|so that|instead|what i can|i can|we can|i could|we could|option|alternative|offer|happy to|let me|i'll|i will|we'll|we will|which means|means|if you|once|until|after|escalat\w*|manager|supervisor|sorry|understand|appreciate)\b/, wide: true, negatable: false, effect: "assert", examples: ["A-0265", "B-0052", "C-0137", "F-0064"] },
  // a policy wall is a refusal: a turn that hands the customer what they asked for ("Your PAC is 4839 2210, valid for 30
  // days", "here's your code", "I've sent you the link") and says no word of a refusal or a rule is not one (seventh
  // analyser round; none of the 14 training lines with it is policy_wall; the retrained model read n-ca-1's PAC as one)
  { id: "pw-hands-over", label: "policy_wall", cue: /\b(?:your (?:pac|stac|pac code|code|reference|ref|reference number|case number|tracking number|new [a-z]+ number) is|here(?:'s| is) your|i've (?:sent|emailed|texted) (?:you|it|your|them|that))\b/g, unless: /\b(?:policy|rules?|terms|t&cs?|can't|cannot|unable|not able|won't|only)\b/, wide: true, negatable: false, effect: "veto", examples: ["cancellation/signal-elsewhere", "G-0353", "D-0394", "H-0058"] },
  // analyser round 24, by the definition ("refusing by citing policy and stopping there, with no explanation and no
  // alternative"): a refusal that goes on to offer something instead ("Free months I can't do. I could do the tenner
  // credit though", "sim only + the credit is what I got", "what I can do is…") is not a policy wall. Of the 156 training,
  // dev and rude-rich lines with such an offer none is labelled policy_wall; the model put it on four (M-102, M-223, RB-135,
  // R-0159). A negated offer ("I don't know what I can do") does not count.
  { id: "pw-alternative-offered", label: "policy_wall", cue: /\b(?:what (?:i|we) can (?:do|offer)(?! about)|(?:but|though|instead|however),? (?:i|we) (?:can|could)(?!'t|n't|not| not)|i could do|(?:i|we) can (?:do|offer|give you|add|put|spread|skip|move|book|arrange) [^.?!]{0,60}\b(?:though|instead)|is what i(?:'ve| have)? got|the best i can do is|i can still)\b/g, effect: "veto", examples: ["R-0159", "RB-135"] },
  // jargon
  { id: "jar-strong", label: "jargon", cue: new RegExp(String.raw`\b(?:rma|sku|skus|sla|slas|ont|olt|pon|dfu|psp|ach|bacs|mrc|nrc|ivr|l[1-3]|adm|rtv|wms|dslam|cpe|snr|provision(?:ing|ed)?|re-?provision\w*|firmware (?:flag|build|builds|stack|version|image)|codec|backwards[- ]compatible|re-?presentment|credit memo|debit memo|fare basis|dunning|pro-?rat(?:ed|ion|ing)|duplicate auth|pre-?auth(?:ori[sz]ation)?|auth(?:ori[sz]ation)? hold|tariff rules?|non-?ref|back-?end|dev ?ops|api|sdk|dns|dhcp|mac address|ip address|ble stack|ota|ledger|pending settlement|settlement batch|reconciliation|escalation matrix|packet loss|sync rate|noise margin|attenuation|los light|work order|disposition code|wrap code|case id|fulfil?ment (?:centre|center|queue)|qc|t\+\d|mpls|vlan|modem firmware|legacy (?:firmware|builds?|systems?|platform|stack)|gateway|tier[- ]?[123] queue|ticket queue|rating engine|bill run|billing run|write-?off|chargeback reversal|acquirer|issuer bank|merchant id)\b`, "g"), unless: /\b(?:which|that) (?:is|means|just means)\b|\bin other words\b|\bbasically\b|\bstands for\b|\(/, negatable: false, examples: ["A-0010", "B-0013", "C-0013"] },
  { id: "jar-acronym", label: "jargon", cue: /\b[A-Z][A-Z0-9&+]{1,5}s?\b|\bL[1-3]\b/g, cased: true, negatable: false, examples: ["A-0010", "B-0013", "C-0013"] },
  // fifth analyser round, by the definitions: brushing the problem aside by waving it off ("I know the
  // feeling", "you can always claim it back", "I'm sure you'll survive", "not really our issue") and
  // contradicting her account or defending the company ("are you sure?", "technically…", "it was in the
  // email", "nobody's ripping you off", "your maths is wrong")
  { id: "dis-wave-off", label: "dismissive", cue: /\bi know the feeling\b|\byou can always\b|\b(?:won't|wouldn't|doesn't|does not) make (?:much|any|a lot of) (?:of a )?difference\b|\b(?:most|other|plenty of|loads of|lots of) (?:users|members) (?:don't|never) (?:have|get|seem)\b|\b(?:it's|it is|that's) not (?:that|so|very) (?:hard|difficult|complicated)\b|\bi'm sure (?:you'll|you will|it'll|your \w+ will) (?:survive|live|cope|manage|be fine|be ok)\b|\bnot (?:really )?our (?:issue|problem|concern)\b/g, examples: ["F-0166", "F-0402", "G-0071", "E-0164", "C-0802", "A-0685"] },
  { id: "arg-correcting", label: "argue", cue: /\bare you sure\?|^not exactly\b|\bnot exactly[,.]|\btechnically\b|\bit (?:was|is|'s) (?:all )?(?:in|on) the (?:email|letter|terms|contract|website|paperwork|confirmation)\b|\b(?:nobody|no one)(?:'s| is) (?:stealing|ripping|lying|cheating|robbing)\b|\byour (?:math|maths|figures|numbers|sums) (?:is|are) (?:wrong|off)\b/g, examples: ["G-0106", "E-0111", "C-0712", "A-0534", "E-0398", "E-0276"] },
  // rude
  { id: "rude-insult-direct", label: "rude", cue: /\b(?:that's|that is|it's|it is|how|what a|you're|you are|such a|you|you (?:people|lot|guys)(?: are| were)?|don't be)(?: a| an| so| really| being| just| bit){0,3} (?:stupid|idiot\w*|moron\w*|pathetic|clueless|dumb|thick|muppet|ridiculous|hysterical|childish)\b/g, unless: /\b(?:called|calling|call) (?:me|us|him|her|them)\b|\b(?:nobody|no one|not) (?:thinks|think|saying|said|says)\b/, effect: "assert", examples: ["B-0781", "d169"] },
  { id: "rude-not-a-boundary", label: "rude", cue: /\bif (?:you|the \w+|it|they|this|that) (?:keeps?|continues?|carr(?:y|ies) on|goes on)\b[^.?!]{0,60}\b(?:end|hang up|put the phone down|disconnect|terminate)\b/g, guard: /\b(?:rather|really don't want to|want to (?:help|sort|fix|get)|so (?:that )?(?:we|i) can|i(?:'d| would) like to (?:help|sort|keep)|happy to (?:help|keep)|keep helping|nearly there)\b/, wide: true, unless: /\b(?:idiot|stupid|moron|pathetic|shut up|whatever)\b/, negatable: false, effect: "veto", examples: ["A-0352", "B-0771", "C-0049"] },
  { id: "rude-insult", label: "rude", cue: /\b(?:idiot\w*|stupid|moron\w*|pathetic|clueless|dumb|thick|muppet|ridiculous|absurd|hysterical|childish|unbelievable|useless|incompetent|lazy|pal|sweetheart|love|darling|mate)\b/g, unless: /\b(?:called|calling|call) (?:me|us|him|her|them)\b/, negatable: false, examples: ["A-0163", "B-0519", "C-0304"] },
  { id: "rude-brushoff", label: "rude", cue: /\b(?:whatever|not my problem|get a grip|shut up|grow up|tough luck|deal with it|take it or leave it|go ahead then|good luck with that|suit yourself|if you say so|i don't care|who cares|am i keeping you|however did you|are you (?:deaf|serious|kidding)|do you (?:even|actually) (?:read|listen|know)|did you (?:even|actually) (?:read|try|bother|check))\b/g, unless: /\bnot \w+ because i don't care\b/, examples: ["A-0152", "B-0053", "C-0073"] },
  // (seventh analyser round: silenced across the whole turn by a way back or a warning given before, so the proper
  // ending "I did ask you to stop… I'm going to end the call now. A supervisor will ring you back" is not rude; 10 of
  // the 16 training lines it fired on were such endings)
  { id: "rude-hang-up", label: "rude", cue: /\b(?:i'll|i will|i'm going to|i am going to|i'm gonna) (?:hang up|end (?:this|the) call|put the phone down|disconnect|cut you off)\b/g, unless: /\b(?:help|sort|fix|want to|rather not|so we can|respectful|calm|if (?:you|it|this|that|the (?:\w+ing|insults?|abuse|language)) (?:keeps?|continues?|carr(?:y|ies) on|goes on)|supervisor|(?:call|ring|phone) (?:you|us|me) back|i did (?:ask|say|warn)|i've asked once|claim(?:'s| is) open|one (?:clear |last )?warning|when you're (?:calmer|ready)|noted)\b/, wide: true, examples: ["B-0080", "tr971"] },
  { id: "rude-sarcasm", label: "rude", cue: /^(?:oh|wow|well|great|brilliant|fantastic|congratulations|lovely)[,.!]? (?:sorry|well done|congratulations|brilliant|great|lovely|thanks for|what a|how (?:nice|lovely)|aren't you|you must be)/g, examples: ["C-0898", "d094"] },
  { id: "rude-contempt", label: "rude", cue: /\b(?:i can read|can you\?|thanks for nothing|good for you|well done you|tell me about it|they love that|get in line|i've got better things|not my job|no skin off my nose|your funeral|your loss|off you go then|go on then|fine,? whatever|don't be (?:daft|silly)|use your (?:head|brain|eyes)|are you even listening|i haven't got all day|keep up)\b/g, examples: ["t101", "A-0011"] },
  // rude, by the taxonomy's definition ("sarcasm, insults, threats or unprofessional language towards the customer"),
  // as families the model weighs: daring the customer to act, praise meant as its opposite, talking down, and
  // remarks about the customer as a person
  { id: "rude-dare", label: "rude", cue: /\b(?:go for it|go ahead then|be my guest|knock yourself out|good luck (?:finding|getting|with that|trying)|take it or leave it|see how far that gets you|do your worst)\b/g, examples: ["A-0163", "B-0755", "C-0143", "E-0360", "F-0421"] },
  // analyser round 25: daring her to leave ("go on then, cancel", "if you want to go, you go", "I'm not going to beg",
  // "Should I just cancel then? Saves us both the time"): indifference to losing her said at her, the same contempt as
  // `rude-dare` (a cue the model weighs) in the words of a cancellation. All fourteen training and dev lines with it are
  // rude; help, an apology or her right to choose in the turn ("of course, I'll send the code now") silences it.
  { id: "rude-dare-to-leave", label: "rude", cue: /\b(?:go ahead|go on|off you go|be my guest)(?: then)?,? (?:(?:sir|madam|ma'am|mate|love),? )?(?:and )?(?:cancel|leave|switch|go)(?= then\b| us\b| me\b|\s*[.,!?;]|\s*$)|\bif (?:you|u) want to (?:go|leave|switch|cancel),? (?:then )?(?:you |u )?(?:go|leave|switch|cancel)\b|\b(?:not|never) (?:going|gonna) (?:to )?beg\b|\bshould i just cancel(?: it)? then\b/g, unless: /\b(?:i'll|i will|let me|i can|happy to|of course|certainly|no problem|sorry|apologi\w*|i understand|before you go|if that's (?:best|right|what you)|welcome|entitled|your right|right to)\b/, wide: true, negatable: false, effect: "assert", examples: ["tr1098", "E-0028", "P-0037", "Q-0025", "RI-084"] },
  // analyser round 25: a threat hung on her carrying on ("Keep it up and I'll make sure that direct debit goes out
  // tomorrow", "Carry on and I'll stick a note on your account", "Keep that up and you'll find yourself with no supply"):
  // the taxonomy's "threats … towards the customer", where `rude-ultimatum` reads only "keep talking/swearing and…". All
  // ten training and dev lines with it are rude; "let's keep going and I'll book it" and "carry on, and I'll write the
  // numbers down" are no threats (a bare "carry on" counts only before a consequence for her: a note, a cut-off), and a
  // warning that names the end of the call or a wish to help (a boundary) silences it.
  { id: "rude-keep-it-up", label: "rude", cue: /\b(?:keep (?:it|this|that) up|carry on (?:like (?:this|that)|being \w+|with (?:that|this|the) \w+))(?: (?:like this|like that))?,? (?:and|then) (?:i'll|i will|we'll|we will|i'm going to|i am going to|you'll)\b|\bcarry on,? (?:and|then) (?:i'll|i will|we'll|we will) (?:make sure|stick|put|note|mark|flag|cut|hang up|put the phone down)\b/g, unless: /\b(?:help|sort (?:this|it)|fix|rather|happy to|i want to|i'd like to|so (?:that )?(?:we|i) can)\b|\b(?:end|close|finish) (?:the|this) (?:call|chat)\b/, wide: true, negatable: false, effect: "assert", examples: ["tr971", "D-0241", "RA-199", "RA-224", "RF-233"] },
  // analyser round 25: help given grudgingly, her manner held against her ("a £40 voucher, which is generous considering the
  // tone", "so a thank you wouldn't go amiss", "more than you are deserving after how you spoke to me", "£40, and that's
  // generous already", "not after the way you've spoken to me"): contempt towards the customer said while giving. All six
  // training lines with it are rude (the model had two). Ending an abusive call properly ("given the way you've spoken to
  // me I'm ending the call; a supervisor can call you back") is a boundary and stays clear.
  { id: "rude-grudging", label: "rude", cue: /\b(?:a )?thank you wouldn't go amiss\b|\b(?:considering|given) (?:the|your) (?:tone|attitude|language|manners)\b|\bmore than you(?:'re| are)? deserv\w*|\b(?:generous already|already generous)\b|\b(?:after|considering|given) (?:how|the way) you(?:'ve| have)? (?:spoke|spoken|talked|been talking|treated|behaved)\b|\b(?:with|not after) the way you(?:'ve| have)? (?:spoke|spoken|talked|been talking|behaved)\b/g, unless: /\b(?:call you back|ring (?:you |us )?back|when you(?:'re| are) ready|end (?:the|this) call|ending (?:the|this) call|close (?:the|this) chat|closing (?:the|this) chat|supervisor|team leader)\b/, wide: true, negatable: false, effect: "assert", examples: ["RA-156", "RA-176", "RC-024", "RH-188"] },
  { id: "rude-ironic-praise", label: "rude", cue: /\b(?:you(?:'re| are) (?:a |such a )?(?:delight|charmer|treat|joy|gem|ray of sunshine)|charming|someone(?:'s| is) (?:having a|in a) (?:great|good|lovely|fine)|(?:lovely|nice|great) attitude|what a (?:delight|charmer|treat|joy))\b/g, examples: ["B-0079", "B-0122", "C-0064", "F-0350"] },
  { id: "rude-talking-down", label: "rude", cue: /\b(?:let me (?:go|say this|explain this|put this) (?:really |very |nice and )?(?:slowly|simply)|not rocket science|in words of one syllable)\b/g, unless: REASSURED, wide: true, examples: ["C-0109", "tr1196", "P-0270", "t055"] },
  { id: "rude-personal", label: "rude", cue: /\b(?:some of us|you sound like you need|maybe (?:spend|try being|stop)|nobody(?:'s| is) forcing you|then (?:you can )?(?:leave|go elsewhere|go somewhere else|swear at|shout at)(?! it with| this with)|you(?:'re| are) (?:just )?a customer)\b/g, examples: ["A-0548", "A-0775", "B-0830", "C-0247", "C-0776"] },
  // fifth analyser round, the same definition: cutting the customer off as the one at fault for not being
  // helped ("if you'd let me finish"), contempt for having to repeat ("I heard you the first time"), hanging
  // up as a threat with no way back, patronising advice for next time, and retorts ("right back at you")
  { id: "rude-cut-off", label: "rude", cue: /\bif you(?:'d| would| had) (?:just |actually |only )?(?:listen(?:ed)?|let me (?:speak|talk|explain|finish|get a word)|give me a (?:chance|second|minute)|stop (?:shouting|talking|interrupting|yelling)|read what i)\b/g, examples: ["C-0441", "E-0200", "E-0333", "F-0217", "F-0249", "G-0311", "G-0391"] },
  // Sarcasm about her repeating herself, and "if you'd stop…, we might actually…", by the taxonomy's own example of rude
  // ("Maybe if you listened for a second we'd get somewhere"); neither cue matches any line of the training data that is
  // not labelled rude (engine round 7, calls-dev7's u-repeat-contact-4: "if you could stop going on about it for one
  // second, we might actually finish this call"); "…you'd actually hear that…" the same (engine round 11, calls-dev10's
  // c10-persistent-abuse-2; the widened cue still matches only lines labelled rude: F-0249, P-0016, Q-0267)
  { id: "rude-going-on-about", label: "rude", cue: /\b(?:stop|keep|keeps|keeping|kept) (?:going|banging|harping|rabbiting) on about\b/g, effect: "assert", examples: ["P-0275"] },
  { id: "rude-then-we-might-actually", label: "rude", cue: /\bif you(?:'d| would| could| can| just| only)* (?:let me (?:finish|speak|talk|get a word)|stop\w*|listen\w*|calm\w* down|quit\w*|shut)\b[^.?!]{0,60}\b(?:we|i|you)(?: might| may| could|'d) actually\b/g, unless: /\b(?:(?:i|we) (?:really |do )?want to|want to (?:help|sort|fix|get)|(?:i'd|i would) (?:like|love) to (?:help|sort)|happy to help|rather not)\b/, wide: true, effect: "assert", examples: ["P-0016"] },
  // telling her to read or listen, as a put-down ("Maybe try reading it before firing off another load of question marks"):
  // every line of the training data with this cue is labelled rude (calls-dev7's u-chat-complaint-4)
  { id: "rude-maybe-try", label: "rude", cue: /\bmaybe (?:just )?try(?:ing)? (?:reading|listening|being)\b/g, effect: "assert", examples: ["tr746", "D-0316", "A-0548"] },
  { id: "rude-said-before", label: "rude", cue: /\bi heard you the first time\b|\bfor the (?:third|fourth|fifth|hundredth|tenth|last) time\b|\bhow many (?:more )?times (?:do|have|must|will) i\b|\bi don't know how many times\b/g, examples: ["b2-272", "B-0068", "E-0069", "E-0331", "G-0215", "G-0238"] },
  { id: "rude-hanging-up", label: "rude", cue: /\b(?:i'm|i am) (?:hanging up|ending (?:this|the) call|putting the phone down)\b/g, unless: /\b(?:welcome to|(?:call|ring|phone) (?:us |me |you )?back|when you're (?:calmer|ready)|want to help|rather not|happy to help|threat\w*|abus\w*|language|asked you|warned)\b/, wide: true, examples: ["tr430", "b2-170", "A-0046", "A-0295", "B-0198", "C-0313", "F-0359", "F-0426", "G-0127"] },
  { id: "rude-next-time", label: "rude", cue: /\bmaybe (?:if )?you (?:should|could) (?:try|listen|read|check)\b|\bnext time,? (?:maybe )?(?:try|read|check|listen)\b|\bin future,? (?:maybe )?(?:try|read|check)\b/g, examples: ["tr959", "B-0416", "G-0148"] },
  { id: "rude-retort", label: "rude", cue: /\bright back at you\b|\bcongrats\b|\bhave fun (?:with|finding|getting|sorting)\b|\bthe problem is you\b|\bthat makes two of us\b|^(?:no, )?are you\?$|\bdon't you dare\b|\b(?:don't|do not) (?:teach|tell) me (?:how to do )?my job\b/g, examples: ["B-0564", "B-0757", "E-0436", "G-0127", "C-0535", "C-0266", "C-0312", "B-0405"] },
  // telling the customer to shut up, or that you don't care (said flat, not "I don't care what the system
  // says"), is unprofessional language towards them by any reading: asserted (the model alone missed the
  // API's rude fixture "Look, I don't care, that's just how it is. Shut up and listen.")
  { id: "rude-shut-up", label: "rude", cue: /\bshut up\b|\bi (?:don't|do not) care\b(?=\s*(?:[,.!;]|$))/g, unless: /\b(?:told|tell|telling|said|saying|asked) (?:me|us|you|him|her|them) to shut up\b|\bnot (?:\w+ )?(?:that|because) i (?:don't|do not) care\b/, effect: "assert", examples: ["d127", "tr410", "tr822", "tr1097", "b2-188"] },
  { id: "rude-self-pity", label: "rude", cue: /\b(?:don't|do not) (?:get paid|earn) enough\b|\bwelcome to my world\b|\bwe're even\b|\bfor both of us\b/g, examples: ["G-0396", "B-0756", "B-0475", "B-0752"] },
  // seventh analyser round, by the taxonomy's "sarcasm, insults, threats … towards the customer": a threat to punish the
  // customer's claim or money (not a warning that the call will end, which is a boundary), remarks about the customer's age
  // or ability, mock thanks for a call or a task ("glad we've had this lovely chat", "see, that wasn't so hard"), and
  // contempt for the customer's turn to talk ("are you finished?", "I'll say it slower", "I'm done with you")
  { id: "rude-threat", label: "rude", cue: /\bi'll make sure (?:you|your \w+) (?:never|don't|do not|won't|will never|goes? (?:right )?to the bottom|gets? nothing)\b|\bbottom of the pile\b|\bone more (?:word |time )?and you're (?:gone|off|done)\b/g, negatable: false, examples: ["A-0783", "H-0388", "I-0282"] },
  { id: "rude-your-age", label: "rude", cue: /\b(?:not everyone your age|people (?:of )?your age|at your age|someone (?:a bit |a little |much )?younger|for someone your age|(?:even )?a (?:child|kid|five[- ]year[- ]old) could)\b/g, negatable: false, examples: ["tr1041", "I-0231", "J-0070", "J-0089"] },
  { id: "rude-mock-thanks", label: "rude", cue: /\b(?:i'm sure it was thrilling|(?:this|our) lovely (?:chat|conversation)|enjoy the (?:downgrade|wait|queue)|(?:wasn't|was) that (?:so )?hard,? was it|that wasn't so hard)\b/g, negatable: false, examples: ["C-0008", "C-0789", "G-0253", "J-0161"] },
  { id: "rude-your-turn", label: "rude", cue: /^(?:are you (?:finished|done)|finished\?|done\?)|\bcan i (?:talk|speak|get a word in) now\b|\bshall we go through it (?:all )?again\b|\bsay it slower\b|\bslower this time\b|\bkeep your hair on\b|\bi(?:'m| am) done with you\b|\bnobody(?:'s| is) stopping you\b|\bnot exactly a (?:house fire|disaster|tragedy|emergency)\b|\bi'll pretend i didn't hear\b|\bwe've all got problems\b/g, negatable: false, examples: ["tr1169", "b2-157", "B-0152", "C-0612", "I-0095", "I-0262", "I-0281", "J-0225", "J-0240", "J-0287"] },
  // analyser round 25: asking her leave to speak as a rebuke ("Can I get a word in?", "Can I finish?", "Can you let me
  // finish one sentence? Thank you so much."): contempt for her turn to talk, like "are you finished?" above. All nine
  // training and dev lines with it are rude; "could I speak to the account holder?" is no such question
  // (the request must end there) and "please let me finish the security check" is not asked
  { id: "rude-leave-to-speak", label: "rude", cue: /\b(?:can|could|may) i (?:just |please )?(?:get a word in(?: edgeways| edgewise)?|finish|speak|talk)(?: now| please| here| for a second| for a moment)?\?|\b(?:can|could|will|would) you (?:just |please )?let me (?:finish|speak|talk|get a word in)\b[^.?!]*\?|\b(?:hard|difficult|impossible) to get a word in\b|\bif (?:you|u)(?:'d| had| would)? let me get a word in\b/g, negatable: false, effect: "assert", examples: ["RH-159", "RI-142", "RF-119", "RH-220", "I-0262"] },
  // analyser round 25: the answer shouted back at her in capitals as she is told it again ("AS I SAID, THE REFUND TAKES 3-5
  // WORKING DAYS.", "Sir, as I already said, REFUND IS AFTER COLLECTION. … I have told you twice."): shouting is
  // unprofessional language towards the customer, and the model never sees it (it reads lower-cased words). A run of three
  // or more words in capitals beside a word that it has been said before, or about her capitals ("sorry for the caps,
  // thought we were doing caps now"): all seven training and dev lines with such a run are rude.
  { id: "rude-caps-repeat", label: "rude", cue: /\b[A-Z][A-Z']+(?:[ ,:]+[A-Z][A-Z'\d-]*){2,}\b/g, cased: true, caps: true, guard: /\bas i (?:already |just |have already |'ve already |had )?(?:said|told you|explained|stated|wrote|mentioned)\b|\balready (?:said|told you|explained|stated|wrote|mentioned)\b|\b(?:twice|two times|three times)\b|\b(?:caps|capitals)\b|\bread the messages\b/, wide: true, negatable: false, effect: "assert", examples: ["RA-029", "RC-037", "RF-031", "RD-039"] },
  // analyser round 10 (issue 11, part 4: pitfall recall), by the taxonomy's definitions, each a cue the model weighs
  // (promoted only if precise on every training author). `rude` ("sarcasm, insults, threats or unprofessional language
  // towards the customer"): mock patience ("I'll say it slower", "I can type it slower if that helps"), the agent's own
  // impatience aired at the customer ("I've got other calls waiting", "can we speed this up"), remarks about the customer
  // as a person ("you're the one wasting my time", "says the guy who…", "customers like you", "with that attitude";
  // "nobody here will miss a customer like you", analyser round 14, calls-dev11's c11-cancellation-4; not praise or a
  // marketing line, "exciting options for valued customers like you", "loyal customers like you get the best deals":
  // a scripted upsell is not an insult, engine round 27, C34-22; since analyser round 25 what counts as praise is read
  // from regard.ts, in place of a list of words before the group: the cue stands down in a sentence that speaks well of
  // her, by a word of standing before the group or otherwise, and not ill),
  // scoffing ("get real", "what did you expect", "pull yourself together", "we're not a charity"), a sarcastic tag
  // after a retort ("I'm not Dean, am I?", "that's not really our problem, is it?"; not an empathic "it's not just the
  // money, is it"). Not kept: chat laughter ("lol") as a cue, which the chat authors also write to be friendly
  // ("lol no, real person, I'm Tom"; it cost `rude` precision on B and G by leave-one-author-out)
  { id: "rude-say-it-slower", label: "rude", cue: /\b(?:(?:say|type|write|spell|speak|talk|explain)(?: it| this| that)?(?: all)?(?: again)? slower|(?:i(?:'ll| will| can| could|'m going to| am going to)|let me|ok,?)(?: just)? (?:say|type)(?: it| this| that)?(?: all)?(?: again)? (?:more )?slowly)\b/g, examples: ["I-0148", "P-0028", "Q-0026", "R-0188"] },
  { id: "rude-my-time", label: "rude", cue: /\bi(?:'ve| have) got (?:\w+ )?(?:other|more|a (?:long )?queue of|\d+|twenty|thirty|forty|fifty|loads of|lots of) (?:calls|callers|chats|customers|people)\b|\bi have (?:a long queue|other (?:calls|callers|chats|customers)|\w+ (?:calls|callers|chats|customers|people) waiting)\b|\b(?:can we|could we|could you|can you|please|let's)(?: just)? (?:speed (?:this |it |things )?up|hurry(?: this| it)? up)\b|\bhurry up\b|\bwasting my time\b|\bi (?:don't|do not) have all day\b/g, unless: /\b(?:you(?:'re| are) (?:my|the|our) (?:priority|first priority|main priority)|you come first|(?:i'm|i am) not (?:going to )?rush(?:ing)? you)\b/, examples: ["tr739", "b2-211", "I-0137", "N-0025", "P-0181", "Q-0184", "P-0073"] },
  { id: "rude-about-you", label: "rude", cue: new RegExp(String.raw`\byou(?:'re| are) the one (?:who(?:'s| is)? |that(?:'s)? )?(?:wasting|can't|cannot|cant|didn't|did not|rang|called)\b|\bsays the (?:guy|man|woman|lady|person|one|customer) who\b|\b(?:customers|people) like you\b|\bwith (?:this|that|your) attitude\b|\byou(?:'re| are) not special\b|\byou people (?:always|never|think)\b|\b(?:nobody|no one|no-one)(?: here)?(?: will|'ll| would| is going to|'s going to) miss (?:you|(?:a |the )?customers? like you)\b`, "g"), unless: SPOKEN_WELL_OF, examples: ["B-0197", "N-0331", "N-0351", "Q-0279", "R-0146"] },
  // analyser round 25: the same remark as praise is no insult, whatever the model's word n-grams learned from the insults
  // ("Great customers like you keep us going" scored 0.89): a sentence that holds "customers like you" and speaks well of
  // her (regard.ts), in a turn with nothing that speaks ill of her, takes `rude` off. It yields to an assert or a promoted
  // cue of `rude` elsewhere in the turn ("Customers like you keep us going. Now shut up and listen." stays rude).
  { id: "rude-regard", label: "rude", cue: new RegExp(LIKE_YOU.source, "g"), guard: GROUP_REGARDED, wide: true, negatable: false, effect: "veto", yields: true, examples: ["R-0229"] },
  // analyser round 25: a well-wish on her way out ("Thanks for five years with us, and good luck with the new network",
  // "You're welcome, and good luck Saturday!", "good luck with the move") is goodwill, not the sarcastic "good luck with
  // that" / "good luck finding anyone…" the model learned the words from (it read "Good luck with the move, Mrs Ellison." as
  // rude). "Good luck" aimed at a plan of hers, or beside thanks, a hope or an open door, with no futile errand ("with
  // that", "finding", "getting") and no sneer in the turn, takes `rude` off: none of the six training and dev lines with it
  // is rude. It yields to an assert or a promoted cue of `rude` in the turn.
  { id: "rude-well-wish", label: "rude", cue: /\bgood luck(?! (?:with (?:that|their|them|those|your signal|it then)|finding|getting|to (?:them|him|her|you)|trying))\b/g, guard: /\b(?:thanks|thank you|you're welcome|hope|all the best|take care|you know where we are|any ?time|anything else|lovely|congratulations|(?:the|your|ur) (?:move|moving|party|birthday|wedding|shift|job|jobs|interview|exams?|holiday|trip|new (?:place|house|home|flat|job|role)))\b/, unless: /\b(?:marvellous|every bit as|i'm sure|your loss|whatever|lol|enjoy (?:no|the)|see if|off you pop|bloody|flagged|abusive|hanging up)\b/, wide: true, negatable: false, effect: "veto", yields: true, examples: ["A-0209", "E-0170", "F-0442", "RB-123"] },
  { id: "rude-get-real", label: "rude", cue: /\bget real\b|\bpull yourself together\b|\bwhat (?:did|do|else did) you expect\b|\bnot sure what you (?:want|expect) me to do\b|\bi can't read your mind\b|\b(?:we're|we are|this is|it's|it is) not a (?:charity|bank)\b|\bstop (?:whinging|whining|moaning|spamming)\b|\byou(?:'re| are) being (?:a bit |very |so |really )?unreasonable\b/g, examples: ["d114", "tr1042", "A-0743", "E-0057", "F-0322", "G-0219"] },
  { id: "rude-tag-retort", label: "rude", cue: /,? (?:is it|isn't it|will it|won't it|am i|aren't i|arent i|are we|aren't we|was it|does it)(?=[.?!]|$)/g, guard: /\b(?:not|n't|never|nothing|i'm|i am|we're|we are)\b[^.?!]*?,? (?:is it|isn't it|will it|won't it|am i|aren't i|arent i|are we|aren't we|was it|does it)(?=[.?!]|$)/, unless: new RegExp(`\\bnot just\\b|${FEELING}`), negatable: false, examples: ["A-0922", "I-0107", "I-0190", "I-0214", "I-0253", "J-0249", "P-0257", "R-0341"] },
  // mock fear, mock compliance and scorn dressed as comparison ("I'm terrified", "Got it. Loud and clear", "I'm not going to
  // beg", "even my nan manages it", "like a normal person", "Happy now?", "see what happens"); not "I hear you loud and clear"
  { id: "rude-mock", label: "rude", cue: /\blike (?:a )?normal (?:person|people|human)\b|\b(?:my|even my) (?:mum|mom|mother|nan|nana|gran|granny|grandma|grandmother|lola|dad|kid|kids|son|daughter|grandson|granddad|grandad) (?:can|could|manages|managed|does|did|knows|gets|uses)\b|\bhappy now\?|\bi'm (?:terrified|shaking|so scared|quaking)\b|\bgot it[.,!]? loud and clear\b|\bhave you heard yourself\b|\bsee what happens\b|\bnot (?:going|gonna) (?:to )?beg\b|\byou know best\b|\byou(?:'re| are) the trouble\b|\bi'm sure (?:he|she|they)(?:'ll| will) be (?:devastated|heartbroken|gutted|thrilled)\b/g, examples: ["tr629", "tr849", "G-0277", "I-0277", "N-0101", "P-0037", "P-0236", "Q-0144"] },
  // analyser round 20: talking down to her competence by an easy benchmark ("it's not complicated, my mum manages it",
  // "it's dead easy, even my nan does it"): the contempt round 18 adjudicated rude by the definition ("talking down to her
  // competence", 19 training lines relabelled). All five training lines with a relative who "can / manages / does" it
  // beside a word that the task is easy are labelled rude; "if it were my nan, I'd look at York" (advice) does not match.
  // `rude-mock` keeps the same words as one of its branches, a cue the model weighs; this one decides, so a retrain that
  // stops promoting `rude-mock` (its other branches are looser) does not lose it.
  { id: "rude-easy-for-my-nan", label: "rude", cue: /\b(?:my|even my) (?:mum|mom|mother|nan|nana|gran|granny|grandma|grandmother|lola|dad|kid|kids|son|daughter|grandson|granddad|grandad)(?: can| could)? (?:manages?|managed|does|did|do|uses?|gets|figured|works?|worked|sorted|got the hang of) (?:it|that|this)\b|\b(?:my|even my) (?:mum|mom|mother|nan|nana|gran|granny|grandma|grandmother|lola|dad|kid|kids|son|daughter|grandson|granddad|grandad) (?:can|could) (?:do|manage|use|work|figure out) (?:it|that|this)\b/g, guard: /\b(?:easy|easiest|simple|simplest|not (?:that |so |very |really )?(?:hard|difficult|complicated|tricky)|straightforward|even my|without (?:ringing|calling|phoning|asking) (?:anyone|anybody|us|for help))\b/, unless: REASSURED, wide: true, negatable: false, effect: "assert", examples: ["tr629", "G-0277", "N-0101", "R-0104", "X-098"] },
  // analyser round 20: a put-down of how she speaks, as the condition of being served ("if you can't speak like an adult, I'm
  // not dealing with you", "if you can't be civil I'll end the call and you can sort it out yourself"): an insult to her
  // and a withdrawal, not a boundary (which names the behaviour and keeps the door open to help). All four training lines
  // with "if you can't" and a way of speaking or behaving are labelled rude; a boundary's wish to help silences it.
  { id: "rude-if-you-cant-speak", label: "rude", cue: /\bif you(?:'d| had) (?:just |only )?(?:started|begun|opened|asked|spoken|talked|been) (?:with |more |a bit more |a little more )?(?:(?:a )?['"‘“]?(?:hello|hi|please)['"’”]?|nicely|politely|civilly|calmly|civil|polite|calm|nicer)\b|\bif you (?:can't|cannot|can not)(?: even)? (?:string (?:a|two|three) (?:\w+ )?(?:sentences?|words)(?: together)?|(?:speak|talk)(?: to me| to us)? (?:properly|like (?:an adult|a normal person|a grown-?up|a human(?: being)?|a civilised person)|civilly|nicely|politely|decently)|be (?:civil|polite|decent)|behave(?: yourself| like an adult)?)\b/g, unless: /\b(?:(?:i|we)(?:'d| would| really| do)? (?:want|like|love) to (?:help|sort|fix|get)|want to (?:help|sort|fix|get)|happy to (?:help|keep)|rather not|so (?:that )?(?:we|i) can|keep helping)\b/, wide: true, negatable: false, effect: "assert", examples: ["C-0047", "D-0237", "N-0336", "X-147"] },
  // `dismissive` ("minimising the problem or telling the customer how to feel or behave"; the taxonomy's own mistake:
  // "comparing their problem with worse ones other customers have"): everyone else copes, everyone waits, "don't take it
  // so seriously", "keep your hair on"
  { id: "dis-others-manage", label: "dismissive", cue: /\b(?:most|other|lots of|plenty of|loads of|so many|many|a lot of) (?:people|customers|ppl|folks|companies|users|members)\b[^.?!]{0,30}\b(?:manage|are fine|fine with|cope|are the same|seem to|get by|do it|don't mind)\b|\beveryone else\b|\bevery(?:body|one) (?:loses|waits|has to wait|takes|gets (?:those|these|that|this|them|it))\b|\bdon't take it (?:so )?(?:seriously|personally)\b|\bkeep your hair on\b|\bpull yourself together\b/g, examples: ["H-0033", "I-0095", "N-0084", "N-0231"] },
  // the futility of the customer's reaction ("shouting won't make the van come faster", "threatening reviews won't get you
  // anywhere"): telling her how to behave; every training line with it carries dismissive or rude
  { id: "dis-wont-change", label: "dismissive", cue: /\b(?:shouting|yelling|swearing|threatening|sighing|calling me \w+|complaining|getting (?:upset|angry|worked up|stressed)|typing in caps|caps|caps lock|question marks|(?:bad |one-star |1-star )?reviews?|moaning|arguing|crying|panicking|ringing (?:back|again)|calling (?:back|again))\b[^.?!]{0,30}\b(?:won't|will not|isn't going to|is not going to|doesn't|does not|wont|not gonna)\b[^.?!]{0,25}\b(?:change|help|get|make|speed|do|fix|solve)\b/g, negatable: false, examples: ["A-0447", "D-0144", "E-0052", "F-0197", "G-0282", "J-0205"] },
  // `blame` ("putting the fault on the customer, a colleague, another department or a supplier"): the customer's
  // might-have-been ("if you'd sent it when you posted it, it would've saved you the call"), and an apology that turns
  // to fault ("I'm sorry… Mind you, you were meant to keep the receipt", "sorry, but the factory people put the wrong
  // seal"): the apology is real and so is the blame, so the two stand together (`keepsWith`)
  { id: "blame-if-youd", label: "blame", cue: /\bif you(?:'d| had)(?: just| only| actually)? (?:\w+ed|read|sent|set|put|kept|got|done|rung|rang|paid|told|said|looked|checked|called|given|let|made|taken|chosen|known|seen|brought|left)\b/g, guard: /\b(?:wouldn't|would not|would've|would have|you'd (?:not|have)|we'd (?:not|have)|could've|none of this|none of that|saved|quicker|won't|wouldn't have)\b/, examples: ["N-0321", "P-0035", "Q-0344", "R-0017"] },
  { id: "blame-sorry-but", label: "blame", cue: /\b(?:but|though|mind you|that said|having said that|to be (?:honest|fair)|in fairness|however)\b/g, guard: /\b(?:sorry|apologi\w*)\b[^]*?\b(?:but|though|mind you|that said|having said that|to be (?:honest|fair)|in fairness|however)\b[^.?!]*?\b(?:you(?:'d| had)? (?:really )?(?:should(?:'ve| have)|could(?:'ve| have)|were (?:meant|supposed) to|needed to|failed to|forgot to|must have|did (?:leave|not|forget)|didn't|never|missed)|if you(?:'d| had)|(?:at|on|from) your (?:end|side)|(?:partly|all) on you|should(?:'ve| have) (?:gone|told|done|checked|sent|said|called|rung|informed)|(?:their|the \w+) (?:fault|mistake|problem|headache)|the (?:\w+ )?(?:people|team|lot|company|girl|guy|installer|driver|courier|factory|bank|warehouse|engineer)s? (?:are|is|were|was|should|don't|didn't|put|never|always|lost|messed))/, unless: /\b(?:on (?:our|my) (?:side|end)|(?:that's|this one's|this is|it's) on (?:us|me)|our (?:mistake|fault|error)|my (?:mistake|fault|error))\b/, wide: true, negatable: false, keepsWith: "apology", examples: ["B-0609", "J-0024"] },
  // analyser round 12 (issue 11, part 4: pitfall recall on authors the model never saw), each family written from the
  // taxonomy's definition and checked on every training author (a cue the model weighs; promoted only by the usual
  // per-author precision rule). `rude` ("sarcasm, insults, threats or unprofessional language towards the customer"):
  // contempt for having to repeat, counted out at her ("I've told you twice", "three times now", "third time lucky");
  // daring her to complain ("go ahead, post your reviews", "see if I care", "report me"); an ultimatum with no wish to
  // help in the turn ("swear at me again and I'm closing the chat", "calm down or I'll end this call": the taxonomy's
  // "a threat … is not a respectful boundary"); a cold "don't talk to me like that" / "watch your language"; "you're lucky
  // I'm even…"; checking she can follow ("Do you understand?", "are you listening?", "in English"); an exasperated
  // interjection opening a sentence ("wow.", "omg", "here we go", "yeah, yeah", "(sighs)")
  { id: "rude-repeat-count", label: "rude", cue: /\b(?:i(?:'ve| have)?(?: already)? (?:told|explained|said)(?: (?:you|this|that|it))?(?: (?:already|now))? (?:twice|two times|three times|four times|(?:a )?(?:few|hundred|million|\w+) times)|(?:explained|told you|said)(?: (?:this|that|it))? already twice|(?:two|three|four|five|six|ten|\d+) times now|(?:you(?:'ve| have) said(?: (?:that|it|this))?|i got it|i heard you) (?:(?:about )?\w+ times|the first time)|third time lucky|i(?:'ll| will) say it again|how many times (?:i|do i|must i|have i))\b/g, negatable: false, examples: ["Q-0158", "W-310", "X-178", "Y-266", "Y-298", "R-0268"] },
  { id: "rude-dare-complain", label: "rude", cue: /\b(?:go ahead|go on|be my guest)\b[^.?!]{0,40}\b(?:reviews?|report (?:me|us|it)|sue|complain|ombudsman|papers|press|trustpilot|social media)\b|\b(?:post|leave|write) (?:your|all the|as many) (?:bad |one[- ]star )?reviews?\b|\bsee if i care\b|\bi'm not scared of you\b|\b(?:doesn't|does not|won't|will not) (?:really )?work on me\b|\breport me\b/g, unless: /\b(?:entitled|welcome to|rather you|right to)\b/, wide: true, negatable: false, examples: ["P-0132", "Q-0141", "X-399", "R-0140"] },
  { id: "rude-ultimatum", label: "rude", cue: /\b(?:swear|shout|talk|speak|type)\w*(?: at me| to me)?(?: like that)? (?:again|one more time|once more)\b[^.?!]{0,10}\band\b|\b(?:keep|carry on) (?:talking|speaking|swearing|shouting)\b[^.?!]{0,30}\band (?:i'll|i will|i'm|this)\b|\bor (?:i'll|i will|i'm going to)(?: have to)? (?:end|close|hang|disconnect|terminate)\b|\bor (?:we're|we are|i'm|i am) done\b|\bone more (?:word|time)\b[^.?!]{0,20}\band\b/g, unless: /\b(?:help|sort|fix|solve|resolve|so (?:that )?(?:we|i) can|i(?:'d| would) (?:like|rather)|rather|happy to|keep helping|get (?:this|it) (?:sorted|fixed))\b/, wide: true, negatable: false, examples: ["Y-061", "G-0304", "G-0098", "R-0342", "Y-355"] },
  { id: "rude-like-that", label: "rude", cue: /\b(?:talk|speak|spoken|talking|speaking) to me like that\b|\bbe like that\b|\bwatch your (?:language|tone|mouth)\b/g, unless: /\b(?:help|sort|fix|solve|resolve|so (?:that )?(?:we|i) can|i(?:'d| would) (?:like|rather)|rather|happy to|keep helping|get (?:this|it) (?:sorted|fixed))\b/, wide: true, negatable: false, examples: ["R-0340", "R-0382", "Q-0346"] },
  { id: "rude-lucky", label: "rude", cue: /\byou(?:'re| are) lucky (?:i'm|i am|we're|we are|i|we)(?: even| still)?\b/g, negatable: false, examples: ["W-135", "G-0038"] },
  { id: "rude-can-you-follow", label: "rude", cue: /\bdo you understand(?: me| what \w+ means)?\?|\bare you (?:even )?listening\?|\bso (?:that )?you understand\b|\b(?:don't|do not) think you(?:'ve| have)? (?:quite )?(?:understood|grasped|got it)\b|\byou can't work out\b|\b(?:say|speak|write|type)(?: that| it)?(?: again)? in (?:proper |plain )?english\b|\bspeak english\b/g, negatable: false, examples: ["Q-0186", "Q-0303", "P-0147", "R-0380", "Y-112"] },
  // likening her to a child ("threatening reviews like a toddler throwing his toys out", "you are behaving like a child") is
  // an insult by any reading (both training lines with it are rude; calls-dev8's v-refund-demand-4 turned on it once U and
  // V were trained on); "I'm not going to treat you like a child" is negated and does not count
  { id: "rude-like-a-child", label: "rude", cue: /\blike (?:a |an )?(?:toddler|child|kid|baby|little kid|spoilt child|spoiled child|two-year-old|five-year-old|teenager)s?\b/g, effect: "assert", examples: ["X-060", "X-376"] },
  { id: "rude-exasperated", label: "rude", cue: /^(?:omg|wow|oh here we go|here we go again|\(?sighs?\b|\*sighs?\b)/g, unless: new RegExp(`\\b(?:sorry|apologi\\w*|understand|i get (?:it|that|why)|not (?:ok|okay|good enough|right)|that's (?:awful|rubbish|shocking|ridiculous|unacceptable))\\b|${FEELING}`), wide: true, negatable: false, examples: ["P-0059", "Q-0065", "R-0149", "Y-307"] },
  // `dismissive` ("minimising the problem or telling the customer how to feel or behave"): her problem set against
  // something worse ("it's a sofa, not a scandal", "it's not like your house has flooded"); shrinking it by scale ("hardly
  // the end of the world", "in the grand scheme of things", "it's a bit of water", "at least you've still got…", "happens
  // all the time"); telling her how to feel or behave ("try not to get upset", "no need to start threatening reviews",
  // "getting wound up isn't going to help", "stop shouting", "let's not exaggerate")
  { id: "dis-not-a-disaster", label: "dismissive", cue: /^(?:(?:honestly|look|sir|madam|ma'am|mate|well|oh)[,.]? )*(?:it's|it is|this is) (?:just |only |literally )?(?:a |an )?(?:\w+ ){0,2}\w+(?:,? (?:sir|madam|ma'am|mate|love))?,? not (?:a |an |the )\w+(?: \w+)?[.!]*$/g, negatable: false, examples: ["Y-278", "tr804", "tr1175"] },
  { id: "dis-not-like", label: "dismissive", cue: /\b(?:(?:it's not|it is not|it isn't|its not|it's hardly) like|(?:it's not|it isn't|it's hardly) as if) (?:your|you|it's|it is|it|the|they|anyone|someone|we)\b/g, unless: /\bfeel(?:s|ing)? like\b|\blooks like\b|\bsounds like\b/, wide: true, negatable: false, examples: ["Y-156", "P-0027", "Q-0262", "N-0369"] },
  { id: "dis-scale", label: "dismissive", cue: /\bhardly (?:the end of the world|a disaster|a big deal|anything)\b|\bin the grand scheme\b|\bnot (?:a )?(?:huge|massive|big) (?:amount|sum|deal|problem)\b|\ba lot of fuss\b|\b(?:a bit|a drop|a few drops) of water\b|\bat least you(?:'ve| have| still| can| got|'re)\b|\b(?:isn't|is not|aren't|are not|wasn't) (?:that |really |very |so |too )?(?:long|bad|a lot|expensive|a reason|unusual)\b|\b(?:happens?|go(?:es)? missing|goes wrong) (?:to everyone|all the time)\b|\byou(?:'re| are) not the only one\b|\bwe (?:all )?(?:hear that|lose people|all lose)\b|\bnot worth (?:getting|comparing|worrying|the stress|stressing)\b/g, unless: /\b(?:sorry|apologi\w*|shouldn't|not ok|not okay|not acceptable|not good enough)\b/, wide: true, negatable: false, examples: ["Y-008", "Q-0320", "P-0135", "N-0270", "R-0385"] },
  { id: "dis-how-to-feel", label: "dismissive", cue: /\b(?:try not to|don't|do not) (?:worry so much|get (?:so )?(?:upset|worked up|wound up|stressed)|read too much|take it (?:so )?(?:hard|personally))\b|\bno need to (?:start |be |get )?(?:threaten\w*|dramatic|rude|short|touchy|raise your voice)\b|\bgetting (?:wound|worked) up (?:isn't|won't|is not|will not|doesn't)\b|\b(?:keep|stay) calm\b|\bcalm yourself\b|\b(?:let's|lets) not (?:exaggerate|overreact|get carried away)\b|\bstop (?:shouting|yelling|complaining|using so many)\b/g, unless: /\b(?:(?:i|we)(?:'d| would| really| do)? (?:want|like|love) to (?:help|sort|fix)|happy to help|so (?:that )?(?:we|i) can|rather not|keep helping)\b/, wide: true, negatable: false, examples: ["P-0154", "N-0359", "Q-0341", "R-0057", "X-349"] },
  // analyser round 20 (issue 11, part 4: `dismissive` recall), three forms of the taxonomy's "telling the customer how to
  // feel or behave" and its mistake "comparing their problem with … other customers'", each asserted because the model
  // alone misses them on the dev authors (M, S, AA) and each precise on the training authors:
  // - being told to be patient ("you'll just have to be patient", "please be patient", "kindly have some patience"): all
  //   three training authors' lines with it (A, D, RI) are dismissive; asking for patience with the agent's own work
  //   ("bear with me", "be patient with me while I check") is a courtesy, not a demand on her.
  { id: "dis-be-patient", label: "dismissive", cue: /\b(?:you(?:'ll| will)? (?:just )?(?:have|need) to be patient|(?:customers|you|people|everyone|everybody) (?:need|needs|have|has) to be (?:more )?patient|(?:please|kindly|just) (?:be patient|have (?:some |a little )?patience))\b/g, unless: /\bpatient with (?:me|us)\b|\bwhile (?:i|we)\b|\bthank(?:s| you) for (?:being|your)\b/, negatable: false, effect: "assert", examples: ["A-0467", "D-0375", "RI-296"] },
  // - how she writes held against her ("no need for all the question marks", "kindly refrain from using capital letters"):
  //   three of the four training lines with it are dismissive (RA, RH, U; V-057, "…I can read", was settled rude alone).
  { id: "dis-how-you-type", label: "dismissive", cue: /\bno need for (?:all )?(?:the|those|these|all|so many|your) (?:question marks|capitals|caps|caps lock|capital letters|exclamation marks)\b|\b(?:kindly|please) (?:refrain from|stop|avoid) (?:using |typing in )?(?:capital letters|caps|capitals|question marks)\b/g, negatable: false, effect: "assert", examples: ["RA-025", "RH-033", "U-050"] },
  // - her problem as everyone's ("everyone gets those", "everybody manages it", "everyone has to wait"): five of the six
  //   training lines with it are dismissive (N, V, X, Y; X-031 "everyone wants free months" was settled argue and rude);
  //   "like everyone else" is left out (two of seven dismissive: the training authors read it as contempt, `rude`), and a
  //   turn that takes the blame off her or helps ("it's not you", "let me show you") is normalising, not minimising.
  { id: "dis-everyone-does", label: "dismissive", cue: /\b(?:everyone|everybody)(?: else)? (?:manages|gets (?:them|those|these|it|that|confused)|wants (?:an? |the )?\w+|waits|has to wait)\b/g, unless: /\b(?:not (?:just )?you|not your fault|sorry|understand|let me|i'll|i will|happy to|walk you|show you)\b/, wide: true, negatable: false, effect: "assert", examples: ["N-0231", "V-224", "X-192", "X-339", "Y-011"] },
  // `argue` ("contradicting the customer, correcting them for the sake of it, or getting defensive"): her word corrected to
  // another ("it's not a scam, it's an estimate", "it's not daft, it's completely standard"); the company defended against
  // her charge ("we're not profiting from anything", "the system doesn't make mistakes like that", "nobody lied to you");
  // doubting her account ("have you actually checked?", "no record of you calling", "I can't just take your word for it";
  // a feature the model weighs, never asserted: as often blame or rude as argue, "are you sure you descaled it properly?");
  // defending the product or the staff ("one of our best sellers", "fully trained professionals", "you can't compare them",
  // "you'll be back in a month")
  { id: "arg-not-x-its-y", label: "argue", cue: /^(?:(?:well|no|look|sorry|madam|sir|ma'am)[,.]? )*(?:it's|it is|that's|that is|they're|they are|this is|it was|that was) not (?:a |an |that |so )?\w+(?: \w+)?, (?:it's|it is|it was|they're|that's|this is|you|it|just)\b/g, unless: /\b(?:fault|mistake|error|yours|on (?:us|me)|sorry|apologi\w*|you're right|big deal)\b/, wide: true, negatable: false, examples: ["Y-110", "Y-306", "G-0393", "Y-383"] },
  { id: "arg-defend-company", label: "argue", cue: /\b(?:we|i)(?:'re| are|'m| am) not (?:profiting|selling|scamming|lying|ripping|hiding|cheating|robbing|making (?:money|anything))\b|\b(?:system|computer|meter|gps|app)s? (?:doesn't|does not|don't|wouldn't|would not|never|can't) (?:make|get|lie)\b|\byou (?:haven't|have not|weren't|were not) been (?:fobbed|ignored|lied|misled|ripped|cheated|scammed)\b|\bwe (?:never|don't|do not) (?:ignore|lie|scam|overcharge|promise)\b|\b(?:nobody|no one|no-one)(?:'s| has)? (?:lied to|promised|ignored|misled|cheated) (?:you|anyone)\b/g, negatable: false, examples: ["Y-293", "G-0092", "G-0194", "R-0024", "Y-267"] },
  { id: "arg-doubt-her", label: "argue", cue: /\b(?:have|did) you (?:actually|really|even|definitely) (?:check|ask|look|read|try|call|send|post|receive)\w*|\b(?:did|have) you check(?:ed)? (?:properly|thoroughly)\b|\bi don't know where you (?:got|heard|read)\b|\byou can't know that\b|\bi'm not sure you (?:did|have|were)\b|\bno record of (?:you|any|your|that)\b|\btake your word\b|\bare you sure you\b/g, negatable: false, effect: "feature", examples: ["G-0069", "G-0188", "R-0101", "R-0389", "X-381"] },
  { id: "arg-defend-product", label: "argue", cue: /\b(?:one of )?(?:the|our) (?:best|top)(?:-| )(?:rated|sellers?|selling|suppliers?|reviewed)\b|\bfully trained\b|\bi do know what i'm doing\b|\byou can't compare\b|\b(?:completely|totally|entirely) different\b|\bthere's a difference\b|\byou'll be back (?:in a (?:month|week|fortnight)|with us|before (?:long|you know it))\b|\btrust me,? you'll be back(?=[.!?,]|$)/g, unless: /\b(?:because|which means|the difference is|let me (?:explain|show)|so you|here's)\b/, wide: true, negatable: false, examples: ["Y-141", "G-0302", "G-0318", "R-0299", "R-0219"] },
  // `blame` ("putting the fault on the customer, a colleague, another department or a supplier"): her own agreement held
  // against her ("you agreed to it", "what you signed", "it's all in the terms", "it's up to customers to check"), and
  // the fault handed to someone else ("that's on them, not us", "out of our hands", "he shouldn't have said that",
  // "whoever sold you the annual should have explained it", "deliveries dropped the ball again")
  { id: "blame-you-agreed", label: "blame", cue: /\byou (?:did |had )?(?:agree|agreed|signed|accepted|ticked)(?: up)? (?:to|for|the|it|when|that)\b|\bwhat you signed\b|\b(?:it's|it is|that's|that is|it was|it's all|that's all|it does say) (?:all |clearly |actually )?in the (?:terms|faqs?|small print|t&cs?|contract|terms and conditions|agreement)\b|\b(?:read|check(?:ed)?) the (?:small print|terms|faqs?|t&cs?)\b|\b(?:it's|it is) up to (?:customers|you|the customer) to\b|\bmost (?:customers|people) (?:look|check|find|read)\b/g, question: false, negatable: false, examples: ["N-0301", "G-0092", "G-0173", "G-0057", "G-0212"] },
  // - where it was explained all along, said to her ("It's also explained in the FAQ and in the terms", "that's all covered
  //   in the small print", "it's written in the T&Cs"): the taxonomy's own blame example, "you should have read the terms",
  //   in other words; not a pointer offered beside a link or guide sent, or "if you want it" (engine round 28, C36-12)
  { id: "blame-explained-in-terms", label: "blame", cue: /\b(?:it's|it is|that's|that is|this is|which is|they're|they are) (?:all |also |clearly |actually |already |fully )*(?:explained|covered|written(?: down)?|set out|stated|mentioned|spel(?:led|t) out|listed|there) (?:in|on) (?:the|our) (?:terms(?: and conditions)?|t&cs?|small print|fine print|faqs?)\b/g, unless: /\bif you (?:want|need|like|'d like|would like|ever need)\b|\bfor (?:later|reference|next time|future reference)\b|\b(?:link|send|sending|sent|email|emailing|emailed|text|texting)\b/, question: false, negatable: false, effect: "assert", examples: ["misled-features/terms-say", "D-0113"] },
  { id: "blame-on-them", label: "blame", cue: /\b(?:that's|it's|that is|it is) (?:on|down to) (?:them|him|her|the (?:\w+ )?(?:team|courier|driver|warehouse|bank|agency|supplier|installer|engineer))\b|\bout of our hands\b|\btheir (?:headache|problem|fault|mess)\b|\b(?:he|she|whoever[^.?!]{1,30}?) (?:should(?:n't|'ve| have| not have)|was meant to|were meant to|was supposed to|were supposed to)\b|\b(?:they|he|she) (?:just )?(?:didn't bother|dropped the ball|never (?:check|read|bother))\b|\bdropped the ball\b/g, unless: /\b(?:on (?:us|me)|our (?:side|end|mistake|fault)|i should|we should|sorry|apologi\w*)\b/, wide: true, negatable: false, examples: ["N-0269", "G-0040", "G-0227", "N-0318", "G-0076"] },
  // Analyser round 13, `rude` ("sarcasm, insults, threats or unprofessional language towards the customer") in its veiled
  // forms. Contempt for her intelligence: the task is easy, so the trouble must be her ("it's not exactly rocket science",
  // "it's really not that complicated", "it's not hard"); the same words as reassurance, with help offered in the turn
  // ("don't worry, it's not complicated, I'll walk you through it"), are not rude and silence it.
  { id: "rude-not-hard", label: "rude", cue: /\b(?:(?:it's|it is|that's|that is|this is)(?: really| honestly| just)? not|(?:it|that|this) (?:isn't|ain't)(?: really| honestly)?)(?: exactly| really| that| very| so| quite| all that)? (?:rocket science|brain surgery|hard|difficult|complicated|complex|tricky)\b(?! (?:to (?:fix|sort|repair|change|cancel|arrange|do on our|set up for you)|for (?:us|me|the team)))/g, unless: REASSURED, wide: true, negatable: false, examples: ["t055", "tr316", "tr968", "D-0476", "I-0070", "W-287", "Y-227", "R-0104", "H-0103"] },
  // Insult by implication: the insult pointed at her without naming her ("I'm not the one shouting down a phone at a
  // stranger", "I'm not the idiot who can't read his own meter", "takes one to know one", "the only idiot I can hear is on
  // your end", "one of us needs to listen"). "You're not the only one" (dismissive) and "I'm not the one who sent it, but
  // I'm the one who'll sort it" (owning the fix) do not fire.
  { id: "rude-implied-insult", label: "rude", cue: /\b(?:i'm|i am) not the (?:idiot|fool|moron|clown|muppet|stupid one|one (?:who(?:'s| is)? |that(?:'s| is)? )?(?:shouting|screaming|yelling|swearing|being (?:rude|difficult|unreasonable|abusive|an idiot)|(?:can't|cannot|couldn't) (?:read|listen|count|pay|understand|follow|work|hear)|losing (?:it|the plot)))\b|\btakes one to know one\b|\bthe only (?:\w+ )?(?:idiot|fool|moron|clown|muppet|one (?:being (?:rude|difficult|an idiot|unreasonable)|shouting|screaming|who(?:'s| is) (?:shouting|being rude|screaming)))\b|\bone of us (?:is|isn't|needs to|has to|should)\b[^.?!]{0,30}\b(?:an? idiot|listen\w*|calm down|being rude|read\w*|shout\w*)\b/g, unless: /\b(?:(?:i|and i)(?:'d| would)? (?:want|like|love) to (?:help|fix|sort|get)|(?:i'm|i am) the (?:one|person) (?:who|that) (?:can|will|is going to|'s going to) (?:fix|sort|help|get))\b/, wide: true, negatable: false, examples: ["A-0624", "G-0309", "Q-0346", "R-0341", "B-0520", "C-0588"] },
  // Mock sympathy: feeling for her put on as a sneer ("oh, poor you", "my heart bleeds", "boo hoo", "I'll alert the
  // media", "however will you cope", "first world problems"); real sympathy beside it ("oh, poor you, that sounds
  // awful, let me sort it") silences it. An assert: nobody says these by accident (6 of 6 training lines are rude), and
  // too few v2 lines carry them for the usual promotion.
  { id: "rude-mock-sympathy", label: "rude", cue: /\bpoor (?:you|baby|diddums|lamb)\b(?! (?:had|have|must|went|were|got))|\bmy heart (?:bleeds|breaks for you)\b|\bboo[- ]?hoo\b|\bcry me a river\b|\bdiddums\b|\b(?:i'll|i will|let me|shall i|should i|better) (?:alert|call|ring|tell|phone) the (?:media|press|papers|news|newspapers)\b|\bstop the press(?:es)?\b|\bsmallest violin\b|\bfirst world problems?\b|\bhowever (?:will|did|do) you (?:cope|survive|manage)\b|\bhow will you ever (?:cope|survive)\b|\bmust be (?:so |really )?(?:hard|tough|awful|terrible) being you\b/g, unless: new RegExp(`\\b(?:sorry|apologi\\w*|that sounds|sounds (?:awful|horrible|rough|stressful|like)|let me (?:help|sort|fix)|let's (?:sort|fix|get)|i'll (?:sort|fix|help|get))\\b|${FEELING}`), wide: true, negatable: false, effect: "assert", examples: ["tr965", "tr966", "tr1168", "b2-187", "Q-0024"] },
  // analyser round 25: her trouble named in mock sympathy and brushed aside in the same breath ("Oh no, an overdraft. How
  // awful for you. Anyway, order number?", "Oh, how embarrassing for you… Still, live and learn", "two payments, what a
  // tragedy"): sarcasm towards the customer. All four training lines with such an exclamation and a brush-off are rude;
  // "how awful for you, especially before rent" with nothing brushed aside, and any apology or offer of help, stay clear.
  { id: "rude-sympathy-brushed", label: "rude", cue: /\b(?:how|so|very) (?:awful|embarrassing|terrible|tragic|unfortunate|dreadful|sad|upsetting|devastating|traumatic) for you\b|\bwhat a (?:tragedy|catastrophe)\b/g, guard: /\b(?:anyway|live and learn|moving on|never mind|still,|ambulance|what a (?:tragedy|catastrophe))/, unless: /\b(?:sorry|apologi\w*|let me|i'll|i will|i can|happy to|help)\b/, wide: true, negatable: false, effect: "assert", examples: ["RA-031", "RA-053", "RC-048", "RC-061"] },
  // Contempt for her decision ("that's your funeral", "that's your lookout", "well, that's your loss, not ours", "suit
  // yourself", "no skin off my nose", "thanks for nothing"): sarcasm at her choice, never said kindly; an assert (3 of 3
  // training lines are rude, too few for the usual promotion). "Sorry for your loss" and "it's your call" do not fire.
  { id: "rude-your-funeral", label: "rude", cue: /\b(?:that's|that is|it's|it is) your (?:funeral|lookout|loss)\b(?! (?:of|too|as well))|\bsuit yourself\b|\bno skin off my nose\b|\bthanks for nothing\b/g, unless: /\b(?:sorry|condolences)\b/, negatable: false, effect: "assert", examples: ["A-0911", "G-0065", "Y-155"] },
  // Engine round 21, `rude` ("sarcasm, insults, threats or unprofessional language towards the customer") in six sarcastic
  // forms that decided dev calls wrongly (C21-chat-complaint-2, C21-abusive-caller-2, C21-persistent-abuse-1,
  // C20-chat-complaint-4, C20-abusive-caller-4, c18-repeat-contact-2): each an assert, since `rude` fails a call on its
  // own and nobody says these kindly; each with honest look-alikes in test/analyser-r21.test.ts that must not fire.
  // "I can read (just fine)", "we're not deaf": answering her capitals or question marks with a put-down (every training
  // line with it is rude; "no need for all the question marks" on its own stays dismissive, M-042)
  { id: "rude-i-can-read", label: "rude", cue: /\bi can read(?: (?:just |perfectly |lowercase |normal text )?fine)?(?=\s*(?:[,.!?;:)]|$|thanks|thank you|you know))|\b(?:we(?:'re| are)|i(?:'m| am)) not deaf\b(?!\s+to\b)/g, negatable: false, effect: "assert", examples: ["A-0318", "I-0038", "RA-034", "V-057", "RA-025"] },
  // The eye-roll and face-palm emoji aimed at her ("I did literally just say that 🙄", "pls read what i wrote before replying 🙄")
  { id: "rude-eye-roll", label: "rude", cue: /🙄|😒|🤦|🙃/gu, negatable: false, effect: "assert", examples: ["D-0493", "J-0058"] },
  // Impatience at saying it again, put as "I literally just said" or "I did just say that" (an apology for saying it badly,
  // "sorry, I did just say that wrong", does not fire)
  { id: "rude-literally-just-said", label: "rude", cue: /\bi (?:did )?literally just (?:said|say|told you|explained|wrote|typed)\b|\bi did (?:literally )?just (?:say|tell you|explain) (?:that|this|it)\b/g, unless: /\b(?:sorry|apologi\w*|wrong|badly|my mistake|my bad|should(?:n't| not) have)\b/, negatable: false, effect: "assert", examples: ["RB-024"] },
  // Mock praise for a stretch without abuse ("well done, a whole minute without swearing", "without swearing, if you can
  // manage five numbers in a row")
  { id: "rude-mock-progress", label: "rude", cue: /\b(?:well done|good job|nice one|bravo|congrat\w*|look at you|impressive|progress)\b[^.?!]{0,40}\bwithout (?:swearing|shouting|screaming|yelling|cursing|insulting|name-calling)\b|\b(?:a (?:whole|full)|an entire) (?:\w+ )?(?:minute|minutes|sentence|seconds?|call|hour) without (?:swearing|shouting|screaming|yelling|cursing|insult\w*|a swear\w*)\b|\bwithout (?:swearing|shouting)\b[^.?!]{0,10}\bif you can (?:manage|cope)\b/g, negatable: false, effect: "assert", examples: ["RA-200"] },
  // "Funny how much cheaper things look when we use real numbers instead of shouting", "you see how fast it is when you
  // are giving information": a point scored off her behaviour (the estimate or the system being odd is no jibe)
  { id: "rude-funny-how", label: "rude", cue: /\b(?:funny|amazing|incredible|remarkable|interesting|strange|hilarious) how\b[^.?!]{0,80}\b(?:instead of (?:shouting|swearing|screaming|yelling|ranting)|when (?:you|people) (?:stop|calm|listen|answer|give|are giving|cooperate|don't shout|don't swear))\b|\b(?:you )?see how (?:fast|quick|quickly|easy|easily|simple|much (?:quicker|easier|faster)) (?:it is|that was|things (?:go|are|move)) when you (?:are |were )?(?:giving|give|stop|stopped|calm|listen|let me|cooperat\w*|answer\w*)\b/g, negatable: false, effect: "assert", examples: ["RC-001"] },
  // A jibe with the sneering tag: "at least you got a Saturday off out of it, eh?", "maybe stick to printed albums, eh?" (a
  // kindly "night shifts, eh?" has no jibe before it, N-0216)
  { id: "rude-jibe-eh", label: "rude", cue: /\b(?:at least you (?:got|get|had|'ve got|have got)\b[^.?!]{0,40}\b(?:off|out of it)|maybe (?:just )?stick (?:to|with)\b[^.?!]{0,40})[,!]? eh\b/g, negatable: false, effect: "assert", examples: ["RA-056"] },
  // Shouting sent elsewhere: "maybe the drill will turn up quicker if you shout at the van instead of me", "now you can
  // go and shout at someone else" (a limit, "please don't shout at me", does not fire)
  { id: "rude-shout-elsewhere", label: "rude", cue: /\b(?:shout|swear|yell|scream|rant)(?:ing)? at (?:the|your|a|some) (?:\w+ ){0,2}instead(?: of (?:me|us|at me))?\b|\b(?:shout|swear|yell|scream|rant)(?:ing)? at (?:someone|somebody) else\b/g, negatable: false, effect: "assert", examples: ["RC-226", "C-0813"] },
  // Engine round 22, `rude` ("sarcasm, insults, … or unprofessional language towards the customer") as condescension, which
  // decided a dev call wrongly (C24-policy-exception-2): the agent slowing down *because she is slow* ("I'll go through it
  // slowly for you so it sinks in", "I'll say it again slowly, because I don't think you're following", "say it slowly this
  // time", "let me go through this slowly so it's clear… Annual. Not monthly. Do you follow?"), the answer called obvious ("I'd have thought that was fairly obvious", "that's fairly obvious", "Because we
  // need the item back. Obviously."), and impatience at her ("I haven't got all day"). Asserts: nobody says these kindly,
  // while slowing down for her ("we'll go nice and slowly", "I'll go slowly so you can write it down") and "it's not
  // obvious" stay unlabelled (test/engine-r22.test.ts).
  { id: "rude-slowly-so-it-sinks-in", label: "rude", cue: /\b(?:i'll|i will|let me|i'm going to|i am going to|i'm gonna|i can|i'd better|i'll have to|i will have to) (?:just |now |try and |try to )?(?:say|explain|go|go through|spell|repeat|type)(?: (?:it|this|that|them)(?: out)?)?(?: (?:again|once more|one more time|this time))?,? (?:really |very |nice and |extra |really,? really |slowly,? )?slow(?:ly|er)\b/g, guard: /\b(?:so (?:it|that|this) (?:sinks|goes|gets) in|(?:sinks|goes) in this time|this time|again|one more time|once more|since (?:it's|this|that(?:'s)?|you(?:'re)?) clearly|because (?:i don't think|you(?:'re| are) not|you don't|this clearly|it clearly|you clearly)|(?:isn't|is not|not) (?:quite )?(?:landing|going in|sinking in)|strong point|are we with me|grasped|do you follow|are you following|(?:are )?you with me|following me|keep up)\b/, wide: true, unless: /\b(?:no rush|no hurry|take your time|so far|shall i|want me to|so you can (?:write|note|jot|get|follow)|pen|sorry|apologi\w*|my (?:fault|bad|mistake)|i rushed|too (?:fast|quick))\b/, negatable: false, effect: "assert", examples: ["P-0291", "R-0308", "RF-173", "RH-065", "RI-010", "N-0298"] },
  { id: "rude-obvious", label: "rude", cue: /\bi(?:'d| would) have thought (?:that|it|this) (?:was|is|were|would be) (?:fairly |pretty |quite |rather |really |blindingly |painfully )?obvious\b|\b(?:that's|that is|it's|it is|kinda|kind of|bit|pretty) (?:fairly |pretty |quite |rather |really |kinda |a bit |blindingly |painfully )?obvious(?=\s*(?:[.!?]|$|,? (?:isn't it|surely|really|mate|love|i'd|i would)))|(?:^|[.!?]\s+)obviously\s*[.!?]+\s*$|\b(?:because|bc|cos)\b[^.?!]{0,80}[, ]obviously\s*[.!?]*\s*$/g, unless: /\b(?:not|isn't|wasn't|never|hardly)\b[^.?!]{0,12}\bobvious\b/, negatable: false, effect: "assert", examples: ["B-0448", "E-0213", "I-0142", "J-0196", "J-0268", "RB-110"] },
  { id: "rude-no-time", label: "rude", cue: /\bi (?:haven't|have not|ain't|don't have|do not have) (?:got )?all day\b|\b(?:i've|i have) got all day,? (?:mate|love|pal|sir|madam)\b/g, negatable: false, effect: "assert", examples: ["D-0401", "N-0237", "RI-203", "RH-273"] },
  // Mock confidence in the rival she is leaving for (C20-cancellation-1's "I'm sure an advert knows your signal better than we
  // do", RF-123's "I'm sure the signal will be every bit as marvellous as their marketing"): sarcasm at her choice
  { id: "rude-im-sure-rival", label: "rude", cue: /\bi(?:'m| am) sure (?:(?:an?|the|their|your new|that) (?:advert|ad|advertising|marketing|billboard|leaflet|salesman|sales (?:guy|person|rep)|network|provider|lot|company|signal|deal)|they|the new lot)\b[^.?!]{0,40}?(?:(?:will be|is|are|'ll be) every bit as \w+ as|knows? (?:\w+ ){0,3}better than (?:we|i|us|me)(?: do)?)\b/g, negatable: false, effect: "assert", examples: ["RF-123"] },
  // Analyser round 21, `rude` ("sarcasm, insults, … or unprofessional language towards the customer") as talking down and
  // brushing her off in four families the model scored low on authors it never saw (the rude-rich training authors and
  // the dev authors M, S, AA). Each an assert, since every training line with the cue is rude:
  // - her attention corrected: "please listen", "listen please", "try to listen", "read what I wrote", "please read the
  //   previous messages", and "scroll up" / "read above" after an answer given already (7 of 7 and 5 of 5 in training and
  //   dev; "I did, scroll up" alone was settled argue, W-079, so it needs the "already" / "as I said"). "Listen to the
  //   options", "listen carefully" and "I'm happy to listen" do not fire.
  { id: "rude-listen-read-above", label: "rude", cue: /\b(?:please|pls|plz|kindly|try to|try and|you should|you need to|you have to)(?: just| try to| try and)? listen\b(?! (?:to (?:the|this|these|those|our|my|your|a|it|what)|carefully|out|for|in\b|back))|\blisten,? (?:please|pls|plz)\b|\bjust listen,? (?:yeah|yes|ok|okay|for (?:once|one second|a second|a minute))\b|\b(?:please |pls |plz |kindly )?read (?:what i (?:wrote|typed|said|sent)|(?:the|my) (?:previous|earlier|above) (?:messages?|chats?|replies|reply|responses?))\b|\b(?:please |pls |kindly )read (?:above|back|up)\b/g, negatable: false, effect: "assert", examples: ["X-178", "X-185", "R-0228", "D-0493"] },
  { id: "rude-scroll-up-again", label: "rude", cue: /\b(?:scroll|look|read) (?:up|above|back)\b/g, guard: /\b(?:already|as i (?:said|told|explained|mentioned|stated|typed|wrote)|twice|again|(?:two|three|four) times)\b/, wide: true, negatable: false, effect: "assert", examples: ["RH-036", "RI-285"] },
  // - the answer refused a further time, or her understanding despaired of: "I'm not saying it again", "I won't repeat
  //   myself", "I don't know how else to explain it", "not sure how much clearer I can be", "how many more ways can I say
  //   it" (8 of 8 lines in training and dev). An apology beside it ("sorry, I won't say that again") silences it.
  { id: "rude-wont-repeat", label: "rude", cue: /\bi(?:'m| am) not (?:saying|repeating|explaining) (?:it|that|this|myself)(?: again| a (?:second|third|fourth|fifth) time| one more time)\b|\bi (?:won't|will not|'m not going to|am not going to|'m not gonna|refuse to) (?:repeat|keep repeating|say (?:it|that|this)|explain (?:it|that|this)|go (?:over|through) (?:it|that|this))(?: (?:myself|it|that|this))?(?: (?:again|a (?:second|third|fourth|fifth) time|one more time|any more|anymore))+\b|\b(?:don't|do not|not sure|no idea)(?: know)? how (?:else (?:to|i can|can i) (?:explain|put|say|word|phrase|make)|much (?:clearer|more clearly|plainer|simpler) (?:i|to|it)|many (?:more |other )?ways (?:to|i can|can i) (?:say|explain|put|tell))\b/g, unless: /\b(?:sorry|apologi\w*|my (?:fault|bad|mistake))\b/, wide: true, negatable: false, effect: "assert", examples: ["RA-080", "N-0063", "RI-223"] },
  // - a put-down of her ("I'm sure even you can appreciate", "even you can do it", "now, if you've quite finished", "which is
  //   more than I can say for you", "you're not the only customer I've got", "yours is not the only one", "I'm not a
  //   magician / mind reader", "bless your heart", "be a good lad", "like a grown-up", "we do have lives"): 31 of 31 lines
  //   in training, dev and LA. "You're not the only one" alone stays out (as often dismissive alone, or fellow-feeling:
  //   Y-111).
  { id: "rude-put-down", label: "rude", cue: /\beven you (?:can|could|should|will|would|might|must|manage)\b|\b(?:if|when|once) you(?:'ve| have) quite finished\b|\bmore than (?:i|we) can say for you\b|\b(?:you're|you are|ur|you r) not the only (?:customer|caller|person|one) (?:i|we)(?:'ve| have| had|'m| am|'re| are)?\b|\byours (?:is not|isn't|is hardly|ain't) the only (?:one|issue|problem|complaint|parcel|order|account|chat|call)\b|\b(?:i(?:'m| am)|we(?:'re| are)) not (?:a |the )?(?:magicians?|mind[- ]?readers?|psychics?|miracle workers?|wizards?|genie)\b|\bbless your (?:heart|cotton socks)\b|\b(?:be a good|there's a good) (?:lad|girl|boy)\b|\blike (?:a|an) (?:grown-?up|adult)\b|\bwe (?:do )?have lives\b/g, unless: /\bbut (?:i|we)(?:'ll| will| can| am going to|'m going to) (?:do|try|help|sort|find|get|look)\b/, wide: true, negatable: false, effect: "assert", examples: ["RC-103", "RF-003", "RF-077", "RF-095", "P-0346", "tr962", "b3-115", "RI-296", "B-0360", "tr795", "LA-022", "LA-100", "LA-135", "C-0280", "P-0340", "R-0067", "RF-029"] },
  // - her request or her leaving brushed off: "save your breath", "save yourself the time", "don't come crying back", "I'll
  //   not lose any sleep over it" (the agent's own indifference; "I wouldn't lose sleep over it" is advice, dismissive,
  //   D-0541), a curt "Next." or "Next question." closing a reply (7 of 8 lines: "Ok. Next question." alone, AA-017, was
  //   settled clean, so the acknowledgement on its own does not fire), "believe what you like" and "I'm done with you" (the
  //   call ended in contempt, where a boundary ends it with the account noted and a way back: 14 of 14), mock patience
  //   ("take your time, it's not like anyone else is waiting") and a question left hanging on "or...?" (4 of 4).
  { id: "rude-brush-off-r21", label: "rude", cue: /\bsave (?:your|yourself the|yourself a|us both the|your own) (?:breath|bother|time|effort)(?=\s*(?:[.!?,;]|$))|\bdon'?t (?:come|go|be) (?:crying|running|whining|moaning)(?: back| to (?:us|me))\b|\b(?:i(?:'ll| will) not|i won't|i wont|i(?:'m| am) not|(?:^|[.,!?] )not) (?:be |gonna |going to )?los(?:e|ing) (?:any |much |a wink of )?sleep\b|[.!?] next(?: question)?[.!]*$|\bbelieve (?:what|whatever) you (?:like|want)\b|\b(?:i(?:'m| am|m) )?done with (?:you|u)\b|\b(?:it's |its )?not (?:like|as if) (?:anyone|anybody|i|we|there's)(?: else)?(?: is| are| have| has|'ve| got|'s)? (?:got )?(?:waiting|queuing|queueing|other|a queue|any other|a million|\d+|twelve|ten|loads)\b|\bor\s*(?:\.\.\.|…)\s*\?\s*$|\bi(?:'m| am|m) done wasting\b|\bi(?:'m| am|m) done[.!,]+ (?:bye|goodbye|don't|do not)\b/g, unless: /^(?:ok|okay|right|sure|great|perfect|lovely|good|thanks|thank you|brilliant|fine)[.,!]* next\b/, wide: true, negatable: false, effect: "assert", examples: ["I-0021", "RA-126", "RB-131", "RC-131", "RA-002", "RB-162", "H-0396", "J-0290", "RF-047", "V-135", "RC-208", "Y-056", "I-0281", "J-0287", "N-0390", "RB-219", "RA-220", "LA-011", "RB-060", "LA-030", "LA-019", "LA-130"] },
  // - her repeating herself counted back at her: "you've said that several times", "you've asked me that twice now", "you
  //   said that already three times" (12 of 12 lines in training and dev; the agent's own count, "I've explained it three
  //   times now", is as often settled argue alone and stays the model's cue `rude-repeat-count`).
  { id: "rude-you-said-times", label: "rude", cue: /\byou(?:'ve| have)? (?:already )?(?:said|mentioned|told (?:me|us)|asked(?: me| us)?|sent|typed|written)(?: (?:that|it|this|me that|about \w+|the \w+))?(?: already)?[.,]? (?:(?:about |like |at least )?(?:several|three|four|five|six|seven|many|multiple|a few|a hundred|\w+) times|twice)\b/g, unless: /\b(?:sorry|apologi\w*)\b/, negatable: false, effect: "assert", examples: ["H-0315", "I-0015", "RA-034", "RA-055", "RA-148", "RD-125", "RF-009", "RF-111", "Y-266", "Y-298"] },
  // - a jibe signed off "just a thought" ("have you tried, I dunno, not overfilling it? Just a thought", "maybe test the app
  //   before a client meeting next time? just a thought"): 4 of 4; a suggestion on its own ("Just a thought: monthly might
  //   suit you better") has no jibe and does not fire.
  { id: "rude-just-a-thought", label: "rude", cue: /\bjust a thought\b/g, guard: /\b(?:have (?:you|u) (?:tried|thought of|considered)|maybe (?:don'?t|do not|not|test|try|read|check|stop)|next time)\b/, wide: true, negatable: false, effect: "assert", examples: ["RB-036", "RB-090", "RH-064", "LA-155"] },
  // - "good luck getting / finding …" at her (anyone to help, your drill, a better deal): a mocking dare, 12 of 12 lines
  //   rude in training and LA ("good luck with the new network" is a kind send-off and does not fire).
  { id: "rude-good-luck-getting", label: "rude", cue: /\bgood luck (?:getting|finding|trying to (?:get|find))\b/g, negatable: false, effect: "assert", examples: ["R-0227", "RA-197", "RB-197", "RH-246", "V-345", "b2-140", "b3-091"] },
  // - a limit on her abusive language stated as such ("the language needs to stop", "I need the insults to stop": 15 of 15
  //   training lines are boundaries, none rude) is a boundary, not talking down, even after "I'll say it one more time" (engine round 21's warning): a veto, unless an
  //   insult or a dig is in the turn.
  { id: "rude-language-must-stop", label: "rude", cue: /\b(?:the|your|this|that) (?:language|swearing|abuse|insults|name-calling|personal remarks|shouting)(?: (?:needs|has|have|need) to| must| is going to have to| will have to) stop\b|\bi (?:do |just |will |'ll )?need (?:the|your|this) (?:language|swearing|abuse|insults|name-calling|personal remarks) to stop\b/g, unless: /\b(?:idiot|stupid|moron|pathetic|good luck|your (?:choice|problem|loss)|lol|grow up|like a child)\b/, wide: true, negatable: false, effect: "veto", examples: ["D-0502", "J-0267", "Q-0371", "R-0371", "RA-235", "RB-074"] },
  // - mock rewards and mock triumph: "do you want a medal?", "want a prize?", "and I want a pony", "cool story", "see, was
  //   that so hard?", "you're welcome, by the way" (20 of 20 lines in training and dev);
  { id: "rude-want-a-medal", label: "rude", cue: /\b(?:want|like|deserve|get) (?:a |me to (?:get you |give you |find you )?a )(?:medal|prize|pony|gold star|trophy|round of applause|cookie|biscuit|badge)\b|\band (?:i|we) (?:want|would like) a pony\b|\b(?:and|with) a pony (?:too|on top)\b|\bcool story\b|\b(?:was that|wasn'?t that|that wasn'?t|wasn'?t) so (?:hard|difficult)\b|\b(?:you're|you are|ur|you r) welcome,? (?:by the way|btw)\b/g, negatable: false, effect: "assert", examples: ["RA-008", "RB-005", "RB-124", "RB-179", "RH-095", "tr411", "tr533", "RB-127", "RH-162", "tr798", "E-0442", "J-0253", "RA-155", "RB-009", "tr1208", "RA-032", "RB-198"] },
  // - the answer spelt out a word at a time, as to someone slow ("Tap. The. Cloud.", "The order. Was. Not. Raised.",
  //   "sixty. days. hold."): three or more one-word sentences in a row, none of them a filler ("Okay. Right. Yes." is not
  //   this); 14 of 14 lines in training and dev. A run made only of the taxonomy's technique names ("I take ownership.
  //   Solution. Options. Expectation.") is a keyword salad, which the engine fails as gaming, not words spelt out at her
  //   (engine round 28, C36-10); a run with other words in it ("Options. Are. Limited.") is still this.
  { id: "rude-word-by-word", label: "rude", cue: /(?:^|[\s(])(?!(?:(?:empathy|apology|apologies|reflection|ownership|solutions?|options?|expectations?|boundary|boundaries|escalation|explanation|follow-up|next steps?)\. ){2,}(?:empathy|apology|apologies|reflection|ownership|solutions?|options?|expectations?|boundary|boundaries|escalation|explanation|follow-up|next steps?)\.)(?:(?!(?:ok|okay|right|yes|yeah|yep|no|nope|sure|thanks|thank you|cheers|great|lovely|perfect|brilliant|fine|sorry|hi|hello|bye|mm|hmm|um|erm|uh|done|good|so|well|oh|ah|wow|there)\.)[a-z0-9'£-]+\. ){2,}(?!(?:ok|okay|right|yes|yeah|yep|no|nope|sure|thanks|cheers|great|lovely|perfect|brilliant|fine|sorry|hi|hello|bye|mm|hmm|um|erm|uh|done|good|so|well|oh|ah|wow|there)\.)[a-z0-9'£-]+\./g, negatable: false, effect: "assert", examples: ["H-0109", "P-0270", "Q-0026", "RH-097", "RH-127", "RI-010", "RI-173"] },
  // - laughing at her in chat ("lol no", "finally lol", "your loss lol", "maybe don't live in a dead zone then lol"): 60 of
  //   63 lines with "lol" or "lmao" are rude; the three that are not share the joke with her or help ("lol fair, I'd be
  //   raging too", "lol no, real person, I'm Tom. What can I do…", "not to be annoying lol"), and those silence it.
  { id: "rude-lol", label: "rude", cue: /\b(?:lol|lmao|lmfao|rofl)\b/g, unless: new RegExp(String.raw`\b(?:fair|i'?d be|i would be|real person|not to be|glad|what can i do|sorted for you|happy to help|my bad|my fault|sorry (?:about|for) (?:that|the mix|my)|promise)\b|${REASSURED.source}`), wide: true, negatable: false, effect: "assert", examples: ["RH-039", "RH-101", "RH-154", "W-060", "W-345", "W-357", "W-377", "b2-241", "RF-029"] },
  // Analyser round 22, `rude` recall on the families the model and the rules still missed in training and dev (each one
  // the taxonomy's "sarcasm, insults, threats or unprofessional language towards the customer": contempt, mockery,
  // condescension). Every cue below fires only on lines labelled `rude` in the training authors and the dev authors M, S
  // and AA (counts in each comment), so each is asserted:
  // - her competence put below a child's or an idiot's ("my five-year-old could set that up", "a child could do it", "it's
  //   honestly idiot-proof once someone shows you"): talking down, whatever help comes with it (round 20 settled that the
  //   comparison is rude even with help offered); 3 of 3 lines, and G1-misled-features-1's put-down;
  { id: "rude-a-child-could", label: "rude", cue: /\b(?:idiot|dummy|moron)[- ]?proof\b|\b(?:my|a|any|even a|even my) (?:child|kid|toddler|(?:five|six|seven|eight|ten)[- ]year[- ]old|monkey|trained monkey|idiot)(?: could| can) (?:do|set|manage|work|use|figure|sort|understand|follow)\b/g, negatable: false, effect: "assert", examples: ["tr779", "tr1041", "RD-069"] },
  // - a patronising pet name as the form of address ("Sweetheart, that's not how bills work", "okay hun, deep breaths",
  //   "I'll say it again, dear", "listen, sunshine", "ok grandma"): condescension in the address itself; 15 of 15 lines
  //   ("oh dear" is an exclamation, not an address, and stays clear; "love" and "mate" are ordinary warmth in the UK and
  //   are left to the model);
  { id: "rude-pet-name", label: "rude", cue: /(?:^|[,.!?;:] |\b(?:ok|okay|oh|listen|look|right|yes|no|sure|well|now|aw+)[,]? )(?:sweetie|sweetheart|sweetpea|sweet pea|hun|honey|darling|sunshine|princess|grandma|granny)\b(?=\s*(?:[,.!?;:]|$))| (?:sweetie|sweetheart|hun|darling)(?=\s*(?:[,.!?;:]|$))|(?<!\boh), (?:my )?dear(?=\s*(?:[,.!?;:]|$))|^dear, /g, negatable: false, effect: "assert", examples: ["tr734", "RH-066", "LA-008", "G-0241", "RI-086", "RA-078", "RH-221", "Q-0186"] },
  // - an oath of exasperation at her ("give me strength", "oh for goodness' sake", "bloody hell, sir, you are making my
  //   head pain", "take it up with the meter, for God's sake"); 7 of 7 lines. Said about what happened to her ("bloody
  //   hell, that's awful, I'm sorry") it is sympathy, and the feeling words and an apology silence it;
  { id: "rude-oath", label: "rude", cue: /\bgive me strength\b|\bfor (?:god|goodness|christ|heaven|heavens|pete)(?:'s|s'|')? sake\b|\bfor crying out loud\b|\bbloody hell\b/g, unless: new RegExp(String.raw`\b(?:sorry|apologi\w*|understand|i get (?:it|that|why)|no wonder)\b|${FEELING}`), negatable: false, effect: "assert", examples: ["tr591", "tr855", "tr219", "tr414", "RC-218", "RD-195"] },
  // - her intelligence mocked ("have you tried turning your brain on?", "someone with a brain?", "let me dumb it down", "I'll
  //   use small words so you can follow", "well, duh", "the clue's in the word cloud"); 8 of 8 lines;
  { id: "rude-switch-brain-on", label: "rude", cue: /\b(?:turn|turning|switch|switching|use|using) (?:on )?your brain\b|\bsomeone with a brain\b|\bdumb (?:it|this|that|things) down\b|\bsmall words\b|\bduh\b|\bclue(?:'s| is) in the (?:word|name)\b/g, negatable: false, effect: "assert", examples: ["tr317", "tr1096", "RF-239", "B-0638", "tr733", "tr320", "RA-051"] },
  // - the product or the bank said not to work "by magic" or to read minds, at her ("it doesn't come by magic", "the app is
  //   not psychic", "it just doesn't read minds", "banks don't work by magic"): her expectation mocked; 10 of 10 lines.
  //   Help offered in the turn ("I'll walk you through it") leaves it to the model;
  { id: "rude-not-by-magic", label: "rude", cue: /\b(?:doesn't|does not|don't|do not|won't|will not|can't|cannot|isn't going to)(?: just)?(?: \w+)? (?:happen|work|do it|come|appear|fix itself|sort itself)\w* by magic\b|\bnothing (?:\w+ ){0,2}by magic\b|\b(?:doesn't|does not|can't|cannot|don't|do not) read (?:your |my |people's )?minds?\b|\b(?:is not|isn't|not) (?:a )?(?:psychic|mind[- ]reader|telepathic)\b|\btelepathy\b/g, unless: REASSURED, wide: true, negatable: false, effect: "assert", examples: ["I-0056", "RI-269", "RI-280", "LA-077", "RA-050", "N-0117", "Y-118", "RI-204"] },
  // - "Happy now?" thrown at her after giving in ("There. Happy now?", "Fine, I've removed the fee, happy now?"); 4 of 4;
  { id: "rude-happy-now", label: "rude", cue: /(?:^|[.,!] )happy now\?/g, negatable: false, effect: "assert", examples: ["J-0014", "RI-127", "RC-085", "RD-045"] },
  // - a curt put-down ("grow up", "get a grip", "piss off", "nice try", "what is wrong with you?", "you're hard work", "you're
  //   a nightmare", "honestly, some people.", "join the club", "I can count too", "you're not the brightest, are you?", "are
  //   you always this difficult?", "don't let the door hit you", "the only joke is this call", "knock yourself out", "since
  //   you're so sure you know best", "everyone says that", "whatever, bye", "any day now", "tick tock", "stop whinging",
  //   "yeah, clearly", "fine, your loss", "report away", "so what?", "is that a promise?", "you're entitled to your
  //   opinion", "ooh, scary", "you're the one who keeps interrupting"); 61 of 61 lines. An apology or help in the turn
  //   leaves it to the model ("sorry for your loss" is not "your loss" at all);
  { id: "rude-curt-put-down", label: "rude", cue: /(?:^|[.,!?;:] |\b(?:honestly|just|please|oh|so)[,]? )grow up\b|\bget a grip\b|\bpiss off\b|\bnice try\b|\bwhat(?: is|'s) wrong with you\b|\byou(?:'re| are) (?:such |being |a real |so )*(?:hard work|a nightmare|a piece of work)\b|\bsome people[.!]*$|\bsome people[.!]+ |\bjoin the club\b|\bi can count\b|\bcounting is not\b|\bnot the brightest\b|\bstupidest\b|\bare you always this\b|\bdoor hit (?:you|u)\b|\bthe only joke (?:is|here)\b|\bthe joke is (?:you|that you)\b|\bknock yourself out\b|\b(?:since|if) you(?:'re| are) so (?:sure|worried|clever|smart|certain)\b|\b(?:everyone|everybody) says that\b|\b(?:everyone|everybody) thinks (?:their|they)\b|\b(?:whatever|fine)[.,!]? (?:bye|goodbye)\b[.!]*$|\bbye i guess\b|\bany day now\b|\bare we nearly there\b|\btick tock\b|\bchop chop\b|\bstop (?:whinging|whining|barking)\b|(?:^|[.!?,] )(?:yeah|yes),? (?:clearly|i can tell)[.!]*$|(?:^|[.,!?;] )your loss\b|\b(?:report|complain|moan) away\b|(?:^|[.!?] )(?:and\? )?so what\?*$|\bis that a promise\?|\bentitled to your opinion\b|\booh,? scary\b|\byou(?:'re| are) the one (?:who|that)(?:'s| is)? (?:keeps? |kept )?(?:interrupting|shouting|yelling|screaming)\b/g, unless: /\b(?:sorry|fair enough|(?:i|we)(?:'ll| will) (?:walk|talk|show|help))\b/, wide: true, negatable: false, effect: "assert", examples: ["tr678", "tr444", "tr446", "tr532", "tr442", "tr440", "tr222", "tr590", "RA-178", "RI-171", "RH-214", "RI-267", "D-0497", "D-0265", "D-0492", "B-0014", "B-0779", "C-0143", "J-0113", "I-0152", "A-0941", "RH-043", "I-0026", "RB-116", "I-0173", "RI-249", "RA-222", "B-0811", "C-0376", "RH-071", "RI-076", "RD-085", "B-0521", "B-0499", "B-0565", "E-0418", "B-0476"] },
  // - scorn for her, her call or her English in a stock phrase ("Is English your first language?", "how dare you speak to
  //   me like that", "watch your mouth", "are you not paying attention?", "I couldn't care less", "do I look like I care",
  //   "give it a rest", "you sound like a broken record", "oh sure, and I'm the Queen", "don't play dumb", "I'm not here to
  //   babysit you", "thanks for the life story", "I'm sure you're very important", "patience is a virtue", "money doesn't
  //   grow on trees", "you again?", "what a surprise, another complaint", "if it's too complicated for you", "not
  //   everyone's cut out for smartphones", "what do you want me to do, wave a magic wand?"); 27 of 27 lines. The
  //   phone line that "cut out", an agent's own "I know I sound like a broken record" and "let me spell it out" (a
  //   reference read letter by letter) are not these and stay clear;
  { id: "rude-scorn", label: "rude", cue: /\bis english your first language\b|\b(?:are you|you're|you are) not paying attention\b|(?:^|[.!?] )pay attention,|\bhow dare you\b|\bwatch your mouth\b|\byou(?:'re| are) being a (?:child|baby)\b|\bcouldn't care less\b|\bdo i look like i care\b|\bgive it a rest\b|\bhaven't got all (?:afternoon|morning|night|week)\b|\byou sound like a broken record\b|\band i'm (?:the queen|a millionaire|the pope|father christmas)\b|\bplay dumb\b|\bbabysit\w*\b|\bthanks for the life story\b|\bi'm sure you're very (?:important|busy)\b|\bpatience is a virtue\b|\bgrow on trees\b|\byou again\?|\banother one of these (?:calls|people|customers|chats)\b|\bwhat a surprise[,.!]* another\b|\btoo complicated for you\b|\bcut out for (?:smartphones|technology|tech|this|apps|computers)\b|\bwant me to do,? wave\b/g, negatable: false, effect: "assert", examples: ["tr223", "tr438", "tr439", "tr441", "tr737", "tr796", "tr797", "tr823", "tr845", "tr859", "tr960", "tr967", "tr1040", "tr1044", "tr1045", "tr1046", "tr1048", "tr1090", "tr1171", "tr1174", "tr1198", "tr1201", "tr1204", "tr1205", "tr1206", "tr1207"] },
  // - mock wonder, a sentence of its own ("How thrilling.", "How noble.", "How mortifying for you.", "Two emails. Goodness.",
  //   "Both neighbours. Gosh.", "Curious.", "Oh, reviews. Terrifying."): sarcasm at what she said; 10 of 10 lines. "Lovely."
  //   and "Brilliant." are mostly sincere and are not here; an apology or a feeling word in the turn ("Goodness. Three
  //   weeks without heating? I'm so sorry") leaves it to the model;
  { id: "rude-mock-wonder", label: "rude", cue: /(?:^|[.!?] )(?:how (?:very )?(?:thrilling|noble|mortifying|thorough|original|tragic|fascinating)(?: for you| of you)?|goodness|gosh|curious|fascinating|terrifying|marvellous)[.!]/g, unless: new RegExp(String.raw`\b(?:sorry|apologi\w*|understand|no wonder)\b|${FEELING}`), wide: true, negatable: false, effect: "assert", examples: ["RF-125", "RF-129", "RA-147", "RF-075", "RF-177", "RF-237", "RF-057", "RA-074", "RA-169", "RA-006"] },
  // - a note on her account held over her, or a sneer at what she is given ("I'll make a note on your account about the
  //   threats, and we'll see how quickly things move for you after that", "…a note on the account, and you'll find nobody's
  //   very keen to help", "the note on this account follows you", "try not to spend it all at once", "I'd not hold my
  //   breath"); 8 of 8 lines. A note that helps her ("I've put a note on so nobody chases you") is not one;
  { id: "rude-note-threat", label: "rude", cue: /\bnote (?:on|in) (?:the|your|this) account\b[^.?!]{0,70}\b(?:see how (?:quickly|fast)|follows you|think (?:very )?carefully|(?:as )?(?:a )?difficult customer|nobody(?:'s| is| will be)? (?:very )?(?:keen|going to want|want))|\btry not to spend it all\b|\bi'?d not hold my breath\b|\bwouldn't hold my breath\b/g, negatable: false, effect: "assert", examples: ["RA-012", "RC-183", "RF-079", "RF-141", "RD-037", "RD-061", "RF-231"] },
  // - the customer's own words answered with a tautology ("It'll be back when it's back", "It'll be refunded when it's
  //   refunded, there's a process"): her question brushed off; 3 of 3 lines;
  { id: "rude-when-its-back", label: "rude", cue: /\b(?:it'll|it will|they'll|they will) (?:be )?(\w+) when (?:it's|it is|they're|they are) \1\b/g, negatable: false, effect: "assert", examples: ["G-0306", "I-0017"] },
  // - her manners mocked ("Lovely manners.", "Nice language, really classy", "Really mature.", "Lovely vocabulary.") and a
  //   sharp "Oi" opening a sentence ("Oi. Language.", "Oi, lower your voice"); 14 of 14 lines;
  { id: "rude-mock-manners", label: "rude", cue: /\b(?:really|very|so) (?:mature|classy)\b|\blovely (?:manners|vocabulary|language|attitude)\b|\bnice (?:language|manners|vocabulary|way to start)\b|(?:^|[.!?] )oi\b/g, negatable: false, effect: "assert", examples: ["tr813", "tr814", "C-0186", "I-0290", "J-0243", "D-0255", "RA-219", "V-392", "I-0297", "D-0042", "N-0384", "Y-151"] },
  // - told to manage it "this time" ("Try not to lose the text this time", "do try to actually be in this time"): her past
  //   failure held over the fix; 7 of 7 lines;
  { id: "rude-this-time", label: "rude", cue: /(?<=^|[.,!?;] )(?:please |do |just |and )?try(?: and| to)?(?: not to| not)? (?:actually |to actually )?(?:be|being|lose|losing|get|remember|keep|read|answer|stay|pick) [^.?!]{0,40}\bthis time\b/g, negatable: false, effect: "assert", examples: ["J-0210", "RH-191", "RA-106", "RA-151", "RB-145", "RC-145"] },
  // - her call put down to panic ("maybe check your bank app before panicking next time", "before you ring up in a state");
  //   5 of 5 lines ("you should have checked before ringing", without the panic, is blame and stays the model's);
  { id: "rude-before-panicking", label: "rude", cue: /\bbefore (?:you )?(?:panic|panicking|ringing up in a|ring up in a|calling in a|phoning in a)\b/g, negatable: false, effect: "assert", examples: ["RH-002", "RI-020", "RA-007"] },
  // - the message she "clearly didn't read" ("as per my previous message, which you may have missed", "in the email you
  //   clearly didn't read"); 3 of 3 lines ("as per my last message" alone is 2 of 4 and stays the model's);
  { id: "rude-you-didnt-read", label: "rude", cue: /\bwhich you (?:clearly |obviously |probably |apparently )?(?:may have |might have |must have )?(?:missed|didn't read|did not read|haven't read|never read|ignored)\b|\byou (?:clearly|obviously) (?:didn't|did not|haven't|never) (?:read|open|look|check)\w*\b/g, negatable: false, effect: "assert", examples: ["LA-002", "RA-004", "V-059"] },
  // - a mock offer of the impossible ("I'll just pop round in my own van with a new drill, shall I?", "let me just pull an
  //   engineer out of my pocket", "I'll just magic a sofa out of thin air"); 8 of 8 lines. "I'll just put you on hold,
  //   shall I?" is a real offer and stays clear;
  { id: "rude-mock-offer", label: "rude", cue: /\b(?:i'll|i will|let me|shall i|i can) just [^.?!]{2,70}?(?:, shall i\?|out of (?:thin air|my (?:back )?pocket|a hat))/g, unless: /\b(?:on hold|check|transfer|put you through|look (?:it|that|into))\b/, negatable: false, effect: "assert", examples: ["RH-250", "RI-056", "RA-005", "RA-150", "RF-153", "RA-129"] },
  // - her repetition, or the agent's, counted out in a sentence of its own or as laps ("Yes, you've said. Twice.", "Like I
  //   said. Twice.", "That's twice I've said it now", "we've been round this three times now", "ugh, we've been over
  //   this"); 11 of 11 lines. The agent's count inside a sentence ("I've told you twice, the charge is correct") stays the
  //   model's cue (`rude-repeat-count`): the old data settles some of those argue;
  { id: "rude-counted-back", label: "rude", cue: /(?:^|[.!?] )(?:twice|two times|three times|four times|five times|\d+ times|(?:two|three|four|five|six) times)(?: now)?[.!]|\bthat(?:'s| is) (?:twice|three times|the (?:second|third|fourth) time) (?:i(?:'ve| have)|you(?:'ve| have)) (?:said|told|explained|asked|mentioned)|\b(?:we've|we have) been (?:round|over) this\b/g, guard: /\byou(?:'ve| have)? (?:said|told|mentioned|asked)|\bi(?:'ve| have)? (?:said|told|explained|asked)\b|\b(?:like|as) i said\b|\bheard you\b|\bi've got it\b|\bbeen (?:round|over) this\b/, wide: true, negatable: false, effect: "assert", examples: ["I-0015", "RH-069", "RA-103", "RB-078", "RB-103", "Y-266", "RH-127", "RH-222", "RB-188", "V-262"] },
  // - sarcastic good wishes for what she chose ("enjoy the dropped calls on the new network", "enjoy having no signal at
  //   all", "enjoy your eighteen-quid network"); 10 of 10 lines ("enjoy the trip" is not it);
  { id: "rude-enjoy-the-downgrade", label: "rude", cue: /\benjoy (?:having (?:no|zero)|(?:the|your|ur|you're) (?:dropped|dodgy|rubbish|terrible|spinning|cheap|patchy|hold music|£\d+|\d+|eighteen)|(?:no|zero) signal)/g, negatable: false, effect: "assert", examples: ["RH-068", "RH-153", "LA-040", "N-0238", "P-0217", "RA-122", "RB-131", "V-216"] },
  // - told off for repeating herself ("you don't need to keep telling me", "if you can stop repeating yourself long enough",
  //   "no need to send them five times"); 4 of 4 lines;
  { id: "rude-keep-telling-me", label: "rude", cue: /\byou (?:don't|do not) (?:need to |have to )keep (?:telling|saying|repeating|sending)\b|\bstop repeating yourself\b|\bno need to (?:send|say) (?:it|them|that|sorry) (?:\w+ )?(?:times|twice|every)\b/g, negatable: false, effect: "assert", examples: ["RI-154", "RA-179", "RI-008", "RI-240"] },
  // Analyser round 13, `argue` ("contradicting the customer, correcting them for the sake of it, or getting defensive").
  // The company defended against her charge in so many words ("we're not thieves", "it isn't made up", "it's not daylight
  // robbery", "our drivers aren't clowns", "nobody else has complained", "we have great reviews", "the system's not
  // broken"): a denial of what she accused the company of, with no owning of anything ("you're right, it's not good
  // enough" and "I can see why it looks that way" silence it).
  { id: "arg-deny-charge", label: "argue", cue: /\b(?:we|i)(?:'re| are|'m| am) not (?:thieves|crooks|criminals|heartless|liars|idiots|clowns|a scam|making (?:it|this|that|anything) up|looking for excuses|reading from (?:anything|a script)|trying to (?:trick|con|fleece|cheat|rip|scam|fob))\b|\b(?:drivers|staff|engineers|agents|team|people|technicians|couriers) (?:aren't|are not) (?:clowns|idiots|stupid|useless|incompetent|liars|thieves|lazy)\b|\b(?:isn't|is not|wasn't|was not|it's not|that's not|weren't|were not|aren't|they're not) (?:made up|invented|ignored|a con|a scam|daylight robbery|robbery|a rip-?off|excuses)\b|\bnobody else (?:has|is|'s|had) (?:complain|had (?:a|any|this)|report)\w*|\b(?:we|i) (?:don't|do not|rarely|never) get (?:many|any|a lot of|lots of) complaints\b|\b(?:we have|we've got|we get) (?:great|good|excellent|brilliant|amazing) reviews\b|\b(?:the )?system(?:'s| is) not broken\b/g, unless: /\b(?:you're right|you are right|fair point|i can see why|i understand why|i get why|(?:our|my) (?:fault|mistake|error)|on (?:us|me))\b/, wide: true, negatable: false, examples: ["tr1031", "A-0701", "A-0714", "C-0696", "E-0308", "I-0049", "U-362", "W-148", "F-0231", "B-0418"] },
  // Her account contradicted by a flat counter-claim opening the sentence ("I did, scroll up", "we did, the notification
  // went out at 3:02", "no we didn't", "you did, it was signed for", "I never said that", "we didn't ignore you"); an
  // account confirmed and owned ("you were promised an engineer twice… I'm sorry, that's on us") or a boundary kept ("I did
  // say I'd end the call if the abuse continued") is not arguing and silences it.
  { id: "arg-flat-denial", label: "argue", cue: /^(?:(?:well|no|yes|yeah|sorry|ma'am|madam|sir|mate|look|but|actually|erm|um)[,.]? )*(?:i|we|you|he|she|they) (?:(?:did|didn't|did not|never)(?:[,.!]| (?:say|said|send|sent|tell|told|promise|promised|reply|replied|call|called|write|wrote|ignore|ignored|email|emailed|receive|received|get|got)\w*\b)|(?:were|was|weren't|wasn't)[,.!])/g, question: false, unless: /\b(?:sorry|apologi\w*|on (?:us|me)|(?:our|my) (?:fault|mistake|error)|should(?:n't| not)? have|let-?downs?|nobody (?:came|booked|rang)|abuse|end the call|warn\w*|you're right|fair (?:point|enough)|thank\w*)\b/, wide: true, negatable: false, examples: ["B-0105", "B-0127", "C-0709", "D-0340", "P-0136", "V-119", "W-079", "N-0046", "C-0838"] },
  // Her own word for it corrected ("I wouldn't call twenty minutes a long wait", "terribly is a stretch", "over-charged is a
  // strong word", "is it a disgrace though?", "that's not a fair thing to say", "let's not exaggerate"): correcting her for
  // the sake of it. Owning the rest ("I wouldn't say lied, but it was misleading and that's on us") or her side of it
  // ("that's not fair on you") does not fire.
  { id: "arg-your-word", label: "argue", cue: /^(?:(?:no|hang on|hey|hold on|well|look|sorry|honestly)[,.]? )*that(?:'s| is) not (?:really )?fair\b(?! (?:on|to|for) (?:you|her|him|them))|\bi wouldn't (?:call|say|go (?:that|so) far|describe)\b|(?:\b(?:is|was|seems|sounds)|'s) (?:a |quite a |a bit of an? |bit of an? )?(?:stretch|strong word|exaggeration|bit strong|quite strong)\b|\bthat word(?:'s| is) (?:a bit |quite |very |rather )?strong\b|\b(?:is|was) it (?:really )?(?:a|an|that) \w+,? though\?|\bthat(?:'s| is) not (?:a )?fair (?:thing )?to say\b|\blet's not exaggerate\b/g, unless: /\b(?:but (?:it|the answer|that) (?:was|wasn't)|on us|on me to|sorry|apologi\w*|reported|you're right)\b/, wide: true, negatable: false, examples: ["tr1036", "A-0418", "B-0232", "B-0793", "D-0310", "F-0397", "J-0167", "N-0297", "I-0044"] },
  // Defending herself out of the way: a supervisor or anyone else "will tell you the same thing" (deflecting her request
  // rather than meeting it; as often dismissive or a policy wall as arguing, 8 of 13 training lines, so a feature the model
  // weighs, never promoted)
  { id: "arg-same-answer", label: "argue", cue: /\b(?:supervisor|manager|anyone|anybody|they|he|she|someone else|a colleague|my (?:manager|supervisor|team leader))s?(?:'ll| will| would|'d| is going to| are going to)(?: only| just| probably| also| all)? (?:tell|say|give) you (?:exactly |just )?(?:the same(?: thing| answer| as (?:me|i did|what i))?(?=[.,!?;]|$| (?:i|as|so|but|and))|what i(?:'m| am)? (?:telling|told|said|just said))|\b(?:say|tell you) the same (?:thing|as me)\b/g, effect: "feature", examples: ["D-0060", "E-0059", "E-0155", "F-0251", "F-0332"] },
  // Analyser round 16, three labels a reviewer flagged as wrong by the definitions:
  // - a limit on her abusive language whose only consequence is the end of the call ("I need you to stop calling me
  //   names or I will end this call", "please stop swearing or I'll disconnect", "keep your messages respectful or I'll
  //   close the chat") is a warning about the abuse, not a threat aimed at her: not rude. "Calm down or I'll end this
  //   call" (telling her how to feel) and "stop shouting" (not abuse) are not such a limit, and a punishment ("…and I'll
  //   note you as difficult"), an insult or a dig keeps the rude reading;
  { id: "rude-limit-or-end", label: "rude", cue: /\b(?:stop|no more) (?:calling me (?:names|\w+)|(?:the )?name-calling|swearing(?: at me)?|cursing(?: at me)?|insulting me|(?:the |your )?(?:abuse|insults|personal remarks|abusive language|bad language|foul language)|using (?:that|this|abusive|foul|bad|offensive) language|being abusive)|\bkeep (?:it|this|your (?:messages|language|comments)) (?:respectful|civil|polite|clean)/g, guard: /\bor (?:i'll|i will|i'm going to|i am going to|i'd|i would)(?: have to| need to)? (?:end|close|disconnect|terminate|hang up|put the phone down)\b|\bor (?:this|the) (?:call|chat) (?:will|'ll) (?:end|be ended|close)\b/, unless: /\b(?:idiot|stupid|moron|pathetic|calm down|difficult|resolved|nobody|no one|queue|back of|wait another|your (?:choice|problem|loss)|good luck|note (?:it|that|you)|mark (?:you|it|the))\b/, wide: true, negatable: false, effect: "veto", examples: ["E-0395", "G-0163"] },
  // - an acknowledgement and then a request for what she has in front of her ("Brilliant. Read me what it says.", "Perfect,
  //   can you read me the numbers on the display?") contradicts nothing: not arguing;
  { id: "arg-read-me", label: "argue", cue: /\b(?:brilliant|great|lovely|perfect|fantastic|excellent|super|smashing|thanks|thank you|cheers|okay|ok|right)[,.!]* (?:(?:can|could) you |if you can |please |just )?(?:read|tell|give) me (?:what|the|it|that|those|them|your)\b/g, unless: /\b(?:if you can read(?! me)|can you even|even manage|for once|slowly|idiot|stupid|finally|at last)\b/, wide: true, negatable: false, effect: "veto", examples: ["E-0377", "F-0020", "W-007", "Y-328"] },
  // - asking for her identifying details ("could you please provide your full name, the email address registered to your
  //   account…", "can I take your postcode?") is groundwork, not a remedy: not a solution, unless the turn also does
  //   something about the problem (a refund, a credit, a booking, "I'll…").
  { id: "sol-id-check", label: "solution", cue: /\b(?:provide|confirm|give me|take|have|tell me|verify|need)\b[^.?!]{0,40}\b(?:full name|(?:your|the) name|date of birth|dob|postcode|post code|zip code|first line of (?:the |your )?address|account number|membership number|email address|security (?:answer|question)|memorable word)\b/g, unless: /\b(?:i'll|i will|i've|i have|i can|we'll|we will|we can|let me|refund\w*|credit\w*|replace\w*|book\w*|reverse\w*|waive\w*|voucher|remove\w*|cancel\w*|take (?:the|that) fee)\b/, wide: true, negatable: false, effect: "veto", examples: ["D-0173", "R-0231", "N-0365", "F-0001"] },
  // - a refusal by a time limit and nothing else ("I can see it was bought 33 days ago, so it's outside our 30-day refund
  //   window, unfortunately", "you're past thirty days, so no refund") refuses by citing the rule and stops there: the
  //   taxonomy's policy wall (32 of the 34 training lines it fires on are labelled so, the other two rude); a reason, the guarantee that still
  //   covers her or anything offered instead silences it. A cue the model weighs, promoted only by the usual rule.
  { id: "pw-time-limit", label: "policy_wall", cue: /\b(?:outside|past|over|beyond|after|missed)(?: (?:the|our|your|its|of))? (?:\d+|thirty|fourteen|fifteen|twenty-eight|sixty|ninety)[- ]days?\b/g, unless: new RegExp(String.raw`\b(?:because|cos|bc|but|however|though|although|covered|guarantee|still|instead|what i can|i can(?!'t| see)|we can(?!'t)|i could|we could|i'll|i will|we'll|we will|let me|option|alternative|offer|happy to|that's for|doesn't (?:matter|apply)|scanned|warehouse|automatic\w*)\b|${CANDOUR.source}`), wide: true, negatable: false, examples: ["D-0153", "N-0154", "V-129"] },
  // analyser round 26 (rude26): the subtler forms of rudeness, in their own module (rude-tone.ts)
  ...RUDE_TONE_RULES,
];

/** Rules with their hash (the feature key) and their index. */
export interface CompiledRule extends Rule {
  hash: number;
  index: number;
  anchored: boolean;
  /** Literal strings one of which every match of the cue contains (prefilter.ts), or null: the cue is not run on a text without them. */
  needs: string[] | null;
}
export const COMPILED: CompiledRule[] = RULES.map((r, index) => ({
  ...r,
  hash: hashString(r.id),
  index,
  anchored: r.cue.source.startsWith("^"),
  needs: literalPrefilter(r.cue),
}));
/**
 * The uncased cues' prefilters, checked in one pass over the normalised text once the process has labelled enough texts to
 * repay building the automaton (a one-input CLI run checks each filter with `includes` instead: the same answers).
 */
let NEEDS: PrefilterSet | null = null;
let textsSeen = 0;
const NEEDS_AFTER = 40;

export interface RuleHit {
  rule: CompiledRule;
  sent: number;
  /** range in the normalised text, or in the original text when `rule.cased` */
  start: number;
  end: number;
  negated: boolean;
}

/** Index of the sentence that contains normalised offset `at`. */
function sentenceAt(tk: Tokenised, at: number): number {
  const s = tk.sents;
  for (let i = 0; i < s.length; i++) if (at < s[i]!.end || i === s.length - 1) return at >= s[i]!.start || i === 0 ? i : i - 1;
  return 0;
}
/** Whether the token starting at or after `at` is inside a negation's scope. */
function negatedAt(tk: Tokenised, at: number): boolean {
  const toks = tk.toks;
  let lo = 0, hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  return toks[lo]?.neg ?? false;
}
/** Normalised offset of an original offset (the map is non-decreasing). */
function toNormalised(map: number[], at: number): number {
  let lo = 0, hi = map.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const isKnownAcronym = (original: string, start: number, end: number): boolean => {
  const m = original.slice(start, end);
  const tok = m.replace(/s$/, "");
  if (!/[A-Z].*[A-Z]|L[1-3]/.test(tok)) return true;
  if (KNOWN_ACRONYMS.has(tok) || KNOWN_ACRONYMS.has(m)) return true;
  if (/^[A-Z]{1,2}\d/.test(tok)) return true; // a postcode district ("SW4")
  if (/^-?\d/.test(original.slice(end, end + 2))) return true; // a reference ("HH-2290117")
  return false;
};

/** Every rule's hits in one utterance: at most one counted hit per rule per sentence. */
export function ruleHits(text: string, original: string, map: number[], tk: Tokenised, rules: readonly CompiledRule[] = COMPILED): RuleHit[] {
  const hits: RuleHit[] = [];
  if (tk.sents.length === 0) return hits;
  let shouting: boolean | null = null;
  // (the rule table's own cues have their filters checked in one pass; another list's, or the first few texts', with `includes`)
  if (rules === COMPILED && NEEDS === null && ++textsSeen > NEEDS_AFTER) NEEDS = new PrefilterSet(COMPILED.map((r) => (r.cased ? null : r.needs)));
  const set = rules === COMPILED ? NEEDS : null;
  set?.scan(text);
  for (const rule of rules) {
    const re = rule.cue;
    // (a cue that cannot match is not run: the same hits, perf round 20)
    if (rule.needs !== null && (set !== null && !rule.cased ? !set.mayMatch(rule.index) : !mayMatch(rule.needs, rule.cased ? original : text))) continue;
    if (rule.anchored) {
      // an anchored cue ("^…") is tried against each sentence on its own
      for (let si = 0; si < tk.sents.length; si++) {
        const s = tk.sents[si]!;
        const stext = text.slice(s.start, s.end);
        re.lastIndex = 0;
        const m2 = re.exec(stext);
        if (m2 === null || m2[0].length === 0) continue;
        if (rule.question !== undefined && rule.question !== s.question) continue;
        const ctx = rule.wide ? text : stext;
        if (rule.guard && !rule.guard.test(ctx)) continue;
        if (rule.unless && rule.unless.test(ctx)) continue;
        hits.push({ rule, sent: si, start: s.start + m2.index, end: s.start + m2.index + m2[0].length, negated: false });
      }
      continue;
    }
    const on = rule.cased ? original : text;
    re.lastIndex = 0;
    let lastSent = -1;
    let m: RegExpExecArray | null;
    while ((m = re.exec(on)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      const nStart = rule.cased ? toNormalised(map, m.index) : m.index;
      if (rule.cased && !rule.caps) {
        if (isKnownAcronym(original, m.index, m.index + m[0].length)) continue;
        if (shouting === null) {
          const letters = original.replace(/[^A-Za-z]/g, "");
          shouting = letters.replace(/[^A-Z]/g, "").length / Math.max(1, letters.length) > 0.5;
        }
        if (shouting) break;
      }
      const sent = sentenceAt(tk, nStart);
      if (sent === lastSent) continue;
      const s = tk.sents[sent]!;
      const stext = rule.wide ? text : text.slice(s.start, s.end);
      if (rule.question !== undefined && rule.question !== s.question) continue;
      if (rule.guard && !rule.guard.test(stext)) continue;
      if (rule.unless && rule.unless.test(stext)) continue;
      const negated = rule.negatable !== false && negatedAt(tk, nStart);
      hits.push({ rule, sent, start: m.index, end: m.index + m[0].length, negated });
      if (!negated) lastSent = sent;
    }
  }
  return hits;
}
