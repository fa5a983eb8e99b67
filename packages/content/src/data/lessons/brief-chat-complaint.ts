import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const briefChatComplaint: LessonInput = {
  id: "brief-chat-complaint",
  version: 1,
  title: "Briefing: charged twice, in the chat window",
  summary: "An angry customer in web chat has been charged twice and ignored once. Short, human, specific replies win this one.",
  objectives: [
    "Open a chat in a human voice that shows you have read the customer's message",
    "Verify a chat customer with one light question before looking at payments",
    "Give an honest refund timeframe against the customer's own deadline, in writing",
  ],
  body: `## What is going on
Ria Chaudhry pays £34.99 a week for a Crate & Fork meal-kit box. On Sunday the payment left her account twice. She is about £40 from her overdraft limit and her phone bill goes out on Friday. She tried the chat on Saturday evening, waited forty minutes and gave up. Today she is back, typing fast, in lower case, with capitals for the parts that matter.

## Why chat is different
She cannot hear your tone, so every word carries it. A pasted paragraph tells her nobody is reading. Two short lines that name her problem tell her someone is.

## What good handling looks like
1. **A human first line.** Your name, sorry for the double payment *and* for Saturday.
2. **One light check.** "Can you confirm the email on your account?" is enough to find and verify her before you discuss payments.
3. **Own it and act.** Both payments are visible; the second is our error. Refund it.
4. **Honest timing against Friday.** The refund leaves today and shows in 3 to 5 working days, so it may miss Friday. Say so, and offer what helps: skipping next week's box costs her nothing.
5. **Put it in writing.** Email a confirmation, log a complaint about the double charge and the unanswered chat, and add up to £5 off her next box if you like.

## What to avoid
Templates, "please call us instead", "a few days", and promising the money back today. Free boxes and credits above £5 are outside policy.`,
  examples: [
    {
      situation: "Ria: 'hello?? you've taken my money TWICE this week. is anyone actually going to reply this time'",
      weak: "Thank you for contacting Crate & Fork. We apologise for any inconvenience. Please provide your order number.",
      strong: "Hi Ria, it's Sam here, and I'm reading your messages. Sorry you've been charged twice, and sorry nobody answered you on Saturday. Can you confirm the email on your account so I can check the payments?",
      why: "The weak reply is the template she expected. The strong one is human, names both problems and verifies her with one simple question.",
    },
    {
      situation: "She writes: 'im like 40 quid off my overdraft and my phone bill goes out friday'.",
      weak: "Don't worry, it'll be back with you really soon!",
      strong: "That's our error and I've refunded the second £34.99; banks take 3 to 5 working days to show it, so it may miss Friday. Would skipping next week's box help in the meantime? It costs nothing.",
      why: "'Soon' gives her nothing to plan with. The strong reply is honest about Friday and offers a practical way to protect her balance.",
    },
  ],
  activity: {
    title: "Write it in two lines",
    instructions:
      "Write your first reply to Ria in no more than two lines. Then write your reply to her Friday message. Read both as if you were Ria on a bad day: would you feel someone had read you? Then take the chat in the simulator.",
  },
  quizId: "brief-chat-complaint-check",
  scenarioId: "chat-complaint",
};

export const briefChatComplaintCheck = quiz("brief-chat-complaint-check", 1, "Check: charged twice, in the chat window", [
  question("first-line", "What should your first chat reply to Ria do?",
    ["Give your name and apologise for the double charge and the unanswered chat.", "It shows a person has read her message, which is what she doubts most."],
    [
      ["Thank her for contacting the company and ask for her order number and postcode.", "That reads as the template she fears; the detail can come a line later."],
      ["Ask her to ring the helpline, since payment problems are quicker on the phone.", "She chose chat because she cannot call from work; it sends her back to the start."],
    ], 2),
  question("verify", "How do you verify her in chat before discussing the payments?",
    ["Ask her to confirm the email address on the account.", "One light question is enough to find and verify her, and it keeps the chat moving."],
    [
      ["Ask for the long card number so you can match the two payments.", "Never ask for a full card number in chat; it is a data-protection risk and unnecessary."],
      ["Skip it, since she is already signed in to the website chat.", "A signed-in session is not always verification, and the policy still asks you to check."],
    ], 0),
  question("friday", "Her phone bill leaves on Friday. What can you honestly say about the refund?",
    ["'It leaves today and shows in 3 to 5 working days, so it may miss Friday.'", "Honest timing lets her plan. Pair it with the option of skipping next week's box."],
    [
      ["'I've flagged it as urgent, so it will be back in your account by tomorrow.'", "Nobody can make the bank faster; promising it sooner than 3 working days is forbidden."],
      ["'It'll be back with you really soon, so please don't worry about Friday!'", "Vague and cheerful reads as a brush-off in chat, and it gives her nothing to plan with."],
    ], 1),
  question("goodwill", "Which gesture is within this scenario's policy?",
    ["Skipping next week's box at no charge and £5 off the box after.", "Both are allowed: the skip protects her cash flow and the credit is within the £5 limit."],
    [
      ["Her next two boxes completely free, to say sorry for the double charge.", "Free boxes are ruled out here; goodwill is a credit of up to £5."],
      ["A £20 credit on her account for the trouble and the wait on Saturday.", "Kind, but over the £5 limit, so it is a forbidden promise."],
    ], 2),
  question("register", "How should your chat replies to Ria look?",
    ["Two or three short lines, in plain words, one point at a time.", "Short, specific replies read as a person paying attention; walls of text read as a template."],
    [
      ["One long, carefully formal paragraph that covers every possible point.", "A long formal block reads as distance and gets skimmed, so the key point is lost."],
      ["Lots of exclamation marks and emoji, to sound friendly and upbeat.", "Cheerful punctuation on a complaint can read as sarcasm or not taking her seriously."],
    ], 0),
]);
