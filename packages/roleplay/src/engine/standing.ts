import type { Scenario } from "@defuse/content";
import { readTurn } from "./offers";
import { lower, sentences, topicsIn } from "./substance";

/**
 * The remedies standing at the end of the call (engine round 29, gam27). A call is credited for what the agent did or
 * committed to in it, and a remedy taken back is neither: "I've removed the fee… Actually, I can't process that refund after
 * all, so the fee will stay" (RT-03) and "the replacement is booked for tomorrow… on reflection we'll hold off sending the
 * replacement" (RT-04) leave her with nothing. Nor is a call resolved when the one thing she rang for, a remedy the policy
 * gives without a condition, was withheld and never given ("I can't release the PAC code until…", "you won't need the PAC
 * code", RT-05): the call "fixes" something she did not ask for. A remedy given again after it was taken back stands.
 */

/** A sentence holding a remedy back: refused after all, put off, or said not to be needed. */
const HOLDS_BACK =
  /\b(?:can't|cannot|won't be able to|will not be able to|am unable to|i'm unable to|are unable to|not able to|couldn't)\s+(?:actually\s+|now\s+)?(?:process|release|give|send|issue|do|offer|go ahead with|arrange|book|remove|refund|provide|let you have|honour|honor|apply|put through)\b|\bhold(?:ing)? off (?:on\s+)?(?:sending|doing|processing|issuing|booking|the|that|it|your)\b|\b(?:won't|will not|isn't going to|is not going to|aren't going to)\s+(?:be\s+)?(?:go(?:ing)? ahead|happen(?:ing)?|be (?:sent|processed|issued|booked|removed|refunded))\b|\byou\s+(?:won't|will not|don't|do not)\s+(?:actually\s+|even\s+)?need (?:the|your|a|that)\b|\b(?:will|is going to|'ll) (?:have to )?stay (?:on|in place)\b|\bafter all\b[^.?!]*\b(?:can't|cannot|not|won't|stay)\b/;

/**
 * Remedy ids a turn holds back, by the sentences that hold back and the remedies they name. (Not the reader's refusals: "if
 * you'd rather not wait for a replacement" and "there's no replacement order on the system" refuse nothing she is given.)
 */
export function heldBack(scenario: Scenario, text: string): Set<string> {
  const out = new Set<string>();
  for (const sp of sentences(text)) {
    const low = lower(text.slice(sp.start, sp.end));
    const m = HOLDS_BACK.exec(low);
    if (!m) continue;
    for (const t of topicsIn(scenario, low)) {
      const rem = scenario.engine.topics.find((x) => x.id === t)?.remedy;
      if (rem) out.add(rem);
    }
  }
  return out;
}

/** Remedies a turn gives or commits to, less those its own words hold back. */
function givenIn(scenario: Scenario, text: string, earlier: readonly string[], held: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const o of readTurn(scenario, text, earlier).offers) {
    const at = text.indexOf(o.quote);
    const sent = sentences(text).find((sp) => at >= sp.start && at < sp.end);
    const low = lower(sent ? text.slice(sent.start, sent.end) : o.quote);
    if (held.has(o.remedyId) && HOLDS_BACK.test(low)) continue;
    out.add(o.remedyId);
  }
  return out;
}

/** Remedies the policy gives as asked, with no condition and nothing to wait for: what a refusal of hers cannot rest on. */
function unconditional(scenario: Scenario, id: string): boolean {
  const a = scenario.policy.allowed.find((x) => x.id === id);
  return !!a && (a.conditions ?? []).length === 0 && !a.timing?.after;
}

export interface Unstood {
  remedyId: string;
  /** "taken-back": given, then held back and not given again; "withheld": what she asked for, held back and never given. */
  how: "taken-back" | "withheld";
}

/**
 * What of the call does not stand at the end: remedies given then taken back (and not given again), and the remedy she asked
 * for in her opening that was held back and never given. `agentTexts` are the agent's turns so far, oldest first.
 */
export function unstood(scenario: Scenario, agentTexts: readonly string[], opening: string): Unstood[] {
  const given = new Set<string>();
  const takenBack = new Set<string>();
  const withheld = new Set<string>();
  const everGiven = new Set<string>();
  agentTexts.forEach((text, i) => {
    const held = heldBack(scenario, text);
    const now = givenIn(scenario, text, agentTexts.slice(0, i), held);
    for (const r of held) {
      if (now.has(r)) continue;
      if (given.has(r)) {
        given.delete(r);
        takenBack.add(r);
      } else withheld.add(r);
    }
    for (const r of now) {
      given.add(r);
      everGiven.add(r);
      takenBack.delete(r);
    }
  });
  const asked = new Set(
    topicsIn(scenario, lower(opening))
      .map((t) => scenario.engine.topics.find((x) => x.id === t)?.remedy)
      .filter((r): r is string => !!r && unconditional(scenario, r)),
  );
  return [
    ...[...takenBack].map((remedyId) => ({ remedyId, how: "taken-back" as const })),
    ...[...withheld].filter((r) => asked.has(r) && !everGiven.has(r)).map((remedyId) => ({ remedyId, how: "withheld" as const })),
  ];
}
