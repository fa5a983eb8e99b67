import { expect, expectAccessible, test } from "../fixtures";
import { newLearner } from "./learner-helpers";

test.describe.configure({ timeout: 120_000 });

test("focus follows the call: the reply box when it starts, the hint when asked, the scorecard heading when it ends", async ({ browser }) => {
  const { context } = await newLearner(browser, "Fran Focus");
  const page = await context.newPage();
  await page.goto("/practice/billing-error");
  await page.getByRole("button", { name: /free-text/ }).click();
  await expect(page).toHaveURL(/\/practice\/billing-error\/[a-z0-9]+$/);
  const reply = page.getByLabel(/Your reply to/);
  await expect(reply).toBeFocused();

  // Typing straight away works: nothing stole the focus to <body>.
  await page.keyboard.type("I'm so sorry about this bill, let me look into it for you right now.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("turn")).toHaveCount(1);

  await page.getByRole("button", { name: /^Hint/ }).click();
  await expect(page.getByTestId("hint")).toBeFocused();
  await expect(page.getByTestId("hint")).toContainText("Try:");

  await page.getByRole("button", { name: "End the call and see my scorecard" }).click();
  await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeFocused();
  await expectAccessible(page, "the scorecard after ending a call");
  await context.close();
});

test("a stale second tab on the same attempt is told the call moved on and can reload", async ({ browser }) => {
  const { context } = await newLearner(browser, "Tab Twin");
  const first = await context.newPage();
  await first.goto("/practice/billing-error");
  await first.getByRole("button", { name: /free-text/ }).click();
  await expect(first).toHaveURL(/\/practice\/billing-error\/[a-z0-9]+$/);
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByLabel(/Your reply to/)).toBeVisible();

  // The first tab moves the call on...
  await first.bringToFront();
  await first.getByLabel(/Your reply to/).fill("I can see why that is upsetting; let me check the charge for you.");
  await first.getByRole("button", { name: "Send" }).click();
  await expect(first.getByTestId("turn")).toHaveCount(1);
  // ...and that tab, itself up to date, says nothing when it regains focus.
  await first.evaluate(() => window.dispatchEvent(new Event("focus")));

  // The second tab, brought back, checks and says so.
  await second.bringToFront();
  await second.evaluate(() => window.dispatchEvent(new Event("focus")));
  const notice = second.getByRole("alert").filter({ hasText: "This call moved on in another tab or window" });
  await expect(notice).toBeVisible();
  await expect(second.getByTestId("turn")).toHaveCount(0);
  await expectAccessible(second, "the moved-on notice");
  await second.getByRole("button", { name: "Reload the call" }).click();
  await expect(second.getByTestId("turn")).toHaveCount(1);
  await expect(second.getByTestId("stale")).toHaveCount(0);
  await expect(first.getByTestId("stale")).toHaveCount(0);
  await context.close();
});
