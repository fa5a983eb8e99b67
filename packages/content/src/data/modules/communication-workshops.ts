import type { ModuleInput } from "../input-types";
import { cwPositiveLanguage } from "../lessons/cw-positive-language";
import { cwReinforcingValue } from "../lessons/cw-reinforcing-value";
import { cwFollowUpFeedback } from "../lessons/cw-follow-up-feedback";
import { cwVulnerableCustomers } from "../lessons/cw-vulnerable-customers";
import { cwThreatsAndHarassment } from "../lessons/cw-threats-and-harassment";
import { cwWrittenChannels } from "../lessons/cw-written-channels";
import { cwDocumentation } from "../lessons/cw-documentation";

export const communicationWorkshops: ModuleInput = {
  id: "communication-workshops",
  version: 3,
  kind: "communication-workshop",
  title: "Communication workshops",
  description:
    "Sixteen short workshops on the words and the voice you use on a difficult contact: listening, asking, explaining, positive wording, sounding right, apologising, offering choices, reinforcing value, setting limits, staying safe from threats, supporting vulnerable customers, handing over, closing the loop and asking for feedback, then chat and email, and notes a colleague can act on. Each ends with phrases you can use on your next shift.",
  lessons: [
    {
      id: "cw-active-listening",
      version: 1,
      title: "Active listening and reflecting back",
      summary: "Show you've heard, check you've understood, and let the customer correct you.",
      objectives: [
        "Use short verbal signals so the customer knows you're still there",
        "Reflect back both the facts and the impact of a problem",
        "Check understanding before moving to a solution",
      ],
      body: `## Listening you can hear
On a phone call, silence can sound like absence. Active listening means the customer can *hear* that you're listening: small signals like "mm", "right", "okay" at natural pauses, and no typing over their most important sentence.

## Let them finish
Angry and upset customers often need to tell the whole story once. Interrupting to get to the point usually makes the call longer, because they start again. Let the first telling run, note the facts, and save questions for when they stop.

## Reflecting back
When they've finished, say back what you heard in your own words, covering two things:
- **the facts**: what happened
- **the impact**: what it has cost them (time, money, embarrassment, worry)

Then check: *"Have I got that right?"* If you've missed something, they'll tell you, and that's useful too.

> "So the engineer didn't turn up on Tuesday, you'd taken the day off unpaid, and nobody rang to say he wasn't coming. Have I got that right?"

Reflection slows a heated customer down because they no longer need to repeat themselves to be believed.

## Mistakes to avoid
- Parroting their exact words, which can sound mocking.
- Slipping in blame: "So you didn't check the confirmation email."
- Reflecting so slowly and at such length that they have to wait to be heard again.`,
      examples: [
        {
          situation: "A customer explains, at length, that their order arrived damaged and support closed their ticket.",
          weak: "Okay. Order number?",
          strong: "So the table arrived with a split leg, you sent photos, and the ticket was closed without anyone replying. That's two problems, not one. Have I got that right?",
          why: "The strong reply proves you heard both the damage and the ignored ticket, the part that probably hurts more.",
        },
        {
          situation: "A customer is mid-story when you think you know the answer.",
          weak: "Yes, yes, I know, it's the delivery thing, let me just…",
          strong: "Mm. Right. (Lets them finish.) Thanks for explaining all that. Let me make sure I've got it…",
          why: "Cutting in tells them you've stopped listening. Letting them finish costs seconds and earns cooperation.",
        },
      ],
      activity: {
        title: "Facts and impact",
        instructions:
          "Pair up. Your partner describes a real bad customer experience they've had for one minute. You reflect back the facts and the impact in two sentences, then ask 'Have I got that right?' Swap. Score each other: did the reflection include the impact?",
      },
      quizId: "cw-active-listening-check",
    },
    {
      id: "cw-open-questions",
      version: 1,
      title: "Open questions that find the real problem",
      summary: "Ask questions that get customers talking, then confirm the detail.",
      objectives: [
        "Turn closed questions into open ones",
        "Use open questions to explore and closed ones to confirm",
        "Avoid interrogation by explaining why you're asking",
      ],
      body: `## Open and closed
A **closed question** can be answered yes or no: "Did you try restarting it?" An **open question** invites a description: "What happens when you switch it on?"

Both are useful. Open questions **explore**: they find facts you didn't know to ask about. Closed questions **confirm**: "So it's the card ending 4471?"

The common mistake is using closed questions too early. You guess the problem, ask yes/no questions about your guess, and miss what's really happening.

## Openers that work on the phone
- "Talk me through what happened when…"
- "What were you hoping would happen?"
- "How has this affected you?"
- "What's the most important thing for you to get out of this call?"

The last one is especially useful with angry customers: it often reveals a deadline or need that changes the best solution.

## Don't interrogate
Five questions in a row, even open ones, can feel like being questioned by the police. Between questions, reflect or acknowledge. If you need details for security or the system, say why: *"I'm going to ask a couple of quick questions so I can find the right order."*

## Avoid leading questions
"You didn't update your card, did you?" isn't really a question. It's an accusation with a question mark.`,
      examples: [
        {
          situation: "A customer says their new phone 'doesn't work'.",
          weak: "Have you tried turning it off and on again?",
          strong: "That's annoying with a new phone. Talk me through what happens when you try to use it.",
          why: "The closed question guesses. The open one might reveal that calls work but data doesn't, which is a completely different fix.",
        },
        {
          situation: "You need several account details from an impatient customer.",
          weak: "Postcode? Date of birth? Last payment amount?",
          strong: "I'll need three quick details to get into the account, then I can look at the charge properly. Can I start with your postcode?",
          why: "Explaining why and how many turns an interrogation into a short, understood step.",
        },
      ],
      activity: {
        title: "Closed to open",
        instructions:
          "Write down ten questions you ask on a typical day. Mark each open or closed. Rewrite the closed ones that come early in a call as open questions. Try three of them in the misled-features simulator scenario.",
      },
      quizId: "cw-open-questions-check",
    },
    {
      id: "cw-plain-language",
      version: 1,
      title: "Clear language without jargon",
      summary: "Say it in the customer's words, in small pieces, and check it landed.",
      objectives: [
        "Spot internal terms and replace them with everyday words",
        "Break instructions into signposted steps",
        "Check understanding without making the customer feel slow",
      ],
      body: `## Jargon hides in plain sight
After a few months in any job, its words feel normal. "Direct debit mandate", "pro-rata", "escalation queue", "provisioning", "SKU". To customers they're noise, and under pressure noise sounds like being fobbed off.

Try this test: **would your neighbour use this word?** If not, swap it:
- "pro-rata" → "you only pay for the days you had it"
- "provisioning" → "switching your line on"
- "re-presented" → "we'll try to take the payment again on the 5th"

## Small pieces
On the phone, people can't re-read what you've said. Help them:
1. **Signpost:** "There are three steps. First…"
2. **One step at a time**, and wait for them to do it if they're doing it live.
3. **Summarise** at the end, and offer it in writing.

## Check understanding, kindly
"Do you understand?" nearly always gets a yes, because nobody wants to look slow. Instead, check your own explanation: *"Just so I know I've explained it clearly, what will you do when the email arrives?"*

## Short beats long
Long sentences with several "which"es lose people. If a sentence has more than one idea, make it two sentences.`,
      examples: [
        {
          situation: "Explaining why a customer's payment failed.",
          weak: "Your DD was returned unpaid due to an authorisation failure, so it'll re-present next billing cycle.",
          strong: "The payment didn't go through. Your bank didn't accept it, which usually happens when card or account details change. We'll try again on the 5th, or I can take it now if you'd rather.",
          why: "Everyday words, the likely reason, a date, and a choice.",
        },
        {
          situation: "Talking a customer through a router reset.",
          weak: "Just do a factory reset with the pin, wait for the sync light to go solid, then re-pair.",
          strong: "There are three steps, and I'll stay on the line. First, find the small hole on the back marked 'reset'. Tell me when you've got it.",
          why: "Signposting and one step at a time turn a confusing instruction into something they can follow.",
        },
      ],
      activity: {
        title: "Jargon hunt",
        instructions:
          "With your team, list every internal term you heard on calls this week. For each, write a plain replacement a neighbour would understand. Pin the list up and add to it. Bonus: listen to one recorded call and count the unexplained terms.",
      },
      quizId: "cw-plain-language-check",
    },
    cwPositiveLanguage,
    {
      id: "cw-tone-and-pace",
      version: 1,
      title: "Tone and pace: your voice is your body language",
      summary: "On the phone, how you sound carries as much as what you say.",
      objectives: [
        "Recognise how pace, pitch, volume and warmth change the meaning of the same words",
        "Adjust your pace to the customer's state",
        "Use emphasis to make commitments sound real",
      ],
      body: `## The only non-verbal channel
Face to face, people read expressions and posture. On the phone, all of that comes through your **voice**. A customer can hear a sigh, a smile, an eye-roll in the tone, or typing while they talk.

## Four dials
- **Pace.** Stressed agents speed up. Slightly slower than normal sounds confident and gives the customer time to follow.
- **Pitch.** Tension pushes the voice higher. Bringing it down a touch sounds calmer and more assured.
- **Volume.** Stay level. Raising volume to match a shouting customer escalates; dropping to a whisper can sound like a tactic.
- **Warmth.** The difference between calm and cold. A smile, even a small one, changes the sound of your voice in a way listeners can pick up.

## Emphasis carries meaning
"*I* will call you on *Thursday*" sounds like a commitment. The same words said flatly sound like a script. Stress the words that matter: who, what and when.

## Adjust to the person
- **Angry and fast:** slightly slower, lower, steady. Don't match their speed.
- **Anxious or elderly:** slower still, with pauses between ideas.
- **In a hurry and calm:** brisk and clear; don't drag it out.

## Posture still matters
Customers can't see you, but your body shapes your voice. Slumped shoulders sound flat; sitting up or standing for a tough call gives your voice more support.`,
      examples: [
        {
          situation: "Saying 'I can see why you're upset' to an angry customer.",
          weak: "(Quick and flat, while typing) I can see why you're upset.",
          strong: "(Typing stops, slower, warm, emphasis on 'see') I can *see* why you're upset.",
          why: "Same words, different message. Flat and fast sounds like a script; slow and warm sounds meant.",
        },
        {
          situation: "Confirming a call back.",
          weak: "So someone will give you a call at some point on Thursday.",
          strong: "*I'll* call you on *Thursday*, between two and four.",
          why: "Emphasis on who and when, plus a specific window, makes it a promise rather than a possibility.",
        },
      ],
      activity: {
        title: "Same words, three ways",
        instructions:
          "Record yourself saying 'I'm sorry about that, let me sort it out' rushed, flat and warm-steady. Play them to a colleague without saying which is which and ask them to describe the person they hear. Then record your opening greeting and check it sounds the way you intend.",
      },
      quizId: "cw-tone-pace-check",
    },
    {
      id: "cw-apologising",
      version: 1,
      title: "Apologising well",
      summary: "A specific, owned apology, followed by action.",
      objectives: [
        "Give apologies that name the problem and take ownership",
        "Apologise for the customer's experience when fault is unclear",
        "Follow every apology with action",
      ],
      body: `## What makes an apology work
A good apology has three parts:
1. **Name it:** say what went wrong. "I'm sorry we sent the wrong size."
2. **Own it:** "That's our mistake", or at least "that shouldn't have happened".
3. **Move on to putting it right:** "Let me get the right one to you."

## When it isn't our fault
Sometimes the courier lost it, or the customer mistyped their address. You can still be sincerely sorry for **what they've been through**: *"I'm sorry this has taken so much of your week."* That isn't an admission of liability; it's ordinary decency.

## Apologies that backfire
- **"I'm sorry you feel that way."** Apologises for their reaction, which sounds like blame.
- **"Sorry for any inconvenience caused."** So vague it sounds automatic.
- **"I'm sorry if there was any confusion."** The "if" doubts them.
- **"Sorry, but…"** Everything before "but" disappears.

## Once, maybe twice
Apologising again and again without progress starts to sound nervous and empty. After one sincere apology (two at most, say at the start and the end), the customer wants to hear what you're doing.`,
      examples: [
        {
          situation: "A customer's refund was promised a week ago and hasn't arrived.",
          weak: "Sorry for any inconvenience. These things can take time.",
          strong: "I'm sorry. You were told a week and it hasn't arrived, and that's not good enough. Let me find out exactly where it is now.",
          why: "The strong apology names the specific failure, owns it and moves straight to action.",
        },
        {
          situation: "A customer is unhappy with a decision you can't change.",
          weak: "I'm sorry you feel that way, but the decision stands.",
          strong: "I'm sorry this isn't the answer you were hoping for. Let me explain why, and then what I can do.",
          why: "The strong version regrets their disappointment without blaming their feelings, and points forward.",
        },
      ],
      activity: {
        title: "Fix the apology",
        instructions:
          "Rewrite each of these as a named, owned apology with an action: 'Sorry for any inconvenience', 'I'm sorry you feel that way', 'Sorry, but that's the policy'. Then use one of your rewrites in the billing-error scenario.",
      },
      quizId: "cw-apologising-check",
    },
    {
      id: "cw-solutions-and-choices",
      version: 2,
      title: "Offering solutions and choices",
      summary: "Move from the problem to what happens next, and give the customer a say in it.",
      objectives: [
        "Make concrete offers with a timeframe",
        "Offer two or three real choices, each with its consequences",
        "Say plainly what you can't do before offering what you can",
      ],
      body: `## From problem to plan
Once the customer feels heard, they want to know what happens next. A solution is **concrete**: an action, an amount, a date. "We'll look into it" is not a solution; "I've reversed the charge, you'll see it in three to five working days" is.

## Why choices calm people
An upset customer often feels powerless: something was done to them. Giving a real choice hands some control back. Outcomes they chose also feel fairer than outcomes handed to them.

## Offering choices on the phone
- **Two or three, no more.** Nobody can hold six options in their head without seeing them.
- **Say what each one means and when:** "A replacement tomorrow, or a refund within five working days of collection."
- **Make them real.** A choice where one option is obviously useless feels like a trick.
- **Recommend if it helps:** "If Saturday matters most, the replacement's quicker."

## When you can't give what they asked for
Say so plainly, give the reason in one sentence, then move to what you can do. Don't bury the no under alternatives; the customer will keep asking for what they wanted. And never promise something outside policy to end the call. It turns today's problem into a worse one next week.`,
      examples: [
        {
          situation: "A customer's delivery missed the promised day.",
          weak: "I'll chase it with the courier.",
          strong: "I can rebook it for tomorrow morning between 8 and 12, or cancel it and start your refund now (it usually reaches you in three to five working days) so you can buy locally. Which would suit you better?",
          why: "Two concrete options with times. The customer picks what fits their situation.",
        },
        {
          situation: "A customer wants a feature that doesn't exist.",
          weak: "I'm sure that's coming in a future update.",
          strong: "It can't do that, I'm afraid, and I don't want to promise it will. What I can do is show you the closest option, or refund you since you're within 14 days.",
          why: "Honest about the limit, no invented promises, and a real choice.",
        },
      ],
      activity: {
        title: "Option pairs",
        instructions:
          "For the five most common complaints in your team, write two allowed options for each, with what each involves and how long it takes. Practise offering them out loud in under 20 seconds each.",
      },
      quizId: "cw-solutions-check",
    },
    cwReinforcingValue,
    {
      id: "cw-respectful-boundaries",
      version: 1,
      title: "Setting boundaries respectfully",
      summary: "Name a limit on abuse calmly, while keeping the offer of help open.",
      objectives: [
        "Distinguish venting from personal abuse",
        "Set a three-part boundary in your own words",
        "Follow the warning process and end a call professionally when needed",
      ],
      body: `## Venting versus abuse
"This company is a joke" is venting about a situation. "You're an idiot" is abuse aimed at a person. Venting usually passes if you acknowledge it and get to work. Abuse is where a boundary is needed.

## The three-part boundary
1. **I want to help:** "I want to sort this out for you."
2. **The limit, stated calmly:** "I can't do that while I'm being called names."
3. **A way forward:** "Can we go back to the bill?"

Say it in your normal voice, at your normal pace. Keep it brief. A lecture invites an argument.

## What a boundary isn't
- A threat as the opening move: "Speak to me like that again and I'll hang up."
- A cold command: "Stop shouting."
- An order about feelings: "Calm down."

## If it continues
Follow your policy. Typically: one clear warning that you'll end the call if it continues, still with the offer of help. If the abuse continues, end the call politely ("I'm going to end the call now. A supervisor will contact you about the bill."), note the account and tell your team leader. This is a professional decision, not a failure.

## Afterwards
Take your reset. Abuse affects everyone, including experienced agents.`,
      examples: [
        {
          situation: "A customer says, 'Are you deaf or just stupid?'",
          weak: "There's no need to be rude.",
          strong: "I do want to help you with this, and I'm not able to while it's personal. Let's go back to the order. What date was it meant to arrive?",
          why: "The weak reply scolds without helping. The strong one sets the limit and immediately gives them a way back in.",
        },
        {
          situation: "The customer continues swearing at you after one boundary.",
          weak: "(Hangs up without a word.)",
          strong: "I've asked you to leave out the personal comments. If it continues I'll need to end the call, and a supervisor will contact you about the order. I'd rather help you now. Shall we carry on?",
          why: "A clear, fair warning that still offers help. If you do end the call afterwards, it is defensible and professional.",
        },
      ],
      activity: {
        title: "Your boundary, out loud",
        instructions:
          "Write the three-part boundary in words that sound like you. Say it out loud ten times until it's automatic. Then run the abusive-caller scenario (reduced intensity first if you prefer) and use it at the first personal insult.",
      },
      quizId: "cw-boundaries-check",
    },
    cwThreatsAndHarassment,
    cwVulnerableCustomers,
    {
      id: "cw-escalation-warm-transfer",
      version: 1,
      title: "Escalating and warm transfers",
      summary: "Bring in a supervisor or specialist in a way that helps the customer, not just you.",
      objectives: [
        "Decide when escalation genuinely helps the customer",
        "Carry out a warm transfer: brief, introduce, hand over",
        "Describe what the next person can do without promising an outcome",
      ],
      body: `## When to escalate
Escalate when someone else can **genuinely do more**:
- they have authority you don't (pricing, exceptions, larger goodwill)
- they have expertise you don't (technical, legal, complaints)
- the relationship needs a fresh voice, for example after abuse or a breakdown of trust
- the customer asks, and your policy allows it

Don't escalate just because a customer is angry. Many angry calls can be resolved by you, and escalating adds a wait and tells them the first person couldn't help.

## The warm transfer
1. **Tell the customer what and why:** "I'd like to bring in Priya from our complaints team, who can look at compensation, which I can't."
2. **Ask permission and set a time:** "Can I put you on hold for about two minutes while I explain everything to her?"
3. **Brief your colleague:** who, what happened, what you've tried, what the customer wants, their mood.
4. **Introduce:** "Mr Cole, I have Priya here. I've explained the estimated bill and that the payment is on hold."
5. **Hand over**, then leave.

## Don't promise the outcome
"My supervisor will sort the refund" sets up a second let-down if they can't. Say what they can **look at**, not what they'll decide.

## If nobody is free
Offer a call back with a time window, and make sure it's in the system.`,
      examples: [
        {
          situation: "A customer wants compensation beyond what you can authorise.",
          weak: "I'll transfer you to complaints. (Transfers straight away.)",
          strong: "Compensation at that level is decided by our complaints team, and I want you to get a proper answer. Can I put you on hold for two minutes while I brief them, so you don't have to explain it all again?",
          why: "The customer knows why, how long, and that they won't start from zero.",
        },
        {
          situation: "A customer asks if the supervisor will approve their refund.",
          weak: "Yes, they'll definitely sort that out for you.",
          strong: "I can't promise what they'll decide, but they can look at refunds in a way I can't, and they'll have all the details from me.",
          why: "Honest about the limits, so the customer isn't set up for disappointment.",
        },
      ],
      activity: {
        title: "Thirty-second briefing",
        instructions:
          "Pick one of the five scenarios. Write the 30-second briefing you would give a supervisor: who, what happened, what you've tried, what the customer wants, and their mood. Read it to a colleague playing the supervisor and ask what was missing.",
      },
      quizId: "cw-escalation-check",
    },
    {
      id: "cw-follow-up",
      version: 1,
      title: "Following up: closing the loop within 24-48 hours",
      summary: "The call after the call: how to check a fix worked and keep your promises.",
      objectives: [
        "Commit to a specific follow-up before ending a call",
        "Time follow-ups for when the fix should have taken effect, usually one to two working days",
        "Write follow-ups that reference the customer's specific case",
      ],
      body: `## Why follow up
A fix that hasn't been checked is a hope. The follow-up is where you find out whether the refund arrived, the engineer turned up or the setting worked, and catch it if it didn't, before the customer has to ring you.

It also changes how the whole call is remembered. Customers rarely expect anyone to come back to them. When someone does, the frustration at the start of the story often becomes the part they forget.

## Before you end the call
- **Check for anything else:** "Before I let you go, is there anything else about this that's worrying you?" Ask it as a real question, not a closing formula.
- **Commit to a specific follow-up:** when, how and who. "I'll ring you on Thursday between two and four to check it's arrived."
- **Record it** where the team can see it, so the promise survives if you're off.

## Timing
Aim for **one to two working days** after the fix, when it should have taken effect. Too soon and there's nothing to check; much later and it looks like an afterthought, or the customer has already called back.

## Make it personal
Reference the specifics: "I'm calling about the £59.98 router fee we removed on Monday. Has it reached your account?" A generic "How was your recent experience?" is a survey, not a follow-up. If something's still wrong, you own it again from that moment.`,
      examples: [
        {
          situation: "Ending a call after arranging a replacement.",
          weak: "Okay, that's all done. Anything else? No? Bye then.",
          strong: "The replacement arrives tomorrow before one. I'll call you tomorrow afternoon to check it's working. Is there anything else about the machine that's bothering you?",
          why: "A specific follow-up and a genuine 'anything else' question, not a closing formula.",
        },
        {
          situation: "The follow-up email.",
          weak: "Dear valued customer, we hope your recent issue has been resolved to your satisfaction.",
          strong: "Hi Priya, I'm checking in after Tuesday's call about offline albums. Did your wedding albums open at the venue on Saturday? If anything didn't work, reply here and I'll pick it up straight away.",
          why: "Specific details show the case was remembered, and the door stays open.",
        },
      ],
      activity: {
        title: "Follow-up audit",
        instructions:
          "Look at your last ten calls where you promised something. How many had a specific follow-up recorded? For the next week, end every such call with a when/how/who follow-up and note it in the system. Compare repeat calls afterwards with your team leader.",
      },
      quizId: "cw-follow-up-check",
    },
    cwFollowUpFeedback,
    cwWrittenChannels,
    cwDocumentation,
  ],
};
