import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const briefCancellation: LessonInput = {
  id: "brief-cancellation",
  version: 1,
  title: "Briefing: \"just give me my PAC code\"",
  summary: "An out-of-contract customer wants to leave. Respect that, find the reason underneath, and offer a fair way to stay without pressure.",
  objectives: [
    "Honour a customer's right to leave, verifying them before releasing a code",
    "Ask one open question to find the real reason for leaving",
    "Reinforce the value of staying with offers that fix that reason, within policy",
  ],
  body: `## What is going on
Tom Ashby is a night-shift nurse who has been with Kestrel Mobile for five years. His handset was paid off four months ago, yet he still pays £38 a month. Another network offers 40GB for £18. He rings braced for a hard sell and asks for his PAC code before you can say hello.

Underneath the price is a problem nobody has fixed: calls drop in his flat, and last week he missed the ward ringing about a shift.

## Retention is not resistance
He is out of contract: he can leave, with no exit fee, and keep his number. Say so. A customer who feels trapped leaves angry; one who feels respected often listens.

## What good handling looks like
1. **Yes first.** "You can have it." Verify him (date of birth and postcode, or the last digits of his bank account) before releasing a code that moves his number.
2. **One open question.** "May I ask what's made you decide to go?"
3. **Reflect the real reason.** "So it's the dropped calls as much as the price."
4. **Offer value that fits.** Wifi calling fixes the calls at home; the £20 SIM-only plan has the same 40GB with no minimum term; up to £10 credit for the overpaid months.
5. **Let him choose.** Send the code either way.

## What to avoid
"You're a valued customer" scripts, invented exit fees, passing him to a retentions team, free months and free handsets.`,
  examples: [
    {
      situation: "Tom: 'I want to leave, so I just need my PAC code. I'm not interested in offers.'",
      weak: "Before I do that, let me tell you about some of our current offers.",
      strong: "No problem, you can have it. I just need your date of birth and postcode first. While I check, may I ask what's made you decide to go?",
      why: "The weak reply ignores his request. The strong one agrees, verifies properly and asks one question he is free to answer.",
    },
    {
      situation: "He says calls drop in his flat and he missed the ward ringing.",
      weak: "Our network covers 99% of the population, so it might just be your phone.",
      strong: "So it's the dropped calls as much as the price. Your broadband's fine, so wifi calling would stop that; I'll switch it on and walk you through it. And the SIM-only plan is £20 for the same 40GB. Want either? Your code's on its way regardless.",
      why: "The weak reply argues with his experience. The strong one reflects the real reason and offers value that answers it, without pressure.",
    },
  ],
  activity: {
    title: "Write the offer that fits",
    instructions:
      "Write down three reasons a customer might give for leaving, and for each, the one offer (within this policy) that would actually answer it. Then take the call and see whether you found Tom's real reason before offering anything.",
  },
  quizId: "brief-cancellation-check",
  scenarioId: "cancellation",
};

export const briefCancellationCheck = quiz("brief-cancellation-check", 1, "Check: \"just give me my PAC code\"", [
  question("right-to-leave", "Tom is out of contract and asks for his PAC code. What is true?",
    ["He can leave with no exit fee and keep his number.", "Say so plainly. Honesty about his rights is what earns you the right to one question."],
    [
      ["He must speak to the retentions team before a code can be sent.", "Any agent can send a PAC code; routing him to another sales call is what he dreads."],
      ["He will pay a fee for leaving, as he is giving less than a month's notice.", "Untrue here, and a scare tactic that destroys trust."],
    ], 0),
  question("verify", "When do you verify Tom's identity?",
    ["Before releasing the code, since it moves his number to another network.", "A PAC code is account access. Check date of birth and postcode or bank digits first."],
    [
      ["Only if he decides to stay, since leaving needs no further identity checks.", "Releasing a code to an unverified caller risks his number being stolen."],
      ["At the very end of the call, once everything else has been agreed.", "Too late: the code may already be on its way to the wrong person."],
    ], 2),
  question("value", "He mentions the calls that drop in his flat. Which offer reinforces the value of staying?",
    ["Wifi calling switched on and set up with him, so calls stop dropping at home.", "It answers the reason he gave, not the one you assumed."],
    [
      ["A free new handset if he signs a fresh 24-month contract today.", "Free handsets are outside policy, and a new phone does not fix the signal."],
      ["Three months free, as long as he agrees to stay for another year.", "Free months are forbidden and do nothing for the dropped calls."],
    ], 1),
  question("overpaid", "He has paid £38 a month since his phone was paid off. What can you offer?",
    ["The £20 SIM-only plan from his next bill and up to £10 credit.", "Both are within policy and honest about what he has been paying."],
    [
      ["A refund of everything he overpaid since the summer, about £70.", "The credit is capped at £10; promising more is a forbidden promise."],
      ["Nothing, because keeping an eye on his tariff was his responsibility.", "Blaming him ends the conversation and ignores an offer you can make."],
    ], 0),
  question("pressure", "Tom says he is not interested in offers. What is the fair way to mention one?",
    ["Send the code first, then offer one option that fixes his reason.", "With the code already on its way, an offer is information, not pressure."],
    [
      ["Hold the code back until he has heard all of the current offers.", "Withholding what he asked for is the hard sell he braced for."],
      ["Don't mention any offer at all, even the one that fixes his signal.", "Respecting his choice doesn't mean hiding a fix for the problem that is driving him away."],
    ], 1),
]);
