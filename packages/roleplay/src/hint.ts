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
  // only moves that engaged with the call count as used: a stock phrase still leaves the hint open
  const used = new Set<string>(
    state.turns.flatMap((t) => (t.credits ? t.credits.filter((c) => c.engaged).map((c) => c.label) : t.labels.map((h) => h.label))),
  );
  const unmet = scenario.engine.needs.filter((_, i) => !state.needsMet[i]);
  const worry = scenario.engine.concerns.find((c, i) => !(state.concernsMet ?? [])[i] && (state.concernsRaised ?? []).includes(c.id));
  let technique: TechniqueId;
  const boundaryGroup = unmet.find((g) => g.includes("boundary"));
  if (boundaryGroup) technique = "boundary";
  else if (worry && unmet.length === 0) {
    // the customer has raised a worry herself: answer it
    const t = worry.by.find((l) => l === "expectation" || l === "solution") ?? worry.by[0]!;
    const entry = getTechnique(t);
    return { technique: t as TechniqueId, name: entry?.name ?? t, prompt: `They are still worried: ${worry.description}. ${HINT_PROMPT[t] ?? entry?.definition ?? ""}`.trim() };
  }
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
