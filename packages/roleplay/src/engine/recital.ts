/**
 * Her facts recited back, and nothing done (engine round 29, gam27; RT-01). The taxonomy's reflection is "paraphrasing the
 * customer's concern in your own words"; it is a technique, not a remedy. A sentence framed as a check of what she said
 * ("Let me check I've followed: the £59.98 is the router fee…", "Just so I'm clear, …"), one whose subject is her and her
 * facts ("So your rent goes out Friday and you need the £59.98 back before then", "So you've been with us six years"), or a
 * bare list of what she wants with no verb of anyone doing it ("So the money back before Friday, and a call to confirm it")
 * plays her account back: it says nothing the agent does or will do. The sentence is still a reflection; it is no fix, no
 * next step and no follow-up, unless its rest says what is done ("…, so I've removed the fee").
 */
const CHECK_FRAME =
  /^\W*(?:(?:and|so|okay|ok|right|now|just|yes|yeah)\W+)*(?:let me (?:just )?(?:check|make sure|confirm) (?:that )?i(?:'ve| have) (?:followed|understood|got (?:this|that|it|you|everything|all (?:of )?(?:this|that))(?: right| straight| correctly)?)(?: (?:you|this|that|it|everything))?(?: right| correctly| properly)?|(?:just )?so (?:i(?:'m| am)|we(?:'re| are)) (?:clear|sure|on the same page)|(?:just )?to (?:make sure|check) i(?:'ve| have) (?:followed|understood|got (?:this|that|it|you)(?: right)?))\b/;
/**
 * "So you've been…", "So your rent goes out…": her, as the subject, with what she did, has or needs (not a remedy of hers said
 * to be on its way: "so your refund leaves today").
 */
const HER_AS_SUBJECT =
  /^\W*so,?\s+(?:[a-z]+,\s+)?(?:you(?:'ve| have| had)?\s+(?:just\s+|already\s+|also\s+)?(?:been|were|had|paid|posted|sent|said|told|rang|called|waited|bought|tried|emailed|took|lost|missed)|you(?:'re| are)\s+(?:moving|leaving|out|on|worried|saying|telling)|your\s+(?!(?:refund|credit|replacement|voucher|order|booking|claim|code|pac|new|plan|transfer|engineer|delivery|collection|call ?back|confirmation|reference)\b)[a-z]+(?:\s+[a-z]+)?\s+(?:goes|go|went|leaves|left|is due|are due|was|were|comes|came|arrived|drops|dropped|stopped))\b/;
/** "So the money back before Friday, and a call to confirm it": what she wants named, with no verb of it being done. */
const WANTS_LISTED = /^\W*so,?\s+(?:the|your|a|an)\s+(?:(?!is\b|are\b|was\b|will\b|goes\b|leaves\b|shows\b|comes\b|gets\b|should\b|would\b)[a-z£0-9.']+\s+){1,2}back\b/;
/** The rest of the sentence saying something done or to be done by the agent. */
const AGENT_ACT =
  /\b(?:i'll|we'll|i've|we've|i'm going to|we're going to|let me (?!check|make sure|confirm)|(?:i|we)\s+(?:will|can(?!\s+(?:see|hear|tell|imagine|understand))|have(?!\s+(?:understood|followed|got (?:that|it|this|you)))))\b|\b(?:done|sorted|booked|cancel(?:l)?ed|removed|refunded|waived|credited|arranged|raised|logged|reversed|reissued|issued|(?:put|placed|is|it's|are|now) on hold|transferred|skipped|fixed)\b/;

/** A reason given in the rest: "So your bill went up because the router fee was added" explains; it does not recite. */
const GIVES_REASON = /\b(?:because|since|due to|which is why|that's why|that is why|which means|means that|the reason)\b/;

export function recitesOnly(low: string): boolean {
  const frame = CHECK_FRAME.exec(low) ?? HER_AS_SUBJECT.exec(low) ?? WANTS_LISTED.exec(low);
  if (!frame) return false;
  const rest = low.slice(frame[0].length);
  return !AGENT_ACT.test(rest) && !GIVES_REASON.test(rest);
}

/**
 * A ticket to look into it, with a date on the looking (engine round 29, gam27; RT-02): "I've raised a ticket with our
 * billing team to look into the £59.98 and they will review it by Monday", "I've marked it urgent". The taxonomy's first
 * mistake of a solution is "vague intentions: 'We'll look into it'"; a day for the review does not make the review a remedy.
 * Nothing reaches her from it unless the sentence also does something the policy allows (the commitment reader's offer,
 * checked by the caller) or names the remedy done (removed, refunded, booked).
 */
const LOOKS_INTO =
  /\b(?:look(?:s|ed|ing)? into|(?:will|'ll|to|can|going to)\s+(?:\w+\s+)?(?:review|investigate)|review(?:ed|ing)? (?:it|this|that|the|your)|investigat\w*|(?:raised|logged|opened|created|put in) (?:a|an) (?:ticket|query|case|request|investigation)|(?:marked|flagged|prioriti[sz]ed) (?:it|this|that|the ticket|the case|the query|your \w+)(?: as)? (?:urgent|high priority|a priority)|(?:marked|flagged) (?:as )?urgent)\b/;
const REMEDY_DONE =
  /\b(?:removed|refunded|credited|waived|reversed|cancel(?:l)?ed|booked|sent|dispatched|transferred|switched|moved|stopped|paused|on hold|reissued|arranged (?:a|the|your) (?:refund|replacement|collection|repair|call ?back|engineer))\b|\b(?:i'll|i will|we'll|we will|i'm|i am|i've|i have)\s+(?:now\s+|just\s+|also\s+)?(?:remov|refund|credit|waiv|revers|book|send|sen[dt]|transfer|switch|mov|stopp?|paus)\w*/;
/** A claim, complaint or order opened is a remedy under way, whoever checks it next: "I've opened a missing-parcel claim, so the depot will check…". */
const OPENS_REMEDY = /\b(?:open(?:ed|ing)?|rais(?:e|ed|ing)|log(?:ged|ging)?|fil(?:e|ed|ing)|plac(?:e|ed|ing)|start(?:ed|ing)?|put(?:ting)? in|set(?:ting)? up)\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,2}(?:claim|complaint|order|booking|replacement|refund)\b/;
export function looksIntoOnly(low: string): boolean {
  return LOOKS_INTO.test(low) && !OPENS_REMEDY.test(low) && !REMEDY_DONE.test(low.replace(LOOKS_INTO, " "));
}
