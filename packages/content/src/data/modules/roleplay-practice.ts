import type { ModuleInput } from "../input-types";
import { briefBereavement } from "../lessons/brief-bereavement";
import { briefCancellation } from "../lessons/brief-cancellation";
import { briefChatComplaint } from "../lessons/brief-chat-complaint";
import { briefPersistentAbuse } from "../lessons/brief-persistent-abuse";
import { briefRepeatContact } from "../lessons/brief-repeat-contact";

export const roleplayPractice: ModuleInput = {
  id: "roleplay-practice",
  version: 3,
  kind: "roleplay",
  title: "Role-play practice: ten calls and chats you will take",
  description:
    "Ten realistic contacts, in order of difficulty: from an upset loyal customer and an angry web chat, through a bereaved caller, a customer who wants to leave and one whose last promise was broken, to callers who abuse you. Each briefing explains what is going on underneath, what good handling sounds like and the traps to avoid; then you take the call in the simulator or as a branching assessment.",
  lessons: [
    {
      id: "brief-billing-error",
      version: 2,
      title: "Briefing: the bill that tripled",
      summary: "A loyal customer sees a charge three times her usual amount and says she's leaving.",
      objectives: [
        "Respond to a cancellation threat by addressing the problem behind it",
        "Find the real cause of an unexpected charge with open questions",
        "Fix a billing error within policy and give an honest refund timeframe",
      ],
      body: `## What is going on
Sandra Whitlock has paid ConnectHome every month for six years. Today her bill is **£89.97 instead of £29.99**, and she waited 22 minutes to reach you. She isn't aggressive; she is worried. Her rent leaves on Friday and sixty pounds matters.

"I'm cancelling today" is not really a request to cancel. It is the only lever she thinks she has. Treat it as a measure of how upset she is, not as an instruction.

## What good handling looks like
1. **Acknowledge before you investigate.** One sentence about the wait and the shock changes the whole call: *"I'm sorry you've had to wait so long, and that's a horrible bill to open."*
2. **Own it out loud.** *"I'll sort this out with you myself."* She has been passed around before.
3. **Ask, don't guess.** *"What does the bill say the extra is for?"* leads to the equipment fee; *"Did you send the old router back?"* leads to the Post Office receipt.
4. **Explain plainly.** The system adds a fee when a returned router isn't scanned in. Hers wasn't. That is our mistake, not hers.
5. **Fix and set expectations.** Remove the fee with her tracking number, refund it (3 to 5 working days), add up to £15 goodwill, and book a call back before Friday.

## What to avoid
- Defending the charge ("our billing is automated") before you've looked.
- Passing it to "the returns team" with no timeframe.
- Buying peace with promises: same-day refunds and free months are both forbidden.

## When you practise
The simulator rewards an apology or empathy **and** a concrete solution; she won't settle without both. Ask about the charge, the router and why the timing matters, and she will tell you everything you need.`,
      examples: [
        {
          situation: "Sandra's opening: 'Somebody had better tell me what's going on or I'm cancelling today.'",
          weak: "Okay, I can transfer you to cancellations if that's what you want.",
          strong: "Please don't go just yet. Let me look at this with you first, because if we've charged you wrongly I can put it right on this call. What does the bill say the extra is for?",
          why: "The weak reply obeys the words and ignores the need. The strong one keeps the door open, signals ownership and gets her talking about the charge.",
        },
        {
          situation: "You've found the £59.98 non-returned equipment fee.",
          weak: "There's an EQ-NR charge because the kit wasn't returned within 60 days.",
          strong: "The extra is a fee for the old router. Our system adds it if a return isn't scanned in, and it looks like yours never was. Do you still have the Post Office receipt?",
          why: "The weak reply uses an internal code and implies she didn't return it. The strong one explains in plain words, puts the fault where it belongs and moves to the fix.",
        },
        {
          situation: "She says her rent goes out on Friday.",
          weak: "It should be back soon, don't worry.",
          strong: "It leaves us today and goes back to the bank account your direct debit comes from. Banks usually take three to five working days, so I can't promise it before Friday. I'll ring you on Thursday afternoon to see where it is, and we'll look at what can help if it hasn't landed.",
          why: "'Soon' is a wish. An honest timeframe (even one that may miss her date), the right destination for the money and a follow-up before the day that matters make a plan she can trust.",
        },
      ],
      activity: {
        title: "Write your first three sentences",
        instructions:
          "Write the first three things you would say to Sandra, in your own voice. Label each with the technique it uses (for example empathy, ownership, open question). Then take the call in the simulator and compare what you planned with what you actually said.",
      },
      quizId: "brief-billing-error-check",
      scenarioId: "billing-error",
    },
    briefChatComplaint,
    {
      id: "brief-misled-features",
      version: 1,
      title: "Briefing: \"it said it works offline\"",
      summary: "A confused customer believes she was sold a feature that doesn't exist.",
      objectives: [
        "Recognise embarrassment and confusion behind a 'misled' complaint",
        "Explain how a feature works in everyday words, one step at a time",
        "Offer an honest choice between fixing the set-up and a cooling-off refund",
      ],
      body: `## What is going on
Priya Raman, a wedding photographer, paid £79 for a year of Snapvault Premium. At a barn venue with no signal she tried to show a couple her portfolio and got "Connect to view". Before buying, she had asked the sales chat about offline use and was told everything works offline.

The product does work offline, but only for albums she has switched to **Keep on this device** while connected. Nothing told her that. So she is partly right: she *was* given a misleading answer, and she *can* still get what she wanted.

Confused customers are often more embarrassed than angry. Priya is bracing to be told she should have read the instructions. If that's what she hears, confusion turns into anger quickly.

## What good handling looks like
- **Validate the experience.** Being caught out in front of a client is mortifying. Say so.
- **Ask what she saw and what she expected.** Open questions bring out the sales-chat answer and how she uses the app at venues.
- **Explain in her words, not ours.** No "sync", "cache" or "assets". Name the exact setting and when to use it.
- **Walk her through it while she's on the line**, then send the written guide.
- **Be straight about her rights.** She bought nine days ago, so she is inside the 14-day cooling-off period. Offer the refund as a real option, not a last resort.
- **Close the loop.** Log the sales-chat answer and tell her you have.

## What to avoid
- Pointing at the terms and conditions.
- Saying the chat "lied" (blaming colleagues) or promising automatic offline "in the next update".
- Offering free months or extra storage as compensation; they're outside policy.`,
      examples: [
        {
          situation: "Priya: 'I don't understand what I've paid for.'",
          weak: "Premium includes offline access, it's all explained on the features page.",
          strong: "That sounds really embarrassing, in front of clients too. I'm sorry. Let's work out what happened. What did you see on the screen when you opened it?",
          why: "The weak reply argues with her experience. The strong one names the feeling, apologises for the experience and asks an open question that uncovers the real cause.",
        },
        {
          situation: "Explaining the feature.",
          weak: "You need to pin the assets locally so they're cached for offline sessions.",
          strong: "It does work without signal, but only for albums you've told it to keep. On each album there's a little cloud icon; tap it and choose 'Keep on this device' while you've got wi-fi. Shall we do your wedding albums now?",
          why: "Plain words, the exact label she'll see, and an offer to do it together. She leaves able to use it, not just told about it.",
        },
        {
          situation: "She asks whether she can get her money back.",
          weak: "We don't usually refund annual plans.",
          strong: "Yes. You bought it nine days ago, so you're within the 14 days for a full refund. You could also try the setting first and decide after the weekend; you've got until the 17th.",
          why: "The weak reply is wrong and a wall. The strong one states her right clearly and gives her a choice with a date.",
        },
      ],
      activity: {
        title: "Explain it to a grandparent",
        instructions:
          "Write a three-sentence explanation of how offline albums work that someone who has never used cloud storage would understand. Read it aloud to a colleague who doesn't know the product. Count any word they had to ask about, then rewrite those words out.",
      },
      quizId: "brief-misled-features-check",
      scenarioId: "misled-features",
    },
    {
      id: "brief-refund-demand",
      version: 2,
      title: "Briefing: refund. Now.",
      summary: "An angry customer wants his money back on the call for a leaking coffee machine.",
      objectives: [
        "Acknowledge the grievance behind an angry demand before discussing remedies",
        "Offer real choices within policy, framed around what the customer needs",
        "Explain plainly why a refund follows collection, and commit to specifics",
      ],
      body: `## What is going on
Gareth Pryce bought a £349 Brevano coffee machine for his wife's birthday 33 days ago. It leaks from the base of the water tank every time it's used. He has emailed twice (the 2nd and the 6th) and heard nothing. Twelve people are coming on Saturday.

He opens with a demand, a deadline and a threat of reviews. The demand ("refund, today") is his opening position. What he actually needs is: **to be taken seriously after being ignored, and a working machine or his money back without a fight.** Once you find out about Saturday, a replacement tomorrow may suit him better than the refund he asked for.

## Policy in plain words
- The 30-day window is Hollis Home's own no-questions returns policy; it is not the legal right to reject faulty goods, and it doesn't decide this call. The machine is faulty, so the 12-month guarantee (and his consumer rights for faulty goods) still apply after day 30.
- Allowed: next-day replacement with collection of the faulty one; a full refund **once the courier has collected it** (within 5 working days of collection); a repair (up to 10 working days); a £20 goodwill voucher for the ignored emails.
- Forbidden: refunding today or before collection; letting him keep the machine as well; vouchers above £20.

## What good handling looks like
1. **Name the hurt first:** "You emailed twice and heard nothing back. I'm sorry, that isn't acceptable."
2. **Ask what it's doing and what it's for.** Where it leaks tells you it's the known seal fault; what it's for tells you about Saturday.
3. **Offer a real choice**, each with its timing.
4. **Explain the one thing you can't do, and why,** in a sentence.
5. **Give him something to hold on to:** a reference number and a time you'll call him.

## What to avoid
Opening with the 30-day rule; asking him to descale a machine that visibly leaks; offering a repair as the only option; and, above all, promising a same-day refund to make the shouting stop.`,
      examples: [
        {
          situation: "Gareth's opening demand for a refund today.",
          weak: "I'm afraid you're outside our 30-day refund window.",
          strong: "You emailed us twice and heard nothing. I'm sorry, that's not good enough, and I'm going to sort this out now. Tell me what the machine's doing.",
          why: "The weak reply leads with the rule he fears and offers nothing. The strong one names the grievance, owns the fix and asks about the fault, which leads to the right remedy.",
        },
        {
          situation: "He asks why he can't have the money back on the call.",
          weak: "That's just how the system works.",
          strong: "Because it's faulty, you're entitled to a refund, but it's issued once the courier has collected the machine, usually within five working days of that. If you'd rather have it working for Saturday, I can send a replacement tomorrow and take the old one away at the same time.",
          why: "'The system' is a wall. The strong reply explains the rule in one breath and turns it into a choice tied to his deadline.",
        },
      ],
      activity: {
        title: "Find the need under the demand",
        instructions:
          "List three demands you've heard on real calls (for example 'I want a refund now'). For each, write the need that might sit underneath it and one open question that would find out. Then practise with Gareth and see how quickly you can discover the Saturday party.",
      },
      quizId: "brief-refund-demand-check",
      scenarioId: "refund-demand",
    },
    briefBereavement,
    briefCancellation,
    briefRepeatContact,
    {
      id: "brief-policy-exception",
      version: 1,
      title: "Briefing: \"just make an exception\"",
      summary: "A firm, principled customer wants a refund the annual plan doesn't allow.",
      objectives: [
        "Separate the customer's position (a refund) from her interests (not wasting money, a pool in York)",
        "Explain why a rule exists without hiding behind it",
        "Offer alternatives that fit the customer's real situation and let her choose in her own time",
      ],
      body: `## What is going on
Margaret Ellison, 68, paid £420 upfront in January for a year at Pennant Fitness. She is moving to York in six weeks to look after her sister, who has had a fall, and wants £280 back for the unused eight months. Her friend got money back from a leisure centre, so she expects the same.

Annual memberships are non-refundable after 14 days except for the member's own medical reasons. **You cannot give her what she's asking for.** The skill here is saying no to the request while saying yes to the person.

## Positions and interests
Her *position* is "£280 back". Her *interests* are: not paying for something she can't use, being treated as reasonable, and, you'll discover if you ask, swimming three mornings a week for her hip. She also has a grandson who wants to join a gym. Pennant has a club in York with a pool, and memberships can be transferred to another person once, free.

## What good handling looks like
- **Acknowledge the situation before the rule.** Her sister's fall is the real story.
- **Explain the rule in one honest sentence:** the annual plan is cheaper because it's a year's commitment, so unused months can't be refunded for a move.
- **Explain the difference from Jean's case** without dismissing Jean: a monthly contract can be stopped; an annual one is priced as a commitment.
- **Offer options that fit:** the York club, or a transfer to her grandson. A three-month freeze doesn't help someone moving for good.
- **Let her take time.** Inflexible customers dig in when pushed. Email the options and call back when she's decided.

## What to avoid
"It's policy" on repeat; hinting a manager will make an exception; "between us" promises of a pro-rata refund. All three turn a firm customer into a formal complaint.`,
      examples: [
        {
          situation: "Margaret's opening request for £280.",
          weak: "Annual memberships are non-refundable, it's company policy.",
          strong: "Thank you for letting us know, Mrs Ellison. Moving is a big upheaval. Before I look at the membership, can you tell me a bit about what's changing?",
          why: "The weak reply says no before she's been heard. The strong one gives her room to explain, which is where the York move and her swimming come out.",
        },
        {
          situation: "She says Jean got a refund from the leisure centre.",
          weak: "Well, that's a different company, so it doesn't apply.",
          strong: "Jean was probably on a monthly contract, which can be stopped at any time. The annual plan costs less because it's a year's commitment, which is why unused months can't be refunded for a move. What I can do is move your membership to our York club, which has a pool, at no cost.",
          why: "The weak reply dismisses her friend's experience. The strong one explains the difference, gives the reason for the rule and moves straight to something useful.",
        },
      ],
      activity: {
        title: "Positions and interests",
        instructions:
          "Take a policy your team regularly has to refuse. Write the usual customer position, three interests that might sit behind it, and one allowed option for each interest. Share with a colleague and pick the option you'd lead with.",
      },
      quizId: "brief-policy-exception-check",
      scenarioId: "policy-exception",
    },
    {
      id: "brief-abusive-caller",
      version: 1,
      title: "Briefing: the estimated bill",
      summary: "A customer under financial pressure opens with insults; you set a limit and still solve it.",
      objectives: [
        "Tell the difference between venting and sustained personal abuse",
        "Set a calm, respectful boundary that keeps the offer of help open",
        "Know when and how to end or escalate a call under policy, and look after yourself afterwards",
      ],
      body: `> **Content note:** this scenario includes swearing and personal insults. A reduced-intensity version uses toned-down wording; choose it in the simulator settings if you'd prefer.

## What is going on
Darren Cole is a self-employed plumber. His quarterly energy bill is £412, nearly double last winter's, and marked *estimated*. His smart meter stopped sending readings in June. He's been promised an engineer twice. The direct debit leaves **tomorrow**, in a month when two of his own customers haven't paid him.

His abuse comes from feeling powerless. It is not about you, even when it is aimed at you. It drops when someone takes calm control; it spikes when he feels handled by a script.

## Venting or abuse?
A swear word about the company in the first sentence is usually venting. Let it pass and get to work. Repeated insults aimed at *you* ("are you thick?", "useless waste of space") are abuse, and that is when you set a boundary.

## A respectful boundary has three parts
1. **I want to help:** "I want to get this bill right for you."
2. **The limit, calmly:** "I can't carry on if it gets personal."
3. **The way forward:** "If you can read me the meter, I can correct the bill now."

Keep it short and in your normal voice. Don't lecture, and don't threaten as your first move.

## Policy
You may take a reading now and reissue the bill within 48 hours, hold tomorrow's direct debit, book the earliest engineer slot (next Tuesday) and offer to spread any balance over six months. If abuse continues **after one clear, calm warning**, you may end the call and note the account. You may not write off the bill, promise an engineer sooner than the system offers, or promise compensation.

## Afterwards
Take the break you're entitled to. Tell your team leader. See the emotional intelligence lessons on recovering after a hard call.`,
      examples: [
        {
          situation: "Darren: 'Are you thick? I've told your lot twice the meter doesn't work.'",
          weak: "Don't speak to me like that, sir. If you continue I'll end the call.",
          strong: "I want to get this bill right for you, and I'm not able to do that if it gets personal, so let's keep it on the bill. Are you near the meter? If you read me the numbers, I can correct it now.",
          why: "The weak reply is a threat and gives him nothing. The strong one sets the same limit calmly and pairs it with a concrete reason to cooperate.",
        },
        {
          situation: "The abuse continues after your boundary.",
          weak: "Right, that's it, I'm hanging up.",
          strong: "I've asked you to leave out the personal remarks, and I'd still like to help. If it carries on I'll need to end the call, and a supervisor will ring you back about the bill. Shall we take the reading?",
          why: "Ending a call is allowed after one clear warning. The strong reply is the warning: calm, specific, with a way forward. The weak one skips the warning and the help.",
        },
        {
          situation: "He finally gives the reading.",
          weak: "Okay, I've updated it. Anything else?",
          strong: "Thanks, Darren. With that reading the bill comes down to about £236. I've held tomorrow's payment, the new bill will reach you within 48 hours, and the engineer is booked for next Tuesday morning. I'm texting you the reference now.",
          why: "Specifics give him back the control he was missing: the amount, the payment, the date, the reference.",
        },
      ],
      activity: {
        title: "Script your boundary",
        instructions:
          "Write your own three-part boundary (I want to help / the limit / the way forward) in words that sound like you. Practise saying it out loud at normal speed and volume until it feels natural. Then take the call, starting at reduced intensity if you prefer.",
      },
      quizId: "brief-abusive-caller-check",
      scenarioId: "abusive-caller",
    },
    briefPersistentAbuse,
  ],
};
