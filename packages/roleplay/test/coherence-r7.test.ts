import { getScenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { closesCall, directAsk, replay } from "../src/engine/conversation";

/**
 * Coherence round 7: causes of the readers' misfits on a new author's calls (a question answered with a stock
 * line or a goodbye, a name or a fact from another moment, a reply said twice), one block each, in wordings
 * written for these tests. Every case holds for several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const lines = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed }).turns.map((t) => t.customerLine);
const last = (scenario: string, turns: string[], seed = 1) => lines(scenario, turns, seed).at(-1)!;
const GOODBYE = /\b(?:that's (?:it|everything|all)|nothing else|no, that's)\b/i;

// a billing call that resolves, in words written for this test
const SORTED_BILL = [
  "I'm so sorry, that's a horrible shock after six years, and after twenty minutes on hold. I'll sort this out myself. What does the extra line on the bill say?",
  "That's the £59.98 fee for your old router: it never showed as returned. Did you manage to post it back?",
  "Thank you, the tracking number shows it reached us, so that's our mistake. I've taken the £59.98 off and the refund goes back to your card today; banks take three to five working days, so I can't promise it before Friday.",
  "I've also put a £15 credit on your next bill for the trouble, and you'll get an email with all of it written down.",
];

describe("a goodbye answers only 'anything else?' or the agent winding up", () => {
  it("a turn that only tells her more, mid-call, gets no goodbye", () => {
    const more = [...SORTED_BILL, "The credit shows as a separate line at the bottom of the bill, under your usual monthly charge."];
    for (const seed of SEEDS) expect(last("billing-error", more, seed)).not.toMatch(GOODBYE);
  });

  it("'anything else?' and a sign-off are still answered with one", () => {
    expect(closesCall("Is there anything else I can help with today?")).toBe(true);
    expect(closesCall("That's all done for you. Take care now, and have a lovely evening.")).toBe(true);
    expect(closesCall("The credit shows at the bottom of the bill.")).toBe(false);
    // a thanks in an opening script is not winding up
    expect(closesCall("Thank you for calling ConnectHome. What's the problem with your bill?")).toBe(false);
  });

  it("'before anything else, …' is a question, not 'anything else?'", () => {
    expect(directAsk("Before anything else, can you tell me what the screen on the meter says?")).toBe("question");
    expect(directAsk("Right, all done. Anything else on your mind?")).toBe("anything-else");
  });
});

describe("the same reply is not said twice to turns that only add detail", () => {
  it("after the call is sorted, two more statements get two different replies", () => {
    const more = [
      ...SORTED_BILL,
      "The credit shows as a separate line at the bottom of the bill.",
      "And the refund will show on your statement as ConnectHome Ltd.",
    ];
    for (const seed of SEEDS) {
      const said = lines("billing-error", more, seed).slice(SORTED_BILL.length - 1);
      expect(new Set(said).size).toBe(said.length);
    }
  });
});

describe("a question is answered about what it asks, not about a word in a dating clause", () => {
  it("'what did the website say about offline when you signed up?' gets what she was told, not the date", () => {
    const turn = "That sounds awful in front of clients, I'm sorry. So I know where it went wrong, what did our website or chat say about offline use when you signed up?";
    for (const seed of SEEDS) {
      const reply = lines("misled-features", [turn], seed)[0]!;
      expect(reply).toMatch(/chat|typed|said|told|advert|website/i);
      expect(reply).not.toMatch(/\b3rd\b|days ago/i);
    }
  });

  it("'is there a day you need this sorted by?' gets her deadline, not when she bought it", () => {
    const turns = [
      "I'm sorry your emails got no answer. What's the machine doing?",
      "A leak from the base every time is a fault, so you're covered. Is there a particular day you need this sorted by?",
    ];
    for (const seed of SEEDS) {
      const reply = last("refund-demand", turns, seed);
      expect(reply).toMatch(/saturday|party|birthday/i);
      expect(reply).not.toMatch(/last month|weeks ago/i);
    }
  });
});

describe("a step to do now is done, not put off", () => {
  it("a walk-through of taps is read as a step, and she does it", () => {
    expect(directAsk("Let's set it up now. First, open the app and tap the album you want to keep.")).toBe("step");
    expect(directAsk("Quick check: put the phone in flight mode and open that album.")).toBe("step");
    const turns = [
      "I'm sorry, that must have been mortifying. Offline works only for albums you choose to keep on the phone, while you still have signal.",
      "Let's set it up together now. First, open the app and tap the album you want to keep.",
    ];
    for (const seed of SEEDS) expect(last("misled-features", turns, seed)).not.toMatch(/tonight|later|next shoot/i);
  });
});

describe("nobody is named before she has told about them", () => {
  it("offered a transfer to someone else, she does not name a grandson she has not mentioned", () => {
    const turn =
      "I can't refund the unused months, I'm afraid, but you won't lose them: you could pass them to a friend or relative once, free of charge, or freeze the membership for three months. Which would you prefer?";
    for (const seed of SEEDS) expect(lines("policy-exception", [turn], seed)[0]).not.toMatch(/\bTom\b/);
  });
});

describe("her choice stays hers", () => {
  const CHOICE = [
    "I'm sorry both your emails went unanswered. What's the machine doing?",
    "A leak from the base every time is a fault, so you're covered. I can send a replacement by next-day courier and take the old one away, or give you a full refund once the courier collects it. Which would you prefer?",
  ];
  it("asked again after choosing, she keeps to her choice rather than pick 'the first one'", () => {
    for (const seed of SEEDS) {
      const said = lines("refund-demand", [...CHOICE, "So which would you prefer, the replacement or the refund?"], seed);
      expect(said[1]).toMatch(/replacement/i);
      expect(said[2]).not.toMatch(/first one|first option|I've got that/i);
      expect(said[2]).toMatch(/said|picked|chosen|choice/i);
    }
  });

  it("the agent going ahead with the option she turned down gets a word about it, once", () => {
    const refund = "Right, I've booked the full refund: the courier collects the machine tomorrow and the money goes back within 5 working days of collection.";
    for (const seed of SEEDS) {
      const st = replay(getScenario("refund-demand")!, [...CHOICE, refund, "The refund will show on your card as HomeLine Direct."], { seed });
      const said = st.turns.map((t) => t.customerLine);
      expect(said[1]).toMatch(/replacement/i);
      // (since round 9 she corrects it by name rather than go along: "Hang on, I said the replacement, not the refund.")
      expect(said[2]).toMatch(/not the one I picked|the other one|wasn't what I chose|I (?:said|chose|asked for) the replacement/i);
      expect(said[3]).not.toMatch(/not the one I picked|the other one|wasn't what I chose|I (?:said|chose|asked for) the/i);
    }
  });
});

describe("asked for her details, she gives them first", () => {
  it("'may I take your name and your husband's?' gets their names, not thanks for kind words", () => {
    const turn = "There's no need to apologise, I'm glad you called, and we'll go at your pace. May I take your name, and your husband's name too?";
    for (const seed of SEEDS) {
      const reply = lines("bereavement", [turn], seed)[0]!;
      expect(reply).toMatch(/Hartley/);
      expect(reply).not.toMatch(/kind of you/i);
    }
  });
});
