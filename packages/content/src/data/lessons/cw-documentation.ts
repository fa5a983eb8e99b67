import { question, quiz } from "../quizzes/author";
import type { LessonInput } from "./types";

export const cwDocumentation: LessonInput = {
  id: "cw-documentation",
  version: 1,
  title: "Documentation: notes a colleague can act on",
  summary: "Write case notes so the next person can pick up the case without asking the customer to start again.",
  objectives: [
    "Write a note that covers the issue, what was done, what was agreed and what happens next",
    "Keep notes factual and neutral, with no opinions about the customer",
    "Record commitments with owners and dates so nothing is dropped",
  ],
  body: `## Who the note is for
Picture the colleague who opens this case next week, with the customer already on the line and angry that nothing has happened. Your note is everything they have. If it says "cust called re bill, advised", they will have to ask the customer to explain it all again, and that is one of the quickest ways to reignite a complaint.

A good note lets that colleague say, within seconds, "I can see you spoke to us on Tuesday about the estimated bill, and we agreed to..."

## What goes in
A simple order that works in most systems:
1. **Issue:** what the customer contacted about, in a sentence.
2. **Checked / found:** the key facts you established (not every click).
3. **Done:** what you actually did: refund raised, engineer booked, letter sent.
4. **Agreed / promised:** anything you told the customer would happen, with a date and who owns it.
5. **Next step:** what the next person needs to do, and when.
Add anything important about how the customer needs to be contacted (prefers email, needs things in writing, has a support need recorded with their consent).

## Facts, not feelings about the customer
Write what happened, not what you thought of them: "Customer raised voice and swore twice; warning given at 14:32" rather than "very rude customer". Notes can be read by the customer on request, and opinions can be unfair to the next contact. Their own words, quoted briefly, are often the clearest record.

## Write it while it's fresh
Note during the call or straight after it. Memory of exact times, amounts and promises fades fast, and an unrecorded promise is a future complaint. If you told the customer someone will call on Thursday, make sure there is a task or call-back in the system, not just a line of text.`,
  examples: [
    {
      situation: "You've just agreed a payment plan and a call-back with a customer about an estimated bill.",
      weak: "Cust rang about bill, v. angry, sorted.",
      strong: "Issue: Jan bill estimated at £412, customer disputes. Found: no reading since Oct. Done: reading taken over phone (45120), rebill requested. Agreed: £40/month plan from 1 Feb; call-back Thu 9 Feb am to confirm revised bill (task set, owner: me). Next: if rebill not issued by 8 Feb, chase billing.",
      why: "The weak note leaves the next person with nothing. The strong one gives issue, facts, actions, promises with dates and owners, and a next step.",
    },
    {
      situation: "A customer was abusive and you ended the call after a warning.",
      weak: "Horrible customer, wouldn't listen, hung up on him.",
      strong: "Customer disputed late fee; swore at agent repeatedly after boundary. Single warning given 10:14; call ended 10:15 per procedure. Late fee query not yet resolved; TL informed.",
      why: "Factual wording records what happened and what's outstanding, without labels that colour the next contact.",
    },
  ],
  activity: {
    title: "The cold-read test",
    instructions:
      "Swap three of your recent case notes with a colleague (remove customer details). Each reads the other's notes cold and says aloud what the next action is and what was promised. Anything they have to guess at is what to add next time. Then rewrite one note using issue, found, done, agreed, next.",
  },
  quizId: "cw-documentation-check",
};

export const cwDocumentationCheck = quiz("cw-documentation-check", 1, "Check: documentation", [
  question("purpose", "Who is a case note mainly written for?",
    ["The next colleague, so they can act without the customer repeating it.", "A customer made to explain everything again often gets angry again."],
    [
      ["Yourself, so you can remember the call if the customer rings back.", "You may not be the one who picks it up; write for whoever does."],
      ["The quality team, so they can check you followed the script correctly.", "QA may read it, but the note's main job is to let someone act."],
    ], 0),
  question("contents", "Which note is most useful to the next person?",
    ["'Issue, what you found, what you did, what was promised by when, next step.'", "That covers what the next person needs to pick it up without guesswork."],
    [
      ["'Customer called regarding bill, advised accordingly, no further action.'", "It says almost nothing about what was advised or agreed."],
      ["'Long call, customer was difficult but happy by the end, all sorted.'", "Opinion and no facts: the next person still knows nothing."],
    ], 2),
  question("neutral", "How should a note record a customer who swore at you?",
    ["Factually: what was said, any warning, and when the call ended.", "Facts let others act fairly; labels colour the next contact."],
    [
      ["As 'abusive customer, be careful', so colleagues are warned in advance.", "A label is opinion and may be unfair next time; describe the behaviour instead."],
      ["Leave it out, as recording it might upset the customer if they see it.", "Leaving it out loses a fact that matters, such as a warning already given."],
    ], 1),
  question("promise", "You told the customer someone will ring them on Thursday. What must the note include?",
    ["The promise, the day, who owns it, and a task set in the system.", "A promise without an owner and a task is the easiest thing to drop."],
    [
      ["Just 'call-back Thursday', since the team will see it eventually.", "Without an owner or a task, nobody is certain to make the call."],
      ["Nothing yet; add it after the call-back has actually been made.", "If it isn't recorded now, it may never happen."],
    ], 0),
  question("when", "When is the best time to write the note?",
    ["During the call or straight after it, while details are fresh.", "Times, amounts and promises fade quickly from memory."],
    [
      ["At the end of the shift, when you can write all of your notes together.", "By then details blur, and a colleague may need the note sooner."],
      ["Only if the case is still open, since closed cases don't need a note.", "Closed cases get reopened; the note is what explains what happened."],
    ], 1),
]);
