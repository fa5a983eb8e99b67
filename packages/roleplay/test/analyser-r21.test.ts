import { describe, expect, it } from "vitest";
import { labelIds } from "../src/analyser/label";

/**
 * Engine round 21: `rude` ("sarcasm, insults, threats or unprofessional language towards the customer") in six sarcastic
 * forms that passed dev calls which their authors failed on the jibe (C21-chat-complaint-2 "I did literally just say that,
 * Ria 🙄", C21-abusive-caller-2 "Well done, a whole minute without swearing", C21-persistent-abuse-1 "shout at the van
 * instead of me", C20-chat-complaint-4 "I can read just fine :)", C20-abusive-caller-4 "Funny how much cheaper things look
 * when we use real numbers instead of shouting", c18-repeat-contact-2 "at least you got a Saturday off out of it, eh?").
 * `rude` fails a call on its own, so each family has honest look-alikes that must stay clear of it. The lines are worded
 * for the test (UK and US, chat and phone).
 */
const rude = (text: string) => labelIds(text).includes("rude");

describe("round 21: sarcasm towards the customer is rude", () => {
  it.each([
    // her capitals or question marks answered with a put-down
    "ok, I can read, thanks. the refund's gone back today.",
    "There's no need to type in capitals, I can read perfectly fine.",
    "We're not deaf, Mr Cole. Read me the meter.",
    "I'm not deaf, you know. Anyway, the claim is open.",
    // the eye-roll and face-palm
    "sure, refund's done 🙄",
    "I've explained that already 🤦 the box is skipped.",
    // impatience at saying it again
    "I literally just told you that, it's Thursday.",
    "I did just say that, Lena. Thursday.",
    "i literally just explained, the fee is off.",
    // mock praise for a stretch without abuse
    "Congratulations, a full sentence without swearing. Now, the meter reading?",
    "Look at you, two minutes without shouting. Right, the claim's open.",
    "An entire call without insulting me, well done. The bill's fixed.",
    // a point scored off her behaviour
    "Amazing how quick this goes when you stop shouting, isn't it? The reading's on.",
    "Funny how the numbers come out fine when you calm down and read them to me.",
    "See how easy it is when you let me finish?",
    // a jibe with the sneering tag
    "Well, at least you had a nice day off out of it, eh?",
    "Maybe stick to paper albums next time, eh?",
    // shouting sent elsewhere
    "Maybe try shouting at the courier instead of me.",
    "You can go and swear at someone else now, the claim's open.",
    "Shouting at the driver instead might work better.",
  ])("%s", (text) => {
    expect(rude(text)).toBe(true);
  });
});

describe("round 21: honest look-alikes are not rude", () => {
  it.each([
    "Sorry, I can read you the terms if that helps.",
    "I can read the serial number off your photo, thanks.",
    "I'm not deaf to how frustrating this has been, honestly.",
    "Thanks, I can read the meter reading from your photo fine.",
    "No need for all the question marks, I'm here now.",
    "Thanks for the reading 😊 I've put it on.",
    "Sorry, I did just say that wrong. The refund takes 3 to 5 working days.",
    "I literally just put the refund through, so you'll see an email any minute.",
    "As I just said, the refund goes back to your card.",
    "Well done for getting the reading, that's really helpful.",
    "We've made real progress on the bill without you having to wait.",
    "Funny how these estimates creep up, isn't it? I'll correct it from your reading now.",
    "It's amazing how much the bill drops when we use a real reading.",
    "You see how the new bill works when you open the app: the reading is on page one.",
    "Night shifts, eh? Hope you're getting some sleep.",
    "At least you've still got the old machine to use until the replacement comes.",
    "At least you got the refund in the end, and I'm sorry it took this long.",
    "Please don't shout at me; I want to help you get the drill back.",
    "I'd rather you didn't swear at my colleague either; we're both here to help.",
    "I'm not going to shout at you, and I'd ask the same back.",
  ])("%s", (text) => {
    expect(rude(text)).toBe(false);
  });
});
