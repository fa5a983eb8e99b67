import { DEMO, expect, expectAccessible, signInViaApi, test, trpc, unique } from "../fixtures";

test("admin imports people from CSV: sees the bad row in the preview, fixes it, imports, and an imported learner signs in", async ({ page, browser }) => {
  await signInViaApi(page.context().request, DEMO.admin);
  const cohortName = unique("Import cohort");
  await trpc(page.context().request, "cohort.create", { name: cohortName });
  const tag = unique("imp");
  const good1 = `${tag}-ada@defuse.test`;
  const good2 = `${tag}-ben@defuse.test`;
  const broken = [
    "email,name,role,cohort",
    `${good1},Ada Imported,learner,${cohortName}`,
    `${tag}-cal-at-defuse.test,Cal Imported,learner,${cohortName}`,
    `${good2},"Ben Imported, Jr",trainer,`,
  ].join("\n");

  await page.goto("/admin/people");
  await page.getByLabel("CSV contents").fill(broken);
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "1 of 3 rows need fixing. Nothing has been imported." })).toBeVisible();
  const preview = page.getByRole("table", { name: "Import preview" });
  await expect(preview.getByRole("row", { name: /cal-at-defuse/ })).toContainText("is not a valid email address");
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
  await expectAccessible(page, "people page with import preview");

  await page.getByLabel("CSV contents").fill(broken.replace(`${tag}-cal-at-defuse.test`, `${tag}-cal@defuse.test`));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("status").filter({ hasText: "All 3 rows are ready to import." })).toBeVisible();
  await page.getByRole("button", { name: "Import 3 people" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 3 people." })).toBeVisible();
  const link = page.getByRole("link", { name: `Set-up link for ${good1}` });
  const setupPath = await link.getAttribute("href");
  expect(setupPath).toMatch(/^\/reset-password\//);
  // The new people are listed (the page refreshed on the server).
  await expect(page.getByRole("table", { name: "People in your organisation" })).toContainText(good2);

  // The imported learner sets a password through their link, then signs in with the form.
  const ctx = await browser.newContext();
  const learner = await ctx.newPage();
  await learner.goto(setupPath!);
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText("Set your password, Ada");
  await expectAccessible(learner, "set password page");
  await learner.getByLabel("New password", { exact: true }).fill("ada-chooses-a-password");
  await learner.getByLabel("Repeat the password").fill("ada-chooses-a-password");
  await learner.getByRole("button", { name: "Set password" }).click();
  await expect(learner.getByRole("status").filter({ hasText: "Your password is set." })).toBeVisible();
  await learner.goto("/login");
  await learner.getByLabel("Email").fill(good1);
  await learner.getByLabel("Password").fill("ada-chooses-a-password");
  await learner.getByRole("button", { name: "Sign in" }).click();
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText("Welcome, Ada");
  // The link is one-time.
  await learner.goto(setupPath!);
  await expect(learner.getByRole("heading", { level: 1 })).toHaveText("This link no longer works");
  await ctx.close();

  // A deactivated person cannot sign in.
  await page.goto(`/admin/people?q=${encodeURIComponent(good2)}`);
  page.once("dialog", (d) => d.accept());
  await page.getByText("Actions for Ben Imported, Jr").click();
  await page.getByRole("button", { name: "Deactivate Ben Imported, Jr" }).click();
  await expect(page.getByRole("status").filter({ hasText: "can no longer sign in" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Ben Imported, Jr/ })).toContainText("Deactivated");
});
