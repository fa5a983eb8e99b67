import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const briefPersistentAbuse: LessonInput = {
  id: "brief-persistent-abuse",
  version: 1,
  title: "Briefing: the caller who won't stop",
  summary: "A caller abuses you from the first word and carries on after a warning. The pass here is ending the call properly.",
  objectives: [
    "Give one clear, calm warning that still offers help",
    "Follow through: end the call when abuse continues, calmly and with a way back",
    "Protect yourself and record the call, without buying off abuse with promises",
  ],
  body: `> **Content note:** this scenario includes swearing and personal insults, and the caller does not stop. A reduced-intensity version uses toned-down wording.

## What is going on
Craig Dunn is an electrician. A £220 drill was marked delivered by Swiftdrop yesterday, with a photo of a blue front door; his is grey. He needs it for a job on Thursday. He opens with insults and, unlike Darren in the estimated-bill call, a warning makes him dig in.

## Why this call is different
Some callers calm down once someone takes control. Some don't. You cannot de-escalate a person who has decided not to stop, and nobody is paid to be abused. The skill here is doing the right things in the right order, so that ending the call is fair, safe and defensible.

## The sequence
1. **Help first.** Let one opening insult pass; acknowledge the missing drill, start ID&V, take control.
2. **One clear warning, with help attached.** "I'm opening a missing-parcel claim now. I won't carry on if the name-calling continues, though."
3. **If it continues, end it.** Calmly, not as a threat: say you are ending the call because of the abuse, what is already done, and how he can come back ("a supervisor will call you back later today, or call us when you're ready").
4. **Afterwards.** Note the account, tell your team leader and take your break.

## What to avoid
Threats as a first move, a second and third warning, hanging up without a word, and buying peace with a refund today or compensation.`,
  examples: [
    {
      situation: "After your warning, Craig: 'You're warning me? Who the hell do you think you are, you useless muppet?'",
      weak: "Please, I've asked you nicely. Last chance, or I really will have to end the call.",
      strong: "I did ask you to stop the insults, so I'm going to end this call now. Your claim is open, and a supervisor will call you back later today, or you can call us back when you're ready.",
      why: "Repeated warnings teach him the limit isn't real. The strong reply follows through calmly and leaves the help, and a way back, in place.",
    },
    {
      situation: "Craig: 'Find my drill, you brainless muppet, before I come down there.'",
      weak: "Okay, okay, I'll refund the £220 today so you don't have to worry about it.",
      strong: "Craig, I want to find your drill, and I'm opening a missing-parcel claim now. I won't carry on if the name-calling continues, though, so please leave that out and we'll get this sorted.",
      why: "Giving in to abuse with a forbidden promise teaches that abuse works. The strong reply is the warning the policy asks for, joined to real help.",
    },
  ],
  activity: {
    title: "Write your ending",
    instructions:
      "Write the sentence you would use to end an abusive call: the reason, what is already done, and the way back. Say it aloud at normal speed until it sounds like you, not a script. Then take the call, at reduced intensity first if you prefer.",
  },
  quizId: "brief-persistent-abuse-check",
  scenarioId: "persistent-abuse",
};

export const briefPersistentAbuseCheck = quiz("brief-persistent-abuse-check", 1, "Check: the caller who won't stop", [
  question("after-warning", "You gave one calm warning and the insults continue. What next?",
    ["End the call calmly, say what is done, and give him a way back.", "The warning was fair; following through makes the limit real and keeps you safe."],
    [
      ["Give a final warning, making it clear this time that you really mean it.", "Repeated warnings teach him the limit isn't real and keep you taking abuse."],
      ["Put him on hold until he calms down, then pick the call up again.", "Unannounced holds inflame him and leave nothing resolved or recorded."],
    ], 1),
  question("first-move", "He opens with one insult about the company. What do you do first?",
    ["Acknowledge the missing drill and start helping; a warning can wait.", "One opening insult is often steam. Help first makes any later warning fair."],
    [
      ["Warn him straight away that the call will end if he swears again.", "A threat as the first move hands him a fight before you have offered anything."],
      ["End the call at once, since abusive language is never acceptable.", "Ending without a warning or any help is a cut-off, not a proper end."],
    ], 0),
  question("buy-off", "He demands his money back today or he will 'kick off'. What is within policy?",
    ["Open the claim; the sender refunds or resends within 2 working days.", "An honest timeframe. Buying off abuse with a promise you cannot keep teaches that abuse works."],
    [
      ["Promise a refund today so that he stops shouting and the call can end.", "Forbidden: the depot's check comes first, and the promise cannot be kept."],
      ["Offer a £30 voucher for the trouble if he agrees to calm down now.", "Compensation is for the claims team to decide; promising it is forbidden."],
    ], 2),
  question("afterwards", "The call has ended. What should you do?",
    ["Note the account, tell your team leader and take your break.", "The record protects you and the next agent; the break protects you."],
    [
      ["Call him back straight away to check he is alright after the call.", "A supervisor calls back later, when he is ready; an immediate call invites more abuse."],
      ["Carry on to the next call at once so that the queue doesn't build.", "Taking the next call while shaken affects that customer too. Use your break."],
    ], 1),
  question("end-words", "Which is a proper way to end the call?",
    ["'I asked you to stop the insults, so I'm ending the call. A supervisor will ring you later.'", "It gives the reason, stays calm and leaves a way back, after the warning was ignored."],
    [
      ["'Right, I've had enough of this. Goodbye.' and then hanging up straight away.", "No reason, no calm, no way back: a cut-off that usually becomes a complaint."],
      ["'If you carry on like this, I might have to think about ending this call.'", "A conditional is another warning, not an ending; he has already had his warning."],
    ], 0),
]);
