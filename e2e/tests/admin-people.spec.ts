import { DEMO_PASSWORD, expect, expectAccessible, signInViaApi, test, trpc, unique } from "../fixtures";

test("admin creates a cohort and a learner; the learner signs in and sees the cohort's assignment", async ({ page, browser, asRole }) => {
  await asRole("admin");
  await page.goto("/dashboard");
  const cohortName = unique("Evening shift");
  await page.getByLabel("Cohort name").fill(cohortName);
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByRole("status")).toHaveText(`Cohort “${cohortName}” created.`);
  await expect(page.getByRole("list", { name: "Cohorts" })).toContainText(cohortName);

  // Creating the same cohort again is a clear conflict next to the field, and the name stays typed.
  await page.getByLabel("Cohort name").fill(cohortName);
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.locator("#cohort-name-error")).toHaveText(/already exists/);
  await expect(page.getByLabel("Cohort name")).toHaveValue(cohortName);

  const email = `${unique("sam")}@defuse.test`;
  await page.getByLabel("Full name").fill("Sam Newstart");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Temporary password").fill("short");
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.locator("#user-email-error")).toHaveText(/valid email/);
  await expect(page.locator("#user-password-error")).toHaveText(/at least 12/);
  await expect(page.getByLabel("Full name")).toHaveValue("Sam Newstart");

  await page.getByLabel("Email").fill("learner@defuse.test");
  await page.getByLabel("Temporary password").fill("a-good-temporary-pass");
  await page.getByLabel("Cohort", { exact: true }).selectOption({ label: cohortName });
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.locator("#user-email-error")).toHaveText(/already uses this email/);

  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status")).toHaveText(`Sam Newstart can now sign in as ${email}.`);
  await expect(page.getByRole("table")).toContainText(email);

  // The admin puts the demo trainer on the cohort (trainers see the cohorts they belong to), and
  // the trainer assigns a course to it.
  const people = await trpc<{ items: Array<{ id: string }> }>(page.context().request, "people.list", { search: "trainer@defuse.test" }, "query");
  const created = await trpc<Array<{ id: string; name: string }>>(page.context().request, "cohort.list", undefined, "query");
  await trpc(page.context().request, "cohort.addMembers", { cohortId: created.find((c) => c.name === cohortName)!.id, userIds: [people.items[0]!.id] });
  const trainer = await browser.newContext();
  await signInViaApi(trainer.request, "trainer@defuse.test", DEMO_PASSWORD);
  const cohorts = await trpc<Array<{ id: string; name: string }>>(trainer.request, "cohort.list", undefined, "query");
  const cohort = cohorts.find((c) => c.name === cohortName);
  expect(cohort).toBeTruthy();
  await trpc(trainer.request, "assignment.create", {
    cohortId: cohort!.id,
    kind: "MODULE",
    contentId: "communication-workshops",
    dueAt: new Date(Date.now() + 5 * 86400_000).toISOString(),
  });
  await trainer.close();

  const learner = await browser.newContext();
  const learnerPage = await learner.newPage();
  await learnerPage.goto("/login");
  await learnerPage.getByLabel("Email").fill(email);
  await learnerPage.getByLabel("Password").fill("a-good-temporary-pass");
  await learnerPage.getByRole("button", { name: "Sign in" }).click();
  // The admin's password was temporary: Sam chooses their own before anything else.
  await expect(learnerPage).toHaveURL(/\/account\/password$/);
  await learnerPage.getByLabel("Current password").fill("a-good-temporary-pass");
  await learnerPage.getByLabel("New password", { exact: true }).fill("sams-own-password-1");
  await learnerPage.getByLabel(/new password again/i).fill("sams-own-password-1");
  await learnerPage.getByRole("button", { name: /save|change|set/i }).click();
  await expect(learnerPage.getByRole("heading", { level: 1 })).toHaveText("Welcome, Sam"); // a first sign-in is not a "welcome back"
  const assignments = learnerPage.getByRole("list", { name: "Assignments" });
  await expect(assignments).toContainText("Communication");
  await expect(assignments).toContainText(cohortName);
  await learner.close();
});

test("admin reads the audit log filtered by action and dates, and the filter stays filled in", async ({ page, asRole }) => {
  await asRole("admin");
  const name = unique("Audited cohort");
  await trpc(page.context().request, "cohort.create", { name });
  await page.goto("/admin/audit");
  const today = new Date().toISOString().slice(0, 10);
  await page.getByLabel("Action").selectOption({ label: "Cohort created" });
  await page.getByLabel("From").fill(today);
  await page.getByLabel("To").fill(today);
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=cohort\.create/);
  await expect(page.getByLabel("From")).toHaveValue(today);
  await expect(page.getByLabel("To")).toHaveValue(today);
  const entries = page.getByRole("list", { name: "Audit entries, newest first" });
  await expect(entries).toContainText(`created the cohort ${name}`);
  await expect(entries).not.toContainText("cohort.create");
  await expectAccessible(page, "the filtered audit log");
});

test("admin selects people in the table and adds them to a cohort in one confirmed bulk action, then finds it in the audit log by person", async ({ page, asRole }) => {
  await asRole("admin");
  const tag = unique("bulk");
  const cohortName = unique("Bulk cohort");
  await trpc(page.context().request, "cohort.create", { name: cohortName });
  for (const n of ["Ann", "Bob"]) {
    await trpc(page.context().request, "people.create", { name: `${n} ${tag}`, email: `${n.toLowerCase()}-${tag}@defuse.test`, password: "a-good-temporary-pass", role: "LEARNER", cohortId: null });
  }
  await page.goto(`/admin/people?q=${encodeURIComponent(tag)}`);
  const table = page.getByRole("table", { name: "People in your organisation" });
  await expect(table.getByRole("columnheader").filter({ hasText: /./ })).toHaveText(["Name", "Email", "Role", "Cohorts", "Status", "Last sign-in", "Actions"]);
  await expect(table.getByRole("columnheader").first().getByRole("checkbox", { name: "Select everyone on this page" })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(`Ann ${tag}`) })).toContainText("Never");
  await expect(page.getByRole("navigation", { name: "People pages" })).toContainText("Page 1 · people 1–2");
  await page.getByRole("checkbox", { name: "Select everyone on this page" }).check();
  await expect(page.getByRole("region", { name: "Bulk actions" })).toContainText("2 people selected");
  await page.getByRole("region", { name: "Bulk actions" }).getByLabel("Cohort", { exact: true }).selectOption({ label: cohortName });
  await expectAccessible(page, "people table with a selection");

  // Declining the confirmation changes nothing; accepting adds both.
  page.once("dialog", (d) => d.dismiss());
  await page.getByRole("button", { name: "Add to cohort" }).click();
  await expect(table).not.toContainText(cohortName);
  page.once("dialog", (d) => {
    expect(d.message()).toBe(`Add 2 people to ${cohortName}?`);
    void d.accept();
  });
  await page.getByRole("button", { name: "Add to cohort" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 of 2 selected people added to the cohort." })).toBeVisible();
  await expect(table.getByRole("row", { name: new RegExp(`Bob ${tag}`) })).toContainText(cohortName);

  await page.goto("/admin/audit");
  await page.getByLabel("Person").selectOption({ label: "Ada Admin" });
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/person=/);
  await expect(page.getByRole("list", { name: "Audit entries, newest first" })).toContainText("Ada Admin changed several people at once.");
  await expect(page.getByRole("list", { name: "Audit entries, newest first" })).toContainText(`added someone to the cohort ${cohortName}`);
  await expectAccessible(page, "audit log filtered by person");
});
