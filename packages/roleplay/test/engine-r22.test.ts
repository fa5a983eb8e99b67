import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { simulate } from "../src/simulate";
import { replay } from "../src/engine/conversation";
import { asksIdOnly, awaitsFinding, demandsPaymentOnly, playsBackOnly } from "../src/engine/substance";
import { labelIds } from "../src/analyser/label";

/**
 * Engine round 22, from C23's and C24's dev calls, each fix a family with our own wording beside look-alikes:
 * (1) her words played back ("What I'm hearing is that your alarm pendant works through the phone line") are reflection,
 * not a solution, explanation or expectation, so parroting cannot resolve a call; (2) her details asked for ("Can I take
 * your order number?"), her paying what is owed ("If you're able to make a payment today…") and a remedy left to others'
 * finding ("Should they identify a duplicate, a refund will be processed") are no fix of the agent's; (3) one more
 * alternative set beside remedies already offered ("Or, if you'd rather, the months can go to someone else") is a real
 * choice; (4) after a warning he abused through, a turn that books the way back and closes on a goodbye ends the call;
 * (5) condescension and mock confidence in her new provider are rude ("I'll go through it slowly for you so it sinks in",
 * "I'd have thought that was fairly obvious", "I haven't got all day", "I'm sure an advert knows your signal better than we
 * do").
 */
const credit = (scenario: string, turns: string[], at: number, label: string) =>
  replay(getScenario(scenario)!, turns, { seed: 1 }).turns[at]!.credits?.find((c) => c.label === label)?.engaged;

describe("round 22: what is not a fix of the agent's", () => {
  it.each([
    "What I'm hearing is that your alarm pendant works through the phone line.",
    "So what you're saying is the bank froze his account.",
    "You're telling me you can't pay £96.40 all at once.",
    "So you're saying the money went out twice on Sunday.",
    "Just to reflect back: the letter, the bank, the pendant.",
    "If I've understood you right, the sofa arrived with a split seam.",
  ])("played back only: %s", (s) => expect(playsBackOnly(s)).toBe(true));
  it.each([
    "So you're saying the line's your lifeline, so I've put a hold on it today.",
    "What I'm hearing is that Friday matters, so I'll refund it now.",
    "I've put a hold on the account for 30 days.",
    "I hear you.",
  ])("look-alike, acts or is no play-back: %s", (s) => expect(playsBackOnly(s)).toBe(false));
  it.each(["Can I take your order number, please?", "Could you give me the reference?", "What's your postcode?"])("asks for her details only: %s", (s) =>
    expect(asksIdOnly(s)).toBe(true),
  );
  it.each(["Can I take your order number so I can book the replacement?", "I'll take your reference and raise the order now."])("look-alike: %s", (s) =>
    expect(asksIdOnly(s)).toBe(false),
  );
  it.each([
    "If you're able to make a payment today by card, that would stop any restriction on the line.",
    "In the meantime the balance of £96.40 is still due.",
    "You'll need to pay the £96.40 to keep the line on.",
  ])("her payment put as the way out: %s", (s) => expect(demandsPaymentOnly(s)).toBe(true));
  it.each(["I can split the £96.40 over six months so the line stays on.", "I've put a hold on the account, so nothing is due while the bereavement team looks at it."])(
    "look-alike, an arrangement of the agent's: %s",
    (s) => expect(demandsPaymentOnly(s)).toBe(false),
  );
  it.each([
    "Should they identify that a duplicate payment has been taken in error, a refund will be processed.",
    "If the payments team confirms it, the money goes back to your card.",
    "Once the manager approves it, you'll get the credit.",
  ])("waits on others' finding: %s", (s) => expect(awaitsFinding(s)).toBe(true));
  it.each(["I've refunded the duplicate now; it shows in 3 to 5 working days.", "If you'd like, I'll refund it now."])("look-alike: %s", (s) =>
    expect(awaitsFinding(s)).toBe(false),
  );
  it("a call that only parrots her back does not resolve (the bereavement call)", () => {
    const turns = [
      "You've had a letter for your husband saying you're overdue and the line might be stopped. I hear you.",
      "So your husband Ken passed away and the bank froze his account. What I'm hearing is that the bank froze his account.",
      "And what I'm hearing is that your alarm pendant works through the phone line. Thank you for sharing that with me.",
      "So just to reflect back: the letter, Ken, the bank, the pendant. Is there anything else I can help with?",
    ];
    for (const seed of [1, 2, 7]) {
      const r = simulate({ scenario: "bereavement", turns, seed });
      expect(r.outcome, `seed ${seed}`).not.toBe("resolved");
      expect(r.passed, `seed ${seed}`).toBe(false);
    }
  });
});

describe("round 22: one more alternative beside what is already offered is a real choice", () => {
  const first = [
    "I'm sorry about your sister, that's a lot to take on with a move as well.",
    "The annual plan can't be refunded after 14 days, because it's priced lower than paying monthly.",
    "We have a club in York with a pool. I can transfer your remaining eight months there at no cost, and I can freeze the membership for up to three months if the move gets complicated.",
  ];
  it.each([
    "Or, if you'd rather not use it at all, the remaining months can go to someone else once, free of charge.",
    "Alternatively, the rest of the membership can pass to a family member, once, for free.",
    "Another option is passing it on to someone in the family, once, free of charge.",
  ])("%s", (more) => {
    expect(credit("policy-exception", [...first, more], 3, "options")).toBe(true);
  });
  it("look-alike: the same line with nothing offered before is no choice", () => {
    expect(credit("policy-exception", [first[0]!, first[1]!, "Or, if you'd rather not use it at all, the remaining months can go to someone else once, free of charge."], 2, "options")).toBe(false);
  });
});

describe("round 22: after a warning he abused through, booking the way back and saying goodbye ends the call", () => {
  const OPEN = "You need that drill and it isn't there. I get why you're livid. I'm opening a missing-parcel claim now; the depot checks the photo and GPS within 2 working days.";
  const WARN = "Mr Dunn, I'm on your side with this, but I need the personal remarks to stop. If they carry on I'll have to end the call.";
  it.each([
    "Supervisor call back is booked for this afternoon, and your claim reference is in your email. Thanks, Mr Dunn.",
    "I've booked a supervisor to ring you back later today, and your claim is open. Goodbye, Mr Dunn.",
    "A supervisor will call you back this afternoon; the claim reference is in your email. Take care.",
  ])("%s", (close) => {
    for (const seed of [1, 2, 7]) {
      const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, WARN, close], seed });
      expect(r.outcome, `seed ${seed}`).toBe("ended");
      expect(r.endedProperly, `seed ${seed}`).toBe(true);
    }
  });
  it("look-alike: the same goodbye with no warning before does not end the call", () => {
    const r = simulate({ scenario: "persistent-abuse", turns: [OPEN, "Supervisor call back is booked for this afternoon, and your claim reference is in your email. Thanks, Mr Dunn."], seed: 1 });
    expect(r.outcome).not.toBe("ended");
  });
});

describe("round 22: condescension is rude", () => {
  it("ironic deference on the cancellation call fails on rude, and she does not take it as news", () => {
    const r = simulate({ scenario: "cancellation", turns: ["Your PAC code is on its way by text either way.", "Good luck with the new network. I am sure their advert knows your signal better than we do."], seed: 1 });
    expect(r.critical?.act).toBe("rude");
    expect(r.critical?.turn).toBe(1); // (0-based: the second turn)
    expect(r.customerLines[1]).not.toMatch(/\bthank|cheers|useful|good to know|that's better/i);
  });
  it.each([
    "I know you've worked it out, but I'll go through it slowly for you so it sinks in: annual means annual.",
    "I'll say it again slowly, because I don't think you're following.",
    "Let me explain it one more time, slowly.",
    "Your friend's leisure centre was a monthly contract. I'd have thought that was fairly obvious.",
    "Because we need the item back. Obviously.",
    "So which of those do you want? I haven't got all day.",
    "Mrs Hartley, I don't have all day.",
    "Right, let me go through this slowly so it's clear. Annual plans aren't refundable after 14 days. Annual. Not monthly. Do you follow?",
    "Good luck with the new lot if you go. I'm sure an advert knows your signal better than we do.",
    "I'm sure their network will be every bit as reliable as their adverts.",
  ])("%s", (s) => expect(labelIds(s, { scenario: "policy-exception" })).toContain("rude"));
  it.each([
    "We'll go nice and slowly, there's no rush.",
    "I'll go through it again slowly so you can write it down.",
    "Could you read it again slowly?",
    "Let me explain it again, more slowly, sorry, I rushed it.",
    "It's not obvious at all, loads of people miss it.",
    "It's obvious you're upset, and I get why.",
    "I know you haven't got all day, so I'll be quick.",
    "I'll go through it slowly. Do you follow so far, or shall I go back?",
    "I'm sure the engineer knows the meter better than I do.",
    "I'm sure the new network will be fine for you, and the PAC is on its way.",
  ])("look-alike, not rude: %s", (s) => expect(labelIds(s, { scenario: "policy-exception" })).not.toContain("rude"));
});
