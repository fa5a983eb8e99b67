import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const briefBereavement: LessonInput = {
  id: "brief-bereavement",
  version: 1,
  title: "Briefing: the account in her late husband's name",
  summary: "A recently widowed customer, short of money and afraid of losing her phone line. Recognise the vulnerability and take the duty-of-care path.",
  objectives: [
    "Recognise the signs that a customer may be vulnerable and change your approach",
    "Verify a bereaved caller kindly, without asking for the person who has died",
    "Offer the support the policy allows: breathing space, a specialist team, a manageable plan",
  ],
  body: `> **Content note:** this caller talks about the recent death of her husband.

## What is going on
Joan Hartley is 74. Her husband Ken died three weeks ago. Their Linden Telecom landline and broadband account is in Ken's name, and when the bank froze his account the direct debit failed. Today a letter addressed to him says £96.40 is overdue, adds a £12 late fee and warns the service may be restricted. Her personal alarm pendant works through that landline.

## Signs of vulnerability
Bereavement, money worries, confusion about letters, apologising for calling, and a service she depends on for her safety. Any one of these should change how you run the call; here there are five.

## What good handling looks like
1. **Slow down.** Tell her she isn't bothering you. Let her tell you what happened.
2. **Condolence, using his name.** "I'm so sorry about Ken."
3. **Verify kindly.** Never ask for the account holder once you know. Ask for her name, the address and postcode: a bereavement notification can be taken from someone at the address, and the paperwork can follow.
4. **Answer the fear first.** The line, and so the alarm, will not be cut off: a 60-day hold stops letters, fees and restriction.
5. **The duty-of-care path.** Remove the £12 fee, refer her to the bereavement team (they move the account into her name and call within 2 working days) and offer to spread the balance.

## What to avoid
Asking for Ken, demanding the death certificate first, pressing for payment, and kind-sounding promises you cannot keep: writing off the balance, or the team calling tomorrow.`,
  examples: [
    {
      situation: "Joan: 'It's in Ken's name. My husband. He died three weeks ago.'",
      weak: "I'm sorry for your loss. I'll need the death certificate before I can discuss the account.",
      strong: "I'm so sorry about Ken, Joan. Thank you for telling me. I'll look after this for you. To make sure I'm talking about the right account, can you confirm the address and postcode?",
      why: "The weak reply puts paperwork first. The strong one offers a real condolence and ownership, then a gentle check that lets the call go on.",
    },
    {
      situation: "She says her alarm pendant works through the phone line.",
      weak: "Restriction only happens after 28 days, so you've got a few weeks yet.",
      strong: "Then the line matters most, so let's deal with that first. I'll put the account on hold for 60 days, so no letters and no restriction: your alarm keeps working while we sort this out.",
      why: "The weak reply is accurate and frightening. The strong one hears what matters to her and removes the danger before anything else.",
    },
  ],
  activity: {
    title: "Spot the signs",
    instructions:
      "List every sign of vulnerability in Joan's situation and, next to each, one thing you would do differently because of it. Compare your list with a colleague's. Then take the call in the simulator and check your scorecard's notes on vulnerability with your trainer.",
  },
  quizId: "brief-bereavement-check",
  scenarioId: "bereavement",
};

export const briefBereavementCheck = quiz("brief-bereavement-check", 1, "Check: the account in her late husband's name", [
  question("holder", "You learn the account holder has died. How do you verify the caller?",
    ["Take her name, address and postcode; the paperwork can follow later.", "A bereavement notification can come from someone at the address. Verifying kindly lets you help today."],
    [
      ["Ask to speak to the account holder first, as data protection requires.", "Once you know he has died, asking for him is hurtful and pointless."],
      ["Ask for the death certificate before you discuss anything on the account.", "The hold and the referral do not wait for the certificate; it can be sent later."],
    ], 1),
  question("first-fix", "What should you deal with first, given what she told you?",
    ["Putting the account on hold so the line, and her alarm, stays on.", "Her safety depends on the line. Removing that fear first makes everything else easier to hear."],
    [
      ["Taking a card payment for the £96.40 so the account is up to date.", "Pressing a bereaved customer on a pension for payment ignores every sign of vulnerability."],
      ["Explaining the collections timeline so she knows how long she has.", "Accurate, but it frightens her and does nothing to protect the line."],
    ], 0),
  question("team", "What can you honestly say about the bereavement team?",
    ["They move the account into her name and call within 2 working days.", "An honest timeframe she can write on the calendar, and a named team she won't have to re-explain to."],
    [
      ["They'll phone her back first thing tomorrow to sort everything out.", "They call within 2 working days; promising tomorrow is forbidden and would let her down."],
      ["They will write off what Ken owed so that she doesn't have to pay it.", "Only the bereavement team can look at the estate. Promising a write-off is forbidden."],
    ], 2),
  question("signs", "Which set of signs should make you treat Joan as a vulnerable customer?",
    ["A recent bereavement, money worries and a service she needs to stay safe.", "Any one of these changes your approach; together they call for the duty-of-care path."],
    [
      ["Her age alone, since every customer over seventy counts as vulnerable.", "Age on its own is not vulnerability. Look at the circumstances, not the birthday."],
      ["Only if she tells you outright that she is struggling to cope with it.", "Vulnerable customers often don't say so; recognising the signs is your job."],
    ], 1),
  question("pace", "Joan apologises for 'being silly' and asks you to repeat yourself. What helps?",
    ["Slow down, give one step at a time and let her write each one down.", "Grief makes it hard to take things in. Pacing the call to her is part of the duty of care."],
    [
      ["Read the whole process quickly so that the call doesn't keep her too long.", "Speed helps nobody here; she will miss the step that matters most."],
      ["Suggest she rings back when she feels up to it, or asks her daughter.", "Sending a vulnerable caller away leaves the line at risk and the letters coming."],
    ], 0),
]);
