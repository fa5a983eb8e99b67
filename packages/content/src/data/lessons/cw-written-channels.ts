import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const cwWrittenChannels: LessonInput = {
  id: "cw-written-channels",
  version: 1,
  title: "Written channels: calming chat and email",
  summary: "Without a voice, your words carry everything. How to acknowledge, structure and pace replies in chat and email so they lower the heat.",
  objectives: [
    "Write replies that acknowledge the customer before explaining",
    "Pace a live chat so the customer knows you're working on it",
    "Structure an email so the answer and next step are clear at a glance",
  ],
  body: `## What the customer can't hear
On a call, warmth travels in your voice. In writing it has to travel in your words, and a reply that would sound fine spoken can read as curt. "As per my last message" is harmless out loud and cold on a screen. Read every reply as if you were the customer on a bad day.

## The same three moves, in text
The steps from the introduction still apply:
1. **Acknowledge first**, in a sentence that names their specific problem: "Two missed deliveries and a wasted day off work is really frustrating."
2. **Say what you're doing** and when.
3. **End on a clear next step**, with a time if you can give one.

Avoid copying and pasting a stock apology above every reply. Customers recognise template wording and it reads as nobody having read their message.

## Live chat
- **Pace:** if you need to check something, say so and how long: "Give me two minutes to look at the tracking." Silence in a chat window feels longer than silence on a call.
- **Short messages:** two or three sentences at a time, not one long block.
- **Capitals and punctuation:** a customer typing in capitals is shouting; don't mirror it, and avoid exclamation marks that can read as sarcasm.
- **Don't juggle too thin:** if you're handling several chats, make sure an angry one isn't left waiting while you answer easy ones.

## Email
- **Subject line with the case:** "Your refund for order 4471: what happens next".
- **Answer first:** the outcome or next step in the opening two lines, detail afterwards.
- **Short paragraphs and a list** for steps or dates.
- **One named person and a way back:** who to contact, and the reference.
- **Read it once more before sending** for anything that could read as blame or sarcasm, and for promises you haven't checked.

## When to switch channel
If a written exchange is going round in circles or the customer is getting more upset, offer a call: "Would it be easier if I rang you? I can do that in the next ten minutes." Some problems need a voice.`,
  examples: [
    {
      situation: "Chat: 'THIRD TIME ASKING. WHERE IS MY PARCEL.'",
      weak: "Hi! As I mentioned previously, please allow 3-5 working days for delivery!",
      strong: "Sorry you've had to ask three times. I'm checking the tracking for you right now; give me two minutes.",
      why: "The weak reply reads as a brush-off with cheerful punctuation. The strong one acknowledges the repeat, shows action and sets a time.",
    },
    {
      situation: "An email complaint about a wrongly charged cancellation fee.",
      weak: "Dear customer, thank you for your email. Having reviewed your account, as per our terms and conditions section 8.2, a fee may apply in certain circumstances...",
      strong: "Subject: Cancellation fee on account 20931: refunded\n\nHello Ms Okafor, you were right: the fee shouldn't have been charged, and I've refunded it today. It usually shows on your account within 3-5 working days. If it isn't there by the 14th, reply to this email and I'll chase it myself.",
      why: "The strong email gives the answer in the subject and first line, a realistic timescale and a named way back. The weak one buries everything under policy.",
    },
  ],
  activity: {
    title: "Rewrite three replies",
    instructions:
      "Take three recent chat or email replies from your team (remove customer details). Rewrite each using acknowledge, action, next step. Read the before and after aloud to a colleague and ask which one they'd rather receive on a bad day, and why.",
  },
  quizId: "cw-written-channels-check",
};

export const cwWrittenChannelsCheck = quiz("cw-written-channels-check", 1, "Check: chat and email", [
  question("pace", "In live chat, you need three minutes to check something. What do you do?",
    ["Say what you're checking and roughly how long it will take.", "Silence in a chat window feels longer than on a call; a time tells them you're still there."],
    [
      ["Go quiet until you have the answer, so you don't send filler messages.", "Unexplained silence reads as being ignored and raises the temperature."],
      ["Send a stock 'Thank you for your patience' every thirty seconds.", "Repeated stock messages read as automated and can irritate."],
    ], 1),
  question("caps", "A customer writes in capitals. How should your reply look?",
    ["Calm and in normal sentence case, without any exclamation marks at all.", "Mirroring the shouting escalates, and exclamation marks can read as sarcasm."],
    [
      ["Partly in capitals too, so that it matches their tone and energy.", "Matching a raised voice in text raises it further."],
      ["Very formal and long, so they can see that you're taking it seriously.", "A long formal block reads as distance, not care."],
    ], 0),
  question("email-order", "What should the first two lines of a complaint reply email contain?",
    ["The outcome or the next step, so the answer is clear straight away.", "An answer-first email lowers anxiety; detail can follow."],
    [
      ["A thank-you for their email and a note about how you value feedback.", "Stock openers delay the answer and read as templated."],
      ["The relevant section of the terms, so they understand the position.", "Leading with terms sounds like a policy wall."],
    ], 2),
  question("template", "Why avoid pasting the same stock apology above every reply?",
    ["Customers spot it, and it suggests nobody really read their message.", "A sentence naming their specific problem shows it was read."],
    [
      ["Because apologising in writing counts as admitting legal fault.", "A regret for the customer's experience is not a legal admission; the issue is the template."],
      ["Because written replies should never include any kind of apology.", "A specific apology can help a great deal; the problem is the generic paste."],
    ], 1),
  question("switch", "A chat is going in circles and the customer is getting angrier. What helps?",
    ["Offering to ring them, with a time, because some problems need a voice.", "A call can break a loop that text keeps feeding."],
    [
      ["Closing the chat and asking them to start a new one when they're calmer.", "Ending the chat on them feels like a brush-off and usually escalates."],
      ["Sending the full policy wording so there can be no further argument.", "More text of that kind feeds the loop rather than breaking it."],
    ], 0),
]);
