import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const cwThreatsAndHarassment: LessonInput = {
  id: "cw-threats-and-harassment",
  version: 1,
  title: "Threats and harassment: staying safe",
  summary: "When abuse continues after a boundary, or turns into a threat: one clear warning, ending the call properly, reporting it and looking after yourself.",
  objectives: [
    "Give one clear warning that names the behaviour and the consequence",
    "End a call professionally when the behaviour continues, and record why",
    "Report threats and harassment straight away and use the support available afterwards",
  ],
  body: `## Beyond a boundary
The boundaries lesson covers abuse that stops once you name a limit. This lesson is about what happens when it doesn't: the customer keeps swearing at you after a boundary, calls back repeatedly to target you, or makes a threat against you, a colleague or themselves.

You are not expected to absorb that. Your organisation's process exists so that you can stop a harmful call without worrying you'll be blamed for it, provided you follow the steps.

## Warn once, clearly
If personal abuse continues after a boundary, give **one** warning that names the behaviour and the consequence, in a level voice:

"I want to help with your account, but if the personal comments continue I'll end this call."

Don't stack warnings ("last chance... I really mean it this time"). Each extra warning teaches the caller the limit isn't real.

## Ending the call properly
If the abuse continues, end it without a final jab and without apologising for doing so:

"I'm ending this call now because of the language used. Your case is logged, and you can call back when you're ready to discuss it."

Then disconnect. Don't wait for a reply or get drawn into one more exchange. Afterwards, record the call factually: what was said (as near as you can), the warning, the time you ended it. Avoid labels like "nasty caller"; the words themselves tell the story.

## Threats are different
A threat of violence, a threat to come to a site, or anything that suggests someone may harm themselves **goes straight to your team leader**, during or straight after the call, whatever your process calls it. Don't try to judge whether they meant it. If someone might be at immediate risk, your emergency procedure applies.

## Looking after yourself
Even when you handle it perfectly, a nasty call stays in the body for a while. Take the short break your team allows before the next call, talk it through with your team leader or a trusted colleague, and use your support service if a call keeps coming back to you. Needing support after abuse isn't a weakness; it's the normal reaction to something that shouldn't have happened.`,
  examples: [
    {
      situation: "After you set a boundary, the caller says: 'I'll say what I like, you useless…'",
      weak: "Please, I'm really asking you for the third time now, can you please stop?",
      strong: "I want to help sort the bill, but if the personal comments continue I'll end this call.",
      why: "Repeated pleading tells the caller the limit isn't real. One warning naming behaviour and consequence is clearer and fairer.",
    },
    {
      situation: "The abuse continues after the warning.",
      weak: "Right, I've had enough of you. Goodbye. (Slams down.)",
      strong: "I'm ending this call now because of the language used. Your case is logged, and you can call back when you're ready to discuss it. (Disconnects, then writes the note and tells the team leader.)",
      why: "The strong version is calm, gives the reason and a route back, and follows up with a record. The weak one adds a jab that could become a complaint.",
    },
  ],
  activity: {
    title: "Your warning and your exit",
    instructions:
      "Write your warning line and your ending line in your own words and say them aloud until they come out level. Then find your organisation's procedure for threats and for ending abusive calls, and note who you tell and where you record it. Practise both lines in the abusive-caller scenario.",
  },
  quizId: "cw-threats-check",
};

export const cwThreatsCheck = quiz("cw-threats-check", 1, "Check: threats and harassment", [
  question("warnings", "How many warnings should you give before ending an abusive call?",
    ["One clear warning that names the behaviour and what will happen.", "Repeated warnings teach the caller that the limit isn't real."],
    [
      ["Three, so that nobody can say the caller wasn't given every chance.", "Stacking warnings prolongs the abuse and weakens each one."],
      ["None: end the call the first time they say anything offensive.", "A boundary and a warning come first, so the caller can change course."],
    ], 2),
  question("ending", "Which is the best way to end a call after the warning?",
    ["State why you're ending it, that the case is logged, and how to call back.", "Calm, reasoned and with a route back, so the ending can't be taken as spite."],
    [
      ["Hang up straight away without saying anything, to avoid more abuse.", "Without the reason and route back, the caller may believe they were cut off by mistake."],
      ["Tell the caller exactly what you think of how they've behaved, then hang up.", "A parting jab gives them a legitimate complaint and isn't professional."],
    ], 0),
  question("threat", "A caller says they'll 'come down there and sort you out'. What do you do?",
    ["Tell your team leader straight away, whether or not it sounds serious.", "You aren't expected to judge intent; threats go up immediately."],
    [
      ["Note it, but only report it if the caller says it more than once.", "One threat is enough to report; waiting for a second puts people at risk."],
      ["Ignore it, since most people who say that never actually mean it.", "Assessing risk isn't your job on the call; reporting is."],
    ], 1),
  question("record", "What belongs in the note after ending an abusive call?",
    ["The words used, the warning given and when you ended it.", "Facts let others act and back you up; labels don't."],
    [
      ["Your opinion of the caller, so colleagues know what they're dealing with.", "Labels like 'nasty caller' are opinion and can be unfair to the next contact."],
      ["Nothing, since the call recording is available if anyone needs it.", "Recordings take time to find; a short factual note is what colleagues read."],
    ], 0),
  question("after", "You feel shaky after an abusive call. What's the right next step?",
    ["Take the short break you're allowed and talk to someone you trust.", "A normal reaction deserves support; going straight on can carry it into the next call."],
    [
      ["Take the next call straight away, so the queue doesn't grow any longer.", "Carrying the stress into the next call is unfair to you and to that customer."],
      ["Keep it to yourself, as reacting would suggest you can't cope with the job.", "Needing support after abuse is normal, not a sign you can't do the job."],
    ], 2),
]);
