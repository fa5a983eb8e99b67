import { describe, expect, it } from "vitest";
import { getScenario } from "@defuse/content";
import { labelIds, simulate } from "../src/index";
import { replay } from "../src/engine/conversation";
import { readTurn } from "../src/engine/offers";

/**
 * Engine round 28 (C36's calls, and C34's left): each family in our own words, beside look-alikes that must stay as they
 * are. Lines are read through the engine's door (`readTurn`, `replay`, `simulate`), as the calls are.
 */
const SEEDS = [1, 2, 7, 99];
const scenario = (id: string) => getScenario(id)!;
const rules = (id: string, t: string) => [...new Set(readTurn(scenario(id), t).breaches.map((b) => b.ruleId))];
const offers = (id: string, t: string) => readTurn(scenario(id), t).offers.map((o) => o.remedyId);
/** The credit the engine gave a technique in the last turn of a call: engaged or not. */
const credited = (id: string, turns: string[], label: string) => {
  const last = replay(scenario(id), turns, { seed: 1 }).turns.at(-1)!;
  return (last.credits ?? []).some((c) => c.label === label && c.engaged);
};

describe("a colleague's inexperience given as the excuse is blaming him (C36-27)", () => {
  it.each([
    "Dean was only in his second week, and he obviously forgot to raise the order after your call.",
    "To be fair, Dean was only in his first week on the phones.",
    "Your last advisor was a new starter, so that's why it slipped.",
    "Honestly, she's still on probation.",
    "He'd only just started, to be fair to him.",
    "Dean had only been here a few days when you rang.",
    "The driver was on his first day.",
    "The only reason it didn't come is that Dean forgot to book it.",
  ])("breach: %s", (t) => {
    expect(rules("repeat-contact", t)).toEqual(["no-blaming-colleague"]);
  });
  it.each([
    "I'm only in my second week myself, but I'll see this through for you.",
    "Dean was in his second week of leave, so I've picked up his calls.",
    "I've only just started reading your notes, and I can see what you were promised.",
    "It's not that Dean forgot, our system dropped the order.",
    "I'm not saying Dean forgot.",
  ])("no breach: %s", (t) => {
    expect(rules("repeat-contact", t)).toEqual([]);
  });
  it("a rule described is still not a promise: 'the only time we can refund part of it is with a doctor's letter'", () => {
    expect(rules("policy-exception", "The only time we can refund part of it is with a doctor's letter.")).toEqual([]);
  });
  it.each(SEEDS)("a call that blames the new starter fails on the rule, though it books everything (seed %i)", (seed) => {
    const r = simulate({
      scenario: "repeat-contact",
      turns: [
        "Ms Ortiz, I've got your notes and reference HH-22871 here, so you won't need to go over it again. I'm so sorry you lost a day's pay on Saturday.",
        "What went wrong is that Dean was in his first week, and he forgot to put the order through.",
        "I've raised the replacement for Thursday, the first slot, with the damaged sofa collected on the same visit, and you'll get a text with a two-hour window the evening before.",
        "I've added a £40 voucher for the Saturday, and I'll ring you myself by 5pm tomorrow to confirm it's booked.",
      ],
      seed,
    });
    expect(r.passed).toBe(false);
    expect(r.critical?.act).toBe("no-blaming-colleague");
  });
});

describe("being rung back is not money back or goods arriving (C36-26)", () => {
  it.each([
    "I'll make sure someone gets back to you.",
    "Someone from the team will get back to you.",
    "I'll get back to you tomorrow.",
    "I'll come back to you by 5pm tomorrow with the booking.",
    "We will come back to you with a time.",
  ])("no refund, no delivery: %s", (t) => {
    expect(rules("repeat-contact", t)).toEqual([]);
    expect(offers("repeat-contact", t)).not.toContain("refund-on-collection");
  });
  it.each([
    ["The money will be back with you within five working days of the collection.", "refund-on-collection"],
    ["It'll go back to your card once the sofa's collected.", "refund-on-collection"],
    ["The new sofa will come on Thursday.", "replacement"],
  ])("still offered: %s", (t, remedy) => {
    expect(offers("repeat-contact", t)).toContain(remedy);
  });
  it("goods said to come before Thursday are still the early delivery", () => {
    expect(rules("repeat-contact", "They'll come on Wednesday with the new sofa.")).toEqual(["no-earlier-delivery"]);
  });
});

describe("'I'll be honest with you:' frames what follows; it commits to nothing", () => {
  it.each([
    "I'll be honest with you: a refund because you're moving isn't something the annual plan allows.",
    "I'll be straight with you: a refund for the move isn't something the plan allows.",
  ])("no breach: %s", (t) => {
    expect(rules("policy-exception", t)).toEqual([]);
  });
  it.each([
    "I'll be honest with you, I can refund the £280 for you today.",
    "I'll be straight with you: I'll put the £280 back on your card.",
  ])("still the breach: %s", (t) => {
    expect(rules("policy-exception", t)).toEqual(["no-refund-for-moving"]);
  });
});

describe("a run of technique names is a keyword salad, not words spelt out at her (C36-10)", () => {
  it.each(["I take ownership. Solution. Options. Expectation. Follow-up.", "Empathy. Apology. Solution.", "Right, I'll set a respectful boundary. Reflection. Escalation. Explanation."])(
    "not rude: %s",
    (t) => {
      expect(labelIds(t)).not.toContain("rude");
    },
  );
  it.each(["Options. Are. Limited.", "The refund. Takes. Five. Days.", "Solution. Is. Coming. Okay?"])("still rude: %s", (t) => {
    expect(labelIds(t)).toContain("rude");
  });
  it.each(SEEDS)("the salad fails and does not resolve, with no insult named (seed %i)", (seed) => {
    const r = simulate({
      scenario: "misled-features",
      turns: [
        "Hi Priya, I empathise and I apologise. Offline, Keep on this device, refund, 14 days, monthly plan £7.99, guide, video, feedback logged, up to 5 working days. I take ownership. Solution. Options. Expectation.",
        "To reflect back: offline, Keep on this device. Offering options: the refund option, the monthly option, the guide option. Setting expectations: it will all happen in the expected timeframe.",
      ],
      seed,
    });
    expect(r.passed).toBe(false);
    expect(r.outcome).not.toBe("resolved");
    expect(r.critical).toBeNull();
  });
  it.each(SEEDS)("a real answer with the same remedies still resolves (seed %i)", (seed) => {
    const r = simulate({
      scenario: "misled-features",
      turns: [
        "Priya, that sounds mortifying in front of a couple, and after the sales chat told you it all works offline your confusion makes complete sense. I'm sorry.",
        "Offline only works for albums you switch to 'Keep on this device' while you still have signal. Shall we do it together now? Open the portfolio album, tap the three dots and switch on Keep on this device.",
        "Then it will open at any venue with no signal. If you'd rather not keep the plan, you're within 14 days, so I can refund the full £79 instead; it shows within 5 working days. Which would you prefer?",
      ],
      seed,
    });
    expect(r.outcome).toBe("resolved");
  });
});

describe("a technique named is not the technique: 'I'm setting a respectful boundary' (C36-35, C36-39)", () => {
  const abusive = (line: string) => credited("abusive-caller", [line], "boundary");
  it.each([
    "I hear you, sir, and I understand your frustration. I'm setting a respectful boundary. I'm here to help.",
    "Respectful boundary, Mr Cole. I'm here to help you.",
  ])("no boundary: %s", (t) => {
    expect(abusive(t)).toBe(false);
  });
  it.each([
    "I do want to sort this bill out for you, and I can't while I'm being called names. Can we go back to the reading?",
    "I'm here to help you, Mr Cole, and I need us to keep it to the bill rather than personal remarks.",
  ])("still a boundary: %s", (t) => {
    expect(abusive(t)).toBe(true);
  });
  it.each(SEEDS)("a chanted boundary with claim words angers him until he hangs up (seed %i)", (seed) => {
    const r = simulate({
      scenario: "persistent-abuse",
      turns: [
        "Craig, empathy: I'm sorry. Respectful boundary: I'd like respect back. Claim, depot, photo, GPS, supervisor, 2 working days. Ownership: mine.",
        "Respectful boundary, Craig. I'm here to help. Respectful boundary. Claim, photo, GPS. Expectation: soon.",
        "I hear how angry you are. Respectful boundary. Solution, options, follow-up. Supervisor, later today, possibly.",
      ],
      seed,
    });
    expect(r.passed).toBe(false);
    expect(r.outcome).toBe("escalated");
  });
});

describe("a vague intention is not a remedy or a timeframe (C36-35, C36-38)", () => {
  it.each([
    "Rest assured an engineer will be arranged in due course.",
    "The billing team will sort it as soon as possible.",
    "Someone will look into it in due course and an engineer will be booked.",
  ])("no solution: %s", (t) => {
    expect(credited("abusive-caller", ["I can hear how angry the £412 estimate has made you, Mr Cole.", t], "solution")).toBe(false);
  });
  it.each([
    "I've booked the engineer for next Tuesday, the earliest slot, and your reference is BW-5512.",
    "I'll put this bill's direct debit on hold now, so nothing leaves tomorrow.",
  ])("still a solution: %s", (t) => {
    expect(credited("abusive-caller", ["I can hear how angry the £412 estimate has made you, Mr Cole.", t], "solution")).toBe(true);
  });
  it.each(["Our team will investigate the claim, which may take several working days.", "The depot will check the photo over the next few days."])(
    "no timeframe: %s",
    (t) => {
      expect(credited("persistent-abuse", [t], "expectation")).toBe(false);
    },
  );
  it("a count of working days is still one", () => {
    expect(credited("persistent-abuse", ["The depot checks the photo and GPS, and the sender is told to refund or resend within 2 working days."], "expectation")).toBe(true);
  });
});

describe("a note passed on is not ownership or a fix (C36-26)", () => {
  const first = "Good afternoon, Ms Ortiz. I do apologise for the inconvenience.";
  it.each([
    "I do apologise that the sofa never came on Saturday. I will make sure the relevant team is aware of your complaint.",
    "I'm sorry nobody came on Saturday. I'll make sure the delivery team are made aware.",
  ])("no ownership: %s", (t) => {
    expect(credited("repeat-contact", [first, t], "ownership")).toBe(false);
  });
  it("no fix: 'I will make sure your feedback about the missed delivery is noted'", () => {
    const turns = [first, "I do apologise that the sofa never came on Saturday.", "I do apologise again. I will make sure your feedback about the missed delivery is noted."];
    expect(credited("repeat-contact", turns, "solution")).toBe(false);
  });
  it.each([
    "I'm sorry the sofa never came on Saturday. I'll make sure the delivery team is aware, and I'll stay with this myself until the sofa is in your front room.",
    "I'm sorry the sofa never came on Saturday. This one's mine now: I'll ring you myself by 5pm tomorrow.",
  ])("still ownership: %s", (t) => {
    expect(credited("repeat-contact", [first, t], "ownership")).toBe(true);
  });
});

describe("a forbidden promise of her money before her day answers the dated worry; the score still fails it (C36-15, C34-03)", () => {
  const worry = (id: string, turns: string[]) => replay(scenario(id), turns, { seed: 1 }).concernsMet[0];
  it.each([
    ["billing-error", "I'll get the £59.98 straight back into your account today."],
    ["refund-demand", "I've approved the full £349 refund to your card now, and it'll be back with you today."],
    ["chat-complaint", "ive refunded the 34.99, it'll be back in your account by tonight"],
  ])("%s: dealt with: %s", (id, t) => {
    expect(worry(id, [t])).toBe(true);
  });
  it.each([
    ["billing-error", "I'll put a £15 credit on your account today."],
    ["billing-error", "I've taken the fee off, so you'll see it back shortly."],
  ])("%s: not dealt with: %s", (id, t) => {
    expect(worry(id, [t])).toBe(false);
  });
  it.each(SEEDS)("the refund promised today before collection resolves the call and fails it on the rule (seed %i)", (seed) => {
    const r = simulate({
      scenario: "refund-demand",
      turns: [
        "Mr Pryce, you emailed us twice and nobody answered. I'm sorry, that isn't good enough. What is the machine doing?",
        "Leaking from the base of the tank every time: that's a known seal fault, so no troubleshooting needed.",
        "I've approved the full refund to your card now, it'll be back with you today, and the courier can collect the machine whenever suits you.",
      ],
      seed,
    });
    expect(r.outcome).toBe("resolved");
    expect(r.passed).toBe(false);
    expect(r.critical?.act).toBe("no-refund-before-collection");
  });
});

describe("a forbidden promise that gives her what she asked for meets the need for a remedy (C36-31)", () => {
  const call = [
    "Mrs Ellison, can I ask what's taking you away?",
    "I'm so sorry about your sister's fall. Moving to look after her is a big thing, and of course you don't want to pay for a gym you can't use.",
    "Normally the annual plan can't be refunded after 14 days, because it's priced lower on the understanding it runs the full year.",
  ];
  it.each(SEEDS)("the manager's approval promised resolves the call and fails it (seed %i)", (seed) => {
    const r = simulate({ scenario: "policy-exception", turns: [...call, "I'll pass it to my manager today, and I can promise you she'll approve the £280 for your move."], seed });
    expect(r.outcome).toBe("resolved");
    expect(r.passed).toBe(false);
    expect(r.critical?.act).toBe("no-exception-promise");
  });
  it.each(SEEDS)("an honest escalation, with no outcome promised and no alternative, leaves her waiting for options (seed %i)", (seed) => {
    const r = simulate({ scenario: "policy-exception", turns: [...call, "I'll pass it to my manager today; I can't promise what she'll decide."], seed });
    expect(r.outcome).not.toBe("resolved");
  });
});

describe("where it was explained all along, said to her, is blame (C36-12)", () => {
  it.each(["It's also explained in the FAQ and in the terms.", "That's all covered in the small print.", "It's written in the T&Cs."])("blame: %s", (t) => {
    expect(labelIds(t)).toContain("blame");
  });
  it.each(["I'll email you the guide; it's also explained in the FAQ if you want it.", "It's also set out in the FAQ, and I'll send you the link.", "That's explained in the guide I'm sending you."])(
    "not blame: %s",
    (t) => {
      expect(labelIds(t)).not.toContain("blame");
    },
  );
  it.each(SEEDS)("rushed steps and a pointer to the terms do not resolve a mediocre call (seed %i)", (seed) => {
    const r = simulate({
      scenario: "misled-features",
      turns: [
        "Hi, I'm sorry the app didn't work for you at the venue.",
        "Just go to the album, tap the menu, toggle Keep on this device and you're good. It's all explained in the FAQ and in the terms.",
        "So it should work from now on. Anything else?",
      ],
      seed,
    });
    expect(r.outcome).not.toBe("resolved");
  });
});
