import { describe, expect, it } from "vitest";
import { getScenario as contentScenario } from "@defuse/content";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { readTurn } from "../src/engine/offers";
import { replay } from "../src/engine/conversation";
import { awaitsFinding } from "../src/engine/substance";
import { lookalikes } from "./helpers/lookalikes";

/**
 * Engine round 23, the commitment reader. (1) A remedy on a condition the customer must still meet ("I can refund you once
 * we have a doctor's letter") is decided by the policy: the allowed remedy's own condition makes it an allowed, conditional
 * offer (not a breach, and not a fix yet); any other condition ("once you've moved") leaves the breach. (2) Being put on a
 * waiting or cancellation list "for an earlier slot" is not the earlier slot. (3) A day or sum said before ("There's a van
 * near you tomorrow. I've put you on it.", "the engineer I booked for that day", "that amount") is what a later mention
 * refers to, in the same turn or an earlier one. (4) How long a process takes ("refunds can take 3-5 working days") is
 * information, not an offer. The lines are worded for the test; each family has look-alikes that must not change.
 */
const { rules, sofa, chat } = lookalikes();
const gym = getScenario("policy-exception");
const bill = getScenario("billing-error");
const meter = getScenario("abusive-caller");
const coffee = getScenario("refund-demand");
const read = (s: ReturnType<typeof getScenario>, text: string, earlier?: string[]) => readCommitments(s, text, earlier);

describe("round 23 (1): a remedy on a condition is judged by the policy's own condition", () => {
  it.each([
    "I can refund you once we have a doctor's letter.",
    "If you send us a letter from your GP, I can give you a pro-rata refund.",
    "We'll refund the unused months as soon as your doctor's note comes in.",
    "Provided it's for your own medical condition, I can do a pro-rata refund.",
    "As long as your GP confirms it in writing, we can refund the months you haven't used.",
    "I'll refund the remaining months when we get the medical note from your doctor.",
    "I can refund you with a doctor's letter.",
  ])("allowed, conditional offer: %s", (said) => {
    const r = read(gym, said);
    expect(r.breaches).toEqual([]);
    const o = r.offers.find((x) => x.remedyId === "medical-refund");
    expect(o, said).toBeDefined();
    expect(o!.condition, said).toBeTruthy();
    // not a completed fix: the engine hears it as the remedy explained, not offered outright
    const t = readTurn(contentScenario("policy-exception")!, said);
    expect(t.offers.map((x) => x.remedyId)).not.toContain("medical-refund");
    expect(t.explains.map((x) => x.remedyId)).toContain("medical-refund");
  });
  it.each([
    "I can refund you once you've moved house.",
    "I can refund you if you send proof of your new address.",
    "As soon as you confirm the move, I'll refund the eight months.",
    "If you stay with us till March, I can refund the rest.",
    "I can refund you even if you don't have a doctor's letter.",
    "I'll refund you today, no doctor's letter needed.",
    "I can refund you without a doctor's letter.",
    "I'll refund you today.",
  ])("still the breach, the condition is not the policy's: %s", (said) => {
    expect(rules(gym, said)).toEqual(["no-refund-for-moving"]);
  });
  it.each([
    "A refund is only possible with a doctor's letter.",
    "I can't refund you for a move, even with a doctor's letter, as it has to be your own condition.",
    "Refunds are available if it's your own medical condition, with a doctor's letter.",
  ])("honest line unchanged: %s", (said) => {
    const r = read(gym, said);
    expect(r.breaches).toEqual([]);
    expect(r.offers).toEqual([]);
  });
  it("a time rule still holds on a conditional refund (the coffee machine)", () => {
    expect(rules(coffee, "I'll refund you today once you've sent me a photo.")).toEqual(["no-refund-before-collection"]);
    expect(rules(coffee, "I'll refund you once the courier has collected it.")).toEqual([]);
  });
});

describe("round 23 (2): a waiting list is not the earlier slot", () => {
  it.each([
    "I can put you on the cancellation list for an earlier slot.",
    "I've added you to the waiting list for an earlier slot.",
    "I'll pop you on the cancellations list in case something sooner comes up.",
    "I've put your name down on the waitlist for an earlier delivery.",
    "If an earlier slot frees up, we'll move you onto it.",
  ])("no breach on the sofa call: %s", (said) => {
    expect(rules(sofa, said)).toEqual([]);
    expect(read(sofa, said).offers.filter((o) => o.kind === "cancellation")).toEqual([]);
  });
  it.each(["I can put you on the cancellation list for an earlier engineer visit.", "I've added you to the waiting list in case a sooner engineer slot opens."])(
    "no breach on the meter call: %s",
    (said) => expect(rules(meter, said)).toEqual([]),
  );
  it.each([
    "I'll get you an earlier slot.",
    "I've put you on the waiting list and booked you in for tomorrow.",
    "I'll put you at the front of the queue so it comes sooner.",
    "I'll bump you up to an earlier slot.",
  ])("still the breach: %s", (said) => expect(rules(sofa, said)).toEqual(["no-earlier-delivery"]));
  it("a cancellation the policy allows is still one", () => {
    expect(read(bill, "I can cancel your contract with no exit fee.").offers.map((o) => o.kind)).toContain("cancellation");
  });
});

describe("round 23 (3): a later mention refers back to the day or sum said before", () => {
  it.each([
    "There's a van near you tomorrow. I've put you on it.",
    "We've got a driver out your way tomorrow. I've squeezed you onto that one.",
    "A van's going past yours tomorrow morning, and I've popped you onto it.",
  ])("the van's day, said the sentence before: %s", (said) => expect(rules(sofa, said)).toEqual(["no-earlier-delivery"]));
  it.each([
    ["The first engineer I can see is tomorrow afternoon.", "I've booked the engineer for that day."],
    ["There's an engineer free tomorrow.", "Right, the engineer is booked for that slot."],
    ["We've got a technician in your area tomorrow.", "Lovely, I've put the engineer down for that morning."],
  ])("the engineer's day, said a turn before: %s / %s", (before, said) => {
    expect(rules(meter, said)).toEqual([]);
    expect([...new Set(read(meter, said, [before]).breaches.map((b) => b.ruleId))]).toEqual(["no-engineer-promise"]);
  });
  it.each([
    ["The first slot the system gives me is next Tuesday.", "I've booked the engineer for that day."],
    ["The earliest engineer slot is Tuesday.", "Lovely, I've put the engineer down for that morning."],
    ["There's a van near you tomorrow, but I can't put you on it.", "Your sofa is booked for Thursday."],
  ])("the honest day, referred back to, stays honest: %s / %s", (before, said) => {
    expect(read(meter, said, [before]).breaches).toEqual([]);
  });
  it("a sum said a turn before", () => {
    expect(read(bill, "I'll put that amount on as a credit.", ["The most I could go to is £60."]).breaches.map((b) => b.ruleId)).toEqual(["no-credit-over-15"]);
    expect(read(bill, "I'll put that amount on as a credit.", ["I can offer £10 for the trouble."]).breaches).toEqual([]);
  });
  it("the engine reads a turn with the turns before it", () => {
    const turns = ["I'm sorry about the bill, Mr Dunn. The first engineer I can see is tomorrow afternoon.", "I've booked the engineer for that day."];
    const st = replay(contentScenario("abusive-caller")!, turns, { seed: 1 });
    expect(st.turns[1]!.breaches?.map((b) => b.ruleId)).toContain("no-engineer-promise");
  });
});

describe("round 23 (4): how long a process takes is information, not an offer", () => {
  it.each([
    "Refunds can take 3-5 working days.",
    "Refunds can take 3 to 5 working days to show.",
    "A refund can take up to five working days to clear.",
    "Once it's processed, a refund can take 3 to 5 working days to reach your bank.",
    "Just so you know, refunds may take a few days to appear.",
    "Credits can take a day or two to show on the account.",
  ])("no offer on the billing call: %s", (said) => {
    const r = read(bill, said);
    expect(r.offers).toEqual([]);
    expect(r.breaches).toEqual([]);
  });
  it.each([
    ["I'll refund you, it can take 3-5 working days.", "refund-3-5-days"],
    ["I've put the refund through; it can take 3 to 5 working days to show.", "refund-3-5-days"],
    ["I can refund the £59.98 now, and it can take 3 to 5 working days.", "refund-3-5-days"],
  ])("the agent committing still offers: %s", (said, id) => {
    expect(read(bill, said).offers.map((o) => o.remedyId)).toContain(id);
  });
  it("a forbidden time said as the process is still the breach", () => {
    expect(rules(bill, "Your refund will be back in your account today.")).toEqual(["no-same-day-refund"]);
    expect(rules(chat, "Refunds can take 3-5 working days.")).toEqual([]);
  });
});

describe("round 23 (5): one reading of a remedy left to others' finding", () => {
  it.each([
    "Should they identify that a duplicate payment has been taken in error, a refund will be processed.",
    "If the payments team confirms it, the money goes back to your card.",
    "Once the manager approves it, you'll get the credit.",
    "If the review is upheld, the £40 goes back to you.",
  ])("engine and reader agree: %s", (s) => {
    expect(awaitsFinding(s)).toBe(true);
  });
});

describe("round 23 (6): forbidden promises in everyday words, from the rules' definitions", () => {
  const { paraphrases } = lookalikes();
  const widow = getScenario("bereavement");
  describe("delivery sooner than Thursday (the sofa)", () => {
    paraphrases(
      sofa,
      "no-earlier-delivery",
      ["I can get you an earlier delivery.", "I've moved your delivery forward to tomorrow.", "Let me bring the delivery forward a few days for you.", "We can pull the delivery date forward for you."],
      ["I can't bring the delivery forward, Thursday is the first slot.", "Moving forward, I'll make sure the notes on your account are clear.", "You're booked in for Thursday, with a two-hour window texted the evening before."],
    );
  });
  describe("an engineer sooner than Tuesday (the meter)", () => {
    paraphrases(
      meter,
      "no-engineer-promise",
      ["You're all set for an engineer visit tomorrow morning.", "Our engineer's coming to you Thursday.", "Someone is popping round to you this Friday about the meter."],
      ["You're all set for the engineer on Tuesday.", "The engineer is coming to you next Tuesday.", "I can't get an engineer out sooner than Tuesday, I'm sorry."],
    );
  });
  describe("the bill written off", () => {
    paraphrases(meter, "no-write-off", ["I'll knock the whole bill off.", "Nothing more is owed on this bill."], ["Nothing is owed until the corrected bill is issued.", "I'll knock the fee off once the reading's in? No, I can't, the bill has to be recalculated."]);
    paraphrases(widow, "no-write-off", ["The £96.40 won't need paying.", "Nothing further is owed on Ken's account."], ["The bill will still need paying, I'm afraid.", "I can't promise it won't need paying.", "The £96.40 won't need paying until the bereavement team has looked at it."]);
  });
  describe("a free period, a credit over the cap, money back too soon", () => {
    paraphrases(bill, "no-free-months", ["Have next month on us.", "Take another month free, on the house."], ["Have a look at the email I've sent you."]);
    paraphrases(bill, "no-credit-over-15", ["A £30 credit's going on for you."], ["A £10 credit's going on for you for the wait."]);
    paraphrases(chat, "no-big-credit", ["A £25 credit for the trouble is going on now.", "I'm adding a $30 credit for the trouble."], ["I'm adding a $5 credit for the trouble.", "What's going on with the credit is that it's capped at £5."]);
    paraphrases(bill, "no-same-day-refund", ["It'll be in your account by the end of the day."], ["It'll be in your account within 3 to 5 working days."]);
    paraphrases(chat, "no-instant-refund", ["That duplicate is already back in your account."], ["Once it's back in your account, you'll get an email."]);
  });
  describe("money back for the months not used (the gym), a refund before collection (the sofa)", () => {
    paraphrases(gym, "no-refund-for-moving", ["You won't lose the money for the months you don't use."], ["You won't lose the months: they can go to York or to someone else."]);
    paraphrases(
      sofa,
      "no-refund-before-collection",
      ["Your refund's been processed, the sofa can go back later."],
      ["Your refund will be processed once the sofa has been collected.", "Once the sofa's been collected, the refund is processed within 5 working days."],
    );
  });
});

describe("round 23 (7): her money back promised as what a manager will do is the exception promised", () => {
  const { paraphrases } = lookalikes();
  paraphrases(
    gym,
    "no-exception-promise",
    [
      "I can't do it myself, but my team leader will definitely get you your money back.",
      "The club manager has discretion, so you'll be fine. She'll sort the refund for you.",
      "Leave it with my supervisor, he'll pay you back for the eight months.",
    ],
    [
      "My manager can look at a refund, but I can't promise anything.",
      "I'll ask my manager about it; I can't promise what she'll say.",
      "The club manager has discretion. She can't promise a refund, though, and neither can I.",
    ],
  );
});
