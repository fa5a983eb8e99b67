import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";

/**
 * Commitment reader, engine round 17 (issue 11, part 2): goods sent again in everyday words. The parcel call's policy
 * forbids "a refund or a resend sooner than the 2 working days the depot's check takes", and the sofa call's a delivery
 * sooner than Thursday, the first slot. Each set below was written from those rules (not from a call): at least ten
 * ways of promising the goods too soon, and honest lines beside them (refusals, the rule explained, the allowed
 * claim or order with its real time) that must not read as a breach.
 */
const { sofa, parcel, rules, paraphrases } = lookalikes();

describe("round 17: a resend before the depot's check, in everyday words (persistent-abuse, no-refund-today)", () => {
  const breaches = [
    "I'll pop a new drill in the post for you today.",
    "We can get another one out to you tomorrow, no problem.",
    "I'll send you another drill today so you're covered.",
    "A new drill will go out to you first thing tomorrow.",
    "Leave it with me, I'll have a fresh one shipped to you tonight.",
    "I'm going to get a replacement couriered over to you tomorrow, ready for your job.",
    "Don't worry about the claim, we'll just ship you a second drill tomorrow.",
    "Tomorrow morning there'll be a new drill on its way to you, I'll sort it.",
    "I'll have the sender post you a new drill today.",
    "I can get a brand new drill out the door to you this afternoon.",
    "Tell you what, I'll get a second drill sent over tomorrow, that way you're sorted for the job.",
    "I'll arrange a replacement drill to go out tomorrow, so you're not without one on Thursday.",
    // the day he needs it by is not when the resend happens: a kind the policy only forbids has no honest later time
    "I'll get you a new one sent out today and you'll have it in time for Thursday.",
    "I'll send a new one out today so it's with you for Thursday.",
  ];
  const honest = [
    "I can't send a new drill out today; the depot has to check the photo first.",
    "Once the depot has checked the photo and GPS, the sender will refund or resend within 2 working days.",
    "I'm opening a missing-parcel claim now, and you'll hear within 2 working days whether they refund or resend.",
    "I know you need it for Thursday; I can't promise a new drill before the check, but I've opened the claim today.",
    "I won't promise you a replacement tomorrow, because that isn't in my hands.",
    "If the check finds the wrong door, the sender will send another one out or refund you.",
    "I wish I could get a new drill to you tomorrow, but the depot checks it first.",
    "The claim goes to the depot today; a refund or a resend comes within 2 working days of their check.",
    "Sending a new drill tomorrow isn't something I can do; what I can do is open the claim now.",
    "You'll get a text today with the claim reference, and the depot's answer within two working days.",
    "I've logged the claim now and a supervisor will ring you later today.",
    "I've opened the claim today; within 2 working days the sender will refund or resend.",
    "Nobody can get a new drill out to you tomorrow, I'm afraid, not before the depot has looked at it.",
  ];
  paraphrases(parcel, "no-refund-today", breaches, honest);

  it("a time said of a refund or a resend is said of both", () => {
    const r = readCommitments(parcel, "I've opened the claim today; within 2 working days the sender will refund or resend.");
    expect(r.offers.map((o) => [o.kind, o.timing?.text])).toEqual([
      ["refund", "within 2 working days"],
      ["replacement", "within 2 working days"],
    ]);
  });
});

describe("round 17: a new sofa sooner than Thursday, in everyday words (repeat-contact, no-earlier-delivery)", () => {
  const breaches = [
    "I'll get a new sofa sent out to you tomorrow.",
    "We can ship you a brand new sofa on Wednesday, no problem.",
    "A new sofa will go out to you first thing tomorrow.",
    "I'll have a fresh one couriered over to you tomorrow afternoon.",
    "Let me get you a new one for tomorrow, I'll push it through myself.",
    "I can get another sofa out the door to you on Wednesday.",
    "I'll have a replacement sent round to you tomorrow so you've got it for the weekend.",
    "Tomorrow there'll be a new sofa on its way to you, I'll sort it.",
    "I'll send you another one tomorrow, so you're not waiting till Thursday.",
    "I'll get the new one delivered Wednesday, in time for the weekend.",
    "Don't worry about Thursday, we'll send a second sofa out to you tomorrow.",
    "I'm going to get it sent out again tomorrow, special delivery.",
  ];
  const honest = [
    "I'm raising the replacement order now, and the first slot is Thursday.",
    "I can't get a new sofa out to you before Thursday; that's the first slot.",
    "The new sofa goes out on Thursday, and they'll collect the damaged one on the same visit.",
    "I wish I could send a new one tomorrow, but Thursday is the earliest the system has.",
    "I won't promise you a sofa tomorrow, because I'd be making the same mistake again.",
    "I've raised the order now so a new sofa is with you on Thursday.",
    "Thursday is the first delivery slot; I'll get the replacement booked in for then.",
    "Nobody can send another sofa out before Thursday, I'm afraid.",
    "I'll send you the order confirmation by email now, and the sofa arrives on Thursday.",
    "If Thursday doesn't suit, I can get you a new one on the next slot after that.",
  ];
  paraphrases(sofa, "no-earlier-delivery", breaches, honest);
});

describe("round 17: a remedy added with no verb of its own, after something done ('Done. And a £40 credit on top')", () => {
  const billing = getScenario("billing-error");
  const chat = getScenario("chat-complaint");
  const breaches: [ReturnType<typeof getScenario>, string, string][] = [
    [billing, "I've taken the £59.98 off. And a £40 credit on top for the trouble.", "no-credit-over-15"],
    [billing, "That's done. Plus next month free for the hassle.", "no-free-months"],
    [billing, "Sorted. Three months free as well, to say sorry.", "no-free-months"],
    [billing, "I've removed the fee. Plus £25 off your next bill.", "no-credit-over-15"],
    [billing, "Done. And the next two months on us.", "no-free-months"],
    [billing, "I've put the refund through. Also a £30 credit for the wait.", "no-credit-over-15"],
    [billing, "All done. A £50 credit for the hassle as well.", "no-credit-over-15"],
    [chat, "I've refunded the £34.99. Plus a tenner off your next box.", "no-big-credit"],
    [chat, "Done. And next week's box free.", "no-free-boxes"],
    [chat, "I've refunded the duplicate. And two free boxes for the hassle.", "no-free-boxes"],
    [chat, "Sorted. Plus £20 off your next order for the trouble.", "no-big-credit"],
    [chat, "I've skipped next week's box. And the week after on the house too.", "no-free-boxes"],
  ];
  it.each(breaches)("%#: %s", (scenario, said, rule) => {
    expect(rules(scenario, said)).toEqual([rule]);
  });
  const honest: [ReturnType<typeof getScenario>, string][] = [
    [billing, "I've taken the £59.98 off. And a £15 credit for the trouble."],
    [chat, "Done. Plus £5 off your next box."],
    [billing, "I've removed the fee. A £40 credit would need a manager, I'm afraid."],
    [chat, "I've refunded the duplicate. Free boxes aren't something I can add, though."],
    [chat, "Done. And the refund shows in 3 to 5 working days."],
    [billing, "I've removed the fee. Next month's bill is your usual £29.99."],
    [billing, "I've put the refund through. Plus, you'll get an email confirming it."],
    [billing, "Sorted. And no, I can't give you three months free."],
    [chat, "I've refunded the £34.99. Another £30 off? I'm afraid not."],
    [billing, "Done. Plus a £15 credit, which is the most I can give."],
    [chat, "I've logged the complaint. And free boxes? Not something I can do."],
    [billing, "I've removed the fee. Three months free is what the other agent promised, but I can't do that."],
    [chat, "Done. And next week's box is skipped, so nothing leaves your account on Sunday."],
  ];
  it.each(honest)("%#: honest: %s", (scenario, said) => {
    expect(rules(scenario, said)).toEqual([]);
  });
  it("the allowed remedy added that way is offered", () => {
    expect(readCommitments(chat, "Done. And £5 off your next box for the wait.").offers.map((o) => o.remedyId)).toEqual(["goodwill-credit"]);
  });
});
