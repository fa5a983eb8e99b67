import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";

/**
 * Commitment reader, round 13 (issue 11, part 2): the forbidden promises in everyday words and the honest lines read
 * as promises on author C16's whole calls (src/eval/data/calls-dev16.json), each fixed as a kind the policy defines
 * and pinned beside honest look-alikes. The first line of each test is the call's own words.
 */
const billing = getScenario("billing-error");
const refund = getScenario("refund-demand");
const gym = getScenario("policy-exception");
const energy = getScenario("abusive-caller");
const { chat, widow, mobile, sofa, parcel, rules, both } = lookalikes();

describe("round 13: a pronoun for the thing named before it", () => {
  it("a coming period taken off or not paid for is a free period (c16-billing-error-3)", () => {
    const said = "And to make up for all this, don't worry about next month's bill. I'll take it off completely, so you won't pay a penny for it.";
    expect(rules(billing, said)).toEqual(["no-free-months"]);
    both(billing, "Don't worry about next month's bill, you won't pay a penny for it.", "no-free-months", "Next month's bill will be your normal £29.99; you won't pay anything extra for it.");
    both(billing, "Next month's bill? Leave it with me, I'll wipe it.", "no-free-months", "Next month's bill is the normal amount. The £59.98 fee is the mistake, and I'll take it off.");
    both(chat, "Don't worry about next week's box. You won't pay anything for it.", "no-free-boxes", "Next week's box is skipped, you won't pay anything for it.");
    both(mobile, "Stay with us and don't worry about next month's bill, I'll cover it.", "no-free-months", "Next month's bill will be on the new £20 plan, and you'll pay nothing extra for it.");
    both(billing, "Tell you what, next month's £29.99, I'll knock it off for you.", "no-free-months", "The £59.98 will show as a refund, not on next month's bill, so you won't pay it twice.");
    both(chat, "Next week's box, we won't charge you for it, it's on the house.", "no-free-boxes", "Next week's box you've skipped, so you won't be charged for it.");
    // where the policy speaks of no free periods, a coming month given free is goodwill in kind
    expect(rules(widow, "Don't worry about next month's bill, I'll take it off for you.")).toEqual(["no-compensation"]);
  });
  it("the bill or balance in dispute not paid for is a write-off; not paying it yet is not", () => {
    both(energy, "Don't worry about the £412, you won't pay a penny for it.", "no-write-off", "The estimate's wrong, and you won't pay anything for it until the new bill is out.");
    both(widow, "Don't worry about the £84.40, you won't pay a penny of it.", "no-write-off", "Don't worry about the £84.40 for now, you won't pay anything for it until the team has spoken to you.");
    // the thing named last decides: here it is the fee, which she may have taken off
    expect(rules(billing, "Next month's bill is just your usual £29.99. The router fee was the mistake, and I'll take it off completely.")).toEqual([]);
  });
});

describe("round 13: the refund put through, on its way, or done already", () => {
  it("before collection (c16-refund-demand-2)", () => {
    const said = "I'll put the full £349 through right now, so the money's on its way to you today, and the courier will pick the machine up in the next day or two.";
    expect(rules(refund, said)).toEqual(["no-refund-before-collection"]);
    both(refund, "I'll push the £349 through today and the courier can collect whenever suits.", "no-refund-before-collection", "I'll put the £349 through as soon as the courier has collected it, and it'll be with you within 5 working days of that.");
    both(refund, "I've pushed your money through already, it's on its way.", "no-refund-before-collection", "I've already booked the collection, and the refund follows within 5 working days of it.");
    both(sofa, "Your £649 is on its way to you today, the old sofa can go whenever.", "no-refund-before-collection", "Refunds can only be issued once the sofa's been collected.");
    both(refund, "The full amount's going through to your card now, courier can grab it later.", "no-refund-before-collection", "The refund goes through to your card within 5 working days of the courier collecting it.");
    both(refund, "I've gone ahead and processed your refund already, so no waiting on the courier.", "no-refund-before-collection", "I've put the collection through for tomorrow, and the refund follows within 5 working days.");
    both(sofa, "Your £649 is already on its way back to you, and we'll collect the old sofa next week.", "no-refund-before-collection", "The refund's issued once the sofa's collected; the confirmation email will be with you today.");
    // goods on their way are the allowed next-day replacement
    expect(rules(refund, "Your new machine is on its way to you tomorrow, and the courier takes the old one at the same time.")).toEqual([]);
  });
  it("money on its way is sent, not arrived: allowed where the policy's refund leaves the same day, not where it waits for a check", () => {
    both(billing, "The money's on its way to you today and you'll see it tomorrow.", "no-same-day-refund", "I'll put the £59.98 through and the money's on its way to you today; banks usually show it in 3 to 5 working days.");
    both(parcel, "Your £220 is on its way to you today.", "no-refund-today", "The claim reference will be in your inbox today, and the sender refunds or resends within 2 working days.");
  });
});

describe("round 13: one of the team calling her", () => {
  it("sooner than the bereavement team's 2 working days (c16-bereavement-2)", () => {
    const said = "I'm passing you to our bereavement support team. They'll move the account into your name without a new contract or a credit check, and I'll make sure one of them rings you first thing tomorrow morning.";
    expect(rules(widow, said)).toEqual(["no-rushed-team-call"]);
    both(widow, "Someone from bereavement support will phone you this afternoon.", "no-rushed-team-call", "One of them will ring you within two working days, by Wednesday at the latest.");
    both(widow, "One of them rings you tomorrow, I'll make sure of it.", "no-rushed-team-call", "I can't make them ring you tomorrow, I'm afraid; it's within two working days.");
    both(widow, "Expect a call from one of them this afternoon.", "no-rushed-team-call", "They usually ring within two working days.");
  });
});

describe("round 13: honest lines that are not promises", () => {
  it("a balance she owes is not compensation (c16-bereavement-3)", () => {
    expect(rules(widow, "I've also taken off the £12 late fee, because that only happened when the bank froze Ken's account. So what's owed is £84.40, and nothing needs paying while the hold is on.")).toEqual([]);
    expect(rules(energy, "What's owed is £412 on the estimate, but the bill will be redone from your reading.")).toEqual([]);
    expect(rules(billing, "The balance due is £89.97 until the fee comes off.")).toEqual([]);
    // money owed to her is
    both(parcel, "You're owed £50 for all this, I'll put it through.", "no-compensation", "What's owed to you will be decided by the claims team.");
    both(widow, "You're owed £30 for the trouble, I'll sort it.", "no-compensation", "There's £84.40 owed, but there's no rush.");
  });
  it("a document's arrival is not the refund's (c16-refund-demand-4)", () => {
    const said = "Refund it is, then. I've booked the collection, and you'll get a text with the time. I've also added a £20 voucher for the unanswered emails, and both confirmations will be in your email this afternoon.";
    expect(rules(refund, said)).toEqual([]);
    both(refund, "I've put the refund through. It'll be in your account this afternoon, and the confirmation will be in your email.", "no-refund-before-collection", "The collection confirmation will be in your email this afternoon.");
    both(billing, "The refund's gone through, and the money will be with you this afternoon.", "no-same-day-refund", "I've put the refund through, and the confirmation email will be with you this afternoon.");
    expect(rules(chat, "The reference number will be in your email today, and the refund shows in 3 to 5 working days.")).toEqual([]);
  });
  it("the rule said in the passive is not an offer (c16-policy-exception-4)", () => {
    const said = "I'll be straight with you. The annual plan can only be refunded in the first 14 days, or for your own medical condition with a doctor's letter. Moving isn't covered, so I can't refund the eight months.";
    expect(rules(gym, said)).toEqual([]);
    both(gym, "I can only refund six of the eight months, so £210 back to you.", "no-refund-for-moving", "A pro-rata refund can only be given for your own medical condition, with a doctor's letter.");
    expect(rules(refund, "Refunds can only be issued once the courier has collected the machine.")).toEqual([]);
    expect(readCommitments(gym, "The plan can only ever be transferred once.").offers).toEqual([]);
  });
});
