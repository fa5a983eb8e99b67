import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";

/**
 * Analyser round 13 (issue 11, part 4: `rude` and `argue` recall): cue families written from the taxonomy's
 * definitions (rude: "sarcasm, insults, threats or unprofessional language towards the customer"; argue:
 * "contradicting the customer, correcting them for the sake of it, or getting defensive"), each with the look-alikes a
 * trainer would not call that pitfall. These check the rule table; the model weighs the cues, and a cue asserts its
 * label only when it is precise on every training author (or is an assert, as mock sympathy is).
 */
const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);

describe("rude in veiled forms", () => {
  it("talking down (the task is easy, so the trouble is her); the same words with help offered are reassurance", () => {
    expect(fires("It's not exactly rocket science, hey, the switch is right there.", "rude-not-hard")).toBe(true);
    expect(fires("It's really not that complicated, you just turn on offline per album.", "rude-not-hard")).toBe(true);
    expect(fires("It's literally in settings, it isn't hard.", "rude-not-hard")).toBe(true);
    expect(fires("It's not rocket science, I'll walk you through it.", "rude-not-hard")).toBe(false);
    expect(fires("It's not rocket science, I'll walk you through it.", "rude-talking-down")).toBe(false);
    expect(fires("Honestly, it's not rocket science.", "rude-talking-down")).toBe(true);
    expect(fires("Don't worry, it's not complicated at all, we'll do it together.", "rude-not-hard")).toBe(false);
    expect(fires("It's not hard to fix, I'll do it now.", "rude-not-hard")).toBe(false);
    // hard news acknowledged is empathy, not talking down
    expect(fires("I know that's hard to hear when you've a good reason.", "rude-not-hard")).toBe(false);
  });
  it("an insult by implication; not 'you're not the only one' or the fix owned", () => {
    expect(fires("The only idiot I can hear right now is on your end of the line.", "rude-implied-insult")).toBe(true);
    expect(fires("Mate, I'm not the one shouting down a phone at a stranger.", "rude-implied-insult")).toBe(true);
    expect(fires("Well I'm not the idiot who can't read his own meter, am I.", "rude-implied-insult")).toBe(true);
    expect(fires("Takes one to know one.", "rude-implied-insult")).toBe(true);
    expect(fires("You're not the only one, put it that way.", "rude-implied-insult")).toBe(false);
    expect(fires("I'm not the one who sent it, but I'm the one who's going to sort it.", "rude-implied-insult")).toBe(false);
    expect(fires("The only one who can authorise it is my manager, so I'll ask her now.", "rude-implied-insult")).toBe(false);
  });
  it("contempt for her decision; not condolences or 'it's your call'", () => {
    expect(fires("Fine, if you want to pay for a worse network, that's your funeral.", "rude-your-funeral")).toBe(true);
    expect(fires("Well, that's your loss, not ours.", "rude-your-funeral")).toBe(true);
    expect(fires("I'm so sorry for your loss.", "rude-your-funeral")).toBe(false);
    expect(fires("It's your call, and whichever you pick I'll set it up today.", "rude-your-funeral")).toBe(false);
  });
  it("mock sympathy; not real sympathy with help", () => {
    expect(fires("Oh, poor you.", "rude-mock-sympathy")).toBe(true);
    expect(fires("Six whole years, I'll alert the media.", "rude-mock-sympathy")).toBe(true);
    expect(fires("Boo hoo, it's a broadband outage.", "rude-mock-sympathy")).toBe(true);
    expect(fires("Oh, poor you, that sounds like an awful morning. Let me sort it.", "rude-mock-sympathy")).toBe(false);
    expect(fires("Oh poor thing, has she been in hospital long?", "rude-mock-sympathy")).toBe(false);
  });
});

describe("argue: the company defended, her account denied, her word corrected", () => {
  it("a denial of what she accused the company of; not when the turn owns it", () => {
    expect(fires("We're not thieves. It was a system glitch.", "arg-deny-charge")).toBe(true);
    expect(fires("It isn't made up, it's calculated from your history.", "arg-deny-charge")).toBe(true);
    expect(fires("Our drivers aren't clowns, actually.", "arg-deny-charge")).toBe(true);
    expect(fires("Nobody else has complained.", "arg-deny-charge")).toBe(true);
    expect(fires("It's not a scam, but you're right that the letter made it look like one, and that's our mistake.", "arg-deny-charge")).toBe(false);
  });
  it("a flat counter-claim to her account; not her account confirmed and owned, not a boundary kept, not a question", () => {
    expect(fires("I did, scroll up", "arg-flat-denial")).toBe(true);
    expect(fires("We did, the notification went out at 3:02 pm.", "arg-flat-denial")).toBe(true);
    expect(fires("No, I never said that. I said offline works for saved albums only.", "arg-flat-denial")).toBe(true);
    expect(fires("You were promised an engineer twice and nobody came. I'm sorry, that's on us.", "arg-flat-denial")).toBe(false);
    expect(fires("I did say I'd end the call if the abuse continued, so I'm ending it now. You can call back when you're ready.", "arg-flat-denial")).toBe(false);
    expect(fires("You didn't get the returns label, did you?", "arg-flat-denial")).toBe(false);
    expect(fires("You did, and I'm sorry you have to go again.", "arg-flat-denial")).toBe(false);
  });
  it("her own word for it corrected; not her side of it acknowledged or the rest owned", () => {
    expect(fires("I wouldn't call twenty minutes a long wait, to be honest.", "arg-your-word")).toBe(true);
    expect(fires("Over-charged is a strong word, you were charged the tariff you agreed.", "arg-your-word")).toBe(true);
    expect(fires("Is it a disgrace though? It's a sixty quid charge.", "arg-your-word")).toBe(true);
    expect(fires("No, that's not fair, we sort thousands of accounts every day.", "arg-your-word")).toBe(true);
    expect(fires("That's not fair on you at all, I'm sorry.", "arg-your-word")).toBe(false);
    expect(fires("I wouldn't say lied, but it was misleading and that's on us to fix.", "arg-your-word")).toBe(false);
  });
  it("'they'll tell you the same' is weighed by the model; a call back the same day is not it", () => {
    expect(fires("A supervisor would tell you exactly what I'm telling you.", "arg-same-answer")).toBe(true);
    expect(fires("The manager will tell you the same thing.", "arg-same-answer")).toBe(true);
    expect(fires("The manager will call you back the same day.", "arg-same-answer")).toBe(false);
    expect(fires("They'll give you the same discount in store.", "arg-same-answer")).toBe(false);
  });
});
