import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";
import { newLearner, say } from "./learner-helpers";

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
  "You're being ridiculous. Not my problem.",
];

async function startFreeText(page: Page, scenarioId = "billing-error") {
  await page.goto(`/practice/${scenarioId}`);
  await page.getByRole("button", { name: /free-text/ }).click();
  await expect(page).toHaveURL(new RegExp(`/practice/${scenarioId}/[a-z0-9]+$`));
  await expect(page.getByRole("meter", { name: "Customer tension" })).toBeVisible();
}


test("billing-error in free text: skilled replies resolve the call and pass, with a scorecard and reflection", async ({ browser }) => {
  const { context } = await newLearner(browser, "Sam Skilled");
  const page = await context.newPage();
  await page.goto("/practice");
  await expectAccessible(page, "practice list");
  await page.getByRole("link", { name: "The bill that tripled" }).click();
  await expectAccessible(page, "scenario briefing");
  await startFreeText(page);
  await expectAccessible(page, "role-play");

  // A hint names a technique (counted), not a sentence to copy.
  await page.getByRole("button", { name: /^Hint/ }).click();
  await expect(page.getByTestId("hint")).toContainText("Try:");
  await expect(page.getByRole("button", { name: "Hint (1 used)" })).toBeVisible();

  await say(page, SKILLED.slice(0, 1));
  const meter = page.getByRole("meter", { name: "Customer tension" });
  await expect(page.getByTestId("tension-text")).toContainText(/Tension \d+\/100, falling/);
  await expect(meter).toHaveAttribute("aria-valuetext", /falling/);
  await expect(page.getByTestId("announcer")).toContainText("Sandra");
  await expect(page.getByTestId("turn").first().locator("mark").first()).toBeVisible();
  await expect(page.getByTestId("turn").first().getByRole("list", { name: "Detected in your reply" })).toContainText("Apology");

  await say(page, SKILLED.slice(1));
  await expect(page.getByTestId("outcome")).toContainText("resolved");
  await page.getByRole("button", { name: "See my scorecard" }).click();
  await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  await expect(page.getByText("Passed", { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Top improvement" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Tension over the call" })).toBeVisible();
  await expectAccessible(page, "scorecard");

  await page.getByLabel("What went well?").fill("Owning it straight away 👍");
  await page.getByLabel("What would you do differently?").fill("Ask about the receipt sooner.");
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reflection saved." })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("What went well?")).toHaveValue("Owning it straight away 👍");

  await page.goto("/progress");
  const scores = page.getByRole("table", { name: "Role-play scores" });
  await expect(scores.getByRole("row", { name: /The bill that tripled/ })).toContainText("Passed");
  await expect(page.getByRole("heading", { name: "Technique mastery" })).toBeVisible();
  await expect(page.getByRole("table").filter({ hasText: "Used when expected" })).toContainText("Apology");
  await expect(page.getByTestId("pending-feedback")).toContainText("waiting for a trainer");
  await expectAccessible(page, "progress with attempts");
  await context.close();
});

test("a keyword wall earns nothing and a forbidden promise is quoted as the critical behaviour", async ({ browser }) => {
  const { context } = await newLearner(browser, "Gale Gamer");
  const page = await context.newPage();
  await startFreeText(page);
  await say(page, [
    "I completely understand how you feel and I'm so sorry for the inconvenience. I take full ownership and I will resolve it. Here is the solution, and you have options: either one or the other, whichever you prefer. You can expect it sorted soon and I will follow up.",
  ]);
  // the wall is explained, in the learner's own words, as not being about this call
  await expect(page.getByTestId("turn").first()).toContainText(/could have been said to anyone|did not name the remedy/);
  await say(page, ["Don't worry about the £59.98, I'll give you three free months to make up for it."]);
  await page.getByRole("button", { name: "End the call and see my scorecard" }).click();
  await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  await expect(page.getByText("Not passed yet")).toBeVisible();
  await expect(page.getByTestId("critical")).toContainText("three free months");
  await expect(page.getByTestId("critical")).toContainText("Turn 2");
  await expect(page.getByTestId("turns-scored")).toContainText("2 replies scored");
  await expectAccessible(page, "scorecard with a critical behaviour");
  await context.close();
});

test("billing-error played rudely escalates and fails", async ({ browser }) => {
  const { context } = await newLearner(browser, "Rory Rude");
  const page = await context.newPage();
  await startFreeText(page);
  await say(page, RUDE.slice(0, 1));
  await expect(page.getByTestId("tension-text")).toContainText("rising");
  await say(page, RUDE.slice(1));
  await expect(page.getByTestId("outcome")).toContainText("escalated");
  await page.getByRole("button", { name: "See my scorecard" }).click();
  await expect(page.getByText("Not passed yet")).toBeVisible();
  await context.close();
});

test("a reload mid-attempt keeps every turn and the unsent reply; bad input keeps what was typed", async ({ browser }) => {
  const { context } = await newLearner(browser, "Rae Reload");
  const page = await context.newPage();
  await startFreeText(page);
  const url = page.url();

  // Empty and too-long replies: a clear message, and the text stays in the box.
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.locator("#reply-error")).toHaveText("Type what you would say to the customer.");
  const pasted = "I understand. ".repeat(150);
  await page.getByLabel(/Your reply to/).fill(pasted);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.locator("#reply-error")).toContainText("under 2,000 characters");
  await expect(page.getByLabel(/Your reply to/)).toHaveValue(pasted);

  await say(page, [SKILLED[0]!, "🙂🙏 Sorry about all this."]);
  await page.getByLabel(/Your reply to/).fill("Half-typed thought that must survive a reload");
  await page.reload();
  await expect(page).toHaveURL(url);
  await expect(page.getByTestId("turn")).toHaveCount(2);
  await expect(page.getByTestId("turn").nth(1)).toContainText("🙂🙏 Sorry about all this");
  await expect(page.getByLabel(/Your reply to/)).toHaveValue("Half-typed thought that must survive a reload");

  // Starting the same scenario again resumes this attempt.
  await page.goto("/practice/billing-error");
  await page.getByRole("button", { name: "Resume free-text attempt" }).click();
  await expect(page).toHaveURL(url);
  await expect(page.getByTestId("turn")).toHaveCount(2);
  await context.close();
});

test("a branching scenario played to the end with the keyboard", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context } = await newLearner(browser, "Bea Branch");
  const page = await context.newPage();
  await page.goto("/practice/billing-error");
  await page.getByRole("button", { name: "Start branching practice" }).click();
  await expect(page.getByRole("group", { name: "Choose your reply" })).toBeVisible();
  await expectAccessible(page, "branching");
  // The choices are shuffled per attempt; a reload keeps this attempt's order.
  const offered = () => page.getByRole("group", { name: "Choose your reply" }).getByRole("button").allTextContents();
  const order = await offered();
  await page.reload();
  await expect(page.getByRole("group", { name: "Choose your reply" })).toBeVisible();
  expect(await offered()).toEqual(order);
  for (let i = 0; i < 15; i++) {
    if (await page.getByTestId("outcome").isVisible()) break;
    const before = await page.getByTestId("turn").count();
    const first = page.getByRole("group", { name: "Choose your reply" }).getByRole("button").first();
    await first.focus();
    await page.keyboard.press("Enter");
    await expect(page.getByTestId("turn")).toHaveCount(before + 1);
    await expect(page.getByTestId("reason").last()).not.toBeEmpty();
    await expect(page.getByTestId("choice-feedback").last()).toContainText("Feedback on that reply:");
    await expect(page.getByRole("group", { name: "Choose your reply" }).or(page.getByTestId("outcome"))).toBeVisible();
  }
  await expect(page.getByTestId("outcome")).toBeVisible();
  await page.getByRole("button", { name: "See my scorecard" }).click();
  await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  await context.close();
});

test("the abusive-caller scenario warns first, offers reduced intensity, can pause, and ends with a debrief", async ({ browser }) => {
  const { context } = await newLearner(browser, "Wren Wellbeing");
  const page = await context.newPage();
  await page.goto("/practice/abusive-caller");
  await expect(page.getByRole("heading", { name: "Content warning" })).toBeVisible();
  await expect(page.getByRole("radio", { name: /Reduced/ }).first()).toBeChecked();
  await page.getByRole("button", { name: "Start free-text practice" }).click();
  await expect(page.getByText("reduced intensity")).toBeVisible();
  await page.getByRole("button", { name: "Pause" }).click();
  await expect(page.getByRole("heading", { name: "Paused" })).toBeVisible();
  await expect(page.getByLabel(/Your reply to/)).toBeHidden();
  await page.getByRole("button", { name: "Resume the call" }).click();
  await say(page, ["I want to help you with this, and I need us to keep it respectful so I can. What has happened?"]);
  await page.getByRole("button", { name: /End the call/ }).click();
  await expect(page.getByRole("heading", { name: "Debrief and reflection" })).toBeVisible();
  await page.getByLabel("How did that feel?").fill("Tense at first");
  await page.getByLabel("What will you do after a call like that?").fill("Short walk and a glass of water");
  await page.getByRole("button", { name: "Save reflection" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reflection saved." })).toBeVisible();
  await context.close();
});

test("a turn whose response is lost is stored once when the learner retries, and going offline loses nothing", async ({ browser }) => {
  const { context } = await newLearner(browser, "Lou Lostline");
  const page = await context.newPage();
  await startFreeText(page);

  // The server stores the turn, but the answer never reaches the browser.
  let dropped = 0;
  await page.route("**/api/trpc/learner.takeTurn**", async (route) => {
    if (dropped === 0) {
      dropped++;
      await route.fetch();
      await route.abort("connectionreset");
    } else {
      await route.continue();
    }
  });
  await page.getByLabel(/Your reply to/).fill(SKILLED[0]!);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "could not reach Defuse" })).toBeVisible();
  await expect(page.getByLabel(/Your reply to/)).toHaveValue(SKILLED[0]!);
  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByTestId("turn")).toHaveCount(1);
  await expect(page.getByLabel(/Your reply to/)).toHaveValue("");
  await page.unroute("**/api/trpc/learner.takeTurn**");

  // Offline: the reply stays typed and is sent by itself when the connection returns.
  await context.setOffline(true);
  await page.getByLabel(/Your reply to/).fill(SKILLED[1]!);
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("offline")).toContainText("You are offline");
  await expect(page.getByLabel(/Your reply to/)).toHaveValue(SKILLED[1]!);
  await context.setOffline(false);
  await expect(page.getByTestId("turn")).toHaveCount(2);
  await expect(page.getByTestId("offline")).toBeHidden();

  await page.reload();
  await expect(page.getByTestId("turn")).toHaveCount(2);
  await context.close();
});
