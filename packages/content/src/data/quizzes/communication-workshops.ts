import { cwPositiveLanguageCheck } from "../lessons/cw-positive-language";
import { cwReinforcingValueCheck } from "../lessons/cw-reinforcing-value";
import { cwFollowUpFeedbackCheck } from "../lessons/cw-follow-up-feedback";
import { cwVulnerableCustomersCheck } from "../lessons/cw-vulnerable-customers";
import { cwThreatsCheck } from "../lessons/cw-threats-and-harassment";
import { cwWrittenChannelsCheck } from "../lessons/cw-written-channels";
import { cwDocumentationCheck } from "../lessons/cw-documentation";
import { question, quiz } from "./author";

export const communicationWorkshopQuizzes = [
  quiz("cw-active-listening-check", 2, "Check: active listening", [
    question("reflect", "Which reply is a good reflection?",
      ["'So the engineer didn't come, you lost a day's pay, and nobody rang. Have I got that right?'", "It paraphrases the facts and the impact, then checks. The customer can correct you or feel heard."],
      [
        ["'You said the engineer didn't come on the day that you had booked.'", "Repeating one fact back can sound mechanical, and it misses what mattered to them."],
        ["'So basically the appointment time wasn't checked before the day itself?'", "That slips in blame, which isn't reflecting."],
      ], 1),
    question("interrupt", "When should you interrupt a customer who is venting?",
      ["Rarely, and briefly, to stop a long loop, then hand the floor back.", "Letting them finish usually shortens the call; their story often holds the facts you need."],
      [
        ["Whenever you already know the answer they're working towards.", "They don't know that you know. Interrupting tells them you're not listening."],
        ["Never, under any circumstances, however long they go on for.", "A gentle interruption occasionally helps, for example to break a loop. It's about how, not never."],
      ], 2),
    question("signals", "On a phone call, how do you show you're listening while the customer talks?",
      ["Short sounds like 'mm' or 'right' at natural pauses.", "Silence on the phone can feel like nobody's there. Short signals show you're with them."],
      [
        ["Typing loudly so they can hear you're working.", "It sounds like you're doing something else."],
        ["Staying completely silent until they have finished speaking.", "Long silence makes people ask 'Are you still there?'"],
      ], 0),
    question("notes", "Why jot down key words while a customer vents?",
      ["So you can reflect their points back without asking them to repeat.", "Repeating themselves is one of the things customers hate most; notes spare them."],
      [
        ["So you have evidence ready in case they complain about the call later on.", "Notes for the record are a different job. Here they serve your listening."],
        ["So you can start typing the fix before they've even finished talking.", "Jumping ahead means you miss details, and they can hear that you've moved on."],
      ], 2),
    question("why-behind", "What does listening for the 'why' behind a complaint help you find?",
      ["The deadline or worry that decides which fix will really help.", "Two customers with the same fault may need different fixes because of what's riding on it."],
      [
        ["The name of the colleague who made the original mistake.", "Looking for someone to blame doesn't change what this customer needs."],
        ["The exact policy clause you'll need to quote back to them later.", "Quoting clauses is a policy wall; the 'why' is about them, not the rules."],
      ], 0),
  ]),
  quiz("cw-open-questions-check", 2, "Check: open questions", [
    question("which-open", "Which is an open question?",
      ["'What happened when you tried to log in?'", "It invites a description, which gives you details you wouldn't think to ask about."],
      [
        ["'Did you try logging in again after that?'", "Yes or no. Useful to confirm a fact, not to explore."],
        ["'You've reset your password already, haven't you?'", "A leading question that suggests the answer and can feel like an accusation."],
      ], 2),
    question("when-closed", "When is a closed question the right choice?",
      ["To confirm a detail once you understand the problem.", "'Is it the card ending 4471?' is quick and exact. Closed questions confirm; open ones explore."],
      [
        ["At the very start, to keep the call short and focused.", "Starting closed narrows the conversation before you know what it's about."],
        ["Never, because open questions always get better answers.", "Closed questions have their place. The mistake is relying on them too early."],
      ], 0),
    question("interrogation", "A customer says 'Why all the questions?' What went wrong?",
      ["Several questions in a row, with no reason given and nothing acknowledged.", "Say why you're asking and reflect back between questions, so it feels like a conversation."],
      [
        ["You asked open questions when closed ones would have been quicker.", "Open questions aren't the problem; a string of questions without acknowledgement is."],
        ["Nothing; some customers just don't like being asked things.", "Usually there's something you can change."],
      ], 1),
    question("funnel", "What order of questions usually works best?",
      ["Open ones to explore, then closed ones to confirm the details.", "You learn the shape of the problem first, then pin down the facts you need to act."],
      [
        ["Closed ones to confirm the details first, then open ones to explore.", "Confirming details before you know the problem often means confirming the wrong ones."],
        ["Open and closed in strict turn, so that the customer stays engaged.", "The order should follow what you need to know, not a pattern."],
      ], 1),
    question("one-word", "A customer gives a one-word answer. What's a good follow-up?",
      ["'Could you tell me a bit more about what you saw?'", "A gentle open question invites detail without pressure."],
      [
        ["'So that's a yes, then, and we can move on?'", "It closes the topic just as it might have opened up."],
        ["'Why didn't you mention that right at the start of the call?'", "It sounds like a reproach, and they'll say even less."],
      ], 2),
  ]),
  quiz("cw-plain-language-check", 2, "Check: clear language", [
    question("jargon", "Which sentence is free of jargon?",
      ["'Your payment didn't go through, so we'll try again on the 5th.'", "Everyday words and a date."],
      [
        ["'Your DD bounced, so it'll re-present in the next billing cycle.'", "DD, bounced, re-present, cycle: all internal shorthand."],
        ["'There was an auth failure on the mandate this month, I'm afraid.'", "Technical terms the customer can't act on."],
      ], 0),
    question("chunks", "You need to give four steps. What helps most?",
      ["Say how many steps there are, give them one at a time, and check.", "Signposting and checking stop the customer getting lost halfway."],
      [
        ["Read all four quickly so the call doesn't run on too long.", "Fast lists get forgotten, and the customer calls back."],
        ["Email the steps and end the call so they can read them later.", "A written copy is good, but as well as talking it through, not instead."],
      ], 1),
    question("check-understanding", "What's the best way to check understanding?",
      ["'So I know I've explained it well, what will you do when the email comes?'", "It checks your explanation rather than their intelligence, and confirms they can act on it."],
      [
        ["'Do you understand everything that I've just told you?'", "Most people say yes to avoid looking slow."],
        ["'It's all quite simple really, isn't it, once you've seen it written down?'", "Patronising, and it makes people reluctant to admit confusion."],
      ], 2),
    question("must-use-term", "You have to use a technical term. What helps?",
      ["Say it once, explain it in everyday words, then use the plain version.", "They learn the word in case they meet it again, and the rest of the call stays clear."],
      [
        ["Use it several times so the customer gets used to hearing it.", "Repetition without explanation just repeats the confusion."],
        ["Spell it out letter by letter so that they can look it up online afterwards.", "It passes the job of understanding back to them."],
      ], 0),
    question("reference-number", "How do you give a reference number so it's easy to write down?",
      ["Warn them first, say it in small groups, and ask them to read it back.", "Small groups are easier to hold, and reading back catches mistakes before they matter."],
      [
        ["Say it all in one go at a normal pace so that it doesn't take too long.", "A long string said at speed is almost always taken down wrong."],
        ["Skip it on the call and tell them it will be in the email.", "The email is a useful backup, but they may need the number before it arrives."],
      ], 2),
  ]),
  quiz("cw-tone-pace-check", 2, "Check: tone and pace", [
    question("smile", "Why do trainers say 'smile when you answer'?",
      ["A smile changes how your voice sounds, and listeners hear the warmth.", "Voice is the only non-verbal channel on a phone call."],
      [
        ["It keeps you positive, even though callers can't tell the difference.", "They can: listeners reliably tell a smiled sentence from a flat one."],
        ["It's a habit from face-to-face service with no real effect on calls.", "It carries over well, because the smile changes the sound."],
      ], 1),
    question("pace", "An anxious elderly customer is struggling to follow. What do you change first?",
      ["Slow down and leave short pauses between ideas.", "Pace is usually the first fix; pauses give them time to take each piece in."],
      [
        ["Speak louder so that every word carries clearly.", "Volume isn't the issue unless they tell you it is, and loud can sound impatient."],
        ["Use only short words, at your usual speed.", "Helpful, but fast short words are still hard to follow."],
      ], 0),
    question("emphasis", "Where should emphasis go in 'I will call you on Thursday'?",
      ["On 'I' and 'Thursday': who owns it, and when.", "Stress tells the listener what matters. Here that's the ownership and the date."],
      [
        ["On 'call', to show clearly what the action will be.", "It makes the sentence sound odd and hides the commitment."],
        ["Nowhere; keep every single word at the same level.", "Flat delivery makes promises sound rehearsed."],
      ], 2),
    question("monotone", "What does a flat, monotone voice usually tell a caller?",
      ["That you're bored or reading a script, even if you care.", "The caller hears the tone before the words, so warmth has to be audible."],
      [
        ["That you're calm and fully in control of the situation.", "Calm is steady but still warm. Flat sounds like you've switched off."],
        ["That you're concentrating hard on their account details.", "They can't see your screen; all they have is how you sound."],
      ], 1),
    question("rising", "Why avoid ending firm statements on a rising tone?",
      ["It makes firm information sound like a question or a guess.", "'Your refund is on its way?' invites doubt. Let the pitch fall on facts."],
      [
        ["It makes you sound too confident for an upset customer.", "It does the opposite: a rise sounds unsure."],
        ["Callers find a rising tone harder to hear on a headset.", "It's heard perfectly well; the problem is what it suggests."],
      ], 0),
  ]),
  quiz("cw-apologising-check", 2, "Check: apologising well", [
    question("real", "Which is a real apology?",
      ["'I'm sorry we sent the wrong size. That was our mistake.'", "It names what went wrong and owns it."],
      [
        ["'I'm sorry you feel that way about the size of the item we sent.'", "It apologises for their feelings, which sounds like blame."],
        ["'Sorry for any inconvenience this may have caused you today.'", "So vague it sounds automatic."],
      ], 2),
    question("fault", "Can you apologise when it isn't the company's fault?",
      ["Yes, for their experience: 'I'm sorry this has taken your day.'", "Regret for what they've been through is honest whoever is at fault, and it doesn't admit liability."],
      [
        ["No, because any apology admits that the company is legally liable.", "Apologising for someone's experience isn't an admission of fault."],
        ["Only once a manager has approved it for that customer.", "No approval is needed to be sorry someone has had a bad day."],
      ], 1),
    question("too-many", "What's wrong with apologising six times in one call?",
      ["Without action, repeated apologies sound empty; they want to hear what's next.", "Apology opens the door; action walks through it."],
      [
        ["Nothing: each extra apology makes the customer feel more valued.", "It dilutes each one and can sound nervous."],
        ["It adds to handling time, which pulls down your figures.", "Perhaps, but the bigger issue is that it stops meaning anything."],
      ], 0),
    question("when-apologise", "Where does an apology work best in a call?",
      ["Early, once you've heard what went wrong, and before the fix.", "It clears the way for the customer to hear the solution."],
      [
        ["At the very end, once the problem has been fully fixed.", "By then they've spent the whole call feeling unheard."],
        ["Only if the customer asks you directly for an apology.", "Waiting to be asked makes any apology sound forced."],
      ], 2),
    question("owns-it", "Which apology owns the mistake?",
      ["'I'm sorry; we should have rung you when the order was delayed.'", "It says what should have happened and that we didn't do it."],
      [
        ["'Unfortunately, mistakes like this can happen with busy orders.'", "It explains the mistake away rather than owning it."],
        ["'I apologise, but the courier is a separate company from us.'", "The 'but' hands the blame on, and the customer hears an excuse."],
      ], 1),
  ]),
  quiz("cw-solutions-check", 2, "Check: offering solutions and choices", [
    question("choice", "Why offer two options rather than one?",
      ["A choice gives back some control, so the outcome feels like theirs.", "People accept outcomes they chose more readily than ones handed to them."],
      [
        ["It makes the call a little longer, which feels more thorough to them.", "It usually shortens the call, and length isn't the aim."],
        ["It means you don't have to make any decision yourself.", "You still recommend where it helps; the choice is theirs."],
      ], 0),
    question("how-many", "How many options should you offer on the phone?",
      ["Two or three, each with what it means and when it happens.", "More than three is hard to hold in your head without seeing it."],
      [
        ["Every option that exists, so they know all of their rights.", "A long list overwhelms; customers pick the last one they heard, or none."],
        ["Exactly one, so the customer isn't confused by the choice.", "One option is a decision made for them."],
      ], 2),
    question("no-option", "The customer wants something you can't do. What comes first?",
      ["Say plainly what you can't do and why, then what you can.", "Honesty first, then a real alternative, is more trustworthy than burying the no."],
      [
        ["Offer something else without mentioning what they asked for.", "They'll keep asking for what they wanted."],
        ["Say you'll see what you can do, and find out after the call.", "A vague hope that later becomes a no makes things worse."],
      ], 1),
    question("recommend", "The customer asks 'What would you do?' How do you answer?",
      ["Give an honest recommendation based on what they told you matters.", "They asked for help deciding; tying it to their own priorities keeps the choice theirs."],
      [
        ["Say you aren't allowed to give an opinion on the options.", "Usually untrue, and it leaves them alone with the decision."],
        ["Pick whichever option takes the least time to process.", "That serves your queue, not their situation."],
      ], 0),
    question("after-choice", "After the customer chooses, what should you do?",
      ["Repeat what happens next, who does it and by when.", "A clear summary prevents the 'but I thought' call next week."],
      [
        ["Thank them and end the call quickly, since it's agreed.", "Without a summary, small misunderstandings turn into repeat calls."],
        ["Remind them of the options they turned down, just in case.", "It reopens a decision they've just made and can sound like you disagree."],
      ], 2),
  ]),
  quiz("cw-boundaries-check", 2, "Check: respectful boundaries", [
    question("parts", "A respectful boundary contains…",
      ["an offer of help, the limit said calmly, and a way forward.", "The help and the way forward stop the limit sounding like a punishment."],
      [
        ["a clear warning and the consequence if it happens again on the call.", "That's a threat without any help in it."],
        ["a polite request that the customer calms themselves down first.", "That tells them how to feel, which usually backfires."],
      ], 1),
    question("when", "When should you set a boundary?",
      ["When remarks turn personal or swearing is aimed at you.", "Venting about a situation is different from abuse aimed at you."],
      [
        ["As soon as the customer raises their voice at you at all.", "Too early. Raised voices are often just distress."],
        ["Only after ten minutes or more of sustained abuse.", "Far too late; you don't need to absorb that."],
      ], 0),
    question("repeat", "You've set one boundary and the abuse continues. What now?",
      ["One clear warning that you'll end the call, still offering help; then act on it.", "Consistency protects you and is fair to the customer."],
      [
        ["Keep restating the same boundary for as long as it takes.", "Repeated boundaries with no consequence stop meaning anything."],
        ["End the call straight away without saying anything more.", "The warning gives them a fair chance and protects you if the call is reviewed."],
      ], 2),
    question("how-it-sounds", "How should a boundary sound?",
      ["Calm and matter-of-fact, at your normal volume.", "It sounds like information, not a reaction, so there's nothing to push back against."],
      [
        ["Stern and a little louder, so they know you mean it.", "Raising your voice turns the boundary into a contest."],
        ["Apologetic, so that it doesn't upset them any further.", "An apologetic limit sounds negotiable, and it gets tested."],
      ], 1),
    question("after-ending", "You have ended an abusive call after a warning. What next?",
      ["Note the account and tell your team leader what happened.", "The record lets a supervisor follow up, and your team leader can support you."],
      [
        ["Ring the customer back later to apologise for ending it.", "Ending the call after a fair warning was the right thing; a supervisor decides any follow-up."],
        ["Take the next call straight away and try to forget it.", "Without a note, the next agent walks in blind, and you carry the stress alone."],
      ], 0),
  ]),
  quiz("cw-escalation-check", 2, "Check: escalation and warm transfer", [
    question("warm", "What makes a transfer 'warm'?",
      ["You brief the colleague first, then introduce the customer to them.", "The customer hears continuity instead of starting again."],
      [
        ["You wish the customer a good day before putting them through.", "Polite, but the customer still starts from zero."],
        ["You stay on the line with the customer until someone in the team answers.", "Kinder than a cold transfer, but without a briefing they still repeat everything."],
      ], 2),
    question("when-escalate", "When is escalation the right move?",
      ["When someone else can genuinely do more for the customer.", "Authority, expertise or a fresh start after abuse: escalation is for the customer's benefit, not a way out of a hard call."],
      [
        ["Whenever a customer sounds angry or starts to raise their voice.", "Many angry calls you can resolve yourself; escalating adds a wait."],
        ["Never, because it shows the team that you couldn't handle the call.", "Knowing when to bring in help is a skill."],
      ], 1),
    question("promise", "What should you say about what the supervisor will do?",
      ["What they can look at, without promising any outcome.", "Promising a result you don't control sets up a second let-down."],
      [
        ["That they'll definitely approve what the customer wants.", "You don't know that; it's a forbidden kind of promise."],
        ["Nothing at all, so that you don't set any expectations.", "Customers are calmer when they know why they're being transferred."],
      ], 0),
    question("summary", "What belongs in a warm-transfer summary?",
      ["Who the customer is, what's happened, what's been tried and what they want.", "Enough for the colleague to pick up where you left off, with nothing for the customer to repeat."],
      [
        ["A word-for-word account of everything the customer has said so far.", "Too long to be useful; the colleague needs the shape, not a transcript."],
        ["Your own view of the customer's attitude and tone during the call.", "Opinions colour how the colleague hears them. Stick to facts and needs."],
      ], 2),
    question("asks-for-manager", "A calm customer asks for a manager straight away. What first?",
      ["Ask what they hope the manager can do, and see if you can do it.", "Often you can, which saves them a wait. If not, you can brief the manager properly."],
      [
        ["Transfer them immediately without asking anything else.", "They may wait for a manager to do something you could have done in a minute."],
        ["Tell them managers only speak to customers once a formal complaint is open.", "Usually untrue, and it puts a wall where they asked for a door."],
      ], 1),
  ]),
  quiz("cw-follow-up-check", 2, "Check: following up", [
    question("timing", "When should a follow-up usually happen after a fix?",
      ["Within one or two working days, when the fix should be showing.", "Soon enough to catch problems, late enough to know whether it worked."],
      [
        ["Straight after the call ends, to confirm that everything is in hand.", "Too soon to know whether anything changed."],
        ["About a month later, once everything has fully settled.", "By then the customer has either forgotten or rung back angry."],
      ], 0),
    question("personal", "What makes a follow-up feel personal?",
      ["Mentioning what was wrong, what you did and what they should see now.", "Details show their case was remembered, not just processed."],
      [
        ["Opening with 'Dear valued customer' and signing off with your full name.", "The greeting is the opposite of personal, whatever the signature says."],
        ["Adding a link to a satisfaction survey at the very end of the message.", "Useful data, but not a follow-up."],
      ], 2),
    question("kept", "You promised a Thursday call but you're off sick. What should happen?",
      ["A colleague makes the call, or the customer hears of the change beforehand.", "The promise belongs to the company, not just you. Note commitments where the team can see them."],
      [
        ["You make the call on Monday when you're back, and explain why.", "The customer experiences it as another broken promise."],
        ["Nothing; they'll be in touch if there's still a problem.", "That's exactly what a follow-up exists to prevent."],
      ], 1),
    question("before-deadline", "A customer's refund right runs out on Sunday. When do you book the follow-up?",
      ["Before Sunday, so they can still use the right if the fix hasn't worked.", "A follow-up after the deadline can only bring bad news they can no longer act on."],
      [
        ["On Monday, at the start of the new working week.", "By Monday the right has gone, so the check comes too late to matter."],
        ["Whenever the team's diary next has a free slot.", "The customer's deadline, not the diary, should set the date."],
      ], 0),
    question("it-worked", "You follow up and the fix has worked. What do you do?",
      ["Confirm it, ask how the experience was for them, and close the case.", "Asking for their view shows you care about more than the ticket, and it tells you what to keep doing."],
      [
        ["Keep it brief and end the call before anything else comes up.", "Rushing off suggests the call was a box to tick."],
        ["Offer a goodwill credit, since they had a problem in the first place.", "Goodwill has its place, but it isn't owed on every follow-up, and it may not be yours to give."],
      ], 2),
  ]),
  cwPositiveLanguageCheck,
  cwReinforcingValueCheck,
  cwFollowUpFeedbackCheck,
  cwVulnerableCustomersCheck,
  cwThreatsCheck,
  cwWrittenChannelsCheck,
  cwDocumentationCheck,
];
