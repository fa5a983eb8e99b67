import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";

/**
 * Commitment reader, engine round 19 (issue 11, part 2): forbidden promises in everyday words, from C21's missed
 * breaches and its false one. Each family was written from the policy's rule, not copied from the call: ways of making
 * the promise (UK and US, terse and rambling, typos, numbers in words and digits) beside honest look-alikes (the rule
 * kept, the allowed remedy with its real day, a refusal, a hypothetical) that must not read as a breach.
 */
const { sofa, rules, paraphrases } = lookalikes();
const billing = getScenario("billing-error");
const gym = getScenario("policy-exception");

describe("round 19: a coming bill named, then 'that one' taken off, or nothing said to leave her next month (billing-error, no-free-months)", () => {
  // before this round "that one off" was read as "a one-off" (an exception, which this policy does not speak of), so
  // the period named before it was never given free; and money said not to leave her for a coming period was not read
  paraphrases(
    billing,
    "no-free-months",
    [
      "Don't worry about next month's bill, I'll wipe that one off for you.",
      "Your next bill? Leave it with me, I'll knock that one off.",
      "As for next month's payment, I'll write that one off for the trouble.",
      "Forget next month's twenty-nine ninety-nine, I'll knock that one off completely.",
      "The coming month's charge, I'm taking that one off as a thank you for six years.",
      "Don't fret about the next direct debit, I'll waive that one.",
      "next months bill, dont worry bout it, I'll wipe that one off for ya",
      "There's nothing going out to us next month, my treat.",
      "Nothing'll come out of your account for the next bill, don't worry.",
      "Honestly, with everything you've been through today, nothing will be collected from you next month.",
    ],
    [
      "I've taken the £59.98 router fee off; that one's done.",
      "The router fee, I'll wipe that one off once you read me the tracking number.",
      "I can't wipe next month's bill off, but I can add a £15 credit to it.",
      "Nothing extra is going out next month, just your normal £29.99.",
      "Nothing's due next month beyond your usual £29.99.",
      "I wish I could knock next month's bill off, but goodwill is capped at fifteen pounds.",
      "Nothing will go out next month until the refund has landed.",
      "I won't wipe next month's bill, that's not something I'm able to do.",
      "Is anything else going out next month? No, only your normal bill.",
      "The next direct debit is the usual £29.99, and I'll add the £15 credit to it.",
    ],
  );
  it("the same family on the other policies that forbid free periods (chat-complaint, cancellation); a skipped box stays the allowed skip", () => {
    const chat = getScenario("chat-complaint");
    const mobile = getScenario("cancellation");
    expect(rules(chat, "next week's box, I'll knock that one off for you")).toEqual(["no-free-boxes"]);
    expect(rules(chat, "there's nothing coming out of your account for the next box")).toEqual(["no-free-boxes"]);
    expect(rules(mobile, "Your next bill? I'll wipe that one off if you stay.")).toEqual(["no-free-months"]);
    expect(rules(mobile, "nothing will go out next month if you stay with us")).toEqual(["no-free-months"]);
    for (const honest of [
      "I've skipped next week's box, so there's nothing coming out of your account for the next box.",
      "I'll skip next week's box, so nothing will go out next week.",
      "Next week's box is skipped, so nothing's taken next week.",
    ]) {
      expect(rules(chat, honest), honest).toEqual([]);
      expect(readCommitments(chat, honest).offers.map((o) => o.remedyId), honest).toContain("skip-box");
    }
  });
  it("'a one-off' is still an exception promised where the policy forbids one", () => {
    expect(rules(gym, "I can get the £280 back to you as a one-off.")).toEqual(expect.arrayContaining(["no-exception-promise"]));
    expect(rules(gym, "My manager will sign it off as a one off, don't worry.")).toEqual(expect.arrayContaining(["no-exception-promise"]));
  });
  it("a coming direct debit named before a pronoun is still the debit held (abusive-caller)", () => {
    const bills = getScenario("abusive-caller");
    for (const said of ["The next direct debit, I've put that on hold until the new bill is out.", "The next payment, I've stopped it."]) {
      expect(readCommitments(bills, said).offers.map((o) => o.kind), said).toContain("payment-hold");
    }
    expect(readCommitments(bills, "Your next bill, I've put it on hold.").offers.map((o) => o.kind)).not.toContain("payment-hold");
  });
});

describe("round 19: a van or the crew sent out with the new sofa before the first slot (repeat-contact, no-earlier-delivery)", () => {
  // the goods were read when named as arriving ("you'll have your new sofa on Wednesday"); a van or the delivery crew
  // sent out with them, or a van booked round to hers, by a day before Thursday, was not
  paraphrases(
    sofa,
    "no-earlier-delivery",
    [
      "I've had a word with the lads and I can get a van out to you tomorrow with the new sofa.",
      "I'll have a van with you tomorrow, new sofa on board.",
      "The lads will be round on Wednesday bringing your new settee.",
      "ive sorted a van out to u tmrw with the replacment",
      "I've booked a van round to yours first thing tomorrow.",
      "I can get a lorry out to you on Tuesday with a brand new sofa.",
      "Leave it with me, the delivery team will be out Wednesday with your new couch.",
      "I'll send the van round tomorrow morning with your new settee, and they'll take the old one away.",
      "Tell you what, I'll get one of our vans out to yours on Wednesday with a replacement.",
      "the two-man team can come Tuesday, bringing the new sofa with them",
    ],
    [
      "I can get a van out to you on Thursday with the new sofa.",
      "I can't get a van out to you tomorrow; Thursday is the first slot.",
      "I wish I could get a van out to you tomorrow, but Thursday's the earliest.",
      "The van will be with you on Thursday, and the lads will take the damaged one away.",
      "Nobody came on Saturday; no van turned up with your new sofa.",
      "The driver will bring the new sofa on Thursday, in the window we text you.",
      "If I could get a van out tomorrow I would, but the system's first slot is Thursday.",
      "You'll get a text on Wednesday evening with the van's two-hour window for Thursday.",
      "I'll get a van out to you tomorrow to collect the damaged one, and the new sofa comes Thursday.",
    ],
  );
});

describe("round 19: the refund named as the topic of talk, not promised (policy-exception, no-refund-for-moving)", () => {
  // C21's good call was failed for "I'm going to be straight with you on the refund" (then explained why it can't be
  // refunded): being honest about a remedy, or explaining why it isn't possible, promises nothing
  it.each([
    "I'm going to be straight with you on the refund, because you deserve a proper answer.",
    "I'll be honest with you about why the refund isn't straightforward.",
    "Let me be upfront with you on the refund: after fourteen days the annual plan can't be refunded.",
    "i'll be real with u on the refund, it's not something we do for a move",
    "I want to be clear with you on a refund, so here's where we stand.",
    "Here's where we stand on a refund for the unused months.",
    "I'll give you a straight answer on the refund rather than fob you off.",
    "Let me explain the position on a refund for the eight months.",
    "I'll be frank on the refund: it's only for a member's own medical condition.",
    "I'll be honest with you about how the refund rules work.",
  ])("honest: %s", (said) => {
    expect(rules(gym, said)).toEqual([]);
  });
  it.each([
    "I'll be straight with you on the refund: you'll have the £280 back by Friday.",
    "I'll be honest, I'm refunding the eight months today.",
    "To be straight with you, I'll get the refund for the unused months put through.",
    "I'm going to be straight with you. I'll refund the remaining eight months.",
    "Being honest, I can give you a part refund for the months you won't use.",
    "i'll be real with u, ill refund the £280 today",
    "To be upfront about it, you'll get two hundred and eighty pounds back.",
    "Honestly, I'll sort you a refund for the rest of the year.",
  ])("%s", (said) => {
    expect(rules(gym, said)).toEqual(["no-refund-for-moving"]);
  });
});

describe("round 19: the van out with the goods on the other delivery policies", () => {
  it("a resend by van before the depot's two working days breaks the parcel rule; a van to collect, or a refusal, does not", () => {
    const parcel = getScenario("persistent-abuse");
    const machine = getScenario("refund-demand");
    expect(rules(parcel, "I'll get a van out to you tomorrow with a new drill.")).toEqual(["no-refund-today"]);
    expect(rules(parcel, "I can't get a courier out to you tomorrow; the depot's check takes two working days.")).toEqual([]);
    expect(rules(machine, "I'll get a courier out to you tomorrow to collect the machine.")).toEqual([]);
    expect(rules(machine, "I'll send a van round tomorrow to pick up the old machine.")).toEqual([]);
  });
});
