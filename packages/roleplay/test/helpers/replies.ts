/** The customer's replies to a list of agent turns, for the coherence tests: all of them, or the last one. */
import { getScenario } from "@defuse/content";
import { replay } from "../../src/engine/conversation";

export const said = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed }).turns.map((t) => t.customerLine);
export const last = (scenario: string, turns: string[], seed = 1) => said(scenario, turns, seed).at(-1)!;

/** A coherence case: the agent's turns and what the customer's last reply must (`matches`) and must not (`not`) say. */
export interface ReplyCase {
  name: string;
  scenario: string;
  turns: string[];
  matches?: RegExp;
  not?: RegExp;
  /** The seeds it holds at, when not every default one. */
  seeds?: number[];
}
/** Every case's last reply checked at each of its seeds (for describe/it/expect from vitest, passed in by the test file). */
export function lastReplyChecks(c: ReplyCase, seeds: number[], check: (reply: string, re: RegExp, want: boolean, seed: number) => void): void {
  for (const seed of c.seeds ?? seeds) {
    const reply = last(c.scenario, c.turns, seed);
    if (c.matches) check(reply, c.matches, true, seed);
    if (c.not) check(reply, c.not, false, seed);
  }
}
