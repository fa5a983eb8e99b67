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

/**
 * A sentence holding a remedy back: refused after all, put off, or said not to be needed. The refusal has an object ("can't
 * process that refund", "can't release the PAC code"): "I'm not going to promise you something I can't book" holds nothing back.
 */
const HOLDS_BACK =
  /\b(?:can't|cannot|won't be able to|will not be able to|am unable to|i'm unable to|are unable to|not able to|couldn't)\s+(?:actually\s+|now\s+)?(?:process|release|give|send|issue|do|offer|go ahead with|arrange|book|remove|refund|provide|let you have|honour|honor|apply|put through)\s+(?:you\s+)?(?:the|that|this|those|these|your|it|them|a|an)\b|\bhold(?:ing)? off (?:on\s+)?(?:sending|doing|processing|issuing|booking|the|that|it|your)\b|\b(?:won't|will not|isn't going to|is not going to|aren't going to)\s+(?:be\s+)?(?:go(?:ing)? ahead|happen(?:ing)?|be (?:sent|processed|issued|booked|removed|refunded))\b|\byou\s+(?:won't|will not|don't|do not)\s+(?:actually\s+|even\s+)?need (?:the|your|a|that)\b|\b(?:will|is going to|'ll) (?:have to )?stay (?:on|in place)\b|\bafter all\b[^.?!]*\b(?:can't|cannot|not|won't|stay)\b/;

/**
 * Remedy ids a turn holds back, by the sentences that hold back and the remedies they name. (Not the reader's refusals: "if
 * you'd rather not wait for a replacement" and "there's no replacement order on the system" refuse nothing she is given.)
 */
export function heldBack(scenario: Scenario, text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const sp of sentences(text)) {
    const low = lower(text.slice(sp.start, sp.end));
    const m = HOLDS_BACK.exec(low);
    if (!m) continue;
    for (const t of topicsIn(scenario, low)) {
      const rem = scenario.engine.topics.find((x) => x.id === t)?.remedy;
      if (rem && !out.has(rem)) out.set(rem, text.slice(sp.start, sp.end).trim());
    }
  }
  return out;
}

/** Remedies a turn gives or commits to, less those its own words hold back. */
function givenIn(scenario: Scenario, text: string, earlier: readonly string[], held: Map<string, string>): Set<string> {
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
  /** The agent's words that held it back, and the turn. */
  quote: string;
  turn: number;
}

/**
 * What of the call does not stand at the end: remedies given then taken back (and not given again), and the remedy she asked
 * for in her opening that was held back and never given. `agentTexts` are the agent's turns so far, oldest first.
 */
export function unstood(scenario: Scenario, agentTexts: readonly string[], opening: string): Unstood[] {
  const given = new Set<string>();
  const takenBack = new Map<string, { quote: string; turn: number }>();
  const withheld = new Map<string, { quote: string; turn: number }>();
  const everGiven = new Set<string>();
  agentTexts.forEach((text, i) => {
    const held = heldBack(scenario, text);
    const now = givenIn(scenario, text, agentTexts.slice(0, i), held);
    for (const [r, quote] of held) {
      if (now.has(r)) continue;
      if (given.has(r)) {
        given.delete(r);
        takenBack.set(r, { quote, turn: i });
      } else if (!withheld.has(r)) withheld.set(r, { quote, turn: i });
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
    ...[...takenBack].map(([remedyId, at]) => ({ remedyId, how: "taken-back" as const, ...at })),
    ...[...withheld].filter(([r]) => asked.has(r) && !everGiven.has(r)).map(([remedyId, at]) => ({ remedyId, how: "withheld" as const, ...at })),
  ];
}

/** Words of a condition too general to show it was met ("the customer gives a … number"). */
const GENERAL = new Set(["the", "a", "an", "or", "and", "of", "for", "to", "is", "at", "same", "customer", "customer's", "member", "member's", "gives", "give", "number", "own", "once", "only", "back", "original", "method", "payment", "still", "wants", "within", "last", "days", "proof"]);

/** The words that show a remedy's precondition was asked for or met: its conditions' and its `after`'s distinctive words, as stems. */
function conditionWords(a: Scenario["policy"]["allowed"][number]): string[] {
  const from = [...(a.conditions ?? []), (a.timing?.after ?? "").replace(/-/g, " ")].join(" ");
  // (stems: "collection" is met by "collected", "return" by "returned")
  return [...new Set(lower(from).split(/[^a-z']+/).filter((w) => w.length >= 4 && !GENERAL.has(w)).map((w) => w.replace(/'s$/, "").slice(0, 6)))];
}
/** A return said to have happened, in other words: "it came back to us in May", "you sent the old router back". */
const CAME_BACK = /\b(?:came|come|got|gone|went|arrived|sent|posted|taken|brought) (?:[a-z']+ ){0,3}?back\b/;
/** Said as not having happened: "a fee for the router not being returned", "non-returned", "never came back". */
const NOT_SO = /\b(?:not|non|never|wasn't|hasn't|haven't|didn't|isn't)\b[\s-]+(?:\w+\s+){0,2}$/;

function speaksOf(low: string, words: readonly string[], returns: boolean): boolean {
  const hit = (re: RegExp) => {
    for (const m of low.matchAll(re)) if (!NOT_SO.test(low.slice(Math.max(0, m.index! - 30), m.index!))) return true;
    return false;
  };
  return words.some((w) => hit(new RegExp(`\\b${w}`, "g"))) || (returns && hit(new RegExp(CAME_BACK.source, "g")));
}

export interface GivenUnconditioned {
  turn: number;
  remedyId: string;
  quote: string;
  /** The policy's condition, as it words it. */
  condition: string;
}

/**
 * A remedy the policy gives only after something of hers (a condition it waits for, `conditions` with `timing.after`: proof of
 * return, a doctor's letter) given plainly while nobody in the call had asked for it, mentioned it or said it was met (engine round 29, gam27;
 * RT-06: "I've removed the £59.98 and refunded it" with no receipt or tracking number asked for). Judged by the policy's
 * structure: remedies without such a precondition are never flagged. `customerLines[i]` is her answer to agent turn i.
 */
export function givenWithoutCondition(scenario: Scenario, agentTexts: readonly string[], opening: string, customerLines: readonly string[]): GivenUnconditioned[] {
  const out: GivenUnconditioned[] = [];
  // (anywhere in the call: a receipt asked for just after the fee is taken off is the condition seen to, late)
  const said: string[] = [lower(opening), ...agentTexts.map(lower), ...customerLines.map(lower)];
  agentTexts.forEach((text, i) => {
    for (const o of readTurn(scenario, text, agentTexts.slice(0, i)).offers) {
      // (the same sum as a remedy with a precondition is that remedy's money: "I've removed the £59.98 and refunded it" gives
      // the fee that is removed only with proof, though the reader heard the refund)
      // (and a remedy the policy prices at that remedy's exact sum, "Refund the removed fee", is the same money however it is said)
      const own = scenario.policy.allowed.find((x) => x.id === o.remedyId)?.amount?.exact?.amount;
      // (a sum said is the sum given: a refund of "£42.99" is not the £59.98 fee, whatever the remedy is priced at)
      const sum = o.amount ?? own;
      const same = scenario.policy.allowed.filter((x) => x.id === o.remedyId || (sum !== undefined && x.amount?.exact?.amount === sum));
      for (const a of same) {
        // (a precondition of hers: the policy names it as a condition and as what the remedy waits for; a collection the
        // courier makes is not hers, and a refund promised before it is the forbidden rule's to judge)
        if (!a.timing?.after || (a.conditions ?? []).length === 0 || out.some((x) => x.remedyId === a.id)) continue;
        const words = conditionWords(a);
        const returns = /return/.test(a.timing.after);
        if (words.length === 0 || said.some((s) => speaksOf(s, words, returns))) continue;
        out.push({ turn: i, remedyId: a.id, quote: o.quote, condition: (a.conditions ?? [])[0] ?? a.timing.text });
      }
    }
  });
  return out;
}
