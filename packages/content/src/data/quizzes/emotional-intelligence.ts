import { eiDeEscalationCheck } from "../lessons/ei-what-is-de-escalation";
import { question, quiz } from "./author";

export const emotionalIntelligenceQuizzes = [
  eiDeEscalationCheck,
  quiz("ei-triggers-check", 2, "Check: knowing your triggers", [
    question("what-trigger", "What is a personal trigger, in the sense used in this lesson?",
      ["A word, tone or situation that reliably sets off a strong reaction in you.", "Triggers are personal: the same sentence can flatten one agent and barely touch another."],
      [
        ["A customer who behaves unreasonably or ignores the usual rules of politeness.", "The customer's behaviour is the event; the trigger is what it sets off in you."],
        ["A note on your screen saying the caller has complained several times before.", "That is information. It may put you on edge, but the trigger is the reaction inside you."],
      ], 0),
    question("early-signal", "Which is an early body signal that you're being triggered?",
      ["Your shoulders rise and you start typing harder.", "Physical signs usually arrive before the angry thought does. Catching them gives you a few seconds to choose."],
      [
        ["The customer's voice gets louder and quicker on the line.", "That's a signal about the customer, not about you."],
        ["Your average handling time starts creeping up on the screen.", "A lagging measure: useful in review, but too late to help on the call."],
      ], 2),
    question("use", "Why write your triggers down?",
      ["So you can prepare a first line for the moment one arrives.", "A named trigger with a prepared first line is far easier to handle than one that ambushes you."],
      [
        ["So you can ask to be kept off the kinds of calls that set them off.", "You can't choose your calls. The point is to recognise the moment, not to avoid it."],
        ["So you can push them out of your mind during a shift.", "Trying not to think about something tends to make it louder. Noticing works better than suppressing."],
      ], 1),
    question("same-words", "Why can one sentence upset one agent and barely touch another?",
      ["Triggers are personal, shaped by each person's history and what they care about.", "Knowing your own list matters because nobody else's list will match it."],
      [
        ["Some agents are simply tougher than others and have learned to stop feeling anything.", "Everyone feels it. The difference is what sets it off and how quickly they notice."],
        ["The second agent has usually heard that complaint many times before.", "Familiarity can help, but the lesson's point is that triggers differ from person to person."],
      ], 0),
    question("mid-call", "You notice a trigger firing mid-call. What's the first thing to do?",
      ["Name it to yourself, breathe out slowly, then choose your next sentence.", "Naming the reaction puts a gap between feeling and speaking, and the breath works while you keep listening."],
      [
        ["Tell the customer that comment upset you and ask them to stop it.", "A trigger is yours to manage. A boundary is for abuse aimed at you, and sharing your feelings mid-call usually escalates."],
        ["Put the customer on hold straight away until the feeling has passed.", "An unexplained hold inflames the caller, and the feeling rarely passes in a few seconds anyway."],
      ], 2),
  ]),
  quiz("ei-calm-check", 2, "Check: staying calm under pressure", [
    question("breath", "You feel your pulse jump as a caller shouts. What's the quickest useful move?",
      ["A slow, quiet breath out through your nose, longer than the breath in.", "A long exhale settles your body fastest. Keep it quiet and away from the microphone: a loud sigh on the line sounds like impatience."],
      [
        ["Mute the line for a moment and vent quickly to the colleague sitting next to you.", "It may feel good, but you miss what the customer says and often come back hotter."],
        ["Speak over them firmly so they stop and you can take back control.", "Talking over an angry person raises the volume on both sides."],
      ], 1),
    question("pause", "What does a short pause before answering do?",
      ["It gives you time to choose a reply and lets them hear themselves.", "Both effects lower the temperature."],
      [
        ["It signals to the caller that you're unsure and need time to look something up.", "A pause of a second or two reads as thoughtful, especially after an outburst."],
        ["Very little, since most callers don't notice a short pause.", "They do. A reply fired back instantly sounds defensive."],
      ], 0),
    question("tone", "The customer is loud and fast. How should your voice respond?",
      ["Slightly slower and lower than usual, while keeping warmth in it.", "People tend to fall into step with a steady voice. Too flat sounds bored, so keep the warmth."],
      [
        ["Match their pace and volume so they can hear you take it seriously.", "Matching pace and volume tends to escalate."],
        ["Very quiet, so they have to stop talking to hear what you're saying.", "It can work once, but more often it sounds like a tactic and irritates them."],
      ], 2),
    question("after-rant", "The caller has just finished a long rant. What's your best first move?",
      ["Reflect the main problem back briefly and steadily before anything else.", "It shows you heard the substance under the noise, which is what lets the heat drop."],
      [
        ["Ask them to keep things polite so that you can help them faster.", "Correcting their manner first sounds like a telling-off and restarts the rant."],
        ["Start straight on the solution so the call keeps moving forward.", "Without acknowledgement, a good solution often gets rejected because they don't feel heard."],
      ], 1),
    question("self-talk", "Which thing said silently to yourself helps you stay calm?",
      ["'This is about the bill, not about me. What do they need next?'", "It moves your attention from the insult to the task, which is where your control is."],
      [
        ["'I must not get upset, whatever happens on this call.'", "Ordering yourself not to feel something tends to backfire. Focusing on the next step works better."],
        ["'They'll hang up soon, so I just have to get through it.'", "Waiting it out makes you passive, and the customer can hear that you've stopped trying."],
      ], 0),
  ]),
  quiz("ei-empathy-check", 2, "Check: empathy and perspective", [
    question("empathy-agree", "Does empathy mean agreeing the customer is right?",
      ["No: it means recognising how the situation feels for them.", "'Being charged twice is stressful' is true even before you know whose fault it was."],
      [
        ["Yes, because otherwise the empathy you show would be dishonest.", "You can recognise how someone feels without agreeing with their account."],
        ["Only when the company has clearly made a mistake.", "Feelings are real whether or not we're at fault."],
      ], 2),
    question("specific", "Which empathy statement is strongest?",
      ["'Taking a day off for an engineer who never came is really frustrating.'", "Naming their specific situation proves you listened."],
      [
        ["'I completely understand your frustration, and I really do apologise for it.'", "It counts, but it's generic; customers have heard it hundreds of times."],
        ["'I know exactly how you feel, because the very same thing happened to me.'", "You don't know exactly, and turning to your own story moves the spotlight off them."],
      ], 1),
    question("perspective", "A customer rings for the third time about the same fault. Which question to yourself helps most?",
      ["'What has this been like for them since the first call?'", "It helps you see the cumulative cost: time off, repeated explanations, broken promises."],
      [
        ["'Did they follow the instructions they were given last time?'", "That looks for blame, not understanding."],
        ["'How can I keep this call shorter than the last two?'", "Understandable under pressure, but it's your perspective, not theirs."],
      ], 0),
    question("then-what", "After an empathy statement, what should usually come next?",
      ["A question or a next step, so the feeling is linked to action.", "Empathy opens the door; the question or the step shows you are going through it with them."],
      [
        ["A second empathy statement, to make sure they really feel heard.", "One specific statement is enough. Piling them up starts to sound scripted."],
        ["A pause until the customer thanks you for understanding how they feel.", "They may never say it, and waiting for thanks stalls the call."],
      ], 2),
    question("sounds-fake", "When does an empathy statement sound fake?",
      ["When the tone is flat or it's followed at once by 'but the policy says'.", "The 'but' cancels what came before, and a flat voice tells them you're reading it."],
      [
        ["When it mentions the customer's own situation in specific detail.", "Specific detail is what makes empathy sound real, not fake."],
        ["When it's short, for example one sentence before the next step.", "Short is fine. Length doesn't make empathy genuine; accuracy and tone do."],
      ], 0),
  ]),
  quiz("ei-wellbeing-check", 2, "Check: not taking it personally", [
    question("about-you", "A caller calls you 'useless'. Which thought helps you stay effective?",
      ["'They're angry at the situation, and right now I'm its voice.'", "Separating the role from the person lets you respond to the problem rather than the insult."],
      [
        ["'They have a point; I really should have known that answer already.'", "Taking the insult on board hurts your confidence and doesn't help the call."],
        ["'I'll show them I'm not useless by proving them completely wrong.'", "That thought leads straight to arguing or sarcasm."],
      ], 1),
    question("after-call", "Just after an abusive call, what's a healthy first step?",
      ["A short reset (stand, breathe, drink some water) and tell your team leader.", "A deliberate reset clears the physical stress, and your team leader needs to know for support and records."],
      [
        ["Take the next call at once so you don't have time to dwell on it.", "Carrying the adrenaline into the next call often spills onto an innocent customer."],
        ["Replay the call in your head to work out what you should have said.", "Reflection is useful later; replaying straight away usually keeps the stress going."],
      ], 2),
    question("pattern", "You notice you've dreaded every shift for two weeks. What should you do?",
      ["Talk to your team leader or your employer's support service.", "Sustained stress deserves support; adjustments and help are much easier early."],
      [
        ["Push through for another month or so; some dread comes with the job.", "Persistent dread is a signal, not a weakness. Ignoring it tends to make it worse."],
        ["Quietly avoid the difficult queues whenever you can.", "Not something you control, and avoidance isn't a plan."],
      ], 0),
    question("colleague", "A colleague looks shaken after a call. What helps most?",
      ["Check in briefly, offer them a minute away, and mention support if they want it.", "Small, practical care, with the choice left to them."],
      [
        ["Tell them it happens to everyone and that they should shake it off.", "Meant kindly, but it brushes the feeling aside and makes them less likely to ask for help."],
        ["Ask them for every detail so you can point out what went wrong.", "Feedback can wait. Right after the call they need a reset, not a review."],
      ], 1),
    question("leave-it", "Which habit helps you leave a hard shift at work?",
      ["A short end-of-day routine, such as a walk or a set playlist.", "A routine tells your body the shift is over, which makes the switch easier."],
      [
        ["Going over the worst call again on the journey home.", "Replaying it keeps the stress switched on into your evening."],
        ["Checking the team's queue figures on your phone during the evening.", "It keeps you half at work when you need to recover."],
      ], 2),
  ]),
  quiz("ei-reflection-check", 2, "Check: learning from each call", [
    question("useful-question", "Which reflection question is most useful after a tough call?",
      ["'Where did the call turn, and what could I have said there?'", "Finding the turning point gives you one specific thing to practise."],
      [
        ["'Whose fault was it that the call went so badly?'", "Blame-finding rarely changes what you'll do next time."],
        ["'Why are some customers so hard to deal with?'", "Too general to change anything."],
      ], 0),
    question("balance", "Why note what went well, not just what went wrong?",
      ["Knowing what worked lets you repeat it on purpose.", "Strengths you can name are strengths you can use under pressure."],
      [
        ["It makes you feel better after a difficult day.", "A nice side effect, but not the main reason."],
        ["The scoring form asks you for one strength every time.", "Reflection is for you, not for a form."],
      ], 2),
    question("feedback", "When is asking a colleague for feedback most useful?",
      ["When you ask about one specific moment in the call.", "'What would you have said when he mentioned the ombudsman?' gets a far better answer than 'How was that?'"],
      [
        ["Only after calls you felt you handled perfectly from start to end.", "The calls you found hard are where feedback helps most."],
        ["Rarely, because asking often can make you look unsure.", "Experienced agents ask for feedback all the time. It's how they got experienced."],
      ], 1),
    question("when-reflect", "When is the best time to reflect on a tough call?",
      ["Soon after, once you've reset and your heart rate has settled.", "Close enough to remember the details, calm enough to see them clearly."],
      [
        ["Immediately, while the adrenaline is high and the details are fresh.", "Straight after, the stress colours everything. Reset first, then reflect."],
        ["At the end of the month, alongside your quality scores.", "By then the details have gone, and only the score is left to think about."],
      ], 1),
    question("end-with", "What should a reflection usually end with?",
      ["One specific thing to try on the next similar call.", "A single concrete change is something you can actually practise."],
      [
        ["A score out of ten for how well the call went overall.", "A number tells you how you feel, not what to do differently."],
        ["A list of everything that went wrong, in order.", "A long list is discouraging and hard to act on. Pick the one that matters most."],
      ], 0),
  ]),
];
