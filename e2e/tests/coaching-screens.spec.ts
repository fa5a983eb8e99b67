import { DEMO, expect, expectAccessible, signInViaApi, test } from "../fixtures";
import { newLearner } from "./learner-helpers";

test.describe.configure({ timeout: 120_000 });

test("'Start over instead' asks first, and the call it sets aside stays visible as abandoned to the learner and the trainer", async ({ browser, page }) => {
  const { context, name } = await newLearner(browser, "Abby Abandon");
  const learner = await context.newPage();
  await learner.goto("/practice/billing-error");
  await learner.getByRole("button", { name: /free-text/ }).click();
  await expect(learner).toHaveURL(/\/practice\/billing-error\/[a-z0-9]+$/);
  const firstUrl = learner.url();
  await learner.getByLabel(/Your reply to/).fill("I'm sorry about the bill, let me have a look at it for you.");
  await learner.getByRole("button", { name: "Send" }).click();
  await expect(learner.getByTestId("turn")).toHaveCount(1);

  await learner.goto("/practice/billing-error");
  // Declining the question keeps the call in progress.
  learner.once("dialog", (d) => d.dismiss());
  await learner.getByRole("button", { name: "Start over instead" }).click();
  await expect(learner.getByRole("button", { name: "Resume free-text attempt" })).toBeVisible();
  learner.once("dialog", (d) => {
    expect(d.message()).toContain("kept in your list as abandoned");
    void d.accept();
  });
  await learner.getByRole("button", { name: "Start over instead" }).click();
  await expect(learner).toHaveURL(/\/practice\/billing-error\/[a-z0-9]+$/);
  expect(learner.url()).not.toBe(firstUrl);

  await learner.goto("/practice/billing-error");
  const recent = learner.getByRole("region", { name: "Your recent attempts" });
  await expect(recent).toContainText("Abandoned");
  await learner.goto(firstUrl);
  await expect(learner.getByText("this call was set aside before it was scored")).toBeVisible();
  await expect(learner.getByRole("list", { name: "Transcript" })).toContainText("let me have a look at it for you");
  await expectAccessible(learner, "an abandoned attempt");
  await context.close();

  await signInViaApi(page.context().request, DEMO.trainer);
  await page.goto("/trainer/reviews?state=ABANDONED");
  await expect(page.getByRole("link", { name: `Open ${name}'s The bill that tripled` })).toBeVisible();
  await expectAccessible(page, "abandoned calls list");
  await page.getByRole("link", { name: `Open ${name}'s The bill that tripled` }).click();
  await expect(page.getByRole("heading", { name: /Abandoned call/ })).toBeVisible();
  await page.goto("/trainer/reviews?state=RELEASED");
  await expect(page.getByRole("heading", { name: "Reviews done" })).toBeVisible();
  await expectAccessible(page, "reviews done list");
});

test("a learner sent away from a trainer page is told why; unknown pages offer a way back; the favicon exists", async ({ page, asRole }) => {
  await asRole("learner");
  await page.goto("/trainer");
  await expect(page).toHaveURL(/\/dashboard\?denied=1$/);
  await expect(page.getByRole("alert").filter({ hasText: "not available to your role" })).toBeVisible();
  await expectAccessible(page, "dashboard after a denied page");

  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("We could not find that page");
  await page.getByRole("link", { name: "Back to your dashboard" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
});
