import { DEMO, expect, expectAccessible, signInViaApi, test } from "../fixtures";

test("a trainer opens the team-leader pack, and a job aid prints on one page without the menus", async ({ page }) => {
  await signInViaApi(page.context().request, DEMO.trainer);
  await page.goto("/trainer");
  await page.getByRole("link", { name: "Team-leader pack and job aids" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Team-leader pack");
  await expect(page.getByRole("heading", { name: /Calibrating with the rubric/ })).toBeVisible();
  await expectAccessible(page, "team-leader pack");

  await page.getByRole("link", { name: "The warm-transfer summary" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The warm-transfer summary");
  await expectAccessible(page, "job aid");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Back to the team-leader pack" })).toBeHidden();
  await expect(page.getByTestId("job-aid")).toBeVisible();
  const pdf = await page.pdf({ format: "A4", margin: { top: "0", bottom: "0" } });
  // One page: a PDF's page count is the number of '/Type /Page' objects (not '/Pages').
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page(?!s)/g)?.length).toBe(1);
});

test("learners cannot open the team-leader pack", async ({ page }) => {
  await signInViaApi(page.context().request, DEMO.learner);
  await page.goto("/trainer/pack/boundary-script");
  await expect(page).toHaveURL(/\/dashboard\?denied=1/);
});
