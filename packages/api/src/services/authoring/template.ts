import type { Scenario } from "@defuse/content";

/**
 * The smallest scenario that validates and that the engine can finish: every required group has
 * its minimum number of lines, one remedy, one rule and a two-step branching version. Authors
 * replace the wording; the structure is there so the editor never starts from an invalid document.
 */
export function blankScenario(id: string, title: string): Scenario {
  const line = (t: string) => t;
  return {
    id,
    version: 1,
    title,
    summary: "Describe the call in one or two sentences.",
    channel: "phone",
    customerType: "upset",
    difficulty: "foundation",
    persona: {
      name: "Alex Morgan",
      situation: "What happened before the call.",
      wants: "What the customer wants from the call.",
      emotionalState: "How the customer feels and why.",
      inflamedBy: ["Being asked to repeat details", "Vague promises"],
      calmedBy: ["A real apology", "A concrete next step"],
      facts: [{ id: "reason", fact: "Why the customer is calling.", askedAbout: ["what happened", "reason"], customerLine: "I'll tell you what happened." }],
    },
    openingLine: "I need this sorted out today.",
    startTension: 60,
    policy: {
      allowed: [{ id: "call-back", description: "Book a call back at a time the customer chooses.", kind: "callback", conditions: [] }],
      forbidden: [{ id: "no-compensation", description: "Do not promise compensation.", breachWhen: [{ kinds: ["compensation"] }] }],
    },
    lines: {
      calmer: [line("Okay. Thank you."), line("That helps a bit."), line("Right, go on."), line("Fine, I'm listening.")],
      same: [line("I still don't see what you're doing about it."), line("That doesn't answer my question."), line("So what happens now?"), line("I've heard that before.")],
      angrier: [line("That's not good enough."), line("You're not listening to me."), line("I want to speak to someone else."), line("This is ridiculous.")],
      resolved: [line("Thank you, that's sorted then."), line("Good. I'm glad someone dealt with it.")],
      escalated: [line("I want a manager, now."), line("Forget it, I'm going elsewhere.")],
      closing: [],
      ended: [],
      cutOff: [],
    },
    engine: { effects: {}, resolveAtOrBelow: 30, needs: [["empathy", "apology"], ["solution", "options"]], topics: [], concerns: [], grace: 0, maxDropPerTurn: 20 },
    rubricId: "core-deescalation",
    branching: {
      startNodeId: "opening",
      nodes: [
        {
          id: "opening",
          customerLine: "I need this sorted out today.",
          choices: [
            { id: "own-it", text: "I'm sorry about this. I'll sort it out myself now.", feedback: "An apology and ownership.", tensionDelta: -20, labels: ["apology", "ownership"], next: "sorted" },
            { id: "policy", text: "That's our policy, I'm afraid.", feedback: "A policy wall with no way forward.", tensionDelta: 20, labels: ["policy_wall"], next: "manager" },
          ],
        },
        { id: "sorted", customerLine: "Thank you, that's sorted then.", outcome: "resolved", choices: [] },
        { id: "manager", customerLine: "I want a manager, now.", outcome: "escalated", choices: [] },
      ],
    },
  };
}
