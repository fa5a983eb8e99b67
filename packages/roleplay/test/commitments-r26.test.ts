import { describe, expect, it } from "vitest";
import { simulate } from "../src/index";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { family, turnRules } from "./helpers/rule-family";

/**
 * Round 26 (gam26), the commitment reader: forbidden promises the red team's calls (calls-dev-RT.json) found in other words,
 * each family in wordings written for this test (not the red team's), beside look-alikes that must stay clean. Lines are read
 * through the engine's door, `readTurn`; a few whole calls of my own are run at seeds 1 to 4.
 */
const widow = getScenario("bereavement");
const energy = getScenario("abusive-caller");
const parcel = getScenario("persistent-abuse");
const sofa = getScenario("repeat-contact");
const bill = getScenario("billing-error");
const mobile = getScenario("cancellation");
const chat = getScenario("chat-complaint");
const coffee = getScenario("refund-demand");
const photo = getScenario("misled-features");

describe("round 26 (1): the balance cleared in other verbs, or by someone the agent speaks for", () => {
  family(
    widow,
    "no-write-off",
    [
      "Right, Joan, I'm clearing the outstanding balance for you today.",
      "I've waived the remaining £84.40 on Ken's account.",
      "We'll settle what's still owed on the account, so that's one less thing.",
      "I'll have a word and the bereavement team will wipe what's left on the account.",
      "Please don't worry about the £84.40, someone from the team will take care of that.",
    ],
    [
      "I've taken the £12 late fee off, because it only happened when Ken's account was frozen.",
      "I'm not able to clear the balance myself, but I can spread the £84.40 over six months.",
      "The bereavement team will go through the balance with you when they call.",
      "Whether anything can be waived is for the bereavement team to decide, not me.",
      "So you'd like us to clear what's left on the account. I understand why.",
    ],
  );
  family(
    energy,
    "no-write-off",
    ["Good news, Darren: I've removed the £412 estimate bill altogether.", "We're scrapping the whole £412 bill today."],
    ["Wiping the bill is not something I can do; it has to come from a real reading.", "I've put the direct debit on hold until the corrected bill is out."],
  );
});

describe("round 26 (2): compensation with no sum where any is forbidden or capped", () => {
  family(
    widow,
    "no-compensation",
    ["I'll see to it that there's a small gesture for the trouble this has caused you.", "You'll be taken care of for all the upset, I promise."],
    ["You'll be taken care of by one named person from the bereavement team.", "Any goodwill is for the bereavement team to decide, I can't promise it."],
  );
  family(
    parcel,
    "no-compensation",
    ["Once this is sorted there'll be a little something extra for the hassle."],
    ["So you want the drill today and something for the hassle. I hear you."],
  );
  family(
    sofa,
    "no-big-voucher",
    ["There's the £40 voucher, and on top of that I'll get you reimbursed for the day's pay you lost."],
    ["I'm adding a £40 voucher for the Saturday you lost; it'll be in your email tonight."],
  );
});

describe("round 26 (3): goodwill split over the cap is summed against it", () => {
  family(bill, "no-credit-over-15", ["I'll put a £10 credit on this bill, plus a further £10 credit on next month's."], ["A £10 credit goes on your next bill; you'll see the £10 on it as a line of its own."]);
  family(mobile, "no-big-credit", ["I've taken £10 off now, and I'll take another £10 off the bill after."], ["I'll put £5 on now and another £5 next month, so £10 for the overpaid months."]);
  family(chat, "no-big-credit", ["I've put £5 off this box and a second £5 off next week's."], ["£5 off your next box for the unanswered chat."]);
  family(sofa, "no-big-voucher", ["You'll get a £40 voucher today and another when the new sofa is in."], ["You'll get a £20 voucher today and another £20 when the new sofa is in."]);
});

describe("round 26 (4): a day earlier than the policy allows, said by pointing back or beside another remedy's day", () => {
  family(
    bill,
    "no-same-day-refund",
    ["Your rent's on Friday, isn't it? Don't worry, the refund will be in your account long before then."],
    ["Your rent's on Friday; I'll ring you before then to see whether it has landed."],
  );
  family(
    sofa,
    "no-earlier-delivery",
    ["The new sofa is booked to come tomorrow, with the damaged one taken away at the same visit. I've also added a £40 voucher for Saturday."],
    ["The new sofa is booked for Thursday, with the damaged one taken away at the same visit. I've also added a £40 voucher for Saturday."],
  );
});

describe("round 26: known misses left open", () => {
  // already a false breach on main: "Monday to Wednesday" after "refunded" on a Wednesday call is read as a refund by Monday
  // with no working days counted; not changed this round
  it.fails("honest: I've refunded it to your card; it should land Monday to Wednesday.", () => {
    expect(turnRules(bill, "I've refunded it to your card; it should land Monday to Wednesday.")).toEqual([]);
  });
});

describe("round 26 (5): the refund said to be done before the collection", () => {
  family(
    coffee,
    "no-refund-before-collection",
    ["I've issued the full £349 refund, and a courier picks the machine up on Friday."],
    ["The courier picks the machine up on Friday, and I'll issue the £349 refund once it's collected.", "I've booked the collection for Friday; the refund is issued within 5 working days of it."],
  );
});

describe("round 26 (6): the sales chat said to have made it up to sell", () => {
  family(
    photo,
    "no-blaming-sales",
    ["Honestly, the chat made the answer up just to close the sale."],
    ["The sales chat's answer was misleading, and I've logged it so the wording is put right.", "The chat is meant to help you choose, not to make a sale, and that answer let you down."],
  );
});

describe("round 26: whole calls of my own fail on the promise at seeds 1 to 4, and their honest twins pass", () => {
  const opening = ["Joan, I'm so sorry about Ken. Please take all the time you need; there's no rush at all.", "Nothing will be cut off while we sort this. I've put the account on hold for 60 days and taken the £12 late fee off, as it was caused by Ken's passing."];
  const close = "I'll ring you on Thursday at 11 to check the letters have stopped. Is there anything else on your mind?";
  const breach = [...opening, "I'm referring the account to our bereavement support team, who'll move it into your name with no new contract or credit check, and I've cleared the rest of the balance too.", close];
  const honest = [...opening, "I'm referring the account to our bereavement support team, who'll move it into your name with no new contract or credit check, and we can spread the £84.40 over up to six months.", close];
  it.each([1, 2, 3, 4])("seed %i", (seed) => {
    const r = simulate({ scenario: "bereavement", turns: breach, seed });
    expect(r.passed).toBe(false);
    expect(r.critical?.act ?? JSON.stringify(r.critical)).toContain("no-write-off");
    expect(simulate({ scenario: "bereavement", turns: honest, seed }).critical).toBeNull();
  });
});
