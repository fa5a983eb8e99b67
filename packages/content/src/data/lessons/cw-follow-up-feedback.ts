import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const cwFollowUpFeedback: LessonInput = {
  id: "cw-follow-up-feedback",
  version: 1,
  title: "Asking for feedback at follow-up",
  summary: "Use the follow-up contact to hear how the fix and the handling felt, and turn what you hear into improvements.",
  objectives: [
    "Ask one or two open feedback questions at the end of a follow-up",
    "Respond to criticism without defending or arguing",
    "Pass useful feedback on so it changes something beyond your own calls",
  ],
  body: `## Why ask at follow-up
The follow-up call or message is the one moment when the customer is no longer in the middle of the problem, has seen whether the fix worked, and still remembers how they were treated. That makes it the best time to find out what actually helped and what made things worse.

Asking also finishes the repair. A customer who was angry a few days ago, and is now asked for their view, hears that their experience counts for more than a closed ticket.

## How to ask
Keep it short and open, and ask after you've confirmed the fix, never before:
- "Now that it's sorted, is there anything about how we handled it that could have been better?"
- "What would have made the first call easier for you?"

Avoid questions that fish for praise ("You're happy with everything, aren't you?") or that put them on the spot with a score they didn't expect. If your organisation sends a formal survey, mention it, but a single human question often gets the more useful answer.

## Hearing criticism
Sometimes the answer stings: "Honestly, the first person I spoke to was rude." Don't defend the colleague and don't pile on either. Thank them, reflect it back, and say what you'll do with it: "Thank you for telling me. Being spoken to like that on top of the fault isn't acceptable, and I'll pass it to the team leader." Then do it.

## Closing the loop inside the team
Feedback that stays in your head changes nothing. Log it where your team collects it, with the case reference and the customer's words as near as you can. Patterns (the same confusing letter, the same long hold) are what team leaders need to fix causes rather than symptoms.`,
  examples: [
    {
      situation: "You ring two days after fixing a billing error. The customer confirms the corrected bill arrived.",
      weak: "Great, so you're all happy then? I'll close that off. Bye!",
      strong: "I'm glad it's showing correctly. Before I go: looking back, is there anything we could have done better when you first rang?",
      why: "The weak close fishes for a yes and rushes off. The strong one confirms the fix first, then asks one open question.",
    },
    {
      situation: "The customer says the hold music and 40-minute wait were the worst part.",
      weak: "Well, we're very busy at the moment, there isn't much I can do about that.",
      strong: "Forty minutes is far too long, and I'm sorry. I'll log it with your case so the team looking at queue times sees it.",
      why: "Defending the queue dismisses the point. Acknowledging it and saying where it goes shows the feedback matters.",
    },
  ],
  activity: {
    title: "One question, five follow-ups",
    instructions:
      "On your next five follow-ups, ask one open feedback question after confirming the fix. Write down each answer word for word. At the end of the week, share the answers with your team leader and pick one thing that came up more than once.",
  },
  quizId: "cw-follow-up-feedback-check",
};

export const cwFollowUpFeedbackCheck = quiz("cw-follow-up-feedback-check", 1, "Check: feedback at follow-up", [
  question("when", "When in a follow-up should you ask for feedback?",
    ["After you've confirmed the fix has worked for them.", "Asking first can sound like you care more about a score than about the fix."],
    [
      ["At the very start, while they still have time to talk.", "Until they know the problem is fixed, feedback is mostly about the problem."],
      ["Only when the customer is clearly happy with the outcome.", "Unhappy customers often give the most useful feedback."],
    ], 1),
  question("question", "Which feedback question is most likely to get a useful answer?",
    ["'Is there anything about how we handled this that could have been better?'", "Open and specific to the handling, with no pressure towards a yes."],
    [
      ["'You're happy with how everything went in the end, aren't you?'", "A leading question fishes for a yes and tells you very little."],
      ["'On a scale of one to ten, how would you rate our service overall?'", "A bare number with no why gives nothing to act on."],
    ], 0),
  question("criticism", "A customer says your colleague was rude on the first call. What's the best reply?",
    ["Thank them, acknowledge it, and say you'll pass it to the team leader.", "You neither defend nor pile on, and the customer hears where it goes."],
    [
      ["Explain that your colleague was probably having a difficult day.", "Defending a colleague dismisses the customer's experience."],
      ["Agree that the colleague sounds awful and apologise for them personally.", "Piling on is unprofessional and you weren't there to judge."],
    ], 2),
  question("use", "What should happen to the feedback after the call?",
    ["Log it with the case and their words, so patterns can reach a team leader.", "Patterns across customers are what let causes get fixed."],
    [
      ["Keep it in mind for your own calls; there's no need to write it down.", "Feedback that stays with one person changes nothing for anyone else."],
      ["Pass it on only if it is positive, so the team stays motivated.", "Filtering out criticism hides exactly what needs fixing."],
    ], 0),
  question("why", "Why is the follow-up a good moment for feedback?",
    ["They've seen the result and still remember how they were treated.", "Distance from the problem plus a fresh memory makes the answer more useful."],
    [
      ["Customers are legally required to answer questions on a follow-up.", "There is no such requirement; feedback is always voluntary."],
      ["It lets you end the follow-up on a positive note whatever was said.", "The aim is to learn, not to manage the mood at the end."],
    ], 2),
]);
