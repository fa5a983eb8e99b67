import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signInViaApi, test, unique } from "../fixtures";
import { say } from "./learner-helpers";

// Replies that resolve the billing-error call (the same ones the other practice specs use).
const SKILLED = [
  "I'm so sorry. I can hear how worrying that charge is, especially after waiting so long on hold. I'm going to sort this out for you myself. Can you tell me what the extra line on the bill says?",
  "Thank you, that really helps. That equipment charge is for your old router: it's added automatically when a return hasn't been scanned in. Did you manage to send the old router back?",
  "That's brilliant, thank you. Because you have the Post Office receipt, I'll remove the £59.98 fee right now and refund it to your card today. It usually shows within 3 to 5 working days, so it will be back before Friday. I'll call you back on Thursday to check it has landed.",
  "Is there anything else I can help you with today?",
];

// A play-test on a loaded machine takes a while.
test.describe.configure({ timeout: 420_000 });

async function noHorizontalScroll(page: Page, what: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} scrolls sideways at 375 px`).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });
}

const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible({ timeout: 20_000 });

test("a trainer duplicates a built-in rubric, fixes a weight pair and the pass mark, publishes it, scores a duplicated scenario with it and sees it on the play-test scorecard", async ({ page }) => {
  const title = unique("Our rubric");
  await signInViaApi(page.context().request, DEMO.trainer);
  await page.goto("/trainer/scenarios");
  await page.getByRole("link", { name: "Rubrics", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rubrics");
  await expectAccessible(page, "rubric list");
  await noHorizontalScroll(page, "rubric list");

  await page.getByRole("button", { name: "Duplicate Core de-escalation" }).click();
  await expect(page).toHaveURL(/\/trainer\/rubrics\/[a-z0-9]+$/);
  await expect(page.getByRole("status").filter({ hasText: "Weights total 100 of 100." })).toBeVisible();
  await expectAccessible(page, "rubric editor");
  await noHorizontalScroll(page, "rubric editor");

  // Markup typed by an author stays the characters typed.
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Criterion 1: title", { exact: true }).fill("Heard the customer <i>out</i>");
  // One side of a weight pair: the total is wrong, said next to the weights, and publishing waits.
  const first = page.getByLabel("Criterion 1: weight", { exact: true });
  const second = page.getByLabel("Criterion 2: weight", { exact: true });
  const w1 = Number(await first.inputValue());
  const w2 = Number(await second.inputValue());
  await first.fill(String(w1 + 10));
  await expect(page.getByRole("status").filter({ hasText: "Weights total 110 of 100. They must add up to exactly 100 (10 too many)." })).toBeVisible();
  await saved(page);
  await expect(page.getByRole("button", { name: "Publish", exact: true })).toBeDisabled();
  await expectAccessible(page, "rubric editor with an error");
  // the other side of the pair, and the pass mark
  await second.fill(String(w2 - 10));
  await expect(page.getByRole("status").filter({ hasText: "Weights total 100 of 100." })).toBeVisible();
  await page.getByLabel("Pass mark (0–100)").fill("150");
  await expect(page.locator("#f-passMark-error")).toContainText("100", { timeout: 20_000 });
  await page.getByLabel("Pass mark (0–100)").fill("85");
  await saved(page);
  await expect(page.getByRole("alert").filter({ hasText: "to fix before publishing" })).toHaveCount(0);
  // Reloading keeps what was typed.
  await page.reload();
  await expect(page.getByLabel("Pass mark (0–100)")).toHaveValue("85");
  await expect(page.getByLabel("Criterion 1: weight", { exact: true })).toHaveValue(String(w1 + 10));
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1" })).toBeVisible();
  await expectAccessible(page, "published rubric editor");

  // A duplicated scenario scored with the new rubric's version 1.
  await page.goto("/trainer/scenarios");
  await page.getByRole("button", { name: "Duplicate The bill that tripled" }).click();
  await expect(page).toHaveURL(/\/trainer\/scenarios\/[a-z0-9]+$/);
  await page.getByLabel("Rubric it is scored with").selectOption({ label: `${title} (version 1)` });
  await saved(page);
  await expect(page.getByRole("alert").filter({ hasText: "to fix before publishing" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel("Rubric it is scored with").locator("option:checked")).toHaveText(`${title} (version 1)`);

  // Play-test: the scorecard uses the new pass mark and criterion title, and names the rubric.
  await page.getByRole("button", { name: "Play-test (free text)" }).click();
  await expect(page).toHaveURL(/\/playtest\/[a-z0-9]+$/);
  await say(page, SKILLED);
  await page
    .getByRole("button", { name: /See my scorecard|End the call/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  await expect(page.getByText(/pass mark 85/)).toBeVisible();
  await expect(page.getByTestId("scorecard-rubric")).toHaveText(`Rubric: ${title} (version 1)`);
  await expect(page.getByRole("main")).toContainText("Heard the customer <i>out</i>");
  await expect(page.locator("main i", { hasText: "out" })).toHaveCount(0);
  await expectAccessible(page, "play-test scorecard with the organisation's rubric");
});
