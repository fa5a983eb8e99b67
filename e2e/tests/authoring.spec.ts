import type { Page } from "@playwright/test";
import { DEMO, expect, expectAccessible, signInViaApi, test, trpc, unique } from "../fixtures";
import { say } from "./learner-helpers";

// Replies that resolve the billing-error call (the same ones the other practice specs use).
const SKILLED = [
  "I'm so sorry. I can hear how worrying that charge is, especially after waiting so long on hold. I'm going to sort this out for you myself. Can you tell me what the extra line on the bill says?",
  "Thank you, that really helps. That equipment charge is for your old router: it's added automatically when a return hasn't been scanned in. Did you manage to send the old router back?",
  "That's brilliant, thank you. Because you have the Post Office receipt, I'll remove the £59.98 fee right now and refund it to your card today. It usually shows within 3 to 5 working days, so it will be back before Friday. I'll call you back on Thursday to check it has landed.",
  "Is there anything else I can help you with today?",
];

// A play-test and a learner's whole call on a loaded machine: 240 s ran out on the last page once.
test.describe.configure({ timeout: 420_000 });

async function noHorizontalScroll(page: Page, what: string) {
  await page.setViewportSize({ width: 375, height: 800 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${what} scrolls sideways at 375 px`).toBeLessThanOrEqual(375);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("a trainer duplicates billing-error, renames the persona, changes the credit limit, play-tests, publishes and assigns it; a learner plays the trainer's wording; the review shows the version", async ({ page, browser }) => {
  const title = unique("Our billing call");
  const persona = "Priya Natarajan";

  // A cohort with a new learner that the demo trainer looks after.
  const admin = await browser.newContext();
  await signInViaApi(admin.request, DEMO.admin);
  const cohortName = unique("Authoring cohort");
  const cohort = await trpc<{ id: string }>(admin.request, "cohort.create", { name: cohortName });
  const email = `${unique("author-learner")}@defuse.test`;
  await trpc(admin.request, "people.create", { name: "Ali Author", email, password: "a-good-learner-pass", role: "LEARNER", cohortId: cohort.id });
  const people = await trpc<{ items: Array<{ id: string }> }>(admin.request, "people.list", { search: DEMO.trainer }, "query");
  await trpc(admin.request, "cohort.addMembers", { cohortId: cohort.id, userIds: [people.items[0]!.id] });
  await admin.close();

  // Trainer: the scenario list, then duplicate billing-error.
  await signInViaApi(page.context().request, DEMO.trainer);
  await page.goto("/trainer");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Scenarios" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Scenarios");
  await expectAccessible(page, "scenario list");
  await noHorizontalScroll(page, "scenario list");
  await page.getByRole("button", { name: "Duplicate The bill that tripled" }).click();
  await expect(page).toHaveURL(/\/trainer\/scenarios\/[a-z0-9]+$/);
  await expect(page.getByLabel("Customer's name")).toHaveValue("Sandra Whitlock");

  // Edit: title, persona, the goodwill credit limit and the rule that goes with it.
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Customer's name").fill(persona);
  // Markup typed by an author is shown as the characters typed, never as HTML.
  await page.getByLabel("Opening line").fill(`${persona} here. My bill has tripled and I want it sorted <b>today</b>.`);
  await page.getByLabel("Most the agent may give (GBP)").fill("25");
  await page.getByLabel("Broken above this amount (GBP)").first().fill("25");
  await expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible({ timeout: 20_000 });
  // An error shows next to its field, and the text stays as typed.
  await page.getByLabel("Customer's name").fill("");
  await expect(page.locator("#f-scenario-persona-name-error")).toContainText("must not be empty", { timeout: 20_000 });
  await page.getByLabel("Customer's name").fill(persona);
  await expect(page.getByRole("status").filter({ hasText: "All changes saved" })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("status").filter({ hasText: "Every node is reachable" })).toBeVisible();
  await expectAccessible(page, "scenario editor");
  await noHorizontalScroll(page, "scenario editor");

  // Reloading keeps everything that was typed.
  await page.reload();
  await expect(page.getByLabel("Customer's name")).toHaveValue(persona);
  await expect(page.getByLabel("Most the agent may give (GBP)")).toHaveValue("25");

  await page.getByRole("button", { name: "Edit as JSON" }).click();
  await expect(page.getByLabel("The whole document as JSON")).toContainText(persona);
  await expectAccessible(page, "scenario editor as JSON");
  await page.getByRole("button", { name: "Back to the forms" }).click();

  // Play-test the draft in the learner's practice screen: the trainer's wording, the tension
  // meter, then the scorecard and the tension timeline as a learner sees them.
  const editorUrl = page.url();
  await page.getByRole("button", { name: "Play-test (free text)" }).click();
  await expect(page).toHaveURL(/\/playtest\/[a-z0-9]+$/);
  await expect(page.getByRole("note")).toContainText("nothing you do here is recorded for any learner");
  await expect(page.getByText(`caller: ${persona}`)).toBeVisible();
  await expect(page.getByText(`${persona} here. My bill has tripled and I want it sorted <b>today</b>.`)).toBeVisible();
  await expect(page.locator("main b", { hasText: "today" })).toHaveCount(0);
  await expect(page.getByRole("meter", { name: "Customer tension" })).toBeVisible();
  await expectAccessible(page, "play-test call");
  await say(page, SKILLED);
  await page.getByRole("button", { name: /See my scorecard|End the call/ }).first().click();
  await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Tension over the call" })).toBeVisible();
  await expectAccessible(page, "play-test scorecard");
  await page.getByRole("link", { name: "Back to the editor" }).click();
  await expect(page).toHaveURL(editorUrl);

  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1" })).toBeVisible();

  // Assign it from the cohort page like a built-in scenario.
  await page.goto("/trainer");
  await page.getByRole("link", { name: cohortName }).click();
  await page.getByLabel("What to assign").selectOption("SCENARIO");
  await page.getByLabel("Scenario", { exact: true }).selectOption({ label: title });
  await page.getByRole("button", { name: "Assign" }).click();
  await expect(page.getByRole("status")).toContainText(`Assigned “${title}”`);

  // Learner: sees it, plays it, and hears the trainer's wording.
  const learnerCtx = await browser.newContext();
  await signInViaApi(learnerCtx.request, email, "a-good-learner-pass");
  const learner = await learnerCtx.newPage();
  await learner.goto("/dashboard");
  await expect(learner.getByRole("list", { name: "Assignments" })).toContainText(title);
  await learner.goto("/practice");
  // Like a built-in scenario, except that the organisation's name is on it.
  const card = (name: string) => learner.getByRole("list", { name: "Scenarios" }).getByRole("listitem").filter({ has: learner.getByRole("link", { name, exact: true }) });
  await expect(card(title)).toContainText(/By \S/);
  await expect(card("The bill that tripled")).not.toContainText(/By \S/);
  await learner.getByRole("link", { name: title }).first().click();
  await learner.getByRole("button", { name: /free-text/ }).click();
  await expect(learner.getByText(`caller: ${persona}`)).toBeVisible();
  await expect(learner.getByText(`${persona} here. My bill has tripled and I want it sorted <b>today</b>.`)).toBeVisible();
  await say(learner, SKILLED);
  await learner.getByRole("button", { name: /See my scorecard|Finish/ }).first().click();
  await expect(learner.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  const attemptId = learner.url().split("/").pop()!;
  await learnerCtx.close();

  // Trainer: the review names the scenario and the version played.
  await page.goto(`/trainer/reviews/${attemptId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Review: ${title}`);
  await expect(page.getByText("scenario version 1")).toBeVisible();
  // The review queue names it by its title too.
  await page.goto("/trainer/reviews");
  await expect(page.getByRole("main")).toContainText(title);
});
