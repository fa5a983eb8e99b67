import { describe, expect, it } from "vitest";
import { analyse } from "../src/analyser/analyse";
import { labelIds } from "../src/analyser/label";

/**
 * Analyser round 22: `rude` ("sarcasm, insults, threats or unprofessional language towards the customer": contempt,
 * mockery, condescension) in the families the model and the rules still missed in training and dev. Each rule is an assert
 * (every training and dev line with its cue is rude), so each family has honest look-alikes that must stay clear: a firm,
 * respectful boundary, sympathy said with the same words, an instruction, a real offer. The lines are worded for the test
 * (UK, Irish, Australian, US and Indian English; chat and phone).
 */
const rude = (text: string) => labelIds(text).includes("rude");
const fires = (text: string, rule: string) => analyse(text).hits.some((h) => h.rule.id === rule && !h.negated);

const cases: [string, string[], string[]][] = [
  [
    "rude-a-child-could",
    ["It's idiot-proof, honestly, once someone shows you.", "My ten-year-old could set that up in a minute.", "Two taps. A child could do it."],
    ["The new form is designed so a child could not open the cupboard by accident.", "If a child could reach the socket, switch it off at the wall first."],
  ],
  [
    "rude-pet-name",
    ["Sweetie, the refund takes five days, same as always.", "ok hun, the fee stays until the router's back", "I'll say it once more, dear, the account is in his name.", "Listen, sunshine, the courier doesn't work Sundays."],
    ["Oh dear, that's a horrible thing to come home to. Let me sort it.", "Dear Mrs Hartley, thank you for your email.", "The hamper has honey, jam and oatcakes in it.", "It was the sunshine that faded the sofa, not the fabric."],
  ],
  [
    "rude-oath",
    ["Oh, for goodness' sake, it's the button at the top.", "Give me strength. The account number, please.", "Bloody hell, sir, I'm trying to read it out."],
    ["Bloody hell, that's awful, I'm so sorry that happened at the wedding.", "For goodness' sake, no wonder you're upset, three engineers and no fix."],
  ],
  [
    "rude-switch-brain-on",
    ["Try switching your brain on before the app, maybe.", "Right, let me dumb it down for you.", "Duh, it needs signal to download."],
    ["The app uses your phone's memory, not your brain, to store the albums, so you don't have to remember anything.", "I'll keep it to small steps and check with you after each one."],
  ],
  [
    "rude-not-by-magic",
    ["You have to tap the switch, it doesn't happen by magic.", "The bank isn't psychic, madam, it can't guess the reference."],
    ["It won't fix itself by magic, so I'll walk you through it now, step by step.", "I'm not psychic either, so tell me what you saw and I'll help you work it out, step by step."],
  ],
  [
    "rude-happy-now",
    ["Done. Fee's off. Happy now?", "fine, refunded, happy now?"],
    ["Is the new time slot okay, or would you like an earlier one?", "Are you happy now with the payment plan, or shall I change the date?"],
  ],
  [
    "rude-curt-put-down",
    ["Honestly, grow up.", "You're hard work, you know that?", "Are you always this difficult?", "Knock yourself out, the thirty days still stand.", "Everyone says that until the bill comes.", "Fine. Your loss, really.", "yeah, clearly"],
    ["I'm sorry, you're right that it's hard work getting through to us, and that's on us.", "My kids grow up fast, I get it, you want the photos safe.", "I'm so sorry for your loss, Mrs Hartley.", "Yes, clearly the bill is wrong, and I've taken the fee off."],
  ],
  [
    "rude-when-its-back",
    ["It'll be back when it's back, there's nothing I can do."],
    ["It'll be back within five working days, and I'll text you when it's sent."],
  ],
  [
    "rude-mock-manners",
    ["Lovely manners. Account number?", "Oi. Language.", "Really mature, sir."],
    ["I'd ask you to keep the language down, please, so I can keep helping you.", "Avoid the Oil Lane entrance, it's closed for works."],
  ],
  [
    "rude-this-time",
    ["Thursday's booked. Try to actually be in this time.", "Replacement's on the way, please try not to lose the text this time."],
    ["I'll try to get the engineer to ring ahead this time so you're not waiting in.", "Try it again now, it should go through this time."],
  ],
  [
    "rude-before-panicking",
    ["Refund's done. Maybe check your bank app before panicking next time."],
    ["It's not a silly question at all; lots of people ring in a panic about this letter, and you don't need to worry."],
  ],
  [
    "rude-you-didnt-read",
    ["As per my last email, which you clearly didn't read, it's three to five days."],
    ["If you haven't had the email, I can read it out to you now."],
  ],
  [
    "rude-mock-offer",
    ["Tomorrow? Sure, I'll just drive it round in my own car, shall I?", "Let me just pull an engineer out of my pocket for you."],
    ["I'll just put you on hold for a moment, shall I?", "I'll just check the tracking, shall I?"],
  ],
  [
    "rude-counted-back",
    ["You've told me about the letter. Three times. I've got it.", "We've been round this, madam. The plan is annual.", "That's twice I've said it now, sir."],
    ["You were charged twice. I've refunded the second one now.", "The engineer came out twice and didn't fix it. That's on us."],
  ],
  [
    "rude-enjoy-the-downgrade",
    ["Here's your PAC. Enjoy the dropped calls on the new network.", "Off you go then, enjoy having no signal."],
    ["Enjoy the trip, and I hope the signal's good over there.", "Your refund's done, so enjoy the weekend."],
  ],
  [
    "rude-scorn",
    ["Is English your first language, sir?", "Give it a rest, will you, the fee stands.", "Oh sure, and I'm the Queen.", "You again? What is it this time?"],
    ["Sorry, the line cut out for a second, could you say that again?", "I know I sound like a broken record, but the form really is the last step.", "Please pay attention to the expiry date on the code."],
  ],
  [
    "rude-mock-wonder",
    ["Two emails. Goodness. Our inbox doesn't stop for every customer.", "Eighteen pounds a month. How thrilling."],
    ["Goodness. Three weeks without heating? I'm so sorry, let's get an engineer out.", "Lovely. I'll book that in now."],
  ],
  [
    "rude-note-threat",
    ["Carry on and I'll put a note on your account, and we'll see how quickly things move for you after that.", "Here's a £10 credit. Try not to spend it all at once."],
    ["I've put a note on your account so nobody chases you for the balance while it's on hold."],
  ],
  [
    "rude-keep-telling-me",
    ["I know it's the third time, you don't need to keep telling me.", "If you could stop repeating yourself, I'd fix it."],
    ["There's no need to send anything today, the certificate can wait."],
  ],
];

describe("round 22: rude families asserted from the definition", () => {
  for (const [rule, yes, no] of cases) {
    it.each(yes)(`${rule}: is rude: %s`, (t) => {
      expect(fires(t, rule), t).toBe(true);
      expect(rude(t), t).toBe(true);
    });
    it.each(no)(`${rule}: does not fire on a look-alike: %s`, (t) => {
      expect(fires(t, rule), t).toBe(false);
    });
  }
  it("the put-down tucked into a good turn (G1-misled-features-1) is rude, help or not", () => {
    const turn =
      "It's honestly idiot-proof once someone shows you. Most people manage it without ringing us, but don't worry. Have you got the app open? Go into your portfolio album and tap the three dots in the top corner.";
    expect(rude(turn)).toBe(true);
    expect(labelIds("Have you got the app open? Go into your portfolio album and tap the three dots in the top corner.")).not.toContain("rude");
  });
});
