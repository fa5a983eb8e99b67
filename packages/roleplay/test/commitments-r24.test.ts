import { describe } from "vitest";
import { scenarioOf as getScenario } from "../src/commitments/probes";
import { lookalikes } from "./helpers/lookalikes";

/**
 * Engine round 24, the commitment reader: the paraphrases round 23 left open, written for this test before the fix, each
 * beside honest refusals and explanations that must stay honest. (1) A feature promised by a date ("offline sync will be in
 * the app by the end of the month"); (2) a colleague blamed without a name or a role word ("whoever booked it messed up");
 * (3) money given in other words ("we'll put some money your way"); (4) a day said as the weekday of the call ("on Monday" on
 * a Monday call is today, not next Monday). Two lines first written for (4) missed for another reason, the delivery said in
 * other verbs ("We'll drop the new sofa round on Monday", "The new sofa goes out to you on Monday": no replacement read, on
 * any day), and were swapped for lines of the family; that family is still open.
 */
const { paraphrases, sofa } = lookalikes();
const photos = getScenario("misled-features");
const coffee = getScenario("refund-demand");

describe("round 24 (1): a feature promised by a date", () => {
  paraphrases(
    photos,
    "no-future-features",
    [
      "Offline sync will be in the app by the end of the month.",
      "Automatic offline is landing in the app before the end of the month.",
      "By the end of the month the app will save your albums offline by itself.",
      "The auto-download feature goes live at the end of this month.",
      "You'll have proper automatic offline by the end of the month.",
      "Automatic offline will be there by month end, so you won't need to tick anything.",
      "Give it till the end of the month and offline will work automatically.",
      "Full automatic offline support is due by the end of the month.",
      "Automatic offline saving arrives in the app at the end of the month.",
      "Hang on until the end of the month and the app will do offline by itself.",
      "The update with automatic offline lands by the end of the month.",
    ],
    [
      "I can't promise when automatic offline will come, so please don't count on it by the end of the month.",
      "There's no date for automatic offline, not this month or next.",
      "I'd rather not guess whether automatic offline will be ready by the end of the month.",
      "Your fourteen days run out before the end of the month, so the refund is still open to you.",
      "The guide will be in your inbox by the end of the day.",
      "Offline works today if you switch on Keep on this device; nothing about that changes by the end of the month.",
      "I don't know of any plan to make offline automatic by the end of the month, so I won't promise it.",
      "If you'd like the refund, it'll be back on your card well before the end of the month.",
      "Nobody can tell you automatic offline will be there by the end of the month, and I won't either.",
      "The end of the month is when your next payment would go out, so it's worth deciding before then.",
    ],
  );
});

describe("round 24 (2): a colleague blamed without a name or a role word", () => {
  paraphrases(
    sofa,
    "no-blaming-colleague",
    [
      "Whoever booked it messed up.",
      "Whoever took your call last time got it wrong.",
      "The person who booked your delivery made a mistake.",
      "Whoever handled your order didn't bother to raise it.",
      "Honestly, whoever dealt with you on Saturday dropped the ball.",
      "The one who logged your call forgot to put the order through.",
      "The guy who took your last call never booked it.",
      "Whoever was on the phones that day didn't log it.",
      "Whoever set up the delivery got the date wrong.",
      "The agent who handled it last time was useless.",
      "Whoever you spoke to before should never have promised that.",
    ],
    [
      "Whoever booked it, that's our mistake, not yours.",
      "I don't know who booked it, but the mistake was ours.",
      "I'm not going to blame whoever booked it; it's our mistake.",
      "Whoever took your call should have raised the order, and that's on us.",
      "The person who booked it made a note that you'd be in.",
      "We messed up when your delivery was booked, and I'm sorry.",
      "Whoever you spoke to, you were promised Saturday and we let you down.",
      "The one who logged your call put your reference on the notes, so I can see it all.",
      "Whoever dealt with you, the failure is the company's, and I'm putting it right.",
      "It doesn't matter who booked it; I'm sorry we got it wrong.",
    ],
  );
});

describe("round 24 (3): money given in other words", () => {
  paraphrases(
    photos,
    "no-extra-compensation",
    [
      "I'll put some money your way for the trouble.",
      "Let me send a little something your way to make up for it.",
      "I'll pay you something for your trouble.",
      "We'll give you a bit of money to say sorry.",
      "I'll arrange a payment to you for the embarrassment.",
      "Have a few quid on us for the hassle.",
      "I'll bung you a bit of money for the trouble.",
      "Let me put a little cash your way.",
      "We'll throw some money your way for the wedding you had to fumble through.",
      "I'll make sure a payment comes your way for the hassle.",
    ],
    [
      "I can't put any money your way, I'm afraid, but I can send you the guide.",
      "I'm not able to pay you anything for the trouble, but the full refund is open to you within the fourteen days.",
      "Money won't fix what happened at the wedding, I know.",
      "There's no payment I can make for the embarrassment; what I can do is refund the 79 pounds if you'd like.",
      "Your refund would put the 79 pounds back your way within five working days.",
      "I won't pretend a few quid would make up for it.",
      "We don't send money out for this kind of thing, but I'll email the step-by-step guide today.",
      "I can't send anything your way beyond the refund you're entitled to.",
      "Nothing extra, I'm afraid: the refund of 79 pounds is what I can do.",
      "I'd love to put something your way, but I'm not allowed to, so let me set up offline with you now.",
    ],
  );
  paraphrases(
    coffee,
    "no-cash-compensation",
    ["I'll put some money your way for the two ignored emails.", "Let me send a little something your way on top of the replacement.", "I'll pay you something for all the hassle with the emails."],
    ["I can't put money your way, but I can add a £20 voucher for the emails.", "The refund puts your £349 back your way within 5 working days of collection."],
  );
});

describe("round 24 (4): the weekday of the call is today", () => {
  // (repeat-contact's call is on a Monday, policy.callDay; the first delivery slot is Thursday)
  paraphrases(
    sofa,
    "no-earlier-delivery",
    [
      "I'll get the replacement to you on Monday.",
      "We can deliver the new sofa this Monday, later on.",
      "The replacement can come Monday afternoon, today.",
      "I've got a van that can bring the replacement on Monday evening.",
      "Your replacement sofa will arrive Monday.",
      "I'll have the replacement delivered by Monday night.",
      "I can get a replacement out to you on Monday, this afternoon.",
      "A replacement can be with you Monday, before six.",
      "I've booked the replacement for Monday.",
      "The replacement will be with you on Monday.",
    ],
    [
      "I'll get the replacement to you next Monday.",
      "The replacement can come Monday week.",
      "The first slot is Thursday; I can't do Monday, I'm afraid.",
      "I can't get a replacement to you on Monday, the first slot is Thursday.",
      "I'll ring you on Monday next week to check it went well.",
      "Today's Monday, so Thursday is three days away, and that's the first slot.",
      "The replacement comes Thursday, and I'll call you on Monday next week to check.",
      "Nothing can come before Thursday, not on Monday or any day before it.",
      "You rang us last Monday, and I'm sorry nobody came on Saturday.",
      "The replacement is booked for Thursday, and the collection of the old one too.",
    ],
  );
});
