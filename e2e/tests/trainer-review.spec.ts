import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signInViaApi, test, trpc, unique } from "../fixtures";

// Replies that resolve the billing-error call (the same ones the learner practice spec uses).
const SKILLED = [
  "I'm so sorry, Sandra. I can hear how worrying that charge is, especially after waiting so long on hold. I'm going to sort this out for you myself. Can you tell me what the extra line on the bill says?",
  "Thank you, that really helps. That equipment charge is for your old router: it's added automatically when a return hasn't been scanned in. Did you manage to send the old router back?",
  "That's brilliant, thank you. Because you have the Post Office receipt, I'll remove the £59.98 fee right now and refund it to your card today. It usually shows within 3 to 5 working days, so it will be back before Friday. I'll call you back on Thursday to check it has landed.",
  "Is there anything else I can help you with today?",
];

async function say(page: Page, lines: string[]) {
  const turns = page.getByTestId("turn");
  for (const line of lines) {
    if (await page.getByTestId("outcome").isVisible()) break;
    const before = await turns.count();
    await page.getByLabel(/Your reply to/).fill(line);
    await page.getByRole("button", { name: "Send" }).click();
    await expect(turns).toHaveCount(before + 1);
    await expect(page.getByLabel(/Your reply to/).or(page.getByTestId("outcome"))).toBeVisible();
  }
}

test("trainer assigns a scenario, the learner completes it, the trainer overrides a score with a comment and releases it, the learner sees it", async ({ browser, page }) => {
  // An admin sets up a cohort with one new learner (through the API: the admin UI has its own spec).
  const admin = await browser.newContext();
  await signInViaApi(admin.request, DEMO.admin);
  const cohortName = unique("Billing line");
  const cohort = await trpc<{ id: string }>(admin.request, "cohort.create", { name: cohortName });
  const email = `${unique("rev")}@defuse.test`;
  await trpc(admin.request, "people.create", { name: "Riley Reviewed", email, password: "a-good-learner-pass", role: "LEARNER", cohortId: cohort.id });
  await admin.close();

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
  await expect(learner.getByRole("heading", { name: "Trainer feedback" })).toHaveCount(0);

  // Trainer: the attempt is in the queue (filtered by cohort); review it.
  await page.goto("/trainer/reviews");
  await page.getByLabel("Cohort").selectOption({ label: cohortName });
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByRole("link", { name: "Review Riley Reviewed's The bill that tripled" }).click();
  await expect(page.getByRole("list", { name: "Transcript" })).toContainText("I'm so sorry, Sandra");
  await expect(page.getByRole("img", { name: /Tension by turn/ })).toBeVisible();
  await expectAccessible(page, "review screen");

  const level = page.getByLabel("Level for Communicates clearly");
  const auto = Number(await level.inputValue());
  const mine = auto === 0 ? 1 : auto - 1;
  await level.selectOption(String(mine));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status")).toContainText("Draft saved");
  // A draft changes nothing for the learner.
  await learner.goto(attemptUrl);
  await expect(learner.getByRole("heading", { name: "Trainer feedback" })).toHaveCount(0);

  // Releasing an override without a comment is refused next to the criterion.
  await page.getByRole("button", { name: "Release to learner" }).click();
  await expect(page.locator("#comment-clear-communication-error")).toContainText("add a comment");
  await page.getByLabel("Comment on Communicates clearly (required)").fill("Good plain words, but no concrete timeframe for the refund.");
  await page.getByLabel("Overall feedback for the learner").fill("Calm and caring call, Riley. Next time, say when the refund lands.");
  await page.getByRole("button", { name: "Release to learner" }).click();
  await expect(page.getByRole("status")).toContainText("Review released to Riley Reviewed: official score");
  const official = (await page.getByRole("status").textContent())!.match(/official score (\d+)/)![1];

  // Learner: sees the released review with the trainer's score.
  await learner.goto(attemptUrl);
  const feedback = learner.getByRole("region", { name: "Trainer feedback" });
  await expect(feedback).toContainText(`Trainer score ${official}/100`);
  await expect(feedback).toContainText("say when the refund lands");
  await learnerCtx.close();
});
