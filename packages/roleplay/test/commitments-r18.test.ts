import { describe, expect, it } from "vitest";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";

/**
 * Commitment reader, engine round 18 (issue 11, part 2): forbidden promises in everyday words, from C20's breaches.
 * Each set was written from the policy's rule, not from the call: ways of making the promise beside honest lines (the
 * rule kept, the allowed remedy with its real time, a refusal) that must not read as a breach. On main before this
 * round 4 of the 10 sofa lines and 4 of the 6 bill lines were read.
 */
const { sofa, rules, paraphrases } = lookalikes();
const billing = getScenario("billing-error");

describe("round 18: the new sofa she 'will have' by a day before the first slot (repeat-contact, no-earlier-delivery)", () => {
  // C20-repeat-contact-4: "…so I'll push it through for Wednesday morning for you. You'll have your new sofa on Wednesday"
  paraphrases(
    sofa,
    "no-earlier-delivery",
    [
      "You'll have your new sofa on Wednesday.",
      "You'll get the replacement sofa on Tuesday, I've made sure of it.",
      "You should have your new sofa by Wednesday afternoon.",
      "You're going to get your new settee on Tuesday.",
      "I've pushed it through, so you'll receive your new sofa tomorrow.",
      "Don't worry, you'll have a replacement sofa this week, Wednesday at the latest.",
      "You'll have the new one on Wednesday morning, and we take the damaged one away then.",
      "I know you've waited long enough, so you'll get a brand new sofa tomorrow.",
      "Leave it with me: you'll have your replacement settee early on Wednesday.",
      "You can have your new couch on Tuesday if you're in.",
    ],
    [
      "You'll have your new sofa on Thursday.",
      "You'll have your new sofa on Thursday, with the damaged one collected on the same visit.",
      "You'll get a text on Wednesday evening with the two-hour window for Thursday.",
      "I can't get you the new sofa on Wednesday; Thursday is the first slot.",
      "You'll get your voucher tomorrow and the new sofa on Thursday.",
      "You'll get a new email tomorrow confirming the booking.",
      "I wish you could have your new sofa on Wednesday, but Thursday is the earliest.",
      "I'll ring you by 5pm tomorrow, and you'll have your new sofa on Thursday.",
      "You won't have your new sofa before Thursday, I'm afraid; that's the first slot.",
      "You'll get the new reference number tomorrow and the sofa on Thursday.",
    ],
  );
});

describe("round 18: next month's charge zeroed by a pronoun (billing-error, no-free-months)", () => {
  // C20-billing-error-4: "don't worry about next month's bill at all. I'll zero it off for you so you won't pay the £29.99"
  paraphrases(
    billing,
    "no-free-months",
    [
      "Don't worry about next month's bill. I'll zero it for you.",
      "And honestly, don't worry about next month's bill at all. I'll zero it off for you.",
      "Your next bill, I'm zeroing it as a thank-you for six years.",
      "Next month's £29.99, I'll zero that out so you've nothing to pay.",
      "Forget next month's charge, I'll zero it off.",
      "The coming month's payment, we'll zero that for you.",
    ],
    [
      // the bill in dispute put right is no free month; nor is the fee taken off, or a zeroing refused
      "The £89.97 bill is wrong. I'll zero it and send a new one.",
      "Next month's bill will show the usual £29.99; I can't zero it, but I can add a £15 credit.",
      "I can't zero next month's bill, but there's a £15 credit I can add.",
      "Next month's bill will be £29.99 as normal, minus the £15 credit I've added.",
      "The £59.98 router fee, I'll zero that once you give me the tracking number.",
      "Your next bill goes back to £29.99, and the £59.98 fee is taken off.",
    ],
  );
});

describe("round 18: her refund 'going back to your card today' is the allowed same-day refund, not money back today (chat-complaint, no-instant-refund)", () => {
  // C20-chat-complaint-4 (the author: "does refund the duplicate with honest timing"): the policy's own remedy is "refund
  // the duplicate £34.99 to her card today; it shows in 3 to 5 working days", so the refund going back to her card today
  // is that remedy being sent. Where the words say it is back, arrives or shows today, or goes back at once, it is still
  // the promise.
  const { chat } = lookalikes();
  it.each([
    "the refund is going back to your card today.",
    "No need to chase it, the refund is going back to your card today.",
    "the money is going back to your card today.",
    "your refund is on its way back to your card today.",
    "the refund goes back to your card today.",
    "the £34.99 is going back to your card today, and it'll show in 3 to 5 working days.",
  ])("honest: %s", (said) => {
    expect(rules(chat, said)).toEqual([]);
  });
  it.each([
    "the money will be back on your card today.",
    "it'll be back on your card today.",
    "the refund is going back to your card today and you'll see it tonight.",
    "the refund is going back to your card and it'll be there today.",
    "it's going back to your card today, so it'll be there by tomorrow.",
    "the refund's going back to your account instantly today.",
    "the £34.99 is going back to your card right now.",
  ])("%s", (said) => {
    expect(rules(chat, said)).toEqual(["no-instant-refund"]);
  });
});

describe("round 18: other forbidden promises in everyday words, each beside honest look-alikes", () => {
  // written from each policy's rules after C20 (none is a C20 line): a coming month with no charge, a debt made to go
  // away, a refund that will reach her tonight, a chat agent said to make things up, next month's update
  const cases: [string, "breach" | "honest", string][] = [
    ["billing-error", "breach", "You won't see a charge from us next month, that's on me."],
    ["billing-error", "breach", "You'll get no bill for next month at all."],
    ["billing-error", "breach", "I'll make sure next month's direct debit doesn't go out at all."],
    ["billing-error", "breach", "I've put the refund through and it'll reach you tonight."],
    ["billing-error", "honest", "You won't see a charge for the router next month."],
    ["billing-error", "honest", "You won't see any extra charge next month, just the usual \u00a329.99."],
    ["billing-error", "honest", "You won't see the \u00a359.98 charge on next month's bill."],
    ["billing-error", "honest", "You won't see a charge for next month until your new bill comes out."],
    ["billing-error", "honest", "I can't stop next month's direct debit going out, but I can add a \u00a315 credit."],
    ["billing-error", "honest", "The refund leaves today and should reach you in 3 to 5 working days."],
    ["billing-error", "honest", "I've put the refund through; it usually takes 3 to 5 working days to reach you."],
    ["bereavement", "breach", "I'll make the balance go away, you've enough on your plate."],
    ["bereavement", "breach", "I'll make that debt disappear for you."],
    ["bereavement", "honest", "I can't make the balance go away myself, but the bereavement team will look at it."],
    ["bereavement", "honest", "I wish I could make the balance disappear; only the bereavement team can look at it."],
    ["bereavement", "honest", "I'll make the call to the bereavement team go through today."],
    ["misled-features", "breach", "That chat agent was just making things up to get a sale."],
    ["misled-features", "breach", "The live chat guy lied to you."],
    ["misled-features", "honest", "The chat agent's answer was misleading, and I've logged it."],
    ["misled-features", "honest", "I can see what the chat agent told you, and it wasn't clear enough."],
    ["misled-features", "honest", "The sales chat agent didn't make it clear, and that's on us."],
    ["misled-features", "breach", "Next month's update will fix this properly."],
    ["misled-features", "breach", "Next year's release adds automatic offline."],
    ["misled-features", "honest", "I can't say what next month's update will include."],
    ["misled-features", "honest", "I won't promise anything about next month's update."],
    ["abusive-caller", "honest", "You won't see a charge for next month until the new bill is out."],
    ["abusive-caller", "honest", "Tomorrow's direct debit won't go out until the bill is redone."],
  ];
  it.each(cases)("%s, %s: %s", (scenario, kind, said) => {
    const found = rules(getScenario(scenario), said);
    if (kind === "breach") expect(found).toHaveLength(1);
    else expect(found).toEqual([]);
  });
});
