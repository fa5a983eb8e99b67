import type { Scenario, TechniqueId } from "@defuse/content";
import { getTechnique } from "@defuse/content";
import type { ConversationState } from "./engine/conversation";
import { HINT_PROMPT } from "./engine/phrases";

export interface Hint {
  technique: TechniqueId;
  name: string;
  prompt: string;
}

/**
 * Suggests the technique most likely to help next (never a full sentence to copy):
 * abuse first needs a boundary, a hot call needs acknowledgement, then the scenario's unmet needs,
 * then closing the loop.
 */
export function suggestHint(scenario: Scenario, state: ConversationState): Hint {
  const used = new Set<string>(state.turns.flatMap((t) => t.labels.map((h) => h.label)));
  const unmet = scenario.engine.needs.filter((_, i) => !state.needsMet[i]);
  let technique: TechniqueId;
  const boundaryGroup = unmet.find((g) => g.includes("boundary"));
  if (boundaryGroup) technique = "boundary";
  else if (!used.has("empathy") && !used.has("apology") && state.tension >= 50) technique = "empathy";
  else if (!used.has("open_question") && !used.has("reflection") && state.revealedFacts.length === 0) technique = "open_question";
  else if (unmet.length > 0) {
    const g = unmet[0]!;
    technique = (g.find((l) => !used.has(l)) ?? g[0]) as TechniqueId;
  } else if (!used.has("expectation")) technique = "expectation";
  else if (!used.has("follow_up")) technique = "follow_up";
  else technique = "reflection";
  const entry = getTechnique(technique);
  return { technique, name: entry?.name ?? technique, prompt: HINT_PROMPT[technique] ?? entry?.definition ?? "" };
}
