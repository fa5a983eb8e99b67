import { expect, expectAccessible, test, unique } from "../fixtures";

// Issue 17: with no SMTP configured (the embedded default) Defuse keeps its emails in the admin's
// Outbox, so a newcomer can follow an invitation link end to end.
test.describe.configure({ timeout: 180_000 });
test("the admin invites a person, finds the invitation in the Outbox, and its link lets them set a password and sign in", async ({ page, browser, asRole }) => {
  await asRole("admin");
  await page.goto("/admin/people");
  const email = `${unique("ines")}@defuse.test`;
  await page.getByLabel("Full name").fill("Ines Invited");
  await page.getByLabel("Email", { exact: true }).fill(email);
  // No password: Defuse invites them by email instead.
  await page.getByRole("button", { name: "Add person" }).click();
  await expect(page.getByRole("status")).toHaveText("Ines Invited was invited: an email with a link to choose their password is in the Outbox.");

  // The Outbox is reached from Settings.
  await page.goto("/admin/settings");
  await page.getByRole("link", { name: "Outbox" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Outbox");
  await expect(page.getByText(/No mail server is configured/)).toBeVisible();
  const row = page.getByRole("list", { name: "Emails" }).getByRole("listitem").filter({ hasText: email });
  await expect(row).toContainText("Kept (not sent)");
  await row.getByRole("link", { name: /invited you to/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: /invited you to/ })).toBeVisible();
  // The email itself is shown in a sandboxed frame with scripts off, which axe cannot enter; the page around it is checked.
  await expectAccessible(page, "admin outbox with a message open", { exclude: ["iframe[sandbox]"] });
  const link = page.getByRole("list", { name: "Links in this email" }).getByRole("link", { name: /\/reset-password\// });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^http:\/\/[^/]+\/reset-password\/[A-Za-z0-9_-]{20,}$/);

  // 375 px: the outbox does not scroll sideways.
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // The new person follows the link from the email in their own browser.
  const ctx = await browser.newContext();
  const person = await ctx.newPage();
  await person.goto(href!);
  await expect(person.getByRole("heading", { level: 1 })).toHaveText("Set your password, Ines");
  await person.getByLabel("New password", { exact: true }).fill("ines-chooses-a-password");
  await person.getByLabel("Repeat the password").fill("ines-chooses-a-password");
  await person.getByRole("button", { name: "Set password" }).click();
  await expect(person.getByRole("status").filter({ hasText: "Your password is set." })).toBeVisible();
  await person.goto("/login");
  await person.getByLabel("Email").fill(email);
  await person.getByLabel("Password").fill("ines-chooses-a-password");
  await person.getByRole("button", { name: "Sign in" }).click();
  await expect(person).toHaveURL(/\/dashboard/);
  await expect(person.getByRole("heading", { level: 1 })).toContainText("Ines");
  await ctx.close();
});

test("the Outbox is for admins only", async ({ page, asRole }) => {
  await asRole("trainer");
  await page.goto("/admin/outbox");
  await expect(page).not.toHaveURL(/\/admin\/outbox/);
});
