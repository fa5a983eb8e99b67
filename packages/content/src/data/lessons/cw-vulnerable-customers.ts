import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const cwVulnerableCustomers: LessonInput = {
  id: "cw-vulnerable-customers",
  version: 1,
  title: "Vulnerable customers: noticing and responding",
  summary: "Bereavement, money worries and health problems change what a fair call looks like. Spot the signs, adapt, record and signpost.",
  objectives: [
    "Recognise common signs that a customer may be in a vulnerable situation",
    "Adapt pace, process and options to what the customer can manage today",
    "Know your duty of care: record with consent, and signpost or refer when the need is beyond your role",
  ],
  body: `## Vulnerability is a situation, not a type of person
Anyone can be vulnerable for a while: after a death in the family, during a serious illness, when money runs out, after a relationship breaks down. It's not a label you put on someone; it's a circumstance that makes it harder for them to deal with you on equal terms. Your organisation has a **duty of care** to notice and respond, and on the phones that starts with you.

## Signs to listen for
Customers rarely say "I'm vulnerable". More often you hear:
- **Bereavement:** "it was my husband's account", "since Mum died I haven't opened the post"
- **Financial hardship:** choosing between bills, asking how long before they're cut off, payments missed after years of paying on time
- **Health:** mentions of hospital, medication or memory problems; confusion that doesn't fit the question; needing things repeated
- **Distress:** long silences, crying, or anger that seems bigger than the problem

None of these prove anything. They're a cue to slow down and ask gently: "It sounds like a lot is going on. Is there anything that would make this easier for you today?"

## Adapting the call
- **Slow the pace** and check understanding more often. Offer to put things in writing.
- **Remove pressure:** don't push for payment dates or decisions on the spot; offer a pause or a later call at a time they choose.
- **Use what flexibility exists:** payment breathing space, a bereavement process that avoids asking for the same documents twice, a named contact.
- **Never promise what isn't yours to give.** Kindness doesn't include inventing a write-off.

## Record and signpost
With the customer's consent, note what they told you and what support they need, factually and only what's needed, so nobody has to ask them to repeat a painful story. If the need goes beyond what you can do (debt advice, bereavement support, someone at risk of harm), **signpost** to the right service or your specialist team, and follow your organisation's process. If you believe someone is in immediate danger, follow the emergency procedure straight away and tell your team leader.`,
  examples: [
    {
      situation: "A caller says, 'The bill's in my husband's name. He passed away last month and I don't know what I'm doing.'",
      weak: "I'm sorry to hear that. I'll need a copy of the death certificate before I can discuss the account.",
      strong: "I'm so sorry. There's no rush on any of this. I can make a note so you won't be asked to explain again, and talk you through the steps one at a time. Would it help if I put them in a letter as well?",
      why: "The weak reply jumps straight to process. The strong one slows down, records the situation and offers a format the caller can manage.",
    },
    {
      situation: "A customer says they can't pay this month because they have to feed their children first.",
      weak: "If it isn't paid by Friday the account will go to collections.",
      strong: "Thank you for telling me; that sounds really hard. Paying for food first makes sense. Let's look at a plan that fits what you can manage, and I can give you the details of free, independent debt advice too.",
      why: "A threat of collections adds pressure to someone already struggling. The strong reply acknowledges, uses the flexibility available and signposts.",
    },
  ],
  activity: {
    title: "Know your routes",
    instructions:
      "Find out, and write on one card: your organisation's vulnerability process and where it's recorded; the bereavement process; the payment support options you can offer yourself; and the specialist teams and outside services you can signpost to (debt advice, bereavement support, emergency). Compare cards with a colleague and fill any gaps with your team leader.",
  },
  quizId: "cw-vulnerable-customers-check",
};

export const cwVulnerableCustomersCheck = quiz("cw-vulnerable-customers-check", 1, "Check: vulnerable customers", [
  question("what", "What does 'vulnerable' mean in this lesson?",
    ["A situation, often temporary, that makes dealing with you on equal terms harder.", "Anyone can be in a vulnerable situation for a time; it's not a fixed label."],
    [
      ["A customer who is elderly or has a registered disability on their account.", "Age or disability can matter, but vulnerability is about current circumstances, not a category."],
      ["A customer who is upset and crying on the call, for whatever reason.", "Distress is a sign worth noticing, but it isn't the definition."],
    ], 0),
  question("sign", "Which remark is most likely a sign of a vulnerable situation?",
    ["'Since Mum died I haven't been opening any of the post.'", "Bereavement and unopened post suggest the caller may need a slower, supported approach."],
    [
      ["'I've rung three times about this and I'm losing my patience.'", "Frustration about repeat calls is common and needs handling, but isn't itself a sign of vulnerability."],
      ["'I'd like to speak to somebody senior about the bill, please.'", "A request to escalate tells you about the complaint, not the caller's circumstances."],
    ], 2),
  question("adapt", "A customer in financial hardship can't commit to a payment date today. What should you do?",
    ["Take the pressure off, offer the support options and arrange a later call.", "Pushing for an on-the-spot commitment risks a promise they can't keep."],
    [
      ["Set a date anyway, since the account needs a plan on it before you end.", "A plan made under pressure by someone struggling is likely to fail."],
      ["Promise that the debt will be written off so they don't need to worry.", "That's a commitment you can't make; kindness doesn't include inventing a write-off."],
    ], 1),
  question("record", "What should you record about a customer's vulnerable situation?",
    ["With their consent, the facts and the support they need, and no more.", "Enough that nobody asks them to repeat a painful story, and nothing beyond what's needed."],
    [
      ["Nothing at all, because health and money details are too private to note.", "Not recording means they'll have to explain it all again to the next person."],
      ["Your own view of how they coped, so colleagues can judge them quickly.", "Notes are facts and needs, not opinions about the customer."],
    ], 0),
  question("signpost", "When should you signpost or refer a vulnerable customer?",
    ["When their need goes beyond what you or your team can do for them.", "Debt advice, bereavement support and safety concerns belong with the right specialists."],
    [
      ["Only when they ask you directly for details of an outside service.", "Many people won't know to ask; offering the route is part of the duty of care."],
      ["Never, because sending people elsewhere looks like passing them on.", "Done well, signposting is help, not a brush-off."],
    ], 1),
]);
