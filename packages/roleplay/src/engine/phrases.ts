import type { LabelId } from "@defuse/content";

/** How each label reads in a one-sentence reason ("you ..."). */
export const LABEL_PHRASE: Record<LabelId, string> = {
  empathy: "named how they feel",
  apology: "apologised for the problem",
  reflection: "played their problem back to them",
  open_question: "asked an open question",
  ownership: "took ownership of the fix",
  solution: "offered a concrete fix",
  options: "gave them a real choice",
  expectation: "said what happens next and when",
  boundary: "set a calm limit while still offering help",
  escalation: "offered to bring in someone who can help",
  explanation: "explained what happened in plain words",
  follow_up: "committed to following up",
  blame: "put the blame on them or someone else",
  dismissive: "brushed their feelings aside",
  argue: "argued with them",
  policy_wall: "hid behind policy without an alternative",
  jargon: "used terms they don't know",
  rude: "were rude to them",
};

/** A model sentence per technique, used when suggesting a better phrasing. Written for Defuse. */
export const MODEL_SENTENCE: Record<string, string> = {
  empathy: "I can hear how much this has thrown you, and it makes complete sense that you're upset.",
  apology: "I'm sorry this happened to you; it should not have.",
  reflection: "So, if I've followed you, the problem is what you've just told me, and it has cost you time and worry.",
  open_question: "Can you talk me through what happened from the start?",
  ownership: "I'm going to handle this myself until it's put right.",
  solution: "Here is what I can do for you right now to fix it.",
  options: "There are two ways I can put this right, and you can pick whichever suits you better.",
  expectation: "You'll see the change within three working days, and I'll send you a reference today.",
  boundary: "I do want to help you with this, and I need us to keep the conversation respectful so I can.",
  escalation: "If you'd like, I can bring in a specialist colleague who can look at this with me.",
  explanation: "This happened because of how the account was set up; in plain terms, the change was never applied.",
  follow_up: "I'll call you back on Thursday to check everything has gone through. Is there anything else I can help with?",
};

export const HINT_PROMPT: Record<string, string> = {
  empathy: "Before fixing anything, put into words what this is costing them and how it feels.",
  apology: "Say sorry for the problem itself (not for their reaction).",
  reflection: "Play back the heart of their problem in your own words and check you've got it right.",
  open_question: "Ask a what/how question that lets them tell the story in their own words.",
  ownership: "Tell them you personally will see this through.",
  solution: "Offer one concrete remedy you can actually do within policy.",
  options: "Offer two workable alternatives and let them choose.",
  expectation: "Give a concrete timeframe or the next steps, so they know what happens when.",
  boundary: "Calmly ask to keep the language respectful, and in the same breath say you want to help.",
  escalation: "If it's beyond you, offer to bring in a supervisor or specialist.",
  explanation: "Explain in plain words why it happened or why the rule exists, without internal terms.",
  follow_up: "Commit to a follow-up, or check whether they're happy and need anything else.",
};

/**
 * Her press for what a vague next step left out (coherence round 18): the turn hands the matter on, promises contact,
 * a look into it, a request or a note, with no time, and she asks for the time in words that answer what was said. The
 * first kind whose words the turn used is pressed; `$0` is the agent's own words for it ("'In due course'? When's that,
 * roughly?").
 */
export const VAGUE_PRESS: { kind: string; heard: RegExp; words: string[] }[] = [
  {
    kind: "no-time",
    heard: /\b(?:can't|cannot|can not|couldn't|not able to|unable to|don't know|not sure)\b(?: \w+){0,3} (?:when|how long|a date|a time|a timescale)\b/,
    words: ["You can't even say roughly when?", "Not even a rough idea of when?"],
  },
  {
    kind: "vague-time",
    heard: /\b(?:in due course|as soon as (?:possible|(?:they|we|i|someone) can)|at some point|some ?time soon|sometime|shortly|soon)\b/,
    words: ["'$0'? When's that, roughly?", "'$0'? What does that mean, a day? A week?"],
  },
  { kind: "in-touch", heard: /\b(?:be|get|getting) in touch\b/, words: ["In touch when, though? Today? This week?", "And when will they be in touch, roughly?"] },
  {
    kind: "contact",
    // (coherence round 31: a call back for when there is news, "I'll call you back as soon as I have an update")
    heard: /\b(?:contact you|get back to you|give you a (?:call|ring)|update you|arrange (?:a|the) (?:date|time|delivery)|you'll hear|(?:call|ring) you back (?:as soon as|once|when))\b/,
    words: ["And when will I hear from them, roughly?", "When, though? Can you give me a day?"],
  },
  { kind: "looks-into", heard: /\b(?:look(?:ed|ing)? into|look at it|investigat\w*|review(?:ed|ing)? it)\b/, words: ["And how long will that take?", "How long does that usually take, though?"] },
  {
    kind: "handed-on",
    heard: /\b(?:pass(?:ed|ing)?|forward(?:ed|ing)?|escalat\w*|refer(?:red|ring)?|rais(?:e|ed|ing))\b(?: \w+){0,4} (?:on|to|with)\b/,
    words: ["And when will I hear back from them?", "Passed on, and then what? When will I hear?"],
  },
  {
    kind: "request",
    // (a request put in for her, "I'll put a request in for your PAC": not her own request passed on, "a note of your request")
    heard: /\b(?:put|putting|raise|raised|raising|log|logged|logging|submit|submitted|make|made) (?:a|the|in a|in the) (?:\w+ )?request\b|\brequest (?:the|your)\b/,
    words: ["How long does the request take to come through?", "And how long will that take to come through?"],
  },
  { kind: "note", heard: /\b(?:make|made|making|put|putting|add|added|adding) (?:a|the) note\b|\bnote on (?:the|your) account\b/, words: ["A note? And what actually happens after that?", "A note's fine, but what happens next, and when?"] },
];

/**
 * A dig at her inside a turn that may also help (coherence round 19): the analyser labels none of these, and a customer who
 * lets them pass reads as deaf to them. By family, not by sentence: an eye-roll; mock praise for behaving ("well done, a whole
 * minute without swearing", "congratulations, you finally…"); "funny how…, isn't it?"; ironic deference ("I'm sure your
 * advert knows better than we do"); exasperation at repeating ("I did literally just say that"); telling her to shout at
 * someone else; mocking how she writes ("no need for all the question marks"). Not praise for something she did ("well
 * done for keeping the receipt"), not "as I said", not "instead of a refund".
 */
export const PUT_DOWNS: RegExp[] = [
  /🙄|\*\s*(?:rolls eyes|eye ?roll)\s*\*|\beye ?roll\b/iu,
  /\b(?:well done|congratulations|good for you|bravo)\b[^.!?]{0,40}\b(?:without|finally|managed to|only took|at last)\b/i,
  /\b(?:funny|amazing|interesting|strange) how\b[^.!?]*\b(?:isn't it|aren't they|don't you think|eh)\s*\?/i,
  /\b(?:i'm|i am) sure (?:an?|the|your|their|his|her|some|that) [a-z' ]{1,30}\b(?:knows?|understands?) [^.!?]{0,40}\bbetter than (?:we do|i do|us|me)\b/i,
  /\b(?:literally|already) just (?:said|told you|explained)\b|\bi did (?:literally |just )+(?:say|tell you|explain)\b/i,
  /\b(?:shout|yell|scream|swear)(?:ing)? at (?:the|a|your) [a-z ]{1,20}\binstead(?: of (?:at )?me)?\b/i,
  /\bno need for (?:all )?(?:the|those|that) (?:caps|capitals|question marks|exclamation marks)\b/i,
  // (coherence round 21) telling her to spare herself the effort of complaining: "so you can save yourself the typing"
  /\bsave (?:yourself|your) (?:the )?(?:typing|breath|bother|energy|effort)\b/i,
  // her threat or complaint waved off as pointless: "threatening reviews isn't going to make a courier drive any faster"
  /\b(?:threatening|shouting|moaning|complaining|going on)\b[^.!?]{0,40}\b(?:isn't|is not|won't|will not|doesn't|does not)\s+(?:going to\s+)?(?:make|get|change)\b[^.!?]{0,40}\b(?:any (?:faster|quicker|sooner|different)|anywhere)\b/i,
  // her loss made small by a mocking contrast: "it's a coffee machine, not a kidney", "it's a sofa, not the end of the world"
  /\b(?:it's|it is) (?:only |just )?(?:a|an) [a-z -]{2,25}, not (?:a |an |the )?(?:kidney|heart|transplant|life (?:or|and) death|matter of life and death|end of the world|emergency|tragedy|crisis|disaster)\b/i,
  // "I'm sure your wife will survive one party", "I'm sure you'll live"
  /\bi'm sure (?:you|your \w+|she|he|they)(?:'ll| will) (?:survive|live)\b/i,
  // her family's misfortune waved off: "it's not our fault your sister fell", "every time someone's family has a bit of bad luck"
  /\bnot (?:our|my) fault (?:that )?your \w+/i,
  /\bevery time (?:someone|somebody|anyone)(?:'s)? [^.!?]{0,30}\b(?:bad luck|sob story|hard luck)\b/i,
  // (coherence round 22) talking down to her as slow: "I'll go through it slowly for you so it sinks in", "in words you'll understand"
  /\b(?:slowly (?:for you|so (?:it|that|you))|so (?:it|that) sinks in|(?:in )?(?:words|terms) you(?:'ll| will| can)? understand)\b/i,
  // her point waved off as plain to anyone: "I'd have thought that was fairly obvious", "it should be obvious"
  /\b(?:i'd|i would) (?:have )?(?:thought|think) (?:that|this|it)(?: was|'s| is)? (?:fairly |pretty |quite |really |very )?obvious\b|\b(?:should|ought to) be (?:fairly |pretty |quite )?obvious\b/i,
  // hurrying her: "I haven't got all day", "I don't have all day"
  /\b(?:i )?(?:haven't|have not) got all day\b|\bi (?:don't|do not) have all day\b/i,
  // (coherence round 23) his insult turned back on him: "the idiot on this line can read a meter just fine. Can you?"
  /\bthe (?:idiot|moron|clown|muppet|numpty|halfwit|thicko|useless one)\b[^.!?]{0,20}\b(?:on (?:this|the other end of this|the) (?:line|phone|call)|you're (?:talking|speaking) to|here)\b/i,
  /\b(?:just fine|perfectly well|no problem)[.!]\s*(?:can|do|could) you\?/i,
  // (coherence round 24) his manners held against him: "with manners like that, I'm not surprised the driver didn't want to find your door"
  // (coherence round 31) a sneer at her choice beside the help: "Enjoy dropping calls on a network you've not even tested", "Don't come
  // crying back when it doesn't work"; not a well-wish, "enjoy the new phone", "come back any time"
  /\benjoy (?:dropping|losing|missing|waiting|paying|being|your (?:dropped|missed|rubbish|useless))\b/i,
  /\bdon't come (?:crying|running|moaning|whining) (?:back|to (?:us|me))\b/i,
  /\bwith (?:manners|an attitude|a temper|language|a mouth) like (?:that|yours)\b[^.!?]{0,15}\b(?:i'm not surprised|no wonder|it's no surprise|what do you expect)\b|\b(?:i'm not surprised|no wonder)\b[^.!?]{0,60}\bwith (?:manners|an attitude|a temper|language) like (?:that|yours)\b/i,
];
/** Her word back to a dig, said before the rest of her reply: by the turn's number, so the seed's later picks stay as they were. */
export const PUT_DOWN_HEARD = ["No need for the sarcasm.", "Don't get smart with me.", "There's no need for that tone."];

/**
 * An apology that is not one, by the taxonomy's own mistakes for `apology` (coherence round 20): hedged with "if" ("I'm sorry if
 * there was any confusion", "I apologise if that came across badly") or sorry for how she feels rather than for what happened
 * ("I'm sorry you feel that way"). Not an apology for the agent's own slip ("sorry if I misheard"), nor one in advance ("sorry
 * if this takes a minute"), nor a real one ("I'm sorry we charged you twice", "I'm sorry you had to chase this").
 */
export const NON_APOLOGY =
  /\b(?:sorry|apologi[sz]e|apologies)\s+(?:if\s+(?:there(?:\s+(?:was|were|has been|have been)|'s been)|(?:that|this|it|(?:the|our|my|your)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:caused|has caused|have caused|came across|seemed|felt|was confusing|wasn't clear)|(?:you|anyone)(?:\s+(?:feel|felt|were left feeling|were (?:upset|confused|inconvenienced|offended))|(?:'ve|\s+have)\s+(?:felt|been (?:upset|confused|inconvenienced|offended))))|(?:that\s+)?you(?:\s+(?:feel|felt|are feeling)|'re feeling)\s+(?:that way|like that|this way|upset|let down|unhappy))\b/i;
/** Her word back to one, said before the rest of her reply: to a hedge with "if", else to sorry for her feelings. */
export const NON_APOLOGY_HEARD = { hedged: ["There's no 'if' about it.", "Don't give me 'if'.", "'If'? There's no 'if' about it."], feelings: ["It's not about how I feel. It's what happened.", "Don't be sorry about my feelings. Be sorry about what happened.", "It's not my feelings that are the problem."] };

/**
 * The agent asks her to tell it all again from the start (coherence round 20): "Can you start from the beginning?", "tell me
 * everything that's happened", "go through it all again", "take me through what happened from the beginning" (engine round 29). Not a question about one part ("when did it start?", "what happened
 * when you plugged it in?"), nor an offer to go through it with her ("I'll go through the options from the beginning").
 */
export const ASKS_RETELL =
  /\b(?:(?:can|could|would) you|please|if you (?:can|could))\s+(?:just\s+)?(?:start|go back|begin|take (?:me|it))\s+(?:from|to|back to)\s+(?:the\s+)?(?:very\s+)?(?:beginning|start|top)\b|\b(?:tell|talk|walk|run|take)\s+me\s+(?:through\s+)?(?:everything|all of it|the whole (?:thing|story))(?:\s+(?:that(?:'s| has)? happened|again|from the (?:beginning|start)))?\b|\b(?:tell|talk|walk|run|take)\s+me\s+(?:through\s+)?(?:what(?:'s| has)? happened|it|it all)\s+(?:again|from the (?:very\s+)?(?:beginning|start|top))\b|\b(?:(?:can|could|would) you|please)\s+(?:go|run)\s+(?:through|over)\s+(?:it|everything|it all|all of it|what happened)\s+(?:again|from the (?:beginning|start))\b/i;
/** Her word back to being asked to tell it all again. */
export const RETELL_HEARD = ["I've already told you all this.", "I've been through all this already.", "Again? I've told it from the start already."];
