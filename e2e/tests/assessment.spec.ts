import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { extractText } from "unpdf";
import { catalogue } from "@defuse/content";
import { DEMO, expect, expectAccessible, signInViaApi, test, trpc } from "../fixtures";
import { newLearner, say } from "./learner-helpers";

const MODULE = "roleplay-practice";
const SKILLED = [
  "I'm so sorry, Sandra. I can hear how worrying that charge is, especially after waiting so long on hold. I'm going to sort this out for you myself. Can you tell me what the extra line on the bill says?",
  "Thank you, that really helps. That equipment charge is for your old router: it's added automatically when a return hasn't been scanned in. Did you manage to send the old router back?",
  "That's brilliant, thank you. Because you have the Post Office receipt, I'll remove the £59.98 fee right now and refund it to your bank account. It usually shows within 3 to 5 working days, and I'll call you back on Thursday to check where it is.",
  "Is there anything else I can help you with today?",
];

/** Answers the assessment's knowledge test from the curriculum's answer key, rightly or wrongly. */
async function answerKnowledge(page: Page, correct: boolean) {
  const sets = page.locator("form[data-assessment] fieldset");
  await expect(sets.first()).toBeVisible();
  for (let i = 0; i < (await sets.count()); i++) {
    const prompt = (await sets.nth(i).locator("legend").textContent())!.replace(/^\d+\.\s*/, "").trim();
    const shown = (await sets.nth(i).getByRole("radio").evaluateAll((els) => els.map((e) => e.closest("label")!.textContent!.trim())));
    const q = catalogue.quizzes.flatMap((x) => x.questions).find((x) => x.prompt === prompt && x.options.every((o) => shown.includes(o.text)))!;
    await sets.nth(i).getByRole("radio", { name: q.options.find((o) => o.correct === correct)!.text, exact: true }).check();
  }
  await page.getByRole("button", { name: "Submit the knowledge test" }).click();
}

test("a learner fails the final assessment, waits out the cool-down, passes, downloads the certificate, and a stranger verifies it", async ({ browser }) => {
  test.setTimeout(300_000);
  // The admin sets short rules for this module: three questions, a five-second cool-down.
  const admin = await browser.newContext();
  await signInViaApi(admin.request, DEMO.admin);
  await trpc(admin.request, "assessment.setRules", { moduleId: MODULE, questionCount: 3, knowledgePassMark: 100, scenarioId: "billing-error", roleplayPassMark: 60, maxAttempts: 3, cooldownSeconds: 5 });
  await admin.close();

  const { context, name } = await newLearner(browser, "Cora Certified");
  const page = await context.newPage();
  await page.goto(`/courses/${MODULE}`);
  await page.getByRole("link", { name: "Final assessment and certificate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Final assessment/ })).toBeVisible();
  await expectAccessible(page, "assessment");

  // Attempt 1: wrong answers. The attempt closes; answers and explanations appear only now.
  await page.getByRole("button", { name: "Start attempt 1 of 3" }).click();
  await expect(page.getByText("Answers and explanations are shown once this attempt closes.")).toBeVisible();
  await expectAccessible(page, "assessment knowledge test");
  await answerKnowledge(page, false);
  await expect(page.getByTestId("cooldown")).toBeVisible();
  await expect(page.getByTestId("closed-attempt")).toContainText("Not passed");
  await page.getByTestId("closed-attempt").getByText("Answers and explanations").click();
  await expect(page.getByTestId("closed-attempt")).toContainText("(right answer)");

  // The cool-down elapses; attempt 2 passes the knowledge test and the assessed role-play.
  await page.waitForTimeout(5500);
  await page.reload();
  await page.getByRole("button", { name: "Start attempt 2 of 3" }).click();
  await answerKnowledge(page, true);
  await page.getByRole("button", { name: "Start the assessed role-play" }).click();
  await expect(page).toHaveURL(/\/practice\/billing-error\/[a-z0-9]+$/);
  // The assessed call offers no hint (the server refuses one too); practice calls keep theirs.
  await expect(page.getByTestId("no-hints")).toHaveText("Assessed role-play: no hints");
  await expect(page.getByRole("button", { name: /^Hint/ })).toHaveCount(0);
  await say(page, SKILLED);
  await page.getByRole("button", { name: "See my scorecard" }).click();
  await expect(page.getByRole("heading", { name: "Your scorecard" })).toBeVisible();
  await page.goto(`/courses/${MODULE}/assessment`);
  await page.getByRole("button", { name: "Close the assessment and see the result" }).click();
  await expect(page.getByTestId("certificate")).toBeVisible();
  const code = (await page.getByTestId("certificate-code").textContent())!.trim();
  expect(code).toMatch(/^DFS-/);
  await expectAccessible(page, "assessment passed");

  // The PDF states the learner, organisation, module, date, score and code.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the certificate (PDF)" }).click()]);
  const bytes = await readFile((await download.path())!);
  const { text } = await extractText(new Uint8Array(bytes), { mergePages: true });
  for (const part of [name, "Demo Contact Centre", catalogue.modules.find((m) => m.id === MODULE)!.title, code, new Date().toISOString().slice(0, 10)]) expect(text).toContain(part);
  expect(text).toMatch(/score of \d+%/);
  await context.close();

  // A stranger, signed out, checks the code and sees only what the certificate states.
  const stranger = await browser.newContext();
  const open = await stranger.newPage();
  await open.goto(`/verify/${code}`);
  const card = open.getByTestId("verification");
  await expect(card).toContainText("This certificate is valid.");
  await expect(card).toContainText(name);
  await expect(card).toContainText(code);
  await expect(open.locator("body")).not.toContainText("@defuse.test");
  await expectAccessible(open, "verification page");
  await stranger.close();

  // The trainer sees who holds it.
  const trainer = await browser.newContext();
  await signInViaApi(trainer.request, DEMO.trainer);
  const tp = await trainer.newPage();
  await tp.goto("/trainer/certificates");
  await expect(tp.getByTestId("certificate-row").filter({ hasText: code })).toContainText(name);
  await expectAccessible(tp, "certificates");
  await trainer.close();
});
