import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";
import { label, labelIds } from "../src/analyser/label";

/**
 * Analyser round 20: what the round-19 model (`weights-r19.json`, shipped this round) needed read first, each by the
 * taxonomy's definition and the training lines that motivate it, not by the dev call's words:
 * - `rude-easy-for-my-nan` (assert): talking down to her competence by an easy benchmark ("it's dead easy, my nan manages
 *   it"), the contempt round 18 adjudicated rude; C21-misled-features-2 lost its critical `rude` when the retrain stopped
 *   promoting `rude-mock`, whose branch it was.
 * - `rude-if-you-cant-speak` (assert): a put-down of how she speaks as the condition of being served ("if you can't speak
 *   like an adult, I'm not dealing with you"); calls-dev6 l-abusive-caller-4 failed on "I'm not an idiot" alone, which the
 *   round-18 adjudication ruled argue (J-0242). The evidence of an asserted label is now the assert's sentence.
 * - `pw-time-limit` stands down when the refusal is said candidly ("I must be honest with you… I do not want to give you a
 *   false hope"): c11-policy-exception-1 (good) ended unresolved once the retrain promoted the rule.
 * The lines below are worded for the test unless marked as a dev call's turn.
 */
const rude = (text: string) => labelIds(text).includes("rude");
const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);

describe("round 20: talking down by an easy benchmark", () => {
  it.each([
    // C21-misled-features-2, turn 3 (a dev call)
    "Honestly, it's dead easy, my nan manages it, so I'm sure you'll cope. Open the album, tap the menu at the top and choose 'Keep on this device'.",
    "It's really simple, my mum does it every week.",
    "it's not that hard, even my son can do it",
  ])("is rude: %s", (t) => {
    expect(fires(t, "rude-easy-for-my-nan"), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it.each([
    // advice in her interest, a relative's trouble shared, help offered with the comparison
    "If it were my nan, I'd probably look at York, since she swims.",
    "My mum found the app confusing at first too, so you're not alone in that.",
    "It's easy once you've done it once; my dad does it on his tablet now, and I'll walk you through it step by step.",
    "My daughter uses the same plan, and the offline setting is in the menu at the top.",
  ])("is not this rule: %s", (t) => {
    expect(fires(t, "rude-easy-for-my-nan"), t).toBe(false);
  });
});

describe("round 20: a put-down of how she speaks, as the condition of being served", () => {
  const dev6 = "Well, I'm not an idiot, Mr Cole, and frankly, if you can't string a sentence together without insults, I'm not sure why you bothered ringing.";
  it("calls-dev6 l-abusive-caller-4's first turn is rude for the put-down, and quotes it", () => {
    const hit = label(dev6).pitfalls.find((p) => p.label === "rude");
    expect(hit).toBeDefined();
    expect(hit!.span.text).toContain("if you can't string a sentence together");
    expect(hit!.span.text).not.toContain("I'm not an idiot");
  });
  it.each([
    "If you can't talk to me politely, I'm not going to carry on with this.",
    "if u cant speak like an adult then call back another time",
    "If you can't be civil, you can sort it out yourself.",
  ])("is rude: %s", (t) => {
    expect(fires(t, "rude-if-you-cant-speak"), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it.each([
    // a boundary keeps the door open to help; the same words about something else are not about her
    "If you can't speak to me without swearing I'll have to end the call, and I'd rather not, because I want to help you get this sorted.",
    "If you can't read the meter right now, I can send an engineer instead.",
    "If you can't talk now, I can ring you back at six.",
  ])("is not this rule: %s", (t) => {
    expect(fires(t, "rude-if-you-cant-speak"), t).toBe(false);
  });
});

describe("round 20: a refusal by a time limit, said candidly, is not a policy wall", () => {
  it("c11-policy-exception-1's second turn (a dev call's good call) is not a policy wall", () => {
    const t = "I am sorry to hear about your sister's fall. It is kind of you to go and care for her. I must be honest with you: the annual plan is not refundable after 14 days for moving, so I cannot give back the £280. I do not want to give you a false hope.";
    expect(fires(t, "pw-time-limit")).toBe(false);
    expect(labelIds(t)).not.toContain("policy_wall");
  });
  it("the bare refusal by the window still fires the rule", () => {
    expect(fires("You're past thirty days, so no refund.", "pw-time-limit")).toBe(true);
    expect(fires("It was bought 33 days ago, so it's outside our 30-day refund window, unfortunately.", "pw-time-limit")).toBe(true);
    // the same refusal said candidly is not
    expect(fires("I'll be straight with you, you're past thirty days, so no refund.", "pw-time-limit")).toBe(false);
  });
});

/**
 * Part B (`dismissive` recall): three forms of "telling the customer how to feel or behave" and of comparing her problem
 * with everyone's, asserted (rules.ts, `dis-be-patient`, `dis-how-you-type`, `dis-everyone-does`). The lines are worded
 * for the test.
 */
const dismissive = (text: string) => labelIds(text).includes("dismissive");
describe("round 20: dismissive, told how to behave or that everyone has it", () => {
  it.each([
    ["dis-be-patient", "The engineers are busy this week, so you'll just have to be patient."],
    ["dis-be-patient", "Kindly have some patience, sir, there are other customers in the queue."],
    ["dis-how-you-type", "no need for all the capitals, I'm reading it."],
    ["dis-how-you-type", "Please stop using capital letters in the chat."],
    ["dis-everyone-does", "Estimated bills are normal, everybody gets them."],
    ["dis-everyone-does", "Everyone has to wait for the depot, madam."],
  ])("%s: %s", (rule, t) => {
    expect(fires(t, rule), t).toBe(true);
    expect(dismissive(t), t).toBe(true);
  });
  it.each([
    ["dis-be-patient", "Thank you for being so patient with me while I check the account."],
    ["dis-be-patient", "Please be patient with me while I pull up the notes."],
    ["dis-how-you-type", "There's no need for all the forms, I'll fill them in for you."],
    ["dis-everyone-does", "Everyone gets confused by that setting, it's not you, so let me show you where it is."],
    ["dis-everyone-does", "You'll get it when it's processed, like everyone else."],
  ])("%s stays clear of: %s", (rule, t) => {
    expect(fires(t, rule), t).toBe(false);
  });
});
