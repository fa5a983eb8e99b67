/**
 * How an author's expectations of a whole call are read against `simulate`'s result, shared by the whole-calls
 * scripts (`calls-verdicts.ts`, `calls-heldout.ts`) and the dev-set tests. Authors name things their own way:
 *
 * - the critical behaviour by the rubric's id ("forbidden-promise", "insulted-customer"), by its trigger
 *   ("forbidden_promise", "rude"), or by the scenario's rule the promise breaks ("no-same-day-refund"): all three
 *   name what the scorecard reports (`critical.behaviour`, and `critical.act`, the rule id or "rude");
 * - the outcome by the engine's words (resolved, escalated, ended, ongoing), or as "unresolved" (any outcome but
 *   resolved or a proper end) or "hung_up" (the customer gave up and put the phone down: the engine's "escalated",
 *   whose verdict reads "the customer gave up on the call"). "any" accepts every outcome.
 */
import type { SimulateOutput } from "../simulate";

const norm = (s: string) => s.trim().toLowerCase().replace(/[_\s]+/g, "-");
/** The rubric's critical behaviour ids by trigger (both rubrics use the same ids). */
const BY_TRIGGER: Record<string, string> = { rude: "insulted-customer", "forbidden-promise": "forbidden-promise", insult: "insulted-customer" };

/**
 * Whether the call's first critical behaviour is the one the author expected (true when none was named). An author
 * may also answer yes or no without naming it (round 28's brief: `critical: true`): true then asks for some critical
 * behaviour, whichever it is; false names none, as null does.
 */
export function criticalAsExpected(expected: string | boolean | null | undefined, critical: SimulateOutput["critical"]): boolean {
  if (!expected) return true;
  if (!critical) return false;
  if (expected === true) return true;
  const e = norm(expected);
  // (a colleague blamed where the scenario's policy forbids it is reported as that rule, "no-blaming-colleague": an author
  // who names the pitfall, "blame", names the same act; engine round 26, C33)
  if (e === "blame" && /blam/.test(norm(critical.act))) return true;
  return e === norm(critical.behaviour) || BY_TRIGGER[e] === critical.behaviour || e === norm(critical.act);
}

/**
 * Whether the call's outcome is the one the author expected (true when none was named). `passed` is the verdict the author
 * expected: a call expected to pass and "unresolved" is one that passes without her problem solved, which only a proper
 * end does (C34-37: the abusive caller's call ended properly after one warning, "even though Craig is still angry";
 * engine round 27), so it is read as that proper end.
 */
export function outcomeAsExpected(expected: string | undefined, r: Pick<SimulateOutput, "outcome" | "endedProperly">, passed?: boolean): boolean {
  if (!expected || expected === "any") return true;
  const e = norm(expected);
  if (e === "unresolved" && passed === true) return r.outcome === "ended" && r.endedProperly === true;
  if (e === "unresolved") return r.outcome !== "resolved" && !(r.outcome === "ended" && r.endedProperly === true);
  if (e === "hung-up") return r.outcome === "escalated";
  return e === norm(r.outcome);
}
