import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const cwPositiveLanguage: LessonInput = {
  id: "cw-positive-language",
  version: 1,
  title: "Positive language: saying what you can do",
  summary: "Turn 'can't', 'won't' and 'you'll have to' into sentences that point the customer at a way forward, without bending the truth.",
  objectives: [
    "Rephrase a refusal so it leads with what is possible",
    "Replace blaming 'you' phrasing with neutral or shared wording",
    "Keep positive phrasing honest, so it never hides a real limit",
  ],
  body: `## Same facts, different direction
Two agents can give a customer exactly the same news and get very different reactions. "I can't send an engineer until Thursday" and "The first engineer slot I have is Thursday morning; shall I book it?" contain the same fact. The first stops at the wall. The second walks the customer through the door that is open.

Positive language isn't about sounding cheerful. It's about **where the sentence ends**. If the last thing a customer hears is a limit, that's what they argue with. If it's an option, that's what they respond to.

## Four swaps worth practising
- **"I can't…" → "What I can do is…"** Lead with the possible, then mention the limit only if it's needed for clarity.
- **"You'll have to…" → "The quickest way is to…"** Instructions framed as orders sound like hoops. Framed as the fastest route, they sound like help.
- **"You didn't…" → "It looks like… hasn't come through yet."** Describe the gap, not the person's failure. Blame is rarely useful even when it's accurate.
- **"No problem" → "Happy to."** A small one: it removes the idea that there might have been a problem with helping.

## Honest, not slippery
Positive phrasing must never blur a real "no". If a refund isn't possible, the customer needs to know that clearly, or they'll discover it later and feel misled. State the limit once, plainly, and then move straight to what is available: "A refund isn't possible on this plan. What I can do is move you to the cheaper tier from today."

Watch out, too, for empty positivity: "Great question!" to someone whose heating has failed sounds like you haven't been listening.

## Building the habit
Most of us have three or four negative phrases we use on autopilot. Listen to a few of your calls, write down the ones you catch, and prepare a replacement for each. After a week or two the new wording starts to come out on its own.`,
  examples: [
    {
      situation: "A customer wants a replacement sent today, but dispatch has closed.",
      weak: "I can't send anything today, dispatch has already gone.",
      strong: "Today's dispatch has gone, so the earliest I can get it to you is tomorrow by 1pm. Shall I book that now?",
      why: "Both are honest about today. The strong reply ends on the earliest real option and a question, so the customer has something to say yes to.",
    },
    {
      situation: "A customer's direct debit failed because the bank details were entered wrongly.",
      weak: "You put the wrong sort code in, so you'll have to set it up again.",
      strong: "It looks like the sort code didn't match, so the payment didn't go through. The quickest fix is to update it together now; it takes about two minutes.",
      why: "The weak reply blames and gives an order. The strong one describes the gap neutrally and frames the fix as help.",
    },
  ],
  activity: {
    title: "Negative-phrase swap list",
    instructions:
      "Listen back to three of your calls (or the simulator transcripts) and note every 'can't', 'won't', 'you'll have to' and 'you didn't'. Write a positive, still-honest version of each. Keep the list by your screen for a week and tick each time you use a new version on a call.",
  },
  quizId: "cw-positive-language-check",
};

export const cwPositiveLanguageCheck = quiz("cw-positive-language-check", 1, "Check: positive language", [
  question("ending", "What matters most about where a positive sentence ends?",
    ["It should end on something the customer can act on, such as an option.", "People respond to the last thing they hear; end on the open door, not the wall."],
    [
      ["It should end on an apology, so the customer hears regret last of all.", "An apology has its place, but ending every sentence on it leaves them nowhere to go."],
      ["It should end on the policy, so that there can be no confusion later.", "Ending on the rule gives the customer a wall to argue with."],
    ], 1),
  question("rewrite", "Which is the best rewrite of 'You'll have to fill in the form again'?",
    ["'The quickest fix is a fresh form; I'll send you the link now.'", "It frames the step as the fastest route and takes a share of the work."],
    [
      ["'Unfortunately the form will need to be filled in again, I'm afraid.'", "Softer, but it's still a bare instruction with nothing offered."],
      ["'Great news, you get to fill in the form one more time, that's all!'", "False cheer to a frustrated customer sounds sarcastic."],
    ], 0),
  question("honest", "A refund isn't possible. How should positive language handle that?",
    ["Say plainly, once, that it isn't possible, then go straight to what is.", "Blurring a real no leaves the customer feeling misled when they find out later."],
    [
      ["Avoid the word 'refund' and talk only about the alternatives on offer.", "If they asked for a refund, dodging it sounds evasive, and they'll keep pressing."],
      ["Say you'll look into a refund, to keep the conversation positive for now.", "That implies a possibility that doesn't exist, which is a forbidden kind of promise."],
    ], 2),
  question("blame", "Why swap 'You didn't send the meter reading' for a neutral version?",
    ["Blame puts them on the defensive, even when it is accurate.", "A neutral description keeps attention on fixing the gap rather than on who caused it."],
    [
      ["Because it's against policy to mention anything the customer did wrong.", "You can mention the facts; it's the blaming framing that costs you."],
      ["Because the customer will probably dispute it and you can't prove it.", "Whether or not it's provable, blaming makes the call harder."],
    ], 1),
  question("empty", "A customer's heating has failed. Which opener is positive in the right way?",
    ["'No heating in this weather is miserable. Let's get an engineer booked.'", "Positive here means warm and forward-moving, not upbeat about a bad situation."],
    [
      ["'Great question! Let's see what we can do about that for you today.'", "Chirpy positivity to someone who is cold sounds like you aren't listening."],
      ["'Don't worry, these things happen to everyone now and then, honestly.'", "It brushes the problem aside, which is dismissive rather than positive."],
    ], 2),
]);
