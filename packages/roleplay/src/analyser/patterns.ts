/**
 * Lexical patterns behind the analyser. Each is written against normalised text (lower case,
 * straight apostrophes, typos repaired) and allows British and American spellings. Patterns are
 * grouped by the label they are evidence for; the decision logic that combines them (negation,
 * questions, "but" alternatives, jargon beating explanation) lives in label.ts.
 */

const rx = (s: string) => new RegExp(s);

/** Feeling words an agent names when acknowledging the customer. */
export const EMO =
  "(?:frustrat\\w*|annoy\\w*|upset\\w*|angry|anger|furious|irritat\\w*|stress\\w*|worr(?:y|ied|ying)|disappoint\\w*|confus\\w*|inconvenien\\w*|unfair|fed up|hassle|tough|difficult|hard|awful|horrible|terrible|rotten|maddening|infuriat\\w*|exasperat\\w*|unacceptable|concern(?:ed|ing)|anxious|scar(?:y|ed)|overwhelm\\w*|a pain|painful|nightmare|let down|misled|mislead\\w*|end of your tether|livid|gutted|unhappy|distress\\w*|shock\\w*|not good enough|upsetting|exhausting|draining|disheartening|mad|cross|a lot to deal with|frightening|embarrass\\w*|rubbish|galling|infuriating|a shame|unsettling|out of pocket|worrying|(?:not|isn't) the (?:answer|news|outcome) you|what you (?:wanted|were hoping|expected|hoped|needed)|means (?:a lot|so much) to you|how much (?:this|it|that)[^.?!]{0,20}means)";

export const NEG = /(?:\bnot|n't|\bnever|\bno|\bnobody|\bwithout|\bhardly|\bcannot)\b[^,;]*$/;

export const EMPATHY: RegExp[] = [
  rx(`\\bi (?:\\w+ ){0,2}?(?:understand|understood)\\b(?! (?:your|the) (?:account|number|address|postcode|details|order|reference|name))`),
  rx(`\\b(?:completely |totally |perfectly |very |entirely |quite |so |really )?understandable\\b`),
  rx(`\\bi (?:can |could |completely |totally |really |fully |absolutely |do |definitely |can really |can totally |can certainly )*(?:see|imagine|tell|appreciate|get|know|realise|realize|recognise|recognize|hear|sense|feel) (?:just |exactly |now |completely )?(?:how|why)\\b`),
  rx(`\\bi (?:can |could |totally |really |completely |do |can really |fully )*(?:see|tell|appreciate|know|realise|realize|recognise|recognize|hear|sense|get|gather|feel) (?:that |this |it |you |you're |you've |how |the )?[^.?!]{0,45}?\\b${EMO}`),
  rx(`\\bi (?:totally |really |completely |do )?(?:hear|get) (?:you|it|that|what you're saying|where you're coming from|what you mean|why)\\b`),
  rx(`\\bi(?:'ve| have) got you\\b(?! (?:a|an|the|booked|down|on|in|sorted))`),
  rx(`\\b(?:any ?one|any ?body|everyone|everybody|most people|nobody|no one) (?:would|'d|will|in your)(?: \\w+){0,3}? ${EMO}`),
  rx(`\\b(?:any ?one|any ?body|everyone|most people) (?:would|'d) (?:feel|be|react|do) the same`),
  rx(`\\bi(?:'d| would)(?: \\w+){0,2}? (?:be|feel|have been|get|have felt)(?: \\w+){0,2}? (?:${EMO}|the same|too|exactly the same)\\b`),
  rx(`\\bin your (?:shoes|position|place)\\b`),
  rx(`\\b(?:that|this|it|which|what|all this|all that)(?:'s| is| was| has been| must be| must have been| would be| sounds| sounded| seems| looks| can be| would have been| must feel| feels| must have felt|'d be| would make anyone| is such)(?: \\w+){0,3}? ${EMO}`),
  rx(`\\b(?:is|are|was|were|sounds|seems) (?:completely |totally |absolutely |really |just |so |genuinely |frankly )?(?:unacceptable|not good enough|not okay|not ok|not on|awful|terrible|rubbish|a nightmare)\\b`),
  rx(`\\byou(?:'ve| have|'ve got| have got| had) (?:every|good|all the) (?:right|reason)\\b`),
  rx(`\\bno wonder you(?:'re| are| feel|'d|'ve| were)?\\b`),
  rx(`\\byou(?:'re| are) (?:right|entitled|justified) to (?:be|feel|question|ask|expect|want|raise|push)\\b`),
  rx(`\\b(?:your|those|these|that|the) (?:feelings?|concerns?|frustrations?|worr(?:y|ies)|reaction|anger|upset)(?: \\w+){0,3}? (?:is|are|'s|'re) (?:completely |totally |entirely |absolutely |perfectly |very |so )?(?:valid|understandable|justified|fair|reasonable|natural|legitimate)\\b`),
  rx(`\\b(?:it|that)(?:'s| is| makes)(?: \\w+){0,2}? (?:sense|natural|normal|fair|reasonable|understandable|valid|right) (?:that you|you'd|you would|to feel|to be|you feel|you're|you are|you'd feel|for you to)\\b`),
  rx(`\\b(?:it )?sounds (?:like|as though|as if)[^.?!]{0,60}?${EMO}`),
  rx(`\\b(?:a|such a|what a) (?:real |horrible |huge |big |nasty |awful |terrible |massive |proper )?(?:shock|worry|blow|headache|kick in the teeth)\\b`),
  rx(`\\bwhat a (?:nightmare|pain|hassle|mess|horrible|awful|terrible|frustrating|stressful|rubbish|rotten|worry|shame)`),
  rx(`\\byou (?:must|might|may) (?:be|have been|feel|have felt)(?: \\w+){0,2}? ${EMO}`),
  rx(`\\byou(?:'re| are| sound| seem| must feel| feel|'ve been| have been)(?: clearly| obviously| understandably| really| so| very| quite| rightly| completely)* ${EMO}`),
  rx(`\\bi(?:'m| am) sorry you(?:'re| are| have been|'ve been) (?:feeling|going through|dealing with|in this)`),
  rx(`\\b(?:i|we) (?:really |do |completely |totally )?(?:appreciate|value) (?:your patience|you (?:taking|bearing|being|explaining|calling)|how (?:patient|long))`),
  rx(`\\bthank you for (?:your patience|bearing with|being (?:so )?patient|explaining)`),
];

export const APOLOGY: RegExp[] = [
  /\bsorry\b/,
  /\bapologi[sz](?:e|es|ed|ing)\b|\bapologies\b|\bmy apology\b/,
  /\b(?:i|we) (?:deeply |sincerely |really |truly )?regret (?:that|this|the|any|how)\b|\bforgive (?:me|us)\b/,
  /\b(?:that's|that is|it's|it is|this is|this was|that was|it was|this one's|that one's) (?:entirely |completely |totally |all |definitely |absolutely |clearly |100% )?(?:our|my) (?:mistake|fault|error|bad|doing)\b|\bthat's on us\b|\bwe (?:got|messed|slipped|dropped) (?:this|it|that|up)\b|\bwe(?:'ve| have) let you down\b/,
];

/** "Sorry" used as a repeat request or an interjection rather than regret for the problem. */
export const APOLOGY_NOT = [
  /(?:^|[.!?;] ?)\s*(?:oh |um |uh |er |erm )?sorry\s*[,.!]?\s*(?:\?|$|can|could|would|what|who|where|when|which|pardon|say|come again|i didn't catch|i missed|i couldn't hear|did you|do you|is it|was that|one more time|how do|you're breaking|the line|just to|one sec|hold on|go on|you said|repeat|i can't hear)/,
  /\bsorry to (?:interrupt|butt in|cut in|cut you off|jump in|ask)\b/,
  /\bsorry you feel (?:that way|like that|this way|so)\b/,
  /\bsorry,? (?:what|who|can you|could you)\b[^.!]*\?/,
  /\bsorry\s*\?/,
  /\bnot sorry\b/,
];

export const REFLECTION: RegExp[] = [
  /^(?:(?:okay|ok|right|alright|yes|and|mm|hmm|got it|i see)[,.]? )*so,? (?:basically,? |just to (?:confirm|check|be clear),? |to (?:confirm|recap),? |essentially,? |in short,? )?(?:you(?:'ve| have|'re| are| were|'d| had| got| bought| paid| need| want| wanted| called| tried| expected| didn't| weren't| haven't| can't| couldn't| still| only| never| ordered| received| noticed| rang| spent| lost| missed| thought| believed| was told| were told| feel| signed| booked| upgraded| changed| moved| cancelled| canceled)|your (?!refund will|account will|money will)\w+ (?:was|were|is|has|had|came|went|got|keeps|stopped|isn't|wasn't|didn't|hasn't|never|won't)|the (?:main|real|key|big|whole|core) (?:thing|issue|problem|concern|worry|point)|the \w+(?: \w+)? (?:stopped|broke|arrived|turned up|came|keeps|kept|isn't|wasn't|didn't|doesn't|hasn't|never|won't|leaks|leaked|failed|was charged|went out|came out|was taken|was cancelled|was canceled|charged you|billed you))/,
  /\b(?:if i(?:'ve| have) (?:got|understood|heard|followed) (?:this|that|you|it|everything|all that)(?: \w+)? (?:right|correctly|properly)|if i(?:'m| am) (?:understanding|hearing|following|reading) (?:you |this |that |it )?(?:right|correctly|properly)|if i (?:understand|follow|hear) (?:you |this |that |it )?(?:right|correctly|properly)|just (?:to|so) (?:check|confirm|make sure|be sure|be clear|clarify)(?:,)? (?:that )?i(?:'m| am|'ve| have) (?:following|understood|got|clear|understanding|heard|followed|on the same page)|just so i(?:'m| am) (?:clear|sure|on the same page)|let me (?:just )?(?:check|make sure|confirm) (?:that )?i(?:'ve| have| am|'m)? ?(?:got|understood|followed|following|heard|understand)|what i(?:'m| am) hearing|what you(?:'re| are) (?:saying|telling me|describing) is|you(?:'re| are) saying (?:that )?(?:you|your|the|it)|from what you(?:'ve| have)? (?:said|told me|described|explained)|to (?:sum|summari[sz]e|recap)|in other words,? you|(?:have|did) i (?:got|get|understand|understood) (?:that|this|it|you|everything) (?:right|correctly)|let me (?:just )?(?:repeat|play|read|say) (?:that|it|this) back|make sure i(?:'ve| have)? (?:got|understood) (?:this|that|it|you|everything)|let me check i(?:'ve| have) followed)/,
  /\b(?:it )?sounds (?:like|as though|as if) (?!a plan|good|great|fine|perfect|fair)/,
  /^(?:okay,? |ok,? |right,? )?you(?:'ve| have) (?:had|been (?:without|waiting|charged|billed|trying|going|calling|chasing|left|passed|told|promised|sent|given)|waited|called|paid|spent|tried|lost|missed|chased|rung)\b/,
];

/** Questions asking for an identifier or a closed fact: neutral, not open. */
export const CLOSED_WH =
  /^(?:\w+,? ){0,3}?(?:what(?:'s| is| was| are| were) (?:your |the |that |this )?(?:\w+ )?(?:number|name|address|postcode|post code|zip|zip code|email|e-mail|reference|date|account|phone|model|serial|order|booking|card|surname|birth|code|id|username|details|make|version|size|colour|color|plan|time|amount|total|price|sort code|reg|registration|digits)\b|what (?:date|time|day|model|number|email|postcode|size|colour|color|version|card|address|name|year|month|account|plan|type|reference|order|make|brand|country|bank)\b|how (?:much|many|long|old|often|far|do you spell)\b|how (?:are|r) you(?: doing| today| keeping)*\s*\??$|how (?:can|may|could|might) (?:i|we) help|how does that sound|how's that|what else can (?:i|we)|how else can (?:i|we))/;

export const WH_START = /^(?:(?:and|so|okay|ok|right|alright|sorry|just|now|well|oh|um|hmm|then|mm)[,.]? )*(?:what|how|why|what's|how's|hows|whats)\b/;
export const OPEN_ANYWHERE: RegExp[] = [
  /\b(?:tell me (?:more|about|what|how|why|a (?:bit|little)|everything|exactly|in your own words|the whole)|talk me through|walk me through|take me through|fill me in|help me understand|can you describe|could you describe|describe (?:what|how|the)|explain (?:to me )?(?:what|how|why)|(?:i'd|i would) (?:like|love) to (?:hear|understand|know) (?:more|what|how|why|about)|i (?:just )?want to (?:understand|hear|know) (?:what|how|why|more)|what (?:would|do|does) (?:a )?(?:fair|good|the best|ideal) (?:outcome|result|resolution)|what matters most|what would (?:help|make|you like|be|work)|what do you need|what are you hoping|what were you hoping|what did you (?:expect|think|want|need|hope))\b/,
];
export const ACCUSING_WHY = /\bwhy (?:didn't|did not|would|wouldn't|on earth|haven't|have not|did you not|can't|couldn't|don't) you\b/;

export const OWNERSHIP: RegExp[] = [
  /\bi(?:'ll| will| am going to|'m going to| promise to|'m gonna| am gonna| shall|'m personally going to) (?:personally |make it my job to |myself |now )?(?:take care of (?:this|it|that|everything|you|things|the rest)|handle (?:this|it|that|everything|things|the rest)|sort (?:this|it|that|everything|things|the rest|all of this)(?: out)?\b(?! with)|deal with (?:this|it|that)|look after (?:this|it|that|you|everything)|own (?:this|it)|see (?:this|it) through|get (?:this|it|that|everything|things) (?:sorted|fixed|resolved|sorted out|done|put right|dealt with|straightened out)|get to the bottom of|make (?:this|it|things) right|put (?:this|it|things) right|make sure (?:this|it|that|everything|you|we|your|the|nothing|things)|fix (?:this|it|that)\b(?! by)|resolve (?:this|it|that)|stay (?:on (?:this|it|the line|the call)|with you|with this)|do (?:everything|all|whatever|my best|what ever) (?:i can|in my power|possible|it takes|i possibly can|to)|keep (?:on|at) (?:this|it)|personally|take ownership|take responsibility|be the one|chase (?:this|it))/,
  /\b(?:leave (?:it|this|that) with me|i(?:'m| am) (?:taking|going to take) (?:ownership|responsibility|personal responsibility|care of (?:this|it|that)|this on)|i(?:'ll| will) (?:take|own) (?:ownership|responsibility|this from here|it from here|this one)|i(?:'m| am) here to (?:get (?:this|it|that|you) (?:fixed|sorted|resolved)|fix|sort|resolve|make|help (?:you )?(?:fix|sort|resolve|get))|(?:i )?want to (?:make|put) (?:this|it|things) right|let me (?:sort|fix|take care of|handle|deal with|own|resolve) (?:this|it|that|everything|things)|you won't (?:need|have) to (?:call|ring|chase|explain|repeat|contact)|i(?:'ve| have) got this\b(?! right| correct| straight)|consider it (?:done|sorted)|that's a promise|i promise (?:i'll|to|you|we'll)|you have my word|i(?:'m| am) not going (?:anywhere|to leave (?:this|you))|i(?:'ll| will) be your (?:point of contact|contact)|i(?:'m| am) (?:personally )?(?:responsible for|on it|on this|on the case)|it's my job to (?:fix|sort|get)|i(?:'m| am) going to be the one|i(?:'ll| will) see to it)/,
];

/** Verbs and objects that make a concrete remedy or next action. */
const REMEDY_OBJECT =
  "(?:refund|replacement|guide|link|label|voucher|credit|engineer|technician|instructions|video|manual|code|new one|new unit|return|courier|prepaid|step-by-step|walkthrough|screenshots|discount|new \\w+|goodwill|compensation|repair|exchange|free|full|partial|upgrade|loan|temporary|spare|gift card|credit note|reset link|password reset|returns? label|collection|cheque|check)";
export const SOLUTION: RegExp[] = [
  /\b(?:i|we)(?:'ve| have|'ve just| have just|'ve now| have now|'ve already| have already|'ve gone ahead and| have gone ahead and| just| went ahead and|'ve also| have also) (?:refunded|reimbursed|credited|re-?credited|reversed|cancell?ed|rebooked|re-booked|booked|arranged|replaced|swapped|exchanged|repaired|reset|waived|removed|applied|issued|processed|sent|posted|dispatched|shipped|upgraded|downgraded|extended|frozen|paused|reinstated|restored|reconnected|unlocked|reactivated|fixed|corrected|updated|changed|moved|set up|activated|enabled|switched|raised|logged|put through|submitted|ordered|scheduled|added|approved|authori[sz]ed|released|adjusted|amended|voided|honou?red|matched|organi[sz]ed|refunded|paid|returned|sorted|resolved|emailed you (?:a|the)|texted you (?:a|the)|put (?:in|on) (?:a|an|the)|put (?:the|your|this|that|it|tomorrow's|today's|the next) (?:\w+ )?(?:\w+ )?on hold|paused (?:the|your)|stopped (?:the|your))\b/,
  /(?<!(?:until|once|when|after|before|if|till|sure|soon as|that) )\b(?:it's|it has|that's|that has|this has|your \w+ (?:has|is)|the \w+ (?:has|is)) (?:now |just |already )?(?:been )?(?:refunded|reversed|cancell?ed|credited|sorted|fixed|processed|rebooked|removed|waived|applied|reset|restored|reconnected|unlocked|approved)\b(?! yet)/,
  new RegExp(
    "\\b(?:i|we)(?:'ll| will| can| could|'m going to| am going to|'re going to| are going to|'d be happy to| would be happy to|'d like to| would like to|'m happy to| am happy to|'m able to| am able to|'re able to| can certainly| can definitely| can also| could also|'ll also| will also| can absolutely| can still| could still| can now| will now|'ll now|'ll just| can just| could just|'ll go ahead and| will go ahead and| can go ahead and)? (?:personally |happily |gladly |immediately |right away |now |also |quickly |straight away )?" +
      "(?:refund|reimburse|reverse|rebook|re-book|replace|repair|reset|waive|reinstate|restore|reconnect|unlock|reactivate|expedite|compensate|credit|swap|exchange|freeze|pause|upgrade|downgrade|cancel (?:the|your|it|that|this)|extend (?:the|your|it)|process (?:the|your|a|it|that|this)|issue (?:a|an|the|you|your|it)|arrange (?:a|an|the|for|it|your)|book (?:a|an|the|you|your|it|in)|apply (?:a|an|the|it|that|this|your)|remove (?:the|that|this|it)|send (?:you |out |over )?(?:a |an |the |your |some |a new |out a )?(?:new |free |replacement |full |short |quick |simple )?" + REMEDY_OBJECT +
      "|email you (?:a|the|some) (?:short |quick |simple )?(?:guide|link|instructions|label|voucher|code|steps|manual|step-by-step|walkthrough)|offer (?:you )?(?:a|an|the|you|your|some|free|full|to)|give you (?:a|an|the|your|some) (?:refund|credit|discount|voucher|replacement|goodwill|full|partial|free|new|loan|upgrade|month)|walk you through|talk you through|show you (?:how|where|what)|set (?:it|this|that|the \\w+|up)\\b|fix (?:the|your) \\w+|move (?:your|the|you|it) |change (?:your|the|it) (?:\\w+ )?(?:date|booking|plan|flight|order|address|tariff|delivery|appointment|slot)|put (?:in|through) (?:a|an|the)|log (?:a|the) (?:return|refund|repair|claim|fault|complaint)|raise (?:a|the) (?:refund|claim|credit|return|repair|goodwill|replacement)|submit (?:a|the|your)|honou?r (?:the|that|it)|match (?:the|that) price|discount|look it up (?:by|with|using)|courier (?:a|the|it|you)|collect (?:it|the)|dispatch|ship (?:a|the|you|out)|get (?:you )?(?:a|an) (?:engineer|technician|replacement|refund|new|courier)|add (?:a|the|some|an) (?:credit|discount|refund|month|free|extra|goodwill)|sort (?:the|your|out the|out your|you out with a) (?:refund|replacement|return|booking|bill|charge|payment|engineer|credit)|split (?:the|it)|spread (?:the|it)|send (?:a|an) (?:engineer|technician|courier))",
  ),
  /\blet me (?:just )?(?:refund|reverse|process|send you (?:a|an|the)|book|arrange|set (?:up|it|that|this)|fix (?:the|your)|cancel|rebook|reset|credit|apply|issue|replace|swap|raise a|log a|put (?:in|through)|get (?:you )?(?:a|an) (?:refund|replacement|engineer|new)|walk you through|show you|change (?:your|the)|move (?:your|the)|add (?:a|the)|remove)/,
  /\b(?:i(?:'d| would) (?:suggest|recommend)|my (?:suggestion|recommendation) (?:is|would be)|the best (?:option|thing|way forward|fix) (?:is|would be)|what (?:i|we) can do is|what (?:i|we)(?:'ll| will) do is|the best (?:i|we) can do is|instead,? (?:i|we) can|(?:i|we) can instead|here's what i(?:'ll| will| can) do|i can do (?:that|this|it) for you|i(?:'ll| will) do (?:that|it) (?:for you|now|right now))\b/,
  /\bi can [^.?!]{0,60}\binstead\b/,
  new RegExp(
    "\\b(?:would you like|do you want|shall i|should i|can i|could i|i can|i could|we can|we could|happy to|would it help if i|may i)\\b(?!')[^.?!]{0,40}?\\b(?:refund|replacement|credit|voucher|repair|discount|exchange|swap|rebook|new unit|new one|money back|compensation|goodwill|engineer|technician|replace|reimburse|upgrade)",
  ),
  /\byou(?:'ll| will| can| should)(?: also| now| then)? (?:get|receive|have|be sent|be given) (?:a|an|the|your) (?:full |partial |brand new |new |free |prepaid )?(?:refund|replacement|voucher|credit|discount|engineer|technician|prepaid label|returns? label|label|new \w+|compensation|goodwill|repair)/,
];

export const OPTIONS: RegExp[] = [
  /\b(?:(?:two|2|three|3|a few|a couple of|couple of|several|some|other|different|a number of|a range of|a choice of|few) (?:options|choices|ways (?:we|i) (?:can|could))|(?:your|the|my|our) (?:options|choices) (?:are|here|would be|include)|here are (?:your |the |some |a few |two |three )?(?:\w+ )?(?:options|choices)|whichever (?:you(?:'d| would)? (?:prefer|like|want|choose)|suits|works|is (?:best|easier|easiest|better))|it(?:'s| is) (?:entirely )?(?:up to you|your (?:call|choice|decision))|(?:the )?choice is yours|you (?:can|could|get to) (?:choose|pick|decide)|choose between|pick between|depending on what you prefer|if you(?:'d)? prefer,? (?:i|we) (?:can|could))\b/,
  /\beither\b[^.?!]*\bor\b/,
  /\b(?:would you (?:like|prefer|rather)|do you (?:want|prefer|need|fancy)|would you want|shall i|should i|i can|i could|we can|we could|you can|you could|i(?:'m| am) able to|we(?:'re| are) able to|i(?:'d| would) be happy to|i(?:'m| am) happy to|can i (?:offer|give)|i can offer|i could offer|happy to|one option is|we could also|there's also the option|or i can)\b(?!')[^.?!]*?\bor\b(?! (?:not|so|anything|something|two|three|more|less|whatever|else|otherwise|is there|do you|did you|does that|have you)\b)/,
  /^(?:so,? |okay,? |ok,? )?(?:a |an |the )?(?:full |partial )?(?:refund|replacement|repair|credit|store credit|voucher|exchange|new one|swap)\b[^.?!]*\bor\b/,
];

/** Words that make a choice a choice of remedies (options then also counts as a solution). */
export const REMEDY_WORDS =
  /\b(?:refund\w*|replac\w*|credit|voucher|repair\w*|swap\w*|exchang\w*|rebook\w*|move (?:your|the|it)|change (?:your|the|it)|keep (?:the|it|your)|freez\w*|downgrad\w*|upgrad\w*|discount\w*|cancel\w*|return\w*|money back|waiv\w*|new (?:one|unit|model|\w+)|fix\w*|walk you through|set (?:it|this) up|engineer|technician|compensat\w*|goodwill|trade-?in|reset|pause|transfer|split|instal\w*|(?:pro|basic|premium|standard) (?:model|plan|version)|plan|date|fee)\b/;

export const TIME_FUTURE: RegExp[] = [
  /\bwithin (?:the next |the |about |around )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|ten|twelve|fourteen|few|couple of|a few|a couple of)?(?:[ -]?(?:to|-|or)[ -]?(?:\d+|two|three|four|five|seven|ten))? ?(?:working |business |calendar )?(?:minutes?|hours?|days?|weeks?|months?|hour)\b/,
  /\bin (?:the next |about |around |roughly |under |less than )?(?:\d+|an|one|two|three|four|five|six|seven|ten|few|couple of|a few|a couple of)(?:[ -]?(?:to|-|or)[ -]?(?:\d+|two|three|four|five|seven|ten))? ?(?:working |business )?(?:minutes?|hours?|days?|weeks?)\b/,
  /\b(?:by|before|no later than) (?:the )?(?:end of (?:the |today|tomorrow|this )?(?:day|week|month|business|play)?|eod|close of business|cob|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|midday|noon|lunchtime|\d{1,2}(?::\d{2})? ?(?:am|pm|o'clock)|\d{1,2}(?:st|nd|rd|th)|next (?:week|month|\w+day))/,
  /\b(?:take|takes|taking|allow|up to|usually|typically|normally)(?: up to| around| about| between| roughly)? (?:\d+|one|two|three|four|five|seven|ten|a few|a couple of)(?:[ -]?(?:to|-|and)[ -]?(?:\d+|two|three|four|five|seven|ten))? ?(?:working |business )?(?:minutes|hours|days|weeks|day)\b/,
  /\b\d+ ?(?:-|to) ?\d+ (?:working |business |calendar )?days\b/,
  /\b(?:one|two|three|four|five|seven|ten) (?:to|or) (?:two|three|four|five|seven|ten) (?:working |business )?days\b/,
  /\bbetween \d{1,2}(?::\d{2})? ?(?:am|pm)? and \d{1,2}/,
  /\b(?:first thing|later) (?:tomorrow|today|this (?:afternoon|morning|evening)|in the morning)/,
  /\bnext (?:working day|business day)\b/,
  /\b(?:here's|here is) what (?:happens|will happen|'ll happen|we'll do|i'll do) (?:next|now)\b|\b(?:the )?next steps? (?:is|are|will be|from here)\b|\bwhat (?:happens|will happen) (?:now|next) is\b|\bstep (?:one|1)\b/,
  /\bfirst,? (?:i(?:'ll| will)|we(?:'ll| will))\b[^.?!]*\b(?:then|after that|next)\b/,
];
export const TIME_WORD =
  /\b(?:tomorrow|today|tonight|this (?:afternoon|evening|morning)|next (?:week|month|\w+day)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: morning| afternoon| evening)?|at \d{1,2}(?::\d{2})? ?(?:am|pm|o'clock)?|on the \d{1,2}(?:st|nd|rd|th)|from today|next (?:billing cycle|bill|statement|invoice))\b/;
export const FUTURE_CONTEXT =
  /\b(?:will|'ll|going to|gonna|booked|scheduled|arranged|expect|should (?:arrive|reach|see|land|be|get|show|appear|clear)|arrive|there'll|there will|from today|can i (?:call|ring|email|text|phone)|i can (?:call|ring|email|text|book)|be (?:with|there) |is coming|coming (?:out|round)|goes through|go through)\b/;
export const TIME_NOT = /\banything (?:else|more)\b|\bcalling today\b|\bhelp you (?:with )?today\b|\bhow are you\b/;

export const BOUNDARY_LIMIT =
  /\b(?:keep (?:this|it|things|the (?:call|conversation|language|tone))? ?(?:respectful|civil|polite|calm|professional|courteous|constructive)|(?:respectful|polite|civil|courteous|professional) (?:language|tone|conversation|manner|way)|(?:stop|no more|without|drop|cut out|leave out|hold off on) (?:the )?(?:swearing|name-calling|name calling|shouting|yelling|insults|abuse|cursing|personal remarks|personal comments|language)|sworn at|swear(?:ing)? at me|(?:spoken|speak|talk|talked|talking|spoke|shouted|yelled) (?:to|at) (?:me )?like (?:that|this)|abusive|(?:that|the|this|your|bad|offensive|foul|strong) language|(?:offensive|abusive|personal) (?:comments|remarks)|name-calling|name calling|insult(?:s|ed|ing)?|be respectful|with respect (?:for|on both)|mutual respect|treat (?:each other|me|one another) with respect|(?:won't|will not|can't|cannot) (?:tolerate|accept|continue|carry on) (?:that|this|being|abuse|the)|not (?:okay|acceptable|ok) to (?:swear|shout|speak|talk|call)|(?:keep|speak) (?:it|this) (?:respectful|civil|polite))/;
export const BOUNDARY_HELP =
  /\b(?:want to|wants to|happy to|here to|keen to|like to|'d like to|able to|so (?:that )?i can|so we can|and i(?:'ll| will)|i(?:'ll| will)|let's|then i can|i really do want to|i do want to|i(?:'m| am) going to|i can|glad to|trying to|continue to|i'd love to|determined to)\b[^.?!]{0,45}?\b(?:help|sort|fix|resolve|assist|support|get (?:this|it|you|your|that)|focus|work (?:this|it) out|find a|look into|do everything|keep helping|carry on|get to the bottom|sorting|fixing|helping)/;
export const THREAT =
  /\b(?:hang up|hanging up|end (?:the|this) call|ending (?:the|this) call|terminate|disconnect|cut you off|put the phone down|block you|ban you|report you|call security|call the police)\b/;
export const COLD_LIMIT = /\b(?:stop|quit) (?:shouting|yelling|screaming|swearing)\b|\b(?:don't|do not) (?:shout|yell|swear|scream) at me\b/;

export const ESCALATION_ROLE =
  /\b(?:supervisor|manager|team ?leader|line manager|specialists?|senior (?:colleague|agent|advisor|adviser|member|team)|colleague|second line|2nd line|tier (?:2|two|3|three)|back office|experts?|(?:billing|technical|tech|network|complaints|customer relations|customer care|retentions?|returns|refunds|specialist|escalations?|resolutions?|accounts|product|loyalty|fraud|engineering|support|other|another|specialist|disputes|claims|repairs|field|installations?|faults|bookings|reservations|relations) (?:team|department|desk|people|group)|someone (?:else|more senior|senior|from|who)|somebody (?:else|more senior|from|who)|(?:a|my|the|our) boss|higher up|ombudsman)\b/;
export const ESCALATION_VERB =
  /\b(?:escalat(?:e|ing)|transfer(?:ring)? (?:you|this|it|the call|your call)|put you through|pass (?:this|it|you|your case|your complaint) (?:on|over|to|up)|refer (?:this|it|you|your case|your complaint)|connect you|bring (?:in|(?:\w+ ){1,3}in\b)|loop in|loop (?:\w+ ){1,3}in\b|involve|hand (?:this|it|you) (?:over|on)|get (?:a|my|the|our|someone|somebody|one of)|raise (?:it|this|that) with|ask (?:a|my|the|our)|speak (?:to|with) (?:a|my|the|our)|have (?:a|my|the|our) \w+ (?:call|ring|look|contact)|flag (?:this|it) (?:to|with|up)|send (?:this|it) (?:up|over) to)/;
export const ESCALATION_FRAME =
  /\b(?:i can|i could|i(?:'ll| will)|let me|i(?:'m| am) going to|i(?:'d| would) like to|would you like|do you want|shall i|should i|i(?:'d| would) be happy to|happy to|if you(?:'d| would) like|if you want|if it (?:would )?helps?|i can also|i'm happy to|i am happy to|we can|we could|can i|i want to|i need to|i'm gonna|i'd suggest|i(?:'ll| will) ask|i(?:'ll| will) get|i(?:'ll| will) have)\b/;

export const EXPLANATION: RegExp[] = [
  /\bbecause\b(?! (?:i (?:(?:really|do|just|genuinely|truly) ){0,2}(?:want|need|would|'d|care|'m trying)|you(?:'re| are) (?:upset|angry|frustrated|annoyed|worried)|of you\b|you (?:didn't|did not|never|should)))/,
  /\b(?:the reason (?:is|was|why|we|that|for (?:this|that|it))|that(?:'s| is) (?:why|because|how it works)|which is why|this (?:happened|happens|is) because|it(?:'s| is| was) because|caused by|due to|as a result of|in (?:plain|simple|other|everyday) (?:terms|words|english)|what (?:this|that|it) means is|(?:this|that|it) (?:means|meant) (?:that |you |your |the |we )|the way (?:it|this|that) works|how (?:it|this) works is|to put it simply|simply put|so that(?:'s| is) why|that explains|the cause (?:is|was)|what happened (?:is|was) (?:that )?)\b/,
  /\bbasically,? (?:the|it|this|your|what|when|if|we|our)\b/,
  /\b(?:only|just|automatically|won't|doesn't|will) (?:works?|syncs?|records?|tracks?|charges?|connects?|updates?|runs?|applies|apply|renews?|bills?|kicks? in|turns? on|switch(?:es)? on) (?:when|if|on|while|once|after|every|until)\b/,
  /\b(?:is|would be|will be|are|stays?) valid (?:for|until)\b|\b(?:runs|lasts|covers?) (?:for|up to|you for)\b|\bunlocks? (?:when|once|if|after)\b|\bthe (?:policy|rule|fee|charge|limit) (?:exists|is there|is in place|protects|covers|keeps|applies)\b|\bit's (?:designed|set up|built) (?:to|so)\b/,
  /\bthe (?:system|computer|tool|till|software) (?:just |simply )?(?:won't|doesn't|does not|will not|can't|cannot) (?:let|allow)/,
];

export const FOLLOW_UP: RegExp[] = [
  /\b(?:is there )?anything else (?:i|we) (?:can|could|may) (?:help|do|assist|sort|look)|\banything else (?:you need|you'd like|i can|today|at all|for you)|\b(?:can|could|may) i (?:help|assist) (?:you )?with anything else|\bis there anything (?:more|further|else)\b|\bwhat else can i (?:help|do)|\bhow else can i help|\banything else\?/,
  /\b(?:does|did|has|will|would|is) (?:that|this|it|everything) (?:help|make sense|sort|solve|answer|work for you|fix|resolve|cover|clear|all make sense|sound okay|sound ok|sound fair|sound good|sound alright|seem fair|seem okay)|\b(?:are|is|were) (?:you|that|everything|we|things) (?:all )?(?:happy|okay|ok|alright|all right|satisfied|comfortable|clear|sorted|good|fine)(?: with| for|\?|$| now| on that| so far)|\bhave i (?:answered|covered|resolved|sorted|fixed|explained|helped)|\bis (?:there )?anything (?:about|that|still)[^.?!]*(?:unclear|confusing|bothering|worrying)|\bstill unclear\b|\b(?:do you have )?any (?:other |more |further )?questions\b|\bmake sense\?|\bdoes that sound\b|\bhappy with (?:that|this|the outcome|everything)\?/,
  /\b(?:i(?:'ll| will)|we(?:'ll| will)|i(?:'m| am) going to|i can|can i|let me|i(?:'d| would) like to|i want to|i(?:'ll| will) personally|someone will|we will) (?:also |personally |then )?(?:call|ring|phone|email|e-mail|text|message|contact|check in|check back|follow up|get back to|update|keep you|let you know|drop you|send you (?:a|an) (?:confirmation|update|email|e-mail|text|message|sms|note|summary)|give you a (?:call|ring|bell)|be in touch|touch base|reach out|monitor|keep an eye)(?! (?:you )?(?:a|an|the) (?:(?:short|quick|simple|full|new|brief|handy|free) )?(?:guide|link|instructions|label|voucher|code|steps|manual|step-by-step|walkthrough|replacement|refund|new))\b/,
  /\bcall you back\b|\bring you back\b|\bget back to you\b|\bfollow(?:-| )?up\b|\bkeep you (?:updated|posted|informed|in the loop)|\bcheck in with you\b|\bcheck (?:back )?in (?:on|with) (?:you|how)/,
  /\b(?:to|and|just to) (?:make sure|check|confirm|see) (?:that )?(?:it|that|the|everything|you|your|it's|all)\b[^.?!]*(?:working|arrived|landed|gone through|went through|sorted|fixed|resolved|happy|okay|ok|on (?:his|her|their|its) way|came through|how you're getting on|got it|received)/,
  /\byou(?:'ll| will| should) (?:also )?(?:get|receive|be sent|see) (?:a|an) (?:confirmation|email|e-mail|text|message|sms|update|call|reference|notification)/,
];

export const BLAME: RegExp[] = [
  /\byou (?:really |clearly |obviously |just |probably |definitely )*(?:should|shouldn't|should not|must|must not|mustn't|ought to|needed to|need to) (?:have|'ve)\b(?! (?:been (?:told|given|sent|informed|offered|charged|refunded|warned|called|contacted|notified)|had (?:a|an) (?:email|text|letter|confirmation|call)|received))/,
  /\b(?:it's|its|it is|that's|that is|this is|that was|it was) (?:all |entirely |completely |totally |really |clearly )?(?:your|ur) (?:own )?(?:fault|problem|mistake|responsibility|error|doing|lookout)\b/,
  /\b(?:that's|that is|it's) on you\b|\bit(?:'s| is| was) (?:your|the customer's) (?:responsibility|job) to\b/,
  /\byou (?:obviously |clearly |probably |evidently |simply |just )?(?:didn't|did not|never|forgot to|failed to|neglected to) (?:read|check|follow|update|keep|listen|look|enter|pay|notice|cancel|register|save|back up|submit|return|bother|look at|charge|install|turn|set)\b/,
  /\byou (?:obviously|clearly|probably|must have|evidently|must've|definitely) (?:used|dropped|broke|entered|typed|clicked|pressed|set|installed|damaged|misread|misunderstood|ordered|bought|chose|selected|forgot|ignored|plugged|mixed|missed|deleted|changed)\b/,
  /\byou (?:used|set|typed|entered|installed|put|plugged|did|read|filled|charged|wired|held) (?:it|this|that|the \w+|them|in)? ?(?:up |out |in )?(?:wrong|wrongly|incorrectly|badly|the wrong way)\b/,
  /\buser error\b|\byou agreed to (?:the|our|these|those) (?:terms|conditions|t&cs|policy|rules)|\byou signed (?:the|a|our|up to the) (?:contract|agreement|terms)|\bif you(?:'d| had) (?:read|checked|listened|followed|bothered|paid attention|looked|kept)|\bit (?:clearly|plainly) (?:says|states|shows)/,
  /\b(?:the|that|your|their|that's the|it's the|it was the) (?:bank|courier|retailer|store|shop|engineers?|warehouse|other (?:department|team)|manufacturer|delivery (?:company|driver|firm)|driver|post office|supplier|third party|salesperson|sales (?:team|rep|guy)|staff|store staff|router|previous agent|last agent|other agent|billing team|tech team|technicians?|installer|website team|seller|vendor|postman|app store)(?:'s|s')? (?:fault|problem|mistake|error|responsibility|doing|issue|lookout)\b/,
  /\b(?:that's|that is|it's) (?:on them|their (?:fault|problem|mistake|responsibility|issue))\b|\bblame (?:them|the \w+|your \w+)\b/,
  /\b(?:bank|courier|retailer|store|shop|engineers?|warehouse|department|manufacturer|driver|supplier|staff|router|agent|team|seller|installer|system)\b[^.?!]*\bnot (?:us|ours|our fault|our problem|me|mine|my fault|my problem|our network|our system)\b/,
  /\b(?:that's|it's|that is|it is) (?:your|the) \w+,? not (?:our|us|ours|me|mine)\b/,
];

export const DISMISSIVE: RegExp[] = [
  /\bcalm down\b|\b(?:just |please |you need to |try to )?relax\b|\bchill(?: out)?\b|\btake a (?:deep )?breath\b|\bcalm yourself\b|\bsettle down\b/,
  /\b(?:don't|do not) (?:get|be) (?:so )?(?:upset|worked up|angry|emotional|dramatic|excited|stressed|silly|like that|so sensitive|hysterical)\b|\bno need to (?:get|be) (?:so )?(?:upset|worked up|angry|emotional|dramatic|excited|stressed|rude|like that|so)\b|\b(?:there's |there is )?no need to (?:shout|yell|raise your voice|panic|overreact|make a fuss)/,
  /\b(?:it's|it is|that's|that is|this is|this isn't|it isn't|that isn't|its)(?: really| honestly| hardly| just| only| seriously| actually)? (?:not |hardly |no )?(?:a big deal|that big (?:of )?a deal|that bad|the end of the world|a huge (?:problem|issue)|that serious|that important|a major (?:problem|issue)|worth getting upset|a big problem|a disaster|a crisis)\b|\bno big deal\b|\bnot a big deal\b/,
  /\b(?:it's|it is|that's|that is|its) (?:only|just) (?:a |\d|£|\$|€|fifteen|five|ten|twenty|a few|one|two|a couple|a little|a small|a minor|a tiny|some|money|a blender|a kettle|a phone|a bill|a delay|a day|a charge)|\b(?:only|just) (?:a few|\d+|£\d+|\$\d+|€\d+|a couple of) (?:pounds|dollars|quid|bucks|euros|pence|cents|quid)\b/,
  /\byou(?:'re| are) (?:(?:a bit|a little|kind of|rather|really) )?(?:over-?reacting|being (?:over-?dramatic|dramatic|emotional|hysterical|silly|oversensitive|too sensitive|a bit much)|making a (?:big )?(?:fuss|deal|drama)|blowing (?:this|it) out of proportion)\b|\bover-?react\w*|\bfuss (?:over|about) nothing\b|\bmaking a (?:big )?fuss\b|\bmountain out of a molehill\b/,
  /\bthese things happen\b|\b(?:it|stuff|things|that|mistakes) happens?\b(?! (?:again|because|when|if|that|to))|\bworse things happen\b|\bcould be worse\b|\bget over it\b|\bmove on\b|\bi'm sure it's (?:fine|nothing)\b/,
  /\b(?:it's|that's|this is|it is|that is) (?:a )?(?:pretty |really |very |quite |fairly |such a )?(?:minor|small|trivial|tiny|little|petty) (?:thing|issue|problem|matter|detail|inconvenience|amount)\b/,
  /\bnobody else (?:has|is|seems to be|ever|had)(?: \w+)? (?:complained|had|having|a problem|an issue|trouble)|\b(?:everybody|everyone|most people|other (?:people|customers)|all our (?:other )?customers) (?:else )?(?:manages?(?! to be)|figures? (?:it )?out|gets? it|seems to|has no (?:problem|trouble)|have no (?:problem|trouble)|can (?:do|figure|manage|work)|sets? (?:it )?up)\b|\byou(?:'re| are) not the only one\b|\beveryone wants\b/,
  /\bi(?:'m| am) sorry you feel (?:that way|like that|this way)\b|\bsorry you feel that way\b/,
  /\b(?:stop|quit) (?:shouting|yelling|screaming|getting (?:so )?(?:upset|worked up|angry)|complaining|being (?:so )?(?:emotional|dramatic))\b|\byou need to (?:calm|relax|chill|stop (?:shouting|yelling))\b/,
  /\bit's (?:pretty|really|quite|very) (?:simple|easy|straightforward)\b|\bit's (?:simple|easy) really\b|\bit's not (?:that )?(?:hard|difficult|complicated)\b/,
];

export const ARGUE: RegExp[] = [
  /\b(?:that's|that is|this is|it's|it is)(?: simply| just| absolutely| definitely| actually| clearly)? not (?:true|correct|right|accurate|what happened|how (?:it|this|that) works|what (?:i|we|the \w+|it|they) (?:said|says|say|told you|meant)|the case)\b|\b(?:that|it|this) (?:isn't|wasn't|is not|was not) (?:true|correct|right|accurate|what happened|how (?:it|this) works|what (?:i|we|the \w+) (?:said|says)|the case)\b/,
  /\byou(?:'re| are) (?:(?:simply|just|totally|completely) )?(?:wrong|mistaken|incorrect|not (?:right|correct|listening))\b|\bno,? you(?:'re| are| did| didn't| were)\b|\bthat(?:'s| is) (?:impossible|nonsense|rubbish|not possible,? we|untrue|false)\b/,
  /\b(?:we|i|our system|the system|our company) (?:never|don't|doesn't|didn't|do not|does not|did not|would never|wouldn't|can't have) (?:say|said|charge|charged|promise|promised|tell|told|make mistakes|double[- ]bill|bill (?:twice|double)|overcharge|sell|advertise|claim|mislead)\b/,
  /\b(?:like|as) i (?:already |just |have )?(?:said|told you|explained|mentioned)|\bi (?:already|just) (?:told|explained|said)\b|\bi(?:'ve| have) already (?:told|explained|said)\b|\bhow many times\b/,
  /\b(?:it's|it is|that's|that is|this isn't|it isn't) not (?:my|our) (?:fault|problem|doing|responsibility)\b|\bi(?:'m| am) (?:only|just) doing my job\b|\bi didn't (?:write|make|create|set|design|cause|do|invent) (?:the|this|that|it)\b|\b(?:don't|do not) (?:shout|yell|get angry|take it out|get shirty|have a go) (?:at|on|with) me\b/,
  /\b(?:threatening|shouting|swearing|yelling|being rude|asking again|leaving a (?:bad |negative )?review|complaining|raising your voice|getting angry|arguing|screaming|threats)(?: \w+){0,3} (?:won't|will not|isn't going to|is not going to|doesn't|does not|won't)(?: \w+){0,2} (?:get you|change|help|make|work|speed)\b|\bwon't get you anywhere\b|\b(?:won't|will not|isn't going to) change (?:my|the) (?:answer|decision|outcome|mind)\b|\byou(?:'re| are) not going to get a different (?:answer|result|outcome)\b/,
  /\bi don't think (?:you were|that's|it was|you've been) (?:misled|mis-sold|told|right|fair|true)|\byou (?:weren't|were not) (?:misled|mis-sold|lied to)\b|\bwith (?:all due )?respect,? (?:you|that|i|it)\b|\bactually,? (?:no|that's|we|you)\b|\b(?:it is|it's|it was) (?:clearly|definitely|plainly) (?:listed|stated|written|there|advertised)|\bthe \w+ is (?:definitely|clearly) (?:listed|stated|advertised)\b|\bthat(?:'s| is) not what (?:happened|i said)\b/,
];

export const POLICY_WALL: RegExp[] = [
  /\bpolicy is policy\b|\brules are rules\b|\b(?:it's|that's|its|it is|that is) (?:just |simply |unfortunately )?(?:our |the |company |store )?(?:policy|the rules?)\b|\b(?:it's|that's|it is|that is) against (?:our |the |company )?(?:policy|rules)\b|\b(?:our|the|company) (?:policy|rules?) (?:doesn't|does not|won't|don't|do not|says?|states?|is (?:no|not|that|clear)|won't allow)\b/,
  /\b(?:there's|there is) nothing (?:(?:more|else) )?(?:i|we) can do\b|\bnothing (?:(?:more|else) )?(?:i|we) can do\b|\bno way around (?:it|that|this)\b|\b(?:it's |that's |that is |it is |this is )?(?:not|isn't|is not) (?:possible|allowed|permitted|something (?:we|i) (?:do|can|offer))\b|\bnot something (?:i|we) can (?:do|change|help with|offer)|\bcan(?:'t|not) help(?! but)\b|\bmy hands are tied\b|\bit is what it is\b|\bend of (?:story|discussion)\b|\bthat's final\b/,
  /\b(?:we don't|we do not|we won't|we will not|i don't|i can't|i cannot) (?:do|give|offer|accept|allow|issue|process) (?:refunds|exceptions|returns|exchanges|cancellations|credits|compensation|that|those)\b|\bno (?:refunds|exceptions|returns|exchanges)\b|\bonly the (?:store|shop|bank|manufacturer|retailer|seller) can\b/,
  /\b(?:i|we)(?: can't| cannot| can not| am not able to|'m not able to|'re not able to| are not able to| am unable to|'m unable to| are unable to|'re unable to| won't be able to| will not be able to| won't| will not|'m not allowed to| am not allowed to|'re not allowed to| are not allowed to|'m not authori[sz]ed to| am not authori[sz]ed to) (?:do|make (?:an )?exceptions?|make that|make it happen|give|offer|refund|change|waive|extend|process|accept|allow|provide|issue|authori[sz]e|approve|override|help|do anything|do refunds|go against|bend|break|cancel|reverse|return|budge|move on|agree)\b/,
  /\bnope\b|^no[.!]*$/,
  /\bthe (?:system|computer) (?:just |simply )?(?:won't|doesn't|does not|will not|can't|cannot) (?:let|allow)/,
];
/** An alternative in the same utterance turns a refusal into a redirection (no policy wall). */
export const ALTERNATIVE =
  /\b(?:but|however|though|although|instead|alternatively|that said)\b[^.?!]*\b(?:i|we|you)(?:'ll| will| can(?!')| could(?!n)| might| may)\b|\bwhat (?:i|we) (?:can|could) do\b|\balternatively\b|\binstead\b|\bthe best (?:i|we) can do\b|\bwhat i can offer\b/;

export const JARGON_STRONG =
  /\b(?:rma|sku|skus|sla|slas|ont|olt|pon|dfu|psp|ach|bacs|mrc|nrc|ivr|l[1-3]|adm|rtv|wms|dslam|cpe|snr|provision(?:ing|ed)?|re-?provision\w*|firmware (?:flag|build|builds|stack|version|image)|codec|backwards[- ]compatible|re-?presentment|credit memo|debit memo|fare basis|dunning|pro-?rat(?:a|ed|ion|ing)|duplicate auth|pre-?auth(?:ori[sz]ation)?|auth(?:ori[sz]ation)? hold|tariff rules?|non-?ref|back-?end|dev ?ops|api|sdk|dns|dhcp|mac address|ip address|ble stack|ota|ledger|pending settlement|settlement batch|reconciliation|escalation matrix|packet loss|sync rate|noise margin|attenuation|los light|work order|disposition code|wrap code|case id|fulfil?ment (?:centre|center|queue)|qc|t\+\d|mpls|vlan|modem firmware|legacy (?:firmware|builds?|systems?|platform|stack)|gateway|tier[- ]?[123] queue|ticket queue|rating engine|bill run|billing run|write-?off|chargeback reversal|acquirer|issuer bank|merchant id)\b/;
export const JARGON_WEAK =
  /\b(?:firmware|ledger|settlement|mandate|pending|reconciliation|queue|node|port|legacy|builds?|stack|console|cache|protocol|config|configuration|parameters?|latency|bandwidth|server|tier|ticket|backhaul|exchange|flag|sync|debits?|auth|throttl\w*|handshake|token|instance|deploy\w*|patch|kernel|proprietary)\b/;
export const JARGON_EXPLAINED =
  /^[^.?!]{0,25}?(?:\(|,? (?:which|that) (?:is|means|just means|'s)|,? (?:basically|meaning|i\.e\.|in other words|that's|which is|aka|or in plain)|stands for|- (?:that's|basically|which)|, (?:a|an|the) (?:\w+ ){0,3}(?:number|reference|code|form|team|check))/;
/** Everyday acronyms a customer knows. */
export const KNOWN_ACRONYMS = new Set([
  "OK", "TV", "UK", "US", "USA", "EU", "ID", "PIN", "PDF", "SMS", "GPS", "HD", "4K", "USB", "VAT", "FAQ",
  "ASAP", "PC", "GB", "MB", "TB", "LED", "AM", "PM", "DIY", "ATM", "IT", "BBC", "NHS", "CEO", "AI", "APP",
  "DVD", "CD", "SIM", "WIFI", "WI", "FI", "IMO", "TBH", "LOL", "OMG", "MOT", "UPS", "DHL", "USPS", "HMRC",
  "BT", "EE", "O2", "DPD", "T&C", "T&CS", "TCS", "PO", "SUV", "MPH", "KM", "CM", "MM", "KG", "XL", "XXL",
  "NB", "PS", "AKA", "VIP", "QR", "HDMI", "FYI", "RSVP", "TBC", "ETA", "I", "A", "OR", "IS", "NO", "SO",
  "AND", "THE", "YOU", "ME", "MY", "WE", "DO", "NOT", "IF", "ON", "IN", "TO", "AT", "BE", "IM", "ASAP",
  "GMT", "BST", "EST", "PST", "UTC", "NY", "LA", "DC", "MR", "MRS", "MS", "DR", "ST", "RD", "PLC", "LTD",
  "INC", "CO", "VS", "ETC", "IE", "EG", "PAYG", "SSD", "PSU", "CPU", "RAM", "LCD", "OLED", "UHD", "NFC",
  "IOS", "MAC", "PAYPAL", "WWW", "URL", "EMAIL", "COVID", "MOBILE", "IBAN", "BIC", "AMEX", "VISA", "CVV",
]);

export const RUDE: RegExp[] = [
  /\b(?:idiot\w*|stupid|moron\w*|dumb|thick|pathetic|useless|clueless|incompetent|ignorant|childish|ridiculous|absurd|laughable|you people|get a life|grow up|shut up|shut it|piss off|bugger off|sod off|go away|get lost|see if i care|i don't care|couldn't care less|not my problem|good luck with that|not rocket science|i don't have all day|haven't got all day|i(?:'m| am) not (?:getting )?paid enough|nightmare customer|whining|moaning|whinging|cry about it|deal with it|tough luck|too bad|hard luck|boo hoo|bloody|damn|crap|shit\w*|fuck\w*|bullshit|wtf|ffs|duh|what the hell|jeez|geez|for god's sake|for crying out loud|get a grip|are you (?:serious|kidding|joking|deaf|stupid|thick|dense|for real|even listening|listening)|do you even (?:read|listen|know|understand)|did you (?:not|even) (?:read|check|listen|bother|look)|can(?:'t| not) you read|(?:oh )?(?:great|brilliant|wonderful|fantastic|perfect),? (?:another|just what i (?:needed|wanted))|do whatever you (?:want|like)|whatever you want|if you don't like it|go (?:elsewhere|somewhere else|to (?:a )?(?:competitor|someone else))|take your business elsewhere|no way (?:i'm|am i|i am)|you(?:'re| are) (?:being )?(?:unreasonable|difficult|ridiculous|childish|impossible|a pain|a joke|a nightmare|hysterical|rude|pathetic)|you(?:'re| are) a (?:\w+ )?(?:nightmare|pain|joke|moron|idiot)|other (?:customers|people) (?:manage|seem able|are able|can manage) to be (?:polite|nice|civil|patient)|it's not my job to|not my job|learn to read|use your brain|obviously you|what did you expect|are you done|finished\?)\b/,
  /^(?:ugh|meh|pfft|sigh)\b|\bugh\b|\bwhatever\b(?! (?:suits|works|you (?:prefer|need|'d like|would like|decide|choose)|is (?:easiest|best|easier|better)|i can|we can|it takes|the|your|time|day|option|happens|way|you think))|^(?:seriously|wow),? (?:it's|did|do|are|you|that's|what|how)\b|\blisten,? (?:buddy|mate|pal|love|lady|sir|madam|here)\b|\b(?:whatever|fine|okay|ok),? (?:mate|pal|buddy|love)\b/,
];
