import type { AppRouter, inferRouterOutputs } from "@defuse/api";

export type Attempt = inferRouterOutputs<AppRouter>["learner"]["attempt"];
export type Turn = Attempt["turns"][number];
type TurnResult = inferRouterOutputs<AppRouter>["learner"]["takeTurn"];

/** What the server has stored of the call, as this tab last heard it. */
export interface Conversation {
  turns: Turn[];
  tension: number;
  ended: boolean;
  outcome: string;
  choices: Attempt["choices"];
  hintsUsed: number;
  hint: { name: string; prompt: string } | null;
}

export type ConversationAction = { type: "turnStored"; result: TurnResult } | { type: "hintShown"; hintsUsed: number; hint: { name: string; prompt: string } };

export function initialConversation(a: Attempt): Conversation {
  return { turns: a.turns, tension: a.tension, ended: a.ended, outcome: a.outcome, choices: a.choices, hintsUsed: a.hintsUsed, hint: a.lastHint };
}

/**
 * One place that changes the call's state: a stored turn replaces any copy of itself (a retry) and
 * clears the hint it answered; a hint counts and shows. Pure, so it is tested without a browser.
 */
export function conversationReducer(state: Conversation, action: ConversationAction): Conversation {
  switch (action.type) {
    case "turnStored": {
      const r = action.result;
      return {
        ...state,
        turns: [...state.turns.filter((t) => t.index !== r.turn.index), r.turn].sort((a, b) => a.index - b.index),
        tension: r.tension,
        ended: r.ended,
        outcome: r.outcome,
        choices: r.choices,
        hint: null,
      };
    }
    case "hintShown":
      return { ...state, hintsUsed: action.hintsUsed, hint: action.hint };
  }
}

/**
 * What a second tab compares to notice that the attempt moved on elsewhere: the turns stored, the
 * hints used and whether the call is still in progress.
 */
export function progressMark(a: { status: string; turns: unknown[]; hintsUsed: number }) {
  return `${a.status}:${a.turns.length}:${a.hintsUsed}`;
}

/**
 * The engine's reason for a branching turn ends with the first sentence of the choice's feedback,
 * which is shown in full under it: say it once.
 */
export function reasonWithoutFeedback(reason: string, feedback: string | null): string {
  if (!feedback) return reason;
  const first = (feedback.split(/(?<=[.!?])\s/)[0] ?? feedback).trim();
  return first && reason.trimEnd().endsWith(first) ? reason.trimEnd().slice(0, -first.length).trimEnd() : reason;
}

export const OUTCOME_TEXT: Record<string, string> = {
  resolved: "The customer is satisfied: the call is resolved.",
  escalated: "The customer has escalated: the call is over.",
  ended: "You ended the call.",
  ongoing: "The call has ended.",
};
