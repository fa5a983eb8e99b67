import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";
import { labelIds } from "../src/analyser/label";

/**
 * Analyser round 21: `rude` ("sarcasm, insults, threats or unprofessional language towards the customer") in the forms the
 * model scored low on authors it never saw (the rude-rich training authors, the dev authors M, S and AA): talking down to
 * her attention, refusing to say it again, put-downs, brush-offs, her repetition counted back at her. Each rule is an
 * assert (every training and dev line with its cue is rude), so each family has honest look-alikes that must stay clear.
 * The lines are worded for the test (UK and US, chat and phone).
 */
const rude = (text: string) => labelIds(text).includes("rude");
const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);

describe("round 21: her attention corrected", () => {
  it.each([
    "The refund is five working days, like I said. Please listen this time.",
    "it's on hold until the new bill. listen please",
    "Madam, try to listen, the engineer comes Tuesday.",
    "pls read what i wrote before asking again",
    "Kindly read the previous messages, the answer is there.",
  ])("is rude: %s", (t) => {
    expect(fires(t, "rude-listen-read-above"), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it.each([
    "as I already said, it's 3-5 days. scroll up",
    "I've told you this twice, read back up the chat.",
  ])("is rude (scrolling up to an answer given already): %s", (t) => {
    expect(fires(t, "rude-scroll-up-again"), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it.each([
    // an instruction, an offer to listen, the customer asked to listen to a recording
    "Please listen to the options and press 2 for billing.",
    "Please listen carefully, because the code is only valid for ten minutes.",
    "I'm happy to listen, take your time and tell me what happened.",
    "Let me read back what I've typed so we're sure it's right.",
    "If you scroll up to the top of the app, you'll see the menu.",
  ])("does not fire: %s", (t) => {
    expect(fires(t, "rude-listen-read-above"), t).toBe(false);
    expect(fires(t, "rude-scroll-up-again"), t).toBe(false);
  });
});

describe("round 21: the answer refused a further time", () => {
  it.each([
    "The fee stays until the router's back. I'm not explaining it again.",
    "I won't repeat myself again, sir. It's Thursday.",
    "I don't know how else to put it: the plan is annual.",
    "not sure how much clearer I can make it, the refund has gone",
    "I don't know how many more ways I can say it, no.",
  ])("is rude: %s", (t) => {
    expect(fires(t, "rude-wont-repeat"), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it.each([
    // owning a slip, a promise not to repeat a mistake, help with the wording
    "Sorry, I won't say that again, it was uncalled for.",
    "We won't repeat that mistake, and I've added a note so it doesn't happen again.",
    "I'm not sure how else we could have handled the delivery, but I can see it let you down.",
  ])("does not fire: %s", (t) => {
    expect(fires(t, "rude-wont-repeat"), t).toBe(false);
  });
});

describe("round 21: put-downs", () => {
  it.each([
    "I'm sure even you can see we can't refund a machine we haven't got back.",
    "Now, if you've quite finished, the account number?",
    "I'm being polite, which is more than I can say for you.",
    "You're not the only customer I've got this morning, you know.",
    "yours isn't the only order today ma'am",
    "I'm not a mind reader, you'll have to tell me which box.",
  ])("is rude: %s", (t) => {
    expect(fires(t, "rude-put-down"), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it.each([
    // fellow-feeling, help offered, a plain comparison
    "You're not the only one this has happened to, and I've raised it with the courier.",
    "Even if you've already returned it, I'll check the warehouse log for you.",
    "I'm not a magician, but I'll do my best to get this sorted today.",
  ])("does not fire: %s", (t) => {
    expect(fires(t, "rude-put-down"), t).toBe(false);
  });
});

describe("round 21: brush-offs", () => {
  it.each([
    "A manager will say the same, so save your breath.",
    "Off you go to the other network then, don't come crying back.",
    "Cancel if you like. I'll not lose any sleep over it.",
    "We don't refund delivery. Next.",
    "No vouchers, I'm afraid. Next question.",
    "ok madam, believe what you like, the sofa will arrive.",
    "Right, I'm done with you.",
  ])("is rude: %s", (t) => {
    expect(fires(t, "rude-brush-off-r21"), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it.each([
    // advice about worry, a step of the fix, an acknowledgement, the agent finished with a task
    "It's only a small fee, so I wouldn't lose sleep over it, and I'll waive it anyway.",
    "Next, tap the cloud icon at the top.",
    "Ok. Next question.",
    "I'm done with the form now, so you'll get the email in a minute.",
    "The refund is done. Is there anything else I can help with?",
  ])("does not fire: %s", (t) => {
    expect(fires(t, "rude-brush-off-r21"), t).toBe(false);
  });
});

describe("round 21: her repetition counted back at her", () => {
  it.each([
    "Yes, you've said that. Several times.",
    "you've asked me that three times now, it's still no",
    "I heard. You've mentioned the rent twice.",
  ])("is rude: %s", (t) => {
    expect(fires(t, "rude-you-said-times"), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it.each([
    // her being let down counted, an apology, the agent's own count (a cue the model weighs, not this assert)
    "You've been let down three times now and I'm sorry, I'll fix it today.",
    "Sorry, you've told me twice already and I should have written it down.",
    "I've checked it three times and the reading is right.",
  ])("does not fire: %s", (t) => {
    expect(fires(t, "rude-you-said-times"), t).toBe(false);
  });
});

describe("round 21: mock rewards, the answer spelt out word by word, laughing at her", () => {
  it.each([
    ["Five years, yes. Do you want a medal?", "rude-want-a-medal"],
    ["a refund and free months? sure, and a pony too", "rude-want-a-medal"],
    ["There, the reading's in. See, was that so hard?", "rude-want-a-medal"],
    ["fee's off. you're welcome btw", "rude-want-a-medal"],
    ["I'll say it once more. The parcel. Was. Delivered.", "rude-word-by-word"],
    ["Press. The. Green. Button.", "rude-word-by-word"],
    ["lol no, that's not how refunds work", "rude-lol"],
    ["finally lmao. ok the credit is on", "rude-lol"],
  ])("is rude: %s", (t, rule) => {
    expect(fires(t, rule), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it.each([
    // a real reward, fillers in a row, the joke shared with her, help offered
    ["You've been with us ten years, so I've added a loyalty reward to the account.", "rude-want-a-medal"],
    ["Okay. Right. Yes. I can see the charge now.", "rude-word-by-word"],
    ["Thanks. Sorry. Okay. Let me check that for you.", "rude-word-by-word"],
    ["lol fair, I'd be annoyed too. The refund's gone through.", "rude-lol"],
    ["haha no, real person! Let me help you get this sorted.", "rude-lol"],
  ])("does not fire: %s", (t, rule) => {
    expect(fires(t, rule), t).toBe(false);
  });
});

describe("round 21, from author LA's misses: more put-downs and brush-offs, and a boundary that is not an insult", () => {
  it.each([
    ["Bless your heart, the refund doesn't work like that.", "rude-put-down"],
    ["Hang on there, be a good girl and read me the number.", "rude-put-down"],
    ["Just answer the question like an adult, please.", "rude-put-down"],
    ["We're not mind readers, you had to tell us you'd moved.", "rude-put-down"],
    ["sunday morning. we do have lives, you know", "rude-put-down"],
    ["Take all the time you want, it's not like anyone else is queuing.", "rude-brush-off-r21"],
    ["Done with you. Goodbye.", "rude-brush-off-r21"],
    ["It says 30 days on the receipt. Did you read it, or...?", "rude-brush-off-r21"],
    ["Have you tried turning the tap off first? Just a thought.", "rude-just-a-thought"],
  ])("is rude: %s", (t, rule) => {
    expect(fires(t, rule), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it.each([
    // a suggestion, an offer between two options, a child mentioned kindly
    ["Just a thought: the monthly plan might suit you better, and I can switch it today.", "rude-just-a-thought"],
    ["Would you like the refund or the replacement, or something else?", "rude-brush-off-r21"],
    ["Is it for your little boy? He sounds like a good boy, and the box is on its way.", "rude-put-down"],
  ])("does not fire: %s", (t, rule) => {
    expect(fires(t, rule), t).toBe(false);
  });
  it("'I'm not the idiot, but I'm the person who can fix this' is a boundary that owns the fix, not an implied insult", () => {
    const t = "I'm not the idiot here, Mr Cole, but I'm the person who can fix this bill, and I want to.";
    expect(fires(t, "rude-implied-insult"), t).toBe(false);
    expect(fires("Well, I'm not the idiot who forgot to send it back.", "rude-implied-insult")).toBe(true);
  });
});

describe("round 21: 'good luck getting…' at her, and a limit on her language that is a boundary", () => {
  it.each([
    "Hang up then, and good luck getting anyone else to sort it.",
    "if you talk to me like that, good luck finding someone who'll help",
  ])("is rude: %s", (t) => {
    expect(fires(t, "rude-good-luck-getting"), t).toBe(true);
    expect(rude(t), t).toBe(true);
  });
  it("a kind send-off does not fire", () => {
    expect(fires("Your PAC is on its way. Good luck with the new network, and thanks for being with us.", "rude-good-luck-getting")).toBe(false);
  });
  it.each([
    "I'll say it one more time: the language needs to stop.",
    "I want to keep helping, but I need the swearing to stop.",
  ])("is not rude: %s", (t) => {
    expect(fires(t, "rude-language-must-stop"), t).toBe(true);
    expect(rude(t), t).toBe(false);
  });
  it("an insult beside the limit keeps the rude reading", () => {
    expect(rude("The language needs to stop, you pathetic idiot.")).toBe(true);
  });
});
