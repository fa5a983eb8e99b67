import type { Browser } from "@playwright/test";
import { DEMO, expect, expectAccessible, signInViaApi, test, trpc, unique } from "../fixtures";
import { say } from "./learner-helpers";

// Replies that resolve the billing-error call (the same ones the learner practice spec uses).
const SKILLED = [
  "I'm so sorry, Sandra. I can hear how worrying that charge is, especially after waiting so long on hold. I'm going to sort this out for you myself. Can you tell me what the extra line on the bill says?",
  "Thank you, that really helps. That equipment charge is for your old router: it's added automatically when a return hasn't been scanned in. Did you manage to send the old router back?",
  "That's brilliant, thank you. Because you have the Post Office receipt, I'll remove the £59.98 fee right now and refund it to your card today. It usually shows within 3 to 5 working days, so it will be back before Friday. I'll call you back on Thursday to check it has landed.",
  "Is there anything else I can help you with today?",
];

const RUDE = [
  "That's not my problem. You should have read your bill properly. Calm down.",
  "It's company policy, there's nothing I can do about it. You should have returned the router properly.",
  "Whatever. Stop shouting at me, it's your own fault. Take it or leave it.",
  "Look, I don't care, that's just how it is. Shut up and listen.",
];

/** An admin sets up a cohort the demo trainer looks after, with one new learner (through the API). */
async function cohortWithLearner(browser: Browser, learnerName: string, prefix: string) {
  const admin = await browser.newContext();
  await signInViaApi(admin.request, DEMO.admin);
  const cohortName = unique(prefix);
  const cohort = await trpc<{ id: string }>(admin.request, "cohort.create", { name: cohortName });
  const email = `${unique(prefix.toLowerCase().replace(/\W+/g, "-"))}@defuse.test`;
  await trpc(admin.request, "people.create", { name: learnerName, email, password: "a-good-learner-pass", role: "LEARNER", cohortId: cohort.id });
  const people = await trpc<{ items: Array<{ id: string }> }>(admin.request, "people.list", { search: DEMO.trainer }, "query");
  await trpc(admin.request, "cohort.addMembers", { cohortId: cohort.id, userIds: [people.items[0]!.id] });
  await admin.close();
  return { cohort, cohortName, email };
}

// These follow a whole coaching loop across three people on a shared two-core machine.
test.describe.configure({ timeout: 240_000 });


test("trainer assigns a scenario, the learner completes it, the trainer overrides scores with comments and a line comment and releases it, the learner sees all of it", async ({ browser, page }) => {
  const { cohortName, email } = await cohortWithLearner(browser, "Riley Reviewed", "Billing line");

  // Trainer: assign the scenario from the cohort page.
  await signInViaApi(page.context().request, DEMO.trainer);
  await page.goto("/trainer");
  await page.getByRole("link", { name: cohortName }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(cohortName);
  await page.getByLabel("What to assign").selectOption("SCENARIO");
  await page.getByLabel("Scenario", { exact: true }).selectOption({ label: "The bill that tripled" });
  const due = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Due date (optional)").fill(due);
  await page.getByLabel("Pass mark (optional)").fill("75");
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status")).toContainText("Assigned “The bill that tripled”");
  await expect(page.getByRole("list", { name: "Assignments" })).toContainText("pass mark 75");
  await expectAccessible(page, "cohort page");

  // Learner: sees it at once, and completes it in the practice UI.
  const learnerCtx = await browser.newContext();
  await signInViaApi(learnerCtx.request, email, "a-good-learner-pass");
  const learner = await learnerCtx.newPage();
  await learner.goto("/dashboard");
  await expect(learner.getByRole("list", { name: "Assignments" })).toContainText("The bill that tripled");
  await learner.goto("/practice/billing-error");
  await learner.getByRole("button", { name: /free-text/ }).click();
  await expect(learner).toHaveURL(/\/practice\/billing-error\/[a-z0-9]+$/);
  const attemptUrl = learner.url();
  await say(learner, SKILLED);
  await expect(learner.getByTestId("outcome")).toBeVisible();
  await learner.getByRole("button", { name: "See my scorecard" }).click();
  await expect(learner.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  await expect(learner.getByTestId("trainer-feedback")).toHaveCount(0);
  await learner.getByLabel(/What went well/).fill("I kept calm and gave a date.");
  await learner.getByRole("button", { name: "Save reflection" }).click();
  await expect(learner.getByText("Reflection saved.")).toBeVisible();

  // Trainer: the attempt is in the queue (filtered by cohort); review it.
  await page.goto("/trainer/reviews");
  await page.getByLabel("Cohort").selectOption({ label: cohortName });
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByRole("link", { name: "Review Riley Reviewed's The bill that tripled" }).click();
  await expect(page.getByRole("list", { name: "Transcript" })).toContainText("I'm so sorry, Sandra");
  // The customer's opening line comes first, and the learner's reflection is there.
  await expect(page.getByTestId("opening-line")).toContainText("(opening line)");
  await expect(page.getByTestId("reflection")).toContainText("I kept calm and gave a date.");
  await expect(page.getByRole("img", { name: /Tension by turn/ })).toBeVisible();
  await expectAccessible(page, "review screen");

  // The unchanged review shows exactly the automatic score.
  const autoScore = (await page.getByTestId("trainer-score").textContent())!.match(/Your score: (\d+) \(automatic: (\d+)/)!;
  expect(autoScore[1]).toBe(autoScore[2]);
  const level = page.getByLabel("Level for Communicates clearly");
  const auto = Number(await level.inputValue());
  const mine = auto === 0 ? 1 : auto - 1;
  await level.selectOption(String(mine));
  const second = page.getByLabel("Level for Owns the issue and moves to a resolution");
  const auto2 = Number(await second.inputValue());
  const mine2 = auto2 === 4 ? 3 : auto2 + 1;
  await second.selectOption(String(mine2));
  await page.getByLabel("Comment on Owns the issue and moves to a resolution (required)").fill("You owned it and set a date: that is the job.");
  await page.getByLabel(/Comment on turn 2/).fill("Asking about the router here was the turning point.");

  // Correct the analyser's labels on turn 1 (each label shows its definition).
  await page.getByText("Correct the labels of turn 1").click();
  const turn1 = page.getByRole("group", { name: "Labels for turn 1" });
  await expect(turn1).toContainText("Open question");
  await turn1.getByLabel("Follow-up").click();
  await turn1.getByRole("button", { name: "Save labels for turn 1" }).click();
  await expect(turn1.getByRole("status")).toHaveText("Labels saved for turn 1.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved" })).toContainText("Draft saved");
  // A draft changes nothing for the learner.
  await learner.goto(attemptUrl);
  await expect(learner.getByTestId("trainer-feedback")).toHaveCount(0);
  await expect(learner.getByTestId("line-comment")).toHaveCount(0);

  // Releasing an override without a comment is refused next to the criterion.
  await page.getByRole("button", { name: "Release to learner" }).click();
  await expect(page.locator("#comment-clear-communication-error")).toContainText("add a comment");
  await page.getByLabel("Comment on Communicates clearly (required)").fill("Good plain words, but no concrete timeframe for the refund.");
  await page.getByLabel("Overall feedback for the learner").fill("Calm and caring call, Riley. Next time, say when the refund lands.");
  await page.getByRole("button", { name: "Release to learner" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Review released" })).toContainText("Review released to Riley Reviewed: official score");
  const official = (await page.getByRole("status").filter({ hasText: "Review released" }).textContent())!.match(/official score (\d+)/)![1];

  // The correction shows in the agreement report, label by label.
  await page.goto("/trainer/agreement");
  const followUp = page.getByTestId("label-agreement").getByRole("row", { name: /Follow-up/ });
  const cells = await followUp.getByRole("cell").allTextContents();
  expect(Number(cells[2]) + Number(cells[3])).toBeGreaterThan(0);
  await expectAccessible(page, "agreement report");

  // Learner: sees exactly what was released: score, levels and comments per criterion, the
  // overall comment and the line comment.
  await learner.goto(attemptUrl);
  await expect(learner.getByTestId("score")).toHaveText(`${official}/100`);
  await expect(learner.getByText("Official score from your trainer")).toBeVisible();
  const feedback = learner.getByTestId("trainer-feedback");
  await expect(feedback).toContainText("Feedback from Tariq Trainer");
  await expect(feedback).toContainText("say when the refund lands");
  const rubric = learner.getByRole("table", { name: /Score per rubric criterion/ });
  await expect(rubric.getByRole("row", { name: /Communicates clearly/ })).toContainText(`${mine}/4`);
  await expect(rubric.getByRole("row", { name: /Communicates clearly/ })).toContainText("no concrete timeframe");
  await expect(rubric.getByRole("row", { name: /Owns the issue/ })).toContainText(`${mine2}/4`);
  await expect(rubric.getByRole("row", { name: /Owns the issue/ })).toContainText("that is the job");
  await expect(learner.getByTestId("line-comment")).toContainText("Asking about the router here was the turning point.");
  await expectAccessible(learner, "learner attempt page with a released review");
  await learner.goto("/progress");
  const progressFeedback = learner.getByRole("region", { name: "Trainer feedback" });
  await expect(progressFeedback).toContainText("say when the refund lands");
  await expect(progressFeedback).toContainText("that is the job");
  await expect(progressFeedback).toContainText("1 note on lines of your transcript");
  await expectAccessible(learner, "progress page with trainer feedback");
  await learnerCtx.close();
});

test("a failing attempt leaves an assessed assignment open, then overdue; the trainer sees and filters it", async ({ browser, page }) => {
  const { cohort, cohortName, email } = await cohortWithLearner(browser, "Fay Failing", "Assessed line");
  await signInViaApi(page.context().request, DEMO.trainer);
  const tomorrow = new Date(Date.now() + 86_400_000);
  const assignment = await trpc<{ id: string }>(page.context().request, "assignment.create", {
    cohortId: cohort.id,
    kind: "SCENARIO",
    contentId: "billing-error",
    dueAt: tomorrow.toISOString(),
    passMark: 70,
    requirement: "PASS",
  });

  const learnerCtx = await browser.newContext();
  await signInViaApi(learnerCtx.request, email, "a-good-learner-pass");
  const learner = await learnerCtx.newPage();
  await learner.goto("/practice/billing-error");
  await learner.getByRole("button", { name: /free-text/ }).click();
  await say(learner, RUDE);
  await learner.getByRole("button", { name: /scorecard/ }).click();
  await expect(learner.getByText("Not passed yet")).toBeVisible();

  await learner.goto("/dashboard");
  const row = learner.getByRole("list", { name: "Assignments" }).getByRole("listitem").filter({ hasText: "The bill that tripled" });
  await expect(row).toContainText("Re-attempt required");
  await expect(row).not.toContainText("Overdue");

  // The due date passes (the trainer moves it to yesterday): still open, now overdue.
  await trpc(page.context().request, "assignment.update", { assignmentId: assignment.id, dueAt: new Date(Date.now() - 86_400_000).toISOString() });
  await learner.reload();
  await expect(row).toContainText("Re-attempt required");
  await expect(row).toContainText("Overdue");
  await expectAccessible(learner, "learner dashboard with a re-attempt");
  await learnerCtx.close();

  await page.goto("/trainer");
  await page.getByRole("link", { name: cohortName }).click();
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Re-attempt required" });
  await page.getByRole("button", { name: "Show" }).click();
  const table = page.getByTestId("status-table");
  await expect(table.getByRole("row", { name: /Fay Failing/ })).toContainText("Re-attempt required");
  await expect(table.getByRole("row", { name: /Fay Failing/ })).toContainText("Overdue");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Done" });
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("No learner matches these filters.")).toBeVisible();
  await expectAccessible(page, "cohort page filtered by status");
});
