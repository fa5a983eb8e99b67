import { getRubric, getScenario } from "@defuse/content";
import { describe, expect, it } from "vitest";
import { scoreConversation, simulate } from "../src/index";

/**
 * The five scenarios of curriculum v2 (issue 12), scored with rubric v2: a competent free-text call
 * resolves and passes (for the persistent abuser, ending the call properly after a warning is the pass),
 * and gaming calls (a technique wall, stock phrases, a keyword salad, a cut-off) fail.
 */
const COMPETENT: Record<string, string[]> = {
  "bereavement": [
    "Please don't apologise, you're not bothering me at all. I'm Sam and I'll help you with the letter. Can I take your name, and can you tell me what's happened?",
    "I'm so sorry about Ken, Joan. Losing your husband three weeks ago and then getting a letter in his name must be awful. So I can look at the account, can you confirm the address and postcode for me?",
    "Thank you, that matches. First, the line: I've put the account on hold for 60 days, so the line stays on and your alarm keeps working, and there will be no more letters while we sort it.",
    "I've also removed the £12 late fee, and I've referred you to our bereavement support team. They'll move the account into your name and call you within 2 working days. Would it help to spread the £84.40 over a few months?",
    "Is there anything else I can help you with today, Joan?"
  ],
  "cancellation": [
    "Of course, Tom, you can have your PAC code. I just need to confirm your date of birth and postcode first. While I do, can I ask what's made you decide to leave?",
    "Thank you, that's confirmed. So it's the calls dropping in your flat as much as the price, and missing the ward ringing about a shift is a real problem. I'll text your PAC code now, and there's no exit fee as you're out of contract.",
    "Before you use it: because your broadband is good, wifi calling would stop the calls dropping at home. I'll switch it on and walk you through turning it on in your settings. And I can move you onto a cheaper plan, SIM-only at £20 for 40GB, with no minimum term. Would either help?",
    "Great. That's the SIM-only plan from your next bill and wifi calling on now. Is there anything else I can help with before your shift?"
  ],
  "repeat-contact": [
    "I'm really sorry, Lena. You were promised a replacement on Saturday and a call back, and neither happened. So I can open your notes rather than make you repeat it all, can I take your postcode and the first line of your address?",
    "Thank you. I've read the notes from your call with Dean, and the replacement was never ordered. That's our mistake, and I'm sorry you took Saturday off unpaid and sat in all day for nothing. I'm going to put this right myself on this call.",
    "I've raised the replacement now for Thursday, the first slot, and the damaged sofa goes back on the same van. You'll get a two-hour time window by text the evening before, and I'll ring you myself by 5pm tomorrow to confirm it's gone through.",
    "For the lost Saturday I can add a £40 voucher, and I'll log a complaint so it's investigated properly. Is there anything else I can help with?"
  ],
  "persistent-abuse": [
    "I'm sorry your drill hasn't turned up, Craig; that's a real worry when you need it for work. I'm going to sort this out. Can I take your postcode so I can find the order?",
    "Thanks. I'm opening a missing-parcel claim now: the depot checks the driver's photo and GPS, and you'll hear within 2 working days. I won't carry on if the name-calling continues, though, so please leave that out and we'll get this sorted.",
    "I did ask you to stop the insults, so I'm going to end this call now. Your claim is open, and a supervisor will call you back later today, or you can call us back when you're ready."
  ],
  "chat-complaint": [
    "Hi Ria, it's Sam here, and I'm reading your messages. Sorry you've been charged twice, and sorry nobody answered you on Saturday. Can you confirm the email on your account so I can check the payments?",
    "Thanks, I can see both £34.99 payments on Sunday, and that's our error. I've refunded the second one; banks take 3 to 5 working days to show it, so it may miss your phone bill on Friday. Would skipping next week's box help in the meantime?",
    "Done, next week's box is skipped at no charge. I'll email you a confirmation now, and I've logged a complaint about the double payment and Saturday's chat so someone checks why it happened. Anything else I can help with?"
  ]
};

const WALL =
  "I completely understand how you feel and I'm so sorry for the inconvenience. I take full ownership of this and I will personally resolve it. Here is the solution: I will fix this for you. You have options: either one thing or the other, whichever you prefer. You can expect this to be resolved within a few days, and I will follow up with you to make sure you are happy.";
const GAMING: Record<string, string[]> = {
  wall: [WALL, "Is there anything else I can help you with today?"],
  stock: Array(5).fill("I understand your frustration, and I'm so sorry about that."),
  salad: ["options either or which prefer solution fixed", "sorry understand empathy ownership expectation follow up", "options either or which prefer solution fixed"],
};
const SEEDS = [1, 2, 7, 99];

describe("the five new scenarios in the engine", () => {
  it.each(Object.entries(COMPETENT))("%s: a competent free-text call passes rubric v2 for every seed", (id, turns) => {
    for (const seed of SEEDS) {
      const r = simulate({ scenario: id, turns, seed });
      expect(r.passed, `${id} seed ${seed}: ${r.verdict}`).toBe(true);
      expect(r.score).toBeGreaterThanOrEqual(getRubric("qa-grade")!.passMark);
      expect(r.critical).toBeNull();
      if (id === "persistent-abuse") {
        expect(r.outcome).toBe("ended");
        expect(r.endedProperly).toBe(true);
      } else {
        expect(r.outcome).toBe("resolved");
      }
    }
  });

  it.each(Object.keys(COMPETENT))("%s: gaming calls fail", (id) => {
    for (const [kind, turns] of Object.entries(GAMING)) {
      for (const seed of [1, 7]) {
        const r = simulate({ scenario: id, turns, seed });
        expect(r.passed, `${id} ${kind} seed ${seed}: ${r.verdict}`).toBe(false);
        if (!r.critical) expect(r.score, `${id} ${kind}`).toBeLessThan(62);
      }
    }
  });

  it("the persistent abuser keeps abusing after a warning, and hanging up without one is a cut-off", () => {
    const warnedOnly = simulate({ scenario: "persistent-abuse", turns: COMPETENT["persistent-abuse"]!.slice(0, 2), seed: 1 });
    expect(warnedOnly.outcome).not.toBe("resolved");
    expect(warnedOnly.passed).toBe(false);
    const cutOff = simulate({ scenario: "persistent-abuse", turns: ["I'm going to end this call now."], seed: 1 });
    expect(cutOff.outcome).toBe("ended");
    expect(cutOff.endedProperly).toBe(false);
    expect(cutOff.passed).toBe(false);
  });

  it("a competent call that adds a forbidden promise fails on compliance", () => {
    const r = simulate({ scenario: "chat-complaint", turns: [...COMPETENT["chat-complaint"]!, "I'll also add a £20 credit to your account for the trouble."], seed: 1 });
    expect(r.passed).toBe(false);
    expect(r.critical?.behaviour).toBe("forbidden-promise");
  });
});

describe("rubric v2 in the scorer", () => {
  it("leaves trainer-scored criteria out of the provisional total and marks them", () => {
    const scenario = getScenario("chat-complaint")!;
    const rubric = getRubric("qa-grade")!;
    const r = simulate({ scenario: scenario.id, turns: COMPETENT["chat-complaint"]!, seed: 1 });
    const trainer = r.criteria.filter((c) => c.scoredBy === "trainer").map((c) => c.id);
    expect(trainer).toEqual(rubric.criteria.filter((c) => c.scoredBy === "trainer").map((c) => c.id));
    for (const c of r.criteria.filter((x) => x.scoredBy === "trainer")) expect([c.level, c.points, c.reason]).toEqual([0, 0, expect.stringMatching(/scored by your trainer/)]);
    const engineMax = rubric.criteria.filter((c) => c.scoredBy === "engine").reduce((s, c) => s + c.weight, 0);
    const enginePoints = r.criteria.reduce((s, c) => s + c.points, 0);
    expect(r.score).toBe(Math.round((enginePoints * 100) / engineMax));
  });

  it("scores v1 exactly as before: all criteria from the engine, total out of 100", () => {
    const scenario = getScenario("billing-error")!;
    const r = scoreConversation(scenario, getRubric("core-deescalation")!, []);
    expect(r.criteria.every((c) => c.scoredBy === undefined)).toBe(true);
  });
});
