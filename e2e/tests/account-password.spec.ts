import { expect, expectAccessible, openAccountMenu, signInViaApi, test, trpc, unique } from "../fixtures";

test("a learner given a temporary password must choose their own before using Defuse", async ({ page, browser, asRole }) => {
  // The admin adds a learner, then gives them a temporary password (people.resetPassword).
  await asRole("admin");
  const request = page.context().request;
  const email = `${unique("temp")}@defuse.test`;
  const created = await trpc<{ id: string }>(request, "people.create", { name: "Tess Temporary", email, password: "first-password-123", role: "LEARNER" });
  const reset = await trpc<{ temporaryPassword: string }>(request, "people.resetPassword", { userId: created.id, method: "temporary" });
  expect(reset.temporaryPassword).toMatch(/^[\w]{4}-[\w]{4}-[\w]{4}-[\w]{4}$/);

  // The learner signs in with it and is sent to choose a password; the rest of Defuse is closed.
  const learner = await browser.newContext();
  const p = await learner.newPage();
  await p.goto("/login");
  await p.getByLabel("Email").fill(email);
  await p.getByLabel("Password").fill(reset.temporaryPassword);
  await p.getByRole("button", { name: "Sign in" }).click();
  await expect(p).toHaveURL(/\/account\/password$/);
  await expect(p.getByRole("heading", { level: 1 })).toHaveText("Choose your own password");
  await expect(p.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveCount(0);
  for (const path of ["/dashboard", "/progress", "/practice"]) {
    await p.goto(path);
    await expect(p, `${path} must wait for the new password`).toHaveURL(/\/account\/password$/);
  }
  await expectAccessible(p, "the change-password page");

  // Mistakes are explained next to the field, and what was typed stays.
  await p.getByLabel("Current password").fill("not-the-temporary-one");
  await p.getByLabel("New password", { exact: true }).fill("short");
  await p.getByLabel("New password again").fill("short");
  await p.getByRole("button", { name: "Change password" }).click();
  await expect(p.locator("#newPassword-error")).toHaveText(/at least 12 characters/);
  await expect(p.getByLabel("New password", { exact: true })).toHaveValue("short");

  await p.getByLabel("New password", { exact: true }).fill("tess-chose-this-one");
  await p.getByLabel("New password again").fill("tess-chose-this-0ne");
  await p.getByRole("button", { name: "Change password" }).click();
  await expect(p.locator("#confirmPassword-error")).toHaveText(/differ/);

  await p.getByLabel("New password again").fill("tess-chose-this-one");
  await p.getByRole("button", { name: "Change password" }).click();
  await expect(p.locator("#currentPassword-error")).toHaveText(/not your current password/);
  await expect(p.getByLabel("Current password")).toHaveValue("not-the-temporary-one");
  await expect(p.getByLabel("New password", { exact: true })).toHaveValue("tess-chose-this-one");
  await expect(p.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(p, "the change-password page with errors");

  await p.getByLabel("Current password").fill(reset.temporaryPassword);
  await p.getByLabel("New password again").fill("tess-chose-this-one");
  await p.getByRole("button", { name: "Change password" }).click();
  await expect(p).toHaveURL(/\/dashboard$/);
  await expect(p.getByRole("heading", { level: 1 })).toHaveText(/^Welcome(?: back)?, Tess$/);
  await learner.close();

  // The new password signs in; the temporary one no longer does.
  const again = await browser.newContext();
  await signInViaApi(again.request, email, "tess-chose-this-one");
  const q = await again.newPage();
  await q.goto("/dashboard");
  await expect(q.getByRole("heading", { level: 1 })).toHaveText(/^Welcome(?: back)?, Tess$/);
  await again.close();
  const old = await browser.newContext();
  const session = await (async () => {
    const csrf = await old.request.get("/api/auth/csrf");
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    await old.request.post("/api/auth/callback/credentials", { form: { email, password: reset.temporaryPassword, csrfToken, callbackUrl: "/dashboard" }, maxRedirects: 0 });
    return (await old.request.get("/api/auth/session")).json();
  })();
  expect(session?.user?.email ?? null).toBeNull();
  await old.close();
});

test("anyone signed in can change their password from the header", async ({ page, browser, asRole }) => {
  await asRole("admin");
  const email = `${unique("own")}@defuse.test`;
  await trpc(page.context().request, "people.create", { name: "Owen Own", email, password: "owens-first-password", role: "TRAINER" });
  const ctx = await browser.newContext();
  await signInViaApi(ctx.request, email, "owens-first-password");
  const p = await ctx.newPage();
  await p.goto("/dashboard");
  await openAccountMenu(p);
  await p.getByRole("link", { name: "Change password" }).click();
  await expect(p.getByRole("heading", { level: 1 })).toHaveText("Change your password");
  await p.getByLabel("Current password").fill("owens-first-password");
  await p.getByLabel("New password", { exact: true }).fill("owens-first-password");
  await p.getByLabel("New password again").fill("owens-first-password");
  await p.getByRole("button", { name: "Change password" }).click();
  await expect(p.locator("#newPassword-error")).toHaveText(/different from your current one/);
  await p.getByLabel("New password", { exact: true }).fill("owens-second-password");
  await p.getByLabel("New password again").fill("owens-second-password");
  await p.getByRole("button", { name: "Change password" }).click();
  await expect(p).toHaveURL(/\/dashboard$/);
  await ctx.close();
  const again = await browser.newContext();
  await signInViaApi(again.request, email, "owens-second-password");
  await again.close();
});
