import { briefBereavementCheck } from "../lessons/brief-bereavement";
import { briefCancellationCheck } from "../lessons/brief-cancellation";
import { briefChatComplaintCheck } from "../lessons/brief-chat-complaint";
import { briefPersistentAbuseCheck } from "../lessons/brief-persistent-abuse";
import { briefRepeatContactCheck } from "../lessons/brief-repeat-contact";
import { question, quiz } from "./author";

/** Briefing checks of the role-play module: one bank per scenario, each attempt draws three. */
export const roleplayPracticeQuizzes = [
  quiz("brief-billing-error-check", 2, "Check: the bill that tripled", [
    question("first-move", "Sandra opens with 'I'm cancelling today'. What should your first sentence do?",
      ["Acknowledge the shock of the bill and the long wait, and say you'll sort it.", "The threat to leave is about the charge and the wait. Deal with those and it usually fades."],
      [
        ["Confirm she wants to cancel, then explain the exit process so she can decide.", "Taking the threat at face value skips the charge she rang about. She is threatening because she feels ignored, not because she wants to go."],
        ["Ask for her account number and postcode so you can bring the bill up.", "You will need them, but opening with security after a 22-minute wait says the process matters more than she does. Acknowledge first, then verify."],
      ], 1),
    question("refund-timing", "Her rent leaves on Friday and she wants the £59.98 back before then. What can you honestly say?",
      ["'It leaves us today and usually lands in three to five working days, so I can't promise Friday.'", "Honest timing lets her plan around rent day. Pair it with a call back on a day she picks, and say it now rather than let Friday surprise her."],
      [
        ["'I've flagged it as urgent, so it will be back in your bank account by tomorrow.'", "Nobody on the call can make the bank move faster. A date you cannot keep is a forbidden promise, and it fails on the day her rent goes out."],
        ["'Refunds can take a little while, but it'll be with you as soon as it possibly can.'", "Vague timing gives her nothing to plan with, and it sounds like every call she has had before."],
      ], 0),
    question("goodwill", "Which goodwill gesture is within this scenario's policy?",
      ["A £15 credit on next month's bill, offered once the fee is removed.", "Goodwill up to £15 is allowed. Offer it after the fix, not instead of it."],
      [
        ["Three months of broadband free of charge, to make up for the long wait.", "Free months are ruled out here; goodwill is a credit capped at £15."],
        ["A £50 credit on the next bill, given her six loyal years as a customer.", "Loyalty matters, but the cap is £15. Promising more is a critical failure in this scenario."],
      ], 2),
    question("evidence", "What do you need before you can remove the equipment fee?",
      ["Her Post Office receipt or tracking number for the returned router.", "That is all the policy asks for, and she has it on her fridge. Once she reads it out, you can remove the fee yourself."],
      [
        ["A photo of the old router's label so the warehouse can match the serial.", "She no longer has the router: it is sitting unscanned in the warehouse. The policy asks for proof of posting, not the device."],
        ["A manager's sign-off, since charges the system adds can't be changed on a call.", "No sign-off is needed. With the receipt or tracking number you can remove the fee on this call."],
      ], 1),
    question("refund-route", "Sandra pays by direct debit. Where does the refunded £59.98 go?",
      ["Back to the bank account her direct debit comes from.", "Refunds return the way the money was taken. Saying 'to your card' to someone who pays by direct debit sounds careless and confuses her."],
      [
        ["To the debit card she uses for shopping, as that is faster.", "We don't hold her card and didn't take the money that way. The refund goes back to the original payment method."],
        ["Onto her account as a credit against next month's bill.", "She needs the money before rent day, and the policy refunds to the original payment method. A credit would leave her short now."],
      ], 0),
  ]),
  quiz("brief-misled-features-check", 2, "Check: \"it said it works offline\"", [
    question("plain-words", "Which explanation will Priya understand first time?",
      ["'The app keeps an album on your phone only if you switch that album to Keep on this device while you have signal.'", "Everyday words, the exact setting name, and when to do it. She can act on it tonight."],
      [
        ["'Assets have to be cached locally before the session goes offline, otherwise nothing is stored.'", "Cached, assets, session: three words she has never needed. Jargon makes a confused customer feel stupid."],
        ["'It's covered in the terms and conditions, in the section about offline access.'", "It answers a question she didn't ask and suggests the problem is her reading."],
      ], 2),
    question("sales-chat", "She says the sales chat told her everything works offline. What's the professional response?",
      ["'I can see why that answer led you to expect it. I'll log it so it gets corrected.'", "It validates her without blaming anyone, and shows that something will change."],
      [
        ["'That chat gets things wrong all the time, so I honestly wouldn't rely on anything it says.'", "Running down colleagues or tools damages trust in the whole company, and this scenario forbids saying the chat lied."],
        ["'Could you check exactly what it said? It may have meant albums you'd already saved.'", "Questioning her account is arguing. The transcript is on her account anyway."],
      ], 0),
    question("refund-rights", "She bought the plan nine days ago and asks about her money. What's true?",
      ["She can have a full refund, or keep the plan and try the setting first.", "Correct: she is inside the 14 days. Offering both lets her choose without pressure."],
      [
        ["Annual plans can't be refunded, but she could switch to monthly billing next year.", "Wrong: inside 14 days she has a full refund right. Guessing at policy under pressure creates complaints."],
        ["She can have an extra year free instead, which is worth more than a refund.", "Free years aren't an approved remedy here; the remedies are the explanation, a plan change or the refund."],
      ], 1),
    question("step-by-step", "Priya wants to try the setting while you're on the phone. How do you guide her?",
      ["One step at a time, waiting for her to tell you what she sees before the next.", "Checking at each step stops her getting lost, and she finishes the call able to do it again alone."],
      [
        ["Read out every step quickly, then email the guide so she has it all written down.", "Too fast to follow on a phone. The emailed guide is a good extra, but as well as walking her through, not instead."],
        ["Ask her to restart the phone first, since that clears most problems with the app.", "A restart won't change the album setting, and it hints that her phone is the problem."],
      ], 2),
    question("feature-promise", "She asks whether automatic offline saving will be added soon. What can you say?",
      ["That you can't promise features or dates, but you'll pass her request on.", "Honest, and her request still goes somewhere. Then show her what works today."],
      [
        ["That it's planned for the next update, so she'd only need to wait a few weeks.", "Promising a feature or a release date is forbidden here; if it slips, she has lost her refund window waiting."],
        ["That she should keep the plan, as the team usually adds features people ask for.", "It hints at a promise and nudges her to give up a refund right she is still entitled to."],
      ], 0),
  ]),
  quiz("brief-refund-demand-check", 2, "Check: refund. Now.", [
    question("opening-rule", "Gareth is 33 days into a 30-day no-questions return window. When should that rule come up?",
      ["Only if it matters, and next to what you can do, since a fault has other remedies.", "The window limits no-questions returns, not faults. Lead with the remedy."],
      [
        ["At the start, so he knows where he stands before you talk about options.", "Leading with the rule he fears turns the call into a fight before you've offered anything."],
        ["Never; refund him straight away today so the complaint doesn't grow.", "Refunds follow collection. Promising one today is a critical failure in this scenario."],
      ], 0),
    question("what-matters", "Which fact changes the best offer for Gareth?",
      ["His wife's birthday party is this Saturday.", "With a deadline, a next-day replacement is worth more to him than a refund in five working days. You only learn this by asking."],
      [
        ["The machine he bought is a bean-to-cup model.", "The model doesn't change what he needs; the timing does."],
        ["He hasn't yet tried descaling it.", "It leaks from the tank base, which descaling won't fix, and asking first sounds like doubt."],
      ], 2),
    question("emails", "He was ignored twice by email. How should you handle that?",
      ["Apologise plainly, give him a reference and an update time, and offer the £20 voucher.", "It names what went wrong and makes sure it can't happen again on this case."],
      [
        ["Explain that the email team is short-staffed this month, so replies are late.", "An excuse that points at another team. He hears 'not my problem'."],
        ["Leave it aside and keep the call on the machine, since that's what actually needs fixing.", "The silence is what made him angry. Skipping it leaves the hurt in place."],
      ], 1),
    question("fastest", "Which remedy best fits his Saturday deadline?",
      ["A replacement by next-day courier, collecting the leaking machine on delivery.", "Ordered before 4 p.m., it arrives well before the party, and he doesn't have to go anywhere."],
      [
        ["A free repair by the manufacturer, collected and returned within ten working days.", "A real option to mention, but it can't beat Saturday. Put it alongside the replacement, not ahead of it."],
        ["A refund today, so he can buy a new machine from a shop this afternoon.", "Forbidden: refunds are issued after the courier collects the machine, within five working days."],
      ], 1),
    question("refund-when", "If he chooses a refund, when is it issued?",
      ["Within five working days of the courier collecting the machine.", "Say that plainly, with the collection date, so he can see when the money will move."],
      [
        ["Straight away, because the machine is faulty and still under guarantee.", "The fault gives him the right to a refund, but it is issued after collection, not before."],
        ["Once the manufacturer has inspected it and confirmed the fault.", "The policy asks for no inspection. Inventing a step adds a delay that isn't real."],
      ], 2),
  ]),
  quiz("brief-policy-exception-check", 2, "Check: \"just make an exception\"", [
    question("order", "In what order should you handle Margaret's request?",
      ["Acknowledge her situation, explain why the plan works as it does, then offer options.", "Empathy makes the explanation hearable; the explanation makes the options feel genuine rather than a fob-off."],
      [
        ["Say clearly that a refund isn't possible, then explain why, then offer her some options.", "Refusing first makes her defend her position before she's heard any reason."],
        ["Go straight to the transfer and freeze options so she can choose quickly and get on with her move.", "Options without acknowledgement sound scripted, and she'll keep asking for the refund."],
      ], 2),
    question("why-rule", "Which is a plain explanation of the rule?",
      ["'The annual plan costs less than paying monthly because it's a year's commitment, so a move isn't refunded.'", "It gives the reason in one breath and doesn't hide behind 'policy'."],
      [
        ["'I'm afraid it's company policy, and the system won't let me refund unused months.'", "A policy wall. It tells her a rule exists, not why."],
        ["'Clause 7.2 of our terms covers commitment products, which are non-refundable once fourteen days have passed.'", "Accurate, but a clause number and jargon explain nothing she can weigh up."],
      ], 0),
    question("promise", "She asks you to get a manager to make an exception. What can you say?",
      ["'I can ask a manager to call you. I can't promise a different answer, but they'll look at it.'", "Honest escalation: she gets what she asked for without false hope."],
      [
        ["'Let me fetch a manager; I'm sure they'll make an exception given your sister's fall.'", "A forbidden promise. The manager can't refund a move either, so her hopes are raised and dashed."],
        ["'A manager would only tell you the same thing, so there's no point asking.'", "A wall, and untrue: she is entitled to escalate."],
      ], 1),
    question("fits-york", "Which option best fits what Margaret has told you?",
      ["Transfer her membership to the York club, which has a pool, at no cost.", "She is moving for good and mostly swims, so the York club keeps everything she values."],
      [
        ["Freeze the membership for three months while she settles in with her sister.", "A freeze suits a short break. She is moving for good, so it only delays the same problem."],
        ["Refund half the unused months as a gesture, since her reason is so genuine.", "Forbidden: moving isn't a refundable reason, however sympathetic, and a part refund is still a refund."],
      ], 2),
    question("medical", "She asks whether anyone ever gets money back. What's the honest answer?",
      ["Yes, for a member's own medical condition with a doctor's letter; a move doesn't qualify.", "Accurate and open. Hiding the real exception would be misleading; inventing a wider one would be a forbidden promise."],
      [
        ["No, never; annual plans can't be refunded for any reason after fourteen days.", "Untrue: there is a medical exception. Customers who later find it feel lied to."],
        ["Yes, for family emergencies such as moving to care for a relative, with some evidence of it.", "That rule doesn't exist. Stating it is a forbidden promise she will hold you to."],
      ], 0),
  ]),
  quiz("brief-abusive-caller-check", 2, "Check: the estimated bill", [
    question("boundary", "Which is a respectful boundary?",
      ["'I want to get this bill right. I can't carry on if it gets personal, so let's keep to the bill.'", "Calm, short, names the limit and offers the next step in the same breath."],
      [
        ["'If you speak to me like that again, I'll end this call and put a note on your account.'", "A threat as the first move. It escalates rather than contains."],
        ["'Please calm down, sir, and then I'll be able to take a look at the bill for you.'", "It orders his feelings, which almost always makes things worse."],
      ], 1),
    question("when-to-end", "When may you end the call under this policy?",
      ["After one clear, calm warning, if the abuse carries on.", "You protect yourself and he has had a fair chance. Note the account so a supervisor can follow up."],
      [
        ["The first time he swears, whatever it's aimed at.", "One outburst at the start is often just steam, and it is aimed at the bill. Try to help first."],
        ["Only once a supervisor has listened in and agreed to it.", "The policy lets you end the call yourself after a warning. You note the account and tell your team leader afterwards."],
      ], 2),
    question("write-off", "He says 'just write the bill off'. What do you offer?",
      ["Take his reading now, hold tomorrow's payment and reissue the bill within 48 hours.", "Fixes the real problem and the timing that is driving his anger."],
      [
        ["Agree to write the bill off, since the meter fault was the company's mistake.", "Forbidden: the bill must be worked out from a real reading, and a write-off that is reversed later creates a worse call."],
        ["Explain that estimated bills are normal and tend to balance out over a year.", "Defending the bill invites more abuse and does nothing about tomorrow's payment."],
      ], 0),
    question("first-fix", "What will ease Darren's anger fastest, given what's driving it?",
      ["Putting tomorrow's direct debit on hold until the corrected bill is issued.", "The payment date is what frightens him. Taking it off the table first makes everything else easier to hear."],
      [
        ["Booking an engineer for tomorrow so the smart meter can be fixed really quickly.", "Forbidden: you can only offer the earliest slot the system shows, and a third broken engineer promise would be worse than none."],
        ["Offering £100 for the two engineer visits that were promised and never came.", "Only the complaints team can award compensation, so naming an amount is a forbidden promise."],
      ], 1),
    question("engineer", "He was promised an engineer twice before. What do you give him this time?",
      ["A booked slot with its date and a reference number he can quote.", "Something he can check and hold you to. That is different from the two promises before it."],
      [
        ["Your word that you'll personally chase the engineer team today.", "Another promise without a date is exactly what has let him down twice."],
        ["The engineer team's direct number so he can book a visit himself.", "It hands the work back to him when what calms him is someone taking control."],
      ], 0),
  ]),
  briefChatComplaintCheck,
  briefBereavementCheck,
  briefCancellationCheck,
  briefRepeatContactCheck,
  briefPersistentAbuseCheck,
];
