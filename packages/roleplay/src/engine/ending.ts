/**
 * A caller who has stopped and is asking about his fix (engine round 29, gam27; RT-26): after the warning he abused through,
 * his last line was civil, a question about what happens now ("Right. So when does this claim thing come back?") or a word to get
 * on with it ("Whatever. Just get it sorted."), and he is
 * below the heat of a caller still abusing. The policy's ending is for abuse that continues; ending on him now, "the abuse
 * has carried on", ends the call on a false pretext with his question unanswered. A line still swearing, or a civil line that is not a question to the
 * agent ("Alright, alright. I heard you.", "Fine. It's this bloody company.") leaves the authors' proper endings as they were;
 * an ending the agent had already announced while he was abusing is not this either: it was started on the abuse.
 */
const ASKS_ON =
  /(?:^|[.!]\s+)(?:(?:right|okay|ok|so|and|fine|alright)[,.]?\s+)*(?:when|what|how|where|which|will|is|are|can|does|do|did)\b[^.!?]*\?\s*$|\bjust (?:get|sort) (?:it|this|that) (?:sorted|done|moving)\b|\bget on with it\b/i;

/** Still swearing, though not at the agent ("It's this bloody company… Are you stopping it or not?"): not calmed. */
const SWEARS = /\b(?:bloody|damn\w*|hell|crap|sod\w*|bugger\w*|shit\w*|f\w*ck\w*|pissed|arse\w*|muppet|idiot\w*|useless|clowns?|thieves|rip(?:ped|ping)? off)\b/i;

export function calmedBeforeEnd(abuse: { last: boolean; endAnnounced?: boolean }, before: number, hotAt: number, herLast: string): boolean {
  return !abuse.last && !abuse.endAnnounced && before < hotAt && ASKS_ON.test(herLast.trim()) && !SWEARS.test(herLast);
}
