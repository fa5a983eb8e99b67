import { z } from "zod";

/**
 * The team-leader pack: a facilitation guide for role-play sessions and rubric calibration, and
 * one-page job aids that trainers print for desks. Content like the curriculum (validated here,
 * checked for originality by the content tests), but not part of any learner's module.
 */
const text = z.string().trim().min(1);
export const JobAid = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: text,
  purpose: text,
  sections: z.array(z.object({ heading: text, items: z.array(text).min(1) })).min(2).max(5),
});
export type JobAid = z.infer<typeof JobAid>;
export const TrainerPack = z.object({
  facilitationGuide: z.object({ title: text, summary: text, body: text }),
  jobAids: z.array(JobAid).min(1),
});
export type TrainerPack = z.infer<typeof TrainerPack>;

export const trainerPack: TrainerPack = TrainerPack.parse({
  facilitationGuide: {
    title: "Running role-play sessions and calibrating with the rubric",
    summary: "A 60-minute session plan for a team of four to eight agents, how to give feedback that sticks, and how to make sure every team leader scores a call the same way.",
    body: `## Before the session
- **Pick one skill and one scenario.** A session that tries to cover empathy, boundaries and escalation at once teaches none of them. Match the scenario to the lesson the team has just finished.
- **Check everyone has done the lesson** and its knowledge check. Role-play is for practising, not for first hearing the idea.
- **Book a quiet room or a private call**, and agree that what happens in the session stays in it. People won't try things they might fail at in front of an audience they don't trust.
- **Prepare the rubric** for the scenario (it's on the review page for each attempt) and print one copy per observer.

## A 60-minute plan
1. **Warm-up (5 min).** Each person says one phrase from the lesson they've used on a real call this week, and how it went.
2. **Model (10 min).** You play the agent, badly on purpose, for two minutes; the group names what went wrong using the rubric's words. Then play it again well. Seeing the leader get it wrong lowers the stakes for everyone else.
3. **Rounds in threes (30 min).** Agent, customer, observer; ten minutes each, then rotate. The customer works from the scenario's persona card and plays it straight, not as a caricature. The observer scores with the rubric and notes one exact quote for each criterion.
4. **Debrief (10 min).** Each agent says first what they'd keep and what they'd change. Observers then add one strength and one change, quoting what was said. Finish with the group's best line of the day.
5. **Commit (5 min).** Each person writes one thing they'll try on a real call before the next session, and you note it for the follow-up.

## Feedback that sticks
- **Quote, don't label.** "When you said 'I can see that's the third time', her tone dropped" beats "good empathy".
- **One change, not five.** People remember one specific thing to try; a list becomes noise.
- **Tie it to the rubric level.** "That moved you from a 2 to a 3 on ownership because you said when you'd call back."
- **Let the agent go first.** Their own view is usually harsher than yours, and it tells you what they've understood.

## If a role-play gets too real
Abuse and vulnerability scenarios can stir up real calls. Offer the reduced-intensity version, let anyone step out without explaining, and check in privately afterwards with anyone who seemed shaken.

## Calibrating with the rubric
Scores only mean something if two team leaders give the same call the same score. Calibrate once a month, and whenever a new team leader starts:
1. **Choose three attempts** from the review queue: one clearly strong, one clearly weak, one in the middle.
2. **Score them alone** first, using the level descriptors and writing the quote that justifies each level.
3. **Compare criterion by criterion.** Where scores differ by more than one level, each person reads out their evidence. Agree which descriptor the evidence matches, not whose overall impression was right.
4. **Check evidence is used once.** A single good sentence shouldn't lift two criteria; agree which one it belongs to.
5. **Record the decisions** (a short note of each disputed case and the agreed level) and share it with every reviewer, so the next disagreement starts from the same reading.
6. **Track the spread.** If your team's scores for the same attempt still differ by more than ten points after a session, pick the criterion with the widest gap for next month.

When you override an engine score in a review, say why in the review comment using the descriptor's words; learners and other reviewers read it.`,
  },
  jobAids: [
    {
      id: "boundary-script",
      title: "The boundary script",
      purpose: "For abuse aimed at you personally, not for a customer venting about the problem.",
      sections: [
        {
          heading: "1. Set the boundary (three parts)",
          items: [
            "Acknowledge: \"I can hear how angry you are about the bill.\"",
            "Name the limit: \"I'm not able to continue if the comments are about me personally.\"",
            "Offer help: \"I do want to sort this. Can we go back to the charge on the 3rd?\"",
          ],
        },
        {
          heading: "2. If it continues: warn once",
          items: ["\"I want to help with your account, but if the personal comments continue I'll end this call.\"", "One warning only. Keep your voice level and slow."],
        },
        {
          heading: "3. If it still continues: end the call",
          items: [
            "\"I'm ending this call now because of the language used. Your case is logged, and you can call back when you're ready.\"",
            "Disconnect. No last word, no apology for ending it.",
          ],
        },
        {
          heading: "4. Straight afterwards",
          items: [
            "Note the words used, the warning and the time you ended the call. Facts, no labels.",
            "Threats of harm go to your team leader at once.",
            "Take your break before the next call, and talk to someone.",
          ],
        },
      ],
    },
    {
      id: "warm-transfer",
      title: "The warm-transfer summary",
      purpose: "What to tell the customer and your colleague, so nobody has to start again.",
      sections: [
        {
          heading: "Tell the customer",
          items: [
            "Who you're bringing in and what they can look at that you can't.",
            "How long the hold will be (\"about two minutes\") and ask if that's all right.",
            "What they can look at, never what they'll decide.",
          ],
        },
        {
          heading: "Brief your colleague (30 seconds)",
          items: [
            "Who: name, account, identity already checked.",
            "What happened, in two sentences.",
            "What you've tried and what you've already offered.",
            "What the customer wants, in their words.",
            "How they are now (calmer, still upset, any support need recorded).",
          ],
        },
        {
          heading: "Introduce and hand over",
          items: [
            "\"Mrs Ahmed, I have Sam from complaints with me. I've explained the missed engineer visits and the two days off work.\"",
            "Say goodbye, then leave the call.",
          ],
        },
        {
          heading: "If nobody is free",
          items: ["Offer a call-back with a time window, set the task in the system, and tell the customer the reference."],
        },
      ],
    },
    {
      id: "follow-up-checklist",
      title: "The follow-up checklist",
      purpose: "Close the loop one to two working days after a fix.",
      sections: [
        {
          heading: "Before you end the first call",
          items: [
            "Agree when and how you'll follow up (day, time window, phone or email).",
            "Check the follow-up date falls after the fix should show and before any deadline the customer has.",
            "Set the task in the system with yourself as owner.",
          ],
        },
        {
          heading: "On the follow-up",
          items: [
            "Refer to their case: what was wrong, what was done, what they should see now.",
            "Ask whether it has worked, and listen to the answer.",
            "If it hasn't: own it, say what you'll do next and when.",
            "If it has: ask one open question about how it was handled.",
          ],
        },
        {
          heading: "Afterwards",
          items: ["Note the outcome and any feedback in the customer's words.", "Close the task, or set the next one with a date.", "Pass on any feedback that points to a wider problem."],
        },
      ],
    },
  ],
});

export const getJobAid = (id: string) => trainerPack.jobAids.find((a) => a.id === id);
