import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const eiWhatIsDeEscalation: LessonInput = {
  id: "ei-what-is-de-escalation",
  version: 1,
  title: "What de-escalation is, and what it isn't",
  summary: "A working definition, the three things every calm-down call has in common, and why it's worth learning.",
  objectives: [
    "Explain in one sentence what de-escalating a call means",
    "Name the three moves almost every de-escalation uses: steady yourself, show you've understood, move to a next step",
    "Tell de-escalation apart from giving in, from placating and from ending the call early",
  ],
  body: `## A working definition
De-escalation is **lowering the emotional temperature of a conversation enough that the problem can actually be worked on**. It is not a trick to make people stop complaining. An upset customer usually has a real reason, and while they're flooded with frustration they can't take in an explanation, weigh an option or agree a plan. Your job is to get the call back to a place where they can.

## What it isn't
- **Giving in.** Calming a customer doesn't mean granting whatever they ask for. You can be warm and still say no to something policy doesn't allow.
- **Placating.** "Please calm down" or "I'm sure it's fine" tries to switch the feeling off. It tends to have the opposite effect, because it tells the person their reaction is the problem.
- **Getting rid of them.** A fast transfer or a promise you can't keep may end the call, but the customer rings back angrier, and the next agent pays for it.

## Three moves, in roughly this order
1. **Steady yourself.** Your breathing, your pace and your tone go first. A calm voice is contagious over a few exchanges; a rattled one is too.
2. **Show you've understood.** Reflect the facts and the impact back in your own words. Most people soften noticeably once they hear their problem described accurately.
3. **Move to a next step.** Once the heat drops, explain what you'll do, offer choices where you have them, and say when things will happen.

Skip a step and the call often bounces back. A solution offered before the customer feels heard is frequently rejected, even when it's a good one.

## Why it's worth the effort
Calls that are calmed early tend to be shorter, not longer. Customers who felt listened to complain less afterwards and are more likely to stay. And for you, a call you steered is far less draining than one that ran you over. The rest of this course takes each move in turn and then puts them together in practice calls.`,
  examples: [
    {
      situation: "A customer opens with: 'I've been cut off twice already and I'm sick of this.'",
      weak: "Please calm down, sir, and I'll see what I can do.",
      strong: "Cut off twice, on top of the original problem. I'm sorry. I've got your account open, so let's make this the call that sorts it. What were you ringing about?",
      why: "'Calm down' targets the feeling and usually raises it. The strong reply acknowledges what happened, takes ownership of this call and moves to a question.",
    },
    {
      situation: "A customer demands a full refund that the policy doesn't allow.",
      weak: "Fine, I'll see if I can get it pushed through for you.",
      strong: "I can see why you'd want your money back after that. A full refund isn't something I can give on this one, but I can do either of two things today. Can I explain them?",
      why: "The weak reply trades calm now for a broken promise later. De-escalating isn't giving in: the strong reply is warm, honest about the limit and offers real options.",
    },
  ],
  activity: {
    title: "Spot the three moves",
    instructions:
      "Listen to two recorded calls from your team (or replay one of your own). For each, mark the moment the agent steadied themselves, the moment they showed understanding, and the moment they moved to a next step. Note any step that was skipped and what happened to the customer's tone straight after.",
  },
  quizId: "ei-de-escalation-check",
};

export const eiDeEscalationCheck = quiz("ei-de-escalation-check", 1, "Check: what de-escalation is", [
  question("definition", "Which description of de-escalation fits this course best?",
    ["Lowering the heat of a call so the actual problem can be worked on.", "The goal is a customer who can think and agree a plan, not a customer who has gone quiet."],
    [
      ["Getting an angry customer off the line as quickly and politely as possible.", "A fast exit often leads to a repeat call and a more upset customer next time."],
      ["Agreeing with the customer until they have no more reason to be upset.", "Agreeing with everything can lead to promises you can't keep. Understanding isn't agreement."],
    ], 0),
  question("calm-down", "Why does 'please calm down' tend to backfire?",
    ["It treats the feeling as the problem, so the customer feels dismissed.", "People rarely calm down on instruction; being told to usually feels like a telling-off."],
    [
      ["It is too informal a phrase for a professional contact-centre call.", "Formality isn't the issue; the phrase dismisses the emotion however politely it's said."],
      ["It is fine to say, as long as you say it in a quiet and steady voice.", "A steady voice helps, but the words still tell the person their reaction is wrong."],
    ], 2),
  question("order", "Which order of moves usually works best on a heated call?",
    ["Steady yourself, show you've understood, then move to a next step.", "Each step makes the next one land; a fix offered before they feel heard is often refused."],
    [
      ["Offer a solution first, then acknowledge their feelings if they stay upset.", "Leading with the fix often gets it rejected because the customer doesn't yet feel heard."],
      ["Explain the policy first, so that they know where the limits are from the start.", "Opening with the rules sounds like a wall and usually raises the temperature."],
    ], 1),
  question("giving-in", "A customer calms down once you promise something policy doesn't allow. Was that de-escalation?",
    ["No: the calm won't last, and the broken promise makes the next call harder.", "De-escalation has to survive contact with what actually happens next."],
    [
      ["Yes: the customer was calmer by the end, so the technique clearly worked.", "Their mood changed for now, but the promise will fail and the anger will return with interest."],
      ["Yes, provided you write the promise down clearly in the account notes.", "Recording a promise you can't keep doesn't make it keepable."],
    ], 0),
  question("benefit", "Which is a realistic benefit of calming a call early?",
    ["Calls often end sooner, and the customer is less likely to ring back.", "Time spent listening early usually saves time later in the call and after it."],
    [
      ["Customers stop asking for refunds and compensation once they feel calm.", "They may still ask, and may be entitled to; calm makes the conversation possible, not the request vanish."],
      ["You no longer need to follow policy once the customer has calmed down.", "Policy still applies; calm helps you explain it and find what you can do."],
    ], 2),
]);
