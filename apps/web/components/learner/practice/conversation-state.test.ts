import { describe, expect, it } from "vitest";
import { conversationReducer, progressMark, reasonWithoutFeedback, type Conversation, type Turn } from "./conversation-state";

const turn = (index: number, agentText: string) => ({ index, agentText, clientTurnId: `c${index}` }) as unknown as Turn;
const start: Conversation = { turns: [], tension: 60, ended: false, outcome: "ongoing", choices: [], hintsUsed: 1, hint: { name: "Empathy", prompt: "Name the feeling." } };
const stored = (t: Turn, tension: number, ended = false) =>
  ({ type: "turnStored", result: { turn: t, tension, ended, outcome: ended ? "resolved" : "ongoing", choices: [] } }) as unknown as Parameters<typeof conversationReducer>[1];

describe("the practice chat's conversation state", () => {
  it("adds a stored turn, moves the tension and clears the hint it answered", () => {
    const s = conversationReducer(start, stored(turn(0, "Sorry"), 52));
    expect(s.turns.map((t) => t.agentText)).toEqual(["Sorry"]);
    expect(s.tension).toBe(52);
    expect(s.hint).toBeNull();
    expect(s.hintsUsed).toBe(1);
  });
  it("keeps one copy of a turn the server returned twice (a retry) and keeps turns in order", () => {
    let s = conversationReducer(start, stored(turn(1, "Second"), 40));
    s = conversationReducer(s, stored(turn(0, "First"), 45));
    s = conversationReducer(s, stored(turn(1, "Second"), 40, true));
    expect(s.turns.map((t) => t.index)).toEqual([0, 1]);
    expect(s.ended).toBe(true);
    expect(s.outcome).toBe("resolved");
  });
  it("counts and shows a hint; the stale-tab mark changes with turns and hints", () => {
    const s = conversationReducer(start, { type: "hintShown", hintsUsed: 2, hint: { name: "Ownership", prompt: "Say what you will do." } });
    expect(s.hint?.name).toBe("Ownership");
    expect(progressMark({ status: "IN_PROGRESS", turns: s.turns, hintsUsed: s.hintsUsed })).not.toBe(progressMark({ status: "IN_PROGRESS", turns: start.turns, hintsUsed: start.hintsUsed }));
  });
});

describe("branching feedback is said once", () => {
  it("drops the feedback's first sentence from the end of the reason, and leaves other reasons alone", () => {
    const feedback = "Naming the feeling first lowers the heat. Then move to the fix.";
    expect(reasonWithoutFeedback("Tension fell (60 → 50): you acknowledged the feeling. Naming the feeling first lowers the heat.", feedback)).toBe(
      "Tension fell (60 → 50): you acknowledged the feeling.",
    );
    expect(reasonWithoutFeedback("Tension rose (50 → 58): no empathy.", null)).toBe("Tension rose (50 → 58): no empathy.");
    expect(reasonWithoutFeedback("Tension rose (50 → 58): no empathy.", feedback)).toBe("Tension rose (50 → 58): no empathy.");
  });
});
