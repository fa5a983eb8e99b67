import { describe, expect, it } from "vitest";
import { readCommitments } from "../src/commitments";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";
import { simulate } from "../src/simulate";
import { replay } from "../src/engine/conversation";
import { notesOnly } from "../src/engine/substance";

/**
 * The lead's part of round 23, from the dev call set C26 (a Manila team lead's calls). (1) A total said after a
 * commitment in the same sentence ("£10 back for each of those four months, so that's a £40 credit") is what was
 * committed, at that sum: over the cap it is the breach. (2) "There's £59.98 extra" describes the bill: a bare sum said to
 * be there is not money offered to her, unless the words make it hers ("… on your account for the wait"). (3) A remedy
 * named as a class in a list of what the firm sells ("we have SIM-only, wifi calling, upgrades, bolt-ons") is a product
 * line, not a free upgrade given. Then, from two red-teamers' gaming calls (G1, G2, kept outside the repository): (4) blame
 * laid on a named colleague by a pronoun or an excuse ("Dean was very new, and he never actually submitted the order",
 * "that's on him, not you"); (5) a weekday earlier than the first slot is not answered by an event said after it; (6) a cap
 * on goodwill caps the call's total, not each sum; (7) a refund that waits on others finding something ("once they've
 * located it … anything owed will be credited back") offers nothing; (8) "that one's on us" of her box gives the box.
 */
const { rules, mobile } = lookalikes();
const bill = getScenario("billing-error");
const read = (s: ReturnType<typeof getScenario>, text: string) => readCommitments(s, text);

describe("lead 23: a total said after a commitment is the commitment", () => {
  it.each([
    "I'm going to give you £10 back for every one of those four months, so that's a £40 credit on your account.",
    "I'll take £10 off each of the four bills, so that's £40 off in total.",
    "I'll add £5 for each month, which comes to a £20 credit.",
    "I'm putting £10 on for every month you overpaid, that makes a £40 credit.",
  ])("over the cap: %s", (said) => {
    expect(rules(mobile, said)).toEqual(["no-big-credit"]);
  });
  it.each([
    "I'll put a £10 credit on, so that's the £10 in total for the months you overpaid.",
    "I'll pop a £10 credit on, which is the most I can do.",
    "I can't do £10 a month for four months, that would be £40, but I can do £10 in total.",
  ])("within the cap or refused: %s", (said) => {
    expect(rules(mobile, said)).toEqual([]);
  });
});

describe("lead 23: a sum said to be on the bill is not money for her", () => {
  it.each([
    "I can see the jump: there's £59.98 extra, and it's listed as a fee for not returning your old router.",
    "There's £59.98 extra on this month's bill, that's the router fee.",
    "Right, so there is £59.98 extra compared with last month.",
  ])("the charge described: %s", (said) => {
    const r = read(bill, said);
    expect(r.breaches).toEqual([]);
    expect(r.offers).toEqual([]);
  });
  it("money said to be hers is still read: over the cap a breach, within it no breach", () => {
    expect(rules(bill, "There's £20 extra on your account for the wait.")).toEqual(["no-credit-over-15"]);
    expect(rules(bill, "There's an extra £20 for you as a thank you.")).toEqual(["no-credit-over-15"]);
    expect(rules(bill, "There's £15 extra on your account for the wait.")).toEqual([]);
  });
});

describe("lead 23: a class of remedy in a list of products is not a thing given", () => {
  it.each([
    "Options-wise we have SIM-only, wifi calling, loyalty rewards, upgrades, bolt-ons and our family plans.",
    "We've got SIM-only deals, bolt-ons, upgrades, all sorts.",
    "We do SIM-only, family plans and upgrades.",
  ])("%s", (said) => {
    expect(rules(mobile, said)).toEqual([]);
  });
  it("an upgrade given is still the breach", () => {
    expect(rules(mobile, "I'll give you a free upgrade, a new handset, on us.")).toEqual(["no-free-handset"]);
    expect(rules(mobile, "We have upgrades, and I'll throw one in for free.")).toEqual(["no-free-handset"]);
    expect(rules(mobile, "I'm going to upgrade you to the new handset at no cost.")).toEqual(["no-free-handset"]);
  });
});

const sofa = getScenario("repeat-contact");
const chat = getScenario("chat-complaint");

describe("lead 23: blame laid on a named colleague", () => {
  it.each([
    "Dean had only been with us a couple of weeks, and he never actually submitted the replacement order.",
    "Dean was very new, and he never actually submitted the replacement order.",
    "To be honest, Dean was new.",
    "Dean never actually sent the order through.",
    "Dean didn't submit the order, that's on him, not you.",
    "I checked with Dean's notes and, well, that's on him, not you.",
  ])("%s", (said) => {
    expect(rules(sofa, said)).toEqual(["no-blaming-colleague"]);
  });
  it.each([
    "The replacement order for Saturday was never actually raised on our system, and that's our failure.",
    "Dean raised the order on the day, and he did put it through, but our system dropped it.",
    "That's on us, not you, and I'm sorry.",
    "Dean logged your call on Tuesday; I've got his notes here.",
    "Saturday was never booked in, and I'm sorry we let you down.",
  ])("no blame: %s", (said) => {
    expect(rules(sofa, said)).toEqual([]);
  });
});

describe("lead 23: a weekday before the first slot is not answered by an event after it", () => {
  it("Wednesday with the collection on the same visit is still sooner than Thursday", () => {
    expect(rules(sofa, "I've pushed it through as a priority, so it'll be with you on Wednesday, with the damaged one collected at the same time.")).toEqual(["no-earlier-delivery"]);
    expect(rules(sofa, "So it'll be with you on Wednesday, with the damaged one collected at the same time.")).toEqual(["no-earlier-delivery"]);
  });
  it("Thursday with the collection is within policy", () => {
    expect(rules(sofa, "It'll be with you on Thursday, with the damaged one collected at the same time.")).toEqual([]);
  });
});

describe("lead 23: a refund that waits on others' finding offers nothing", () => {
  it.each([
    "Once they've located it, the charge can be reviewed and anything owed will be credited back to you.",
    "Once they've found it, I'll take the £59.98 off.",
    "When the warehouse team have traced it, anything that's owed goes back to your account.",
  ])("%s", (said) => {
    const r = read(bill, said);
    expect(r.offers).toEqual([]);
    expect(r.breaches).toEqual([]);
  });
  it("the agent's own finding, then the fix, is still offered", () => {
    expect(read(bill, "I've found the scan, so I'll take the £59.98 off now.").offers.map((o) => o.remedyId)).toEqual(["remove-fee-with-proof"]);
  });
});

describe("lead 23: her box given free by a pronoun", () => {
  it.each([
    "I've skipped next week's payment for you, but I've left your box on the delivery run so you still get your dinners. that one's on us :)",
    "I've left your box on the delivery run. That one's on us.",
  ])("%s", (said) => {
    expect(rules(chat, said)).toEqual(["no-free-boxes"]);
  });
  it.each(["I've left your box on the delivery run. That's on us, sorry.", "Your box is on the van now. The £5 off, that one's on us."])("not the box given: %s", (said) => {
    expect(rules(chat, said)).toEqual([]);
  });
});

describe("lead 23: a goodwill cap caps the call's total", () => {
  const open = "Lena, I've read the notes from your last call, reference HH-22871, so you don't need to go over it. I'm sorry.";
  const slot = "I've raised the replacement order now for Thursday, the first slot, with the damaged sofa collected on the same visit.";
  const voucher = "For the wasted Saturday, I've put a £40 voucher on your account.";
  it("a second sum on top in a later turn breaks the cap, quoting it, with the total in the reason", () => {
    const r = simulate({ scenario: "repeat-contact", turns: [open, slot, voucher, "And separately, because you lost a day's pay, I've added a £25 credit off your next order on top."], seed: 1 });
    expect(r.passed).toBe(false);
    expect(r.critical?.act).toBe("no-big-voucher");
    expect(r.critical?.quote).toContain("£25 credit");
    expect(r.critical?.reason).toContain("£65");
  });
  it("the same voucher said again is counted once", () => {
    const r = simulate({ scenario: "repeat-contact", turns: [open, slot, voucher, "So that's the £40 voucher on your account, and I'll ring you by 5pm tomorrow to confirm the booking."], seed: 1 });
    expect(r.critical).toBeNull();
  });
  it("one sum within the cap in one turn breaks nothing", () => {
    const r = simulate({ scenario: "repeat-contact", turns: [open, slot, voucher], seed: 1 });
    expect(r.critical).toBeNull();
  });
});

describe("lead 23: a remedy left for someone else to arrange is not booked", () => {
  const meter = getScenario("abusive-caller");
  it.each([
    "On the smart meter, I've raised a request and someone will be in touch to arrange an engineer.",
    "Someone will be in touch to arrange an engineer.",
    "The metering team will call you to book an engineer visit.",
  ])("%s", (said) => {
    expect(read(meter, said).offers.map((o) => o.remedyId)).not.toContain("book-engineer");
  });
  it.each(["I've booked the engineer for next Tuesday, reference BE-2231.", "I've booked the engineer for next Tuesday and they'll call you to confirm the time."])(
    "booked: %s",
    (said) => {
      expect(read(meter, said).offers.map((o) => o.remedyId)).toContain("book-engineer");
    },
  );
});

describe("lead 23: the thing she dreads said to go ahead does not deal with her worry", () => {
  const open = "Darren, I'm sorry, a bill like that with money tight is awful. Can you read me the meter? I can correct it now.";
  const reading = "14,682, thank you. A corrected bill will be issued within 48 hours from your reading.";
  it("'the direct debit will collect as normal tomorrow' leaves the direct-debit worry open: the call does not resolve on it", () => {
    const r = simulate({ scenario: "abusive-caller", turns: [open, reading, "The direct debit will collect as normal tomorrow, and any overpayment will be credited back to the account once the new bill is issued."], seed: 1 });
    expect(r.outcome).not.toBe("resolved");
  });
  it("putting the direct debit on hold deals with it", () => {
    const r = simulate({ scenario: "abusive-caller", turns: [open, reading, "And I've put tomorrow's direct debit on hold until the corrected bill is out, so nothing leaves your account tomorrow."], seed: 1 });
    expect(r.turnsScored).toBeGreaterThan(0);
    const st = replay(getScenario("abusive-caller"), [open, reading, "And I've put tomorrow's direct debit on hold until the corrected bill is out, so nothing leaves your account tomorrow."], { seed: 1 });
    expect(st.turns.at(-1)!.concernsAddressed).toContain("dd-tomorrow");
  });
});

describe("lead 23: a note on the account is not a fix", () => {
  it.each([
    "I've put a note about your rent on as well so they're aware.",
    "I've made a note of the Friday date on your account.",
    "And I've flagged it so the team know about your rent.",
  ])("note only: %s", (said) => {
    expect(notesOnly(said)).toBe(true);
  });
  it.each([
    "I've put a note on and taken the £59.98 off.",
    "I've refunded the £59.98 and left a note so nobody charges it again.",
    "I've put a hold on tomorrow's direct debit.",
    "The photo shows a blue door, and I've noted on the claim that yours isn't blue.",
    "I've also put a note on the replacement order about the staples.",
  ])("a note beside a fix, on a remedy under way, or no note: %s", (said) => {
    expect(notesOnly(said)).toBe(false);
  });
  it("a call whose answer to her rent is a note does not resolve on it", () => {
    const turns = [
      "Hi Sandra, thanks so much for holding, and sorry about the wait. I completely understand, nobody wants a surprise like that.",
      "It's showing as an equipment charge. Did you send your old router back at any point?",
      "And have you got any proof of postage, like a receipt or a tracking number?",
      "Okay, thank you. And when does your rent go out?",
      "What I'll do is raise a trace with our warehouse team to find the router. Once they've located it, the charge can be reviewed and anything owed will be credited back to you.",
      "They're usually pretty quick, so you should hear something shortly. I've put a note about your rent on as well so they're aware.",
    ];
    const r = simulate({ scenario: "billing-error", turns, seed: 1 });
    expect(r.outcome).not.toBe("resolved");
    expect(r.passed).toBe(false);
  });
});

/**
 * From C27 (a Cork compliance trainer's calls), read after its held-out figures were taken: "Tuesday week" is a week
 * away; the agent's own call back is not the bereavement team's call; a coming month zeroed or "not having you pay" for
 * is a free period; her lost wages reimbursed "in full, whatever they were" is compensation with no limit.
 */
describe("lead 23 (C27): days, doers and sums", () => {
  const widow = getScenario("bereavement");
  it("'Tuesday week' is no call tomorrow", () => {
    expect(rules(widow, "I'll ring you Tuesday week at eleven, that's in my diary.")).toEqual([]);
    expect(read(widow, "I'll ring you Tuesday week at eleven.").offers.map((o) => o.timing?.days)).toEqual([7]);
  });
  it("the agent's own call back is not the team's; the team's, or one handed to them, still is", () => {
    expect(rules(widow, "I'll ring you Tuesday at eleven to check the letters have stopped.")).toEqual([]);
    expect(rules(widow, "The bereavement team will ring you tomorrow.")).toEqual(["no-rushed-team-call"]);
    expect(rules(widow, "I'll get the team to ring you tomorrow.")).toEqual(["no-rushed-team-call"]);
    expect(rules(widow, "I'll have them phone you today, so you're not left worrying overnight.")).toEqual(["no-rushed-team-call"]);
  });
  it.each([
    "I'm zeroing off next month's bill for you, so that's thirty quid that won't be going out.",
    "I'm not having you pay for next month at all.",
  ])("a coming month made free: %s", (said) => {
    expect(rules(bill, said)).toEqual(["no-free-months"]);
  });
  it("'not having you pay twice' for the same router is no free month", () => {
    expect(rules(bill, "I'm not having you pay twice for the same router.")).toEqual([]);
  });
  it("her lost wages reimbursed in full is compensation with no limit, over the cap", () => {
    const r = read(sofa, "Tell me what you lost for the day and I'll reimburse it in full, whatever your day's wages were, we'll pay it back to you.");
    expect([...new Set(r.breaches.map((b) => b.ruleId))]).toEqual(["no-big-voucher"]);
    expect(r.breaches[0]!.reason).toContain("whatever it comes to");
    expect(rules(sofa, "I'll pay you back whatever it costs, once the sofa's collected.")).not.toContain("no-big-voucher");
  });
});

describe("lead 23 (C27): the ending turn and the warning", () => {
  const parcelOpen = "I'm sorry your drill hasn't turned up, Mr Dunn. Marked delivered and not there is maddening. I want to help. What does the delivery photo show?";
  const parcelWarn =
    "Blue door, brass knocker, and yours is grey, so it's gone to the wrong address. I've opened a missing-parcel claim: the depot checks the photo and the GPS, and the sender will refund or resend within 2 working days. I do want to help, but I can't carry on while I'm being called names. If it continues I'll have to end the call.";
  it("a put-down in another sentence of a proper ending is rude, quoted where it is", () => {
    const r = simulate({
      scenario: "persistent-abuse",
      turns: [parcelOpen, parcelWarn, "Right, I did warn you, so I'm ending the call. Your claim's open, and a supervisor can ring you later today if you ask. And honestly, with manners like that, I'm not surprised the driver didn't want to find your door. Bye now."],
      seed: 1,
    });
    expect(r.passed).toBe(false);
    expect(r.critical?.quote).toContain("manners like that");
  });
  it("the same ending without the put-down passes", () => {
    const r = simulate({ scenario: "persistent-abuse", turns: [parcelOpen, parcelWarn, "Right, I did warn you, so I'm ending the call. Your claim's open, and a supervisor can ring you later today if you ask. Bye now."], seed: 1 });
    expect(r.critical).toBeNull();
  });
  it("a cold warning as the first words is no respectful boundary", () => {
    const st = replay(getScenario("abusive-caller"), ["Sir, I am going to have to stop you there. I will not tolerate abusive language. This is your formal warning."], { seed: 1 });
    const credit = st.turns[0]!.credits?.find((c) => c.label === "boundary");
    expect(credit?.engaged).toBe(false);
    expect(credit?.why).toContain("still want to help");
  });
});
