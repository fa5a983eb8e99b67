import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { simulate } from "../src/simulate";
import { recitesOnly, looksIntoOnly } from "../src/engine/recital";
import { heldBack, unstood, givenWithoutCondition } from "../src/engine/standing";
import { pitfallSpan } from "../src/scoring/pitfall-quote";

/**
 * Engine round 29 (gam27): "did the agent actually do the fix?". A remedy is credited only when it was done or committed to in
 * this call, with its condition, and still stands at the end: her facts recited back are reflection, not a fix; a ticket to
 * look into it is a vague intention, dated or not; a remedy taken back, or the one she asked for withheld, leaves the call
 * open; a remedy the policy gives only after something of hers fails the call when nobody asked for it; a hang-up on a caller
 * who has calmed is no proper end; a choice set beside an earlier offer includes it; a pitfall is quoted by the words that
 * carry it. Our own wordings beside look-alikes that must not fire, at seeds 1 to 4.
 */
const SEEDS = [1, 2, 3, 4];
const billing = getScenario("billing-error")!;
const chat = getScenario("chat-complaint")!;
const mobile = getScenario("cancellation")!;
const gym = getScenario("policy-exception")!;
const CALLS = {
  "recite": {"scenario": "billing-error", "turns": ["Right, Sandra, just so I'm clear: your bill came to £89.97 rather than £29.99, after six years with us and twenty minutes on hold. I'm really sorry about that.", "So you've got rent leaving on Friday and you need that £59.98 back before it goes. That must be a real worry.", "Let me make sure I've understood you: the £59.98 is for the old router, you sent it back in May, and it never got scanned at the warehouse. I'm going to look after this myself.", "So your money back before Friday and a ring to check it's arrived. I'm with you on this.", "Is there anything else on the account worrying you?"]},
  "recite-then-fix": {"scenario": "billing-error", "turns": ["Right, Sandra, just so I'm clear: your bill came to £89.97 rather than £29.99, after six years with us and twenty minutes on hold. I'm really sorry about that.", "Let me make sure I've understood you: the £59.98 is for the old router, you sent it back in May, and it never got scanned at the warehouse. Have you still got the Post Office receipt or the tracking number?", "Thank you. I've taken the £59.98 fee off and refunded it to your card; it leaves today and usually shows in 3 to 5 working days, so it may not land before Friday. I'm sorry I can't make it faster.", "Would a call back on Monday afternoon help, to check it's landed? Is there anything else I can do?"]},
  "lookinto": {"scenario": "billing-error", "turns": ["Sandra, I'm so sorry about the shock of that bill and the long wait. I'll take care of this for you.", "I've logged a case for the billing team to look into the £59.98, and they'll review it by next Tuesday.", "I've flagged it as high priority because of your rent, and they normally get to those within 3 to 5 working days.", "Is there anything else I can help with today?"]},
  "takeback": {"scenario": "chat-complaint", "turns": ["sorry ria, that's two payments of £34.99 on sunday and only one box. and sorry nobody answered you on saturday", "i've refunded the duplicate £34.99 to your card now, it'll show in 3 to 5 working days", "sorry, scratch that, i can't refund the duplicate after all, it'll have to stay on for now. anything else?"]},
  "fix-clarify": {"scenario": "chat-complaint", "turns": ["sorry ria, that's two payments of £34.99 on sunday and only one box. and sorry nobody answered you on saturday", "i've refunded the duplicate £34.99 to your card now, it'll show in 3 to 5 working days", "just to be clear, i can't make the bank any faster than that, but the refund has left us today. i'll email you the confirmation now. anything else?"]},
  "withheld": {"scenario": "cancellation", "turns": ["Thanks Tom. I'm not able to issue your PAC code until we've talked through your plan, so bear with me. Why are you thinking of leaving?", "I'm sorry your calls keep dropping at home. I've switched on wifi calling for you and moved you onto the £20 SIM-only plan from your next bill.", "That should sort the calls at home. Anything else I can help with?"]},
  "pac-given": {"scenario": "cancellation", "turns": ["Of course, Tom. I've texted your PAC code to you now; you're out of contract so there's no exit fee and you keep your number. Can I ask what's made you decide to go?", "I'm sorry the calls keep dropping at home. Wifi calling would fix that over your broadband, whichever network you're on; want me to switch it on for you?", "Done, it's switched on. Is there anything else I can help with?"]},
  "unasked": {"scenario": "billing-error", "turns": ["Sandra, I'm really sorry about that bill and the wait. I'll sort this out myself.", "The £59.98 is a fee for the old router not being returned. I've taken it off your account and it's on its way back to your card; it usually shows in 3 to 5 working days.", "I'll ring you on Tuesday at 6pm to make sure it's arrived. Anything else?"]},
  "calmed-hangup": {"scenario": "persistent-abuse", "turns": ["Craig, I get it, a drill marked delivered to a door that isn't yours, right before a job, is infuriating. I want to get this sorted, but I need you to stop the name-calling so we can.", "Right, I've opened a missing-parcel claim now. The depot checks the driver's photo and GPS, and the sender will refund or resend within 2 working days.", "Craig, you've carried on with the abuse after I asked, so I'm ending the call now. The claim is open; a supervisor can ring you later today, or call us back whenever you like. Goodbye."]},
  "rude-second": {"scenario": "billing-error", "turns": ["I'm so sorry about the bill and the wait, Sandra. I'll sort this out personally.", "That £59.98 is the fee for the old router. Have you got the Post Office receipt? Do try to keep hold of it this time, won't you.", "Thanks. I've removed the £59.98 fee and refunded it to your card; it leaves today and usually shows in 3 to 5 working days.", "Anything else I can help with?"]},
  "choice-beside": {"scenario": "policy-exception", "turns": ["Margaret, I'm sorry about your sister's fall. Moving to York to care for her is a lot, and wanting this handled fairly makes complete sense.", "To be honest with you, the annual plan is cheaper because it's paid upfront, so after the first 14 days it can't be refunded for a move. What I can do is move your membership to our York club at no cost, and it has a pool.", "Alternatively, you could pass the remaining months to someone else once, free of charge, or freeze it for up to three months. Take your time; which would suit you best?", "Lovely, then I'll transfer you to York from the date you move, and I'll email you confirmation today. Just tell me the date once you know it. Anything else I can help with?"]},
} as const;

const run = (k: keyof typeof CALLS, seed: number) => simulate({ scenario: CALLS[k].scenario, turns: [...CALLS[k].turns], seed });

describe("her facts recited back are reflection, not a fix", () => {
  it.each([
    "so your rent goes out on friday and you need the £59.98 back before then.",
    "so you've been with us six years and waited twenty minutes on hold.",
    "let me make sure i've understood you: the £59.98 is for the old router and you sent it back in may.",
    "just so i'm clear: the router went back in may and the warehouse never scanned it.",
    "so your money back before friday and a ring to check it's arrived.",
  ])("recites only: %s", (t) => expect(recitesOnly(t)).toBe(true));
  it.each([
    "so your refund leaves today and shows in 3 to 5 working days.",
    "so you've been charged twice, so i've refunded the second payment.",
    "let me make sure i've understood you, and then i'll remove the fee.",
    "so the refund will be back in your account by next wednesday.",
    "so your bill went up because the router fee was added after the upgrade.",
    "i've removed the £59.98 fee.",
  ])("does something: %s", (t) => expect(recitesOnly(t)).toBe(false));
  it("a call of recitation and stock empathy is not resolved, at every seed", () => {
    for (const seed of SEEDS) {
      const r = run("recite", seed);
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(false);
      expect(r.outcome, `seed ${seed}`).not.toBe("resolved");
    }
  });
  it("a summary followed by the actual remedy still passes", () => {
    for (const seed of SEEDS) expect(run("recite-then-fix", seed).passed, `seed ${seed}`).toBe(true);
  });
});

describe("a ticket to look into it is no remedy, even with a date", () => {
  it.each([
    "i've logged a case for the billing team to look into the £59.98, and they'll review it by next tuesday.",
    "i've flagged it as high priority.",
    "our team will investigate the charge and come back to you by monday.",
  ])("looks into only: %s", (t) => expect(looksIntoOnly(t)).toBe(true));
  it.each([
    "i've removed the £59.98 fee now, and i've flagged the warehouse scan for review too.",
    "i've refunded it to your card today.",
    "the depot checks the driver's photo and gps.",
    "i've opened a missing-parcel claim for you, so the depot will check the driver's photo and gps.",
  ])("does it: %s", (t) => expect(looksIntoOnly(t)).toBe(false));
  it("the look-into call fails, unresolved, at every seed", () => {
    for (const seed of SEEDS) {
      const r = run("lookinto", seed);
      expect(r.passed, `seed ${seed}: ${r.verdict}`).toBe(false);
      expect(r.outcome, `seed ${seed}`).not.toBe("resolved");
    }
  });
});

// (standing.ts's `unstood` is not wired into the outcome: the lead left it out at the merge because it cost a good call in a
// held-out set, C19 36 -> 35; its reading is kept and tested here for the next round, which must find what it misreads)
describe("the remedies standing at the end (read, not yet used by the outcome)", () => {
  it("a refund given then taken back is read as taken back", () => {
    expect(unstood(chat, CALLS.takeback.turns, chat.openingLine).map((u) => u.how)).toEqual(["taken-back"]);
  });
  it("a fix done then a clarification of what cannot be sped up stands", () => {
    expect(unstood(chat, CALLS["fix-clarify"].turns, chat.openingLine)).toEqual([]);
    for (const seed of SEEDS) expect(run("fix-clarify", seed).passed, `seed ${seed}`).toBe(true);
  });
  it("the PAC code he asked for, withheld and never given, is read as withheld", () => {
    expect(unstood(mobile, CALLS.withheld.turns, mobile.openingLine)).toMatchObject([{ remedyId: "pac-code", how: "withheld" }]);
  });
  it("the PAC code given straight away, then a fix offered, passes", () => {
    expect(unstood(mobile, CALLS["pac-given"].turns, mobile.openingLine)).toEqual([]);
    for (const seed of SEEDS) expect(run("pac-given", seed).passed, `seed ${seed}`).toBe(true);
  });
  it.each([
    [billing, "I'm not going to promise you something I can't book."],
    [billing, "I can't send the refund by cheque, but it's gone back to your card today."],
    [mobile, "If you'd rather not wait, I can send the PAC code now."],
  ] as const)("look-alike holds nothing back: %s", (scenario, t) => {
    const held = heldBack(scenario, t);
    const given = unstood(scenario, [t], scenario.openingLine);
    expect(held.size === 0 || given.length === 0).toBe(true);
  });
});

describe("a remedy the policy gives only on her condition, given unasked, fails the call", () => {
  it("the fee taken off with no receipt or tracking number asked for fails, with the words quoted", () => {
    expect(givenWithoutCondition(billing, CALLS.unasked.turns, billing.openingLine, [])).toMatchObject([{ remedyId: "remove-fee-with-proof" }]);
    for (const seed of SEEDS) {
      const r = run("unasked", seed);
      expect(r.passed, `seed ${seed}`).toBe(false);
      expect(r.critical, `seed ${seed}`).toBeNull();
      expect(r.verdict).toContain("condition");
    }
  });
  it("asking for the receipt first keeps it clean; a remedy with no precondition is never flagged", () => {
    expect(givenWithoutCondition(billing, CALLS["recite-then-fix"].turns, billing.openingLine, [])).toEqual([]);
    expect(givenWithoutCondition(gym, CALLS["choice-beside"].turns, gym.openingLine, [])).toEqual([]);
    expect(givenWithoutCondition(billing, ["The router came back to us in May, so I've removed the £59.98 fee."], billing.openingLine, [])).toEqual([]);
  });
});

describe("a choice set beside an earlier offer includes it", () => {
  it("she picks the club offered first, the agent goes ahead with it: resolved", () => {
    for (const seed of SEEDS) {
      const r = run("choice-beside", seed);
      expect(r.outcome, `seed ${seed}: ${r.verdict}`).toBe("resolved");
      expect(r.passed, `seed ${seed}`).toBe(true);
    }
  });
});

describe("a pitfall is quoted by the sentence that carries it", () => {
  it("the jibe, not the question before it", () => {
    const t = CALLS["rude-second"].turns[1]!;
    expect(pitfallSpan(t, "rude", { start: 0, end: 10, text: t.slice(0, 10) }).text).toContain("keep hold of it this time");
    for (const seed of SEEDS) {
      const r = run("rude-second", seed);
      expect(r.passed).toBe(false);
      expect(r.critical?.quote, `seed ${seed}`).toContain("keep hold of it this time");
    }
  });
  it("a span that carries the pitfall itself stands", () => {
    const t = "Do try to keep hold of it this time, won't you. Have you got the receipt?";
    const at = { start: 0, end: 47, text: t.slice(0, 47) };
    expect(pitfallSpan(t, "rude", at).text).toBe(at.text);
  });
});
