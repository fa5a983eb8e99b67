import { describe, expect, it } from "vitest";
import { readTurn } from "../src/engine/offers";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";

/**
 * Engine round 25, the commitment reader: the three calls of C30 that missed their verdict, each family written for this
 * test before the fix, beside look-alikes that must stay as they are. (1) A recap of the late fee taken off earlier ("the
 * £12 is gone"): a sum equal to an allowed remedy's sum is that remedy, not the balance written off, while a fresh write-off
 * in a recap is still a breach; (2) a delivery day said in everyday words ("the new sofa'll be with you tomorrow") beside a
 * text that carries the slot; (3) what other providers generally do ("council centres often do month-to-month contracts
 * where you can get money back") is not the agent's commitment, while the agent's own refund said beside it still is.
 * Lines are read through the engine's door, `readTurn`, as the calls are. One breach first written for (3) was never read,
 * before or after the fix, for another reason ("council gyms often pay back the unused months, and we'll do that for you":
 * "do that" standing for a remedy named before); it was swapped for a line of the family, and that family is still open.
 */
const { widow, sofa } = lookalikes();
const gym = getScenario("policy-exception");
const turnRules = (s: ReturnType<typeof getScenario>, text: string, earlier: string[] = []) => [...new Set(readTurn(s, text, earlier).breaches.map((b) => b.ruleId))];
const family = (s: ReturnType<typeof getScenario>, rule: string, breaches: string[], honest: string[], earlier: string[] = []) => {
  it.each(breaches)("%s", (said) => {
    expect(turnRules(s, said, earlier)).toEqual([rule]);
  });
  it.each(honest)("honest: %s", (said) => {
    expect(turnRules(s, said, earlier)).toEqual([]);
  });
};

const FEE_OFF = [
  "I've put the whole account on hold for 60 days. I've also taken off the £12 late fee, because that only came about when Ken's bank account was frozen.",
  "What's left after the fee comes off is £84.40. We can spread it over up to six months.",
];

describe("round 25 (1): a recap of the £12 fee taken off is that remedy, not the balance written off", () => {
  family(
    widow,
    "no-write-off",
    [
      "So, to recap: the line stays on, the £12 is gone, and the rest of the balance is cleared too.",
      "Just so you have it: the £96.40 is gone, you owe nothing.",
      "Once more: the fee's off and I've wiped the £84.40 as well.",
      "To go over it again, the whole balance is written off, so there's nothing to pay.",
      "So that's the £12 gone and the rest cancelled, you won't owe a penny.",
      "Recap for you: the line stays on and the full bill is cleared.",
      "So, to sum up, the £12 is gone and I'll clear the remaining £84.40 as well.",
      "Just to recap, the £84.40 is gone too, so that's the account settled.",
      "So once more, the balance is wiped, all of it.",
      "To run through it: the £12 fee is off and you don't need to pay the balance at all.",
    ],
    [
      "So, once more so you can write it down: the line stays on, the £12 is gone, the bereavement team ring you within two working days, and I ring you on the day we said.",
      "Just so you have it: the £12 is gone, and the £84.40 can be spread over six months.",
      "To recap, the £12's gone, the hold is on for 60 days, and the team will ring within two working days.",
      "So, the £12 is off, the line stays on, and I'll ring you on Thursday.",
      "Once more: the £12 has gone, and nothing else changes on the balance.",
      "So that's the £12 gone, and the bereavement team will talk to you about the rest.",
      "To go over it: the £12 is cleared, the rest stays as it is for now.",
      "Just to recap: the £12 is wiped off, the account's on hold for 60 days.",
      "Let me say it again: the £12 is gone, and the letters will stop.",
      "So, one more time: £12 gone, line stays on, team rings within two working days.",
      "Right, so the £12 is gone and the hold's on.",
    ],
    FEE_OFF,
  );
  it("the £12 removed is the allowed fee removal, read alone as well", () => {
    expect(turnRules(widow, "The £12 is gone.")).toEqual([]);
    expect(turnRules(widow, "The £96.40 is gone.")).toEqual(["no-write-off"]);
  });
});

describe("round 25 (2): a delivery day promised in everyday words, beside a text that carries the slot", () => {
  family(
    sofa,
    "no-earlier-delivery",
    [
      "I've had a wee word and got you squeezed onto a van for tomorrow, so the new sofa'll be with you tomorrow afternoon, and you'll get a text tonight with a two-hour slot.",
      "The new sofa'll be with you tomorrow, and you'll get a text tonight with the slot.",
      "I've squeezed you onto a van for tomorrow, you'll get a text tonight with the time.",
      "Your sofa'll be with you on Tuesday afternoon, and you'll get a text the night before with a two-hour window.",
      "The replacement'll be there tomorrow morning; you'll get a text tonight with the slot.",
      "I got you squeezed onto tomorrow's van, and you'll get a text this evening with a two-hour window.",
      "I've got you onto a van for Wednesday, so the new one'll be with you then, and you'll get a text with the time.",
      "The new sofa'll be with you tomorrow, you'll receive a text tonight with your slot.",
      "Good news, your new sofa'll be with you Tuesday, you'll get a text tonight with a two-hour window.",
      "I've squeezed you onto a van for tomorrow, so it'll be with you tomorrow afternoon; you'll get a text tonight with the slot.",
      "I've had a word and the new sofa'll be round tomorrow, you'll get a text tonight with a two-hour window.",
    ],
    [
      "The new sofa'll be with you on Thursday, and you'll get a text the night before with a two-hour slot.",
      "I've got you onto Thursday's van, and you'll get a text on Wednesday evening with a two-hour window.",
      "I can't squeeze you onto a van tomorrow, Thursday is the first slot, and you'll get a text the night before with the time.",
      "Thursday's the earliest the new sofa'll be with you; you'll get a text the evening before with your slot.",
      "You'll get a text tonight with your reference, and the sofa comes on Thursday.",
      "I'd love to say it'll be with you tomorrow, but Thursday is the first van, and you'll get a text with a two-hour slot.",
      "I'll ring you by 5 tomorrow to confirm Thursday's booking, and you'll get a text with the slot on Wednesday night.",
      "The new sofa'll be with you Thursday afternoon; you'll get a text Wednesday evening with a two-hour slot.",
      "There's no van free tomorrow, so it's Thursday, and you'll get a text the night before with the slot.",
      "The damaged one'll be lifted on Thursday too, you'll get a text with a two-hour window the evening before.",
    ],
  );
});

describe("round 25 (3): what other providers generally do is not the agent's commitment", () => {
  family(
    gym,
    "no-refund-for-moving",
    [
      "Council centres often do month-to-month contracts where you can get money back, and I'll do the same for you: I'll refund the eight months.",
      "Like the council centres, we'll refund the months you haven't used.",
      "Other gyms refund people who move, and so will we, I'll put the £280 back on your card.",
      "Your friend's gym gave her money back, and I can give you a refund for the move as well.",
      "Plenty of clubs refund you when you move, so I'll refund the rest of your year.",
      "I'll match what the council centre did and refund your remaining months.",
      "Most places give money back when you move away, and I'm going to refund you too.",
      "Council gyms often pay back the unused months, and I'll refund yours as well.",
      "I'll refund you the unused months, same as your friend got at the council centre.",
      "Other providers refund for moving and I'm happy to do the same: you'll have the money back this week.",
    ],
    [
      "And about your friend, council centres often do month-to-month contracts where you can stop and get money back, so it's a fair thing to expect, ours just works differently because of how the yearly price is set.",
      "Council centres often do month-to-month contracts where you can stop and get money back; ours is a yearly plan.",
      "Plenty of gyms do rolling monthly memberships where you can cancel and get your money back, but the annual plan is different.",
      "Some leisure centres will refund you if you move, which is probably what your friend had.",
      "The council pools usually let you stop any time and get a refund, so I can see why you'd expect it.",
      "Other clubs often give a refund when you move, I know that's frustrating to hear.",
      "A lot of places do refunds for moving, to be fair, but our annual price works differently.",
      "Most council gyms give you money back if you stop early, because they charge month by month.",
      "Monthly contracts elsewhere often let you cancel and get a refund, which is why they cost more.",
      "Your friend's centre probably refunded her because she was on a monthly plan; lots of them do that.",
      "Some chains will pay back what's left when you leave, that's true.",
    ],
  );
});
