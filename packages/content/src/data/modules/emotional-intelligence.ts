import type { ModuleInput } from "../input-types";
import { eiWhatIsDeEscalation } from "../lessons/ei-what-is-de-escalation";

export const emotionalIntelligence: ModuleInput = {
  id: "emotional-intelligence",
  version: 3,
  kind: "emotional-intelligence",
  title: "Emotional intelligence on the phones",
  description:
    "Before you can steady a customer, you have to steady yourself. This module starts with what de-escalation is and then covers noticing your own reactions, staying calm, seeing the call from the customer's side, protecting yourself from abuse, and getting better after every call.",
  lessons: [
    eiWhatIsDeEscalation,
    {
      id: "ei-triggers",
      version: 1,
      title: "Knowing your own triggers",
      summary: "Spot what sets you off, and notice it in your body before it reaches your voice.",
      objectives: [
        "Name at least three personal triggers from your own calls",
        "Recognise the physical signs that you're being triggered",
        "Prepare a first line for each trigger so you respond instead of react",
      ],
      body: `## Why start with yourself
Every agent has phrases that get under their skin. For one it's "I want to speak to someone who knows what they're doing." For another it's being interrupted mid-sentence, or a customer who sighs loudly, or being called "love". None of these are unusual. What matters is whether you know yours.

A trigger you haven't named works like an ambush: your reply comes out sharper than you meant, and only afterwards do you realise what happened. A trigger you *have* named is more like a pothole you know is there. You still hit it sometimes, but you're ready.

## How triggers show up
Your body usually notices before your mind does. Common early signs:
- shoulders rising, jaw tightening, or a hot face
- typing harder or faster
- rehearsing a comeback while the customer is still talking
- your voice getting quicker and higher

These signals are useful. Each one is a chance to take a breath and choose what you say next.

## Building your trigger list
After a shift, think of the moment on a call when you felt your reaction spike. Write down what was said, what you felt in your body, and what you said next. After a week you'll see patterns, usually two or three themes that keep coming back.

For each, write a **prepared first line**, a sentence you can reach for automatically. For "I want someone who knows what they're doing," that might be: *"I'll do everything I can to sort this, and if it needs someone else I'll bring them in."*`,
      examples: [
        {
          situation: "A customer says, 'Are you even trained?' and you feel your face go hot.",
          weak: "Yes, actually, I've been doing this for three years.",
          strong: "(Breathe out.) I can hear this has been a real runaround. Let me take a look at the account and get you a proper answer.",
          why: "The weak reply defends your pride and starts an argument. The strong one notices the trigger, lets it go and returns to the customer's problem.",
        },
        {
          situation: "A customer keeps interrupting every time you start to explain.",
          weak: "If you'd let me finish, I could tell you.",
          strong: "I'll stop there. What's the most important thing you need me to know?",
          why: "Being interrupted is a common trigger. The strong reply gives the floor back, which usually ends the interrupting faster than asking them to stop.",
        },
      ],
      activity: {
        title: "One-week trigger diary",
        instructions:
          "For five shifts, note one moment a day when your reaction spiked: what was said, what you felt physically, and what you said. At the end of the week, pick your top two triggers and write a prepared first line for each. Try them in the simulator against the abusive-caller scenario.",
      },
      quizId: "ei-triggers-check",
    },
    {
      id: "ei-staying-calm",
      version: 2,
      title: "Staying calm under pressure",
      summary: "Breathing, pausing and your tone of voice: small physical habits that keep a call steady.",
      objectives: [
        "Use a slow, quiet exhale to settle yourself mid-call without it sounding like a sigh",
        "Use a deliberate pause before responding to a heated remark",
        "Keep your voice steady, warm and slightly slower than the customer's",
      ],
      body: `## Calm is physical first
When a customer shouts, your body reacts as if there's a threat: heart rate up, breath shallow, voice tighter. You can't argue yourself out of that, but you can **breathe** yourself out of it.

### The long exhale
While the customer is talking, breathe in through your nose for a count of four and out through your mouth, slowly, for a count of six or seven. A longer out-breath tells your nervous system the danger has passed. Two or three of these and you'll notice your shoulders drop. Keep it slow and quiet, and turn your head away from the microphone: a gentle breath goes unheard, but a heavy sigh carries down the line and sounds like impatience.

### The pause
When the customer finishes, wait a beat (one, two) before answering. A reply fired back instantly sounds defensive. A short pause sounds like you're thinking about what they said, and it gives them a moment to hear how they sounded.

### Your voice
On the phone, your voice is all the customer has. Aim for:
- **slower** than the customer, but not slow-motion
- **lower** than your own stressed pitch
- **warm**: a flat, monotone calm sounds bored, which is its own provocation

People tend to fall into step with a steady voice over a few exchanges. You're setting the pace of the call.

## When calm slips
It will. If you hear your voice sharpen, name it and reset: *"Sorry, let me start that again."* Then slow down. Recovering in front of the customer is itself calming; it shows you're in control.`,
      examples: [
        {
          situation: "A customer shouts: 'This is the fourth time I've rung!'",
          weak: "(Immediately, fast) I know, I can see that, I'm trying to help.",
          strong: "(Breath out, brief pause, lower voice) Four times. That's far too many. Let's make this the last one. What happened on the last call?",
          why: "The same words said fast sound defensive. The pause and slower voice make the acknowledgement land, and the open question moves things forward.",
        },
        {
          situation: "You hear your own voice getting clipped after a long argument.",
          weak: "As I've already said, that isn't possible.",
          strong: "Sorry, I'm going to start that again. You want the engineer this week, and I can't get one before Tuesday. Let me tell you what I can do before then.",
          why: "Noticing and resetting out loud stops the slide and replaces a wall with options.",
        },
      ],
      activity: {
        title: "Record and listen",
        instructions:
          "Record yourself reading the same sentence ('I can see why that's frustrating. Let me look at it now.') three ways: rushed, flat and steady-warm. Listen back. Then practise the long exhale for one minute before your next shift and once during any tense call.",
      },
      quizId: "ei-calm-check",
    },
    {
      id: "ei-empathy",
      version: 1,
      title: "Empathy and seeing the call from their side",
      summary: "Recognising what the customer is going through, without agreeing with everything they say.",
      objectives: [
        "Distinguish empathy from agreement and from sympathy",
        "Build empathy statements that name the customer's specific situation",
        "Use perspective-taking to understand the cumulative cost of a problem",
      ],
      body: `## What empathy is, and isn't
Empathy is recognising what this situation is like for this person and showing them you've recognised it. It is **not**:
- agreeing that they're right about everything
- feeling sorry for them (sympathy can sound patronising)
- a phrase you say once before getting on with the real work

You can say "Being charged twice is stressful" before you know whose fault it was. It's true either way.

## Make it specific
"I understand your frustration" does count as empathy, and it's better than nothing. But customers hear it so often that it barely registers. Compare:
- "I understand your frustration."
- "You took the morning off for an engineer who never came. That's a wasted morning and a wasted day's pay."

The second proves you were listening. It usually takes the same number of seconds.

## Perspective-taking
Before you respond, ask yourself: **what has this been like for them?** A customer on their third call isn't just annoyed about the fault. They've explained it three times, waited in three queues and been let down by two promises. The anger is cumulative, and your empathy should be too: "You've had to explain this three times now. I'm sorry. Let's make sure you don't need to again."

## Empathy under abuse
It's harder to empathise with someone insulting you, and you don't have to feel warm towards them. But recognising the pressure behind the abuse ("a £400 bill the day before a payment leaves") helps you stay professional and respond to the problem, not the insult.`,
      examples: [
        {
          situation: "A parent whose child's school laptop hasn't been delivered.",
          weak: "I understand. Can I have the order number?",
          strong: "So she's been without a laptop for her coursework all week. That's a real worry. Let's find out where it is. Have you got the order number handy?",
          why: "Both ask for the order number, but the strong reply shows what was heard. The customer is more willing to help someone who has understood them.",
        },
        {
          situation: "A customer says, 'You people don't care.'",
          weak: "That's not true, we do care about our customers.",
          strong: "After being let down twice, I can see why it feels like that. I'd like to show you otherwise by getting it sorted today.",
          why: "The weak reply argues with their feeling. The strong one accepts that the feeling makes sense and responds with action.",
        },
      ],
      activity: {
        title: "Upgrade three stock phrases",
        instructions:
          "Write down three empathy phrases you use often. For each of the five scenarios in the role-play module, rewrite one of them so it names that customer's specific situation. Read them aloud; keep each under 20 words.",
      },
      quizId: "ei-empathy-check",
    },
    {
      id: "ei-wellbeing",
      version: 1,
      title: "Not taking it personally, and recovering after hard calls",
      summary: "Protecting yourself from abuse, resetting between calls and knowing when to ask for support.",
      objectives: [
        "Separate an attack on your role from an attack on you as a person",
        "Use a short reset routine after a difficult call",
        "Recognise signs of building stress and know where to get support",
      ],
      body: `## It's aimed at the headset, not at you
When a customer calls you useless, they're reacting to a bill, a delay or a broken promise, and you happen to be the voice of the company at that moment. Reminding yourself of this isn't excusing them. It's protecting yourself, so that you can keep thinking clearly.

A phrase some agents find helpful, said silently: *"This is about the situation. I'm here to fix the situation."*

## You don't have to absorb abuse
Not taking it personally doesn't mean putting up with anything. You can set a respectful boundary, and under most policies you can end a call after a clear warning. Doing so is a professional decision, not a failure.

## The reset after a hard call
Adrenaline doesn't vanish when the line goes quiet. If you take the next call straight away, the stress often leaks into it, and an innocent customer gets your shortest answers. A reset takes two or three minutes:
1. **Stand up** and roll your shoulders.
2. **Three long exhales.**
3. **Drink some water.**
4. **Tell someone.** A quick word to your team leader after an abusive call isn't complaining; they need to know, and it helps to say it out loud.
5. **Make one note** for later reflection, then put the call down mentally.

Use after-call or wrap time for this if you can. If your team doesn't allow time for it, raise that with your team leader.

## When it builds up
One bad call is normal. Watch for a pattern: dreading shifts, replaying calls at home, sleeping badly, snapping at people you care about. These are signs to talk to your team leader or your employer's support service. Asking early is far easier than recovering from burnout later.`,
      examples: [
        {
          situation: "A caller has just called you 'thick' and hung up.",
          weak: "(Takes the next call immediately, still shaking, and answers in a clipped voice.)",
          strong: "(Sets status to wrap-up, stands, three long breaths, water, sends the team leader a quick message: 'Abusive call on account 4471, noted, taking two minutes.')",
          why: "The reset protects the next customer and you. Telling the team leader means the account is flagged and you're supported.",
        },
        {
          situation: "You're still thinking about a call from this morning at the end of your shift.",
          weak: "It's fine, I'll just forget about it.",
          strong: "I'll write down the one moment that stuck with me and ask my team leader about it tomorrow, then leave it at work.",
          why: "Pushing it away tends not to work. Writing it down gives it somewhere to go and turns it into something you can learn from.",
        },
      ],
      activity: {
        title: "Design your reset",
        instructions:
          "Write your own two-minute reset routine: what you'll do physically, who you'll tell, and where you'll make a note. Agree with your team leader how you'll signal that you need it. Use it after your next practice run of the abusive-caller scenario.",
      },
      quizId: "ei-wellbeing-check",
    },
    {
      id: "ei-reflection",
      version: 1,
      title: "Reflecting and learning after each call",
      summary: "A two-minute review that turns hard calls into specific skills.",
      objectives: [
        "Use a short structured review after a difficult call",
        "Find the turning point of a call and one alternative response",
        "Ask colleagues for feedback about specific moments",
      ],
      body: `## Why reflect at all
Experience alone doesn't make you better at difficult calls; plenty of people repeat the same mistake for years. What helps is **experience plus a moment of thought**. Two minutes after a hard call, or at the end of a shift, is enough.

## The two-minute review
Answer four questions, in writing if you can:
1. **What did the customer actually need?** Often different from what they first asked for.
2. **Where did the call turn?** The moment it got better or worse. Usually there's one.
3. **What did I do that worked?** Name it precisely: "I asked about the deadline and that changed everything."
4. **What's one thing I'd try differently?** Write the actual words you'd use.

Keep it specific. "I should be more empathetic" changes nothing. "When he said 'third time', I should have said 'three calls is too many' instead of asking for his postcode" is something you can do tomorrow.

## Use your scores
In Defuse, every practice call is scored against the same rubric your assessments use. Look at which criterion is lowest over your last five calls, not just the latest. That is your focus for the week.

## Ask for feedback well
Colleagues and team leaders have heard thousands of calls. Ask them about a moment, not the whole call: "When she said she'd go to the ombudsman, what would you have said?" Specific questions get specific, usable answers.

## Be fair to yourself
Some calls go badly because the situation was impossible. Reflection isn't self-criticism. Note what went well as carefully as what didn't.`,
      examples: [
        {
          situation: "Reviewing a call where the customer hung up.",
          weak: "That customer was impossible. Nothing I could have done.",
          strong: "It turned when I said the refund window was 30 days. Next time I'd lead with the replacement option and only explain the window if he asks.",
          why: "The weak review ends learning. The strong one finds the turning point and writes down a specific alternative.",
        },
        {
          situation: "Asking your team leader for feedback.",
          weak: "Was that call okay?",
          strong: "When she said she'd been promised a call back twice, I just apologised. What else could I have said there?",
          why: "A specific question about a specific moment gets advice you can actually use.",
        },
      ],
      activity: {
        title: "Review three calls",
        instructions:
          "Pick three recent calls (real or practice). Run the four-question review on each in writing. Look across all three: is there a theme? Choose one thing to practise and run the matching scenario in the simulator twice this week.",
      },
      quizId: "ei-reflection-check",
    },
  ],
};
