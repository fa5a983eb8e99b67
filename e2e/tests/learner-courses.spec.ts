import { expect, expectAccessible, test } from "../fixtures";
import { newLearner } from "./learner-helpers";

test("a learner completes a lesson and its knowledge check, and sees their progress", async ({ browser }) => {
  const { context } = await newLearner(browser, "Casey Coursework");
  const page = await context.newPage();

  await page.goto("/courses");
  await expect(page.getByRole("heading", { level: 1, name: "Courses" })).toBeVisible();
  const courses = page.getByRole("list", { name: "Courses" }).getByRole("listitem");
  await expect(courses).toHaveCount(3);
  await expectAccessible(page, "courses");

  const firstCourse = courses.first().getByRole("heading", { level: 2 }).getByRole("link");
  const courseTitle = (await firstCourse.textContent())!.trim();
  await firstCourse.click();
  await expect(page.getByRole("heading", { level: 1, name: courseTitle })).toBeVisible();
  await expectAccessible(page, "course page");

  await page.getByRole("link", { name: "Start the course" }).click();
  await expect(page.getByRole("heading", { name: "Worked examples" })).toBeVisible();
  await expectAccessible(page, "lesson page");
  const lessonTitle = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();

  // The dashboard now offers to continue this lesson.
  const dash = await context.newPage();
  await dash.goto("/dashboard");
  await expect(dash.getByRole("link", { name: lessonTitle })).toBeVisible();
  await dash.close();

  await page.getByRole("button", { name: /Mark lesson complete/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Knowledge check/ })).toBeVisible();
  await expectAccessible(page, "knowledge check");

  // Submitting with nothing answered is refused clearly, and nothing is sent.
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "before checking" })).toBeVisible();

  // First try: always the first option. Every option then explains why it is right or wrong.
  const questions = page.locator("form[data-quiz] fieldset");
  const count = await questions.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await questions.nth(i).getByRole("radio").first().check();
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByTestId("quiz-result")).toBeVisible();
  const right: string[] = [];
  for (let i = 0; i < count; i++) {
    const option = questions.nth(i).locator('[data-testid="quiz-option"][data-verdict="right"]');
    await expect(option).toHaveCount(1);
    right.push((await option.locator("label").textContent())!.trim());
  }
  await expectAccessible(page, "knowledge check feedback");

  // Retry with the right answers: passed.
  await page.getByRole("button", { name: "Try again" }).click();
  for (let i = 0; i < count; i++) await questions.nth(i).getByRole("radio", { name: right[i] }).check();
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByTestId("quiz-result")).toContainText("100%");
  await expect(page.getByTestId("quiz-result")).toContainText("Passed");

  // The course page and the progress page reflect it.
  await page.goto("/progress");
  await expect(page.getByRole("heading", { level: 1, name: "Your progress" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Course completion" })).toContainText(/1\/\d+ lessons · 1\/\d+ checks/);
  await expectAccessible(page, "progress");
  await context.close();
});

test("learner pages work on a phone-sized screen", async ({ browser }) => {
  const { context } = await newLearner(browser, "Pat Phone");
  const page = await context.newPage();
  await page.setViewportSize({ width: 375, height: 740 });
  for (const path of ["/courses", "/practice", "/progress"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways on a phone`).toBeLessThanOrEqual(1);
  }
  await context.close();
});
