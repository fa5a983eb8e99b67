import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const briefRepeatContact: LessonInput = {
  id: "brief-repeat-contact",
  version: 1,
  title: "Briefing: \"the last person promised me\"",
  summary: "Third call about a damaged sofa: a colleague promised a delivery and a call back, and neither happened. Own it without blaming anyone, and make a promise that will be kept.",
  objectives: [
    "Read the notes and verify the customer so she does not have to repeat herself",
    "Own a colleague's broken promise on behalf of the company, without blame",
    "Make a checkable commitment and recognise the complaint and its route",
  ],
  body: `## What is going on
Lena Ortiz bought a £649 sofa from Hearth & Home. It arrived twelve days ago with a split seam and staples poking through, and she has a two-year-old. On her last call an agent called Dean promised a replacement on Saturday and a call back within 48 hours. She took Saturday off unpaid. Nobody came, nobody rang, and there is no replacement order on the system.

## Why repeat contacts are different
She is not angry about a sofa any more. She is angry about being lied to. Every new promise without proof sounds like the last one.

## What good handling looks like
1. **Name what went wrong.** "You were promised Saturday and a call back, and neither happened."
2. **Verify so she doesn't repeat herself.** "So I can open your notes, can I take your postcode and the first line of your address?"
3. **Own it for the company.** "The replacement was never ordered. That's our mistake." Never "Dean's new".
4. **Make it checkable.** Thursday is the first slot: book it now, with the damaged sofa collected on the same van, a two-hour window texted the evening before, and your own call by 5pm tomorrow.
5. **The lost Saturday.** Up to a £40 voucher, and log a complaint: the complaints team replies within 8 weeks, and after that she can go to the ombudsman.

## What to avoid
Asking her to start again, "no record" as a full stop, blaming Dean, delivery before Thursday, vouchers over £40, a refund before collection.`,
  examples: [
    {
      situation: "Lena: 'This is the third time I've rung. The last person promised me a replacement on Saturday.'",
      weak: "I'm sorry to hear that. Can you tell me what the problem is, from the beginning?",
      strong: "I'm really sorry: you were promised Saturday and a call back, and neither happened. So I can open your notes rather than make you repeat it, can I take your postcode and the first line of your address?",
      why: "The weak reply makes her explain a third time. The strong one shows she was heard and turns ID&V into a way of saving her effort.",
    },
    {
      situation: "She asks: 'So what's different this time?'",
      weak: "I'll pass it to the delivery team as urgent and they'll be in touch.",
      strong: "I've raised the replacement now for Thursday, the first slot, and the old sofa goes on the same van. You'll get a two-hour window by text on Wednesday evening, and I'll ring you myself by 5pm tomorrow to confirm.",
      why: "The weak reply is the vague hand-off that failed last time. The strong one gives her a booking, a window and a named person to hold to account.",
    },
  ],
  activity: {
    title: "Own it without blame",
    instructions:
      "Write three ways of saying 'this went wrong' that own the mistake for the company without naming or excusing a colleague. Read them to a partner who plays Lena and ask which one she would believe. Then take the call.",
  },
  quizId: "brief-repeat-contact-check",
  scenarioId: "repeat-contact",
};

export const briefRepeatContactCheck = quiz("brief-repeat-contact-check", 1, "Check: \"the last person promised me\"", [
  question("colleague", "How do you speak about the previous agent's broken promise?",
    ["Own it for the company: 'It wasn't ordered, and that's our mistake.'", "She dealt with the company, not with Dean. Owning it without blame rebuilds trust."],
    [
      ["Explain that Dean is quite new and may not have known the delivery process.", "Blaming a colleague is forbidden here and makes the next promise less believable."],
      ["Say there's no record of the promise, so you can't comment on it.", "True or not, it tells her the company doesn't stand behind its own words."],
    ], 0),
  question("delivery", "What delivery can you honestly promise?",
    ["Thursday, the first slot, with a two-hour window texted the evening before.", "A date the system can keep and a window that saves her another wasted day."],
    [
      ["Tomorrow morning, first thing, to make up for the missed Saturday.", "The first slot is Thursday. Promising sooner repeats exactly what went wrong."],
      ["As soon as the warehouse is able to manage it; they'll ring her with a date.", "Another vague promise with no date or name is what failed last time."],
    ], 2),
  question("saturday", "She lost a day's pay waiting on Saturday. What is within policy?",
    ["A voucher of up to £40 and a complaint logged about the missed delivery.", "Both are allowed; logging the complaint also gets the cause investigated."],
    [
      ["A £100 voucher, since a day's pay is worth far more than £40.", "Understandable, but over the £40 limit, so it is a forbidden promise."],
      ["Nothing: taking the day off was her own choice, not the company's.", "Blaming her for trusting the company undoes all the good work."],
    ], 1),
  question("signpost", "She says this shouldn't happen to anyone else. What do you tell her about complaints?",
    ["Log it; the team replies within 8 weeks, then she can go to the ombudsman.", "Recognising the complaint and signposting its route is part of a QA-grade call."],
    [
      ["She'll need to write to head office, as complaints can't be taken by phone.", "Untrue, and it puts the work back on her; you can log it on this call."],
      ["There's no need, because the replacement is now booked and it's all sorted.", "Fixing the problem doesn't cancel her right to complain about what happened."],
    ], 2),
  question("repeat", "Lena has explained the problem twice before. How do you start?",
    ["Read the notes, say what you can see, and ask only what's missing.", "Showing you've read them is the first proof that this call will be different."],
    [
      ["Ask her to go through it from the start, so you don't miss anything.", "Making her repeat it a third time tells her nobody reads the notes."],
      ["Transfer her to the team who handled the first call, as they know it.", "A transfer repeats the hand-offs that failed her; own it on this call."],
    ], 0),
]);
