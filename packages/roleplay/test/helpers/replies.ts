/** The customer's replies to a list of agent turns, for the coherence tests: all of them, or the last one. */
import { getScenario } from "@defuse/content";
import { replay } from "../../src/engine/conversation";

export const said = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed }).turns.map((t) => t.customerLine);
export const last = (scenario: string, turns: string[], seed = 1) => said(scenario, turns, seed).at(-1)!;
