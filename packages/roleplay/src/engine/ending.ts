import type { AbuseState } from "./conversation";

/**
 * A caller who has stopped (engine round 29, gam27; RT-26): after the warning he abused through, his last line was civil and
 * he is below the heat of a caller still abusing ("Right. So when does this claim thing come back?"). The policy's ending is
 * for abuse that continues; ending on him now, "the abuse has carried on", ends the call on a false pretext. An ending the
 * agent had already announced while he was abusing (finished in the turn after) is not this: it was started on the abuse.
 */
export function calmedBeforeEnd(abuse: Pick<AbuseState, "last" | "endAnnounced">, before: number, hotAt: number): boolean {
  return !abuse.last && !abuse.endAnnounced && before < hotAt;
}
