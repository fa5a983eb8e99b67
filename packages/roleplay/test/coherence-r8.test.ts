import { getScenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { directAsk, replay } from "../src/engine/conversation";
import { quotedParts, quoteHeard } from "../src/engine/echo";

/**
 * Coherence round 8: the mechanisms behind misfits on a new author's calls (author U, development set), one block
 * each, in wordings written for these tests (not the calls'). Every case holds for several seeds.
 */
const SEEDS = [1, 2, 7, 99];
const play = (scenario: string, turns: string[], seed = 1) => replay(getScenario(scenario)!, turns, { seed });
const last = (scenario: string, turns: string[], seed = 1) => play(scenario, turns, seed).turns.at(-1)!.customerLine;

const BILL_OPEN = "I'm sorry about the shock of that bill and the wait on hold. I've got your account open and I'll sort it myself.";
const ROUTER = "The extra £59.98 is a charge for your old router: our warehouse has no record of it coming back.";

describe("a direct ask is answered as asked", () => {
  it("asked his name, she names him (not thanks for the kind words)", () => {
    for (const seed of SEEDS) {
      expect(last("bereavement", ["Oh, I'm so sorry to hear about your husband. Could you tell me his name?"], seed)).toMatch(/\bKen\b/);
      expect(last("bereavement", ["Please don't worry about bothering me. May I ask his name, and your own name too?"], seed)).toMatch(/\bKen\b/);
    }
  });

  it("'Pick a time and I'll ring you' gets a time, not a goodbye", () => {
    const turns = [BILL_OPEN, `${ROUTER} Did you manage to post it back?`, "I'd like to ring you once the refund has landed. Pick a time that suits and I'll put it in my diary."];
    for (const seed of SEEDS) {
      const reply = last("billing-error", turns, seed);
      expect(reply).toMatch(/\b(?:any ?time|whenever|morning|afternoon|evening|o'clock)\b/i);
      expect(reply).not.toMatch(/kettle|let you get on|that's everything/i);
    }
    expect(directAsk("Pick a time that suits and I'll put it in my diary.")).toBe("when");
  });

  it("a plan put to her ('does that work for you?') is answered, not met with one of her facts", () => {
    const turns = [
      "I'm so sorry, that Saturday should never have been wasted. I've got your notes, and you were promised a sofa and a call that never came.",
      "I've raised the replacement for Thursday, collecting the damaged one on the same visit, and you'll get a two-hour window by text the evening before. I'm also adding a £40 voucher for the Saturday you lost. Does that work for you?",
    ];
    for (const seed of SEEDS) {
      const reply = last("repeat-contact", turns, seed);
      expect(reply).toMatch(/^(?:yes|that suits|okay|ok|fine|alright|all right)\b/i);
      expect(reply).not.toMatch(/^Like I said/);
    }
  });

  it("'would skipping a week help?' is an offer: she answers it, not with a fact one of its words named", () => {
    expect(directAsk("Would skipping next week's box help before Friday?")).toBe("offer");
    expect(directAsk("Would a call back help, so you know when it lands?")).toBe("offer");
    expect(directAsk("Would you also like me to log a complaint about the chat?")).toBe("offer");
  });

  it("a yes/no question about what she can see or check gets its yes", () => {
    const turns = [
      "I'm so sorry, that Saturday should never have been wasted. I've got your notes, and you were promised a sofa and a call that never came.",
      "I've booked the replacement for Thursday with the old one collected, and the confirmation is going to your email as we speak. Can you see it yet?",
    ];
    for (const seed of SEEDS) expect(last("repeat-contact", turns, seed)).toMatch(/\byes\b/i);
  });

  it("asked the day she needs it by, she gives her deadline, not the purchase date", () => {
    const turns = ["I am sorry nobody answered your emails. Is there a date you have to have a working machine by?"];
    for (const seed of SEEDS) expect(last("refund-demand", turns, seed)).toMatch(/Saturday/);
  });

  it("a question naming her thing in other words is still about it ('send the old one back')", () => {
    for (const seed of SEEDS) expect(last("billing-error", [BILL_OPEN, `${ROUTER} Were you able to send the old one back at all?`], seed)).toMatch(/Post Office/);
  });

  it("'is it price, or something else?' is a question about her, not 'anything else?'", () => {
    expect(directAsk("I've sent the code. Just so I know, is it price, or something else?")).toBe("question");
    expect(directAsk("All done. Is there anything else?")).toBe("anything-else");
  });

  it("a step to check on screen ('tell me when you see it') is done, not answered with a question", () => {
    expect(directAsk("Go into Settings and turn on Wi-Fi Calling. Tell me when you see it.")).toBe("step");
    expect(directAsk("Open the album. Tell me when you're there.")).toBe("step");
    // "while you try it" is not a step to do now
    expect(directAsk("One: I set it up with you. Two: a monthly plan while you try it. No rush, choose what suits you.")).toBe("choice");
  });
});

describe("she does not react to words the agent did not say", () => {
  it("a hedged deadline ('I can't promise it before Friday') is not thanked for as promised", () => {
    const turns = [
      BILL_OPEN,
      `${ROUTER} Did you manage to post it back?`,
      "Thank you, that's our mistake then. I've taken off the £59.98 and the refund leaves today. Banks take three to five working days, so I honestly can't promise it'll be there before Friday.",
    ];
    for (const seed of SEEDS) {
      const reply = last("billing-error", turns, seed);
      // (a question about Friday is fair; taking it as promised is not)
      for (const sentence of reply.split(/(?<=[.!?])\s+/)) if (!sentence.endsWith("?")) expect(sentence).not.toMatch(/before Friday/i);
    }
  });

  it("a line quoting the agent back needs the agent's words", () => {
    expect(quotedParts("Don't tell me it's standard. Nothing about this is standard.")).toEqual(["standard"]);
    expect(quotedParts("I've heard 'we'll look into it' before. I want a date.")).toEqual(["we'll look into it"]);
    expect(quotedParts("Tracking number? Are you thick?")).toEqual(["tracking number"]);
    expect(quotedParts("Is there a catch? There's always a catch.")).toEqual([]);
    expect(quoteHeard("standard", "it's a standard charge, i'm afraid")).toBe(true);
    expect(quoteHeard("standard", "nothing you did caused that")).toBe(false);
    expect(quoteHeard("we'll look into it", "i'll pass it to the team to look into")).toBe(true);
  });

  it("an explanation without 'standard' or 'policy' is not answered 'don't tell me it's standard'", () => {
    const turns = [BILL_OPEN, `${ROUTER} You didn't do anything to cause that. Did you manage to post it back?`];
    for (const seed of SEEDS) expect(last("billing-error", turns, seed)).not.toMatch(/standard/i);
    for (const seed of SEEDS) expect(last("policy-exception", ["I'm afraid annual memberships can't be refunded."], seed)).not.toMatch(/policy/i);
  });

  it("'read the notes' is not said after the agent read her notes back, unless asked to tell it again", () => {
    const turns = [
      "Lena, I've got your notes here, so you don't need to repeat anything. You were promised a replacement on Saturday and a call, and neither happened. I'm sorry.",
      "This is mine now, and I will see it through.",
    ];
    for (const seed of SEEDS) for (const t of play("repeat-contact", turns, seed).turns) expect(t.customerLine).not.toMatch(/read the notes/i);
  });

  it("no mid-call 'I'll let you get on' or cup of tea while the agent is still telling her things", () => {
    const turns = [
      "Please don't apologise. I'm so sorry about your husband. Could you tell me his name?",
      "I'm so sorry about Ken. First, your line will not be cut off: I've put the account on hold for 60 days, so no letters and no restriction.",
      "I've also taken off the £12 late fee.",
    ];
    for (const seed of SEEDS) expect(last("bereavement", turns, seed)).not.toMatch(/cup of tea|let you get on|that's it\b/i);
  });
});

describe("an acceptance names her own choice", () => {
  const OPTIONS = [
    "I'm sorry you're moving, and I'm sorry about your sister. I'll be honest: after 14 days the annual plan isn't refundable, because it's priced for a full year up front.",
    "What I can do: move your membership to our York club, which has a pool, at no cost. Or I can freeze it for up to three months. Or transfer the months to someone else, once. Is there anyone who might use it?",
    "No rush at all. Would you like a moment to think, or shall I go ahead with the York club?",
  ];

  it("answering a question about the options with a fact is not a choice; a yes to one remedy takes that one", () => {
    for (const seed of SEEDS) {
      const reply = last("policy-exception", OPTIONS, seed);
      expect(reply).not.toMatch(/wasn't what I chose|not the one I picked|I'd said the other/i);
      expect(reply).not.toMatch(/freeze/i);
    }
  });

  it("asked what date to start it, she does not answer with her phone", () => {
    for (const seed of SEEDS) expect(last("policy-exception", [...OPTIONS, "Lovely. What date should I start it from?"], seed)).not.toMatch(/phone/i);
  });
});

describe("a recited script is heard as one", () => {
  it("technique names used as labels are not answered as if the words between them were said to her", () => {
    const salad = "Empathy: I hear you. Apology: apologies. Ownership: mine. Expectation: 3 to 5 working days. Follow-up: a call. Explanation: the router.";
    for (const seed of SEEDS) {
      const reply = last("billing-error", [salad], seed);
      expect(reply).not.toMatch(/three to five|3 to 5|before Friday|router/i);
      expect(reply).toMatch(/card|script|sheet|screen|same thing|actually/i);
    }
  });
});
